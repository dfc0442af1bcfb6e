"""Fixture projects: fixture docs built with the guide's own configuration."""

from __future__ import annotations

import shutil
from pathlib import Path

from scripts.guide.paths import CONFIG, ROOT

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_FOLDERS = ("hooks", "overrides", "includes")


def fixture_project(tmp_path: Path, name: str) -> Path:
    """A project built with the guide's own configuration around fixture ``name``'s docs.

    The guide's ``mkdocs.yml`` is copied without its ``nav`` (so MkDocs lists
    the fixture's pages itself); hooks, theme overrides and snippets are linked.
    """
    project = tmp_path / name
    project.mkdir()
    config = CONFIG.read_text(encoding="utf-8")
    assert "\nnav:" in config, "mkdocs.yml is expected to end with its nav"
    (project / "mkdocs.yml").write_text(config[: config.index("\nnav:")] + "\n", encoding="utf-8")
    for folder in SHARED_FOLDERS:
        (project / folder).symlink_to(ROOT / folder)
    shutil.copytree(FIXTURES / name / "docs", project / "docs")
    return project
