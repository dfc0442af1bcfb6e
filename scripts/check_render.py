"""Diagram render check: every diagram draws as a real SVG, with the network cut.

Each built page with a diagram is opened in headless Chromium from a local
server, with every non-localhost request aborted and counted. The page passes
when each ``div.mermaid`` holds an SVG that is not Mermaid's error graphic,
the number of diagrams equals the number of Mermaid blocks in its Markdown
source, the console shows no error and no request was blocked. One page is
also opened straight from disk (``file://``) under the same rules.

Usage: ``python -m scripts.check_render [site_dir]`` (default ``site``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from scripts.guide.browser import fence_network, launch, serve
from scripts.guide.markdown import Document
from scripts.guide.paths import ROOT, source_of

RENDER_TIMEOUT_MS = 30_000
DIAGRAM_STATES = """() => Array.from(document.querySelectorAll('div.mermaid')).map((el) => {
  const svg = el.querySelector('svg');
  if (!svg) return 'no SVG was drawn';
  const text = (svg.textContent || '').replace(/\\s+/g, ' ').trim();
  if (svg.getAttribute('aria-roledescription') === 'error' || /Syntax error/i.test(text)) {
    return 'Mermaid drew its error graphic: ' + text;
  }
  return null;
})"""


@dataclass
class Report:
    """Pages and diagrams checked, and the problems found."""

    pages: int = 0
    diagrams: int = 0
    file_url_pages: int = 0
    problems: list[str] = field(default_factory=list)


def pages_with_diagrams(site: Path) -> list[str]:
    """Site-relative paths of the built pages that contain a diagram."""
    return [
        path.relative_to(site).as_posix()
        for path in sorted(site.rglob("*.html"))
        if 'class="mermaid' in path.read_text(encoding="utf-8")
    ]


CONCURRENT_PAGES = 4


@dataclass
class PageVisit:
    """One page being rendered: the page, where it came from, and what it logged."""

    page: Page
    url: str
    relative: str
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


def open_page(context: BrowserContext, url: str, relative: str) -> PageVisit:
    """Start loading ``url`` in a new fenced page, without waiting for it to render."""
    page = context.new_page()
    visit = PageVisit(page, url, relative)
    visit.blocked = fence_network(page)
    page.on("console", lambda message: visit.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    page.goto(url, wait_until="commit")
    return visit


def finish_page(visit: PageVisit, project: Path, report: Report) -> None:
    """Wait for one page's diagrams and record every rendering problem in ``report``."""
    source = project / source_of(visit.relative)
    blocks = Document.read(source, project).diagrams if source.is_file() else []
    where = blocks[0].path if blocks else visit.relative
    try:
        visit.page.wait_for_selector("body[data-diagrams-rendered]", state="attached", timeout=RENDER_TIMEOUT_MS)
    except Exception:  # noqa: BLE001 - a timeout is reported as a problem, not raised
        report.problems.append(f"{where}: diagrams did not finish rendering within {RENDER_TIMEOUT_MS} ms ({visit.url})")
    states = visit.page.evaluate(DIAGRAM_STATES)
    report.diagrams += len(states)
    if source.is_file() and len(states) != len(blocks):
        report.problems.append(f"{where}: {len(blocks)} Mermaid blocks in the source but {len(states)} diagrams on the page")
    for index, state in enumerate(states):
        if state:
            line = blocks[index].file_line() if index < len(blocks) else where
            report.problems.append(f"{line}: diagram {index + 1} on {visit.relative}: {state}")
    report.problems += [f"{where}: console error on {visit.url}: {error}" for error in visit.errors]
    report.problems += [f"{where}: blocked off-site request from {visit.url}: {request}" for request in visit.blocked]
    visit.page.close()


def check_site(site: Path, browser: Browser, project: Path = ROOT) -> Report:
    """Render every diagram page of ``site`` served on localhost, and the first from ``file://``.

    Pages load a few at a time in one browser context, so rendering overlaps
    and the Mermaid bundle can be cached between pages.
    """
    report = Report()
    pages = pages_with_diagrams(site)
    context = browser.new_context()
    with serve(site) as base:
        for start in range(0, len(pages), CONCURRENT_PAGES):
            batch = [open_page(context, base + rel, rel) for rel in pages[start:start + CONCURRENT_PAGES]]
            for visit in batch:
                finish_page(visit, project, report)
                report.pages += 1
    if pages:
        finish_page(open_page(context, (site.resolve() / pages[0]).as_uri(), pages[0]), project, report)
        report.file_url_pages += 1
    context.close()
    return report


def main() -> None:
    """Check the site folder given (default ``site``); exit non-zero on any problem."""
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        report = check_site(site, browser)
        browser.close()
    print("\n".join(report.problems))
    print(f"{report.pages} pages served and {report.file_url_pages} from file://, "
          f"{report.diagrams} diagrams rendered; {len(report.problems)} problems")
    sys.exit(1 if report.problems else 0)


if __name__ == "__main__":
    main()
