"""Build the guide with mkdocs-print-site-plugin added: every page, in nav order, on one HTML page.

The public site does not carry the plugin (it would add its script and
stylesheets to every page); the PDF export builds this variant into a folder
of its own. Diagrams arrive on the print page as the build-time drawings the
diagrams hook inlined into each page.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.utils import yaml_load
from mkdocs_print_site_plugin.urls import get_page_key

from scripts.guide.pages import NOT_PRINTED, printed_pages
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
    "exclude": list(NOT_PRINTED),
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
    """The built print variant: its folder and the configuration it was built from."""

    site_dir: Path
    config_file: Path
    config_title: str
    description: str
    site_url: str

    def diagram_count(self) -> int:
        """Mermaid blocks in the printed pages of the guide (drafts and interactive pages left out)."""
        return sum(len(page.diagrams) for page in printed_pages(self.config_file))


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
    except MkDocsException as error:
        raise BuildFailed("\n".join(collector.messages) or str(error)) from error
    finally:
        os.chdir(previous)
        logger.removeHandler(collector)
    return PrintSite(site_dir, config_file, config["site_name"], (config["site_description"] or "").strip(),
                     config["site_url"])
