"""Offline search check: the home page, opened from ``file://`` with the network cut, finds results.

Material's search runs in a web worker, which browsers refuse to start from
``file://``; the vendored iframe-worker shim and the offline plugin's inlined
index make it work. This check proves they do: it opens the built home page
from disk, aborts every request that would leave the machine, types a query
and waits for results.

Usage: ``python -m scripts.checks.search [site_dir] [query]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from scripts.guide.browser import fence_network, launch
from scripts.guide.paths import missing_site
from scripts.guide.report import Report, finish

DEFAULT_QUERY = "framework"
RESULTS_TIMEOUT_MS = 15_000
SEARCH_READY = """() => {
  const meta = document.querySelector('.md-search-result__meta');
  return meta !== null && meta.textContent.trim() !== '' && !/^Initializing/.test(meta.textContent.trim());
}"""


def check_site(
    site: Path, browser: Browser, query: str = DEFAULT_QUERY, timeout_ms: int = RESULTS_TIMEOUT_MS
) -> Report:
    """Search ``site``'s home page from ``file://`` for ``query``, waiting up to ``timeout_ms``."""
    report = Report()
    report.counts["results"] = 0
    if problem := missing_site(site):
        report.problems.append(problem)
        return report
    home = site.resolve() / "index.html"
    where = f"{site / 'index.html'}"
    context = browser.new_context()
    blocked = fence_network(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(home.as_uri())
    try:
        page.focus("input[data-md-component='search-query']")
        page.wait_for_function(SEARCH_READY, timeout=timeout_ms)
        page.keyboard.type(query)
        page.wait_for_selector(".md-search-result__item", timeout=timeout_ms)
        report.counts["results"] = page.locator(".md-search-result__item").count()
    except Exception:  # noqa: BLE001 - no index or no results in time is the failure being checked for
        meta = page.locator(".md-search-result__meta").inner_text()
        report.problems.append(f"{where}: search for {query!r} from file:// returned no results ({meta.strip()!r})")
    report.problems += [f"{where}: script error during search: {error}" for error in errors]
    report.problems += [f"{where}: blocked off-site request during search: {request}" for request in blocked]
    context.close()
    return report


def main() -> None:
    """Search the site folder given (default ``site``); exit non-zero on any problem."""
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    query = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_QUERY
    with sync_playwright() as playwright:
        browser = launch(playwright)
        report = check_site(site, browser, query)
        browser.close()
    finish(report)


if __name__ == "__main__":
    main()
