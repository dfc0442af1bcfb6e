"""MkDocs hook: a glossary tooltip once per page, at the term's first use in running text.

The ``abbr`` extension marks every occurrence of every glossary term, which
underlines a dozen words per screen, puts tooltips in headings and links,
and makes glossary entries underline themselves. This hook keeps the first
``<abbr>`` of each definition on a page that sits in running text, and
unwraps the rest to plain text: occurrences inside headings, table headers,
links, code, question summaries and captions never keep one, and the
glossary page keeps none (it is the definitions).
"""

from __future__ import annotations

from html.parser import HTMLParser

from mkdocs.structure.pages import Page

from hooks.generated_pages import GLOSSARY

NOT_RUNNING_TEXT = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "th", "a", "code", "summary",
                              "caption", "figcaption", "title"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr"})


class _Abbreviations(HTMLParser):
    """Finds each ``<abbr>`` element: its span in the text, its title, and whether it is in running text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0]
        for line in html.splitlines(keepends=True):
            self._line_starts.append(self._line_starts[-1] + len(line))
        self._stack: list[str] = []
        self._open: list[tuple[int, int, str, bool]] = []
        self.found: list[tuple[int, int, int, int, str, bool]] = []
        self.feed(html)
        self.close()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "abbr":
            start = self._offset()
            raw = self.get_starttag_text() or ""
            running = not NOT_RUNNING_TEXT.intersection(self._stack)
            self._open.append((start, start + len(raw), dict(attrs).get("title") or "", running))
        if tag not in VOID:
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "abbr" and self._open:
            start, inner_start, title, running = self._open.pop()
            inner_end = self._offset()
            self.found.append((start, inner_start, inner_end, inner_end + len("</abbr>"), title, running))
        if tag in self._stack:
            while self._stack.pop() != tag:
                pass


def first_uses_only(html: str, keep_any: bool = True) -> str:
    """``html`` with every ``<abbr>`` unwrapped except the first in running text for each definition."""
    seen: set[str] = set()
    pieces: list[str] = []
    position = 0
    for start, inner_start, inner_end, end, title, running in sorted(_Abbreviations(html).found):
        if start < position:
            continue
        if keep_any and running and title not in seen:
            seen.add(title)
            continue
        pieces += [html[position:start], html[inner_start:inner_end]]
        position = end
    return "".join(pieces) + html[position:]


def on_page_content(html: str, page: Page, **_: object) -> str:
    """Keep one tooltip per term on each page, and none on the glossary itself."""
    return first_uses_only(html, keep_any=page.file.src_uri != GLOSSARY)
