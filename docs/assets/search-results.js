/* The search result list, as a reader of the exhibit needs it.
 *
 * Material renders the results (its class names: hooks/roundtable/material_internals.py,
 * RESULT_CLASSES); this script then, each time the list changes:
 *  - counts the passages found (their titles end in ¶: hooks/roundtable/search/search_index.py)
 *    and says so on the meta line, in place of Material's count of pages;
 *  - when nothing holds every word, says that the exhibit does not mention the query and
 *    offers the topic index (overrides/partials/search-none.html);
 *  - starts each passage at the sentence holding the first highlighted word;
 *  - keeps a few topic chips per result, with a count of the others;
 *  - takes jieba's zero-width cuts out of the text shown;
 *  - counts the results Material has shown (data-exhibit-results), for tests that type;
 *  - gives a link whose `?h=` Material left empty (a page listed only for its matching
 *    sections) the words typed, so that the page opens with them highlighted;
 *  - online, where the worker loads only the best pages Pagefind found
 *    (hooks/roundtable/search/search_online.js), says so when it found more than it loaded: the
 *    worker's count comes by BroadcastChannel. */
(function () {
  "use strict"

  var CHIPS = 3
  var PASSAGE_MARK = "¶"
  var SENTENCE_END = /[。！？；!?;]/

  function translations() {
    var config = document.getElementById("__config")
    try { return JSON.parse(config.textContent).translations || {} } catch (e) { return {} }
  }

  function typed(input) {
    return input.value.trim().split(/\s+/).filter(Boolean).join(" ")
  }

  /* Text of the block holding `mark`, cut to begin at the sentence that holds it. */
  function sentenceFirst(mark) {
    var block = mark.closest("p, li")
    if (!block || block.dataset.exhibitSentence) return
    block.dataset.exhibitSentence = "1"
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    var cut = null
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (mark.contains(node) || (mark.compareDocumentPosition(node) &
          Node.DOCUMENT_POSITION_FOLLOWING)) break
      for (var i = node.textContent.length - 1; i >= 0; i--)
        if (SENTENCE_END.test(node.textContent[i])) { cut = { node: node, offset: i + 1 }; break }
    }
    if (!cut) return
    var range = document.createRange()
    range.setStart(block, 0)
    range.setEnd(cut.node, cut.offset)
    range.deleteContents()
    block.insertBefore(document.createTextNode("…"), block.firstChild)
  }

  /* The index keeps jieba's cuts, a zero-width space between words (Material's search
   * plugin): they are the index's, not the text's, and a line could break before a "，"
   * at one. Gone from what the list shows; Material's highlighting is done by then. */
  function withoutCuts(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (var node = walker.nextNode(); node; node = walker.nextNode())
      if (node.data.indexOf("\u200b") >= 0) node.data = node.data.replace(/\u200b/g, "")
  }

  function fewChips(nav) {
    if (nav.dataset.exhibitChips) return
    nav.dataset.exhibitChips = "1"
    var chips = nav.querySelectorAll(".md-tag")
    if (chips.length <= CHIPS) return
    for (var i = CHIPS; i < chips.length; i++) chips[i].hidden = true
    var more = document.createElement("span")
    more.className = "md-tag exhibit-more-tags"
    more.textContent = "+" + (chips.length - CHIPS)
    more.title = "另有 " + (chips.length - CHIPS) + " 个话题"
    nav.appendChild(more)
  }

  function fillHighlight(link, words) {
    var url = new URL(link.href)
    if (!url.searchParams.has("h") || url.searchParams.get("h")) return
    if (words) url.searchParams.set("h", words)
    else url.searchParams.delete("h")
    link.href = url.toString()
  }

  /* A passage's document is titled with who speaks and the mark; the reader sees who
   * speaks, and the article keeps the mark as data-exhibit-passage. */
  function isPassage(article, heading) {
    if (article.dataset.exhibitPassage) return true
    var title = heading.textContent.replace(/[\s\u200b]+$/, "")
    if (title.slice(-PASSAGE_MARK.length) !== PASSAGE_MARK) return false
    article.dataset.exhibitPassage = "1"
    var walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT)
    var last = null
    for (var node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent.indexOf(PASSAGE_MARK) >= 0) last = node
    if (last) {
      var at = last.textContent.lastIndexOf(PASSAGE_MARK)
      last.textContent = last.textContent.slice(0, at).replace(/[\s\u200b]+$/, "")
        + last.textContent.slice(at + PASSAGE_MARK.length)
    }
    return true
  }

  function setUp() {
    var input = document.querySelector("[data-md-component=search-query]")
    var result = document.querySelector("[data-md-component=search-result]")
    var none = document.querySelector("[data-exhibit-search-none]")
    if (!input || !result || result.dataset.exhibitWatched) return
    result.dataset.exhibitWatched = "1"
    /* The dialog outlives instant navigation: resolve its link against the page it came with. */
    var slot = none && none.querySelector("span[data-exhibit-topics-link]")
    var topicsLink = none && none.querySelector("template[data-exhibit-topics-link]").content
    if (topicsLink)
      for (var a of topicsLink.querySelectorAll("a[href]"))
        a.href = new URL(a.getAttribute("href"), location.href).href
    var meta = result.querySelector(".md-search-result__meta")
    var list = result.querySelector(".md-search-result__list")
    var t = translations()
    var said = ""
    var shown = null
    var pages = 0
    var counted = null /* the online worker's count for the last query it answered */
    /* Online only: from file:// the page has an opaque origin, where a channel throws. */
    if (typeof BroadcastChannel === "function" && location.protocol !== "file:")
      new BroadcastChannel("exhibit-search").onmessage = function (event) {
        counted = event.data
        update()
      }

    function update() {
      var words = typed(input)
      /* Material replaces the meta line's text with each result it receives: count them,
       * so that whoever types can tell when the result for the last key has come. */
      if (meta.firstChild !== shown) {
        result.dataset.exhibitResults = +(result.dataset.exhibitResults || 0) + 1
        said = ""
        /* Material's line counts the pages found; it lists ten, then more as the list
         * scrolls: read the count before the line is rewritten below. */
        pages = +(meta.textContent.match(/\d+/) || [0])[0]
      }
      var items = list.querySelectorAll(".md-search-result__item")
      withoutCuts(list)
      for (var link of list.querySelectorAll("a.md-search-result__link"))
        fillHighlight(link, words)
      for (var nav of list.querySelectorAll(".md-tags")) fewChips(nav)
      var passages = 0
      for (var article of list.querySelectorAll(".md-search-result__article")) {
        var heading = article.querySelector("h1, h2")
        if (!heading || !isPassage(article, heading)) continue
        passages++
        var mark = article.querySelector(":scope > p mark, :scope > ul mark, :scope > ol mark")
        if (mark) sentenceFirst(mark)
      }
      var nothing = !items.length && words && meta.textContent.trim() === t["search.result.none"]
      if (none) {
        /* Inside the observed list's parent: change it only when it must change. */
        var echo = none.querySelector("[data-exhibit-search-query]")
        if (none.hidden === nothing) {
          none.hidden = !nothing
          if (nothing) slot.replaceChildren(topicsLink.cloneNode(true))
          else slot.replaceChildren()
        }
        if (nothing && echo.textContent !== words) echo.textContent = words
      }
      var partial = counted && counted.pages > counted.loaded
        && typed({ value: counted.query }) === words
      if (items.length && partial) {
        /* Pagefind's pages hold every word somewhere, not always in one passage. */
        var line = "至少找到 " + passages + " 段相符的发言；这些词见于 " + counted.pages
          + " 个页面，按相关度列出其中 " + Math.max(pages, items.length) + " 个"
        if (line !== said) meta.textContent = said = line
      } else if (items.length) {
        /* Passages are counted on the pages listed so far: exact once every page found is
         * listed, "at least" before, and counted again as the list grows. */
        var found = Math.max(pages, items.length)
        var all = found <= items.length ? "" : "至少"
        var line = (passages ? all + "找到 " + passages + " 段相符的发言"
          : all ? "前 " + items.length + " 个页面里没有相符的发言" : "没有相符的发言")
          + "，共 " + found + " 个页面"
        if (line !== said) meta.textContent = said = line
      }
      shown = meta.firstChild
    }

    new MutationObserver(update).observe(result, { childList: true, subtree: true })
    update()
  }

  /* The search dialog survives instant navigation; document$ covers the first load and
   * any page whose header is replaced. */
  if (typeof document$ !== "undefined") document$.subscribe(setUp)
  else document.addEventListener("DOMContentLoaded", setUp)
})()
