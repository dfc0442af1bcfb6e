"""MkDocs hook: wire the vendored Mermaid library into mkdocs-mermaid2.

Two adjustments the plugin cannot be configured to make:

* mermaid2 looks for a local ``javascript:`` file under ``docs/`` only, but the
  guide keeps vendored libraries with the theme (``overrides/assets/vendor``).
  The hook checks the file there and hands the plugin the resolved path.
* Diagram source would otherwise be indexed by search and show up in results
  as raw Mermaid text; every diagram container is marked
  ``data-search-exclude``, which Material's search plugin honours.
"""

from __future__ import annotations

import os
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

DIAGRAM_DIV = re.compile(r'(<div class="mermaid(?: [^"]*)?")')


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Resolve mermaid2's ``javascript`` option against the theme folder."""
    plugin = config.plugins.get("mermaid2")
    if plugin is None:
        return config
    relative = plugin.config["javascript"]
    theme_dir = config.theme.custom_dir or ""
    if not os.path.isfile(os.path.join(theme_dir, relative)):
        raise PluginError(
            f"Vendored Mermaid not found at {os.path.join(theme_dir, relative)}; "
            "run: python scripts/vendor_mermaid.py"
        )
    # mermaid2 caches the checked path in this attribute; seeding it skips
    # its lookup under docs/, which would not find the theme's copy.
    plugin._javascript = relative
    return config


def on_page_content(html: str, page: Page, **kwargs: object) -> str:
    """Keep Mermaid source out of the search index."""
    return DIAGRAM_DIV.sub(r"\1 data-search-exclude", html)
