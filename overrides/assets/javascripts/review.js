/* Flashcard review for the practice page: SM-2 spaced repetition over the guide's deck.
 *
 * The deck is window.GUIDE_DECK (practice/deck.js, written at build time from
 * the guide's questions). Progress is kept in this browser's localStorage for
 * this copy of the guide, and moves between copies by export and import of a
 * JSON file. Grades map to SM-2 qualities: again 1, hard 3, good 4, easy 5.
 */
(function () {
  "use strict";

  var KEY = "field-guide-practice-v1";
  var NEW_PER_DAY = 20;
  var QUALITY = { again: 1, hard: 3, good: 4, easy: 5 };

  /* SM-2 (Wozniak, 1990): the next state of a card after one graded review. */
  function schedule(state, grade, today) {
    var q = QUALITY[grade];
    var card = state || { reps: 0, interval: 0, ease: 2.5, lapses: 0 };
    var next = { reps: card.reps, interval: card.interval, ease: card.ease, lapses: card.lapses };
    if (q < 3) {
      next.reps = 0;
      next.interval = 1;
      next.lapses += 1;
    } else {
      next.reps += 1;
      next.interval = next.reps === 1 ? 1 : next.reps === 2 ? 6 : Math.round(card.interval * card.ease);
      next.ease = Math.max(1.3, card.ease + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
      next.ease = Math.round(next.ease * 100) / 100;
    }
    next.due = addDays(today, next.interval);
    return next;
  }

  function addDays(day, days) {
    var date = new Date(day + "T00:00:00Z");
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  }

  function localToday() {
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || "{}");
      return { cards: saved.cards || {}, introduced: saved.introduced || {} };
    } catch (error) {
      return { cards: {}, introduced: {} };
    }
  }

  function save(progress) {
    localStorage.setItem(KEY, JSON.stringify(progress));
  }

  /* Counts per chapter: new (never reviewed), due (today or earlier), learned (not due). */
  function counts(deck, progress, today) {
    var result = {};
    deck.forEach(function (card) {
      var row = result[card.chapter] || (result[card.chapter] = { new: 0, due: 0, learned: 0 });
      var state = progress.cards[card.id];
      if (!state) row.new += 1;
      else if (state.due <= today) row.due += 1;
      else row.learned += 1;
    });
    return result;
  }

  /* The next card to show: a due one first (most overdue), else a new one while today's allowance lasts. */
  function nextCard(deck, progress, today, chapter) {
    var pool = deck.filter(function (card) { return !chapter || card.chapter === chapter; });
    var due = pool.filter(function (card) {
      var state = progress.cards[card.id];
      return state && state.due <= today;
    });
    due.sort(function (a, b) { return progress.cards[a.id].due < progress.cards[b.id].due ? -1 : 1; });
    if (due.length) return due[0];
    if ((progress.introduced[today] || 0) >= NEW_PER_DAY) return null;
    return pool.filter(function (card) { return !progress.cards[card.id]; })[0] || null;
  }

  function grade(progress, card, choice, today) {
    if (!progress.cards[card.id]) progress.introduced[today] = (progress.introduced[today] || 0) + 1;
    var next = schedule(progress.cards[card.id], choice, today);
    if (choice === "again") next.due = today;
    progress.cards[card.id] = next;
  }

  /* Merge imported progress: for each card keep whichever copy was reviewed more. */
  function merge(progress, imported) {
    Object.keys(imported.cards || {}).forEach(function (id) {
      var mine = progress.cards[id];
      var theirs = imported.cards[id];
      if (!mine || theirs.reps + theirs.lapses > mine.reps + mine.lapses) progress.cards[id] = theirs;
    });
    return progress;
  }

  function ui(root, deck) {
    var progress = load();
    var current = null;
    var $ = function (selector) { return root.querySelector(selector); };
    var chapterSelect = $("[data-review-chapter]");
    var chapters = [];
    deck.forEach(function (card) { if (chapters.indexOf(card.chapter) < 0) chapters.push(card.chapter); });
    chapters.forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      option.textContent = name;
      chapterSelect.appendChild(option);
    });

    function renderCounts() {
      var today = localToday();
      var table = counts(deck, progress, today);
      var body = $("[data-review-counts]");
      body.textContent = "";
      chapters.forEach(function (name) {
        var row = document.createElement("tr");
        [name, table[name].new, table[name].due, table[name].learned].forEach(function (value) {
          var cell = document.createElement("td");
          cell.textContent = value;
          row.appendChild(cell);
        });
        body.appendChild(row);
      });
    }

    function show() {
      var today = localToday();
      current = nextCard(deck, progress, today, chapterSelect.value);
      $("[data-review-answer]").hidden = true;
      $("[data-review-grades]").hidden = true;
      $("[data-review-reveal]").hidden = !current;
      $("[data-review-card]").hidden = !current;
      $("[data-review-done]").hidden = !!current;
      if (current) {
        $("[data-review-kind]").textContent = current.chapter + " · " + current.kind;
        $("[data-review-prompt]").innerHTML = current.prompt;
        $("[data-review-answer-body]").innerHTML = current.answer;
        var link = $("[data-review-link]");
        link.href = current.url;
        link.textContent = current.title ? "Read: " + current.title : "Read the section that teaches this";
      }
      renderCounts();
    }

    function reveal() {
      if (!current) return;
      $("[data-review-answer]").hidden = false;
      $("[data-review-grades]").hidden = false;
      $("[data-review-reveal]").hidden = true;
      $("[data-review-grades] button").focus();
    }

    function choose(choice) {
      if (!current || $("[data-review-grades]").hidden) return;
      grade(progress, current, choice, localToday());
      save(progress);
      show();
      if (current) $("[data-review-reveal]").focus();
    }

    $("[data-review-reveal]").addEventListener("click", reveal);
    root.querySelectorAll("[data-grade]").forEach(function (button) {
      button.addEventListener("click", function () { choose(button.getAttribute("data-grade")); });
    });
    chapterSelect.addEventListener("change", show);
    document.addEventListener("keydown", function (event) {
      var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName) || event.target.isContentEditable;
      var keys = { "1": "again", "2": "hard", "3": "good", "4": "easy" };
      if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && keys[event.key]) choose(keys[event.key]);
    });
    $("[data-review-export]").addEventListener("click", function () {
      var blob = new Blob([JSON.stringify(progress, null, 1)], { type: "application/json" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "field-guide-progress-" + localToday() + ".json";
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
    $("[data-review-import]").addEventListener("change", function (event) {
      var file = event.target.files[0];
      if (!file) return;
      file.text().then(function (text) {
        progress = merge(progress, JSON.parse(text));
        save(progress);
        $("[data-review-status]").textContent = "Imported progress for " +
          Object.keys(progress.cards).length + " cards.";
        show();
      }).catch(function () {
        $("[data-review-status]").textContent = "That file is not a progress export of this guide.";
      });
    });
    root.hidden = false;
    show();
  }

  if (typeof module !== "undefined") {
    module.exports = { schedule: schedule, addDays: addDays, counts: counts, nextCard: nextCard,
                       grade: grade, merge: merge, NEW_PER_DAY: NEW_PER_DAY };
  } else {
    var root = document.querySelector("[data-review]");
    if (root && window.GUIDE_DECK) ui(root, window.GUIDE_DECK.cards);
  }
})();
