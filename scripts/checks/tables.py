"""Tables check: on a phone, no table clips its columns without a visible sign that it scrolls.

Every page of the built site is opened from ``file://`` in Debian's Chromium
at ``PHONE_WIDTH`` px. A table whose box scrolls sideways must show that it
does: its scrolling box is marked ``data-scrolls`` (tables.js) and faded at
the right edge (a CSS mask from guide.css). A table of the comparison pages
that stacks into cards (``hooks/tables.py``) must not scroll at all.
Problems name the page and the table's position on it.

Usage: ``python -m scripts.checks.tables [site_dir]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from scripts.guide.browser import fence_network, launch
from scripts.guide.paths import missing_site
from scripts.guide.report import Report, finish

PHONE_WIDTH = 390
MEASURE = """() => Array.from(document.querySelectorAll('.md-typeset table')).map((table, index) => {
  const box = table.closest('.md-typeset__scrollwrap') || table.parentElement;
  const style = getComputedStyle(box);
  const mask = style.maskImage || style.webkitMaskImage || 'none';
  return {index: index + 1, stacked: table.classList.contains('stacked'),
          clipped: box.scrollWidth > box.clientWidth + 1,
          marked: box.hasAttribute('data-scrolls') && mask !== 'none'};
})"""


def check_site(site: Path, browser: Browser, pages: list[str] | None = None) -> Report:
    """Measure every table of ``pages`` (default: every page of ``site``) at phone width."""
    report = Report()
    report.counts["pages"] = 0
    report.counts["tables"] = 0
    if problem := missing_site(site):
        report.problems.append(problem)
        return report
    root = site.resolve()
    names = pages or sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 900}, is_mobile=True, has_touch=True)
    blocked = fence_network(context)
    page = context.new_page()
    for name in names:
        page.goto((root / name).as_uri())
        page.wait_for_load_state("load")
        report.counts["pages"] += 1
        for table in page.evaluate(MEASURE):
            report.counts["tables"] += 1
            where = f"{site / name}: table {table['index']}"
            if table["stacked"] and table["clipped"]:
                report.problems.append(f"{where} should stack into cards at {PHONE_WIDTH} px but scrolls sideways")
            elif table["clipped"] and not table["marked"]:
                report.problems.append(f"{where} is wider than a {PHONE_WIDTH} px screen and shows no sign "
                                       "that it scrolls (no data-scrolls fade)")
    report.problems += [f"{site}: blocked off-site request: {request}" for request in blocked]
    context.close()
    return report


def main() -> None:
    """Check the site folder given (default ``site``); exit non-zero on a problem."""
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("site")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        report = check_site(site, browser)
        browser.close()
    finish(report)


if __name__ == "__main__":
    main()
