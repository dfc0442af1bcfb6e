"""Reader affordance for deep links: every section's copy-link control copies the
section's address as the page is open, served from localhost or opened from disk."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from scripts.guide.browser import fence_network, serve

PAGE = "framework/serve-and-monitor.html"
SECTION = "ctr-drop"
# Record what the page copies, by either path section-links.js may take.
RECORD_COPIES = """
window.copiedText = [];
Object.defineProperty(navigator, "clipboard", {value: {writeText: (text) => {
  window.copiedText.push(text); return Promise.resolve(); }}});
document.execCommand = (command) => {
  window.copiedText.push(document.activeElement.value); return command === "copy"; };
"""


def copied_address(browser: Browser, url: str) -> tuple[str, int, int]:
    """Open ``url``, click the copy-link control of SECTION; return what was copied and the
    counts of section headings and of controls on the page."""
    context = browser.new_context()
    fence_network(context)
    context.add_init_script(RECORD_COPIES)
    page = context.new_page()
    page.goto(url)
    page.hover(f"#{SECTION}")
    page.click(f"#{SECTION} .section-copy-link")
    page.wait_for_function("window.copiedText.length > 0")
    headings = page.locator(".md-content article :is(h2, h3, h4, h5, h6)[id]").count()
    controls = page.locator(".section-copy-link").count()
    copied = page.evaluate("window.copiedText[0]")
    context.close()
    return copied, headings, controls


def test_copy_link_copies_the_served_address_of_the_section(site_dir: Path, browser: Browser) -> None:
    with serve(site_dir) as base:
        copied, headings, controls = copied_address(browser, f"{base}{PAGE}?h=serving#study")
    assert copied == f"{base}{PAGE}#{SECTION}"
    assert headings >= 10 and controls == headings


def test_copy_link_copies_the_file_address_of_the_section(site_dir: Path, browser: Browser) -> None:
    url = (site_dir / PAGE).as_uri()
    copied, headings, controls = copied_address(browser, url)
    assert copied == f"{url}#{SECTION}"
    assert controls == headings
