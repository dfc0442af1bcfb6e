"""Check yourself: every content page ends with a usable self-check, and the check names file and line."""

from __future__ import annotations

from scripts.checks import selfcheck
from scripts.guide.markdown import documents
from scripts.guide.pages import finished_pages
from tests.projects import FIXTURES

BAD = "tests/fixtures/selfcheck_bad/docs"


def test_every_content_page_has_a_check_yourself_section() -> None:
    report = selfcheck.check(finished_pages())
    assert report.problems == []
    assert report.counts["pages"] >= 34
    assert report.counts["questions"] >= 4 * report.counts["pages"]


def test_self_check_check_names_file_and_line_of_each_fault() -> None:
    report = selfcheck.check(documents(FIXTURES / "selfcheck_bad" / "docs"))
    expected = [
        f"{BAD}/framework/step.md:7: Check yourself must be the last section before References; 'Trade-offs'",
        f"{BAD}/framework/step.md:9: question 'A question with no answer?' has no answer",
        f"{BAD}/framework/step.md:11: the answer to 'A question whose answer links nowhere?' links nowhere",
        f"{BAD}/framework/step.md:14: the answer to 'A question whose answer links to a missing section?' "
        "links to #no-such-section, which is not an ID on framework/step.md",
        f"{BAD}/framework/step.md:17: the answer to 'A question whose answer links to a missing page?' "
        "links to ../foundations/missing.md, which is not a finished page",
        f"{BAD}/mlops/few.md:5: 1 questions in collapsible blocks; 4 to 8 needed",
        f"{BAD}/mlops/none.md:7: no Check yourself section",
        f"{BAD}/interview/question-bank.md:3: the section this question links opens with no paragraph",
    ]
    for message in expected:
        assert any(problem.startswith(message) for problem in report.problems), message
    assert len(report.problems) == len(expected)
    assert report.counts["pages"] == 4
