"""MkDocs hook: write the reference pages that are generated from the rest of the guide.

Three pages are written at build time, so they can never drift from what
they summarise. Each page keeps its own introduction in ``docs/reference/``;
the hook appends the generated part to it:

* ``reference/glossary.md``: every term of ``includes/abbreviations.md``, the
  same file that gives every page its tooltips, grouped by first letter.
  Spellings of one term share one definition and are listed together.
* ``reference/bibliography.md``: every item of every page's
  ``## References {#references}`` section, once each (citations with the
  same title, or the same link, are one source), grouped by the chapter that
  cites it first, each with links back to every page that cites it.
* ``reference/scenario-matrix.md``: one row per scenario walkthrough, from
  its front matter. Front matter that breaks the scenario schema stops the
  build with ``file:line``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from scripts.guide.markdown import Document
from scripts.guide.scenario import FAMILIES, is_walkthrough, schema_problems

GLOSSARY, BIBLIOGRAPHY, MATRIX = "reference/glossary.md", "reference/bibliography.md", "reference/scenario-matrix.md"
ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<definition>.+?)\s*$")
LINK = re.compile(r"<(https?://[^>\s]+)>|\]\((https?://[^)\s]+)\)")
CITED_TITLE = re.compile(r"(?<![*\w])\*(?!\s)([^*]+?)\*(?![*\w])")
CHAPTERS = {
    "framework": "Framework: framing, process and ML engineering practice",
    "foundations": "Foundations: ranking, retrieval, metrics, efficiency, LLMs and responsible ML",
    "mlops": "MLOps platform and experimentation",
    "scenarios": "Scenario systems: recommendation, ads, search and integrity",
    "interview": "Interview preparation",
    "cheatsheets": "Cheat sheets",
    "reference": "Reference",
}
_NAV_ORDER: list[str] = []


def abbreviations_file(config: MkDocsConfig) -> Path:
    """The snippet of tooltip definitions appended to every page."""
    return Path(config.config_file_path).parent / "includes" / "abbreviations.md"


def glossary_terms(path: Path) -> list[tuple[list[str], str]]:
    """(spellings, definition) for every definition in the snippet, spellings of one definition together."""
    grouped: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = ABBREVIATION.match(line)
        if match:
            grouped.setdefault(match["definition"], []).append(match["term"])
    entries = [(sorted(terms, key=str.casefold), definition) for definition, terms in grouped.items()]
    return sorted(entries, key=lambda entry: entry[0][0].casefold())


def glossary_markdown(path: Path) -> str:
    """The glossary as definition lists under one heading per initial letter."""
    out: list[str] = []
    letter = ""
    for terms, definition in glossary_terms(path):
        initial = terms[0][0].upper() if terms[0][0].isalpha() else "#"
        if initial != letter:
            letter = initial
            slug = f"letter-{letter.lower()}" if letter.isalpha() else "letter-symbols"
            out += ["", f"## {letter} {{#{slug}}}", ""]
        out += [", ".join(f"**{term}**" for term in terms), f":   {definition}", ""]
    return "\n".join(out)


@dataclass
class Source:
    """One cited source: its citation as first written, and the pages citing it."""

    citation: str
    chapter: str
    cited_by: list[tuple[str, str]] = field(default_factory=list)


def source_key(citation: str) -> str:
    """What makes two citations the same source: their italic title, else their first link, else their text.

    The title comes first because pages sometimes link one paper at two
    addresses (its DOI and its publisher's page).
    """
    title = CITED_TITLE.search(citation)
    if title:
        return re.sub(r"\W+", " ", title.group(1)).strip().lower()
    match = LINK.search(citation)
    link = (match.group(1) or match.group(2)) if match else ""
    return link.rstrip("/").lower() if link else re.sub(r"\W+", " ", citation).strip().lower()


def bibliography_markdown(pages: list[tuple[str, Document]]) -> str:
    """Every source cited by ``pages`` ((src_uri, page) in nav order), grouped, with back-links."""
    sources: dict[str, Source] = {}
    for uri, page in pages:
        title = page.title or uri
        for _, citation in page.section_items("references"):
            key = source_key(citation)
            chapter = uri.split("/")[0] if "/" in uri else "reference"
            source = sources.setdefault(key, Source(citation, CHAPTERS.get(chapter, CHAPTERS["reference"])))
            if (uri, title) not in source.cited_by:
                source.cited_by.append((uri, title))
    by_chapter: dict[str, list[Source]] = defaultdict(list)
    for source in sources.values():
        by_chapter[source.chapter].append(source)
    citing = {uri for source in sources.values() for uri, _ in source.cited_by}
    out = [f"The guide cites **{len(sources)} sources** on **{len(citing)} pages**."]
    for key, chapter in CHAPTERS.items():
        group = sorted(by_chapter.get(chapter, []), key=lambda s: s.citation.casefold())
        if not group:
            continue
        out += ["", f"## {chapter} {{#{key}}}", ""]
        for source in group:
            back = ", ".join(f"[{title}](../{uri}#references)" for uri, title in source.cited_by)
            out.append(f"- {source.citation} Cited in: {back}.")
    return "\n".join(out)


def scenario_rows(files: Files) -> list[tuple[str, str, dict[str, object]]]:
    """(src_uri, title, front matter) of every scenario walkthrough, by family then title.

    Front matter that breaks the scenario schema stops the build, naming each problem's file and line.
    """
    rows, problems = [], []
    for file in files.documentation_pages():
        if not is_walkthrough(file.src_uri):
            continue
        page = Document(Path(file.abs_src_path).read_text(encoding="utf-8"), f"docs/{file.src_uri}")
        problems += schema_problems(page)
        rows.append((file.src_uri, page.title or file.src_uri, page.front_matter.data))
    if problems:
        raise PluginError("scenario matrix: front matter breaks the schema:\n" + "\n".join(problems))
    return sorted(rows, key=lambda row: (FAMILIES.index(row[2]["family"]), row[1]))


def cell(value: object) -> str:
    """A front-matter value as one table cell."""
    text = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def matrix_markdown(rows: list[tuple[str, str, dict[str, object]]]) -> str:
    """Three tables keyed by scenario: the task and how it is served, the models, the metrics."""
    link = {uri: f"[{title}](../{uri})" for uri, title, _ in rows}
    out = ["## Task and serving {#systems}", "",
           "| scenario | family | ML task | serving | latency budget |", "| --- | --- | --- | --- | --- |"]
    out += [f"| {link[uri]} | {cell(data['family'])} | {cell(data['task'])} | {cell(data['serving'])} | "
            f"{data['latency_budget_ms']} ms |" for uri, _, data in rows]
    out += ["", "## Models {#models}", "", "| scenario | baseline | production model |", "| --- | --- | --- |"]
    out += [f"| {link[uri]} | {cell(data['baseline'])} | {cell(data['production_model'])} |" for uri, _, data in rows]
    out += ["", "## Metrics {#metrics}", "",
            "| scenario | offline metrics | online metrics and guardrails |", "| --- | --- | --- |"]
    out += [f"| {link[uri]} | {cell(data['offline_metrics'])} | {cell(data['online_metrics'])} |"
            for uri, _, data in rows]
    return "\n".join(out)


def on_nav(nav: Navigation, **_: object) -> Navigation:
    """Remember the order of the pages, which the bibliography follows."""
    _NAV_ORDER[:] = [page.file.src_uri for page in nav.pages]
    return nav


def in_nav_order(files: Files) -> list[File]:
    """Documentation pages in navigation order; pages outside the nav after them, by path."""
    position = {uri: index for index, uri in enumerate(_NAV_ORDER)}
    pages = files.documentation_pages()
    return sorted(pages, key=lambda f: (position.get(f.src_uri, len(position)), f.src_uri))


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: object) -> str:
    """Append the generated part of the glossary, bibliography and scenario matrix pages."""
    uri = page.file.src_uri
    if uri == GLOSSARY:
        return markdown.rstrip() + "\n" + glossary_markdown(abbreviations_file(config)) + "\n"
    if uri == BIBLIOGRAPHY:
        pages = [(f.src_uri, Document(Path(f.abs_src_path).read_text(encoding="utf-8"), f"docs/{f.src_uri}"))
                 for f in in_nav_order(files) if f.src_uri != BIBLIOGRAPHY]
        return markdown.rstrip() + "\n\n" + bibliography_markdown(pages) + "\n"
    if uri == MATRIX:
        return markdown.rstrip() + "\n\n" + matrix_markdown(scenario_rows(files)) + "\n"
    return markdown
