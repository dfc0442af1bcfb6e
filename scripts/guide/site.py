"""The built site as the checks read it: each page's IDs, references and CSS ``url()`` values, sections and redirects."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

RESOURCE_ATTRS = {
    "script": ("src",), "img": ("src", "srcset"), "iframe": ("src",),
    "source": ("src", "srcset"), "video": ("src", "poster"), "audio": ("src",),
    "embed": ("src",), "object": ("data",), "link": ("href",), "track": ("src",),
}
METADATA_LINK_RELS = {"canonical"}
CSS_URL = re.compile(r"url\(\s*(['\"]?)(?P<url>[^'\")]+)\1\s*\)")
REFRESH = re.compile(r'<meta http-equiv="refresh" content="0; url=(?P<url>[^"#]+)')
MAX_REDIRECTS = 5


@dataclass
class Reference:
    """One URL found in a page, with where it was found."""

    line: int
    tag: str
    url: str
    is_resource: bool


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


class HeadingIds(HTMLParser):
    """Collects the IDs of the h2 to h6 headings of one built page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"h2", "h3", "h4", "h5", "h6"}:
            anchor = dict(attrs).get("id")
            if anchor:
                self.ids.append(anchor)


def current_anchors(site: Path) -> list[str]:
    """Every ``page.html#id`` of a section in the built site, in page order."""
    anchors = []
    for path in sorted(site.rglob("*.html")):
        if path.name == "404.html":
            continue
        parser = HeadingIds()
        parser.feed(path.read_text(encoding="utf-8"))
        page = path.relative_to(site).as_posix()
        anchors += [f"{page}#{anchor}" for anchor in parser.ids]
    return anchors


def redirect_target(site: Path, page: str) -> str | None:
    """The page that a registered ``page`` now resolves to in ``site``.

    A page moved with mkdocs-redirects leaves a stub whose meta refresh
    points at the new page (the stub's script carries the reader's ``#id``
    along); follow such stubs. ``None`` when no page is found.
    """
    for _ in range(MAX_REDIRECTS):
        path = site / page
        if not path.is_file():
            return None
        refresh = REFRESH.search(path.read_text(encoding="utf-8"))
        if refresh is None:
            return page
        page = posixpath.normpath(posixpath.join(posixpath.dirname(page), refresh["url"]))
    return None


def page_ids(site: Path, page: str) -> set[str]:
    """Every ``id`` (and ``<a name>``) on one built page."""
    parser = PageParser()
    parser.feed((site / page).read_text(encoding="utf-8"))
    return parser.ids
