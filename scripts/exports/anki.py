"""Anki export: the practice deck as an ``.apkg`` package, one subdeck per chapter.

Notes carry stable GUIDs (from each card's ID), so importing a newer export
updates the reader's cards instead of duplicating them, and keeps their
review history. The note model and the deck IDs are fixed numbers for the
same reason. Each back ends with the deep link to the section that teaches
the card, on the published site.

Usage: ``python -m scripts.exports.anki --output guide.apkg``
(or ``python3 scripts/dev.py anki guide.apkg``).
"""

from __future__ import annotations

import argparse
import hashlib
import html
from pathlib import Path

import genanki
import markdown
from mkdocs.utils import yaml_load

from scripts.guide.deck import Card, deck, rebase_links
from scripts.guide.paths import CONFIG

MODEL_ID = 1_730_202_612
DECK_NAME = "ML System Design Field Guide"
CARD_CSS = """.card { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5;
  text-align: left; max-width: 40em; margin: 0 auto; }
.kind { font-size: 13px; opacity: 0.7; }
.source { font-size: 14px; margin-top: 1.5em; }"""
MODEL = genanki.Model(
    MODEL_ID, "Field Guide card",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Section"}, {"name": "Kind"}],
    templates=[{
        "name": "Recall",
        "qfmt": '<div class="kind">{{Kind}}</div>{{Question}}',
        "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}<div class="source">{{Section}}</div>',
    }],
    css=CARD_CSS,
)


def deck_id(name: str) -> int:
    """A fixed Anki deck ID for a (sub)deck name."""
    return int(hashlib.sha1(name.encode()).hexdigest()[:8], 16)


def site_url(config: Path = CONFIG) -> str:
    """The published site's address, ending in a slash."""
    return str(yaml_load(config.read_text(encoding="utf-8"))["site_url"]).rstrip("/") + "/"


def note_for(card: Card, base: str) -> genanki.Note:
    """One Anki note: the prompt, the answer as HTML with absolute links, the deep link to its section."""
    answer = markdown.markdown(rebase_links(card.answer, card.source_uri, "index.html", to_html=True))
    answer = answer.replace('href="', f'href="{base}').replace(f'href="{base}http', 'href="http')
    label = html.escape(card.title or base + card.section)
    link = f'Read: <a href="{base}{card.section}">{label}</a>'
    return genanki.Note(model=MODEL, fields=[html.escape(card.prompt), answer, link, card.kind],
                        guid=genanki.guid_for(card.id))


def export(output: Path, config: Path = CONFIG) -> int:
    """Write the deck to ``output`` as an Anki package; return the number of notes."""
    base = site_url(config)
    cards = deck(config)
    decks: dict[str, genanki.Deck] = {}
    for card in cards:
        name = f"{DECK_NAME}::{card.chapter}"
        if name not in decks:
            decks[name] = genanki.Deck(deck_id(name), name)
        decks[name].add_note(note_for(card, base))
    output.parent.mkdir(parents=True, exist_ok=True)
    genanki.Package(list(decks.values())).write_to_file(str(output))
    return len(cards)


def main() -> None:
    """Export the deck and say how many cards it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", "-o", type=Path, required=True, help="where to write the .apkg")
    output = parser.parse_args().output
    count = export(output)
    print(f"wrote {output}: {count} cards")


if __name__ == "__main__":
    main()
