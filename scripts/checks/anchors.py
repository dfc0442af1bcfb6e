"""Published anchors: every section of the guide as ``page.html#id``, and the checks that keep them.

* Every heading of level 2 to 6 in ``docs/`` must carry an explicit ID
  (``## Serving {#serving}``); IDs generated from titles change when a title
  changes, and links in readers' notes would break.
* ``anchors.txt`` registers every published ``page.html#id`` (section
  headings of the built site). It only grows: ``python -m
  scripts.maintenance.registry`` appends new anchors, and the check fails, naming the anchor,
  when a registered one no longer resolves in the built site or when the
  git history shows a line removed from the registry.
* A moved page resolves through its mkdocs-redirects stub (``redirect_maps``
  in ``mkdocs.yml``); a renamed section through the old ID kept in
  ``data-aliases`` (``hooks/section_aliases.py``).

Usage: ``python -m scripts.checks.anchors [site_dir]`` (build the site
first; ``site`` by default).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.guide.paths import DOCS, REGISTRY, missing_site
from scripts.guide.registry import missing_ids, registered
from scripts.guide.report import Report, finish
from scripts.guide.site import page_ids, redirect_target


def broken(site: Path, registry: Path = REGISTRY) -> list[str]:
    """Registered anchors whose page or ID no longer resolves in the built site at ``site``.

    A moved page resolves through its redirect stub; a renamed section
    resolves through an alias (``data-aliases``, see ``hooks/section_aliases.py``).
    """
    targets: dict[str, str | None] = {}
    ids: dict[str, set[str]] = {}
    problems = []
    for anchor in registered(registry):
        page, _, fragment = anchor.partition("#")
        if page not in targets:
            targets[page] = redirect_target(site, page)
        target = targets[page]
        if target is None:
            problems.append(f"{registry.name}: {anchor}: the page {page} no longer exists; add a redirect")
            continue
        if target not in ids:
            ids[target] = page_ids(site, target)
        if fragment not in ids[target]:
            problems.append(f"{registry.name}: {anchor}: the ID #{fragment} no longer exists on {target}; "
                            "keep it as an alias of the new section")
    return problems


class HistoryUnavailable(RuntimeError):
    """Raised when the registry's full git history cannot be read, so removals cannot be ruled out."""


def registry_history(registry: Path = REGISTRY) -> str:
    """The registry's changes as ``git log -p`` prints them; raise outside git or in a shallow clone."""
    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=registry.parent, capture_output=True, text=True)

    shallow = git("rev-parse", "--is-shallow-repository")
    if shallow.returncode != 0:
        raise HistoryUnavailable(f"{registry.name}: not in a git checkout, so removed anchors cannot be found; "
                                 "run the check in a clone of the repository")
    if shallow.stdout.strip() == "true":
        raise HistoryUnavailable(f"{registry.name}: this clone is shallow, so removed anchors cannot be found; "
                                 "fetch the full history: git fetch --unshallow")
    return git("log", "-p", "--format=", "--", registry.name).stdout


def dropped(history: str, registry: Path = REGISTRY) -> list[str]:
    """Anchors that ``history`` (a ``git log -p`` of the registry) removed and the registry lacks now."""
    now = set(registered(registry))
    removed = [line[1:].strip() for line in history.splitlines()
               if line.startswith("-") and not line.startswith("---")]
    return [f"{registry.name}: {anchor}: removed from the registry; restore it (the registry only grows)"
            for anchor in dict.fromkeys(removed) if anchor and not anchor.startswith("#") and anchor not in now]


def check(site: Path, registry: Path = REGISTRY) -> Report:
    """Headings without IDs in ``docs/``, anchors removed from the registry, and registered anchors broken in ``site``."""
    report = Report()
    if problem := missing_site(site):
        report.problems.append(problem)
        return report
    report.counts["headings"], report.problems = missing_ids(DOCS)
    report.counts["registered anchors"] = len(registered(registry))
    try:
        report.problems += dropped(registry_history(registry), registry)
    except HistoryUnavailable as error:
        report.problems.append(str(error))
    report.problems += broken(site, registry)
    return report


def main() -> None:
    """Check the registry against the built site given (default ``site``)."""
    finish(check(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))


if __name__ == "__main__":
    main()
