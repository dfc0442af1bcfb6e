"""Spelling check: codespell over the guide's Markdown, with the committed word list.

``spelling-words.txt`` holds the words codespell would flag but the guide uses
on purpose (one per line, lower case). Problems are codespell's own
``file:line: word ==> suggestion`` lines.

Usage: ``python -m scripts.checks.spelling [folder]`` (default ``docs``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.guide.paths import DOCS, ROOT, SPELLING_WORDS
from scripts.guide.report import Report, finish


def check(folder: Path) -> Report:
    """Spell-check the Markdown files under ``folder``; codespell's complaints are the problems."""
    report = Report()
    files = sorted(folder.rglob("*.md"))
    report.counts["files"] = len(files)
    if not files:
        return report
    command = [sys.executable, "-m", "codespell_lib", "--ignore-words", str(SPELLING_WORDS),
               *[str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path) for path in files]]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    report.problems = [line for line in done.stdout.splitlines() if line.strip()]
    return report


def main() -> None:
    """Check the folder given (default ``docs``); exit non-zero on any misspelling."""
    finish(check(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else DOCS))


if __name__ == "__main__":
    main()
