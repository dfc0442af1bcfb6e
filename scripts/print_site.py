"""Build the guide with mkdocs-print-site-plugin added: every page, in nav order, on one HTML page.

The public site does not carry the plugin (it would add its script and
stylesheets to every page); the PDF export builds this variant into a folder
of its own. The plugin runs after the other plugins, so mermaid2 never sees the
print page: diagrams arrive there as Mermaid source for the export to render.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.utils import yaml_load
from mkdocs_print_site_plugin.urls import get_page_key
from pathspec import GitIgnoreSpec

from scripts.guide.markdown import Document
from scripts.guide.paths import CONFIG

PRINT_PAGE = "print_page.html"
PRINT_SITE_OPTIONS = {
    "add_to_navigation": False,
    "add_table_of_contents": True,
    "toc_title": "Contents",
    "toc_depth": 2,
    "enumerate_headings": False,
    "enumerate_figures": False,
    "add_cover_page": False,
    "include_css": False,
}


def pdf_destination(address: str) -> str:
    """The PDF's named destination for a web address ``page.html#id`` (or ``page.html``).

    The print page prefixes every ID with its page's key, so the rule is the
    page path without ``.html``, slashes turned into hyphens, then ``-id``.
    """
    page, _, anchor = address.partition("#")
    key = get_page_key(page)
    return f"{key}-{anchor}" if anchor else key


class BuildFailed(RuntimeError):
    """Raised when the strict build of the print variant fails; the message holds MkDocs' warnings."""


@dataclass
class PrintSite:
    """The built print variant: its folder, and the Markdown source behind each page section."""

    site_dir: Path
    project: Path
    sources: dict[str, str]
    draft_docs: GitIgnoreSpec | None
    config_title: str
    description: str

    def diagram_line(self, page_id: str, index: int) -> str:
        """``docs/x.md:line`` of diagram ``index`` (0-based) of the page section ``page_id``."""
        source = self.sources.get(page_id)
        if source is None:
            return f"{PRINT_PAGE}#{page_id}"
        blocks = Document.read(self.project / source, self.project).diagrams
        return blocks[index].file_line() if index < len(blocks) else source

    def diagram_count(self) -> int:
        """Mermaid blocks in every page of the guide (drafts left out, as the build leaves them out)."""
        total = 0
        for source in self.sources.values():
            relative = source.removeprefix("docs/")
            if self.draft_docs and self.draft_docs.match_file(relative):
                continue
            total += len(Document.read(self.project / source, self.project).diagrams)
        return total


class _Collect(logging.Handler):
    """Collect MkDocs' warnings so a failed build can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_print_site(site_dir: Path, config_file: Path = CONFIG) -> PrintSite:
    """Strictly build ``config_file`` plus the print-site plugin into ``site_dir``."""
    raw = yaml_load(config_file.read_text(encoding="utf-8"))
    plugins = list(raw.get("plugins", [])) + [{"print-site": PRINT_SITE_OPTIONS}]
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    previous = os.getcwd()
    os.chdir(config_file.parent)
    try:
        config = load_config(str(config_file), plugins=plugins, site_dir=str(site_dir), strict=True)
        build(config)
    except Abort as error:
        raise BuildFailed("\n".join(collector.messages) or str(error)) from error
    finally:
        os.chdir(previous)
        logger.removeHandler(collector)
    project = config_file.parent
    docs = Path(config["docs_dir"])
    sources = {
        get_page_key(path.relative_to(docs).with_suffix(".html").as_posix()):
            path.relative_to(project).as_posix()
        for path in sorted(docs.rglob("*.md"))
    }
    return PrintSite(site_dir, project, sources, config.draft_docs,
                     config["site_name"], (config["site_description"] or "").strip())
