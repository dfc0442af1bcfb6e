"""MkDocs hook: a search index that finds what readers type.

Material's index splits words on hyphens and matches words exactly, so
"tradeoffs" finds nothing where the guide writes "trade-offs", and
"labeling" misses the guide's British "labelling". After the search plugin
writes ``search/search_index.json`` and before the offline plugin inlines
it, this hook adds one field, ``alt``, to the index (same weight as the text)
and fills it for each section with words the reader may type instead:

* the hyphen-free form of each hyphenated word ("tradeoffs", "reranking");
* the other spelling of each word spelled differently in Britain and
  America (``american``);
* the synonyms and abbreviations of ``includes/search-terms.yml`` whose
  pattern the section contains.

The first entry of each page also gets the page's front-matter description,
in a second added field, ``summary``, weighted above the text because it
says in a sentence what the whole page is about.
A page kept out of the index for weight (``search: exclude: true``) gets one
entry: its title, description and first paragraph, so it can still be found.
The ``alt`` words are never shown in results.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from mkdocs.utils import yaml_load

FIELD = "alt"
SUMMARY = "summary"
SUMMARY_BOOST = 20.0
TERMS = Path(__file__).resolve().parent.parent / "includes" / "search-terms.yml"
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[a-z]+(?:-[a-z]+)+|[a-z]+")
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
# British endings and their American forms, tried in order; KEEP are words the rules would wrongly change.
# The guide mostly writes British forms, but a few words follow their sources ("quantization"), so the
# -ize forms get their -ise twins too (BRITISH).
BRITISH = re.compile(r"^(.{3,})iz(ation|ations|e|ed|es|ing|er|ers)$")
SPELLINGS = (
    (re.compile(r"^(.{3,})is(ation|ations|e|ed|es|ing|er|ers)$"), r"\1iz\2"),
    (re.compile(r"^(.{3,})ys(e|ed|es|ing)$"), r"\1yz\2"),
    (re.compile(r"^(behavi|neighb|fav|col|hon|rum|flav|lab)our(s|ed|ing|ite|ites|hood|hoods)?$"), r"\1or\2"),
    (re.compile(r"^(un|re)?(label|model|cancel|travel|signal|tunnel|fuel)l(ed|ing|er|ers)$"), r"\1\2\3"),
    (re.compile(r"^(cent|kilomet|met|lit|fib)re(s|d)?$"), r"\1er\2"),
    (re.compile(r"^(catal|anal|dial)ogue(s)?$"), r"\1og\2"),
    (re.compile(r"^(defen|licen|offen|preten)ce(s)?$"), r"\1se\2"),
    (re.compile(r"^practis(e|ed|es|ing)$"), r"practic\1"),
)
KEEP = frozenset({
    "noise", "noises", "denoise", "denoised", "denoising", "promise", "promised", "promises", "promising",
    "otherwise", "likewise", "pairwise", "listwise", "pointwise", "piecewise", "clockwise", "rise", "rises",
    "rising", "raise", "raised", "raises", "raising", "arise", "arises", "arising", "exercise", "exercised",
    "exercises", "enterprise", "enterprises", "precise", "supervise", "supervised", "supervising", "unsupervised",
    "advertise", "advertised", "advertiser", "advertisers", "advertising", "compromise", "compromised",
    "compromises", "compromising", "revise", "revised", "revising", "surprise", "surprised", "surprising",
    "expertise", "franchise", "premise", "premises", "concise", "devise", "devised", "comprise", "comprises",
    "disguise", "merchandise", "cruise", "paradise", "treatise", "improvise", "televise", "chastise", "despise",
})
_DESCRIPTIONS: dict[str, str] = {}
_EXCLUDED: dict[str, dict[str, str]] = {}


def american(word: str) -> str | None:
    """The other spelling of ``word`` (lower case): American for British, -ise for -ize; None if it has none."""
    if word in KEEP:
        return None
    if BRITISH.match(word):
        return BRITISH.sub(r"\1is\2", word)
    for pattern, replacement in SPELLINGS:
        if pattern.match(word):
            return pattern.sub(replacement, word)
    return None


def synonyms() -> list[tuple[re.Pattern[str], list[str]]]:
    """(pattern, words to add) for each entry of the synonyms file."""
    data = yaml_load(TERMS.read_text(encoding="utf-8")) or {}
    return [(re.compile(rf"\b(?:{pattern})", re.I), [str(w) for w in words])
            for pattern, words in (data.get("synonyms") or {}).items()]


def variants(text: str, extra: list[tuple[re.Pattern[str], list[str]]]) -> str:
    """The words a reader might type for ``text`` that ``text`` itself does not contain."""
    plain = html.unescape(TAG.sub(" ", text))
    words = set(WORD.findall(plain.lower()))
    found: set[str] = set()
    for word in words:
        if "-" in word:
            found.add(word.replace("-", ""))
            parts = word.split("-")
        else:
            parts = [word]
        for part in parts:
            if spelled := american(part):
                found.add(spelled)
    for pattern, added in extra:
        if pattern.search(plain):
            found.update(w.lower() for w in added)
    return " ".join(sorted(found - words))


def on_page_context(context: dict, page: Page, **_: object) -> dict:
    """Remember each page's description, and the summary of a page excluded from search."""
    description = str(page.meta.get("description") or "")
    _DESCRIPTIONS[page.url] = description
    if (page.meta.get("search") or {}).get("exclude"):
        first = PARAGRAPH.search(page.content or "")
        _EXCLUDED[page.url] = {"location": page.url, "title": page.title or "",
                               "text": f"<p>{html.escape(description)}</p>" + (f"<p>{first.group(1)}</p>" if first else "")}
    return context


@event_priority(-50)
def on_post_build(config: MkDocsConfig, **_: object) -> None:
    """Add the ``alt`` field to the search index the search plugin wrote, before it is inlined."""
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    index["config"]["fields"][FIELD] = {"boost": 1.0}
    index["config"]["fields"][SUMMARY] = {"boost": SUMMARY_BOOST}
    extra = synonyms()
    docs = index["docs"]
    present = {doc["location"] for doc in docs}
    docs += [entry for url, entry in _EXCLUDED.items() if url not in present]
    described: set[str] = set()
    for doc in docs:
        page = doc["location"].split("#")[0]
        alt = variants(doc.get("title", "") + " " + doc.get("text", ""), extra)
        if page not in described and _DESCRIPTIONS.get(page):
            described.add(page)
            description = _DESCRIPTIONS[page]
            doc[SUMMARY] = " ".join(filter(None, [description, variants(description, extra)]))
        if alt:
            doc[FIELD] = alt
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
