"""Offline search: the home page opened from file:// with the network cut finds results."""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import Browser

from scripts.checks import search as check_search


def test_search_works_from_disk_with_the_network_cut(site_dir: Path, browser: Browser) -> None:
    report = check_search.check_site(site_dir, browser)
    assert report.problems == []
    assert report.counts["results"] >= 1


def test_search_check_fails_naming_the_page_when_the_inlined_index_is_missing(
    site_dir: Path, tmp_path: Path, browser: Browser
) -> None:
    broken = tmp_path / "site"
    shutil.copytree(site_dir, broken)
    (broken / "search" / "search_index.js").unlink()
    report = check_search.check_site(broken, browser, timeout_ms=3_000)
    assert report.counts["results"] == 0
    assert any(p.startswith(f"{broken}/index.html: search for 'framework' from file:// returned no results")
               for p in report.problems)


def test_diagram_source_stays_out_of_the_search_index(site_dir: Path) -> None:
    index = (site_dir / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "study plans" in index.lower()
    assert "accTitle" not in index and "flowchart" not in index


def test_reference_lists_stay_out_of_the_search_index(site_dir: Path) -> None:
    index = (site_dir / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '#references"' not in index, "a References section was indexed"
    assert '#serving"' in index
