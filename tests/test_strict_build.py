"""The strict build: the guide builds without a warning, and broken links stop it at file:line."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config

from scripts.guide.build import BuildResult, build
from scripts.guide.paths import CONFIG, DOCS
from scripts.guide.site import REFRESH
from tests.projects import fixture_project


def test_guide_builds_strictly_and_builds_every_finished_page(guide_build: BuildResult) -> None:
    assert guide_build.ok, guide_build.output
    drafts = load_config(str(CONFIG)).draft_docs
    sources = [p for p in DOCS.rglob("*.md") if not (drafts and drafts.match_file(p.relative_to(DOCS).as_posix()))]
    built = [p for p in guide_build.site_dir.rglob("*.html")
             if not REFRESH.search(p.read_text(encoding="utf-8"))]
    assert len(sources) >= 1
    assert len(built) == len(sources) + 1, "every finished Markdown page plus 404.html (redirect stubs aside)"


def test_strict_build_names_file_and_line_of_each_broken_link(tmp_path: Path) -> None:
    project = fixture_project(tmp_path, "links_bad")
    result = build(project / "site", project / "mkdocs.yml")
    assert not result.ok
    assert "docs/index.md:5: Doc file 'index.md' contains a link 'missing.md'" in result.output
    assert "docs/index.md:7: Doc file 'index.md' contains a link 'other.md#no-such-section'" in result.output
    assert "docs/index.md:9: Doc file 'index.md' contains an absolute link '/other.md'" in result.output
    assert "docs/index.md:11: Doc file 'index.md' contains an unrecognized relative link 'other'" in result.output
    assert "Aborted with 4 warnings in strict mode" in result.output
