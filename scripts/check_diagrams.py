"""Diagram syntax check: parse every Mermaid block with the vendored Mermaid.

All blocks are parsed in one headless Chromium session with ``mermaid.parse``.
A failure is reported as ``file:line: message``, the line being Mermaid's own
line within the diagram added to the line of the opening fence. Labels with a
raw tag-like ``<word`` are rejected too: Mermaid renders them as an empty
label without any error.

Usage: ``python -m scripts.check_diagrams [folder]`` (default ``docs``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from scripts.guide.browser import fence_network, launch
from scripts.guide.markdown import Diagram, documents
from scripts.guide.paths import MERMAID_JS, ROOT

RAW_TAG = re.compile(r"</?(?!br\s*/?>)[A-Za-z]")
ERROR_LINE = re.compile(r"on line (\d+)")
PARSE = """async (source) => {
  try { await mermaid.parse(source); return null; }
  catch (error) { return String((error && error.message) || error); }
}"""


def raw_tag_problems(diagram: Diagram) -> list[str]:
    """Report labels holding a raw ``<tag``, which Mermaid silently drops."""
    problems = []
    for offset, line in enumerate(diagram.source.splitlines(), start=1):
        if RAW_TAG.search(line):
            problems.append(
                f"{diagram.file_line(offset)}: raw '<' in a label renders as an empty label; "
                "write #lt; and #gt; (and #quot; for a double quote) instead"
            )
    return problems


def parse_problems(diagrams: list[Diagram], browser: Browser) -> list[str]:
    """Parse every diagram in one page; report each parse error with file:line."""
    problems: list[str] = []
    context = browser.new_context()
    fence_network(context)
    page = context.new_page()
    page.set_content("<!doctype html><html><body></body></html>")
    page.add_script_tag(path=str(MERMAID_JS))
    for diagram in diagrams:
        error = page.evaluate(PARSE, diagram.source)
        if error is None:
            continue
        match = ERROR_LINE.search(error)
        offset = int(match.group(1)) if match else 1
        message = " ".join(error.split())
        problems.append(f"{diagram.file_line(offset)}: Mermaid cannot parse this diagram: {message}")
    context.close()
    return problems


def check(folder: Path, browser: Browser) -> tuple[list[Diagram], list[str]]:
    """Return the diagrams found under ``folder`` and every problem with them."""
    diagrams = [d for page in documents(folder) for d in page.diagrams]
    problems = [p for d in diagrams for p in raw_tag_problems(d)]
    return diagrams, problems + parse_problems(diagrams, browser)


def main() -> None:
    """Check the folder given (default ``docs``) and exit non-zero on any problem."""
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "docs"
    with sync_playwright() as playwright:
        browser = launch(playwright)
        diagrams, problems = check(folder, browser)
        browser.close()
    print("\n".join(problems))
    print(f"{len(diagrams)} diagrams parsed, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
