"""Search: works from file:// with the network cut, and finds what readers type, from disk and served."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from hooks import search_terms
from scripts.checks import search as check_search

SEARCH_INDEX_BUDGET_KB = 400


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


@pytest.mark.slow
def test_search_finds_what_readers_type_from_disk_and_served(site_dir: Path, browser: Browser) -> None:
    queries = check_search.read_queries()
    assert len(queries) >= 40
    for served in (False, True):
        report = check_search.check_queries(site_dir, browser, served=served)
        assert report.problems == []
        assert report.counts["hits"] == len(queries)


def test_search_finds_hyphen_free_american_and_abbreviated_forms(site_dir: Path, browser: Browser,
                                                                 tmp_path: Path) -> None:
    queries = tmp_path / "queries.txt"
    queries.write_text("tradeoffs | cheatsheets/trade-offs.html\nlabeling | mlops/labeling.html\n"
                       "question bank | interview/question-bank.html\ntypeahead | scenarios/query-autocomplete.html\n"
                       "no such page expected | nowhere.html\n", encoding="utf-8")
    report = check_search.check_queries(site_dir, browser, path=queries)
    assert report.counts["hits"] == 4
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"{queries}:5: search for 'no such page expected' (file://) shows")


def test_search_variants_cover_spelling_hyphens_and_synonyms() -> None:
    extra = search_terms.synonyms()
    added = search_terms.variants("<p>The trade-offs of labelling, the catalogue's behaviour, quantization "
                                  "and noise; click-through rate.</p>", extra).split()
    for word in ("tradeoffs", "labeling", "catalog", "behavior", "quantisation", "ctr"):
        assert word in added, word
    assert "noize" not in added and "trade" not in added


def test_search_index_stays_under_its_budget(site_dir: Path) -> None:
    index = (site_dir / "search" / "search_index.json").read_bytes()
    assert len(gzip.compress(index, compresslevel=6)) < SEARCH_INDEX_BUDGET_KB * 1024
