"""One strict build of a configuration (``mkdocs build --strict``), timed, with its warnings and errors.

MkDocs and its plugins log a line or more per page at INFO level; only the
other lines are kept, so a failing build shows its causes and nothing else.
(``--quiet`` would hide the warnings from ``--strict`` too, and pass.)
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from scripts.guide.paths import CONFIG


@dataclass
class BuildResult:
    """Outcome of one strict build."""

    ok: bool
    output: str
    seconds: float
    site_dir: Path


def build(site_dir: Path, config: Path = CONFIG) -> BuildResult:
    """Run a strict build of ``config`` into ``site_dir`` from the config's folder."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
               "-f", str(config), "-d", str(site_dir)]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=config.parent, env=env, capture_output=True, text=True)
    output = "".join(line for line in (done.stdout + done.stderr).splitlines(keepends=True)
                     if not line.startswith("INFO"))
    return BuildResult(done.returncode == 0, output, time.perf_counter() - start, site_dir)
