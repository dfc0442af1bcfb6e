"""Spelling check: codespell over the guide's Markdown, with the committed word list.

``spelling-words.txt`` holds the words codespell would flag but the guide uses
on purpose (one per line, lower case). Problems are codespell's own
``file:line: word ==> suggestion`` lines.

Usage: ``python -m scripts.check_spelling [folder]`` (default ``docs``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.guide.paths import DOCS, ROOT, SPELLING_WORDS


def check(folder: Path) -> tuple[list[Path], list[str]]:
    """Return the Markdown files under ``folder`` and codespell's complaints about them."""
    files = sorted(folder.rglob("*.md"))
    if not files:
        return files, []
    command = [sys.executable, "-m", "codespell_lib", "--ignore-words", str(SPELLING_WORDS),
               *[str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path) for path in files]]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    return files, [line for line in done.stdout.splitlines() if line.strip()]


def main() -> None:
    """Check the folder given (default ``docs``); exit non-zero on any misspelling."""
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else DOCS
    files, problems = check(folder)
    print("\n".join(problems))
    print(f"{len(files)} files spell-checked; {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
