"""Deep links: every heading has an explicit ID, and every registered anchor keeps resolving,
through page moves (redirects) and section renames (aliases)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.checks import anchors
from scripts.guide import registry
from scripts.guide.build import build
from scripts.guide.paths import DOCS
from scripts.guide.site import current_anchors
from tests.projects import FIXTURES, fixture_project


def test_every_heading_has_an_explicit_id() -> None:
    count, problems = registry.missing_ids(DOCS)
    assert problems == []
    assert count >= 470


def test_heading_id_check_names_file_and_line() -> None:
    count, problems = registry.missing_ids(FIXTURES / "heading_ids_bad")
    assert count == 2
    assert problems == [
        "tests/fixtures/heading_ids_bad/page.md:3: heading 'A section without an ID' has no explicit ID; "
        "add {#some-id}"
    ]


def test_every_published_anchor_is_registered_and_resolves(site_dir: Path) -> None:
    registered = registry.registered()
    assert len(registered) >= 475
    assert anchors.broken(site_dir) == []
    unregistered = [a for a in current_anchors(site_dir) if a not in set(registered)]
    assert unregistered == [], "run: python -m scripts.maintenance.registry site"


def test_anchor_check_names_a_removed_id_and_a_removed_page(site_dir: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(site_dir, site)
    page = site / "framework" / "serve-and-monitor.html"
    page.write_text(page.read_text(encoding="utf-8").replace('id="ctr-drop"', 'id="renamed"'), encoding="utf-8")
    (site / "foundations" / "cold-start.html").unlink()
    problems = anchors.broken(site)
    assert ("anchors.txt: framework/serve-and-monitor.html#ctr-drop: the ID #ctr-drop no longer exists on "
            "framework/serve-and-monitor.html; keep it as an alias of the new section") in problems
    assert any(p.startswith("anchors.txt: foundations/cold-start.html#kinds-of-cold: the page") for p in problems)


def test_moved_pages_and_renamed_sections_resolve_and_removed_ones_fail(tmp_path: Path) -> None:
    project = fixture_project(tmp_path, "deep_links")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "redirect_maps: {}", 'redirect_maps: {"old.md": "moved.md"}'), encoding="utf-8")
    result = build(project / "site", config)
    assert result.ok, result.output
    assert anchors.broken(project / "site", FIXTURES / "deep_links" / "anchors.txt") == [
        "anchors.txt: old.html#dropped: the ID #dropped no longer exists on moved.html; "
        "keep it as an alias of the new section",
        "anchors.txt: page.html#removed: the ID #removed no longer exists on page.html; "
        "keep it as an alias of the new section",
        "anchors.txt: gone.html#anything: the page gone.html no longer exists; add a redirect",
    ]


def test_registry_only_grows_over_its_history() -> None:
    assert anchors.dropped(anchors.registry_history()) == []


def test_registry_history_check_refuses_a_clone_without_history(tmp_path: Path) -> None:
    registry = tmp_path / "anchors.txt"
    registry.write_text("index.html#map\n", encoding="utf-8")
    with pytest.raises(anchors.HistoryUnavailable, match="not in a git checkout"):
        anchors.registry_history(registry)


def test_registry_history_check_names_a_removed_anchor() -> None:
    history = "\n".join([
        "--- a/anchors.txt", "+++ b/anchors.txt", "@@ -1,3 +1,2 @@",
        " framework/index.html#timeline", "-framework/index.html#gone-for-good", "-index.html#map",
        "+index.html#map",
    ])
    assert anchors.dropped(history) == [
        "anchors.txt: framework/index.html#gone-for-good: removed from the registry; "
        "restore it (the registry only grows)"
    ]
