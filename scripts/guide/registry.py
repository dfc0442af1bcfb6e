"""The anchor registry ``anchors.txt``: every published ``page.html#id``, which only ever grows."""

from __future__ import annotations

from pathlib import Path

from scripts.guide.markdown import documents
from scripts.guide.paths import REGISTRY
from scripts.guide.site import current_anchors


def missing_ids(folder: Path) -> tuple[int, list[str]]:
    """Count headings of level 2 to 6 under ``folder`` and report those without an explicit ID."""
    count, problems = 0, []
    for page in documents(folder):
        where = page.where
        for heading in page.headings:
            if heading.level < 2:
                continue
            count += 1
            if heading.anchor is None:
                problems.append(
                    f"{where}:{heading.line}: heading '{heading.title}' has no explicit ID; add {{#some-id}}"
                )
    return count, problems


def registered(registry: Path = REGISTRY) -> list[str]:
    """The anchors in the registry, ignoring blank lines and comments."""
    lines = registry.read_text(encoding="utf-8").splitlines() if registry.exists() else []
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def update(site: Path, registry: Path = REGISTRY) -> list[str]:
    """Append the built site's anchors that are not registered yet; never remove any. Return the added ones."""
    known = set(registered(registry))
    added = [anchor for anchor in current_anchors(site) if anchor not in known]
    if added:
        with registry.open("a", encoding="utf-8") as out:
            out.write("".join(f"{anchor}\n" for anchor in added))
    return added
