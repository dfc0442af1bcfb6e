"""Build the site with ``mkdocs build --strict`` and report what happened."""

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
    return BuildResult(done.returncode == 0, done.stdout + done.stderr,
                       time.perf_counter() - start, site_dir)


def main() -> None:
    """Build into ``site/`` and exit non-zero on any warning."""
    result = build(CONFIG.parent / "site")
    print(result.output, end="")
    print(f"strict build {'passed' if result.ok else 'FAILED'} in {result.seconds:.1f} s")
    sys.exit(0 if result.ok else 1)


if __name__ == "__main__":
    main()
