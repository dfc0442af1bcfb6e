"""MkDocs hook: put ``file:line`` in front of MkDocs' link warnings.

MkDocs reports a broken link, a missing anchor or an absolute link by file
only ("Doc file 'a.md' contains a link 'b.md#x', but ..."). This hook finds the
line of that link in the source and prefixes the message with
``docs/a.md:12:``, so that a failing strict build points at the line to fix.
"""

from __future__ import annotations

import logging
import os
import re

from mkdocs.config.defaults import MkDocsConfig

WARNING = re.compile(r"^Doc file '(?P<file>[^']+)' contains (?:an? )?[\w ]*?link (?:to )?'(?P<link>[^']+)'")


def find_line(path: str, link: str) -> int | None:
    """Return the 1-based line of ``path`` where ``link`` is used as a link target.

    Exact Markdown and HTML link forms are preferred over a bare mention, so
    that ``other`` is not found inside ``other.md#section`` on an earlier line.
    """
    forms = (f"]({link})", f"]({link} ", f"]: {link}", f'href="{link}"', f"<{link}>")
    try:
        with open(path, encoding="utf-8") as source:
            lines = source.read().splitlines()
    except OSError:
        return None
    for wanted in (lambda line: any(form in line for form in forms), lambda line: link in line):
        for number, line in enumerate(lines, start=1):
            if wanted(line):
                return number
    return None


class LinkLineFilter(logging.Filter):
    """Rewrites link warnings of ``mkdocs.structure.pages`` to lead with file:line."""

    def __init__(self, docs_dir: str) -> None:
        super().__init__()
        self.docs_dir = docs_dir

    def filter(self, record: logging.LogRecord) -> bool:
        match = WARNING.match(record.getMessage())
        if match:
            path = os.path.join(self.docs_dir, match["file"])
            line = find_line(path, match["link"])
            where = os.path.relpath(path)
            record.msg = f"{where}:{line or 1}: {record.getMessage()}"
            record.args = ()
        return True


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Install the filter once per process (``mkdocs serve`` reloads hooks)."""
    logger = logging.getLogger("mkdocs.structure.pages")
    for old in [f for f in logger.filters if type(f).__name__ == "LinkLineFilter"]:
        logger.removeFilter(old)
    logger.addFilter(LinkLineFilter(config.docs_dir))
    return config
