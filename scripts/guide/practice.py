"""Practice questions as the guide's Markdown holds them: the Check yourself sections and follow-ups.

A question is a collapsible block (``??? question "Prompt?"``) whose answer
is the block's indented body. A class ``card-`` plus twelve hex digits after
the type (``??? question card-0123456789ab "Prompt?"``) pins the question's
card ID, so that a reworded question keeps a reader's progress. Which pages must carry a ``## Check yourself
{#check-yourself}`` section is defined here once: every framework,
foundations, MLOps and scenario page but the chapter index pages and the
atlas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scripts.guide.markdown import Document

SELF_CHECK = "check-yourself"
SELF_CHECK_CHAPTERS = ("framework/", "foundations/", "mlops/", "scenarios/")
NO_SELF_CHECK = ("scenarios/atlas.md",)
QUESTION = re.compile(r'^\?\?\?\+?\s+\w+(?P<classes>(?:\s+[\w-]+)*)\s+"(?P<prompt>[^"]*)"\s*$')
PINNED = re.compile(r"\bcard-(?P<id>[0-9a-f]{12})\b")
LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


@dataclass(frozen=True)
class Question:
    """One collapsible question: the line of its ``???`` opener, its prompt, its answer's Markdown, its pinned ID.

    ``pinned`` is the card ID its ``card-`` class gives, or "" without one.
    """

    line: int
    prompt: str
    answer: str
    pinned: str = ""

    @property
    def links(self) -> list[str]:
        """The targets of the Markdown links in the answer, in order."""
        return [match["target"] for match in LINK.finditer(self.answer)]


def needs_self_check(src_uri: str) -> bool:
    """Whether a page (``chapter/page.md``, relative to ``docs/``) must have a Check yourself section."""
    return (src_uri.startswith(SELF_CHECK_CHAPTERS) and not src_uri.endswith("/index.md")
            and src_uri not in NO_SELF_CHECK)


def questions(page: Document, section: str) -> list[Question]:
    """The collapsible questions of the page's second-level section ``section``, with their answers.

    An answer is the block's lines indented by four spaces (blank lines
    included); the first line indented less ends it.
    """
    found: list[tuple[int, str, str, list[str]]] = []
    inside = False
    for number, line in page.section_lines(section):
        match = QUESTION.match(line)
        if match:
            pinned = PINNED.search(match["classes"])
            found.append((number, match["prompt"], pinned["id"] if pinned else "", []))
            inside = True
        elif inside and (line.startswith("    ") or not line.strip()):
            found[-1][3].append(line[4:])
        else:
            inside = False
    return [Question(number, prompt, "\n".join(body).strip(), pinned) for number, prompt, pinned, body in found]


TIMELINE_PAGE = "framework/index.md"
TIMELINE_SECTION = "timeline"
GANTT_TASK = re.compile(r"^\s*(?P<name>[^:%]+?)\s*:\s*[^,]+,\s*(?:after \w+|\d+)\s*,\s*(?P<minutes>\d+)m\s*$")


@dataclass(frozen=True)
class Phase:
    """One block of the interview timeline: its name and its minutes from the start."""

    name: str
    start: int
    end: int


def timeline_phases(framework: Document) -> list[Phase]:
    """The phases of the 45-minute timeline, read from the gantt chart of the framework's timeline section."""
    level2 = [heading.line for heading in framework.headings if heading.level == 2]
    begin = next((h.line for h in framework.headings if h.anchor == TIMELINE_SECTION), None)
    if begin is None:
        return []
    end = next((line for line in level2 if line > begin), len(framework.lines) + 1)
    gantt = next((d for d in framework.diagrams if begin < d.line < end and "gantt" in d.source), None)
    if gantt is None:
        return []
    phases: list[Phase] = []
    for line in gantt.source.splitlines():
        match = GANTT_TASK.match(line)
        if match:
            start = phases[-1].end if phases else 0
            phases.append(Phase(match["name"], start, start + int(match["minutes"])))
    return phases
