"""PDF check: read an exported guide back with pypdf and report what is wrong, page by page.

A problem is reported as ``guide.pdf: page N: message``. The check fails when
the outline lacks an entry for a page of the guide, when Mermaid source text
shows on a page (a diagram printed unrendered), when an internal link has no
destination, or when a number in the table of contents is not the page its
entry jumps to.

Usage: ``python -m scripts.checks.pdf guide.pdf [Title of a page ...]``.
"""

from __future__ import annotations

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


def _extract(job: tuple[str, list[int]]) -> list[tuple[int, str]]:
    """Plain text of some pages of one PDF (run in a worker process)."""
    reader = PdfReader(job[0])
    return [(index, reader.pages[index].extract_text() or "") for index in job[1]]


def page_texts(pdf: Path) -> list[str]:
    """Plain text of every page, extracted on every core (pypdf takes about 0.1 s a page)."""
    count = len(PdfReader(pdf).pages)
    workers = max(1, min(os.cpu_count() or 1, 4, count))
    jobs = [(str(pdf), list(range(start, count, workers))) for start in range(workers)]
    texts = [""] * count
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for chunk in pool.map(_extract, jobs):
            for index, text in chunk:
                texts[index] = text
    return texts


def check_toc(reader: PdfReader, pdf_name: str, destinations: dict[str, int], report: Report) -> None:
    """Each contents entry's printed number must be the page its link jumps to."""
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
    for index, text in enumerate(page_texts(pdf)):
        match = MERMAID_TEXT.search(text)
        if match:
            report.problems.append(f"{name}: page {index + 1}: Mermaid source text '{match.group(0)}' (a diagram printed unrendered)")
        for _, (kind, target) in links_on(reader, index):
            if kind == "uri":
                report.counts["external links"] += 1
            elif kind == "page" or target in destinations:
                report.counts["internal links"] += 1
            else:
                report.problems.append(f"{name}: page {index + 1}: internal link to '#{target}' has no destination")
    check_toc(reader, name, destinations, report)
    return report


def main() -> None:
    """Check the PDF given; exit non-zero on any problem."""
    if len(sys.argv) < 2:
        sys.exit("usage: python -m scripts.checks.pdf guide.pdf [page title ...]")
    finish(check_pdf(Path(sys.argv[1]), sys.argv[2:]))


if __name__ == "__main__":
    main()
