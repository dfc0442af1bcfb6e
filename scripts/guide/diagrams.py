"""Diagrams drawn once: the store of rendered SVGs, and how a Mermaid block finds its drawing.

Every fenced ``mermaid`` block is drawn by the vendored Mermaid in Debian's
Chromium (``python3 scripts/dev.py diagrams``) and kept in ``diagrams/`` as
``<key>.svg``. The key hashes everything that changes the drawing: the
block's source, the Mermaid version, the configuration below, the font file
and ``RENDER_VERSION`` (raise it when the rendering or post-processing code
changes what it writes). The build inlines the drawing; it never runs
Mermaid. Colours follow the reader's palette through the site's stylesheet
(``guide.css``, section "Diagrams"), which overrides the light colours the
SVG is drawn with; a reader without CSS variables keeps those light colours.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.guide.markdown import Diagram
from scripts.guide.paths import DIAGRAM_STORE, ROOT, VENDOR

RENDER_VERSION = 2
RENDER_COMMAND = "python3 scripts/dev.py diagrams"
FONT_FAMILY = "Guide Diagram"
FONT_FILE = VENDOR / "inter" / "inter-latin-400-normal.woff2"
FONT_CSS = ROOT / "overrides" / "assets" / "stylesheets" / "diagram-font.css"
FONT_CSS_URL = "assets/stylesheets/diagram-font.css"
FONT_PX = 16
COLUMN_PX = 688
MIN_TEXT_PX = 12
MAX_WIDTH_PX = COLUMN_PX * FONT_PX / MIN_TEXT_PX
"""The widest natural width whose 16 px text is still 12 px when scaled into the laptop column."""

# The light palette Mermaid draws with (guide.css repeats these as the fallbacks of its variables).
LIGHT = {
    "background": "#ffffff",
    "primaryColor": "#e8eaf6",
    "primaryTextColor": "#1b1d2b",
    "primaryBorderColor": "#3949ab",
    "secondaryColor": "#f1f2fa",
    "tertiaryColor": "#f6f7fc",
    "lineColor": "#3949ab",
    "textColor": "#1b1d2b",
    "edgeLabelBackground": "#ffffff",
    "clusterBkg": "#f6f7fc",
    "clusterBorder": "#5c6bc0",
    "titleColor": "#1b1d2b",
    "noteBkgColor": "#fff4d6",
    "noteBorderColor": "#a67c00",
    "noteTextColor": "#1b1d2b",
}
MERMAID_CONFIG: dict[str, object] = {
    "startOnLoad": False,
    "securityLevel": "strict",
    "theme": "base",
    "themeVariables": {**LIGHT, "fontFamily": f'"{FONT_FAMILY}", sans-serif', "fontSize": f"{FONT_PX}px"},
    "fontFamily": f'"{FONT_FAMILY}", sans-serif',
    "htmlLabels": False,
    "flowchart": {"htmlLabels": False, "useMaxWidth": False},
    "sequence": {"useMaxWidth": False},
    "gantt": {"useMaxWidth": False, "fontSize": 14, "sectionFontSize": 14},
}
RAW_TAG = re.compile(r"</?(?!br\s*/?>)[A-Za-z]")
SIDEWAYS = re.compile(r"^(\s*(?:flowchart|graph)\s+)(LR|RL)\b", re.M)
SIZE = re.compile(r'<svg\b[^>]*?\swidth="(?P<w>[\d.]+)"[^>]*?\sheight="(?P<h>[\d.]+)"')
FIGURE = '<figure class="diagram"'
"""How a built page's HTML opens each drawing's figure: pages holding it show a diagram."""
TITLE = re.compile(r"<title\b[^>]*>(?P<text>.*?)</title>", re.S)


def mermaid_version() -> str:
    """The vendored Mermaid's version, as ``VERSIONS`` records it."""
    for line in (VENDOR / "VERSIONS").read_text(encoding="utf-8").splitlines():
        name, _, version = line.partition(" ")
        if name == "mermaid":
            return version.strip()
    raise RuntimeError(f"{VENDOR / 'VERSIONS'} does not record Mermaid's version")


@cache
def _fingerprint() -> str:
    """What every key shares: Mermaid's version, the configuration, the font and the render version."""
    font = hashlib.sha256(FONT_FILE.read_bytes()).hexdigest()
    return json.dumps([RENDER_VERSION, mermaid_version(), MERMAID_CONFIG, font], sort_keys=True)


def diagram_key(source: str) -> str:
    """The store key of a diagram whose block holds ``source``."""
    return hashlib.sha256((_fingerprint() + "\n" + source.strip()).encode("utf-8")).hexdigest()[:20]


def svg_id(key: str) -> str:
    """The ID of a drawing's ``<svg>``; every other ID inside it starts with it."""
    return f"d{key[:12]}"


def store_path(key: str, store: Path = DIAGRAM_STORE) -> Path:
    """Where the drawing with ``key`` is kept."""
    return store / f"{key}.svg"


def raw_tag_problems(diagram: Diagram) -> list[str]:
    """Report labels holding a raw ``<tag``, which Mermaid silently draws as an empty label."""
    return [
        f"{diagram.file_line(offset)}: raw '<' in a label renders as an empty label; "
        "write #lt; and #gt; (and #quot; for a double quote) instead"
        for offset, line in enumerate(diagram.source.splitlines(), start=1) if RAW_TAG.search(line)
    ]


def turned(source: str) -> str | None:
    """A left-to-right flowchart drawn top to bottom instead, or None for any other diagram."""
    return SIDEWAYS.sub(r"\1TB", source, count=1) if SIDEWAYS.search(source) else None


def has_html_labels(svg: str) -> bool:
    """Whether Mermaid drew HTML labels (``foreignObject``), which prints and exports cannot rely on."""
    return "<foreignObject" in svg


def is_error_graphic(svg: str) -> bool:
    """Whether the SVG is Mermaid's "syntax error" picture instead of the diagram."""
    return 'aria-roledescription="error"' in svg or "Syntax error in text" in svg


@dataclass(frozen=True)
class Drawing:
    """One stored SVG: its key, markup, natural size in CSS pixels and accessible title."""

    key: str
    svg: str
    width: float
    height: float
    title: str

    @classmethod
    def parse(cls, key: str, svg: str) -> Drawing:
        """Read the size and title of a stored SVG."""
        size = SIZE.search(svg)
        title = TITLE.search(svg)
        return cls(key, svg, float(size["w"]) if size else 0.0, float(size["h"]) if size else 0.0,
                   html.unescape(title["text"]).strip() if title else "")

    @property
    def text_px_in_column(self) -> float:
        """The size of its 16 px text once scaled down into the laptop content column."""
        return FONT_PX * min(1.0, COLUMN_PX / self.width) if self.width else FONT_PX


def load(source: str, store: Path = DIAGRAM_STORE) -> Drawing | None:
    """The stored drawing of ``source``, or None when it has not been rendered."""
    key = diagram_key(source)
    path = store_path(key, store)
    return Drawing.parse(key, path.read_text(encoding="utf-8")) if path.is_file() else None


def figure_html(drawing: Drawing, line: str) -> str:
    """The figure a page shows for a drawing: the inline SVG and its title as the caption.

    ``line`` (``docs/page.md:12``) is kept on the figure so that checks of the
    built site can name the block a drawing came from.
    """
    caption = f"<figcaption>{html.escape(drawing.title)}</figcaption>" if drawing.title else ""
    return (f'{FIGURE} data-search-exclude data-source="{html.escape(line)}">'
            f'<div class="diagram-canvas">{drawing.svg}</div>{caption}</figure>')
