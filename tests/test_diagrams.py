"""Diagrams: every block parses, renders offline as a real SVG, keeps its labels and follows the palette."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from scripts import check_diagrams, check_render
from scripts.guide.browser import fence_network, serve
from scripts.guide.paths import DOCS
from scripts.site_build import build
from tests.projects import FIXTURES, fixture_project


def test_every_diagram_in_the_guide_parses(browser: Browser) -> None:
    diagrams, problems = check_diagrams.check(DOCS, browser)
    assert problems == []
    assert len(diagrams) >= 1


def test_parse_check_names_file_line_and_mermaid_message(browser: Browser) -> None:
    diagrams, problems = check_diagrams.check(FIXTURES / "diagrams_bad" / "docs", browser)
    assert len(diagrams) == 3
    assert len(problems) == 2
    page = "tests/fixtures/diagrams_bad/docs/index.md"
    assert any(p.startswith(f"{page}:16: Mermaid cannot parse this diagram: Parse error on line 4") for p in problems)
    assert f"{page}:22: raw '<' in a label renders as an empty label; write #lt; and #gt;" in problems[0]


def test_every_diagram_page_renders_offline_served_and_from_disk(site_dir: Path, browser: Browser) -> None:
    report = check_render.check_site(site_dir, browser)
    assert report.problems == []
    assert report.pages >= 1
    assert report.file_url_pages == 1
    assert report.diagrams >= 1


def test_render_check_names_error_graphic_and_blocked_request(tmp_path: Path, browser: Browser) -> None:
    project = fixture_project(tmp_path, "render_bad")
    result = build(project / "site", project / "mkdocs.yml")
    assert result.ok, "an invalid diagram passes the strict build; only the render check sees it"
    report = check_render.check_site(result.site_dir, browser, project)
    assert report.pages == 1 and report.file_url_pages == 1
    assert any(p.startswith("docs/index.md:5: diagram 1 on index.html: Mermaid drew its error graphic") for p in report.problems)
    assert any(p.startswith("docs/index.md: blocked off-site request") and "images.example.com" in p
               for p in report.problems)
    assert any("console error" in p for p in report.problems)


def test_escaped_label_characters_survive_rendering(tmp_path: Path, browser: Browser) -> None:
    project = fixture_project(tmp_path, "diagram_labels")
    result = build(project / "site", project / "mkdocs.yml")
    assert result.ok, result.output
    context = browser.new_context()
    fence_network(context)
    page = context.new_page()
    with serve(result.site_dir) as base:
        page.goto(base + "index.html")
        page.wait_for_selector("body[data-diagrams-rendered]", state="attached")
        text = page.locator("div.mermaid").inner_text()
    context.close()
    assert "Query <text>" in text
    assert 'Results "top k"' in text
    assert "scores & ranks" in text


def test_diagrams_follow_the_light_and_dark_palette(site_dir: Path, browser: Browser) -> None:
    context = browser.new_context(color_scheme="light")
    fence_network(context)
    page = context.new_page()
    svg_style = "() => document.querySelector('div.mermaid svg style').textContent"
    with serve(site_dir) as base:
        page.goto(base + "index.html")
        page.wait_for_selector("div.mermaid svg")
        light = page.evaluate(svg_style)
        page.locator("label.md-header__button[for^='__palette']:visible").click()
        page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
        page.wait_for_function(f"({svg_style})() !== {light!r}".replace("\n", " "))
        dark = page.evaluate(svg_style)
    context.close()
    assert "#ECECFF" in light.upper() and "#ECECFF" not in dark.upper()


def test_wide_left_to_right_flowchart_is_drawn_top_to_bottom_instead_of_scrolling(site_dir: Path,
                                                                                  browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    fence_network(context)
    page = context.new_page()
    first = "document.querySelector('div.mermaid')"
    with serve(site_dir) as base:
        page.goto(base + "scenarios/video-recommendation.html")
        page.wait_for_selector("body[data-diagrams-rendered]", state="attached")
        source, drawn, scrolls = page.evaluate(
            f"() => [{first}.dataset.source, {first}.dataset.drawn, {first}.scrollWidth > {first}.clientWidth]")
    context.close()
    assert "flowchart LR" in source
    assert "flowchart TB" in drawn
    assert not scrolls
