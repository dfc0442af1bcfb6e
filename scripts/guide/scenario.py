"""The scenario template and front-matter schema of ``CONTENT_SPEC.md``, defined once.

The structure check enforces them and the scenario-matrix hook reads the
same schema, so the two can never disagree.
"""

from __future__ import annotations

from scripts.guide.markdown import Document

SECTION_IDS = [
    "prompt", "requirements", "framing", "architecture", "data", "features", "model",
    "training", "evaluation", "serving", "monitoring", "follow-ups", "trade-offs", "check-yourself",
    "references",
]
FAMILIES = (  # in the order of the site map and of scenarios/index.md
    "recommendation and feeds", "ads", "search and retrieval", "vision, integrity and risk", "forecasting",
    "generative AI",
)
STRING_KEYS = ("task", "baseline", "production_model")
LIST_KEYS = ("offline_metrics", "online_metrics")
CHOICES = {"family": FAMILIES, "difficulty": ("core", "advanced"), "serving": ("online", "batch", "hybrid")}
NOT_WALKTHROUGHS = ("scenarios/index.md", "scenarios/atlas.md")


def is_walkthrough(src_uri: str) -> bool:
    """Whether a page (``scenarios/x.md``, relative to ``docs/``) is a scenario walkthrough."""
    return src_uri.startswith("scenarios/") and src_uri.count("/") == 1 and src_uri not in NOT_WALKTHROUGHS


def schema_problems(page: Document) -> list[str]:
    """Every way the page's front matter breaks the scenario schema, as ``file:line: message``."""
    matter = page.front_matter
    where = page.where
    if matter.error:
        return [f"{where}:{matter.error}"]
    data, key_lines = matter.data, matter.key_lines
    problems = []

    def at(key: str) -> str:
        return f"{where}:{key_lines.get(key, 1)}"

    for key, allowed in CHOICES.items():
        if key not in data:
            problems.append(f"{where}:1: front matter is missing '{key}'; add one of: {', '.join(allowed)}")
        elif data[key] not in allowed:
            problems.append(f"{at(key)}: '{key}' is {data[key]!r}; allowed: {', '.join(allowed)}")
    for key in STRING_KEYS:
        if key not in data:
            problems.append(f"{where}:1: front matter is missing '{key}'")
        elif not isinstance(data[key], str) or not data[key].strip():
            problems.append(f"{at(key)}: '{key}' must be a non-empty string")
    for key in LIST_KEYS:
        value = data.get(key)
        if key not in data:
            problems.append(f"{where}:1: front matter is missing '{key}'")
        elif not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            problems.append(f"{at(key)}: '{key}' must be a non-empty list of strings")
    budget = data.get("latency_budget_ms")
    if "latency_budget_ms" not in data:
        problems.append(f"{where}:1: front matter is missing 'latency_budget_ms'")
    elif not isinstance(budget, int) or isinstance(budget, bool) or budget <= 0:
        problems.append(f"{at('latency_budget_ms')}: 'latency_budget_ms' must be a positive integer")
    return problems
