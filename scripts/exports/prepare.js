/*
 * Turn mkdocs-print-site-plugin's print page into a book before printing.
 * Loaded by scripts/exports/pdf.py; each function
 * is called from Python with page.evaluate and returns what Python checks.
 */
window.guidePdf = (function () {
  "use strict";

  /* Count the build-time drawings on the print page, per page section, and those without an SVG. */
  function countDiagrams() {
    var figures = Array.prototype.slice.call(document.querySelectorAll("figure.diagram"));
    var empty = figures.filter(function (figure) { return !figure.querySelector("svg"); })
      .map(function (figure) { return figure.getAttribute("data-source"); });
    return { found: figures.length, empty: empty, unrendered: document.querySelectorAll("div.mermaid").length };
  }

  /* Heading depth in the book: a chapter is level 1, its pages 2, their sections 3 and on. */
  function setOutlineLevels() {
    document.querySelectorAll("#print-site-page h1, #print-site-page h2, #print-site-page h3, #print-site-page h4, #print-site-page h5, #print-site-page h6").forEach(function (heading) {
      var depth = 0;
      for (var node = heading.parentElement; node; node = node.parentElement) {
        if (node.matches("section.print-page[id]")) {
          depth += 1;
        }
      }
      var level = Number(heading.tagName[1]) + Math.max(depth - 1, 0);
      heading.setAttribute("role", "heading");
      heading.setAttribute("aria-level", String(Math.min(level, 6)));
    });
  }

  /* Collapsible blocks open; each tab's label shown above its content. */
  function expandInteractive() {
    document.querySelectorAll("details").forEach(function (details) {
      details.open = true;
    });
    document.querySelectorAll(".tabbed-set").forEach(function (set) {
      var labels = set.querySelectorAll(".tabbed-labels > label");
      set.querySelectorAll(".tabbed-block").forEach(function (block, index) {
        if (labels[index]) {
          var title = document.createElement("p");
          title.className = "pdf-tab-title";
          title.textContent = labels[index].textContent;
          block.insertBefore(title, block.firstChild);
        }
      });
    });
  }

  /* A cover page with the title, description, date, version, licence and published address. */
  function addCover(meta) {
    var cover = document.createElement("section");
    cover.id = "pdf-cover";
    [["div", "pdf-cover-title", meta.title], ["p", "pdf-cover-description", meta.description],
     ["p", "pdf-cover-edition", meta.date + " · " + meta.version],
     ["p", "pdf-cover-licence", meta.licence]].forEach(function (part) {
      var el = document.createElement(part[0]);
      el.className = part[1];
      el.textContent = part[2];
      cover.appendChild(el);
    });
    var online = document.createElement("p");
    online.className = "pdf-cover-licence";
    online.textContent = "Read online: ";
    var address = document.createElement("a");
    address.href = meta.address;
    address.textContent = meta.address;
    online.appendChild(address);
    cover.appendChild(online);
    var contents = document.createElement("a");
    contents.className = "pdf-cover-contents";
    contents.href = "#print-page-toc";
    contents.textContent = "Contents";
    cover.appendChild(contents);
    var book = document.getElementById("print-site-page");
    book.insertBefore(cover, book.firstChild);
  }

  /* The title a page prints at its top (its h1, without the copy-link controls), or null. */
  function pageTitle(section) {
    var heading = section && section.matches("section.print-page") ? section.querySelector(":scope > h1") : null;
    if (!heading) {
      return null;
    }
    var copy = heading.cloneNode(true);
    copy.querySelectorAll(".headerlink, .section-copy-link").forEach(function (el) { el.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  /* Rebuild the plugin's table of contents with the pages' own titles (as the bookmarks have
     them) and a page-number slot per entry; return the targets. */
  function buildToc() {
    var toc = document.querySelector("#print-page-toc");
    var targets = [];
    toc.querySelectorAll("a[href^='#']").forEach(function (link) {
      var title = pageTitle(document.getElementById(link.getAttribute("href").slice(1)));
      if (title) {
        (link.querySelector(".md-ellipsis") || link).textContent = title;
      }
      var number = document.createElement("span");
      number.className = "pdf-toc-page";
      number.textContent = "000";
      link.appendChild(number);
      targets.push(link.getAttribute("href").slice(1));
    });
    toc.querySelector("h1").setAttribute("aria-level", "1");
    return targets;
  }

  /* The title of every page of the guide, in print order (the export checks each has a bookmark). */
  function pageTitles() {
    return Array.prototype.slice.call(document.querySelectorAll("section.print-page[id]:not(.md-section)"))
      .map(pageTitle).filter(function (title) { return title; });
  }

  /* Write the page number of each target into the table of contents. */
  function fillToc(pages) {
    document.querySelectorAll("#print-page-toc a[href^='#']").forEach(function (link) {
      var number = pages[link.getAttribute("href").slice(1)];
      link.querySelector(".pdf-toc-page").textContent = number ? String(number) : "?";
    });
  }

  function prepare(meta) {
    document.title = meta.title;
    document.body.setAttribute("data-md-color-scheme", "default");
    expandInteractive();
    addCover(meta);
    setOutlineLevels();
    return buildToc();
  }

  return { countDiagrams: countDiagrams, pageTitles: pageTitles, prepare: prepare, fillToc: fillToc };
})();
