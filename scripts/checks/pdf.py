"""PDF check: read an exported guide back with pypdf and report what is wrong, page by page.

A problem is reported as ``guide.pdf: page N: message``. The check fails when
the outline lacks an entry for a page of the guide, when Mermaid source text
shows on a page (a diagram printed unrendered), when text prints under 6.5 pt
(a diagram shrunk past reading to fit the sheet), when an internal link has no
destination, or when an entry of the table of contents is not titled as a
bookmark is or its number is not the page it jumps to.

Usage: ``python -m scripts.checks.pdf guide.pdf [Title of a page ...]``.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject, Destination, DictionaryObject

from scripts.guide.report import Report, finish

MERMAID_TEXT = re.compile(r"\bflowchart (?:TB|TD|LR|RL|BT)\b|\bsequenceDiagram\b|-->|\bacc(?:Title|Descr)\b")
TOC_ANCHOR = "print-page-toc"
NUMBER_AT_END = re.compile(r"(\d+)\s*$")
MIN_TEXT_PT = 6.5
SAMPLE_WORDS = 6


def outline_titles(reader: PdfReader) -> list[tuple[int, str]]:
    """Every bookmark as (depth, title), depth 0 at the top, in document order."""
    found: list[tuple[int, str]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, str(item.title).strip()))

    walk(reader.outline, 0)
    return found


def destination_pages(reader: PdfReader) -> dict[str, int]:
    """Named destination (without its leading ``/``) to 1-based page number."""
    pages: dict[str, int] = {}
    for name, destination in reader.named_destinations.items():
        number = reader.get_destination_page_number(destination)
        if number is not None and number >= 0:
            pages[str(name).lstrip("/")] = number + 1
    return pages


def link_target(annotation: DictionaryObject) -> tuple[str, str] | None:
    """What a link annotation points at, or None if it points nowhere.

    ``("uri", address)`` for an external link, ``("name", destination)`` for a
    named destination, ``("page", "")`` for an explicit page destination.
    """
    destination = annotation.get("/Dest")
    action = annotation.get("/A")
    if action is not None:
        action = action.get_object()
        if action.get("/S") == "/URI":
            return "uri", str(action.get("/URI"))
        if action.get("/S") == "/GoTo":
            destination = action.get("/D")
    if destination is None:
        return None
    if isinstance(destination, (ArrayObject, Destination)):
        return "page", ""
    return "name", str(destination).lstrip("/")


def links_on(reader: PdfReader, index: int) -> list[tuple[tuple[float, float, float, float], tuple[str, str]]]:
    """Every link annotation of page ``index`` (0-based) as (rectangle, target)."""
    found = []
    for reference in reader.pages[index].get("/Annots") or []:
        annotation = reference.get_object()
        if annotation.get("/Subtype") != "/Link":
            continue
        target = link_target(annotation)
        if target is not None:
            rectangle = tuple(float(value) for value in annotation["/Rect"])
            found.append((rectangle, target))
    return found


def placed_text(reader: PdfReader, index: int) -> list[tuple[float, float, str]]:
    """Every piece of text on page ``index`` with the (x, y) of its baseline, in PDF units."""
    parts: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            parts.append((x, y, text))

    reader.pages[index].extract_text(visitor_text=visit)
    return parts


def text_in_band(parts: list[tuple[float, float, str]], bottom: float, top: float) -> str:
    """The pieces of text whose baseline lies between ``bottom`` and ``top``, left to right."""
    return " ".join(text for x, y, text in sorted(parts) if bottom - 1 <= y <= top + 1).strip()


def printed_size(cm: list[float], tm: list[float], font_size: float) -> float:
    """The height in points that text set at ``font_size`` prints at, through the text and page matrices."""
    a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
    c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
    return font_size * math.sqrt(abs(a * d - b * c))


def _extract(job: tuple[str, list[int]]) -> list[tuple[int, str, float, str]]:
    """Plain text of some pages of one PDF, each with its smallest printed text size and a
    sample of the text at that size (run in a worker process)."""
    reader = PdfReader(job[0])
    found = []
    for index in job[1]:
        sizes: list[tuple[float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object, font_size: float) -> None:
            if text.strip():
                sizes.append((round(printed_size(cm, tm, font_size), 1), text.strip()))

        text = reader.pages[index].extract_text(visitor_text=visit) or ""
        smallest = min((size for size, _ in sizes), default=math.inf)
        sample = " ".join(words for size, words in sizes if size == smallest)
        found.append((index, text, smallest, " ".join(sample.split()[:SAMPLE_WORDS])))
    return found


def read_pages(pdf: Path) -> list[tuple[str, float, str]]:
    """Every page's plain text, smallest text size in points and a sample of that text, read on
    every core (pypdf takes about 0.1 s a page)."""
    count = len(PdfReader(pdf).pages)
    workers = max(1, min(os.cpu_count() or 1, 4, count))
    jobs = [(str(pdf), list(range(start, count, workers))) for start in range(workers)]
    pages: list[tuple[str, float, str]] = [("", math.inf, "")] * count
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for chunk in pool.map(_extract, jobs):
            for index, text, smallest, sample in chunk:
                pages[index] = (text, smallest, sample)
    return pages


def check_toc(reader: PdfReader, pdf_name: str, destinations: dict[str, int], bookmarks: set[str],
              report: Report) -> None:
    """Each contents entry must carry a bookmark's title, and its printed number must be the page its link jumps to."""
    start = destinations.get(TOC_ANCHOR)
    if start is None:
        report.problems.append(f"{pdf_name}: no table of contents (no destination '{TOC_ANCHOR}')")
        return
    first = [name for _, (kind, name) in links_on(reader, start - 1) if kind == "name"]
    end = min((destinations[name] for name in first if name in destinations), default=start + 1)
    for page_index in range(start - 1, max(end - 1, start)):
        parts = placed_text(reader, page_index)
        for (_, bottom, _, top), (kind, name) in links_on(reader, page_index):
            if kind != "name":
                continue
            text = text_in_band(parts, bottom, top)
            printed = NUMBER_AT_END.search(text)
            report.counts["contents entries"] += 1
            title = NUMBER_AT_END.sub("", text).strip()
            if title not in bookmarks:
                report.problems.append(f"{pdf_name}: page {page_index + 1}: contents entry '{title}' "
                                       "is titled as no bookmark is (both use the pages' own titles)")
            if name not in destinations:
                report.problems.append(f"{pdf_name}: page {page_index + 1}: contents entry '{text}' jumps to missing '{name}'")
            elif not printed or int(printed.group(1)) != destinations[name]:
                shown = printed.group(1) if printed else "no number"
                report.problems.append(
                    f"{pdf_name}: page {page_index + 1}: contents entry '{text}' shows {shown} "
                    f"but its section starts on page {destinations[name]}")


