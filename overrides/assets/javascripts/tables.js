/* Tables and code that scroll sideways: each gets a place in the tab order
   (and a table a name), so that a keyboard can scroll it, and a table whose
   columns run past its box is marked data-scrolls, which fades its right
   edge (guide.css) until the reader has scrolled to the end. */
(function () {
  "use strict";

  function markOverflow(box) {
    var more = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
    if (more) {
      box.setAttribute("data-scrolls", "");
    } else {
      box.removeAttribute("data-scrolls");
    }
  }

  function prepare() {
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (box) {
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "Table, scrolls sideways");
      markOverflow(box);
      box.addEventListener("scroll", function () { markOverflow(box); }, { passive: true });
    });
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset pre > code"), function (code) {
      if (code.scrollWidth > code.clientWidth) {
        code.tabIndex = 0;
      }
    });
  }

  function refresh() {
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), markOverflow);
  }

  if (window.document$) {
    window.document$.subscribe(prepare);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", prepare);
  } else {
    prepare();
  }
  window.addEventListener("resize", refresh);
})();
