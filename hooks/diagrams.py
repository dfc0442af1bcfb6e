"""MkDocs hook: inline each Mermaid block's build-time drawing; no page loads Mermaid.

* Every ``<div class="mermaid">`` that superfences writes becomes a
  ``<figure class="diagram">`` holding the block's SVG from the project's
  store ``diagrams/`` (``scripts.guide.diagrams``) and its ``accTitle`` as the caption. Blocks
  are matched to the Markdown in order, by the guide model's fence scanner.
* A block without a fresh drawing stops ``mkdocs build`` with
  ``docs/page.md:line`` and the command that draws it. Only under
  ``mkdocs serve`` is it left for mkdocs-mermaid2 to draw in the browser, so
  an author's preview stays live while editing a diagram.
* Pages with a drawing link the diagram font's stylesheet (loaded after the
  first paint). The vendored Mermaid is served only by ``mkdocs serve``; a
  built site does not contain it.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from scripts.guide.diagrams import FIGURE, FONT_CSS_URL, RENDER_COMMAND, figure_html, load
from scripts.guide.markdown import Document
from scripts.guide.paths import DIAGRAM_STORE

DIAGRAM_DIV = re.compile(r'<div class="mermaid(?: [^"]*)?">.*?</div>', re.S)
MERMAID_FILE = "assets/vendor/mermaid/mermaid.min.js"
log = logging.getLogger("mkdocs.hooks.diagrams")
_serving = False
_store = DIAGRAM_STORE


def on_startup(command: str, **_: object) -> None:
    """Remember whether this is ``mkdocs serve``, the only command that may fall back to Mermaid."""
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Find the project's drawings; point mkdocs-mermaid2 at the vendored Mermaid in the theme folder."""
    global _store
    _store = Path(config.config_file_path).parent / DIAGRAM_STORE.name
    plugin = config.plugins.get("mermaid2")
    if plugin is None:
        return config
    theme_dir = config.theme.custom_dir or ""
    if not os.path.isfile(os.path.join(theme_dir, MERMAID_FILE)):
        raise PluginError(f"Vendored Mermaid not found at {os.path.join(theme_dir, MERMAID_FILE)}; "
                          "run: python -m scripts.maintenance.vendor")
    # mermaid2 looks under docs/ only and caches the checked path here; seeding it skips that lookup.
    plugin._javascript = MERMAID_FILE
    return config


def on_files(files: Files, **_: object) -> Files:
    """Leave the Mermaid bundle out of a built site; only the live preview may need it."""
    bundle = files.get_file_from_path(MERMAID_FILE)
    if bundle is not None and not _serving:
        files.remove(bundle)
    return files


@event_priority(50)
def on_page_content(html: str, page: Page, **_: object) -> str:
    """Replace each Mermaid block's source with its stored drawing (early, so the print page gets it too)."""
    divs = DIAGRAM_DIV.findall(html)
    if not divs:
        return html
    where = f"docs/{page.file.src_uri}"
    blocks = Document(Path(page.file.abs_src_path).read_text(encoding="utf-8"), where).diagrams
    if len(blocks) != len(divs):
        raise PluginError(f"{where}: the page renders {len(divs)} Mermaid blocks but the guide model finds "
                          f"{len(blocks)}; check the fences around its diagrams")
    figures = iter(blocks)
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        block = next(figures)
        drawing = load(block.source, _store)
        if drawing is None:
            missing.append(block.file_line())
            return match.group(0)
        return figure_html(drawing, block.file_line())

    html = DIAGRAM_DIV.sub(replace, html)
    if missing and not _serving:
        raise PluginError("\n".join(f"{line}: this diagram has no fresh drawing; run: {RENDER_COMMAND}"
                                    for line in missing))
    for line in missing:
        log.info(f"{line}: drawn in the browser for this preview; run {RENDER_COMMAND} before committing")
    return html


def on_post_page(output: str, page: Page, **_: object) -> str:
    """Link the diagram font's stylesheet on pages that show a drawing, without blocking the first paint.

    The stylesheet carries the font as a data URL (browsers refuse font files
    from ``file://``), so it is loaded as print-only and switched to all media
    once it arrives; drawings have fixed sizes, so the swap moves nothing.
    Printing (the PDF export) and readers without JavaScript get it at once.
    """
    if FIGURE not in output:
        return output
    href = posixpath.relpath(FONT_CSS_URL, posixpath.dirname(page.url) or ".") if page.url else FONT_CSS_URL
    links = (f'<link rel="stylesheet" href="{href}" media="print" onload="this.media=\'all\'">'
             f'<noscript><link rel="stylesheet" href="{href}"></noscript>\n')
    return output.replace("</head>", links + "</head>", 1)
