"""PDF export: the whole guide as one book, and every way the export and its check refuse a bad one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pathspec import GitIgnoreSpec
from playwright.sync_api import Browser
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

from scripts.checks.pdf import check_pdf, destination_pages, outline_titles
from scripts.exports import pdf as export_pdf
from scripts.exports.print_site import pdf_destination
from scripts.guide.diagrams import RENDER_COMMAND
from scripts.guide.markdown import documents
from scripts.guide.pages import NOT_PRINTED, printed_pages, walkthroughs
from scripts.guide.paths import ROOT
from scripts.maintenance.draw_diagrams import render
from tests.projects import draw_diagrams, fixture_project

@pytest.fixture(scope="module")
def guide_pdf(tmp_path_factory: pytest.TempPathFactory, browser: Browser) -> export_pdf.ExportResult:
    """The real guide, exported once (this is also the benchmark run)."""
    output = tmp_path_factory.mktemp("pdf") / "guide.pdf"
    return export_pdf.export(output, progress=lambda _: None, browser=browser)


@pytest.mark.slow
def test_guide_exports_with_every_finished_diagram_drawn(guide_pdf: export_pdf.ExportResult) -> None:
    assert guide_pdf.diagrams == sum(len(page.diagrams) for page in printed_pages()) > 0
    assert guide_pdf.passes == 2


@pytest.mark.slow
def test_guide_pdf_has_bookmarks_for_chapters_pages_and_sections(guide_pdf: export_pdf.ExportResult) -> None:
    bookmarks = outline_titles(PdfReader(guide_pdf.output))
    titles = {title for _, title in bookmarks}
    page_titles = [page.headings[0].title for page in printed_pages() if page.headings]
    assert len(page_titles) >= 45
    assert [title for title in page_titles if title not in titles] == []
    chapters = [title for depth, title in bookmarks if depth == 0]
    assert {"Framework", "Foundations", "MLOps platform", "Scenarios"} <= set(chapters)
    scenario = walkthroughs()[0]
    assert (1, scenario.title) in bookmarks
    assert (2, next(h.title for h in scenario.headings if h.anchor == "serving")) in bookmarks


@pytest.mark.slow
def test_guide_pdf_passes_its_own_read_back_check(guide_pdf: export_pdf.ExportResult) -> None:
    report = guide_pdf.report
    assert report.problems == []
    assert report.counts["contents entries"] >= 40
    assert report.counts["internal links"] >= 100
    assert report.counts["external links"] >= 100


@pytest.mark.slow
def test_running_footer_prints_on_every_sheet_but_the_cover(guide_pdf: export_pdf.ExportResult) -> None:
    reader = PdfReader(guide_pdf.output)
    total = len(reader.pages)
    assert f"1 / {total}" not in reader.pages[0].extract_text()
    assert reader.pages[1].extract_text().startswith(f"2 / {total}ML System Design Field Guide")
    assert reader.metadata.title == "ML System Design Field Guide"


@pytest.mark.slow
def test_every_registered_section_address_is_a_named_destination_in_the_pdf(guide_pdf: export_pdf.ExportResult) -> None:
    destinations = destination_pages(PdfReader(guide_pdf.output))
    registered = [line.strip() for line in (ROOT / "anchors.txt").read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#")]
    assert pdf_destination("scenarios/ad-click-prediction.html#serving") == "scenarios-ad-click-prediction-serving"
    interactive = GitIgnoreSpec.from_lines(NOT_PRINTED)
    printed = [address for address in registered if not interactive.match_file(address.split("#")[0])]
    assert [address for address in printed if pdf_destination(address) not in destinations] == []


@pytest.mark.slow
def test_contents_number_is_the_page_where_the_scenario_starts(guide_pdf: export_pdf.ExportResult) -> None:
    reader = PdfReader(guide_pdf.output)
    contents = destination_pages(reader)["print-page-toc"] - 1
    lines = [line for i in range(contents, contents + 3)
             for line in reader.pages[i].extract_text(extraction_mode="layout").splitlines()]
    title = walkthroughs()[0].title
    entry = next(line for line in lines if line.strip().startswith(title))
    number = int(entry.split()[-1])
    footer, heading = reader.pages[number - 1].extract_text().splitlines()[:2]
    assert footer.startswith(f"{number} / ") and heading == title


def test_export_names_file_line_of_a_diagram_without_a_drawing(tmp_path: Path, browser: Browser) -> None:
    project = fixture_project(tmp_path, "pdf_bad")
    drawn = render(documents(project / "docs", project), browser, project / "diagrams")
    assert drawn.counts["drawn"] == 1 and drawn.problems[0].startswith("docs/other.md:10: Mermaid cannot draw this diagram")
    with pytest.raises(export_pdf.ExportFailed) as failure:
        export_pdf.export(tmp_path / "bad.pdf", config_file=project / "mkdocs.yml", progress=lambda _: None,
                          browser=browser)
    assert f"docs/other.md:7: this diagram has no fresh drawing; run: {RENDER_COMMAND}" in str(failure.value)
    assert not (tmp_path / "bad.pdf").exists()


def test_export_refuses_contents_whose_numbers_were_never_filled(tmp_path: Path, browser: Browser,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    project = fixture_project(tmp_path, "pdf_small")
    draw_diagrams(project, browser)
    monkeypatch.setattr(export_pdf, "print_with_page_numbers", lambda page, options, *_: (page.pdf(**options), 1))
    with pytest.raises(export_pdf.ExportFailed) as failure:
        export_pdf.export(tmp_path / "small.pdf", paper="letter", config_file=project / "mkdocs.yml",
                          progress=lambda _: None, browser=browser)
    assert "small.pdf: page 2: contents entry 'Small guide 000' shows 000 but its section starts on page 3" in str(failure.value)


def test_pdf_check_names_page_of_unrendered_diagram_and_dangling_link(tmp_path: Path, browser: Browser) -> None:
    page = browser.new_page()
    page.set_content("<h1>Only page</h1><pre>flowchart TB\n  A --> B</pre>")
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(page.pdf(format="A4", outline=True, tagged=True))
    page.close()
    writer = PdfWriter(clone_from=printed)
    link = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
        NameObject("/Rect"): ArrayObject([FloatObject(10), FloatObject(10), FloatObject(90), FloatObject(30)]),
        NameObject("/Dest"): TextStringObject("nowhere"),
    })
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    broken = tmp_path / "broken.pdf"
    writer.write(broken)
    report = check_pdf(broken, ["Only page", "Missing page"])
    assert report.problems == [
        "broken.pdf: outline has no bookmark for the page 'Missing page'",
        "broken.pdf: page 1: Mermaid source text 'flowchart TB' (a diagram printed unrendered)",
        "broken.pdf: page 1: internal link to '#nowhere' has no destination",
        "broken.pdf: no table of contents (no destination 'print-page-toc')",
    ]


def test_export_command_says_what_to_run_when_chromium_is_missing(monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("scripts.guide.browser.CHROMIUM_CANDIDATES", ("no-such-chromium",))
    monkeypatch.chdir(ROOT)
    assert export_pdf.main(["--output", "never.pdf"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0
    assert "apt-get install chromium" in error


def test_pdf_check_names_page_of_text_printed_too_small_to_read(tmp_path: Path, browser: Browser) -> None:
    page = browser.new_page()
    page.set_content("<h1>Only page</h1><p>Body text.</p><p style='font-size:7px'>a diagram label shrunk to fit</p>")
    printed = tmp_path / "tiny.pdf"
    printed.write_bytes(page.pdf(format="A4", outline=True, tagged=True))
    page.close()
    problems = check_pdf(printed, ["Only page"]).problems
    assert "tiny.pdf: page 1: text prints at 5.2 pt, under 6.5 pt (a diagram shrunk to fit the sheet?): " \
           "'a diagram label shrunk to fit'" in problems


def test_pdf_check_names_contents_entry_titled_unlike_its_bookmark(tmp_path: Path, browser: Browser) -> None:
    page = browser.new_page()
    page.set_content("<p><a href='#print-page-toc'>Contents</a></p>"
                     "<section id='print-page-toc' style='break-before: page'><h1>Contents</h1>"
                     "<p><a href='#step'>Nav title 3</a></p></section>"
                     "<h1 id='step' style='break-before: page'>Step 1: the page's own title</h1>")
    printed = tmp_path / "toc.pdf"
    printed.write_bytes(page.pdf(format="A4", outline=True, tagged=True))
    page.close()
    report = check_pdf(printed, ["Step 1: the page's own title"])
    assert report.problems == ["toc.pdf: page 2: contents entry 'Nav title' is titled as no bookmark is "
                               "(both use the pages' own titles)"]
    assert report.counts["contents entries"] == 1
