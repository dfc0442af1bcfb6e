"""Search check: the built site's search box finds what readers type, from ``file://`` and served.

Material's search runs in a web worker, which browsers refuse to start from
``file://``; the vendored iframe-worker shim and the offline plugin's inlined
index make it work. ``check_site`` proves they do: it opens the built home
page from disk, aborts every request that would leave the machine, types a
query and waits for results. ``check_queries`` types each query of
``QUERIES`` (``query | page, page``) into the box of the home page, opened
from disk or from a local server, waits for the results of the whole query
and fails, naming the query's file and line, when none of its pages is
among the first three distinct pages of the results.

Usage: ``python -m scripts.checks.search [site_dir] [query]``, or
``python -m scripts.checks.search [site_dir] --queries``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, sync_playwright

from scripts.guide.browser import fence_network, launch, serve
from scripts.guide.paths import ROOT, display, missing_site
from scripts.guide.report import Report, finish

DEFAULT_QUERY = "framework"
QUERIES = ROOT / "tests" / "search-queries.txt"
TOP_PAGES = 3
INPUT = "input[data-md-component='search-query']"
META = ".md-search-result__meta"
EMPTY = """() => { const meta = document.querySelector('.md-search-result__meta');
  return meta !== null && /^Type to start/.test(meta.textContent.trim()); }"""
ANSWERED = """() => { const meta = document.querySelector('.md-search-result__meta');
  const text = meta === null ? '' : meta.textContent.trim();
  return text !== '' && !/^(Type to start|Initializing)/.test(text); }"""
RESULT_PAGES = """() => Array.from(document.querySelectorAll('.md-search-result__item > a.md-search-result__link'))
  .map(a => new URL(a.getAttribute('href'), location.href).pathname)"""
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


def read_queries(path: Path = QUERIES) -> list[tuple[int, str, list[str]]]:
    """(line, query, acceptable pages) for each line of the query file."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            query, _, pages = line.partition("|")
            found.append((number, query.strip(), [p.strip() for p in pages.split(",") if p.strip()]))
    return found


def distinct(pages: list[str]) -> list[str]:
    """The pages in order of first appearance."""
    return list(dict.fromkeys(pages))


def check_queries(site: Path, browser: Browser, served: bool = False, path: Path = QUERIES,
                  timeout_ms: int = RESULTS_TIMEOUT_MS) -> Report:
    """Type each query of ``path`` into the search box of ``site``'s home page; check the top pages.

    The search box answers key presses, so each query is entered as a reader
    finishes typing it: the box is cleared (and the empty state awaited, so
    that the next answer is the new query's), then the query's last key is
    pressed.
    """
    report = Report()
    report.counts["queries"] = 0
    report.counts["hits"] = 0
    if problem := missing_site(site):
        report.problems.append(problem)
        return report
    where = display(path)
    context = browser.new_context()
    blocked = fence_network(context)
    page = context.new_page()
    with serve(site.resolve()) as base:
        root = base if served else site.resolve().as_uri() + "/"
        page.goto(root + "index.html")
        page.focus(INPUT)
        page.wait_for_function(SEARCH_READY, timeout=timeout_ms)
        for number, query, expected in read_queries(path):
            report.counts["queries"] += 1
            page.fill(INPUT, "")
            page.keyboard.press("Backspace")
            page.wait_for_function(EMPTY, timeout=timeout_ms)
            page.fill(INPUT, query[:-1])
            page.keyboard.type(query[-1])
            page.wait_for_function(ANSWERED, timeout=timeout_ms)
            prefix = urlsplit_path(root)
            top = [p[len(prefix):] if p.startswith(prefix) else p for p in distinct(page.evaluate(RESULT_PAGES))]
            if any(p in top[:TOP_PAGES] for p in expected):
                report.counts["hits"] += 1
            else:
                report.problems.append(f"{where}:{number}: search for {query!r} ({'served' if served else 'file://'}) "
                                       f"shows {top[:TOP_PAGES]} first, not {' or '.join(expected)}")
    report.problems += [f"{site}: blocked off-site request during search: {r}" for r in blocked]
    context.close()
    return report


def urlsplit_path(url: str) -> str:
    """The path part of ``url``, which result links are compared under."""
    return urlsplit(url).path


def main() -> None:
    """Search the site folder given (default ``site``); exit non-zero on any problem."""
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    site = Path(args[0] if args else "site")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        if "--queries" in sys.argv:
            report = check_queries(site, browser)
            served = check_queries(site, browser, served=True)
            report.problems += served.problems
            report.counts["served hits"] = served.counts["hits"]
        else:
            report = check_site(site, browser, args[1] if len(args) > 1 else DEFAULT_QUERY)
        browser.close()
    finish(report)


if __name__ == "__main__":
    main()
