"""Strict build check: ``mkdocs build --strict`` of the guide into ``site/`` passes with no warning.

Every warning is a problem: a broken page link or anchor (with ``file:line``
from ``hooks/link_lines.py``), a diagram without a fresh drawing, front matter
that breaks the scenario schema, a page missing from the nav.
Usage: ``python -m scripts.checks.build``.
"""

from __future__ import annotations

from scripts.guide.build import build
from scripts.guide.paths import CONFIG
from scripts.guide.report import Report, finish


def check() -> Report:
    """Build the guide into ``site/``; each warning or error line of the build is a problem."""
    site = CONFIG.parent / "site"
    result = build(site)
    report = Report()
    report.counts["pages built"] = len(list(site.rglob("*.html"))) if result.ok else 0
    lines = result.output.splitlines()
    report.problems = [line for line in lines if line.startswith(("WARNING", "ERROR", "Error"))]
    if not result.ok and not report.problems:
        report.problems = lines[-20:] or ["the strict build failed with no output"]
    return report


def main() -> None:
    """Build the guide and exit non-zero on any warning."""
    finish(check())


if __name__ == "__main__":
    main()
