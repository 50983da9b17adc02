/* Citing: a "复制引用" button on every paragraph, "引用所选" for text selected inside one,
 * copy buttons and the style choice in each page's "引用本页" block, and the paragraph a
 * link names highlighted when the page opens.
 *
 * This script only copies. The build writes every string (hooks/roundtable/citing/citations.py):
 * a paragraph carries data-cite-lead (who, where, which ¶; never the reported text as the
 * speaker's quotation), data-cite-quote (what precedes a quoted selection: "张伟：" for a
 * verbatim record, the report's attribution for a reported one) and its reference in each
 * style (data-cite-gbt, -apa, -chicago, with the published permalink). The style chosen in
 * "引用本页" is kept for the next pages (localStorage). A passage with the editors' English
 * carries the same strings for it (data-cite-en-*: cited as the editors' translation of the
 * original) and a "Cite translation" button; a selection inside the English quotes it as
 * the translation. reading.css shows the buttons of the language being read. Per-page set-up runs on every page
 * (exhibit-setup.js); listeners on the document are attached once. Works from file:// too
 * (the offline bundle), where the clipboard API may refuse: then a textarea and execCommand,
 * or a box to copy by hand.
 */
(function () {
  "use strict";

  // A paragraph on its own page (p.passage[id]), or quoted on a speaker or topic page
  // (blockquote.passage, where the quote's footer takes the button), or an audience's
  // question on the transcript (not a .passage: the filter keeps it with its answers).
  // A question page's audience question is its title: the line naming the asker, under it,
  // carries the question's citation.
  var PASSAGE = ".md-typeset .passage[data-cite-lead], .md-typeset .transcript-question__text[data-cite-lead], .md-typeset .question-asker[data-cite-lead]";
  var selected = null; // {passage, text} of the current selection inside one passage
  var hideTimer = 0;

  function passageOf(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    return element ? element.closest(PASSAGE) : null;
  }

  var STYLES = { gbt: "GB/T 7714", apa: "APA", chicago: "Chicago" };
  var STYLE_KEY = "exhibit-cite-style";

  function chosenStyle() {
    var style = "";
    try {
      style = localStorage.getItem(STYLE_KEY) || "";
    } catch (error) {
      style = ""; // storage refused (private mode, file:// in some browsers)
    }
    return STYLES[style] ? style : "gbt";
  }

  function chooseStyle(style) {
    try {
      localStorage.setItem(STYLE_KEY, style);
    } catch (error) {
      // Not kept: the choice holds for this page only.
    }
    document.documentElement.dataset.citeStyle = style;
  }

  /* The lead and the reference for a paragraph; the quoted words and the reference for a
   * selection. Both strings are the build's; the quotation marks are the only addition. */
  function citation(passage, quote, english) {
    var style = document.documentElement.dataset.citeStyle || chosenStyle();
    var prefix = english ? "data-cite-en-" : "data-cite-";
    var reference = passage.getAttribute(prefix + style) || passage.getAttribute(prefix + "gbt")
      || "";
    var head = quote ? (passage.getAttribute(prefix + "quote") || "") + "“" + quote + "”"
      : passage.getAttribute(prefix + "lead") || "";
    return head + "\n" + reference;
  }

  /* Whether a node stands in the editors' English of a passage that can be cited so. */
  function inEnglish(node, passage) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    var english = element && element.closest(".passage__en[lang]");
    return Boolean(english && passage.contains(english) && passage.dataset.citeEnLead);
  }

  /* The selected words of one passage, without the speaker label and controls. */
  function selectionIn(passage, range) {
    var fragment = range.cloneContents();
    fragment.querySelectorAll(
      ".passage__link, .passage__tools, .passage__speaker, .passage__who, .passage__en-label, " +
      "footer")
      .forEach(function (node) { node.remove(); });
    return fragment.textContent.replace(/\s+/g, " ").trim();
  }

  // --- telling the reader what happened ----------------------------------------------

  function status() {
    var region = document.getElementById("cite-status");
    if (!region) {
      region = document.createElement("p");
      region.id = "cite-status";
      region.className = "cite-status";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    return region;
  }

  function announce(message) {
    var region = status();
    region.textContent = message;
    clearTimeout(region.timer);
    region.timer = setTimeout(function () { region.textContent = ""; }, 4000);
  }

  /* Last resort: the citation in a visible, selected textarea to copy by hand. */
  function showManual(text, returnFocus) {
    var old = document.getElementById("cite-manual");
    if (old) old.remove();
    var box = document.createElement("div");
    box.id = "cite-manual";
    box.className = "cite-manual";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", "复制引用");
    var label = document.createElement("label");
    label.textContent = "浏览器不允许自动复制，请按 Ctrl+C（Mac 上 ⌘C）复制：";
    var area = document.createElement("textarea");
    area.readOnly = true;
    area.rows = 4;
    area.value = text;
    label.appendChild(area);
    var close = document.createElement("button");
    close.type = "button";
    close.className = "cite-manual__close";
    close.textContent = "关闭";
    close.addEventListener("click", function () {
      box.remove();
      if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
    });
    box.appendChild(label);
    box.appendChild(close);
    document.body.appendChild(box);
    area.focus();
    area.select();
  }

  function copyByCommand(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.readOnly = true;
    area.className = "cite-scratch";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    area.remove();
    return copied;
  }

  function copy(text, done) {
    var button = document.activeElement;
    function fallback() {
      var copied = copyByCommand(text);
      if (button && button.focus) button.focus();
      if (copied) announce(done);
      else showManual(text, button);
    }
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { announce(done); }, fallback);
    } else {
      fallback();
    }
  }

  // --- the controls -------------------------------------------------------------------

  function button(className, label) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = className;
    element.textContent = label;
    return element;
  }

  function enhance(passage) {
    if (passage.querySelector(".passage__tools")) return;
    var tools = document.createElement("span");
    tools.className = "passage__tools";
    tools.appendChild(button("passage__cite", "复制引用"));
    if (passage.dataset.citeEnLead) {
      var english = button("passage__cite passage__cite-en", "Cite translation");
      english.lang = "en";
      tools.appendChild(english);
    }
    var quote = button("passage__cite-selection", "引用所选");
    quote.hidden = true;
    tools.appendChild(quote);
    (passage.querySelector(":scope > footer") || passage).appendChild(tools);
  }

  /* Show "引用所选" just below the selection, inside its passage, or hide it. */
  function placeSelectionButton() {
    var selection = document.getSelection();
    var passage = null;
    var range = null;
    if (selection && selection.rangeCount && !selection.isCollapsed) {
      range = selection.getRangeAt(0);
      passage = passageOf(range.startContainer);
      if (passage !== passageOf(range.endContainer)) passage = null;
    }
    var text = passage ? selectionIn(passage, range) : "";
    document.querySelectorAll(".passage__cite-selection:not([hidden])").forEach(function (b) {
      if (!passage || b.closest(PASSAGE) !== passage) {
        // A tap on the button may collapse the selection first: hide a moment later.
        clearTimeout(hideTimer);
        hideTimer = setTimeout(function () {
          if (!selected || selected.passage !== b.closest(PASSAGE)) b.hidden = true;
        }, 400);
      }
    });
    if (!text) {
      selected = null;
      return;
    }
    selected = { passage: passage, text: text,
      english: inEnglish(range.startContainer, passage) && inEnglish(range.endContainer, passage) };
    var quote = passage.querySelector(".passage__cite-selection");
    var box = passage.getBoundingClientRect();
    var rects = range.getClientRects();
    var last = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    quote.hidden = false;
    var left = Math.min(last.left - box.left, box.width - quote.offsetWidth);
    quote.style.left = Math.max(0, left) + "px";
    quote.style.top = last.bottom - box.top + 6 + "px";
  }

  // --- the passage a link names -------------------------------------------------------

  function highlight(scroll) {
    document.querySelectorAll(".passage--target").forEach(function (element) {
      element.classList.remove("passage--target");
    });
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !target.matches(PASSAGE)) return;
    target.classList.add("passage--target");
    var box = target.getBoundingClientRect();
    if (scroll && (box.top < 0 || box.top > window.innerHeight - 40)) {
      // A passage taller than the window (its English beside it, on a phone) from its start.
      target.scrollIntoView({ block: box.height > window.innerHeight * 0.8 ? "start" : "center" });
    }
  }

  // --- "引用本页": a copy button per style, and the style the paragraphs' buttons use ----

  function enhancePage(block) {
    if (block.dataset.ready) return;
    block.dataset.ready = "true";
    var current = chosenStyle();
    var styles = block.querySelector(".cite-page__styles");
    var choice = document.createElement("fieldset");
    choice.className = "cite-page__choice";
    var legend = document.createElement("legend");
    legend.textContent = "各段「复制引用」使用的格式";
    choice.appendChild(legend);
    Object.keys(STYLES).forEach(function (style) {
      var label = document.createElement("label");
      var radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "cite-style";
      radio.value = style;
      radio.checked = style === current;
      label.appendChild(radio);
      label.appendChild(document.createTextNode(" " + STYLES[style]));
      choice.appendChild(label);
    });
    choice.addEventListener("change", function (event) {
      chooseStyle(event.target.value);
      announce("段落引用将使用 " + STYLES[event.target.value] + " 格式");
    });
    styles.parentNode.insertBefore(choice, styles);
    block.querySelectorAll(".cite-page__text").forEach(function (text) {
      var copyButton = button("cite-page__copy", "复制");
      copyButton.dataset.citeStyle = text.dataset.citeStyle;
      copyButton.setAttribute("aria-label", "复制 " + STYLES[text.dataset.citeStyle] +
        " 格式的本页引用");
      // Beside the style's name (the <dt> before the text's <dd>).
      var term = text.parentNode.previousElementSibling;
      (term || text.parentNode).appendChild(copyButton);
    });
  }

  function setup() {
    document.documentElement.dataset.citeStyle = chosenStyle();
    document.querySelectorAll(".cite-page").forEach(enhancePage);
    document.querySelectorAll(PASSAGE).forEach(enhance);
    selected = null;
    highlight(true);
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("button, a");
    if (!target) return;
    var passage = target.closest(PASSAGE);
    var style = STYLES[document.documentElement.dataset.citeStyle] || STYLES.gbt;
    if (target.matches(".passage__cite-en") && passage) {
      copy(citation(passage, "", true), "Copied: a citation of the editors' translation (" +
        style + ")");
    } else if (target.matches(".passage__cite") && passage) {
      copy(citation(passage), "已复制本段引用（" + style + "）");
    } else if (target.matches(".passage__cite-selection") && selected) {
      copy(citation(selected.passage, selected.text, selected.english),
        selected.english ? "Copied: the selected translation and its citation (" + style + ")"
          : "已复制所选文字及引用（" + style + "）");
      target.hidden = true;
    } else if (target.matches(".cite-page__copy")) {
      var text = target.closest(".cite-page").querySelector(
        '.cite-page__text[data-cite-style="' + target.dataset.citeStyle + '"]');
      copy(text.textContent, "已复制本页引用（" + STYLES[target.dataset.citeStyle] + "）");
    } else if (target.matches('a[href^="#"]')) {
      // Same-page anchors may move by pushState, which fires no hashchange.
      setTimeout(function () { highlight(false); }, 0);
    }
  });
  // Keep the selection when the button is pressed: pressing would otherwise clear it.
  document.addEventListener("mousedown", function (event) {
    if (event.target.closest && event.target.closest(".passage__cite-selection")) {
      event.preventDefault();
    }
  });
  var pending = 0;
  document.addEventListener("selectionchange", function () {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(placeSelectionButton);
  });
  document.addEventListener("keydown", function (event) {
    var manual = document.getElementById("cite-manual");
    if (event.key === "Escape" && manual) manual.querySelector("button").click();
  });
  window.addEventListener("hashchange", function () { highlight(true); });
  window.addEventListener("popstate", function () { highlight(false); });

  window.exhibit.onPage(setup); // exhibit-setup.js
})();
