"""Spelling: codespell finds nothing in the guide, and names file and line when it does."""

from __future__ import annotations

from scripts.checks import spelling as check_spelling
from scripts.guide.paths import DOCS, SPELLING_WORDS
from tests.projects import FIXTURES


def test_guide_has_no_misspelling() -> None:
    report = check_spelling.check(DOCS)
    assert report.problems == []
    assert report.counts["files"] == len(list(DOCS.rglob("*.md"))) >= 50


def test_spelling_check_names_file_and_line_of_each_misspelling() -> None:
    report = check_spelling.check(FIXTURES / "spelling_bad")
    assert report.counts["files"] == 1
    assert report.problems == [
        "tests/fixtures/spelling_bad/index.md:4: recieves ==> receives",
        "tests/fixtures/spelling_bad/index.md:4: teh ==> the",
    ]


def test_accepted_words_list_is_short_sorted_and_lower_case() -> None:
    words = SPELLING_WORDS.read_text(encoding="utf-8").split()
    assert words == sorted(set(words)) and all(w == w.lower() for w in words)
    assert len(words) <= 200
