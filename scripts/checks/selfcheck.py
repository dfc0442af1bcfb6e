"""Self-check check: every content page ends with a Check yourself section that a reader can use.

For each finished framework, foundations, MLOps and scenario page (not the
chapter index pages or the atlas):

* a ``## Check yourself {#check-yourself}`` section is the last section
  before ``## References {#references}`` (or the page's last section);
* it holds 4 to 8 collapsible questions, each with an answer;
* each answer links to the section that teaches it, and that link resolves:
  the page exists among the finished pages and the ``#id`` is an explicit ID
  on it;
* every question of the question bank has an answer for its flashcard: the
  opening paragraph of the section it links, or a short answer of its own.

Problems are reported as ``file:line: message``.
Usage: ``python -m scripts.checks.selfcheck``.
"""

from __future__ import annotations

import posixpath
import re

from scripts.guide.deck import NO_ANSWER, QUESTION_BANK, bank_cards
from scripts.guide.markdown import Document
from scripts.guide.pages import finished_pages
from scripts.guide.practice import SELF_CHECK, needs_self_check, questions
from scripts.guide.report import Report, finish

MIN_QUESTIONS, MAX_QUESTIONS = 4, 8
HEADING = "## Check yourself {#check-yourself}"


def src_uri(page: Document) -> str:
    """The page's path relative to ``docs/``."""
    return page.where.split("docs/", 1)[-1]


def ids_on(page: Document) -> set[str]:
    """Every explicit ID the page defines: heading IDs, attribute-list IDs and aliases."""
    text = "\n".join(line for _, line in page.prose_lines())
    ids = {heading.anchor for heading in page.headings if heading.anchor}
    ids |= set(re.findall(r"\{[^}]*#([\w-]+)", text))
    ids |= {alias for group in re.findall(r'data-aliases="([^"]*)"', text) for alias in group.split()}
    return ids


def link_problem(target: str, page: Document, pages: dict[str, Document]) -> str | None:
    """Why a link in an answer does not land on a section of a finished page, or None when it does."""
    path, _, anchor = target.partition("#")
    if "://" in path:
        return f"links off the guide ({target}); link the section of this guide that teaches it"
    if not anchor:
        return f"links to a page ({target}), not a section; add the section's #id"
    uri = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri(page)), path)) if path else src_uri(page)
    landing = pages.get(uri)
    if landing is None:
        return f"links to {path}, which is not a finished page of the guide"
    if anchor not in ids_on(landing):
        return f"links to #{anchor}, which is not an ID on {uri}"
    return None


def page_problems(page: Document, pages: dict[str, Document]) -> tuple[int, list[str]]:
    """(questions found, problems) for one page that must have a Check yourself section."""
    where = page.where
    level2 = [heading for heading in page.headings if heading.level == 2]
    position = next((i for i, h in enumerate(level2) if h.anchor == SELF_CHECK), None)
    if position is None:
        line = next((h.line for h in level2 if h.anchor == "references"), len(page.lines))
        return 0, [f"{where}:{line}: no Check yourself section; add '{HEADING}' with "
                   f"{MIN_QUESTIONS} to {MAX_QUESTIONS} questions just before References"]
    heading = level2[position]
    problems = []
    after = level2[position + 1:]
    if after and after[0].anchor != "references":
        problems.append(f"{where}:{heading.line}: Check yourself must be the last section before References; "
                        f"'{after[0].title}' follows it")
    found = questions(page, SELF_CHECK)
    if not MIN_QUESTIONS <= len(found) <= MAX_QUESTIONS:
        problems.append(f"{where}:{heading.line}: {len(found)} questions in collapsible blocks; "
                        f"{MIN_QUESTIONS} to {MAX_QUESTIONS} needed")
    for question in found:
        if not question.answer:
            problems.append(f"{where}:{question.line}: question '{question.prompt}' has no answer; "
                            "indent the answer by four spaces under it")
            continue
        if not question.links:
            problems.append(f"{where}:{question.line}: the answer to '{question.prompt}' links nowhere; "
                            "link the section that teaches it")
        for target in question.links:
            if problem := link_problem(target, page, pages):
                problems.append(f"{where}:{question.line}: the answer to '{question.prompt}' {problem}")
    return len(found), problems


def check(pages: list[Document]) -> Report:
    """Check the Check yourself section of every page of ``pages`` that needs one."""
    report = Report()
    by_uri = {src_uri(page): page for page in pages}
    report.counts["pages"] = 0
    report.counts["questions"] = 0
    for uri, page in by_uri.items():
        if needs_self_check(uri):
            count, problems = page_problems(page, by_uri)
            report.counts["pages"] += 1
            report.counts["questions"] += count
            report.problems += problems
    if QUESTION_BANK in by_uri:
        for card in bank_cards(by_uri[QUESTION_BANK], by_uri):
            if card.answer == NO_ANSWER:
                report.problems.append(f"{card.source}: the section this question links opens with no paragraph "
                                       "a flashcard can show; write a short answer under the question")
    return report


def main() -> None:
    """Check the finished pages; exit non-zero on any problem."""
    finish(check(finished_pages()))


if __name__ == "__main__":
    main()
