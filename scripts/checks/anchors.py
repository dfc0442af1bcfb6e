"""Published anchors: every section of the guide as ``page.html#id``, and the checks that keep them.

* Every heading of level 2 to 6 in ``docs/`` must carry an explicit ID
  (``## Serving {#serving}``); IDs generated from titles change when a title
  changes, and links in readers' notes would break.
* ``anchors.txt`` registers every published ``page.html#id`` (section
  headings of the built site). It only grows: ``python -m scripts.anchors
  --update`` appends new anchors, and the check fails, naming the anchor,
  when a registered one no longer resolves in the built site or when the
  git history shows a line removed from the registry.
* A moved page resolves through its mkdocs-redirects stub (``redirect_maps``
  in ``mkdocs.yml``); a renamed section through the old ID kept in
  ``data-aliases`` (``hooks/section_aliases.py``).

Usage: ``python -m scripts.anchors [--update] [site_dir]`` (build the site
first; ``site`` by default).
"""

from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from scripts.check_links import PageParser
from scripts.guide.markdown import documents
from scripts.guide.paths import DOCS, ROOT, missing_site

REGISTRY = ROOT / "anchors.txt"
REFRESH = re.compile(r'<meta http-equiv="refresh" content="0; url=(?P<url>[^"#]+)')
MAX_REDIRECTS = 5


def missing_ids(folder: Path) -> tuple[int, list[str]]:
    """Count headings of level 2 to 6 under ``folder`` and report those without an explicit ID."""
    count, problems = 0, []
    for page in documents(folder):
        where = page.where
        for heading in page.headings:
            if heading.level < 2:
                continue
            count += 1
            if heading.anchor is None:
                problems.append(
                    f"{where}:{heading.line}: heading '{heading.title}' has no explicit ID; add {{#some-id}}"
                )
    return count, problems


class HeadingIds(HTMLParser):
    """Collects the IDs of the h2 to h6 headings of one built page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"h2", "h3", "h4", "h5", "h6"}:
            anchor = dict(attrs).get("id")
            if anchor:
                self.ids.append(anchor)


def current_anchors(site: Path) -> list[str]:
    """Every ``page.html#id`` of a section in the built site, in page order."""
    anchors = []
    for path in sorted(site.rglob("*.html")):
        if path.name == "404.html":
            continue
        parser = HeadingIds()
        parser.feed(path.read_text(encoding="utf-8"))
        page = path.relative_to(site).as_posix()
        anchors += [f"{page}#{anchor}" for anchor in parser.ids]
    return anchors


def registered(registry: Path = REGISTRY) -> list[str]:
    """The anchors in the registry, ignoring blank lines and comments."""
    lines = registry.read_text(encoding="utf-8").splitlines() if registry.exists() else []
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def update(site: Path, registry: Path = REGISTRY) -> list[str]:
    """Append the built site's anchors that are not registered yet; never remove any. Return the added ones."""
    known = set(registered(registry))
    added = [anchor for anchor in current_anchors(site) if anchor not in known]
    if added:
        with registry.open("a", encoding="utf-8") as out:
            out.write("".join(f"{anchor}\n" for anchor in added))
    return added


def redirect_target(site: Path, page: str) -> str | None:
    """The page that a registered ``page`` now resolves to in ``site``.

    A page moved with mkdocs-redirects leaves a stub whose meta refresh
    points at the new page (the stub's script carries the reader's ``#id``
    along); follow such stubs. ``None`` when no page is found.
    """
    for _ in range(MAX_REDIRECTS):
        path = site / page
        if not path.is_file():
            return None
        refresh = REFRESH.search(path.read_text(encoding="utf-8"))
        if refresh is None:
            return page
        page = posixpath.normpath(posixpath.join(posixpath.dirname(page), refresh["url"]))
    return None


def page_ids(site: Path, page: str) -> set[str]:
    """Every ``id`` (and ``<a name>``) on one built page."""
    parser = PageParser()
    parser.feed((site / page).read_text(encoding="utf-8"))
    return parser.ids


def broken(site: Path, registry: Path = REGISTRY) -> list[str]:
    """Registered anchors whose page or ID no longer resolves in the built site at ``site``.

    A moved page resolves through its redirect stub; a renamed section
    resolves through an alias (``data-aliases``, see ``hooks/section_aliases.py``).
    """
    targets: dict[str, str | None] = {}
    ids: dict[str, set[str]] = {}
    problems = []
    for anchor in registered(registry):
        page, _, fragment = anchor.partition("#")
        if page not in targets:
            targets[page] = redirect_target(site, page)
        target = targets[page]
        if target is None:
            problems.append(f"{registry.name}: {anchor}: the page {page} no longer exists; add a redirect")
            continue
        if target not in ids:
            ids[target] = page_ids(site, target)
        if fragment not in ids[target]:
            problems.append(f"{registry.name}: {anchor}: the ID #{fragment} no longer exists on {target}; "
                            "keep it as an alias of the new section")
    return problems


class HistoryUnavailable(RuntimeError):
    """Raised when the registry's full git history cannot be read, so removals cannot be ruled out."""


def registry_history(registry: Path = REGISTRY) -> str:
    """The registry's changes as ``git log -p`` prints them; raise outside git or in a shallow clone."""
    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=registry.parent, capture_output=True, text=True)

    shallow = git("rev-parse", "--is-shallow-repository")
    if shallow.returncode != 0:
        raise HistoryUnavailable(f"{registry.name}: not in a git checkout, so removed anchors cannot be found; "
                                 "run the check in a clone of the repository")
    if shallow.stdout.strip() == "true":
        raise HistoryUnavailable(f"{registry.name}: this clone is shallow, so removed anchors cannot be found; "
                                 "fetch the full history: git fetch --unshallow")
    return git("log", "-p", "--format=", "--", registry.name).stdout


def dropped(history: str, registry: Path = REGISTRY) -> list[str]:
    """Anchors that ``history`` (a ``git log -p`` of the registry) removed and the registry lacks now."""
    now = set(registered(registry))
    removed = [line[1:].strip() for line in history.splitlines()
               if line.startswith("-") and not line.startswith("---")]
    return [f"{registry.name}: {anchor}: removed from the registry; restore it (the registry only grows)"
            for anchor in dict.fromkeys(removed) if anchor and not anchor.startswith("#") and anchor not in now]


def main() -> None:
    """Update the registry from a built site (``--update``) or check it (default site: ``site``)."""
    args = [arg for arg in sys.argv[1:] if arg != "--update"]
    site = Path(args[0] if args else "site")
    count, problems = missing_ids(DOCS)
    if "--update" in sys.argv:
        if problems:
            print("\n".join(problems))
            sys.exit("refusing to register anchors while a heading has no explicit ID: a generated ID "
                     "would become permanent; add the IDs above, rebuild, then run --update again")
        added = update(site)
        print(f"{len(added)} anchors added to {REGISTRY.name}; {len(registered())} registered")
        return
    if problem := missing_site(site):
        sys.exit(problem)
    try:
        problems += dropped(registry_history())
    except HistoryUnavailable as error:
        problems.append(str(error))
    problems += broken(site)
    print("\n".join(problems))
    print(f"{count} headings checked, {len(registered())} registered anchors; {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
