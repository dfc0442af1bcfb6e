"""The guide's edition: the one version string (``VERSION``), and the commit it is built from.

The PDF's cover, the EPUB's cover and metadata and the release's file names
all take the version from here.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from scripts.guide.paths import ROOT

VERSION_FILE = ROOT / "VERSION"
CHANGES = ROOT / "CHANGES.md"
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")


def version() -> str:
    """The guide's version, ``MAJOR.MINOR.PATCH``, from ``VERSION``; raises if the file is malformed."""
    text = VERSION_FILE.read_text(encoding="utf-8").strip()
    if not SEMVER.match(text):
        raise ValueError(f"{VERSION_FILE.name}:1: '{text}' is not a MAJOR.MINOR.PATCH version")
    return text


def edition() -> str:
    """What a cover prints: the version, and the commit the guide was built from with its date."""
    try:
        commit, date = subprocess.run(
            ["git", "log", "-1", "--format=%h %cs"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
        return f"version {version()} (commit {commit} of {date})"
    except (OSError, subprocess.CalledProcessError, ValueError):
        return f"version {version()} (not a git checkout)"


def changes_entry(wanted: str | None = None, changes: Path = CHANGES) -> str:
    """The ``changes`` file's entry of a version (``## 0.9.0 ...`` up to the next entry); raises if absent."""
    wanted = wanted or version()
    text = changes.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(wanted)}\b.*?(?=^## |\Z)", text, re.M | re.S)
    if match is None:
        raise ValueError(f"{changes.name}: no entry '## {wanted}' for the version in {VERSION_FILE.name}")
    return match.group(0).strip() + "\n"
