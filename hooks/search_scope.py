"""MkDocs hook: keep every page's References section out of the search index.

Material inlines the whole search index into every page so that search works
from ``file://``; each page's weight therefore grows with the whole guide.
Reference lists are long, rarely what a reader searches for, and repeat
author names across pages, so their sections are marked
``data-search-exclude``, which Material's search plugin honours for the
section under a heading.
"""

from __future__ import annotations

import re

REFERENCES_HEADING = re.compile(r'<h2 id="references"')


def on_page_content(html: str, **_: object) -> str:
    """Mark the References heading so that its section is not indexed."""
    return REFERENCES_HEADING.sub('<h2 data-search-exclude id="references"', html)
