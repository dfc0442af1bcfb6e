"""The one check report: a summary line, and a run that fails on a problem or when nothing was looked at."""

from __future__ import annotations

import pytest

from scripts.guide.report import Report, finish


def test_summary_names_what_was_looked_at_in_order() -> None:
    report = Report()
    report.counts.update({"pages": 2, "links": 5})
    report.problems.append("docs/a.md:3: broken")
    assert report.summary() == "2 pages, 5 links; 1 problems"


@pytest.mark.parametrize(("counts", "problems", "code"), [
    ({"pages": 2}, [], 0),
    ({"pages": 2}, ["docs/a.md:3: broken"], 1),
    ({"pages": 0}, [], 1),
    ({}, [], 1),
])
def test_a_check_fails_on_a_problem_or_when_it_looked_at_nothing(
    counts: dict[str, int], problems: list[str], code: int, capsys: pytest.CaptureFixture[str],
) -> None:
    report = Report()
    report.counts.update(counts)
    report.problems += problems
    with pytest.raises(SystemExit) as stopped:
        finish(report)
    assert stopped.value.code == code
    assert capsys.readouterr().out.splitlines()[:len(problems)] == problems
