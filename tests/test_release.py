"""The release: one version, a tag that must match it, checksums, and a site zip that works from file://."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from scripts.exports.anki import site_url
from scripts.exports.release import DIAGRAM_PAGE, ReleaseFailed, check_site_zip, check_tag, sha256sums, zip_site
from scripts.guide.edition import changes_entry, version


def test_release_refuses_a_tag_that_does_not_name_the_version() -> None:
    check_tag(None, "0.9.0")
    check_tag("v0.9.0", "0.9.0")
    with pytest.raises(ReleaseFailed, match="the tag v1.0.0 does not match VERSION \\(0.9.0\\); tag the release v0.9.0"):
        check_tag("v1.0.0", "0.9.0")


def test_the_version_has_its_changes_entry() -> None:
    assert changes_entry().startswith(f"## {version()} ")


def test_a_version_without_a_changes_entry_is_refused(tmp_path: Path) -> None:
    changes = tmp_path / "CHANGES.md"
    changes.write_text("# Changes\n\n## 0.8.0\n\n- Older.\n", encoding="utf-8")
    assert changes_entry("0.8.0", changes) == "## 0.8.0\n\n- Older.\n"
    with pytest.raises(ValueError, match="CHANGES.md: no entry '## 0.9.0' for the version in VERSION"):
        changes_entry("0.9.0", changes)


def test_checksums_list_every_release_file_but_themselves(tmp_path: Path) -> None:
    (tmp_path / "b.pdf").write_bytes(b"pdf")
    (tmp_path / "a.epub").write_bytes(b"epub")
    (tmp_path / "SHA256SUMS").write_text("stale\n", encoding="utf-8")
    assert sha256sums(tmp_path) == (f"{hashlib.sha256(b'epub').hexdigest()}  a.epub\n"
                                    f"{hashlib.sha256(b'pdf').hexdigest()}  b.pdf\n")


def test_site_zip_opens_from_file_with_search_and_diagrams(site_dir: Path, browser: Browser, tmp_path: Path) -> None:
    archive = tmp_path / "guide-site.zip"
    zip_site(site_dir, archive, "guide-0.9.0")
    assert "guide-0.9.0/index.html" in zipfile.ZipFile(archive).namelist()
    assert check_site_zip(archive, "guide-0.9.0", browser) == []


def test_site_zip_check_fails_without_search_index_or_drawings(site_dir: Path, browser: Browser,
                                                               tmp_path: Path) -> None:
    archive = tmp_path / "broken-site.zip"
    with zipfile.ZipFile(archive, "w") as broken:
        for path in sorted(site_dir.rglob("*")):
            name = path.relative_to(site_dir).as_posix()
            if path.is_file() and not name.startswith("search/"):
                data = path.read_bytes()
                if name == DIAGRAM_PAGE:
                    data = data.replace(b'<figure class="diagram"', b'<figure class="undrawn"')
                broken.writestr(f"guide/{name}", data)
    problems = check_site_zip(archive, "guide", browser, timeout_ms=3_000)
    assert "index.html: search for 'framework' from file:// returned no results" in problems[0]
    assert problems[-1] == f"broken-site.zip: guide/{DIAGRAM_PAGE} shows no diagram from file://"


def test_published_address_comes_from_site_url_with_a_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    assert site_url() == "https://field-guide.example.org/"
    monkeypatch.setenv("SITE_URL", "https://reader.github.io/guide")
    assert site_url() == "https://reader.github.io/guide/"
