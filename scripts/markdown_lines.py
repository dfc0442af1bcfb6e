"""Lines of the guide's Markdown outside fenced code blocks, and the headings among them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
HEADING = re.compile(r"^(#{1,6})\s+(?P<title>.*?)\s*(?:\{[^}]*#(?P<id>[\w-]+)[^}]*\})?\s*$")


@dataclass(frozen=True)
class Heading:
    """One Markdown heading: its line, level, explicit ID (if any) and title."""

    line: int
    level: int
    anchor: str | None
    title: str


def prose_lines(lines: list[str], start: int = 0) -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, line) for lines from ``start`` that are not inside a code fence."""
    fence = None
    for number, line in enumerate(lines[start:], start=start + 1):
        opening = FENCE.match(line)
        if opening:
            fence = None if fence and line.strip().startswith(fence) else (fence or opening.group(1))
            continue
        if fence is None:
            yield number, line


def headings(lines: list[str], start: int = 0) -> list[Heading]:
    """The headings among ``lines`` outside code fences."""
    found = []
    for number, line in prose_lines(lines, start):
        match = HEADING.match(line)
        if match:
            found.append(Heading(number, len(match.group(1)), match["id"], match["title"]))
    return found


def file_headings(path: Path) -> list[Heading]:
    """The headings of one Markdown file."""
    return headings(path.read_text(encoding="utf-8").splitlines())
