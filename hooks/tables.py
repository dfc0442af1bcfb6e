"""MkDocs hook: comparison tables that stack into cards on a phone.

The wide comparison tables of ``STACKED_PAGES`` (the trade-offs sheet, the
metric and model choosers, the rubric and the scenario matrix) have four or
more columns of prose, which a 390 px screen can only show by scrolling or
by wrapping every two words. This hook gives each of their tables the class
``stacked`` and each body cell a ``data-label`` holding its column's header,
so that the guide's stylesheet can lay each row out as a card of labelled
fields on narrow screens. Wider screens, print and the PDF keep the table.
"""

from __future__ import annotations

import html
import re

from mkdocs.structure.pages import Page

STACKED_PAGES = ("cheatsheets/trade-offs.md", "cheatsheets/metric-chooser.md", "cheatsheets/model-chooser.md",
                 "interview/rubric.md", "reference/scenario-matrix.md")
TABLE = re.compile(r"<table>(?P<body>.*?)</table>", re.S)
HEADER = re.compile(r"<th[^>]*>(?P<text>.*?)</th>", re.S)
ROW = re.compile(r"<tr>(?P<cells>.*?)</tr>", re.S)
CELL = re.compile(r"<td(?P<attrs>[^>]*)>")
TAG = re.compile(r"<[^>]+>")


def label(header_html: str) -> str:
    """A header cell's text, for an attribute."""
    return html.escape(html.unescape(TAG.sub("", header_html)).strip(), quote=True)


def stacked(table: re.Match[str]) -> str:
    """One table with the ``stacked`` class and every body cell labelled by its column."""
    body = table["body"]
    labels = [label(h) for h in HEADER.findall(body)]

    def labelled_row(row: re.Match[str]) -> str:
        cells = iter(labels)
        return "<tr>" + CELL.sub(lambda cell: f'<td{cell["attrs"]} data-label="{next(cells, "")}">',
                                 row["cells"]) + "</tr>"

    return '<table class="stacked">' + ROW.sub(labelled_row, body) + "</table>"


def on_page_content(html_text: str, page: Page, **_: object) -> str:
    """Label the comparison tables of the pages that stack them."""
    if page.file.src_uri not in STACKED_PAGES:
        return html_text
    return TABLE.sub(stacked, html_text)
