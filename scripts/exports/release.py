"""Build one release into ``dist/``: the offline site as a zip, the PDF and the EPUB, with checksums.

Usage, with the project's environment (``python3 scripts/dev.py release``
sets it up and runs this)::

    python -m scripts.exports.release [--dist dist] [--tag v0.9.0]

Every file is named with the guide's version (``VERSION``). With ``--tag``
(the publishing workflow passes the Git tag) the release refuses a tag that
is not ``v`` plus that version, and it always refuses a version without an
entry in ``CHANGES.md``. The site zip is unpacked again and opened from
``file://`` before it is kept: the home page's search must find results and
a diagram page must show its drawings. ``dist/`` ends with ``SHA256SUMS``
and ``RELEASE-NOTES.md`` (the version's ``CHANGES.md`` entry).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from scripts.checks.search import RESULTS_TIMEOUT_MS, check_site
from scripts.exports import epub as export_epub
from scripts.exports import pdf as export_pdf
from scripts.guide.browser import launch
from scripts.guide.build import build
from scripts.guide.edition import changes_entry, version
from scripts.guide.paths import CONFIG, ROOT

NAME = "ml-system-design-field-guide"
DIAGRAM_PAGE = "scenarios/video-recommendation.html"


class ReleaseFailed(RuntimeError):
    """Raised with a message for the reader when a release cannot be built."""


def check_tag(tag: str | None, wanted: str) -> None:
    """Refuse a release tag that does not name the guide's version."""
    if tag is not None and tag != f"v{wanted}":
        raise ReleaseFailed(f"the tag {tag} does not match VERSION ({wanted}); tag the release v{wanted}")


def zip_site(site_dir: Path, output: Path, folder: str) -> None:
    """Zip the built site under one top folder, so that unzipping gives ``folder/index.html``."""
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder}/{path.relative_to(site_dir).as_posix()}")


def check_site_zip(archive: Path, folder: str, browser: Browser, timeout_ms: int = RESULTS_TIMEOUT_MS) -> list[str]:
    """Unzip the site and open it from ``file://``: search must answer (within ``timeout_ms``) and a
    diagram page show its drawings."""
    with tempfile.TemporaryDirectory() as scratch:
        with zipfile.ZipFile(archive) as opened:
            opened.extractall(scratch)
        site = Path(scratch) / folder
        problems = list(check_site(site, browser, timeout_ms=timeout_ms).problems)
        page = browser.new_page()
        try:
            page.goto((site / DIAGRAM_PAGE).as_uri())
            drawings = page.locator("figure.diagram svg").count()
        finally:
            page.close()
        if drawings == 0:
            problems.append(f"{archive.name}: {folder}/{DIAGRAM_PAGE} shows no diagram from file://")
    return problems


def sha256sums(folder: Path) -> str:
    """``SHA256SUMS`` lines (``digest  name``) for every file in ``folder``, by name."""
    return "".join(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n"
                   for path in sorted(folder.iterdir()) if path.is_file() and path.name != "SHA256SUMS")


def release(dist: Path, tag: str | None = None, config_file: Path = CONFIG,
            progress: Callable[[str], None] = print) -> list[Path]:
    """Build the release into ``dist`` (emptied first); return the files written."""
    start = time.perf_counter()
    wanted = version()
    check_tag(tag, wanted)
    try:
        notes = changes_entry(wanted)
    except ValueError as error:
        raise ReleaseFailed(str(error)) from error
    stem = f"{NAME}-{wanted}"
    shutil.rmtree(dist, ignore_errors=True)
    dist.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            progress("building the site")
            built = build(Path(scratch) / "site", config_file)
            if not built.ok:
                raise ReleaseFailed(f"the strict build failed:\n{built.output}")
            progress("zipping the offline site and opening it from file://")
            site_zip = dist / f"{stem}-site.zip"
            zip_site(built.site_dir, site_zip, stem)
            if problems := check_site_zip(site_zip, stem, browser):
                raise ReleaseFailed("the offline site failed from file://:\n" + "\n".join(problems))
            progress("exporting the EPUB")
            export_epub.export(dist / f"{stem}.epub", config_file, lambda line: progress(f"  {line}"),
                               site_dir=built.site_dir)
            progress("exporting the PDF")
            export_pdf.export(dist / f"{stem}.pdf", "a4", config_file, lambda line: progress(f"  {line}"),
                              browser)
        except (export_epub.ExportFailed, export_pdf.ExportFailed) as error:
            raise ReleaseFailed(str(error)) from error
        finally:
            browser.close()
    (dist / "RELEASE-NOTES.md").write_text(notes, encoding="utf-8")
    (dist / "SHA256SUMS").write_text(sha256sums(dist), encoding="utf-8")
    progress(f"release {wanted} built in {time.perf_counter() - start:.0f} s")
    return sorted(dist.iterdir())


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, build the release, and list what it wrote."""
    parser = argparse.ArgumentParser(description="Build the site zip, PDF and EPUB of one release.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--tag", help="the Git tag being released; must be v plus VERSION")
    arguments = parser.parse_args(argv)
    try:
        files = release(arguments.dist, arguments.tag, progress=lambda line: print(f"  {line}", flush=True))
    except (ReleaseFailed, ValueError) as error:
        print(f"error: release failed: {error}", file=sys.stderr)
        return 1
    for path in files:
        print(f"{path}  {path.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
