"""Atlas check: every prompt of the problem atlas has the shape a reader relies on.

``scenarios/atlas.md`` groups prompts under ``##`` family sections; every
``###`` heading in a family section is one entry. Sections that are not
families (``FRAME_SECTIONS``) hold the table, the method, the sources and the
references. The check fails, naming ``file:line``, on:

* an entry heading without an explicit ID;
* an entry missing one of the lines in ``FIELDS`` (``- **Nearest:**``,
  ``- **Objective:**``, ``- **Labels:**``, ``- **Constraint:**``,
  ``- **Launch metric:**``, ``- **Trap:**``);
* a Nearest line without a link to a section (``page.md#id``) of a finished
  walkthrough, or with one that does not resolve;
* an entry missing from the table at a glance, or a table row for no entry;
* fewer than ``MIN_ENTRIES`` entries.

Usage: ``python -m scripts.checks.atlas``.
"""

from __future__ import annotations

import re

from scripts.checks.selfcheck import ids_on, src_uri
from scripts.guide.markdown import Document, Heading
from scripts.guide.pages import finished_pages
from scripts.guide.report import Report, finish
from scripts.guide.scenario import is_walkthrough

ATLAS = "scenarios/atlas.md"
MIN_ENTRIES = 60
FRAME_SECTIONS = ("at-a-glance", "method", "sources", "references")
TABLE = "at-a-glance"
FIELDS = ("Nearest", "Objective", "Labels", "Constraint", "Launch metric", "Trap")
WALKTHROUGH_LINK = re.compile(r"\]\((?P<page>[\w-]+\.md)#(?P<anchor>[\w-]+)\)")
TABLE_LINK = re.compile(r"^\|\s*\[[^\]]+\]\(#(?P<anchor>[\w-]+)\)")


def sections(page: Document, level: int) -> list[tuple[Heading, int]]:
    """(heading, line of the next heading at that level or above) for each heading at ``level``."""
    headings = [h for h in page.headings if h.level <= level]
    ends = [h.line for h in headings[1:]] + [len(page.lines) + 1]
    return [(h, end) for h, end in zip(headings, ends) if h.level == level]


def body(page: Document, start: int, end: int) -> list[tuple[int, str]]:
    """(line, text) of the prose lines strictly between ``start`` and ``end``."""
    return [(number, line) for number, line in page.prose_lines() if start < number < end]


def nearest_problems(where: str, line: int, text: str, pages: dict[str, Document]) -> list[str]:
    """Why the Nearest line does not send the reader to a walkthrough section, if it does not."""
    links = WALKTHROUGH_LINK.findall(text)
    walkthroughs = [(page, anchor) for page, anchor in links if is_walkthrough(f"scenarios/{page}")]
    if not walkthroughs:
        return [f"{where}:{line}: the Nearest line links no walkthrough section; link one as page.md#id"]
    problems = []
    for page, anchor in walkthroughs:
        target = pages.get(f"scenarios/{page}")
        if target is None:
            problems.append(f"{where}:{line}: links {page}, which is not a finished walkthrough")
        elif anchor not in ids_on(target):
            problems.append(f"{where}:{line}: links {page}#{anchor}, which is not an ID on that page")
    return problems


def entry_problems(page: Document, heading: Heading, end: int, pages: dict[str, Document]) -> list[str]:
    """Every way one entry breaks the atlas's shape."""
    where = page.where
    if not heading.anchor:
        return [f"{where}:{heading.line}: entry '{heading.title}' has no explicit ID; add {{#an-id}}"]
    problems = []
    lines = body(page, heading.line, end)
    for field in FIELDS:
        found = [(n, text) for n, text in lines if text.startswith(f"- **{field}:**")]
        if not found:
            problems.append(f"{where}:{heading.line}: entry #{heading.anchor} has no '- **{field}:**' line")
        elif field == "Nearest":
            problems += nearest_problems(where, found[0][0], found[0][1], pages)
    return problems


def check_atlas(page: Document, pages: dict[str, Document]) -> Report:
    """Check the atlas page against the finished pages it links."""
    report = Report()
    report.counts["families"] = 0
    report.counts["entries"] = 0
    entries: dict[str, int] = {}
    rows: dict[str, int] = {}
    for family, family_end in sections(page, 2):
        if family.anchor == TABLE:
            rows = {m["anchor"]: n for n, text in body(page, family.line, family_end)
                    if (m := TABLE_LINK.match(text))}
        if family.anchor in FRAME_SECTIONS:
            continue
        report.counts["families"] += 1
        for heading, end in sections(page, 3):
            if family.line < heading.line < family_end:
                report.counts["entries"] += 1
                report.problems += entry_problems(page, heading, min(end, family_end), pages)
                if heading.anchor:
                    entries[heading.anchor] = heading.line
    for anchor, line in entries.items():
        if anchor not in rows:
            report.problems.append(f"{page.where}:{line}: entry #{anchor} is missing from the table at a glance")
    for anchor, line in rows.items():
        if anchor not in entries:
            report.problems.append(f"{page.where}:{line}: the table at a glance lists #{anchor}, which is no entry")
    if report.counts["entries"] < MIN_ENTRIES:
        report.problems.append(f"{page.where}:1: {report.counts['entries']} entries; "
                               f"the atlas needs at least {MIN_ENTRIES}")
    return report


def check(pages: list[Document]) -> Report:
    """Check the atlas among ``pages``; a missing atlas is a problem."""
    by_uri = {src_uri(page): page for page in pages}
    atlas = by_uri.get(ATLAS)
    if atlas is None:
        report = Report()
        report.problems.append(f"docs/{ATLAS}:1: the atlas is not among the finished pages")
        return report
    return check_atlas(atlas, by_uri)


def main() -> None:
    """Check the finished atlas; exit non-zero on any problem."""
    finish(check(finished_pages()))


if __name__ == "__main__":
    main()
