"""Export the whole guide as one EPUB 3: chapters in nav order, a nested contents, every diagram.

Usage, with the project's environment (``python3 scripts/dev.py epub PATH``
sets it up and runs this)::

    python -m scripts.exports.epub --output guide.epub

The export builds the site strictly, takes each printed page's article from
the built HTML (one rendering of the content), and turns it into an XHTML
page of the book: site chrome, tooltips and practice controls removed,
folded answers and tabs opened, links rewritten to the book's own pages, and
each diagram inserted from the build-time drawing store as inline SVG (the
site's copy passed through an HTML serializer that lowercases SVG names).
ebooklib writes the container, the package document and the navigation
document; the book is checked with ``scripts.checks.epub`` before it is kept.
"""

from __future__ import annotations

import argparse
import datetime
import html
import posixpath
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Tag
from ebooklib import epub
from lxml import etree
from mkdocs.utils import yaml_load

from scripts.checks.epub import book_file_name, check_epub
from scripts.guide.build import build
from scripts.guide.diagrams import FONT_FAMILY, FONT_FILE, load
from scripts.guide.edition import edition, version
from scripts.guide.markdown import Document
from scripts.guide.pages import nav_order
from scripts.guide.paths import CONFIG
from scripts.guide.report import Report

HERE = Path(__file__).resolve().parent
BOOK_CSS = HERE / "book.css"
XHTML_NS = "http://www.w3.org/1999/xhtml"
SVG_NS = "http://www.w3.org/2000/svg"
LICENCE = "Text CC BY 4.0 · code MIT"
# Elements of the site's page that are controls or chrome, not content.
CHROME = ("a.headerlink", "script", "noscript", "style", "button", "input", "select", "form",
          "[data-attempt]", ".tabbed-labels", "code a[id^='__codelineno']")
PAGE = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="{lang}" xml:lang="{lang}">
<head><meta charset="utf-8"/><title>{title}</title><link rel="stylesheet" type="text/css" href="{css}"/></head>
<body>{body}</body>
</html>
"""


class ExportFailed(RuntimeError):
    """Raised with a message for the reader when the export cannot produce a sound EPUB."""


@dataclass
class BookPage:
    """One page of the guide as a page of the book."""

    source: str  # docs-relative Markdown path, e.g. scenarios/news-feed.md
    chapter: str | None  # the nav section it sits in; None for a top-level page
    title: str = ""
    sections: list[tuple[str, str]] = field(default_factory=list)  # (id, title) of each h2
    xhtml: str = ""
    diagrams: int = 0

    @property
    def site_html(self) -> str:
        """The page's path in the built site."""
        return self.source.removesuffix(".md") + ".html"

    @property
    def file_name(self) -> str:
        """The page's path inside the book."""
        return book_file_name(self.source)


@dataclass
class ExportResult:
    """What the export wrote and how long it took."""

    output: Path
    pages: int
    diagrams: int
    bytes: int
    seconds: float
    report: Report


def nav_pages(config_file: Path = CONFIG) -> list[BookPage]:
    """The printed pages in nav order, each with the nav section it belongs to."""
    return [BookPage(source, chapter) for chapter, source in nav_order(config_file)]


def _text(tag: Tag) -> str:
    """A heading's words, without its permalink."""
    copy = BeautifulSoup(str(tag), "html.parser")
    for link in copy.select("a.headerlink"):
        link.decompose()
    return " ".join(copy.get_text().split())


def _rewrite_links(article: Tag, page: BookPage, in_book: set[str]) -> None:
    """Point links at the book's pages; unwrap links to pages the book does not carry."""
    here = posixpath.dirname(page.site_html)
    for link in article.find_all("a", href=True):
        href = link["href"]
        if href.startswith(("#", "http://", "https://", "mailto:")):
            continue
        path, _, fragment = href.partition("#")
        target = posixpath.normpath(posixpath.join(here, path))
        if target in in_book:
            new = posixpath.relpath(target.removesuffix(".html") + ".xhtml", here or ".")
            link["href"] = new + (f"#{fragment}" if fragment else "")
        else:
            link.unwrap()


