"""Shared fixtures: one strict build of the guide and one browser for the whole session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from scripts.guide.browser import launch
from scripts.guide.build import BuildResult, build


@pytest.fixture(scope="session")
def guide_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The guide, built once with ``mkdocs build --strict``."""
    return build(tmp_path_factory.mktemp("guide") / "site")


@pytest.fixture(scope="session")
def site_dir(guide_build: BuildResult) -> Path:
    """The built guide's folder; fails every dependent test if the build failed."""
    if not guide_build.ok:
        pytest.fail(f"strict build failed:\n{guide_build.output}")
    return guide_build.site_dir


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Debian Chromium for the whole session."""
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
