"""The one reader of the guide's Markdown: fences, prose lines, headings, front matter, diagrams.

The fence scanner follows CommonMark: a fence opens with three or more
backticks or tildes (a backtick fence's info string holds no backtick); it
closes only on a line of the same character, at least as long, with nothing
after it but spaces. Everything between is code, so a ``## heading`` or a
``mermaid`` fence shown inside a longer fence is neither a heading nor a
diagram. Fences may be indented (inside admonitions and lists, as
pymdownx.superfences allows).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from scripts.guide.paths import display

OPENING = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
HEADING = re.compile(r"^(#{1,6})\s+(?P<title>.*?)\s*(?:\{(?P<attrs>[^}]*)\})?\s*$")
EXPLICIT_ID = re.compile(r"(?:^|\s)#(?P<id>[\w-]+)")
LIST_ITEM = re.compile(r"^(?:[-*]|\d+\.)\s+\S")
KEY_LINE = re.compile(r"^([\w-]+):")


@dataclass(frozen=True)
class Fence:
    """One fenced code block: the lines of its opening and closing fences, its language and its body."""

    line: int
    end: int
    language: str
    indent: int
    body: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    """One Markdown heading: its line, level, explicit ID (if any) and title."""

    line: int
    level: int
    anchor: str | None
    title: str


@dataclass(frozen=True)
class Diagram:
    """One fenced Mermaid block: its file (as messages show it), the line of its opening fence, its source."""

    path: str
    line: int
    source: str

    def file_line(self, offset: int = 0) -> str:
        """``file:line`` of the fence, or of diagram line ``offset`` (1-based) inside it."""
        return f"{self.path}:{self.line + offset}"


@dataclass
class FrontMatter:
    """A page's YAML front matter: its data, the line of each key, where the body starts, any error."""

    data: dict[str, object] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)
    body_start: int = 0
    error: str | None = None


def _closes(line: str, fence: str) -> bool:
    """Whether ``line`` closes a block opened with ``fence`` (same character, at least as long, nothing after)."""
    stripped = line.strip()
    return len(stripped) >= len(fence) and set(stripped) == {fence[0]}


def scan_fences(lines: list[str], start: int = 0) -> list[Fence]:
    """Every fenced code block of ``lines`` from index ``start``; an unclosed fence runs to the end."""
    fences: list[Fence] = []
    index = start
    while index < len(lines):
        match = OPENING.match(lines[index])
        index += 1
        if not match or (match["fence"][0] == "`" and "`" in match["info"]):
            continue
        opened, fence = index, match["fence"]
        while index < len(lines) and not _closes(lines[index], fence):
            index += 1
        info = match["info"].strip().lstrip("{.").split()
        language = info[0].rstrip("}") if info else ""
        fences.append(Fence(opened, index + 1, language, len(match["indent"].expandtabs(4)),
                            tuple(lines[opened:index])))
        index += 1
    return fences


def parse_front_matter(lines: list[str]) -> FrontMatter:
    """The front matter between ``---`` lines at the top of a page; malformed YAML is reported, not raised."""
    if not lines or lines[0].strip() != "---":
        return FrontMatter()
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in {"---", "..."}), None)
    if end is None:
        return FrontMatter(error="1: front matter opened with '---' is never closed; add a '---' line after it")
    try:
        data = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return FrontMatter(body_start=end + 1, error=f"{line}: front matter is not valid YAML: {problem}")
    if not isinstance(data, dict):
        return FrontMatter(body_start=end + 1, error="2: front matter must be a mapping of keys to values")
    key_lines = {}
    for number, line in enumerate(lines[1:end], start=2):
        match = KEY_LINE.match(line)
        if match:
            key_lines[match.group(1)] = number
    return FrontMatter(data, key_lines, end + 1)


class Document:
    """One Markdown page of the guide, read once, with everything the checks and hooks need of it."""

    def __init__(self, text: str, where: str) -> None:
        self.where = where
        self.lines = text.splitlines()

    @classmethod
    def read(cls, path: Path, root: Path | None = None) -> Document:
        """Read ``path``; messages name it relative to ``root`` (default: the repository)."""
        where = display(path, root) if root else display(path)
        return cls(path.read_text(encoding="utf-8"), where)

    @cached_property
    def front_matter(self) -> FrontMatter:
        """The page's front matter (empty when it has none)."""
        return parse_front_matter(self.lines)

    @cached_property
    def fences(self) -> list[Fence]:
        """Every fenced code block after the front matter."""
        return scan_fences(self.lines, self.front_matter.body_start)

    def prose_lines(self) -> Iterator[tuple[int, str]]:
        """(1-based line number, line) of every body line outside a code fence."""
        code = {n for f in self.fences for n in range(f.line, f.end + 1)}
        for number, line in enumerate(self.lines[self.front_matter.body_start:],
                                      start=self.front_matter.body_start + 1):
            if number not in code:
                yield number, line

    @cached_property
    def headings(self) -> list[Heading]:
        """The headings outside code fences, with their explicit IDs."""
        found = []
        for number, line in self.prose_lines():
            match = HEADING.match(line)
            if match:
                explicit = EXPLICIT_ID.search(match["attrs"] or "")
                found.append(Heading(number, len(match.group(1)), explicit["id"] if explicit else None,
                                     match["title"]))
        return found

    @property
    def title(self) -> str | None:
        """The first first-level heading's title."""
        return next((h.title for h in self.headings if h.level == 1), None)

    @cached_property
    def diagrams(self) -> list[Diagram]:
        """Every fenced ``mermaid`` block, in order."""
        return [Diagram(self.where, fence.line, textwrap.dedent("\n".join(fence.body)))
                for fence in self.fences if fence.language == "mermaid"]

    def section_lines(self, anchor: str) -> Iterator[tuple[int, str]]:
        """Prose lines of the second-level section with ID ``anchor`` (nothing when there is none)."""
        level2 = [h for h in self.headings if h.level == 2]
        begin = next((h.line for h in level2 if h.anchor == anchor), None)
        if begin is None:
            return
        end = next((h.line for h in level2 if h.line > begin), len(self.lines) + 1)
        for number, line in self.prose_lines():
            if begin < number < end:
                yield number, line

    def section_items(self, anchor: str) -> list[tuple[int, str]]:
        """(line, text) of each list item in section ``anchor``, continuation lines joined on."""
        items: list[tuple[int, str]] = []
        for number, line in self.section_lines(anchor):
            if LIST_ITEM.match(line):
                items.append((number, line.split(None, 1)[1].strip()))
            elif items and line.startswith((" ", "\t")) and line.strip():
                items[-1] = (items[-1][0], items[-1][1] + " " + line.strip())
        return items


def documents(folder: Path, root: Path | None = None) -> list[Document]:
    """Every Markdown page under ``folder``, by path."""
    return [Document.read(path, root) for path in sorted(folder.rglob("*.md"))]
