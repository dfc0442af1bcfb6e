"""Generated reference pages: glossary and tooltips from one file, bibliography and scenario matrix from the pages."""

from __future__ import annotations

import re
from pathlib import Path

from hooks.generated_pages import glossary_terms
from hooks.tooltips import first_uses_only
from scripts.guide.build import build
from scripts.guide.paths import ROOT
from tests.projects import fixture_project

ABBREVIATIONS = ROOT / "includes" / "abbreviations.md"
TOOLTIP_CHAPTERS = ("framework", "foundations", "mlops", "scenarios")
MIN_TERMS, MIN_SOURCES, MIN_TOOLTIP_SHARE = 60, 40, 0.8


def test_glossary_page_lists_every_tooltip_definition(site_dir: Path) -> None:
    entries = glossary_terms(ABBREVIATIONS)
    assert len(entries) >= MIN_TERMS
    page = (site_dir / "reference" / "glossary.html").read_text(encoding="utf-8")
    terms = re.findall(r"<dt>(.*?)</dt>", page, re.S)
    assert len(terms) == len(entries)
    for spellings, _ in entries:
        assert any(all(s.replace("&", "&amp;") in re.sub(r"<[^>]+>", "", t) for s in spellings) for t in terms), spellings


def test_most_chapter_pages_show_glossary_tooltips(site_dir: Path) -> None:
    pages = [p for chapter in TOOLTIP_CHAPTERS for p in (site_dir / chapter).glob("*.html")]
    with_tooltips = [p for p in pages if "<abbr title=" in p.read_text(encoding="utf-8")]
    assert len(pages) >= 30
    assert len(with_tooltips) / len(pages) >= MIN_TOOLTIP_SHARE


def test_bibliography_lists_every_cited_source_once_with_back_links(site_dir: Path) -> None:
    page = (site_dir / "reference" / "bibliography.html").read_text(encoding="utf-8")
    count = int(re.search(r"cites <strong>(\d+) sources</strong>", page).group(1))
    assert count >= MIN_SOURCES
    assert page.count("Cited in:") == count
    assert 'href="../scenarios/ad-click-prediction.html#references"' in page


def test_bibliography_and_matrix_follow_the_pages_they_are_built_from(tmp_path: Path) -> None:
    """One paper cited at two addresses is one source; a changed front-matter value changes the matrix."""
    project = fixture_project(tmp_path, "generated_pages")
    first = build(project / "site", project / "mkdocs.yml")
    assert first.ok, first.output
    bibliography = (project / "site" / "reference" / "bibliography.html").read_text(encoding="utf-8")
    assert "cites <strong>2 sources</strong>" in bibliography
    assert 'Cited in: <a href="../index.html#references">Fixture home</a>, ' \
           '<a href="../scenarios/alpha.html#references">Alpha scenario</a>' in bibliography
    matrix = (project / "site" / "reference" / "scenario-matrix.html").read_text(encoding="utf-8")
    assert "a deep cross network" in matrix and "40 ms" in matrix

    alpha = project / "docs" / "scenarios" / "alpha.md"
    alpha.write_text(alpha.read_text(encoding="utf-8").replace("latency_budget_ms: 40", "latency_budget_ms: 75"),
                     encoding="utf-8")
    second = build(project / "site", project / "mkdocs.yml")
    assert second.ok, second.output
    matrix = (project / "site" / "reference" / "scenario-matrix.html").read_text(encoding="utf-8")
    assert "75 ms" in matrix and "40 ms" not in matrix


def test_scenario_with_broken_front_matter_stops_the_build_naming_its_file(tmp_path: Path) -> None:
    project = fixture_project(tmp_path, "generated_pages")
    alpha = project / "docs" / "scenarios" / "alpha.md"
    alpha.write_text(alpha.read_text(encoding="utf-8").replace("task: calibrated click prediction\n", "")
                     .replace("serving: online", "serving: sometimes"), encoding="utf-8")
    result = build(project / "site", project / "mkdocs.yml")
    assert not result.ok
    assert "docs/scenarios/alpha.md:1: front matter is missing 'task'" in result.output
    assert "docs/scenarios/alpha.md:8: 'serving' is 'sometimes'" in result.output


def test_chapter_landing_pages_list_every_page_of_their_chapter(site_dir: Path) -> None:
    for chapter in ("foundations", "interview", "cheatsheets", "reference"):
        landing = (site_dir / chapter / "index.html").read_text(encoding="utf-8")
        pages = sorted(p.name for p in (site_dir / chapter).glob("*.html") if p.name != "index.html")
        assert pages, chapter
        for name in pages:
            assert re.search(rf'<td><a href="{re.escape(name)}">.+?</a></td>\s*<td>.+?</td>\s*<td>\d+ min</td>',
                             landing, re.S), (chapter, name)


def test_chapter_table_gives_reading_times_and_names_a_page_without_description(tmp_path: Path) -> None:
    project = fixture_project(tmp_path, "chapter_pages")
    result = build(project / "site", project / "mkdocs.yml")
    assert result.ok, result.output
    landing = (project / "site" / "part" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="one.html">Page one</a></td>\s*<td>The first page.*?</td>\s*<td>2 min</td>', landing, re.S)
    assert re.search(r'<a href="two.html">Page two</a></td>\s*<td>The second page.</td>\s*<td>1 min</td>', landing, re.S)

    two = project / "docs" / "part" / "two.md"
    two.write_text(two.read_text(encoding="utf-8").replace("description: The second page.\n", "title: Two\n"),
                   encoding="utf-8")
    result = build(project / "site", project / "mkdocs.yml")
    assert not result.ok
    assert "docs/part/two.md:1: a page listed on a chapter landing page needs a front-matter description" in result.output


def test_tooltips_appear_once_per_page_and_only_in_running_text(site_dir: Path) -> None:
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        titles = re.findall(r'<abbr title="([^"]*)">', html)
        assert len(titles) == len(set(titles)), page
        for tag in ("h1", "h2", "h3", "h4", "th", "summary"):
            for element in re.findall(rf"<{tag}[ >].*?</{tag}>", html, re.S):
                assert "<abbr" not in element, (page, element[:120])
    assert "<abbr" not in (site_dir / "reference" / "glossary.html").read_text(encoding="utf-8")


def test_tooltip_filter_keeps_the_first_use_in_running_text_only() -> None:
    tip = '<abbr title="Machine learning.">ML</abbr>'
    html = (f"<h2 id='x'>{tip} systems</h2><p>An <a href='#x'>{tip} link</a>, then {tip} in text,"
            f" and {tip} again.</p><table><tr><th>{tip}</th></tr><tr><td>{tip}</td></tr></table>"
            f"<details><summary>{tip}?</summary><p>Answer.</p></details><img src='a.png'><p><code>{tip}</code></p>")
    out = first_uses_only(html)
    assert out.count("<abbr") == 1
    assert f"then {tip} in text" in out
    assert "<h2 id='x'>ML systems</h2>" in out and "<th>ML</th>" in out and "<summary>ML?</summary>" in out
    assert first_uses_only(html, keep_any=False).count("<abbr") == 0
