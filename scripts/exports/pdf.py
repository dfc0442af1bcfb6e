"""Export the whole guide as one PDF: cover, contents with page numbers, rendered diagrams, bookmarks.

Usage, with the project's environment (``python3 scripts/dev.py pdf PATH``
sets it up and runs this)::

    python -m scripts.exports.pdf --output guide.pdf [--paper a4|letter]

The export builds the guide with mkdocs-print-site-plugin (every page in nav
order on one HTML page, each diagram already inlined as its build-time
drawing), serves it on localhost, and opens it in Debian's Chromium with
every request off this machine blocked. A diagram without a fresh drawing
stops the build with ``docs/page.md:line``; the export also aborts unless the
drawings on the print page equal the Mermaid blocks in the guide.
It then prints twice: Chromium has no CSS ``target-counter``, so the first
pass shows where each page landed (read back with pypdf) and the second
prints those numbers in the contents. The result is checked with
``scripts.checks.pdf`` before it is written.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright
from pypdf import PdfReader

from scripts.checks.pdf import check_pdf, destination_pages
from scripts.exports.print_site import PRINT_PAGE, BuildFailed, PrintSite, build_print_site
from scripts.guide.browser import ChromiumMissing, chromium_path, fence_network, launch, serve
from scripts.guide.edition import edition
from scripts.guide.paths import CONFIG
from scripts.guide.report import Report

HERE = Path(__file__).resolve().parent
PREPARE_JS = HERE / "prepare.js"
PRINT_CSS = HERE / "print.css"
PAPERS = {"a4": "A4", "letter": "Letter"}
SHEET_HEIGHT_MM = {"a4": 297, "letter": 279}
MAX_PASSES = 4
MARGINS_MM = {"top": 16, "right": 20, "bottom": 20, "left": 20}
HEADING_ROOM_MM = 25
SHEET_STYLE = """@page {{
  margin: {top}mm {right}mm {bottom}mm {left}mm;
  @bottom-left {{ content: "{title}"; {footer} }}
  @bottom-right {{ content: counter(page) " / " counter(pages); {footer} }}
}}
@page :first {{
  @bottom-left {{ content: none; }}
  @bottom-right {{ content: none; }}
}}
.md-typeset figure.diagram svg {{ max-height: {diagram_height}mm; }}
"""
FOOTER_FONT = "font: 9px sans-serif; color: #555;"


def sheet_style(title: str, paper: str) -> str:
    """The sheet's CSS: margins, a running footer (title, page of pages) on every sheet but the
    cover, and the tallest a diagram may print: the sheet's text height less room for the heading
    that keeps with it and its caption."""
    text_height = SHEET_HEIGHT_MM[paper] - MARGINS_MM["top"] - MARGINS_MM["bottom"]
    quoted = title.replace("\\", "\\\\").replace('"', '\\"')
    return SHEET_STYLE.format(**MARGINS_MM, title=quoted, footer=FOOTER_FONT,
                              diagram_height=text_height - HEADING_ROOM_MM)


class ExportFailed(RuntimeError):
    """Raised with a message for the reader when the export cannot produce a sound PDF."""


@dataclass
class ExportResult:
    """What the export wrote and how long it took."""

    output: Path
    pages: int
    diagrams: int
    passes: int
    bytes: int
    seconds: float
    report: Report


def count_diagrams(page: Page, site: PrintSite) -> int:
    """Count the drawings on the print page; raise unless every Mermaid block of the guide is one."""
    result = page.evaluate("() => window.guidePdf.countDiagrams()")
    if result["empty"]:
        raise ExportFailed("\n".join(f"{where}: the figure holds no drawing" for where in result["empty"]))
    expected = site.diagram_count()
    if result["found"] != expected or result["unrendered"]:
        raise ExportFailed(f"{result['found']} drawings on the print page but the guide has {expected} "
                           f"Mermaid blocks ({result['unrendered']} left as source)")
    return int(result["found"])


def print_with_page_numbers(page: Page, options: dict, targets: set[str],
                            progress: Callable[[str], None]) -> tuple[bytes, int]:
    """Print until the contents entries (``targets``) show the pages they land on; return the PDF and the passes."""
    shown: dict[str, int] = {}
    for number in range(1, MAX_PASSES + 1):
        progress(f"printing pass {number}")
        pdf = page.pdf(**options)
        landed = {name: page_number for name, page_number in destination_pages(PdfReader(BytesIO(pdf))).items()
                  if name in targets}
        if landed == shown:
            return pdf, number
        shown = landed
        page.evaluate("(pages) => window.guidePdf.fillToc(pages)", shown)
    raise ExportFailed(f"the page numbers in the contents did not settle after {MAX_PASSES} passes")


def export(output: Path, paper: str = "a4", config_file: Path = CONFIG,
           progress: Callable[[str], None] = print, browser: Browser | None = None) -> ExportResult:
    """Build, render and print the guide described by ``config_file`` into ``output``.

    ``browser`` is a running Chromium to print with; without one, the export starts its own.
    """
    if browser is None:
        chromium_path()
        with sync_playwright() as playwright:
            own = launch(playwright)
            try:
                return export(output, paper, config_file, progress, own)
            finally:
                own.close()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        progress("building the guide with its print page")
        try:
            site = build_print_site(Path(scratch) / "site", config_file)
        except BuildFailed as error:
            raise ExportFailed(f"the strict build failed:\n{error}") from error
        page = browser.new_page(color_scheme="light")
        try:
            pdf, titles, diagrams, passes, blocked = print_book(page, site, paper, progress)
        finally:
            page.close()
        if blocked:
            raise ExportFailed("requests off this machine were blocked: " + ", ".join(sorted(set(blocked))))
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(pdf)
    progress("checking the PDF: bookmarks, diagram text, links, contents numbers")
    report = check_pdf(output, titles)
    if report.problems:
        raise ExportFailed("the PDF failed its checks:\n" + "\n".join(report.problems))
    return ExportResult(output, report.counts["pages"], diagrams, passes, len(pdf), time.perf_counter() - start, report)


def print_book(page: Page, site: PrintSite, paper: str,
               progress: Callable[[str], None]) -> tuple[bytes, list[str], int, int, list[str]]:
    """Open the print page fenced off the network, render, prepare and print it.

    Returns the PDF, the page titles, the diagrams rendered, the print passes
    and the requests that were blocked.
    """
    blocked = fence_network(page)
    page.on("console", lambda message: progress(message.text.removeprefix("guide-pdf: "))
            if message.text.startswith("guide-pdf: ") else None)
    with serve(site.site_dir) as base:
        page.goto(base + PRINT_PAGE, wait_until="load")
        page.add_script_tag(path=str(PREPARE_JS))
        page.add_style_tag(path=str(PRINT_CSS))
        titles = page.evaluate("() => window.guidePdf.pageTitles()")
        diagrams = count_diagrams(page, site)
        progress(f"{len(titles)} pages and {diagrams} diagrams on the print page")
        targets = page.evaluate("(meta) => window.guidePdf.prepare(meta)", {
            "title": site.config_title, "description": site.description,
            "date": f"Exported {datetime.date.today().isoformat()}", "version": edition(),
            "licence": "Text CC BY 4.0 · code MIT", "address": site.site_url,
        })
        page.add_style_tag(content=sheet_style(site.config_title, paper))
        options = {"format": PAPERS[paper], "outline": True, "tagged": True, "print_background": True}
        pdf, passes = print_with_page_numbers(page, options, set(targets), progress)
    return pdf, titles, diagrams, passes, blocked


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, export, and print a one-line summary or a one-line error."""
    parser = argparse.ArgumentParser(description="Export the whole guide as one PDF.")
    parser.add_argument("--output", "-o", type=Path, required=True, help="where to write the PDF")
    parser.add_argument("--paper", choices=sorted(PAPERS), default="a4", help="paper size (default a4)")
    arguments = parser.parse_args(argv)
    try:
        result = export(arguments.output, arguments.paper, progress=lambda line: print(f"  {line}", flush=True))
    except ChromiumMissing as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ExportFailed as error:
        print(f"error: export failed: {error}", file=sys.stderr)
        return 1
    print(f"wrote {result.output}: {result.pages} pages, {result.diagrams} diagrams, "
          f"{result.bytes / 1_000_000:.1f} MB, {result.passes} print passes, {result.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
