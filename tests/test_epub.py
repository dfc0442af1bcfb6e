"""EPUB export: the whole guide as one valid EPUB 3, and the read-back check failing on a broken book."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from scripts.checks.epub import check_epub
from scripts.exports import epub as export_epub
from scripts.guide.pages import nav_order, printed_pages


@pytest.fixture(scope="module")
def guide_epub(tmp_path_factory: pytest.TempPathFactory, site_dir: Path) -> export_epub.ExportResult:
    """The real guide, exported once from the session's build (this is also the benchmark run)."""
    output = tmp_path_factory.mktemp("epub") / "guide.epub"
    return export_epub.export(output, progress=lambda _: None, site_dir=site_dir)


def rewrite(book: Path, output: Path, member: str, old: str, new: str) -> None:
    """Copy ``book`` to ``output`` with one text replaced in one member, keeping the container's layout."""
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(output, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                text = data.decode("utf-8")
                assert old in text
                data = text.replace(old, new, 1).encode("utf-8")
            target.writestr(info, data)


@pytest.mark.slow
def test_guide_epub_passes_epubcheck_and_its_read_back_check(guide_epub: export_epub.ExportResult) -> None:
    report = guide_epub.report
    assert report.problems == []
    assert report.counts["pages"] == len(nav_order()) == len(printed_pages()) >= 45
    assert report.counts["diagrams"] == sum(len(page.diagrams) for page in printed_pages()) > 0
    assert report.counts["tables"] >= 100
    assert report.counts["internal links"] >= 1000


@pytest.mark.slow
def test_guide_epub_contents_nest_chapters_pages_and_sections(guide_epub: export_epub.ExportResult) -> None:
    with zipfile.ZipFile(guide_epub.output) as book:
        nav = book.read("EPUB/nav.xhtml").decode("utf-8")
        scenario = book.read("EPUB/scenarios/news-feed.xhtml").decode("utf-8")
    assert '<a href="scenarios/news-feed.xhtml#serving">' in nav
    assert "Scenarios" in nav and "Check yourself" in nav
    assert "<details" not in scenario and 'class="details question"' in scenario
    assert "<abbr" not in scenario and "practice/index" not in nav


@pytest.mark.slow
def test_epub_check_names_file_and_line_of_a_broken_link_and_a_missing_diagram(
        guide_epub: export_epub.ExportResult, tmp_path: Path) -> None:
    page = "EPUB/scenarios/news-feed.xhtml"
    with zipfile.ZipFile(guide_epub.output) as book:
        text = book.read(page).decode("utf-8")
    link = 'href="../foundations/metrics.xhtml#'
    assert link in text
    broken_link = tmp_path / "broken-link.epub"
    rewrite(guide_epub.output, broken_link, page, link, 'href="../foundations/no-such-page.xhtml#')
    problems = check_epub(broken_link, validate=False).problems
    assert any(problem.startswith("broken-link.epub/EPUB/scenarios/news-feed.xhtml:")
               and "no-such-page.xhtml" in problem and "names no page of the book" in problem
               for problem in problems)

    start = text.index('<svg')
    end = text.index('</svg>', start) + len('</svg>')
    no_drawing = tmp_path / "no-drawing.epub"
    rewrite(guide_epub.output, no_drawing, page, text[start:end], "")
    problems = check_epub(no_drawing, validate=False).problems
    assert any(problem.startswith("no-drawing.epub/EPUB/scenarios/news-feed.xhtml:")
               and "holds no drawing" in problem for problem in problems)


def test_epub_check_fails_when_there_is_no_book(tmp_path: Path) -> None:
    problems = check_epub(tmp_path / "missing.epub").problems
    assert len(problems) == 1 and "no EPUB here" in problems[0]
