"""Scenario structure check: every walkthrough follows the template in CONTENT_SPEC.md.

For each finished page in ``docs/scenarios/`` other than ``index.md`` (drafts
are left out, as the build leaves them out):

* front matter has every key of the scenario schema, with its type and
  allowed values;
* the fifteen second-level sections appear, each once, in template order,
  with their explicit IDs; third-level headings carry explicit IDs too;
* at least three Mermaid diagrams, at least six follow-up questions in
  collapsible blocks inside ``#follow-ups``, at least four references.

Problems are reported as ``file:line: message``.
Usage: ``python -m scripts.checks.scenarios``.
"""

from __future__ import annotations

import re

from scripts.guide.markdown import Document
from scripts.guide.pages import walkthroughs
from scripts.guide.report import Report, finish
from scripts.guide.scenario import SECTION_IDS, schema_problems

MIN_DIAGRAMS, MIN_FOLLOW_UPS, MIN_REFERENCES = 3, 6, 4
FOLLOW_UP = re.compile(r"^\?\?\?\+?\s+\w+")


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


def check(pages: list[Document]) -> Report:
    """Check each of ``pages`` as a scenario walkthrough."""
    report = Report()
    report.counts["scenario pages"] = len(pages)
    for page in pages:
        report.problems += check_page(page)
    return report


def main() -> None:
    """Check the finished walkthroughs; exit non-zero on any problem."""
    finish(check(walkthroughs()))


if __name__ == "__main__":
    main()
