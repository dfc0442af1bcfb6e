"""Benchmark: strict build time and every page's first-visit weight, against the budgets.

A page's first-visit weight is the gzip size of its HTML plus every local
script and stylesheet it loads. The search index and worker, which every
first visit also fetches, are reported once, on their own. Budgets: 100 KB gz
for a page without a diagram, 150 KB gz for a page with one and for the two
long reference pages (the generated bibliography, which lists every source
the guide cites, and the problem atlas, which maps sixty prompts and their
sources), 250 KB gz for the practice page with its deck, 30 s for
the strict build.

Usage: ``python -m scripts.maintenance.bench [--output bench.json]``. Prints a table,
writes the figures as JSON, and exits non-zero when a budget is exceeded.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from functools import cache
from pathlib import Path

from scripts.guide.diagrams import FIGURE
from scripts.guide.build import build

KB = 1024
PAGE_BUDGET_KB = 100
DIAGRAM_PAGE_BUDGET_KB = 150
PRACTICE_PAGE_BUDGET_KB = 250
PRACTICE_PAGE = "practice/index.html"
LONG_REFERENCE_PAGES = ("reference/bibliography.html", "scenarios/atlas.html")
BUILD_BUDGET_S = 30.0
ASSET = re.compile(r'<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"#?]+)"')
SEARCH_INDEX = "search/search_index.js"
SEARCH_WORKER = "assets/javascripts/workers/search.*.min.js"


@cache
def gzip_size(path: Path) -> int:
    """Bytes of ``path`` compressed with gzip at level 6, as a web server sends it."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def page_weight(site: Path, page: Path) -> dict[str, object]:
    """First-visit weight of one built page, in gzip bytes, with what it is made of."""
    html = page.read_text(encoding="utf-8")
    root = site.resolve()
    assets = {
        (root / url.lstrip("/") if url.startswith("/") else page.parent / url).resolve()
        for url in ASSET.findall(html)
        if "://" not in url
    }
    assets = {a for a in assets - search_files(root) if a.is_file() and a.suffix in {".js", ".css"}}
    has_diagram = FIGURE in html
    total = gzip_size(page) + sum(gzip_size(a) for a in assets)
    name = page.relative_to(site).as_posix()
    budget = (PRACTICE_PAGE_BUDGET_KB if name == PRACTICE_PAGE
              else DIAGRAM_PAGE_BUDGET_KB if has_diagram or name in LONG_REFERENCE_PAGES
              else PAGE_BUDGET_KB)
    return {
        "page": name,
        "has_diagram": has_diagram,
        "gzip_bytes": total,
        "budget_bytes": budget * KB,
        "within_budget": total <= budget * KB,
        "files": len(assets) + 1,
    }


def search_files(root: Path) -> set[Path]:
    """The search index and worker of the built site at ``root``."""
    return {root / SEARCH_INDEX} | set(root.glob(SEARCH_WORKER))


def search_weight(site: Path) -> int:
    """Gzip bytes of the search index and worker, fetched once on a first visit whatever the page."""
    return sum(gzip_size(path) for path in search_files(site.resolve()) if path.is_file())


def site_weights(site: Path) -> list[dict[str, object]]:
    """First-visit weights of every page of the built site."""
    return [page_weight(site, page) for page in sorted(site.rglob("*.html"))]


def main() -> None:
    """Build, weigh, print, write JSON and check the budgets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="bench.json", help="where to write the JSON figures")
    output = Path(parser.parse_args().output)
    with tempfile.TemporaryDirectory() as folder:
        result = build(Path(folder) / "site")
        if not result.ok:
            sys.exit(result.output + "\nstrict build failed; nothing to weigh")
        pages = site_weights(result.site_dir)
        search = search_weight(result.site_dir)
    figures = {
        "strict_build_seconds": round(result.seconds, 2),
        "build_budget_seconds": BUILD_BUDGET_S,
        "build_within_budget": result.seconds <= BUILD_BUDGET_S,
        "search_index_and_worker_gzip_bytes": search,
        "pages": pages,
    }
    print(f"strict build: {result.seconds:.1f} s (budget {BUILD_BUDGET_S:.0f} s)")
    print(f"search index and worker, fetched once on any first visit: {search / KB:.1f} KB gz")
    for page in pages:
        mark = "ok  " if page["within_budget"] else "OVER"
        kind = "diagram" if page["has_diagram"] else "text"
        print(f"{mark} {page['gzip_bytes'] / KB:8.1f} KB gz / {page['budget_bytes'] // KB:5d} KB  {kind:7s} {page['page']}")
    output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {output}")
    over = not figures["build_within_budget"] or not all(p["within_budget"] for p in pages)
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
