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

  function keepReadable(el) {
    var svg = el.querySelector("svg");
    var natural = svg ? parseFloat(svg.style.maxWidth) : NaN;
    if (natural && natural * MIN_SCALE > el.clientWidth) {
      svg.style.minWidth = natural * MIN_SCALE + "px";
    }
  }

  function render(diagrams) {
    diagrams.forEach(function (el) {
      el.removeAttribute("data-processed");
      el.textContent = el.dataset.source;
    });
    window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: mermaidTheme() });
    function done() {
      diagrams.forEach(keepReadable);
      document.body.setAttribute("data-diagrams-rendered", String(diagrams.length));
    }
    return window.mermaid.run({ nodes: diagrams }).then(done, function (error) {
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
