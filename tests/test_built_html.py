"""The built-HTML check: internal links resolve, nothing loads off-site, citations are https."""

from __future__ import annotations

from pathlib import Path

from scripts.checks.links import check_site
from tests.projects import FIXTURES



def test_built_guide_has_no_broken_link_and_no_off_site_asset(site_dir: Path) -> None:
    report = check_site(site_dir)
    assert report.problems == []
    assert report.counts["pages"] >= 45
    assert report.counts["internal links"] >= 5000
    assert report.counts["fragments"] >= 2300
    assert report.counts["resources"] >= 520
    assert report.counts["external links"] >= 530


def test_html_check_names_file_and_line_of_each_fault() -> None:
    site = FIXTURES / "site_bad"
    report = check_site(site)
    expected = [
        f"{site}/index.html:5: <link> loads from off-site: https://cdn.example.com/theme.css",
        f"{site}/index.html:7: <script> loads from off-site: https://cdn.example.com/lib.js",
        f"{site}/index.html:8: CSS url() loads from off-site: https://images.example.com/bg.png",
        f"{site}/index.html:13: <a> links to 'missing.html', which does not exist in the built site",
        f"{site}/index.html:14: <a> links to 'other.html#absent', but that page has no id 'absent'",
        f"{site}/index.html:16: <a> external link 'http://example.org/paper' must use https://",
        f"{site}/index.html:17: <a> external link 'https://' is not a well-formed URL",
        f"{site}/index.html:19: <img> loads from off-site: //images.example.com/logo.png",
        f"{site}/index.html:20: <iframe> loads from off-site: https://video.example.com/embed",
        f"{site}/index.html:21: <a> links to the folder 'sub/', which breaks from file://; link the .html page",
        f"{site}/index.html:22: CSS url() loads from off-site: https://images.example.com/x.png",
        f"{site}/style.css:4: CSS url() loads from off-site: https://fonts.example.com/remote.woff2",
    ]
    assert sorted(report.problems) == sorted(expected)


def test_no_built_page_loads_mermaid_and_diagram_pages_load_the_diagram_font(site_dir: Path) -> None:
    assert not list(site_dir.rglob("mermaid*.js"))
    with_diagram = 0
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "mermaid.min.js" not in html and 'class="mermaid' not in html, page
        has_diagram = '<figure class="diagram"' in html
        assert ("diagram-font.css" in html) == has_diagram, page
        with_diagram += has_diagram
    assert with_diagram >= 34
