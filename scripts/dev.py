"""Set up the project on a fresh machine, then serve the site or run the suite.

Usage (with the system's ``python3``; nothing else needs to be installed):

* ``python3 scripts/dev.py serve``: build ``.venv`` with the pinned packages
  and serve the guide on http://127.0.0.1:8000/ with live reload;
* ``python3 scripts/dev.py test``: the same set-up, plus Debian's Chromium and
  a Java runtime for EPUBCheck (installed with apt-get when missing), then the
  whole test suite;
* ``python3 scripts/dev.py pdf guide.pdf``: the same set-up, then the PDF
  export of the whole guide (``scripts/exports/pdf.py``) into ``guide.pdf``;
* ``python3 scripts/dev.py epub guide.epub``: the same set-up plus Java (for
  EPUBCheck, installed with apt-get when missing), then the EPUB export of the
  whole guide (``scripts/exports/epub.py``) into ``guide.epub``;
* ``python3 scripts/dev.py release [--tag vX.Y.Z]``: the set-up of the test
  command, then the release (``scripts/exports/release.py``): the offline
  site zip, the PDF and the EPUB, named with ``VERSION``, in ``dist/``;
* ``python3 scripts/dev.py anki guide.apkg``: the same set-up, then the
  practice deck as an Anki package (``scripts/exports/anki.py``);
* ``python3 scripts/dev.py diagrams``: the same set-up, then draw every new or
  changed Mermaid block into the store ``diagrams/`` (``scripts/maintenance/draw_diagrams.py``);
* ``python3 scripts/dev.py check NAME|all``: the same set-up, then one check of
  the README's table by its short name (``all`` runs each); checks of the
  built site build it into ``site/`` first.

Set-up is skipped when ``.venv`` already holds exactly ``requirements.txt``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
REQUIREMENTS = ROOT / "requirements.txt"
STAMP = VENV / "requirements.sha256"
# Short name -> (module, whether it reads the built site in site/).
CHECKS = {
    "build": ("scripts.checks.build", False),
    "scenarios": ("scripts.checks.scenarios", False),
    "selfcheck": ("scripts.checks.selfcheck", False),
    "atlas": ("scripts.checks.atlas", False),
    "diagrams": ("scripts.checks.diagrams", False),
    "spelling": ("scripts.checks.spelling", False),
    "links": ("scripts.checks.links", True),
    "anchors": ("scripts.checks.anchors", True),
    "contrast": ("scripts.checks.contrast", True),
    "accessibility": ("scripts.checks.accessibility", True),
    "tables": ("scripts.checks.tables", True),
    "search": ("scripts.checks.search", True),
}


def run(*command: str) -> None:
    """Run a command, echoing it, and stop on failure."""
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def apt_install(*packages: str) -> None:
    """Install Debian packages, or explain how when not root."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit(f"Missing {', '.join(packages)}: install with `sudo apt-get install {' '.join(packages)}`")
    run("apt-get", "update", "-qq")
    run("apt-get", "install", "-y", "-qq", *packages)


def ensure_venv() -> None:
    """Create ``.venv`` and install the pinned requirements when they changed."""
    if not PYTHON.exists():
        created = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
        if created.returncode != 0:
            shutil.rmtree(VENV, ignore_errors=True)
            apt_install("python3-venv")
            run(sys.executable, "-m", "venv", str(VENV))
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if not (STAMP.exists() and STAMP.read_text(encoding="utf-8") == wanted):
        run(str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(REQUIREMENTS))
        STAMP.write_text(wanted, encoding="utf-8")
    put_repository_on_path()


def put_repository_on_path() -> None:
    """Let ``.venv``'s Python import the guide model (``scripts.guide``) from any folder.

    MkDocs loads hooks by file path, so ``hooks/`` can import the model only
    when the repository root is on ``sys.path``; a ``.pth`` file in the
    environment's site-packages puts it there for every build, test and export.
    """
    site_packages = subprocess.run(
        [str(PYTHON), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip()
    pth = Path(site_packages) / "field-guide-repository.pth"
    if not pth.exists() or pth.read_text(encoding="utf-8").strip() != str(ROOT):
        pth.write_text(f"{ROOT}\n", encoding="utf-8")


def ensure_chromium() -> None:
    """Install Debian's Chromium when no Chromium is on the PATH."""
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        apt_install("chromium")


def ensure_java() -> None:
    """Install a Java runtime (EPUBCheck runs on it) when none is on the PATH."""
    if not shutil.which("java"):
        apt_install("default-jre-headless")


def run_checks(names: list[str]) -> int:
    """Run the named checks (building ``site/`` first when one reads it); return how many failed."""
    failed = 0
    if any(CHECKS[name][1] for name in names) and "build" not in names:
        names = ["build", *names]
    for name in names:
        module, reads_site = CHECKS[name]
        print(f"== {name}", flush=True)
        done = subprocess.run([str(PYTHON), "-m", module, *(["site"] if reads_site else [])])
        failed += done.returncode != 0
        if name == "build" and done.returncode != 0:
            return failed
    return failed


def main() -> None:
    """Dispatch ``serve``, ``test``, ``pdf``, ``epub``, ``release``, ``anki``, ``diagrams`` or ``check``."""
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action not in {"serve", "test", "pdf", "epub", "release", "anki", "diagrams", "check"}:
        sys.exit("usage: python3 scripts/dev.py serve|test [extra arguments] | pdf OUTPUT.pdf [--paper letter]"
                 " | epub OUTPUT.epub | release [--tag vX.Y.Z] | anki OUTPUT.apkg | diagrams"
                 f" | check {'|'.join(CHECKS)}|all")
    caller_dir = Path.cwd()
    os.chdir(ROOT)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    ensure_venv()
    extra = sys.argv[2:]
    if action == "serve":
        os.execv(str(PYTHON), [str(PYTHON), "-m", "mkdocs", "serve", "-a", "127.0.0.1:8000", *extra])
    if action == "anki":
        if len(extra) != 1:
            sys.exit("usage: python3 scripts/dev.py anki OUTPUT.apkg")
        anki = [str(PYTHON), "-m", "scripts.exports.anki", "--output", str(caller_dir / extra[0])]
        os.execv(str(PYTHON), anki)
    if action == "epub":
        if len(extra) != 1:
            sys.exit("usage: python3 scripts/dev.py epub OUTPUT.epub")
        ensure_java()
        os.execv(str(PYTHON), [str(PYTHON), "-m", "scripts.exports.epub", "--output", str(caller_dir / extra[0])])
    ensure_chromium()
    if action == "check":
        names = list(CHECKS) if extra == ["all"] else extra
        if not names or any(name not in CHECKS for name in names):
            sys.exit(f"usage: python3 scripts/dev.py check {'|'.join(CHECKS)}|all")
        sys.exit(1 if run_checks(names) else 0)
    if action == "diagrams":
        os.execv(str(PYTHON), [str(PYTHON), "-m", "scripts.maintenance.draw_diagrams", *extra])
    if action == "release":
        ensure_java()
        os.execv(str(PYTHON), [str(PYTHON), "-m", "scripts.exports.release", *extra])
    if action == "pdf":
        if not extra:
            sys.exit("usage: python3 scripts/dev.py pdf OUTPUT.pdf [--paper letter]")
        output = str(caller_dir / extra[0])
        export = [str(PYTHON), "-m", "scripts.exports.pdf", "--output", output, *extra[1:]]
        os.execv(str(PYTHON), export)
    ensure_java()
    os.execv(str(PYTHON), [str(PYTHON), "-m", "pytest", *extra])


if __name__ == "__main__":
    main()
