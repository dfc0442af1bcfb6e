"""Study aids hold their counts, and every question in the bank links to a section that exists."""

from __future__ import annotations

import re
from pathlib import Path

from scripts.guide.markdown import Document
from scripts.guide.paths import DOCS

QUESTION = re.compile(r"^- .*\[[^\]]+\]\((?P<page>[^)#]+\.md)#(?P<id>[\w-]+)\)\s*$")
TABLE_ROW = re.compile(r"^\|(?!\s*-{3})(.+)\|\s*$")
MIN_QUESTIONS, MIN_TRADE_OFFS, MIN_MOCK_DIAGRAMS = 60, 25, 2


def question_links(path: Path) -> list[tuple[int, str, str]]:
    """(line, page, id) of every question list item that ends with a section link."""
    found = []
    for number, line in Document.read(path).prose_lines():
        match = QUESTION.match(line)
        if match:
            found.append((number, match["page"], match["id"]))
    return found


def test_question_bank_links_every_question_to_a_real_section(site_dir: Path) -> None:
    bank = DOCS / "interview" / "question-bank.md"
    questions = question_links(bank)
    assert len(questions) >= MIN_QUESTIONS
    items = [line for _, line in Document.read(bank).prose_lines() if line.startswith("- ")]
    assert len(items) == len(questions), "every list item in the bank ends with a link to page.md#id"
    missing = []
    for line, page, anchor in questions:
        target = (site_dir / "interview" / page).resolve().with_suffix(".html")
        html = target.read_text(encoding="utf-8") if target.is_file() else ""
        if f'id="{anchor}"' not in html:
            missing.append(f"docs/interview/question-bank.md:{line}: {page}#{anchor} does not resolve")
    assert missing == []


def test_trade_offs_sheet_has_enough_rows_each_linking_into_the_guide() -> None:
    sheet = Document.read(DOCS / "cheatsheets" / "trade-offs.md")
    rows = [line for _, line in sheet.prose_lines() if TABLE_ROW.match(line) and not line.startswith("| Decision")]
    assert len(rows) >= MIN_TRADE_OFFS
    assert all(re.search(r"\]\([^)]+\.md(#[\w-]+)?\)", row) for row in rows)


def test_mock_interview_draws_the_candidates_diagrams() -> None:
    assert len(Document.read(DOCS / "interview" / "mock-interview.md").diagrams) >= MIN_MOCK_DIAGRAMS
