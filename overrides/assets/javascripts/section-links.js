/* Copy-link control: a button at the end of each section heading's line that
   copies the section's full address as the reader has the page open, served
   (http://localhost:8000/...) or opened from disk (file:///...). */
(function () {
  "use strict";

  var HEADINGS = ".md-content article h2[id], .md-content article h3[id], " +
    ".md-content article h4[id], .md-content article h5[id], .md-content article h6[id]";
  var DONE_MS = 2000;
  /* Material Design Icons' "link-variant" (Apache 2.0, as shipped with Material for MkDocs). */
  var ICON = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">' +
    '<path fill="currentColor" d="M10.59 13.41c.41.39.41 1.03 0 1.42-.39.39-1.03.39-1.42 0a5.003 5.003 0 0 1 0-7.07' +
    'l3.54-3.54a5.003 5.003 0 0 1 7.07 0 5.003 5.003 0 0 1 0 7.07l-1.49 1.49c.01-.82-.12-1.64-.4-2.42l.47-.48a2.982' +
    ' 2.982 0 0 0 0-4.24 2.982 2.982 0 0 0-4.24 0l-3.53 3.53a2.982 2.982 0 0 0 0 4.24m2.82-4.24c.39-.39 1.03-.39 1.42' +
    ' 0a5.003 5.003 0 0 1 0 7.07l-3.54 3.54a5.003 5.003 0 0 1-7.07 0 5.003 5.003 0 0 1 0-7.07l1.49-1.49c-.01.82.12' +
    ' 1.64.4 2.43l-.47.47a2.982 2.982 0 0 0 0 4.24 2.982 2.982 0 0 0 4.24 0l3.53-3.53a2.982 2.982 0 0 0 0-4.24.973.973' +
    ' 0 0 1 0-1.42z"/></svg>';

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

  /* Say what happened beside the button, then clear it. */
  function report(status, message) {
    status.textContent = message;
    window.setTimeout(function () { status.textContent = ""; }, DONE_MS);
  }

  /* The button sits in the heading's reserved right margin (no line of its
     own, no layout shift); the heading is named by its title alone, so that
     a screen reader does not read the button's label as part of it. */
  function addButton(heading) {
    var button = document.createElement("button");
    var status = document.createElement("span");
    var title = heading.textContent.replace("\u00b6", "").trim();
    heading.setAttribute("aria-label", title);
    button.type = "button";
    button.className = "section-copy-link";
    button.title = "Copy the address of this section";
    button.setAttribute("aria-label", "Copy link to section: " + title);
    button.innerHTML = ICON;
    status.className = "section-copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      copyText(sectionUrl(heading.id)).then(
        function () { report(status, "link copied"); },
        function () { report(status, "copy failed"); }
      );
    });
    heading.appendChild(button);
    heading.appendChild(status);
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