def check_pdf(pdf: Path, page_titles: list[str]) -> Report:
    """Check ``pdf``; ``page_titles`` are the titles every page of the guide must have a bookmark for."""
    reader = PdfReader(pdf)
    report = Report()
    report.counts.update({"pages": len(reader.pages), "bookmarks": 0, "contents entries": 0,
                          "internal links": 0, "external links": 0})
    name = pdf.name
    bookmarks = outline_titles(reader)
    report.counts["bookmarks"] = len(bookmarks)
    titles = {title for _, title in bookmarks}
    for title in page_titles:
        if title not in titles:
            report.problems.append(f"{name}: outline has no bookmark for the page '{title}'")
    destinations = destination_pages(reader)
    for index, (text, smallest, sample) in enumerate(read_pages(pdf)):
        match = MERMAID_TEXT.search(text)
        if match:
            report.problems.append(f"{name}: page {index + 1}: Mermaid source text '{match.group(0)}' (a diagram printed unrendered)")
        if smallest < MIN_TEXT_PT:
            report.problems.append(f"{name}: page {index + 1}: text prints at {smallest:g} pt, under {MIN_TEXT_PT:g} pt "
                                   f"(a diagram shrunk to fit the sheet?): '{sample}'")
        for _, (kind, target) in links_on(reader, index):
            if kind == "uri":
                report.counts["external links"] += 1
            elif kind == "page" or target in destinations:
                report.counts["internal links"] += 1
            else:
                report.problems.append(f"{name}: page {index + 1}: internal link to '#{target}' has no destination")
    check_toc(reader, name, destinations, titles, report)
    return report


def main() -> None:
    """Check the PDF given; exit non-zero on any problem."""
    if len(sys.argv) < 2:
        sys.exit("usage: python -m scripts.checks.pdf guide.pdf [page title ...]")
    finish(check_pdf(Path(sys.argv[1]), sys.argv[2:]))


if __name__ == "__main__":
    main()
