"""The practice deck: one card per question of the guide, built from the sources so it cannot drift.

Three sources, in the guide's reading order:

* every ``## Check yourself {#check-yourself}`` question (its back is the
  written answer);
* every scenario's follow-up question (``#follow-ups``; its back is the
  written answer);
* every question of the question bank (``interview/question-bank.md``; its
  back is the opening paragraph of the section it links to, read from that
  section's Markdown at build time).

A card's ID is its page and its prompt reduced to lower-case letters and
digits, so fixing punctuation or capitals keeps a reader's progress on it.
Rewording a question makes it a new card unless the question pins its ID:
a ``card-<12 hex digits>`` class on a collapsible question
(``??? question card-0123456789ab "..."``), or a ``<!-- card-... -->``
comment ending a question-bank line. ``python -m scripts.guide.deck PAGE``
prints the IDs of a page's cards to pin. A question-bank line may be
followed by a short answer of its own (an indented ``??? success "Short
answer"`` block), which backs the card instead of the section's opening.
Each card names the section that teaches it (``page.html#id``), which every
export ends the card with.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from scripts.guide.markdown import Document
from scripts.guide.pages import finished_pages
from scripts.guide.paths import CONFIG, display
from scripts.guide.practice import PINNED, SELF_CHECK, needs_self_check, questions
from scripts.guide.scenario import is_walkthrough

QUESTION_BANK = "interview/question-bank.md"
BANK_ITEM = re.compile(r"^- (?P<prompt>.+?) → \[(?P<title>[^\]]+)\]\((?P<target>[^)\s]+)\)"
                       r"\s*(?:<!--\s*(?P<pin>card-[0-9a-f]{12})\s*-->)?\s*$")
NO_ANSWER = "The section below answers it."
SHORT_ANSWER = re.compile(r'^    \?\?\?\+?\s+\w+\s+"Short answer"\s*$')
NOT_PROSE = re.compile(r"^\s*(?:[!?]{3}|\||```|~~~|<|#|\{)")
LIST_START = re.compile(r"^(?:[-*]|\d+\.) \S")
CHAPTERS = {
    "framework": "Framework", "foundations": "Foundations", "mlops": "MLOps platform",
    "scenarios": "Scenarios", "interview": "Interview",
}


@dataclass(frozen=True)
class Card:
    """One flashcard: its stable ID, chapter, kind, prompt, answer (Markdown), the section that teaches it.

    ``title`` names that section where the source names it (the question
    bank's "page · section"), and is empty otherwise.
    """

    id: str
    chapter: str
    kind: str
    prompt: str
    answer: str
    section: str
    source: str
    title: str = ""

    @property
    def source_uri(self) -> str:
        """The path, relative to ``docs/``, of the page the card was written on."""
        return self.source.split("docs/", 1)[-1].rsplit(":", 1)[0]


def relative_url(built: str, page_url: str) -> str:
    """``built`` (a path from the site root) as a link from the built page ``page_url``."""
    path, _, anchor = built.partition("#")
    relative = posixpath.relpath(path, posixpath.dirname(page_url) or ".")
    return relative + (f"#{anchor}" if anchor else "")


def rebase_links(text: str, written_on: str, shown_on: str, *, to_html: bool = False) -> str:
    """Markdown ``text`` written on page ``written_on`` with its relative links rewritten for page ``shown_on``.

    Both pages are paths from ``docs/``. With ``to_html`` the links point at
    the built pages (``page.html#id``) and ``shown_on`` is a built page too.
    """

    def rewrite(match: re.Match[str]) -> str:
        target = match["target"]
        if "://" in target or target.startswith("mailto:"):
            return match[0]
        path, _, anchor = target.partition("#")
        uri = linked_page(written_on, path)
        if to_html:
            uri = uri.removesuffix(".md") + ".html"
        return f"]({relative_url(uri + ('#' + anchor if anchor else ''), shown_on)})"

    return re.sub(r"\]\((?P<target>[^)\s]+)\)", rewrite, text)


def linked_page(written_on: str, path: str) -> str:
    """The page (a path from ``docs/``) that a link's ``path`` written on ``written_on`` names."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(written_on), path)) if path else written_on


def uri_of(page: Document) -> str:
    """The page's path relative to ``docs/``."""
    return page.where.split("docs/", 1)[-1]


def card_id(uri: str, prompt: str) -> str:
    """A stable ID from the page and the prompt's letters and digits."""
    letters = re.sub(r"[^a-z0-9]+", "", prompt.casefold())
    return hashlib.sha1(f"{uri}\n{letters}".encode()).hexdigest()[:12]


def built(uri: str, target: str) -> str:
    """The built ``page.html#id`` of a link ``target`` written on the page ``uri``."""
    path, _, anchor = target.partition("#")
    return linked_page(uri, path).removesuffix(".md") + ".html" + (f"#{anchor}" if anchor else "")


def blocks_under(page: Document, anchor: str) -> list[list[str]]:
    """The runs of non-blank prose lines between the heading with ID ``anchor`` and the next heading."""
    start = next((h for h in page.headings if h.anchor == anchor), None)
    if start is None:
        return []
    blocks: list[list[str]] = [[]]
    for number, line in page.prose_lines():
        if number <= start.line:
            continue
        if line.startswith("#"):
            break
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def opening_text(page: Document, anchor: str) -> str:
    """The opening of a section as a card's back: its first paragraph, with the list it introduces.

    Admonitions, tables and code are passed over; a section that opens with
    a list gives that list; a paragraph ending in a colon brings the list
    that follows it. "" when the section has neither.
    """
    blocks = [block for block in blocks_under(page, anchor)
              if not block[0].startswith((" ", "\t")) and not NOT_PROSE.match(block[0]) or LIST_START.match(block[0])]
    if not blocks:
        return ""
    first = blocks[0]
    if LIST_START.match(first[0]):
        return "\n".join(first)
    text = " ".join(line.strip() for line in first)
    if text.endswith(":") and len(blocks) > 1 and LIST_START.match(blocks[1][0]):
        text += "\n\n" + "\n".join(blocks[1])
    return text


def chapter_of(uri: str) -> str:
    """The chapter a page belongs to, as the deck names it."""
    return CHAPTERS.get(uri.split("/", 1)[0], "Other")


def written_cards(page: Document, section: str, kind: str) -> list[Card]:
    """Cards from the collapsible questions of one section, backed by their written answers."""
    uri = uri_of(page)
    cards = []
    for question in questions(page, section):
        teaches = built(uri, question.links[0]) if question.links else built(uri, f"#{section}")
        cards.append(Card(question.pinned or card_id(uri, question.prompt), chapter_of(uri), kind, question.prompt,
                          question.answer, teaches, f"{page.where}:{question.line}"))
    return cards


def short_answers(bank: Document) -> dict[int, str]:
    """Line of a question-bank item -> the short answer written under it, for the items that have one."""
    lines = list(bank.prose_lines())
    answers: dict[int, str] = {}
    for index, (number, line) in enumerate(lines):
        if not BANK_ITEM.match(line) or index + 2 >= len(lines):
            continue
        rest = iter(lines[index + 1:])
        if next(rest)[1].strip() or not SHORT_ANSWER.match(next(rest)[1]):
            continue
        body: list[str] = []
        for _, following in rest:
            if following.strip() and not following.startswith(" " * 8):
                break
            body.append(following[8:])
        answers[number] = "\n".join(body).strip()
    return answers


def bank_cards(bank: Document, pages: dict[str, Document]) -> list[Card]:
    """Cards from the question bank, backed by their short answers or the opening of the section each links."""
    uri = uri_of(bank)
    written = short_answers(bank)
    cards = []
    for number, line in bank.prose_lines():
        match = BANK_ITEM.match(line)
        if not match:
            continue
        path, _, anchor = match["target"].partition("#")
        target_uri = linked_page(uri, path)
        target = pages.get(target_uri)
        back = written.get(number) or (rebase_links(opening_text(target, anchor), target_uri, uri) if target else "")
        pinned = PINNED.search(match["pin"] or "")
        cards.append(Card(pinned["id"] if pinned else card_id(uri, match["prompt"]), chapter_of(target_uri),
                          "question bank", match["prompt"], back or NO_ANSWER,
                          built(uri, match["target"]), f"{bank.where}:{number}", match["title"]))
    return cards


def deck(config: Path = CONFIG) -> list[Card]:
    """Every card of the finished guide, by chapter in reading order: self-checks, follow-ups, the question bank."""
    pages = {uri_of(page): page for page in finished_pages(config)}
    cards: list[Card] = []
    for uri, page in pages.items():
        if needs_self_check(uri):
            cards += written_cards(page, SELF_CHECK, "check yourself")
        if is_walkthrough(uri):
            cards += written_cards(page, "follow-ups", "follow-up")
    if QUESTION_BANK in pages:
        cards += bank_cards(pages[QUESTION_BANK], pages)
    order = list(CHAPTERS.values())
    return sorted(cards, key=lambda card: order.index(card.chapter) if card.chapter in order else len(order))


def main() -> None:
    """Print the ID, line and prompt of every card written on the pages given (Markdown paths)."""
    wanted = {display(Path(arg).resolve()) for arg in sys.argv[1:]}
    for card in deck():
        if card.source.rsplit(":", 1)[0] in wanted:
            print(f"card-{card.id}  {card.source}  {card.prompt}")


if __name__ == "__main__":
    main()
