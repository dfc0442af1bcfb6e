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

from scripts.guide.markdown import Document
from scripts.guide.paths import DOCS
from scripts.guide.scenario import SECTION_IDS, is_walkthrough, schema_problems

MIN_DIAGRAMS, MIN_FOLLOW_UPS, MIN_REFERENCES = 3, 6, 4
FOLLOW_UP = re.compile(r"^\?\?\?\+?\s+\w+")


@dataclass
class Report:
    """Pages checked and the problems found."""

    pages: int = 0
    problems: list[str] = field(default_factory=list)


def body_problems(page: Document) -> list[str]:
    """Check sections, heading IDs, follow-ups and references of the page body."""
    where = page.where
    problems: list[str] = []
    sections: list[tuple[str, int]] = []
    for heading in page.headings:
        if heading.level == 2:
            if heading.anchor is None:
                problems.append(f"{where}:{heading.line}: section '{heading.title}' has no explicit ID")
            sections.append((heading.anchor or "", heading.line))
        elif heading.level == 3 and heading.anchor is None:
            problems.append(f"{where}:{heading.line}: heading '{heading.title}' has no explicit ID")
    follow_ups = sum(1 for _, line in page.section_lines("follow-ups") if FOLLOW_UP.match(line))
    references = len(page.section_items("references"))
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


def check_page(page: Document) -> list[str]:
    """Every template problem of one scenario page."""
    problems = schema_problems(page)
    problems += body_problems(page)
    if len(page.diagrams) < MIN_DIAGRAMS:
        problems.append(f"{page.where}:1: {len(page.diagrams)} Mermaid diagrams; at least {MIN_DIAGRAMS} needed")
    return problems


def check(folder: Path) -> Report:
    """Check every scenario walkthrough in ``folder`` (a ``scenarios/`` folder)."""
    report = Report()
    for path in sorted(folder.glob("*.md")):
        if not is_walkthrough(f"scenarios/{path.name}"):
            continue
        report.pages += 1
        report.problems += check_page(Document.read(path))
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
