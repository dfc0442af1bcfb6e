"""Fixture projects: fixture docs built with the guide's own configuration."""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import Browser

from scripts.guide.markdown import documents
from scripts.guide.paths import CONFIG, ROOT
from scripts.maintenance.draw_diagrams import render

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_FOLDERS = ("hooks", "overrides", "includes", "scripts")


def fixture_project(tmp_path: Path, name: str) -> Path:
    """A project built with the guide's own configuration around fixture ``name``'s docs.

    The guide's ``mkdocs.yml`` is copied without its ``nav`` (so MkDocs lists
    the fixture's pages itself); hooks, theme overrides, snippets and scripts
    are linked, and the project starts with an empty diagram store of its own.
    """
    project = tmp_path / name
    project.mkdir()
    config = CONFIG.read_text(encoding="utf-8")
    assert "\nnav:" in config, "mkdocs.yml is expected to end with its nav"
    (project / "mkdocs.yml").write_text(config[: config.index("\nnav:")] + "\n", encoding="utf-8")
    for folder in SHARED_FOLDERS:
        (project / folder).symlink_to(ROOT / folder)
    shutil.copytree(FIXTURES / name / "docs", project / "docs")
    (project / "diagrams").mkdir()
    return project


def draw_diagrams(project: Path, browser: Browser) -> None:
    """Draw a fixture project's diagrams into its own store, as the render command does for the guide."""
    report = render(documents(project / "docs", project), browser, project / "diagrams")
    assert report.problems == [], report.problems
