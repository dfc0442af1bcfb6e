"""The one report every check returns, and the one way a check ends its run."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Report:
    """What a check looked at (named counts, in the order first counted) and its problems.

    Each problem is one line, ``file:line: what is wrong; what to do``.
    """

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: what was looked at and how many problems were found."""
        looked_at = ", ".join(f"{number} {what}" for what, number in self.counts.items()) or "nothing looked at"
        return f"{looked_at}; {len(self.problems)} problems"


def finish(report: Report) -> None:
    """Print the problems and the summary, then exit: non-zero on a problem or when nothing was checked."""
    if report.problems:
        print("\n".join(report.problems))
    print(report.summary())
    sys.exit(1 if report.problems or not any(report.counts.values()) else 0)
