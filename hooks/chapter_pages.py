"""MkDocs hook: the table of a chapter's pages on its landing page, written at build time.

A chapter's landing page (the ``index.md`` that opens a section of the nav)
marks where the table goes with the line ``<!-- chapter pages -->``. The
hook replaces it with one row per page of the chapter, in nav order: the
page's title as a link, its front-matter description, and its reading time
at ``WORDS_PER_MINUTE``. Written from the nav and the pages themselves, the
table cannot miss a page or go stale as pages grow.
"""

from __future__ import annotations

import math
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from scripts.guide.markdown import Document

MARKER = "<!-- chapter pages -->"
WORDS_PER_MINUTE = 200
_CHAPTERS: dict[str, list[Page]] = {}


def on_nav(nav: Navigation, **_: object) -> Navigation:
    """Remember each landing page's chapter: the other pages of its section, in nav order."""
    _CHAPTERS.clear()
    for item in nav.items:
        if not isinstance(item, Section):
            continue
        pages = [child for child in item.children if isinstance(child, Page)]
        index = next((page for page in pages if page.file.src_uri.endswith("index.md")), None)
        if index is not None:
            _CHAPTERS[index.file.src_uri] = [page for page in pages if page is not index]
    return nav


def reading_minutes(document: Document) -> int:
    """Minutes to read the page's prose (code blocks and diagrams left out), at least one."""
    words = sum(len(line.split()) for _, line in document.prose_lines())
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def cell(text: str) -> str:
    """Text made safe for one table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def chapter_table(index_uri: str, pages: list[Page], files: Files) -> str:
    """The Markdown table of ``pages``, linked relative to the landing page ``index_uri``."""
    here = Path(index_uri).parent
    rows = ["| page | what it teaches | reading time |", "| --- | --- | --- |"]
    for page in pages:
        file = files.get_file_from_path(page.file.src_uri)
        document = Document.read(Path(file.abs_src_path))
        description = document.front_matter.data.get("description")
        if not description:
            raise PluginError(f"docs/{page.file.src_uri}:1: a page listed on a chapter landing page "
                              "needs a front-matter description")
        title = document.title or page.title or page.file.src_uri
        link = Path(page.file.src_uri).relative_to(here).as_posix()
        rows.append(f"| [{cell(title)}]({link}) | {cell(str(description))} | "
                    f"{reading_minutes(document)} min |")
    return "\n".join(rows)


def on_page_markdown(markdown: str, page: Page, files: Files, config: MkDocsConfig, **_: object) -> str:
    """Replace the marker on a landing page with its chapter's table."""
    if MARKER not in markdown:
        return markdown
    uri = page.file.src_uri
    if uri not in _CHAPTERS:
        raise PluginError(f"docs/{uri}: the chapter pages marker is only allowed on a chapter's landing page")
    return markdown.replace(MARKER, chapter_table(uri, _CHAPTERS[uri], files), 1)
