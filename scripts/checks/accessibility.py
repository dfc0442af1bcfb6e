"""Accessibility check: axe-core finds no serious or critical violation on the guide's main pages.

Each page of ``PAGES`` is opened from ``file://`` in Debian's Chromium, once,
and the vendored axe-core (``tests/vendor/axe-core``) runs over it in the
light and the dark palette (switched in place, as the palette toggle does)
at a laptop and a phone width. The laptop-light pass runs every rule; the
other three run the rules that depend on colours and widths
(``VARIANT_RULES``). The interactive states of ``INTERACTIVE`` (the diagram
full-screen view, a scenario in attempt mode) are entered by clicking their
control and checked the same way. Violations of impact ``serious`` or
``critical`` fail, one line per rule and page: ``file [palette width]: rule
(impact) on N elements: first selectors``. A page missing from the site is a
problem too.

Usage: ``python -m scripts.checks.accessibility [site_dir] [--quick]``
(``--quick``: the home page, once per palette).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from scripts.guide.browser import fence_network, launch
from scripts.guide.paths import ROOT, missing_site
from scripts.guide.report import Report, finish

AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
PAGES = (
    "index.html", "framework/index.html", "foundations/index.html", "mlops/index.html",
    "scenarios/index.html", "interview/index.html", "cheatsheets/index.html", "reference/index.html",
    "scenarios/video-recommendation.html", "scenarios/search-ranking.html", "scenarios/fraud-detection.html",
    "scenarios/atlas.html", "cheatsheets/trade-offs.html", "reference/glossary.html",
    "interview/question-bank.html", "interview/mock-interview.html", "practice/index.html",
)
QUICK_PAGES = ("index.html",)
# Interactive states, checked like pages: (page, control clicked to enter the state, name of the state).
# The full-screen view goes first: an attempt, once started, folds the page (diagrams included) until it ends.
INTERACTIVE = (
    ("scenarios/video-recommendation.html", "figure.diagram .diagram-open >> visible=true", "diagram full-screen view"),
    ("scenarios/video-recommendation.html", "[data-attempt-start]", "attempt mode"),
)
PALETTES = ("light", "dark")
WIDTHS = (1280, 390)
VARIANT_RULES = ["color-contrast", "link-in-text-block", "scrollable-region-focusable", "target-size",
                 "region", "landmark-unique"]
FAILING = ("serious", "critical")
# Switch the page to a palette in place, as Material's palette toggle does: copy the palette option's
# scheme, primary and accent onto the body. A page without Material's palettes (a fixture) stays as it is.
APPLY_PALETTE = """(scheme) => {
  const option = document.querySelector(`input.md-option[data-md-color-scheme="${scheme}"]`);
  if (!option) return;
  for (const key of ['scheme', 'primary', 'accent']) {
    document.body.setAttribute(`data-md-color-${key}`, option.getAttribute(`data-md-color-${key}`));
  }
}"""
SCHEMES = {"light": "default", "dark": "slate"}
# Colours are measured once they have settled: no transition is left running after a switch.
STILL = "*, *::before, *::after { transition: none !important; animation: none !important; }"
RUN = """async (rules) => {
  const options = {resultTypes: ['violations']};
  if (rules) options.runOnly = {type: 'rule', values: rules};
  const result = await axe.run(document, options);
  return result.violations.map(v => ({id: v.id, impact: v.impact,
    targets: v.nodes.map(n => n.target.join(' '))}));
}"""


def audit(page: Page, label: str, widths: tuple[int, ...], report: Report) -> None:
    """Run axe on the open page at each width in both palettes, adding failing violations to ``report``."""
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        for palette in PALETTES:
            page.evaluate(APPLY_PALETTE, SCHEMES[palette])
            full = palette == PALETTES[0] and width == widths[0]
            report.counts["page views"] += 1
            for violation in page.evaluate(RUN, None if full else VARIANT_RULES):
                if violation["impact"] in FAILING:
                    targets = violation["targets"]
                    report.problems.append(
                        f"{label} [{palette} {width}px]: {violation['id']} ({violation['impact']}) "
                        f"on {len(targets)} elements: " + ", ".join(targets[:3]))


def open_page(page: Page, path: Path, width: int) -> None:
    """Load ``path`` at ``width`` with axe ready and transitions off."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    page.add_script_tag(path=str(AXE))
    page.add_style_tag(content=STILL)


def check_site(site: Path, browser: Browser, pages: tuple[str, ...] = PAGES,
               widths: tuple[int, ...] = WIDTHS, interactive: bool = True) -> Report:
    """Run axe over ``pages`` of ``site`` in both palettes at each width of ``widths``.

    Each page is loaded once: the width (the viewport) and the palette (as
    the palette toggle sets it) are switched in place. With ``interactive``,
    the states of ``INTERACTIVE`` are checked too.
    """
    report = Report()
    report.counts["page views"] = 0
    if problem := missing_site(site):
        report.problems.append(problem)
        return report
    root = site.resolve()
    context = browser.new_context(viewport={"width": widths[0], "height": 900})
    blocked = fence_network(context)
    page = context.new_page()
    for name in pages:
        path = root / name
        if not path.is_file():
            report.problems.append(f"{site / name}:1: page missing from the built site")
            continue
        open_page(page, path, widths[0])
        audit(page, str(site / name), widths, report)
    for name, control, state in INTERACTIVE if interactive else ():
        path = root / name
        if not path.is_file():
            continue
        open_page(page, path, widths[0])
        page.click(control)
        audit(page, f"{site / name} ({state})", widths, report)
    report.problems += [f"{site}: blocked off-site request: {request}" for request in blocked]
    context.close()
    return report


def main() -> None:
    """Check the site folder given (default ``site``); exit non-zero on a problem."""
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    quick = "--quick" in sys.argv
    site = Path(args[0]) if args else Path("site")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        report = (check_site(site, browser, QUICK_PAGES, WIDTHS[:1], interactive=False) if quick
                  else check_site(site, browser))
        browser.close()
    finish(report)


if __name__ == "__main__":
    main()
