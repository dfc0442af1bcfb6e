"""Diagram contrast check: every diagram of the built site is readable in the light and the dark palette.

Each built page with a diagram is opened in headless Chromium from a local
server, the network cut, once per palette. In every inline SVG, each text
element is measured against the shape painted behind it (the last filled
shape before it whose box holds the text's centre, else the page) and must
reach 4.5:1; each box outline (node, participant, subgraph, note, task) must
reach 3:1 against the page, by its stroke or its fill (WCAG 1.4.3 and 1.4.11;
axe cannot see inside SVG shapes). Pages must also load without a console
error and without a request off this machine. Problems name the diagram's
``docs/page.md:line``.

Usage: ``python -m scripts.checks.contrast [site_dir]`` (default ``site``; build it first).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from scripts.guide.browser import fence_network, launch, serve
from scripts.guide.diagrams import FIGURE
from scripts.guide.paths import missing_site
from scripts.guide.report import Report, finish

TEXT_RATIO, OUTLINE_RATIO = 4.5, 3.0
PALETTES = {"light": "default", "dark": "slate"}
MEASURE = """([scheme, textRatio, outlineRatio]) => {
  document.body.setAttribute('data-md-color-scheme', scheme);
  const canvas = document.createElement('canvas').getContext('2d');
  const rgba = (colour) => {
    canvas.fillStyle = '#000'; canvas.fillStyle = colour;
    const value = canvas.fillStyle;
    if (value.startsWith('#')) return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)).concat(1);
    const parts = value.match(/[\\d.]+/g).map(Number);
    return parts.length === 4 ? parts : parts.concat(1);
  };
  const over = (top, bottom) => top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const hex = (c) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  const page = rgba(getComputedStyle(document.querySelector('.md-main') || document.body).backgroundColor);
  const pageBg = page[3] === 0 ? rgba(getComputedStyle(document.body).backgroundColor) : page;
  const ownColour = (el) => {
    const style = getComputedStyle(el);
    if (style.fill === 'none' || style.visibility === 'hidden' || style.display === 'none') return null;
    const colour = rgba(style.fill);
    colour[3] *= Number(style.fillOpacity) * Number(style.opacity);
    return colour[3] === 0 ? null : colour;
  };
  const paint = (el, bottom) => { const colour = ownColour(el); return colour ? over(colour, bottom) : null; };
  return Array.from(document.querySelectorAll('figure.diagram')).map((figure) => {
    const svg = figure.querySelector('svg');
    const problems = [];
    if (!svg) return { source: figure.dataset.source, problems: ['no SVG in the figure'] };
    // Each shape's place in document order, box and own colour, read once: a text is drawn over the
    // shapes that come before it and contain its centre.
    const order = new Map(Array.from(svg.querySelectorAll('*')).map((el, i) => [el, i]));
    const shapes = Array.from(svg.querySelectorAll('rect, path, polygon, circle, ellipse'))
      .filter((el) => !el.closest('marker, defs, symbol'))
      .map((el) => ({ at: order.get(el), area: el.getBoundingClientRect(), colour: ownColour(el) }))
      .filter((shape) => shape.colour !== null);
    for (const text of svg.querySelectorAll('text')) {
      const words = (text.textContent || '').trim();
      const box = text.getBoundingClientRect();
      if (!words || box.width === 0) continue;
      const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
      const at = order.get(text);
      let behind = pageBg;
      for (const shape of shapes) {
        if (shape.at >= at) break;
        const area = shape.area;
        if (cx < area.left || cx > area.right || cy < area.top || cy > area.bottom) continue;
        behind = over(shape.colour, behind);
      }
      const ink = over(rgba(getComputedStyle(text).fill), behind);
      const value = ratio(ink, behind);
      if (value < textRatio) problems.push(`text '${words.slice(0, 40)}' is ${hex(ink)} on ${hex(behind)}: ${value.toFixed(2)}:1, needs ${textRatio}:1`);
    }
    const boxes = svg.querySelectorAll('.node rect, .node polygon, .node circle, .node path, rect.actor, .cluster rect, rect.note, rect.task');
    for (const shape of boxes) {
      const style = getComputedStyle(shape);
      const stroke = style.stroke === 'none' ? 1 : ratio(over(rgba(style.stroke), pageBg), pageBg);
      const fill = paint(shape, pageBg);
      const best = Math.max(stroke, fill ? ratio(fill, pageBg) : 1);
      if (best < outlineRatio) problems.push(`box outline ${style.stroke} on the page ${hex(pageBg)}: ${best.toFixed(2)}:1, needs ${outlineRatio}:1`);
    }
    return { source: figure.dataset.source, problems };
  });
}"""


def pages_with_diagrams(site: Path) -> list[str]:
    """Site-relative paths of the built pages that show a diagram."""
    return [path.relative_to(site).as_posix() for path in sorted(site.rglob("*.html"))
            if FIGURE in path.read_text(encoding="utf-8")]


def check_site(site: Path, browser: Browser, pages: list[str] | None = None) -> Report:
    """Measure every diagram of ``pages`` (default: every diagram page of ``site``) in both palettes."""
    report = Report()
    report.counts.update({"pages": 0, "diagrams": 0})
    if problem := missing_site(site):
        report.problems.append(problem)
        return report
    pages = pages_with_diagrams(site) if pages is None else pages
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    blocked = fence_network(context)
    errors: list[str] = []
    current = [""]
    page = context.new_page()
    page.on("console", lambda m: errors.append(f"{current[0]}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"{current[0]}: {e}"))
    with serve(site) as base:
        for relative in pages:
            current[0] = relative
            page.goto(base + relative, wait_until="load")
            report.counts["pages"] += 1
            report.counts["diagrams"] += page.locator("figure.diagram").count()
            for name, scheme in PALETTES.items():
                figures = page.evaluate(MEASURE, [scheme, TEXT_RATIO, OUTLINE_RATIO])
                for figure in figures:
                    shown = figure["problems"][:3]
                    more = len(figure["problems"]) - len(shown)
                    report.problems += [f"{figure['source']}: {name} palette: {problem}" for problem in shown]
                    if more:
                        report.problems.append(f"{figure['source']}: {name} palette: {more} more like these")
    page.close()
    context.close()
    report.problems += [f"console error on {error}" for error in errors]
    report.problems += [f"blocked off-site request: {url}" for url in blocked]
    if not pages:
        report.problems.append(f"{site}: no page with a diagram found; nothing was measured")
    return report


def main() -> None:
    """Check the site folder given (default ``site``); exit non-zero on any problem."""
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        report = check_site(site, browser)
        browser.close()
    finish(report)


if __name__ == "__main__":
    main()
