"""Tables on a phone: none clips its columns without a sign that it scrolls; comparison tables stack."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from scripts.checks import tables
from tests.projects import FIXTURES


@pytest.mark.slow
def test_no_table_clips_without_a_sign_at_phone_width(site_dir: Path, browser: Browser) -> None:
    report = tables.check_site(site_dir, browser)
    assert report.problems == []
    assert report.counts["tables"] >= 100


def test_comparison_tables_stack_and_wide_tables_show_they_scroll(site_dir: Path, browser: Browser) -> None:
    report = tables.check_site(site_dir, browser, ["cheatsheets/trade-offs.html", "scenarios/fraud-detection.html"])
    assert report.problems == []
    trade_offs = (site_dir / "cheatsheets" / "trade-offs.html").read_text(encoding="utf-8")
    assert '<table class="stacked">' in trade_offs and 'data-label="What tips it"' in trade_offs


def test_tables_check_names_the_page_and_table_of_each_fault(browser: Browser) -> None:
    site = FIXTURES / "tables_bad" / "pages"
    report = tables.check_site(site, browser)
    assert report.problems == [
        f"{site / 'index.html'}: table 2 is wider than a 390 px screen and shows no sign that it scrolls "
        "(no data-scrolls fade)",
        f"{site / 'index.html'}: table 3 should stack into cards at 390 px but scrolls sideways",
    ]
