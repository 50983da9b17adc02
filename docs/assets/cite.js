/* Citing a passage: a "复制引用" button on every paragraph, "引用所选" for text selected
 * inside one, and the paragraph a link names highlighted when the page opens.
 *
 * Paragraphs carry what a citation needs (data-cite-who, data-cite-source, written by the
 * build) and a ¶ link to their permalink. Material's instant navigation swaps pages without
 * reloading, so the per-page part runs on every document$ emission; listeners on the
 * document are attached once. Works from file:// too (the offline bundle), where the
 * clipboard API may refuse: then a textarea and execCommand, or a box to copy by hand.
 */
(function () {
  "use strict";

  var PASSAGE = ".md-typeset .passage[id]";
  var selected = null; // {passage, text} of the current selection inside one passage
  var hideTimer = 0;

  function passageOf(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    return element ? element.closest(PASSAGE) : null;
  }

  /* The address a reader of the citation can open. Online it follows the page's own
   * location; from file:// it is the published address (the canonical link), mapped back
   * to directory URLs, since a path on the reader's disk means nothing to anyone else. */
  function permalink(passage) {
    var link = passage.querySelector(".passage__link");
    var href = link ? link.getAttribute("href") : "#" + passage.id;
    var canonical = document.querySelector('link[rel="canonical"]');
    if (location.protocol !== "file:" || !canonical || !/^https?:/.test(canonical.href)) {
      return new URL(href, location.href).href;
    }
    var url = new URL(href, canonical.href);
    url.pathname = url.pathname.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "/");
    return url.href;
  }

  /* "who，source URL" for a paragraph, "who：“quote”——source URL" for a quotation. */
  function citation(passage, quote) {
    var who = passage.dataset.citeWho || "";
    var source = passage.dataset.citeSource || "";
    var url = permalink(passage);
    return quote ? who + "：“" + quote + "”——" + source + url : who + "，" + source + url;
  }

  /* The selected words of one passage, without the speaker label and controls. */
  function selectionIn(passage, range) {
    var fragment = range.cloneContents();
    fragment.querySelectorAll(".passage__link, .passage__tools, .passage__speaker")
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
    label.textContent = "浏览器不允许自动复制,请按 Ctrl+C(Mac 上 ⌘C)复制:";
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
    var quote = button("passage__cite-selection", "引用所选");
    quote.hidden = true;
    tools.appendChild(quote);
    passage.appendChild(tools);
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
    selected = { passage: passage, text: text };
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
      target.scrollIntoView({ block: "center" });
    }
  }

  function setup() {
    document.querySelectorAll(PASSAGE).forEach(enhance);
    selected = null;
    highlight(true);
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("button, a");
    if (!target) return;
    var passage = target.closest(PASSAGE);
    if (target.matches(".passage__cite") && passage) {
      copy(citation(passage), "已复制本段引用");
    } else if (target.matches(".passage__cite-selection") && selected) {
      copy(citation(selected.passage, selected.text), "已复制所选文字及引用");
      target.hidden = true;
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

  // Material's document$ emits for every page, instant navigation included, but stays
  // silent from file:// (the offline bundle): there the page's own load must do. Setting
  // up twice is harmless.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
