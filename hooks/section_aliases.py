"""MkDocs hook: keep a renamed section's old IDs as aliases that land on it.

When a section's ID changes, write its old IDs in a ``data-aliases``
attribute beside the new one::

    ## Online or batch {#online-or-batch data-aliases="serving-mode"}

The hook moves each alias into an empty ``<span id="...">`` at the start of
the heading, so ``page.html#serving-mode`` in a reader's notes still opens
that section (Material's ``:target`` scroll margin applies to the span), and
``anchors.txt`` keeps resolving. Links inside the guide use the new ID.
"""

from __future__ import annotations

import html
import re

HEADING = re.compile(r'<(?P<tag>h[1-6])(?P<before>[^>]*?) data-aliases="(?P<aliases>[^"]*)"(?P<after>[^>]*)>')


def add_aliases(content: str) -> str:
    """Replace each heading's ``data-aliases`` attribute by one alias anchor per listed ID."""

    def anchors(match: re.Match[str]) -> str:
        spans = "".join(
            f'<span class="section-alias" id="{html.escape(alias)}"></span>' for alias in match["aliases"].split()
        )
        return f"<{match['tag']}{match['before']}{match['after']}>{spans}"

    return HEADING.sub(anchors, content)


def on_page_content(html_content: str, **_: object) -> str:
    """Expand section aliases in every page's rendered content."""
    return add_aliases(html_content)
