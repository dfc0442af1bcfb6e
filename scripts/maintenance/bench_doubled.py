"""Benchmark at twice the guide: the slow steps timed on every content page copied once more.

The project is copied to a scratch folder, every finished page of ``docs/``
is copied again under ``docs/again/``, and the nav gains an "Again" section
that mirrors it, so the build, the checks and the PDF export see a guide of
twice the pages, sections, links and diagrams. (The copies' diagrams reuse
the real ones' drawings, as a real new page with a new diagram would once
drawn.) Timed: the strict build, the built-HTML link check, the diagram
check, the explicit-ID heading check and the PDF export. The registry and
PDF bookmark checks are for the real guide only and are left out.

The budget it reports against is the suite's: the full suite runs each of
these once, and must stay under 5 minutes on 2 cores.

Usage: ``python -m scripts.maintenance.bench_doubled [--output bench-doubled.json]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.utils import yaml_load

from scripts.checks.diagrams import check as check_diagrams
from scripts.checks.links import check_site
from scripts.exports.pdf import export
from scripts.guide.build import build
from scripts.guide.pages import finished_pages
from scripts.guide.paths import ROOT
from scripts.guide.registry import missing_ids

COPIED = ("mkdocs.yml", "docs", "includes", "overrides", "hooks", "diagrams", "scripts")
AGAIN = "again"
SUITE_BUDGET_S = 300.0


def mirrored(entry: object) -> object:
    """A nav entry with every page path moved under ``again/``."""
    if isinstance(entry, str):
        return f"{AGAIN}/{entry}"
    if isinstance(entry, list):
        return [mirrored(item) for item in entry]
    if isinstance(entry, dict):
        return {title: mirrored(value) for title, value in entry.items()}
    return entry


def doubled_project(folder: Path) -> Path:
    """Write the doubled project into ``folder``; return its ``mkdocs.yml``."""
    for name in COPIED:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, folder / name)
    docs = folder / "docs"
    for page in finished_pages(folder / "mkdocs.yml"):
        source = folder / page.where
        target = docs / AGAIN / source.relative_to(docs)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    nav = yaml_load(text)["nav"]
    head = text[: text.index("\nnav:\n") + 1]
    config.write_text(head + yaml.safe_dump({"nav": [*nav, {"Again": mirrored(nav)}]}, sort_keys=False),
                      encoding="utf-8")
    return config


def timed(step: str, times: dict[str, float], work):  # noqa: ANN001, ANN201 - any callable, any result
    """Run ``work()``, record its seconds under ``step`` and print them; return its result."""
    start = time.perf_counter()
    result = work()
    times[step] = round(time.perf_counter() - start, 2)
    print(f"{step:>22}: {times[step]:6.1f} s", flush=True)
    return result


def main() -> None:
    """Double the guide, time each slow step, print and write the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="bench-doubled.json", help="where to write the JSON figures")
    output = Path(parser.parse_args().output)
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        config = timed("copy", times, lambda: doubled_project(folder))
        pages = finished_pages(config)
        print(f"{len(pages)} pages, {sum(len(p.diagrams) for p in pages)} diagrams", flush=True)
        result = timed("strict build", times, lambda: build(folder / "site", config))
        if not result.ok:
            sys.exit(result.output + "\nstrict build of the doubled guide failed")
        reports = {
            "links": timed("links check", times, lambda: check_site(result.site_dir)),
            "diagrams": timed("diagrams check", times, lambda: check_diagrams(pages)),
        }
        count, missing = timed("heading IDs check", times, lambda: missing_ids(folder / "docs"))
        exported = timed("PDF export", times, lambda: export(folder / "guide.pdf", config_file=config,
                                                             progress=lambda line: None))
    problems = [p for report in reports.values() for p in report.problems] + missing
    total = sum(seconds for step, seconds in times.items() if step != "copy")
    figures = {"pages": len(pages), "headings": count, "pdf_pages": exported.pages, "seconds": times,
               "total_seconds": round(total, 2), "suite_budget_seconds": SUITE_BUDGET_S, "problems": problems}
    print(f"{'total':>22}: {total:6.1f} s of the suite's {SUITE_BUDGET_S:.0f} s; "
          f"{exported.pages} PDF pages; {len(problems)} problems")
    output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
