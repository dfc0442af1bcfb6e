"""Find the Mermaid diagrams in the guide's Markdown, with their line numbers."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

OPENING = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})[ \t]*mermaid\b")


@dataclass(frozen=True)
class Diagram:
    """One fenced Mermaid block: its file, the line of its opening fence and its source."""

    path: Path
    line: int
    source: str

    def file_line(self, offset: int = 0) -> str:
        """``file:line`` of the fence, or of diagram line ``offset`` (1-based) inside it."""
        return f"{self.path}:{self.line + offset}"


def is_closing(line: str, fence: str) -> bool:
    """Whether ``line`` closes a block opened with ``fence`` (same character, at least as long)."""
    stripped = line.strip()
    return len(stripped) >= len(fence) and set(stripped) == {fence[0]}


def diagrams_in(path: Path, display: Path | None = None) -> list[Diagram]:
    """Return every Mermaid block of one Markdown file, in order."""
    found: list[Diagram] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = OPENING.match(lines[index])
        index += 1
        if not match:
            continue
        start, fence = index, match["fence"]
        body: list[str] = []
        while index < len(lines) and not is_closing(lines[index], fence):
            body.append(lines[index])
            index += 1
        index += 1
        found.append(Diagram(display or path, start, textwrap.dedent("\n".join(body))))
    return found


def diagrams_under(folder: Path, relative_to: Path | None = None) -> list[Diagram]:
    """Return every Mermaid block of every Markdown file under ``folder``."""
    found: list[Diagram] = []
    for path in sorted(folder.rglob("*.md")):
        display = path.relative_to(relative_to) if relative_to else path
        found.extend(diagrams_in(path, display))
    return found
