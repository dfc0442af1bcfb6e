"""MkDocs hook: keep every page's References and Check yourself sections out of the search index.

Material inlines the whole search index into every page so that search works
from ``file://``; each page's weight therefore grows with the whole guide.
Reference lists are long, rarely what a reader searches for, and repeat
author names across pages; Check yourself sections restate what the page
teaches, so a search would send the reader to a quiz answer rather than to
the section that explains it (the practice page holds every question). Their
headings are marked ``data-search-exclude``, which Material's search plugin
honours for the section under a heading.
"""

from __future__ import annotations

import re

EXCLUDED_HEADINGS = re.compile(r'<h2 id="(references|check-yourself)"')


def on_page_content(html: str, **_: object) -> str:
    """Mark the References and Check yourself headings so that their sections are not indexed."""
    return EXCLUDED_HEADINGS.sub(r'<h2 data-search-exclude id="\1"', html)
