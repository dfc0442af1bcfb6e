"""Page weight: every built page stays within its first-visit budget (gzip bytes, not time)."""

from __future__ import annotations

from pathlib import Path

from scripts.maintenance.bench import site_weights


def test_every_page_is_within_its_first_visit_budget(site_dir: Path) -> None:
    weights = site_weights(site_dir)
    assert [w["page"] for w in weights if not w["within_budget"]] == []
    assert any(w["has_diagram"] for w in weights) and any(not w["has_diagram"] for w in weights)
    assert all(int(w["files"]) >= 4 for w in weights), "each page loads its theme's scripts and styles"
