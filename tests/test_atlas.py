"""The problem atlas: enough prompts, each on one shape, each linked into a walkthrough; the check names file and line."""

from __future__ import annotations

from scripts.checks import atlas
from scripts.guide.markdown import documents
from scripts.guide.pages import finished_pages
from tests.projects import FIXTURES

BAD = "tests/fixtures/atlas_bad/docs/scenarios/atlas.md"


def test_atlas_has_sixty_prompts_each_with_four_deltas_a_trap_and_a_walkthrough_link() -> None:
    report = atlas.check(finished_pages())
    assert report.problems == []
    assert report.counts["entries"] >= atlas.MIN_ENTRIES
    assert report.counts["families"] >= 9


def test_atlas_check_names_file_and_line_of_each_fault() -> None:
    report = atlas.check(documents(FIXTURES / "atlas_bad" / "docs"))
    expected = [
        f"{BAD}:21: entry #broken has no '- **Trap:**' line",
        f"{BAD}:23: links walk.md#no-such-section, which is not an ID on that page",
        f"{BAD}:23: links missing.md, which is not a finished walkthrough",
        f"{BAD}:29: entry 'No ID' has no explicit ID",
        f"{BAD}:21: entry #broken is missing from the table at a glance",
        f"{BAD}:8: the table at a glance lists #ghost, which is no entry",
        f"{BAD}:1: 3 entries; the atlas needs at least 60",
    ]
    for message in expected:
        assert any(problem.startswith(message) for problem in report.problems), (message, report.problems)
    assert len(report.problems) == len(expected), report.problems


def test_atlas_check_fails_when_the_atlas_is_missing() -> None:
    report = atlas.check([page for page in finished_pages() if not page.where.endswith(atlas.ATLAS)])
    assert report.problems == [f"docs/{atlas.ATLAS}:1: the atlas is not among the finished pages"]
