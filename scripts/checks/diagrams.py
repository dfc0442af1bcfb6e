"""Diagram drawings check: every block of a finished page has a fresh, readable drawing in the store.

For each fenced ``mermaid`` block of a published page (drafts left out):

* its drawing ``diagrams/<key>.svg`` exists, so the source has not changed
  since it was drawn (the key hashes the source, Mermaid's version, the
  configuration and the font);
* the drawing is not Mermaid's error graphic, holds no ``foreignObject``
  (HTML labels) and keeps its accessible ``<title>``;
* its 16 px text is still at least 12 px when scaled into the 688 px laptop
  column (natural width at most about 917 px);
* no label holds a raw ``<tag``, which Mermaid draws as an empty label.

Drawings that no block of any page (drafts included) uses are reported
too. No browser is needed.
Usage: ``python -m scripts.checks.diagrams``.
"""

from __future__ import annotations

from pathlib import Path

from scripts.guide.diagrams import (
    COLUMN_PX, MAX_WIDTH_PX, MIN_TEXT_PX, RENDER_COMMAND, diagram_key, has_html_labels, is_error_graphic, load,
    raw_tag_problems,
)
from scripts.guide.markdown import Document, documents
from scripts.guide.pages import finished_pages
from scripts.guide.paths import DIAGRAM_STORE, DOCS, display
from scripts.guide.report import Report, finish


def check(pages: list[Document], store: Path = DIAGRAM_STORE, every_page: list[Document] | None = None) -> Report:
    """Check the drawing of every diagram of ``pages`` in ``store``.

    With ``every_page`` (the finished pages and the drafts), drawings that none of them uses are reported.
    """
    report = Report()
    report.counts["diagrams"] = 0
    for page in pages:
        for diagram in page.diagrams:
            report.counts["diagrams"] += 1
            where = diagram.file_line()
            report.problems += raw_tag_problems(diagram)
            drawing = load(diagram.source, store)
            if drawing is None:
                report.problems.append(f"{where}: this diagram has no fresh drawing (it is new or changed); "
                                       f"run: {RENDER_COMMAND}")
                continue
            if is_error_graphic(drawing.svg):
                report.problems.append(f"{where}: the stored drawing is Mermaid's error graphic; "
                                       f"fix the diagram and run: {RENDER_COMMAND}")
            if has_html_labels(drawing.svg):
                report.problems.append(f"{where}: the drawing has HTML labels (foreignObject); run: {RENDER_COMMAND}")
            if not drawing.title:
                report.problems.append(f"{where}: the diagram has no accTitle; add an 'accTitle: ...' line")
            if drawing.width > MAX_WIDTH_PX:
                report.problems.append(
                    f"{where}: the diagram is {drawing.width:.0f} px wide, so its text shrinks to "
                    f"{drawing.text_px_in_column:.1f} px in the {COLUMN_PX} px column (at least {MIN_TEXT_PX} px "
                    f"needs {MAX_WIDTH_PX:.0f} px or less); shorten labels, stack with subgraphs or split it")
    if every_page is not None:
        used = {diagram_key(d.source) for page in every_page for d in page.diagrams}
        report.problems += [f"{display(path)}: no diagram uses this drawing any more; run: {RENDER_COMMAND}"
                            for path in sorted(store.glob("*.svg")) if path.stem not in used]
    return report


def main() -> None:
    """Check the guide's diagrams; exit non-zero on any problem."""
    finish(check(finished_pages(), every_page=documents(DOCS)))


if __name__ == "__main__":
    main()
