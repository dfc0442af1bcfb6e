"""Which pages of the guide are finished: the one notion the build, the checks and the exports share.

A page listed under ``draft_docs`` (or ``exclude_docs``) in ``mkdocs.yml`` is
still being written: MkDocs leaves it out of the build, and so do the
checks and exports that read the sources.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.utils import yaml_load
from pathspec import GitIgnoreSpec

from scripts.guide.markdown import Document
from scripts.guide.paths import CONFIG
from scripts.guide.scenario import is_walkthrough


def unfinished_spec(config: Path = CONFIG) -> GitIgnoreSpec:
    """The ``draft_docs`` and ``exclude_docs`` patterns of a configuration, as MkDocs reads them."""
    raw = yaml_load(config.read_text(encoding="utf-8")) or {}
    patterns = "\n".join(str(raw.get(key) or "") for key in ("draft_docs", "exclude_docs"))
    return GitIgnoreSpec.from_lines(patterns.splitlines())


def finished_pages(config: Path = CONFIG) -> list[Document]:
    """Every Markdown page of the configuration's ``docs`` folder that the build publishes, by path."""
    docs = config.parent / "docs"
    unfinished = unfinished_spec(config)
    return [Document.read(path, config.parent) for path in sorted(docs.rglob("*.md"))
            if not unfinished.match_file(path.relative_to(docs).as_posix())]


NOT_PRINTED = ("practice/*",)  # interactive pages: left out of the PDF and the EPUB, and of their checks


def printed_pages(config: Path = CONFIG) -> list[Document]:
    """The finished pages that the PDF and the EPUB carry: all but the interactive ones."""
    docs = config.parent / "docs"
    interactive = GitIgnoreSpec.from_lines(NOT_PRINTED)
    return [page for page in finished_pages(config)
            if not interactive.match_file((config.parent / page.where).relative_to(docs).as_posix())]


def walkthroughs(config: Path = CONFIG) -> list[Document]:
    """The finished scenario walkthroughs (``scenarios/*.md`` but the index), by path."""
    docs = config.parent / "docs"
    return [page for page in finished_pages(config)
            if is_walkthrough((config.parent / page.where).relative_to(docs).as_posix())]


def nav_order(config: Path = CONFIG) -> list[tuple[str | None, str]]:
    """The printed pages in the order of the configuration's ``nav``, each with its top-level section.

    Each entry is ``(chapter, "folder/page.md")``; a page listed at the top
    level of the nav has no chapter.
    """
    docs = config.parent / "docs"
    printed = {(config.parent / page.where).relative_to(docs).as_posix() for page in printed_pages(config)}
    order: list[tuple[str | None, str]] = []

    def walk(entries: list, chapter: str | None) -> None:
        for entry in entries:
            title, value = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
            if isinstance(value, list):
                walk(value, title if chapter is None else chapter)
            elif value in printed:
                order.append((chapter, value))

    walk((yaml_load(config.read_text(encoding="utf-8")) or {}).get("nav", []), None)
    return order
