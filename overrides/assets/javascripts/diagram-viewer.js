/*
 * Full-screen view of a diagram. Each build-time figure (hooks/diagrams.py)
 * gets an "Open full screen" button; the button, or a tap on the figure,
 * opens the drawing at natural size, centred, in a modal dialog, where it pans (drag,
 * arrow keys) and zooms (pinch, wheel, + and -; 0 resets) and closes with
 * Esc or the close button. Without JavaScript the figure is shown as it is.
 */
(function () {
  "use strict";

  var STEP = 1.25;
  var PAN = 60;
  var dialog, stage, drawing, opener;
  var view = { scale: 1, x: 0, y: 0 };
  var pointers = new Map();
  var pinch = 0;

  function show() {
    drawing.style.transform = "translate(" + view.x + "px, " + view.y + "px) scale(" + view.scale + ")";
  }

  function zoomAt(factor, cx, cy) {
    var scale = Math.min(8, Math.max(0.2, view.scale * factor));
    view.x = cx - (cx - view.x) * (scale / view.scale);
    view.y = cy - (cy - view.y) * (scale / view.scale);
    view.scale = scale;
    show();
  }

  function zoomCentre(factor) {
    zoomAt(factor, stage.clientWidth / 2, stage.clientHeight / 2);
  }

  function reset() {
    var width = parseFloat(drawing.getAttribute("width")) || drawing.getBoundingClientRect().width;
    var height = parseFloat(drawing.getAttribute("height")) || drawing.getBoundingClientRect().height;
    view.scale = 1;
    view.x = (stage.clientWidth - width) / 2;
    view.y = (stage.clientHeight - height) / 2;
    show();
  }

  function button(label, text, action) {
    var control = document.createElement("button");
    control.type = "button";
    control.setAttribute("aria-label", label);
    control.title = label;
    control.textContent = text;
    control.addEventListener("click", action);
    return control;
  }

  function build() {
    dialog = document.createElement("dialog");
    dialog.className = "diagram diagram-viewer";
    var bar = document.createElement("div");
    bar.className = "diagram-viewer__bar";
    bar.append(
      button("Zoom in", "+", function () { zoomCentre(STEP); }),
      button("Zoom out", "\u2212", function () { zoomCentre(1 / STEP); }),
      button("1:1, actual size", "1:1", reset),
      button("Close full-screen diagram", "\u00d7", function () { dialog.close(); })
    );
    stage = document.createElement("div");
    stage.className = "diagram-viewer__stage";
    stage.tabIndex = 0;
    var hint = document.createElement("p");
    hint.className = "diagram-viewer__hint";
    hint.textContent = "Drag or use the arrow keys to move; pinch, scroll or press + and \u2212 to zoom; Esc closes.";
    dialog.append(bar, stage, hint);
    document.body.appendChild(dialog);

    dialog.addEventListener("close", function () {
      stage.replaceChildren();
      pointers.clear();
      if (opener) {
        opener.focus();
      }
    });
    dialog.addEventListener("keydown", function (event) {
      var moves = { ArrowLeft: [PAN, 0], ArrowRight: [-PAN, 0], ArrowUp: [0, PAN], ArrowDown: [0, -PAN] };
      if (moves[event.key]) {
        view.x += moves[event.key][0];
        view.y += moves[event.key][1];
        show();
      } else if (event.key === "+" || event.key === "=") {
        zoomCentre(STEP);
      } else if (event.key === "-") {
        zoomCentre(1 / STEP);
      } else if (event.key === "0") {
        reset();
      } else {
        return;
      }
      event.preventDefault();
    });
    stage.addEventListener("wheel", function (event) {
      event.preventDefault();
      var box = stage.getBoundingClientRect();
      zoomAt(event.deltaY < 0 ? STEP : 1 / STEP, event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });
    stage.addEventListener("pointerdown", function (event) {
      stage.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      pinch = 0;
    });
    stage.addEventListener("pointermove", function (event) {
      var last = pointers.get(event.pointerId);
      if (!last) {
        return;
      }
      var now = { x: event.clientX, y: event.clientY };
      pointers.set(event.pointerId, now);
      if (pointers.size === 1) {
        view.x += now.x - last.x;
        view.y += now.y - last.y;
        show();
        return;
      }
      var points = Array.from(pointers.values());
      var distance = Math.hypot(points[0].x - points[1].x, points[0].y - points[1].y);
      if (pinch) {
        var box = stage.getBoundingClientRect();
        zoomAt(distance / pinch, (points[0].x + points[1].x) / 2 - box.left, (points[0].y + points[1].y) / 2 - box.top);
      }
      pinch = distance;
    });
    ["pointerup", "pointercancel"].forEach(function (type) {
      stage.addEventListener(type, function (event) {
        pointers.delete(event.pointerId);
        pinch = 0;
      });
    });
  }

  function open(figure, from) {
    if (!dialog) {
      build();
    }
    opener = from;
    drawing = figure.querySelector(".diagram-canvas svg").cloneNode(true);
    drawing.removeAttribute("style");
    var caption = figure.querySelector("figcaption");
    dialog.setAttribute("aria-label", caption ? caption.textContent : "Diagram");
    stage.replaceChildren(drawing);
    dialog.showModal();
    reset();
    stage.focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("figure.diagram").forEach(function (figure) {
      var caption = figure.querySelector("figcaption");
      var control = button("Open full screen" + (caption ? ": " + caption.textContent : ""), "Full screen",
        function () { open(figure, control); });
      control.className = "diagram-open";
      figure.setAttribute("data-zoomable", "");
      figure.appendChild(control);
      figure.querySelector(".diagram-canvas").addEventListener("click", function () { open(figure, control); });
    });
  });
})();
