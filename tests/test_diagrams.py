"""Diagrams: drawn once into the store, inlined by the build, readable in both palettes, opened full screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from scripts.checks import contrast as check_contrast, diagrams as check_diagrams
from scripts.guide.browser import fence_network, serve
from scripts.guide.build import build
from scripts.guide.diagrams import RENDER_COMMAND, diagram_key, store_path, svg_id
from scripts.guide.markdown import Document, documents
from scripts.guide.pages import finished_pages
from scripts.guide.paths import DOCS
from scripts.maintenance.draw_diagrams import render
from tests.projects import FIXTURES, draw_diagrams, fixture_project

BAD = "tests/fixtures/diagrams_bad/docs/index.md"


def fake_drawing(width: int, title: str = "A title", error: bool = False) -> str:
    """A stored SVG of the given natural width, as the render command writes it."""
    role = "error" if error else "flowchart-v2"
    return (f'<svg id="dx" width="{width}" height="100" aria-roledescription="{role}">'
            f"<title>{title}</title><text>Box</text></svg>\n")


def test_every_diagram_of_the_guide_has_a_fresh_readable_drawing() -> None:
    report = check_diagrams.check(finished_pages(), every_page=documents(DOCS))
    assert report.problems == []
    assert report.counts["diagrams"] >= 60


def test_drawings_check_names_missing_broken_wide_and_unused_drawings(tmp_path: Path) -> None:
    page = Document.read(FIXTURES / "diagrams_bad" / "docs" / "index.md")
    valid, broken, raw_tag, wide = page.diagrams
    store = tmp_path / "diagrams"
    store.mkdir()
    store_path(diagram_key(valid.source), store).write_text(fake_drawing(400), encoding="utf-8")
    store_path(diagram_key(broken.source), store).write_text(fake_drawing(400, error=True), encoding="utf-8")
    store_path(diagram_key(wide.source), store).write_text(fake_drawing(1300), encoding="utf-8")
    (store / "0123456789abcdef0123.svg").write_text(fake_drawing(300), encoding="utf-8")
    report = check_diagrams.check([page], store, every_page=[page])
    assert report.counts["diagrams"] == 4
    assert report.problems == [
        f"{BAD}:12: the stored drawing is Mermaid's error graphic; fix the diagram and run: {RENDER_COMMAND}",
        f"{BAD}:22: raw '<' in a label renders as an empty label; write #lt; and #gt; (and #quot; for a double "
        "quote) instead",
        f"{BAD}:20: this diagram has no fresh drawing (it is new or changed); run: {RENDER_COMMAND}",
        f"{BAD}:27: the diagram is 1300 px wide, so its text shrinks to 8.5 px in the 688 px column (at least 12 px "
        "needs 917 px or less); shorten labels, stack with subgraphs or split it",
        f"{store / '0123456789abcdef0123.svg'}: no diagram uses this drawing any more; run: {RENDER_COMMAND}",
    ]


def test_render_command_names_file_line_and_mermaid_message_of_a_broken_diagram(tmp_path: Path,
                                                                                browser: Browser) -> None:
    page = Document.read(FIXTURES / "diagrams_bad" / "docs" / "index.md")
    report = render([page], browser, tmp_path / "diagrams")
    assert report.counts["drawn"] == 2
    assert len(report.problems) == 2
    assert report.problems[0].startswith(f"{BAD}:16: Mermaid cannot draw this diagram: Parse error on line 4")
    assert report.problems[1].startswith(f"{BAD}:22: raw '<' in a label")


def test_drawings_keep_escaped_labels_text_only_and_ids_scoped_to_each_drawing(tmp_path: Path,
                                                                               browser: Browser) -> None:
    page = Document.read(FIXTURES / "diagram_labels" / "docs" / "index.md")
    store = tmp_path / "diagrams"
    assert render([page], browser, store).problems == []
    svgs = [store_path(diagram_key(d.source), store).read_text(encoding="utf-8") for d in page.diagrams]
    text = re.sub(r"<[^>]+>", "", re.sub(r"<style>.*?</style>", "", svgs[0], flags=re.S))
    assert "Query &lt;text&gt;" in text and "scores &amp; ranks" in text and "Results &quot;top k&quot;" in text
    ids = [re.findall(r'\bid="([^"]+)"', svg) for svg in svgs]
    for diagram, found in zip(page.diagrams, ids, strict=True):
        prefix = svg_id(diagram_key(diagram.source))
        assert "<foreignObject" not in svgs[0]
        assert all(i.startswith(prefix) for i in found), [i for i in found if not i.startswith(prefix)]
    assert not set(ids[1]) & set(ids[2]), "two drawings on one page share an ID"


def test_build_inlines_each_drawing_and_refuses_a_diagram_without_one(tmp_path: Path, browser: Browser) -> None:
    project = fixture_project(tmp_path, "diagram_labels")
    refused = build(project / "site", project / "mkdocs.yml")
    assert not refused.ok
    assert f"docs/index.md:3: this diagram has no fresh drawing; run: {RENDER_COMMAND}" in refused.output
    draw_diagrams(project, browser)
    built = build(project / "site", project / "mkdocs.yml")
    assert built.ok, built.output
    html = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert html.count('<figure class="diagram"') == 3 and 'class="mermaid' not in html
    assert "<figcaption>Labels with special characters</figcaption>" in html
    assert 'href="assets/stylesheets/diagram-font.css"' in html
    assert not list((project / "site").rglob("mermaid*.js"))


def test_contrast_check_names_the_diagram_and_palette_of_unreadable_text(tmp_path: Path, browser: Browser) -> None:
    project = fixture_project(tmp_path, "contrast_bad")
    draw_diagrams(project, browser)
    result = build(project / "site", project / "mkdocs.yml")
    assert result.ok, result.output
    page = project / "site" / "index.html"
    unreadable = "<style>[data-md-color-scheme=slate]{--diagram-text:#3a3f5c}</style></head>"
    page.write_text(page.read_text(encoding="utf-8").replace("</head>", unreadable, 1), encoding="utf-8")
    report = check_contrast.check_site(project / "site", browser)
    assert report.counts["pages"] == 1 and report.counts["diagrams"] == 1
    assert any(p.startswith("docs/index.md:5: dark palette: text 'Source' is #3a3f5c on #283056") for p in report.problems)
    assert not any("light palette" in p for p in report.problems)
    assert any(p.startswith("blocked off-site request: https://images.example.com") for p in report.problems)


def test_contrast_check_fails_when_there_is_no_built_site(tmp_path: Path, browser: Browser) -> None:
    report = check_contrast.check_site(tmp_path / "missing", browser)
    assert report.problems == [f"{tmp_path / 'missing'}: no built site here; build it first "
                               "(python -m scripts.checks.build builds site/)"]


@pytest.mark.slow
def test_every_diagram_of_the_built_guide_is_readable_in_both_palettes(site_dir: Path, browser: Browser) -> None:
    report = check_contrast.check_site(site_dir, browser)
    assert report.problems == []
    assert report.counts["pages"] >= 34 and report.counts["diagrams"] >= 60


def test_phone_reader_sees_each_diagram_whole_and_opens_it_full_screen_from_disk(site_dir: Path,
                                                                                browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    blocked = fence_network(context)
    page = context.new_page()
    page.goto((site_dir / "mlops" / "index.html").as_uri())
    figure = page.locator("figure.diagram").first
    column = page.locator("article").bounding_box()["width"]
    assert figure.locator("svg").bounding_box()["width"] <= column
    assert page.evaluate("() => !!window.mermaid") is False
    opener = figure.get_by_role("button", name=re.compile("^Open full screen"))
    opener.click()
    viewer = page.locator("dialog.diagram-viewer")
    assert viewer.evaluate("d => d.open")
    drawn = viewer.locator("svg")
    natural = float(drawn.get_attribute("width"))
    assert drawn.bounding_box()["width"] == pytest.approx(natural, rel=0.01)
    page.keyboard.press("+")
    assert drawn.bounding_box()["width"] > natural * 1.2
    page.keyboard.press("Escape")
    assert not viewer.evaluate("d => d.open")
    assert page.evaluate("() => document.activeElement.classList.contains('diagram-open')")
    context.close()
    assert blocked == []


def test_diagrams_show_without_javascript(site_dir: Path, browser: Browser) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    with serve(site_dir) as base:
        page.goto(base + "scenarios/video-recommendation.html")
        boxes = [svg.bounding_box() for svg in page.locator("figure.diagram svg").all()]
    context.close()
    assert len(boxes) >= 3 and all(box and box["width"] > 200 and box["height"] > 100 for box in boxes)

