"""The flashcard scheduler (review.js): SM-2's published intervals and ease changes, run in Node."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from scripts.guide.paths import ROOT

REVIEW_JS = ROOT / "overrides" / "assets" / "javascripts" / "review.js"


def run_node(program: str) -> object:
    """Run ``program`` in Node with ``review`` bound to the scheduler's exports; return what it prints as JSON."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed to test review.js: apt-get install nodejs")
    script = f"const review = require({json.dumps(str(REVIEW_JS))});\n{program}"
    done = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_good_answers_follow_sm2_intervals_of_1_6_then_times_the_ease() -> None:
    intervals = run_node("""
        let state = null, day = "2026-01-01", out = [];
        for (let i = 0; i < 4; i++) { state = review.schedule(state, "good", day); out.push([state.interval, state.due, state.ease]); day = state.due; }
        console.log(JSON.stringify(out));""")
    assert intervals == [[1, "2026-01-02", 2.5], [6, "2026-01-08", 2.5], [15, "2026-01-23", 2.5],
                         [38, "2026-03-02", 2.5]]


def test_each_grade_changes_the_ease_as_sm2_publishes() -> None:
    eases = run_node("""
        const start = {reps: 3, interval: 15, ease: 2.5, lapses: 0};
        console.log(JSON.stringify(["again", "hard", "good", "easy"].map(g => review.schedule(start, g, "2026-01-01"))));""")
    again, hard, good, easy = eases
    assert (again["reps"], again["interval"], again["ease"], again["lapses"]) == (0, 1, 2.5, 1)
    assert (hard["ease"], good["ease"], easy["ease"]) == (2.36, 2.5, 2.6)
    assert hard["interval"] == good["interval"] == easy["interval"] == 38


def test_the_ease_never_falls_below_1_3() -> None:
    ease = run_node("""
        let state = {reps: 3, interval: 10, ease: 1.35, lapses: 0};
        state = review.schedule(state, "hard", "2026-01-01");
        console.log(JSON.stringify(state.ease));""")
    assert ease == 1.3


def test_due_cards_come_before_new_ones_and_new_cards_are_limited_per_day() -> None:
    order = run_node("""
        const deck = [{id: "a", chapter: "X"}, {id: "b", chapter: "X"}, {id: "c", chapter: "Y"}];
        const progress = {cards: {c: {reps: 1, interval: 1, ease: 2.5, lapses: 0, due: "2026-01-01"}}, introduced: {}};
        const first = review.nextCard(deck, progress, "2026-01-02", "").id;
        const inY = review.nextCard(deck, progress, "2026-01-02", "Y").id;
        progress.introduced["2026-01-02"] = review.NEW_PER_DAY;
        const capped = review.nextCard(deck, {cards: {}, introduced: progress.introduced}, "2026-01-02", "");
        console.log(JSON.stringify([first, inY, capped, review.counts(deck, progress, "2026-01-02")]));""")
    assert order == ["c", "c", None, {"X": {"new": 2, "due": 0, "learned": 0}, "Y": {"new": 0, "due": 1, "learned": 0}}]
