/*
 * Render the page's Mermaid diagrams in the colours of the current palette,
 * and render them again when the reader toggles light/dark. Mermaid itself
 * is added by mkdocs-mermaid2 only to pages that have a diagram; on other
 * pages this script finds no diagram and does nothing.
 */
(function () {
  "use strict";

  function mermaidTheme() {
    return document.body.getAttribute("data-md-color-scheme") === "slate" ? "dark" : "default";
  }

  /*
   * Mermaid scales a wide diagram down to the column; past a point its text
   * becomes unreadable. Below MIN_SCALE the diagram keeps that scale and the
   * container scrolls sideways instead.
   */
  var MIN_SCALE = 0.7;

  /*
   * A left-to-right flowchart too wide for the column (on a phone, or a
   * long pipeline on a laptop) is drawn again top to bottom, which fits a
   * narrow column; only what is still too wide after that scrolls.
   */
  var SIDEWAYS = /^(\s*(?:flowchart|graph)\s+)(LR|RL)\b/m;

  function tooWide(el) {
    var natural = naturalWidth(el);
    return natural && natural * MIN_SCALE > el.clientWidth ? natural : 0;
  }

  function keepReadable(el) {
    var natural = tooWide(el);
    if (natural) {
      el.querySelector("svg").style.minWidth = natural * MIN_SCALE + "px";
    }
  }

  function draw(diagrams, source) {
    diagrams.forEach(function (el) {
      el.removeAttribute("data-processed");
      el.textContent = source(el);
    });
    return window.mermaid.run({ nodes: diagrams });
  }

  function naturalWidth(el) {
    var svg = el.querySelector("svg");
    return svg ? parseFloat(svg.style.maxWidth) : NaN;
  }

  /* Turn each too-wide flowchart; keep the turn only if it came out narrower. */
  function turnTooWide(diagrams) {
    var turned = diagrams.filter(function (el) {
      return !el.dataset.drawn && tooWide(el) && SIDEWAYS.test(el.dataset.source);
    });
    if (!turned.length) {
      return null;
    }
    var sideways = turned.map(naturalWidth);
    turned.forEach(function (el) {
      el.dataset.drawn = el.dataset.source.replace(SIDEWAYS, "$1TB");
    });
    return draw(turned, function (el) { return el.dataset.drawn; }).then(function () {
      var back = turned.filter(function (el, index) {
        return tooWide(el) && naturalWidth(el) >= sideways[index];
      });
      back.forEach(function (el) {
        el.dataset.drawn = el.dataset.source;
      });
      return back.length ? draw(back, function (el) { return el.dataset.drawn; }) : null;
    });
  }

  function render(diagrams) {
    window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: mermaidTheme() });
    function done() {
      diagrams.forEach(keepReadable);
      document.body.setAttribute("data-diagrams-rendered", String(diagrams.length));
    }
    return draw(diagrams, function (el) { return el.dataset.drawn || el.dataset.source; })
      .then(function () { return turnTooWide(diagrams); })
      .then(done, function (error) {
        done();
        throw error;
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var diagrams = Array.prototype.slice.call(document.querySelectorAll("div.mermaid"));
    if (!diagrams.length || !window.mermaid) {
      return;
    }
    diagrams.forEach(function (el) {
      el.dataset.source = el.textContent;
    });
    render(diagrams);
    new MutationObserver(function () {
      render(diagrams);
    }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
  });
})();
