"""Where things are in the repository, defined once."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
CONFIG = ROOT / "mkdocs.yml"
VENDOR = ROOT / "overrides" / "assets" / "vendor"
MERMAID_JS = VENDOR / "mermaid" / "mermaid.min.js"
SPELLING_WORDS = ROOT / "spelling-words.txt"
REGISTRY = ROOT / "anchors.txt"
DIAGRAM_STORE = ROOT / "diagrams"


def source_of(html_path: str) -> str:
    """Return the Markdown source (``docs/x.md``) of a built page path (``x.html``)."""
    return f"docs/{html_path.removesuffix('.html')}.md"


def missing_site(site: Path) -> str | None:
    """The one-line problem when ``site`` holds no built guide, so a site check has nothing to check."""
    if (site / "index.html").is_file():
        return None
    return f"{site}: no built site here; build it first (python -m scripts.checks.build builds site/)"


def display(path: Path, root: Path = ROOT) -> str:
    """``path`` as messages show it: relative to ``root`` when inside it, else as given."""
    resolved = path.resolve()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else str(path)
