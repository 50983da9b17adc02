/* Filtering the full transcript by speaker and by topic.
 *
 * The page holds a hidden #transcript-filter with its controls (written by the build, with
 * data-choices listing the speakers and topics); this script wires them up and shows them,
 * so without JavaScript the transcript reads whole and offers no dead controls. With
 * JavaScript on, passages.css keeps the hidden filter's space, so showing it shifts nothing.
 * The state lives in the URL (?speaker=hu-han&topic=moe), so a filtered view can be shared,
 * and is read again on every load and instant navigation (Material's document$).
 */
(function () {
  "use strict";

  function topicsOf(element) {
    return (element && element.dataset.topics ? element.dataset.topics : "").split(" ");
  }

  function readState(choices) {
    var params = new URLSearchParams(location.search);
    var speakers = choices.speakers.map(function (s) { return s[0]; });
    var topics = [];
    choices.topics.forEach(function (group) {
      group.topics.forEach(function (t) { topics.push(t[0]); });
    });
    var speaker = params.get("speaker") || "";
    var topic = params.get("topic") || "";
    return {
      speaker: speakers.indexOf(speaker) >= 0 ? speaker : "",
      topic: topics.indexOf(topic) >= 0 ? topic : "",
    };
  }

  function writeState(state) {
    var url = new URL(location.href);
    ["speaker", "topic"].forEach(function (key) {
      if (state[key]) url.searchParams.set(key, state[key]);
      else url.searchParams.delete(key);
    });
    // The fragment stays only while it names a paragraph still shown: a heading the reader
    // scrolled past (navigation.tracking writes it) is unrelated to the filtered view.
    var id = decodeURIComponent(url.hash.slice(1));
    var named = id && document.getElementById(id);
    if (!named || !named.matches(".passage") || named.hidden) url.hash = "";
    try {
      history.replaceState(history.state, "", url.href);
    } catch (error) {
      // Some browsers refuse to rewrite file:// URLs; the filter still works on the page.
    }
  }

  function build(box, content) {
    // The controls are in the page (transcript.md.j2), hidden: written by the build so that
    // their space is kept from the first paint; this wires them up.
    var passages = Array.prototype.slice.call(content.querySelectorAll(".passage"));
    var total = passages.length;
    var speakerRow = box.querySelector(".transcript-filter__row[role=group]");
    var speakerButtons = Array.prototype.slice.call(
      box.querySelectorAll(".transcript-filter__speaker"));
    var select = box.querySelector(".transcript-filter__topic");
    var count = box.querySelector(".transcript-filter__count");
    var clear = box.querySelector(".transcript-filter__clear");

    function matches(passage, state) {
      return (!state.speaker || passage.dataset.speaker === state.speaker) &&
        (!state.topic || topicsOf(passage).indexOf(state.topic) >= 0);
    }

    function apply(state) {
      var shown = 0;
      passages.forEach(function (passage) {
        passage.hidden = !matches(passage, state);
        if (!passage.hidden) shown += 1;
      });
      // A question stays while any of its paragraphs does, or, filtering by topic alone,
      // while the question itself names the topic.
      content.querySelectorAll(".transcript-block").forEach(function (block) {
        var question = block.querySelector(".transcript-question");
        var asks = !state.speaker && state.topic &&
          topicsOf(question).indexOf(state.topic) >= 0;
        block.hidden = !(block.querySelector(".passage:not([hidden])") || asks ||
          (!state.speaker && !state.topic));
      });
      // A part heading stays while anything under it does.
      var heading = null;
      var any = false;
      Array.prototype.forEach.call(content.children, function (child) {
        if (child.tagName === "H2") {
          if (heading) heading.hidden = !any;
          heading = child;
          any = false;
        } else if (heading && !child.hidden && child.matches(".passage, .transcript-block")) {
          any = true;
        }
      });
      if (heading) heading.hidden = !any;

      speakerButtons.forEach(function (button) {
        button.setAttribute("aria-pressed", String(button.dataset.speaker === state.speaker));
      });
      select.value = state.topic;
      // Topic counts follow the speaker chosen; topics that speaker never names are greyed.
      Array.prototype.forEach.call(select.querySelectorAll("option[data-name]"), function (o) {
        var n = passages.filter(function (p) {
          return matches(p, { speaker: state.speaker, topic: o.value });
        }).length;
        o.textContent = o.dataset.name + "（" + n + "）";
        // Topics the chosen speaker never names are not offered (no "(0)" choices).
        o.hidden = o.disabled = n === 0 && o.value !== state.topic;
      });
      Array.prototype.forEach.call(select.querySelectorAll("optgroup"), function (group) {
        group.hidden = !group.querySelector("option:not([hidden])");
      });
      var filtered = state.speaker || state.topic;
      count.textContent = filtered ? "显示 " + shown + " 段，共 " + total + " 段"
        : "显示全部 " + total + " 段";
      clear.hidden = !filtered;
      box.classList.toggle("transcript-filter--active", Boolean(filtered));
    }

    var choices = JSON.parse(box.dataset.choices || '{"speakers": [], "topics": []}');
    var state = readState(choices);
    function change(next) {
      state = next;
      apply(state);
      writeState(state);
    }
    speakerRow.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (button) change({ speaker: button.dataset.speaker, topic: state.topic });
    });
    select.addEventListener("change", function () {
      change({ speaker: state.speaker, topic: select.value });
    });
    clear.addEventListener("click", function () {
      change({ speaker: "", topic: "" });
      select.focus();
    });
    apply(state);
  }

  function setup() {
    var box = document.getElementById("transcript-filter");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "true";
    build(box, box.parentElement);
    box.hidden = false;
  }

  window.exhibit.onPage(setup); // exhibit-setup.js
})();
