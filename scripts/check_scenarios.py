"""Scenario structure check: every walkthrough follows the template in CONTENT_SPEC.md.

For each page in ``docs/scenarios/`` other than ``index.md``:

* front matter has every key of the scenario schema, with its type and
  allowed values;
* the fourteen second-level sections appear, each once, in template order,
  with their explicit IDs; third-level headings carry explicit IDs too;
* at least three Mermaid diagrams, at least six follow-up questions in
  collapsible blocks inside ``#follow-ups``, at least four references.

Problems are reported as ``file:line: message``.
Usage: ``python -m scripts.check_scenarios [folder]`` (default ``docs/scenarios``).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from scripts.markdown_lines import headings, prose_lines
from scripts.mermaid_blocks import diagrams_in
from scripts.paths import DOCS, ROOT

SECTION_IDS = [
    "prompt", "requirements", "framing", "architecture", "data", "features", "model",
    "training", "evaluation", "serving", "monitoring", "follow-ups", "trade-offs", "references",
]
FAMILIES = (  # in the order of the site map and of scenarios/index.md
    "recommendation and feeds", "ads", "search and retrieval", "vision, integrity and risk", "forecasting",
)
STRING_KEYS = ("task", "baseline", "production_model")
LIST_KEYS = ("offline_metrics", "online_metrics")
CHOICES = {"family": FAMILIES, "difficulty": {"core", "advanced"}, "serving": {"online", "batch", "hybrid"}}
MIN_DIAGRAMS, MIN_FOLLOW_UPS, MIN_REFERENCES = 3, 6, 4

FOLLOW_UP = re.compile(r"^\?\?\?\+?\s+\w+")
REFERENCE_ITEM = re.compile(r"^(?:[-*]|\d+\.)\s+\S")


@dataclass
class Report:
    """Pages checked and the problems found."""

    pages: int = 0
    problems: list[str] = field(default_factory=list)


def front_matter(lines: list[str]) -> tuple[dict[str, object], dict[str, int], int]:
    """Parse front matter; return its data, the line of each key, and the line where the body starts."""
    if not lines or lines[0].strip() != "---":
        return {}, {}, 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        return {}, {}, 0
    data = yaml.safe_load("\n".join(lines[1:end])) or {}
    key_lines = {}
    for number, line in enumerate(lines[1:end], start=2):
        match = re.match(r"^([\w-]+):", line)
        if match:
            key_lines[match.group(1)] = number
    return (data if isinstance(data, dict) else {}), key_lines, end + 1


def schema_problems(where: str, data: dict[str, object], key_lines: dict[str, int]) -> list[str]:
    """Check the front matter against the scenario schema."""
    problems = []

    def at(key: str) -> str:
        return f"{where}:{key_lines.get(key, 1)}"

    for key, allowed in CHOICES.items():
        if key not in data:
            problems.append(f"{where}:1: front matter is missing '{key}'")
        elif data[key] not in allowed:
            problems.append(f"{at(key)}: '{key}' is {data[key]!r}; allowed: {', '.join(sorted(allowed))}")
    for key in STRING_KEYS:
        if key not in data:
            problems.append(f"{where}:1: front matter is missing '{key}'")
        elif not isinstance(data[key], str) or not data[key].strip():
            problems.append(f"{at(key)}: '{key}' must be a non-empty string")
    for key in LIST_KEYS:
        value = data.get(key)
        if key not in data:
            problems.append(f"{where}:1: front matter is missing '{key}'")
        elif not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            problems.append(f"{at(key)}: '{key}' must be a non-empty list of strings")
    budget = data.get("latency_budget_ms")
    if "latency_budget_ms" not in data:
        problems.append(f"{where}:1: front matter is missing 'latency_budget_ms'")
    elif not isinstance(budget, int) or isinstance(budget, bool) or budget <= 0:
        problems.append(f"{at('latency_budget_ms')}: 'latency_budget_ms' must be a positive integer")
    return problems


def body_problems(where: str, lines: list[str], start: int) -> list[str]:
    """Check sections, heading IDs, follow-ups and references of the page body."""
    problems: list[str] = []
    sections: list[tuple[str, int]] = []
    for heading in headings(lines, start):
        if heading.level == 2:
            if heading.anchor is None:
                problems.append(f"{where}:{heading.line}: section '{heading.title}' has no explicit ID")
            sections.append((heading.anchor or "", heading.line))
        elif heading.level == 3 and heading.anchor is None:
            problems.append(f"{where}:{heading.line}: heading '{heading.title}' has no explicit ID")
    follow_ups = references = 0
    current = None
    starts = dict((number, section) for section, number in sections)
    for number, line in prose_lines(lines, start):
        current = starts.get(number, current)
        if current == "follow-ups" and FOLLOW_UP.match(line):
            follow_ups += 1
        if current == "references" and REFERENCE_ITEM.match(line):
            references += 1
    found = [section for section, _ in sections if section in SECTION_IDS]
    lines_of = {section: number for section, number in sections}
    for section in SECTION_IDS:
        if section not in lines_of:
            previous = SECTION_IDS[SECTION_IDS.index(section) - 1] if section != SECTION_IDS[0] else None
            after = f" after #{previous} (line {lines_of[previous]})" if previous in lines_of else ""
            line = lines_of.get(previous, 1) if previous else 1
            problems.append(f"{where}:{line}: section #{section} is missing; it belongs{after or ' first'}")
    expected = [section for section in SECTION_IDS if section in found]
    for position, section in enumerate(found):
        if section != expected[position]:
            problems.append(
                f"{where}:{lines_of[section]}: section #{section} is out of order; "
                f"the template puts #{expected[position]} here"
            )
            break
    if follow_ups < MIN_FOLLOW_UPS:
        problems.append(f"{where}:{lines_of.get('follow-ups', 1)}: {follow_ups} follow-up questions in "
                        f"collapsible blocks; at least {MIN_FOLLOW_UPS} needed")
    if references < MIN_REFERENCES:
        problems.append(f"{where}:{lines_of.get('references', 1)}: {references} references; "
                        f"at least {MIN_REFERENCES} needed")
    return problems


def check_page(path: Path) -> list[str]:
    """Every template problem of one scenario page."""
    where = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    lines = path.read_text(encoding="utf-8").splitlines()
    data, key_lines, start = front_matter(lines)
    problems = schema_problems(where, data, key_lines)
    problems += body_problems(where, lines, start)
    diagrams = len(diagrams_in(path))
    if diagrams < MIN_DIAGRAMS:
        problems.append(f"{where}:1: {diagrams} Mermaid diagrams; at least {MIN_DIAGRAMS} needed")
    return problems


def check(folder: Path) -> Report:
    """Check every scenario page in ``folder``."""
    report = Report()
    for path in sorted(folder.glob("*.md")):
        if path.name == "index.md":
            continue
        report.pages += 1
        report.problems += check_page(path)
    return report


def main() -> None:
    """Check the folder given (default ``docs/scenarios``); exit non-zero on any problem."""
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else DOCS / "scenarios"
    report = check(folder)
    print("\n".join(report.problems))
    print(f"{report.pages} scenario pages checked; {len(report.problems)} problems")
    sys.exit(1 if report.problems else 0)


if __name__ == "__main__":
    main()
