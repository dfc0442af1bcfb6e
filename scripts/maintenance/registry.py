"""Register the built site's new section anchors in ``anchors.txt`` (which only ever grows).

Usage: ``python -m scripts.maintenance.registry [site_dir]`` after a build
(``site`` by default). It refuses while any heading lacks an explicit ID: a
generated ID would become a permanent published anchor.
"""

from __future__ import annotations

import sys
from pathlib import Path

from scripts.guide.paths import DOCS, REGISTRY, missing_site
from scripts.guide.registry import missing_ids, registered, update


def main() -> None:
    """Append the new anchors of the built site given, or say why not."""
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    if problem := missing_site(site):
        sys.exit(problem)
    _, problems = missing_ids(DOCS)
    if problems:
        print("\n".join(problems))
        sys.exit("refusing to register anchors while a heading has no explicit ID: a generated ID "
                 "would become permanent; add the IDs above, rebuild, then run this again")
    added = update(site)
    print(f"{len(added)} anchors added to {REGISTRY.name}; {len(registered())} registered")


if __name__ == "__main__":
    main()
