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

  function render(diagrams) {
    diagrams.forEach(function (el) {
      el.removeAttribute("data-processed");
      el.textContent = el.dataset.source;
    });
    window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: mermaidTheme() });
    function done() {
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
