"""Draw every Mermaid block of the guide once, into the committed store ``diagrams/``.

Usage: ``python3 scripts/dev.py diagrams`` (sets up and runs
``python -m scripts.maintenance.draw_diagrams``). Blocks whose drawing is already in the
store are skipped; drawings no block uses any more are deleted. Each block is
drawn by the vendored Mermaid in headless Debian Chromium, with SVG text
labels only (no ``foreignObject``), in the diagram font, at natural size. A
left-to-right flowchart too wide for the laptop column at readable text is
drawn top to bottom as well, and the narrower drawing is kept. IDs inside
each SVG start with the drawing's own ID, derived from its key, so they stay
unique on a page and in every export. A block Mermaid rejects is reported as
``file:line: message`` (the line is Mermaid's line added to the fence line).
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from scripts.guide.browser import fence_network, launch
from scripts.guide.diagrams import (
    FONT_CSS, FONT_FAMILY, FONT_PX, MAX_WIDTH_PX, MERMAID_CONFIG, SIZE, diagram_key, has_html_labels,
    raw_tag_problems, store_path, svg_id, turned,
)
from scripts.guide.markdown import Diagram, Document, documents
from scripts.guide.paths import DIAGRAM_STORE, DOCS, MERMAID_JS
from scripts.guide.report import Report, finish

ERROR_LINE = re.compile(r"on line (\d+)")
ID = re.compile(r'\bid="([^"]+)"')
DOUBLY_ESCAPED = re.compile(r"&amp;(quot|amp|lt|gt|#\d+);")
RENDER = """async ([id, source]) => {
  try { return { svg: (await mermaid.render(id, source)).svg }; }
  catch (error) { return { error: String((error && error.message) || error) }; }
}"""


def scope_ids(svg: str, prefix: str) -> str:
    """Make every ID in ``svg`` start with ``prefix`` (the SVG's own ID), and every reference follow it."""
    for old in sorted(set(ID.findall(svg)) - {prefix}, key=len, reverse=True):
        if old.startswith(prefix + "-") or old.startswith(prefix + "_"):
            continue
        new = f"{prefix}-{old}"
        svg = svg.replace(f'id="{old}"', f'id="{new}"')
        svg = re.sub(rf"#{re.escape(old)}(?![\w-])", f"#{new}", svg)
        svg = re.sub(rf'(aria-(?:labelledby|describedby)="){re.escape(old)}"', rf'\g<1>{new}"', svg)
    return svg


def tidy(svg: str, prefix: str) -> str:
    """Post-process one SVG as Mermaid drew it into what the store keeps.

    With text labels, Mermaid escapes the ``&quot;`` it decodes from ``#quot;``
    a second time, so the label would read ``&quot;``; that is undone here.
    """
    if has_html_labels(svg):
        raise ValueError("Mermaid drew HTML labels (foreignObject); the configuration must keep htmlLabels off")
    return scope_ids(DOUBLY_ESCAPED.sub(r"&\1;", svg), prefix)


def width_of(svg: str) -> float:
    """The natural width Mermaid gave the drawing."""
    size = SIZE.search(svg)
    return float(size["w"]) if size else float("inf")


def draw(page: Page, diagram: Diagram, prefix: str) -> str:
    """Draw one block; a too-wide left-to-right flowchart is drawn both ways and the narrower kept."""
    result = page.evaluate(RENDER, [prefix, diagram.source])
    if "error" in result:
        match = ERROR_LINE.search(result["error"])
        offset = int(match.group(1)) if match else 0
        raise ValueError(f"{diagram.file_line(offset)}: Mermaid cannot draw this diagram: "
                         + " ".join(result["error"].split()))
    svg = result["svg"]
    other = turned(diagram.source)
    if other and width_of(svg) > MAX_WIDTH_PX:
        down = page.evaluate(RENDER, [prefix, other])
        if "svg" in down and width_of(down["svg"]) < width_of(svg):
            svg = down["svg"]
    return svg


def open_canvas(browser: Browser) -> Page:
    """A blank page fenced off the network, with the diagram font loaded and Mermaid configured."""
    page = browser.new_page()
    fence_network(page)
    page.set_content("<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>")
    page.add_style_tag(path=str(FONT_CSS))
    page.add_script_tag(path=str(MERMAID_JS))
    page.evaluate(f"() => document.fonts.load('{FONT_PX}px \"{FONT_FAMILY}\"')")
    page.evaluate("(config) => mermaid.initialize(config)", MERMAID_CONFIG)
    return page


def render(pages: list[Document], browser: Browser, store: Path = DIAGRAM_STORE, prune: bool = True) -> Report:
    """Draw every block of ``pages`` missing from ``store``; prune drawings no block uses."""
    report = Report()
    store.mkdir(parents=True, exist_ok=True)
    blocks = [diagram for page in pages for diagram in page.diagrams]
    report.counts.update({"diagrams": len(blocks), "drawn": 0, "reused": 0, "pruned": 0})
    wanted: set[str] = set()
    canvas: Page | None = None
    for diagram in blocks:
        key = diagram_key(diagram.source)
        wanted.add(key)
        tags = raw_tag_problems(diagram)
        if tags:
            report.problems += tags
            continue
        path = store_path(key, store)
        if path.is_file():
            report.counts["reused"] += 1
            continue
        canvas = canvas or open_canvas(browser)
        try:
            path.write_text(tidy(draw(canvas, diagram, svg_id(key)), svg_id(key)) + "\n", encoding="utf-8")
        except ValueError as error:
            report.problems.append(str(error) if str(error).startswith(diagram.path) else
                                   f"{diagram.file_line()}: {error}")
            continue
        report.counts["drawn"] += 1
        if report.counts["drawn"] % 10 == 0:
            print(f"  {report.counts['drawn']} drawn", flush=True)
    if canvas:
        canvas.close()
    if prune:
        for orphan in sorted(store.glob("*.svg")):
            if orphan.stem not in wanted:
                orphan.unlink()
                report.counts["pruned"] += 1
    return report


def main() -> None:
    """Draw the guide's diagrams into the store; exit non-zero if a block cannot be drawn."""
    with sync_playwright() as playwright:
        browser = launch(playwright)
        report = render(documents(DOCS), browser)
        browser.close()
    finish(report)


if __name__ == "__main__":
    main()