def _open_interactive(article: Tag, soup: BeautifulSoup) -> None:
    """Folded blocks become open boxes with their title; each tab shows its label above it."""
    for details in article.find_all("details"):
        summary = details.find("summary")
        details.name = "div"
        details["class"] = ["details", *details.get("class", [])]
        details.attrs.pop("open", None)
        if summary is not None:
            summary.name = "p"
            summary["class"] = ["details-title"]
    for tabs in article.select(".tabbed-set"):
        labels = [label.get_text(" ", strip=True) for label in tabs.select(".tabbed-labels > label")]
        for label, block in zip(labels, tabs.select(".tabbed-block"), strict=False):
            title = soup.new_tag("p", attrs={"class": "tab-title"})
            title.string = label
            block.insert(0, title)


def _clean(article: Tag) -> None:
    """Remove chrome and tooltips, and attributes the book does not need."""
    for selector in CHROME:
        for element in article.select(selector):
            element.decompose()
    for abbr in article.find_all("abbr"):
        abbr.unwrap()
    for element in article.find_all(True):
        for attribute in [name for name in element.attrs if name.startswith("data-") or name in {"markdown", "hidden"}]:
            del element[attribute]


def _drawings(page: BookPage, article: Tag, root: Path) -> list[str]:
    """Replace each figure's site SVG with a placeholder; return the stored SVGs, in order."""
    blocks = {block.file_line(): block for block in Document.read(root / "docs" / page.source, root).diagrams}
    svgs: list[str] = []
    for figure in article.select("figure.diagram"):
        where = figure.get("data-source", "")
        block = blocks.get(where)
        drawing = load(block.source) if block else None
        if drawing is None:
            raise ExportFailed(f"{where or page.source}: no stored drawing for this diagram; "
                               "run: python3 scripts/dev.py diagrams")
        canvas = figure.select_one(".diagram-canvas")
        canvas.clear()
        canvas.append(BeautifulSoup(f'<span class="epub-svg">{len(svgs)}</span>', "html.parser"))
        svgs.append(drawing.svg)
    return svgs


def convert(page: BookPage, site_dir: Path, root: Path, in_book: set[str], lang: str) -> None:
    """Fill ``page`` with its XHTML, title, sections and diagram count, from the built site."""
    soup = BeautifulSoup((site_dir / page.site_html).read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article.md-content__inner")
    if article is None:
        raise ExportFailed(f"{page.site_html}: the built page has no article")
    svgs = _drawings(page, article, root)
    _clean(article)
    _open_interactive(article, soup)
    _rewrite_links(article, page, in_book)
    heading = article.find("h1")
    page.title = _text(heading) if heading else page.source
    page.sections = [(h2["id"], _text(h2)) for h2 in article.find_all("h2", id=True)]
    article.name = "section"
    article.attrs = {"class": ["page"], "epub:type": "chapter"}
    css = posixpath.relpath("style/book.css", posixpath.dirname(page.file_name) or ".")
    text = PAGE.format(lang=lang, title=html.escape(page.title), css=css, body=article.decode(formatter="minimal"))
    try:
        tree = etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError as error:
        raise ExportFailed(f"{page.site_html}: the page is not well-formed XHTML: {error}") from error
    for placeholder in list(tree.iter(f"{{{XHTML_NS}}}span")):
        if placeholder.get("class") == "epub-svg":
            placeholder.getparent().replace(placeholder, etree.fromstring(svgs[int(placeholder.text)].encode()))
    page.diagrams = len(svgs)
    page.xhtml = etree.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")


class _Page(epub.EpubHtml):
    """A content document written exactly as converted (ebooklib would re-parse it as HTML)."""

    def get_content(self, default: bytes | None = None) -> bytes:
        """The XHTML as written by ``convert``."""
        return ('<?xml version="1.0" encoding="utf-8"?>\n' + self.content).encode("utf-8")


def cover_page(title: str, description: str, lang: str, address: str) -> str:
    """The book's first page: title, description, edition, licence and the published address."""
    body = (f'<section class="cover" epub:type="titlepage"><h1>{html.escape(title)}</h1>'
            f'<p class="cover-description">{html.escape(description)}</p>'
            f'<p class="cover-edition">Exported {datetime.date.today().isoformat()} · {html.escape(edition())}</p>'
            f'<p class="cover-licence">{html.escape(LICENCE)}</p>'
            f'<p class="cover-address">Read online: <a href="{html.escape(address)}">{html.escape(address)}</a></p>'
            '</section>')
    return PAGE.format(lang=lang, title=html.escape(title), css="style/book.css", body=body)


def assemble(pages: list[BookPage], config: dict) -> epub.EpubBook:
    """The book: metadata, stylesheet, font, cover, pages in spine order and the nested contents."""
    book = epub.EpubBook()
    lang = config.get("theme", {}).get("language", "en")
    book.set_identifier(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, config['site_url'])}")
    book.set_title(config["site_name"])
    book.set_language(lang)
    book.add_author("The ML System Design Field Guide authors")
    book.add_metadata("DC", "description", " ".join(config.get("site_description", "").split()))
    book.add_metadata("DC", "rights", LICENCE)
    book.add_metadata("DC", "date", datetime.date.today().isoformat())
    style = epub.EpubItem(uid="style", file_name="style/book.css", media_type="text/css",
                          content=BOOK_CSS.read_text(encoding="utf-8").replace("FONT_FAMILY", FONT_FAMILY))
    font = epub.EpubItem(uid="font", file_name="fonts/diagram.woff2", media_type="font/woff2",
                         content=FONT_FILE.read_bytes())
    book.add_item(style)
    book.add_item(font)
    cover = _Page(uid="cover", file_name="cover.xhtml", title=config["site_name"])
    cover.content = cover_page(config["site_name"], config.get("site_description", ""), lang,
                               config["site_url"])
    book.add_item(cover)
    items = []
    for number, page in enumerate(pages):
        item = _Page(uid=f"page-{number}", file_name=page.file_name, title=page.title)
        item.content = page.xhtml
        if page.diagrams:
            item.properties.append("svg")
        book.add_item(item)
        items.append(item)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = [cover, "nav", *items]
    book.toc = contents(pages)
    return book


