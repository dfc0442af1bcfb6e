"""Where things are in the repository, defined once."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CONFIG = ROOT / "mkdocs.yml"
VENDOR = ROOT / "overrides" / "assets" / "vendor"
MERMAID_JS = VENDOR / "mermaid" / "mermaid.min.js"
SPELLING_WORDS = ROOT / "spelling-words.txt"


def source_of(html_path: str) -> str:
    """Return the Markdown source (``docs/x.md``) of a built page path (``x.html``)."""
    return f"docs/{html_path.removesuffix('.html')}.md"
