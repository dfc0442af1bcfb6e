"""Accessibility: axe-core finds no serious or critical violation; the check names the page and the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from scripts.checks import accessibility
from tests.projects import FIXTURES


def test_home_page_has_no_serious_violation_in_either_palette(site_dir: Path, browser: Browser) -> None:
    report = accessibility.check_site(site_dir, browser, accessibility.QUICK_PAGES, accessibility.WIDTHS[:1],
                                      interactive=False)
    assert report.problems == []
    assert report.counts["page views"] == len(accessibility.PALETTES)


@pytest.mark.slow
def test_main_pages_and_interactive_states_have_no_serious_violation_in_both_palettes_at_both_widths(
        site_dir: Path, browser: Browser) -> None:
    report = accessibility.check_site(site_dir, browser)
    assert report.problems == []
    states = len(accessibility.PAGES) + len(accessibility.INTERACTIVE)
    expected = states * len(accessibility.PALETTES) * len(accessibility.WIDTHS)
    assert report.counts["page views"] == expected


def test_accessibility_check_names_page_and_rule_of_each_fault(browser: Browser) -> None:
    site = FIXTURES / "accessibility_bad" / "pages"
    report = accessibility.check_site(site, browser, ("index.html", "missing.html"), (1280,), interactive=False)
    where = f"{site / 'index.html'} [light 1280px]"
    for rule in ("button-name (critical)", "link-in-text-block (serious)", "scrollable-region-focusable (serious)"):
        assert any(problem.startswith(f"{where}: {rule}") for problem in report.problems), (rule, report.problems)
    assert f"{site / 'missing.html'}:1: page missing from the built site" in report.problems


def test_accessibility_check_fails_without_a_built_site(tmp_path: Path, browser: Browser) -> None:
    report = accessibility.check_site(tmp_path / "site", browser)
    assert report.problems and report.counts["page views"] == 0
