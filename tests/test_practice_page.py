"""The practice page in Chromium from file://, as a reader opens a copy on disk: review, grade, reload."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, Page

from scripts.guide.browser import fence_network


def open_review(browser: Browser, site_dir: Path) -> tuple[Page, list[str], list[str]]:
    """The review page opened from disk, fenced off the network; with its blocked requests and errors."""
    context = browser.new_context()
    page = context.new_page()
    blocked = fence_network(context)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto((site_dir / "practice" / "index.html").as_uri())
    page.wait_for_selector("[data-review]:not([hidden])", timeout=5_000)
    return page, blocked, errors


def test_review_progress_survives_a_reload_from_disk(browser: Browser, site_dir: Path) -> None:
    page, blocked, errors = open_review(browser, site_dir)
    first = page.inner_text("[data-review-prompt]")
    assert first
    page.focus("[data-review-reveal]")
    page.keyboard.press("Space")
    assert page.is_visible("[data-review-answer]")
    assert re.fullmatch(r"\.\./[\w/-]+\.html#[\w-]+", page.get_attribute("[data-review-link]", "href"))
    page.keyboard.press("3")
    assert page.inner_text("[data-review-prompt]") != first
    page.reload()
    page.wait_for_selector("[data-review]:not([hidden])")
    learned = page.eval_on_selector_all("[data-review-counts] tr td:nth-child(4)",
                                        "cells => cells.reduce((sum, c) => sum + Number(c.textContent), 0)")
    assert learned == 1
    assert page.inner_text("[data-review-prompt]") != first
    assert blocked == [] and errors == []
    page.context.close()


def test_review_filters_cards_by_chapter(browser: Browser, site_dir: Path) -> None:
    page, _, _ = open_review(browser, site_dir)
    page.select_option("[data-review-chapter]", "Scenarios")
    assert page.inner_text("[data-review-kind]").startswith("Scenarios ·")
    page.context.close()


def test_a_scenario_attempt_folds_times_and_resumes_after_leaving_the_page(browser: Browser, site_dir: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    blocked = fence_network(context)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    scenario = (site_dir / "scenarios" / "news-feed.html").as_uri()
    page.goto(scenario)
    page.click("[data-attempt-start]")
    page.fill("[data-attempt-notes]", "300 million daily users")
    assert page.is_hidden("#serving + .attempt__reveal ~ *") and page.is_visible("#serving + .attempt__reveal")
    page.goto((site_dir / "index.html").as_uri())
    page.evaluate("""() => {
        const key = Object.keys(localStorage).find(k => k.startsWith('field-guide-attempt:'));
        const state = JSON.parse(localStorage.getItem(key));
        state.start -= 20 * 60 * 1000;
        localStorage.setItem(key, JSON.stringify(state));
    }""")
    page.goto(scenario)
    assert page.input_value("[data-attempt-notes]") == "300 million daily users"
    assert page.inner_text("[data-attempt-clock]").startswith("20:0")
    assert page.inner_text("[data-attempt-phase]").startswith("Model and evaluation")
    assert page.is_visible("#serving + .attempt__reveal")
    page.goto(scenario + "#serving")
    page.wait_for_selector("#serving + .attempt__reveal", state="detached")
    assert page.is_visible("#serving ~ p") and page.is_visible("#evaluation + .attempt__reveal")
    page.click("[data-attempt-finish]")
    assert page.is_visible("[data-attempt-grading]") and page.locator(".attempt__reveal").count() == 0
    assert blocked == [] and errors == []
    context.close()
