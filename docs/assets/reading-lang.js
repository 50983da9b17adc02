/* The reader's reading language on translated pages: 中文, English or 对照 (both).
 *
 * The choice is kept for the next pages and visits (localStorage, from file:// too) and set
 * on <html data-reading> (reading.css does the rest); overrides/main.html sets it before a
 * translated page first shows, and Material's instant navigation keeps <html> across pages.
 * The choice's controls stay hidden without JavaScript, where both versions show. Switching
 * keeps the passage being read where it was on the screen.
 */
(function () {
  "use strict";

  var KEY = "exhibit-reading";
  var CHOICES = { zh: true, en: true, both: true };

  function chosen() {
    var value = "";
    try {
      value = localStorage.getItem(KEY) || "";
    } catch (error) {
      value = ""; // storage refused: both, as without JavaScript
    }
    return CHOICES[value] ? value : "both";
  }

  function show(choice) {
    document.documentElement.dataset.reading = choice;
    document.querySelectorAll("[data-reading-choice]").forEach(function (box) {
      box.hidden = false;
      box.querySelectorAll("input").forEach(function (input) {
        input.checked = input.value === choice;
      });
    });
  }

  /* The first passage whose top is on screen, and where: it stays there after the switch. */
  function anchorInView() {
    var passages = document.querySelectorAll(".md-typeset .bilingual");
    for (var i = 0; i < passages.length; i++) {
      var top = passages[i].getBoundingClientRect().top;
      if (top >= 0) return { element: passages[i], top: top };
    }
    return null;
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("[data-reading-choice] input")) return;
    var kept = anchorInView();
    try {
      localStorage.setItem(KEY, input.value);
    } catch (error) {
      // Not kept: the choice holds for this page only.
    }
    show(input.value);
    if (kept) window.scrollBy(0, kept.element.getBoundingClientRect().top - kept.top);
  });

  window.exhibit.onPage(function () { show(chosen()); }); // exhibit-setup.js
})();
