/* Timed attempt on a scenario page: fold the walkthrough, time the phases, keep notes, grade yourself.
 *
 * The control (written by hooks/practice.py after the prompt) carries the
 * framework timeline's phases and the rubric's stages. The attempt lives in
 * localStorage under the page's path, so leaving and coming back resumes it,
 * from file:// as from a server. A deep link into a folded section reveals it.
 */
(function () {
  "use strict";

  var control = document.querySelector("[data-attempt]");
  if (!control) return;
  var settings = JSON.parse(control.getAttribute("data-attempt"));
  var key = "field-guide-attempt:" + control.getAttribute("data-attempt-page");
  var total = settings.phases[settings.phases.length - 1].end;
  var sections = [];
  var state = load();
  var panel = null;
  var ticking = null;

  function load() {
    try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (error) { return null; }
  }

  function save() {
    if (state) localStorage.setItem(key, JSON.stringify(state));
    else localStorage.removeItem(key);
  }

  /* Each second-level section after the prompt: its heading and the elements up to the next one. */
  function foldableSections() {
    var found = [];
    var heading = control.nextElementSibling;
    while (heading && heading.tagName !== "H2") heading = heading.nextElementSibling;
    while (heading) {
      var body = [];
      var next = heading.nextElementSibling;
      while (next && next.tagName !== "H2") {
        if (!next.classList.contains("attempt__reveal")) body.push(next);
        next = next.nextElementSibling;
      }
      found.push({ heading: heading, body: body });
      heading = next;
    }
    return found;
  }

  function clock(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function phaseAt(minute) {
    for (var i = 0; i < settings.phases.length; i += 1) {
      if (minute < settings.phases[i].end) return settings.phases[i];
    }
    return null;
  }

  function isRevealed(section) {
    return !state || state.finished || state.revealed.indexOf(section.heading.id) >= 0;
  }

  function render() {
    if (!state && !sections.length) {
      renderPanel();
      return;
    }
    sections = foldableSections();
    sections.forEach(function (section) {
      var open = isRevealed(section);
      section.body.forEach(function (element) {
        if (element.hidden === open) element.hidden = !open;
      });
      var button = section.heading.nextElementSibling;
      var hasButton = button && button.classList.contains("attempt__reveal");
      if (!open && !hasButton) {
        button = document.createElement("button");
        button.type = "button";
        button.className = "md-button attempt__reveal";
        button.textContent = "Reveal this section";
        button.setAttribute("aria-label", "Reveal this section: " + title(section.heading));
        button.addEventListener("click", function () { reveal(section); });
        section.heading.insertAdjacentElement("afterend", button);
      } else if (open && hasButton) {
        button.remove();
      }
    });
    renderPanel();
  }

  function title(heading) {
    var copy = heading.cloneNode(true);
    copy.querySelectorAll("a.headerlink, button").forEach(function (el) { el.remove(); });
    return copy.textContent.trim();
  }

  function reveal(section) {
    if (!state || isRevealed(section)) return;
    state.revealed.push(section.heading.id);
    save();
    render();
  }

  function renderPanel() {
    if (!state) {
      if (panel) panel.remove();
      panel = null;
      control.querySelector("[data-attempt-start]").hidden = false;
      clearInterval(ticking);
      return;
    }
    control.querySelector("[data-attempt-start]").hidden = true;
    if (!panel) panel = buildPanel();
    panel.querySelector("[data-attempt-finish]").hidden = state.finished;
    panel.querySelector("[data-attempt-grading]").hidden = !state.finished;
    tick();
    clearInterval(ticking);
    if (!state.finished) ticking = setInterval(tick, 1000);
  }

  function buildPanel() {
    var box = document.createElement("div");
    box.className = "attempt__panel";
    box.innerHTML =
      '<p class="attempt__timer" role="timer" aria-live="off"><strong data-attempt-clock></strong> ' +
      '<span data-attempt-phase></span></p>' +
      '<label class="attempt__notes">Your notes (saved in this browser as you type)' +
      '<textarea rows="8" data-attempt-notes></textarea></label>' +
      '<p><button type="button" class="md-button md-button--primary" data-attempt-finish>' +
      'Finish and compare</button> <button type="button" class="md-button" data-attempt-discard>' +
      'Discard this attempt</button></p>' +
      '<fieldset class="attempt__grading" data-attempt-grading hidden><legend>Grade yourself against the ' +
      '<a href="' + settings.score + '">rubric</a>, stage by stage (1 not yet, 4 staff bar)</legend></fieldset>';
    var notes = box.querySelector("[data-attempt-notes]");
    notes.value = state.notes;
    notes.addEventListener("input", function () { state.notes = notes.value; save(); });
    var grading = box.querySelector("[data-attempt-grading]");
    settings.stages.forEach(function (stage, index) {
      var row = document.createElement("label");
      row.className = "attempt__stage";
      row.innerHTML = '<a href="' + stage.url + '"></a> <select><option value="">-</option>' +
        '<option>1</option><option>2</option><option>3</option><option>4</option></select>';
      row.querySelector("a").textContent = stage.name;
      var select = row.querySelector("select");
      select.value = state.scores[index] || "";
      select.addEventListener("change", function () { state.scores[index] = select.value; save(); });
      grading.appendChild(row);
    });
    box.querySelector("[data-attempt-finish]").addEventListener("click", function () {
      state.finished = true;
      state.elapsed = Math.floor((Date.now() - state.start) / 1000);
      save();
      render();
    });
    box.querySelector("[data-attempt-discard]").addEventListener("click", function () {
      state = null;
      save();
      render();
    });
    control.appendChild(box);
    return box;
  }

  function tick() {
    if (!panel || !state) return;
    var seconds = state.finished ? state.elapsed : Math.floor((Date.now() - state.start) / 1000);
    var phase = phaseAt(seconds / 60);
    panel.querySelector("[data-attempt-clock]").textContent = clock(seconds) + " / " + clock(total * 60);
    panel.querySelector("[data-attempt-phase]").textContent = state.finished ? "Finished: compare each section." :
      phase ? phase.name + " (minutes " + phase.start + " to " + phase.end + ")" : "Time is up: finish and compare.";
  }

  function revealTarget() {
    if (!state || !location.hash) return;
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    sections.forEach(function (section) {
      if (section.heading === target || section.body.some(function (el) { return el.contains(target); })) {
        reveal(section);
        target.scrollIntoView();
      }
    });
  }

  control.querySelector("[data-attempt-start]").addEventListener("click", function () {
    state = { start: Date.now(), notes: "", revealed: [], scores: {}, finished: false };
    save();
    render();
    panel.querySelector("[data-attempt-notes]").focus();
  });
  window.addEventListener("hashchange", revealTarget);
  window.addEventListener("load", function () { if (state) render(); });
  render();
  revealTarget();
})();
