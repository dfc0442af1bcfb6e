"""The practice deck: every question of the guide becomes a card, and the Anki package imports cleanly."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

from scripts.exports import anki
from scripts.guide.deck import bank_cards, card_id, deck, rebase_links, uri_of, written_cards
from scripts.guide.markdown import Document, documents
from scripts.guide.pages import unfinished_spec
from scripts.guide.paths import DOCS
from tests.projects import FIXTURES

QUESTION_LINE = re.compile(r'^\?\?\?\+? question (?:card-[0-9a-f]{12} )?"', re.MULTILINE)
BANK_LINE = re.compile(r"^- .+ → \[[^\]]+\]\([^)]+\)\s*(?:<!-- card-\w+ -->)?$", re.MULTILINE)


def questions_in_raw_markdown() -> int:
    """Count the deck's questions straight from the files, without the guide model's parsers."""
    drafts = unfinished_spec()
    total = 0
    for path in DOCS.rglob("*.md"):
        uri = path.relative_to(DOCS).as_posix()
        if drafts.match_file(uri):
            continue
        text = path.read_text(encoding="utf-8")
        for section in re.split(r"^## ", text, flags=re.MULTILINE):
            if section.startswith(("Check yourself {#check-yourself}", "Follow-up questions {#follow-ups}")):
                total += len(QUESTION_LINE.findall(section))
        if uri == "interview/question-bank.md":
            total += len(BANK_LINE.findall(text))
    return total


def test_the_deck_holds_every_question_of_the_guide_once() -> None:
    cards = deck()
    assert len(cards) == questions_in_raw_markdown() >= 400
    assert len({card.id for card in cards}) == len(cards)
    assert all(card.prompt and card.answer and ".html" in card.section for card in cards)


def fixture_pages() -> dict[str, Document]:
    """The deck fixture's pages by their path from ``docs/``."""
    return {uri_of(page): page for page in documents(FIXTURES / "deck" / "docs")}


def test_a_question_bank_card_is_backed_by_its_short_answer_or_the_opening_of_its_section() -> None:
    pages = fixture_pages()
    timeline, table, failures, reworded, _ = bank_cards(pages["interview/question-bank.md"], pages)
    assert timeline.answer == "Spend the minutes where the signal is, in two lines of running text."
    assert (timeline.title, timeline.section) == ("Step · Timeline", "framework/step.html#timeline")
    assert timeline.chapter == "Framework" and timeline.kind == "question bank"
    assert table.answer == "The section below answers it."
    assert failures.answer == ("It fails in two ways:\n\n- **Late data.** See [the other step](../framework/other.md#late)."
                               "\n- **Duplicates.**")
    assert reworded.answer == "The one the table's last column\ntips, in [Step](../framework/step.md#options)."


def test_a_pinned_card_id_outlives_rewording_and_an_unpinned_one_follows_the_words() -> None:
    pages = fixture_pages()
    bank = bank_cards(pages["interview/question-bank.md"], pages)
    written = written_cards(pages["framework/step.md"], "check-yourself", "check yourself")
    assert bank[3].id == "0123456789ab" and written[1].id == "0a1b2c3d4e5f"
    assert written[0].id == card_id("framework/step.md", "How long is the timeline") != bank[0].id


def test_links_on_a_card_are_rebased_onto_the_page_that_shows_it() -> None:
    answer = "See [a](other.md#x), [b](#y) and [c](https://example.org)."
    assert rebase_links(answer, "framework/step.md", "interview/bank.md") == (
        "See [a](../framework/other.md#x), [b](../framework/step.md#y) and [c](https://example.org).")
    assert rebase_links(answer, "framework/step.md", "practice/index.html", to_html=True) == (
        "See [a](../framework/other.html#x), [b](../framework/step.html#y) and [c](https://example.org).")


def notes_of(package: Path) -> dict[str, str]:
    """GUID -> first field of every note in an ``.apkg``."""
    with zipfile.ZipFile(package) as archive:
        assert archive.testzip() is None
        collection = package.with_suffix(".anki2")
        collection.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(collection) as db:
        return {guid: fields.split("\x1f")[0] for guid, fields in db.execute("SELECT guid, flds FROM notes")}


def test_the_anki_package_holds_every_card_with_ids_stable_across_exports(tmp_path: Path) -> None:
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    count = anki.export(first)
    anki.export(second)
    notes = notes_of(first)
    assert len(notes) == count == len(deck())
    assert notes == notes_of(second)
    with sqlite3.connect(first.with_suffix(".anki2")) as db:
        (decks,) = db.execute("SELECT decks FROM col").fetchone()
    assert "ML System Design Field Guide::Scenarios" in decks
    assert "ML System Design Field Guide::MLOps platform" in decks


def test_every_link_on_a_card_lands_on_a_section_of_the_built_site(site_dir: Path) -> None:
    review = "practice/index.html"
    broken = []
    for card in deck():
        for target in re.findall(r"\]\(([^)\s]+)\)", rebase_links(card.answer, card.source_uri, review, to_html=True)) + [card.section]:
            if "://" in target:
                continue
            path, _, anchor = target.partition("#")
            page = (site_dir / "practice" / path).resolve() if target != card.section else site_dir / path
            html = page.read_text(encoding="utf-8") if page.is_file() else ""
            if not html or (anchor and f'id="{anchor}"' not in html):
                broken.append(f"{card.source}: {target}")
    assert broken == []