def contents(pages: list[BookPage]) -> list:
    """The navigation tree: chapter › page › section (entry IDs numbered, as NCX IDs must be XML names)."""
    numbers = iter(range(1, 100_000))

    def page_entry(page: BookPage) -> object:
        if not page.sections:
            return epub.Link(page.file_name, page.title, f"toc-{next(numbers)}")
        return (epub.Section(page.title, page.file_name),
                [epub.Link(f"{page.file_name}#{anchor}", title, f"toc-{next(numbers)}")
                 for anchor, title in page.sections])

    tree: list = []
    chapters: dict[str, list] = {}
    for page in pages:
        if page.chapter is None:
            tree.append(page_entry(page))
            continue
        if page.chapter not in chapters:
            chapters[page.chapter] = []
            tree.append((epub.Section(page.chapter, page.file_name), chapters[page.chapter]))
        chapters[page.chapter].append(page_entry(page))
    return tree


def export(output: Path, config_file: Path = CONFIG, progress: Callable[[str], None] = print,
           site_dir: Path | None = None) -> ExportResult:
    """Write the guide described by ``config_file`` as an EPUB to ``output``, then check it.

    ``site_dir`` is a strict build of the same configuration to read; without
    one, the export builds the site itself.
    """
    start = time.perf_counter()
    root = config_file.parent
    config = yaml_load(config_file.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        if site_dir is None:
            progress("building the site")
            built = build(Path(scratch) / "site", config_file)
            if not built.ok:
                raise ExportFailed(f"the strict build failed:\n{built.output}")
            site_dir = built.site_dir
        pages = nav_pages(config_file)
        in_book = {page.site_html for page in pages}
        lang = config.get("theme", {}).get("language", "en")
        for page in pages:
            convert(page, site_dir, root, in_book, lang)
        progress(f"{len(pages)} pages and {sum(page.diagrams for page in pages)} diagrams converted")
        output.parent.mkdir(parents=True, exist_ok=True)
        epub.write_epub(str(output), assemble(pages, config), {"epub3_pages": False})
        progress("checking the EPUB: EPUBCheck, pages, diagrams, tables, links, chrome")
        report = check_epub(output, config_file, site_dir)
    if report.problems:
        raise ExportFailed("the EPUB failed its checks:\n" + "\n".join(report.problems))
    return ExportResult(output, len(pages), sum(page.diagrams for page in pages), output.stat().st_size,
                        time.perf_counter() - start, report)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, export, and print a one-line summary or a one-line error."""
    parser = argparse.ArgumentParser(description="Export the whole guide as one EPUB 3.")
    parser.add_argument("--output", "-o", type=Path, required=True, help="where to write the EPUB")
    arguments = parser.parse_args(argv)
    try:
        result = export(arguments.output, progress=lambda line: print(f"  {line}", flush=True))
    except ExportFailed as error:
        print(f"error: export failed: {error}", file=sys.stderr)
        return 1
    print(f"wrote {result.output}: {result.pages} pages, {result.diagrams} diagrams, "
          f"{result.bytes / 1_000_000:.1f} MB, {result.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
