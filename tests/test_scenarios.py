"""Scenario structure: every walkthrough follows the template, and the check names file and line of each fault."""

from __future__ import annotations

from scripts.checks import scenarios as check_scenarios
from scripts.guide.markdown import Document
from scripts.guide.pages import walkthroughs
from scripts.guide.scenario import schema_problems
from tests.projects import FIXTURES

BAD = "tests/fixtures/scenarios_bad/bad-scenario.md"


def test_every_scenario_follows_the_template() -> None:
    pages = walkthroughs()
    report = check_scenarios.check(pages)
    assert report.problems == []
    assert report.counts["scenario pages"] == len(pages) >= 9


def test_scenario_check_names_file_and_line_of_each_fault() -> None:
    report = check_scenarios.check([Document.read(FIXTURES / "scenarios_bad" / "bad-scenario.md")])
    assert report.counts["scenario pages"] == 1
    expected = [
        f"{BAD}:2: 'family' is 'video'; allowed:",
        f"{BAD}:3: 'difficulty' is 'hard'; allowed: core, advanced",
        f"{BAD}:5: 'baseline' must be a non-empty string",
        f"{BAD}:7: 'offline_metrics' must be a non-empty list of strings",
        f"{BAD}:1: front matter is missing 'latency_budget_ms'",
        f"{BAD}:31: heading 'A subsection without an ID' has no explicit ID",
        f"{BAD}:24: section #data is missing; it belongs after #architecture (line 24)",
        f"{BAD}:22: section #features is out of order; the template puts #architecture here",
        f"{BAD}:43: 2 follow-up questions in collapsible blocks; at least 6 needed",
        f"{BAD}:55: 2 references; at least 4 needed",
        f"{BAD}:1: 1 Mermaid diagrams; at least 3 needed",
    ]
    for message in expected:
        assert any(problem.startswith(message) for problem in report.problems), message
    assert len(report.problems) == len(expected)


def test_generative_ai_is_a_family_and_its_misspelling_is_not() -> None:
    bad = (FIXTURES / "scenarios_bad" / "bad-scenario.md").read_text(encoding="utf-8")
    genai = Document(bad.replace("family: video", "family: generative AI"), "genai.md")
    assert not any("'family'" in problem for problem in schema_problems(genai))
    misspelt = Document(bad.replace("family: video", "family: generative ai"), "genai.md")
    assert "genai.md:2: 'family' is 'generative ai'; allowed:" in " ".join(schema_problems(misspelt))
