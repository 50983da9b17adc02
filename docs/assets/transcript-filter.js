/* Filtering the full transcript by speaker and by topic.
 *
 * The page holds an empty, hidden #transcript-filter whose data-choices (written by the
 * build) list the speakers and topics; this script fills it with controls and shows it,
 * so without JavaScript the transcript reads whole and offers no dead controls. The state
 * lives in the URL (?speaker=hu-han&topic=moe), so a filtered view can be shared, and is
 * read again on every load and instant navigation (Material's document$).
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

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function build(box, choices, content) {
    var passages = Array.prototype.slice.call(content.querySelectorAll(".passage"));
    var total = passages.length;

    var title = element("p", "transcript-filter__title", "筛选全文");
    title.id = "transcript-filter-title";
    box.setAttribute("role", "group");
    box.setAttribute("aria-labelledby", title.id);

    var speakerRow = element("div", "transcript-filter__row");
    speakerRow.setAttribute("role", "group");
    speakerRow.setAttribute("aria-label", "按嘉宾");
    speakerRow.appendChild(element("span", "transcript-filter__label", "嘉宾"));
    var speakerButtons = [["", "全部"]].concat(choices.speakers).map(function (s) {
      var button = element("button", "transcript-filter__speaker", s[1]);
      button.type = "button";
      button.dataset.speaker = s[0];
      speakerRow.appendChild(button);
      return button;
    });

    var topicRow = element("div", "transcript-filter__row");
    var label = element("label", "transcript-filter__label", "话题");
    var select = element("select", "transcript-filter__topic");
    select.id = "transcript-filter-topic";
    label.htmlFor = select.id;
    select.appendChild(new Option("全部话题", ""));
    choices.topics.forEach(function (group) {
      var optgroup = element("optgroup");
      optgroup.label = group.name;
      group.topics.forEach(function (t) {
        var option = new Option(t[1], t[0]);
        option.dataset.name = t[1];
        optgroup.appendChild(option);
      });
      select.appendChild(optgroup);
    });
    topicRow.appendChild(label);
    topicRow.appendChild(select);

    var footer = element("div", "transcript-filter__row");
    var count = element("p", "transcript-filter__count");
    count.setAttribute("role", "status");
    count.setAttribute("aria-live", "polite");
    var clear = element("button", "transcript-filter__clear", "清除筛选");
    clear.type = "button";
    footer.appendChild(count);
    footer.appendChild(clear);

    [title, speakerRow, topicRow, footer].forEach(function (node) { box.appendChild(node); });

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
    var choices = JSON.parse(box.dataset.choices || '{"speakers": [], "topics": []}');
    build(box, choices, box.parentElement);
    box.hidden = false;
  }

  window.exhibit.onPage(setup); // exhibit-setup.js
})();
