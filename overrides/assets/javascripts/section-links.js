/* Copy-link control: a button beside each section heading's permalink that
   copies the section's full address as the reader has the page open, served
   (http://localhost:8000/...) or opened from disk (file:///...). */
(function () {
  "use strict";

  var HEADINGS = ".md-content article h2[id], .md-content article h3[id], " +
    ".md-content article h4[id], .md-content article h5[id], .md-content article h6[id]";
  var DONE_MS = 2000;

  /* The address of the section with this ID on the page as it is open now,
     without the ?h= search-highlight query the search box may have added. */
  function sectionUrl(id) {
    return location.href.split("#")[0].split("?")[0] + "#" + id;
  }

  /* Copy text with the Clipboard API where the page may use it, else with a
     selected, hidden text area (older browsers, some file:// setups). */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "section-copy-buffer";
    document.body.appendChild(area);
    area.select();
    var copied = document.execCommand("copy");
    document.body.removeChild(area);
    return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  /* Say what happened in the button itself, then restore its label. */
  function report(button, message) {
    button.textContent = message;
    window.setTimeout(function () { button.textContent = "copy link"; }, DONE_MS);
  }

  function addButton(heading) {
    var button = document.createElement("button");
    var title = heading.textContent.replace("\u00b6", "").trim();
    button.type = "button";
    button.className = "section-copy-link";
    button.textContent = "copy link";
    button.title = "Copy the address of this section";
    button.setAttribute("aria-label", "Copy link to section: " + title);
    button.setAttribute("aria-live", "polite");
    button.addEventListener("click", function () {
      copyText(sectionUrl(heading.id)).then(
        function () { report(button, "link copied"); },
        function () { report(button, "copy failed"); }
      );
    });
    heading.appendChild(button);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(HEADINGS), addButton);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
