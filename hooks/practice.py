"""MkDocs hook: the practice features that are built from the guide itself.

* ``practice/deck.js``: every card of ``scripts/guide/deck.py`` as
  ``window.GUIDE_DECK = {...}``, answers as HTML with links relative to the
  review page. The review page loads it as a script, since browsers refuse
  ``fetch`` of a ``file://`` URL.
* On every scenario walkthrough, the timed-attempt control, placed after the
  prompt, with the phases of the framework's 45-minute timeline (read from
  its gantt chart) and the rubric's stages, and ``attempt.js``, which only
  these pages load. Without JavaScript the control is hidden.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from scripts.guide.deck import Card, deck, rebase_links, relative_url
from scripts.guide.markdown import Document
from scripts.guide.practice import TIMELINE_PAGE, timeline_phases
from scripts.guide.scenario import is_walkthrough

REVIEW_PAGE = "practice/index.html"
DECK_FILE = "practice/deck.js"
RUBRIC_PAGE = "interview/rubric.md"
RUBRIC_STAGES = ("clarify-and-frame", "data-and-features", "model-and-evaluation", "serve-and-monitor",
                 "communication")
PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)
FIRST_SECTION_AFTER_PROMPT = '<h2 id="requirements"'


def inline_html(text: str) -> str:
    """One line of Markdown as HTML without its paragraph."""
    rendered = markdown.markdown(text)
    match = PARAGRAPH.match(rendered)
    return match[1] if match else rendered


def card_json(card: Card) -> dict[str, str]:
    """What the review page needs of one card."""
    return {
        "id": card.id, "chapter": card.chapter, "kind": card.kind, "prompt": inline_html(card.prompt),
        "answer": markdown.markdown(rebase_links(card.answer, card.source_uri, REVIEW_PAGE, to_html=True)),
        "url": relative_url(card.section, REVIEW_PAGE), "title": card.title,
    }


def attempt_settings(docs: Path, page_url: str) -> dict[str, object]:
    """The timeline phases and rubric stages a scenario's attempt control needs, read from their pages."""
    phases = timeline_phases(Document.read(docs / TIMELINE_PAGE, docs.parent))
    if not phases:
        raise PluginError(f"docs/{TIMELINE_PAGE}: no gantt chart in #timeline; the attempt timer reads its phases")
    rubric = Document.read(docs / RUBRIC_PAGE, docs.parent)
    titles = {heading.anchor: heading.title for heading in rubric.headings if heading.level == 2}
    missing = [stage for stage in RUBRIC_STAGES if stage not in titles]
    if missing:
        raise PluginError(f"docs/{RUBRIC_PAGE}: no section #{missing[0]}; the attempt's self-grading links it")
    rubric_url = relative_url(RUBRIC_PAGE.removesuffix(".md") + ".html", page_url)
    return {
        "phases": [{"name": p.name, "start": p.start, "end": p.end} for p in phases],
        "stages": [{"name": titles[s], "url": f"{rubric_url}#{s}"} for s in RUBRIC_STAGES],
        "score": f"{rubric_url}#score",
    }


def on_page_content(content: str, page: Page, config: MkDocsConfig, **_: object) -> str:
    """Put the timed-attempt control after a walkthrough's prompt, and load its script."""
    if not is_walkthrough(page.file.src_uri) or FIRST_SECTION_AFTER_PROMPT not in content:
        return content
    settings = attempt_settings(Path(config.docs_dir), page.file.url)
    script = relative_url("assets/javascripts/attempt.js", page.file.url)
    control = (
        f'<div class="attempt" data-attempt="{html.escape(json.dumps(settings))}" '
        f'data-attempt-page="{html.escape(page.file.src_uri)}">'
        '<noscript><style>.attempt{display:none}</style></noscript>'
        '<p class="attempt__intro">Practise this scenario before you read on: a 45-minute attempt folds the '
        'sections below away, times you against the framework\'s phases and keeps your notes in this browser.</p>'
        '<button type="button" class="md-button md-button--primary" data-attempt-start>'
        'Start a 45-minute attempt</button></div>'
        f'<script src="{script}" defer></script>'
    )
    return content.replace(FIRST_SECTION_AFTER_PROMPT, control + FIRST_SECTION_AFTER_PROMPT, 1)


def on_post_build(config: MkDocsConfig) -> None:
    """Write the deck beside the review page."""
    cards = deck(Path(config.config_file_path))
    target = Path(config.site_dir) / DECK_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"cards": [card_json(card) for card in cards]}, ensure_ascii=False, separators=(",", ":"))
    target.write_text(f"window.GUIDE_DECK = {payload};\n", encoding="utf-8")
