"""Built-HTML check: every internal link resolves and nothing loads from off-site.

For every page of a built site:

* each internal ``href`` names a file that exists, and its ``#fragment`` an
  ``id`` on the target page (links to folders are refused: they break from
  ``file://``);
* no ``script``, ``link``, ``img``, ``iframe``, ``source``, ``video``,
  ``audio``, ``embed`` or ``object`` loads from another host, and no CSS
  ``url()`` in a stylesheet, ``<style>`` block or ``style`` attribute does;
* every external hyperlink (a citation) is a well-formed ``https://`` link.

Problems are reported as ``file:line: message``.
Usage: ``python -m scripts.checks.links [site_dir]`` (default ``site``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scripts.guide.paths import missing_site
from scripts.guide.report import Report, finish
from scripts.guide.site import CSS_URL, PageParser, Reference

NOT_FOUND_PAGE = "404.html"
WELL_FORMED_HOST = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$", re.IGNORECASE)


def is_off_site(url: str) -> bool:
    """Whether ``url`` points at another host (any scheme, or protocol-relative)."""
    parts = urlsplit(url)
    return bool(parts.netloc) or parts.scheme not in {"", "data"}


def external_link_problem(url: str) -> str | None:
    """Return why an external hyperlink is malformed, or None if it is fine."""
    parts = urlsplit(url)
    if parts.scheme == "mailto":
        return None
    if parts.scheme != "https":
        return f"external link {url!r} must use https://"
    if not parts.hostname or not WELL_FORMED_HOST.match(parts.hostname) or " " in url:
        return f"external link {url!r} is not a well-formed URL"
    return None


def check_css_file(path: Path, site: Path, report: Report) -> None:
    """Refuse any off-site ``url()`` in a built stylesheet."""
    text = path.read_text(encoding="utf-8", errors="replace")
    for match in CSS_URL.finditer(text):
        if is_off_site(match["url"]):
            line = text.count("\n", 0, match.start()) + 1
            report.problems.append(f"{path}:{line}: CSS url() loads from off-site: {match['url']}")


def check_site(site: Path) -> Report:
    """Check every HTML page and stylesheet of the built site at ``site``."""
    report = Report()
    if problem := missing_site(site):
        report.problems.append(problem)
        return report
    pages: dict[Path, PageParser] = {}
    for path in sorted(site.rglob("*.html")):
        parser = PageParser()
        parser.feed(path.read_text(encoding="utf-8"))
        pages[path.resolve()] = parser
    report.counts.update({"pages": len(pages), "internal links": 0, "fragments": 0, "external links": 0,
                          "resources": 0})
    for path, parser in pages.items():
        where = site / path.relative_to(site.resolve())
        for line, url in parser.css_urls:
            if is_off_site(url):
                report.problems.append(f"{where}:{line}: CSS url() loads from off-site: {url}")
        for ref in parser.references:
            problem = check_reference(ref, path, site.resolve(), pages, report)
            if problem:
                report.problems.append(f"{where}:{ref.line}: <{ref.tag}> {problem}")
    for css in sorted(site.rglob("*.css")):
        check_css_file(css, site, report)
    return report


def check_reference(
    ref: Reference, page: Path, site_root: Path, pages: dict[Path, PageParser], report: Report
) -> str | None:
    """Check one reference of ``page``; count it in ``report``; return a problem or None.

    Root-absolute URLs are accepted on the 404 page only: a server returns it
    for a missing URL at any depth, so MkDocs writes its links from the root.
    """
    parts = urlsplit(ref.url)
    if ref.is_resource:
        report.counts["resources"] += 1
        if is_off_site(ref.url):
            return f"loads from off-site: {ref.url}"
    elif parts.scheme or parts.netloc:
        report.counts["external links"] += 1
        return external_link_problem(ref.url)
    if ref.url.startswith("data:"):
        return None
    if not ref.is_resource:
        report.counts["internal links"] += 1
    if parts.path.startswith("/"):
        if page.name != NOT_FOUND_PAGE:
            return f"root-absolute link {ref.url!r} breaks from file://; use a relative link"
        target = (site_root / unquote(parts.path.lstrip("/"))).resolve()
    else:
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    if target.is_dir():
        return f"links to the folder {ref.url!r}, which breaks from file://; link the .html page"
    if not target.is_file():
        return f"links to {ref.url!r}, which does not exist in the built site"
    if parts.fragment and not ref.is_resource:
        report.counts["fragments"] += 1
        target_page = pages.get(target)
        if target_page is not None and unquote(parts.fragment) not in target_page.ids:
            return f"links to {ref.url!r}, but that page has no id {parts.fragment!r}"
    return None


def main() -> None:
    """Check the site folder given (default ``site``); exit non-zero on any problem."""
    finish(check_site(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))


if __name__ == "__main__":
    main()
