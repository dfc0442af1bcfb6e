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
Usage: ``python -m scripts.check_links [site_dir]`` (default ``site``).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scripts.guide.paths import missing_site

RESOURCE_ATTRS = {
    "script": ("src",), "img": ("src", "srcset"), "iframe": ("src",),
    "source": ("src", "srcset"), "video": ("src", "poster"), "audio": ("src",),
    "embed": ("src",), "object": ("data",), "link": ("href",), "track": ("src",),
}
METADATA_LINK_RELS = {"canonical"}
NOT_FOUND_PAGE = "404.html"
CSS_URL = re.compile(r"url\(\s*(['\"]?)(?P<url>[^'\")]+)\1\s*\)")
WELL_FORMED_HOST = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$", re.IGNORECASE)


@dataclass
class Reference:
    """One URL found in a page, with where it was found."""

    line: int
    tag: str
    url: str
    is_resource: bool


@dataclass
class Report:
    """What the check looked at and what it found."""

    pages: int = 0
    internal_links: int = 0
    fragments: int = 0
    external_links: int = 0
    resources: int = 0
    problems: list[str] = field(default_factory=list)


class PageParser(HTMLParser):
    """Collects the ids, references and CSS ``url()`` values of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.references: list[Reference] = []
        self.css_urls: list[tuple[int, str]] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        if "style" in values:
            self.css_urls += [(line, m["url"]) for m in CSS_URL.finditer(values["style"])]
        self._in_style = tag == "style"
        if tag == "a" and "href" in values:
            self.references.append(Reference(line, tag, values["href"], False))
        if tag == "link" and values.get("rel", "") in METADATA_LINK_RELS:
            return
        for attr in RESOURCE_ATTRS.get(tag, ()):
            if values.get(attr):
                for url in self._split_srcset(values[attr]) if attr == "srcset" else [values[attr]]:
                    self.references.append(Reference(line, tag, url, True))

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            line = self.getpos()[0]
            self.css_urls += [(line + data[: m.start()].count("\n"), m["url"]) for m in CSS_URL.finditer(data)]

    @staticmethod
    def _split_srcset(value: str) -> list[str]:
        return [part.split()[0] for part in value.split(",") if part.strip()]


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
    report.pages = len(pages)
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
        report.resources += 1
        if is_off_site(ref.url):
            return f"loads from off-site: {ref.url}"
    elif parts.scheme or parts.netloc:
        report.external_links += 1
        return external_link_problem(ref.url)
    if ref.url.startswith("data:"):
        return None
    if not ref.is_resource:
        report.internal_links += 1
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
        report.fragments += 1
        target_page = pages.get(target)
        if target_page is not None and unquote(parts.fragment) not in target_page.ids:
            return f"links to {ref.url!r}, but that page has no id {parts.fragment!r}"
    return None


def main() -> None:
    """Check the site folder given (default ``site``); exit non-zero on any problem."""
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    report = check_site(site)
    print("\n".join(report.problems))
    print(f"{report.pages} pages, {report.internal_links} internal links ({report.fragments} with fragments), "
          f"{report.external_links} external links, {report.resources} resources loaded; "
          f"{len(report.problems)} problems")
    sys.exit(1 if report.problems else 0)


if __name__ == "__main__":
    main()
