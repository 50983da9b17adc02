/* exhibit: search online, a query at a time (hooks/roundtable/search/search_pagefind.py).
 *
 * Added to Material's search worker, after search_worker.js and before Material's code, in
 * the online build only. Material's page sends the worker its index, then each query; online
 * the index holds no document but says where the Pagefind bundle is. For each query this
 * script then
 *  1. cuts the query's Chinese as Material's search will (exhibitSegment), over the site's
 *     words that start with the characters typed (search/words/<bucket>.txt);
 *  2. asks Pagefind for the pages holding every word, best first, and loads them all, or
 *     the first `loaded` when there are more than `loaded_whole` (search_pagefind.LOADED):
 *     a page's record holds its documents of Material's index;
 *  3. has Material's own search, with the exhibit's fixes, index those documents and run the
 *     query: the result is the one the whole index gives for them, highlighted alike;
 *  4. tells the page how many pages hold the words in all, and how many were loaded
 *     (BroadcastChannel "exhibit-search"; docs/assets/search-results.js says it).
 * Material's listener and its postMessage are wrapped, not changed. A query answered after a
 * newer one has arrived is dropped: the page only ever shows the last. */
(function () {
  "use strict"

  var SETUP = 0
  var QUERY = 2
  var RESULT = 3
  var WORD_BUCKETS = 512 /* search_pagefind.WORD_BUCKETS */
  var HAN = /\p{sc=Han}+/gu
  var NOTHING = { type: RESULT, data: { items: [] } }

  var send = self.postMessage.bind(self)
  var listen = self.addEventListener.bind(self)
  var material = null
  var capture = null
  var online = null
  var pending = null
  var running = false
  var channel = typeof BroadcastChannel === "function"
    ? new BroadcastChannel("exhibit-search") : null

  self.postMessage = function (message) {
    if (!capture) return send(message)
    var resolve = capture
    capture = null
    resolve(message)
  }

  self.addEventListener = function (type, listener, options) {
    if (type !== "message" || material) return listen(type, listener, options)
    material = listener
    listen("message", function (event) { receive(event.data) })
  }

  /* What Material's worker answers to a message, kept from the page. */
  function viaMaterial(message) {
    return new Promise(function (resolve) {
      capture = resolve
      material({ data: message })
    })
  }

  function receive(message) {
    if (message.type === SETUP && message.data && message.data.config.pagefind) {
      var root = new URL("../../../", self.location.href).href
      online = {
        root: root,
        bundle: new URL(message.data.config.pagefind, root).href,
        config: message.data.config,
        options: message.data.options,
        loaded: message.data.config.loaded,
        loadedWhole: message.data.config.loaded_whole,
        words: {},
        pagefind: null
      }
    } else if (message.type === QUERY && online) {
      pending = message.data
      if (!running) answerPending()
      return
    }
    material({ data: message })
  }

  async function answerPending() {
    running = true
    while (pending !== null) {
      var query = pending
      pending = null
      var answer
      try {
        answer = await search(query)
      } catch (error) {
        console.warn("exhibit search:", error)
        answer = NOTHING
      }
      if (pending === null) send(answer)
    }
    running = false
  }

  function pagefind() {
    if (!online.pagefind)
      online.pagefind = import(online.bundle + "pagefind.js").then(async function (module) {
        await module.options({ basePath: online.bundle, baseUrl: "/" })
        await module.init()
        return module
      })
    return online.pagefind
  }

  /* The site's words starting with any of `characters`, as an object's keys (the shape
   * exhibitSegment reads). */
  async function wordsStartingWith(characters) {
    var buckets = {}
    for (var character of characters) buckets[character.codePointAt(0) % WORD_BUCKETS] = true
    var lists = await Promise.all(Object.keys(buckets).map(function (bucket) {
      if (!(bucket in online.words))
        online.words[bucket] = fetch(online.root + "search/words/" + bucket + ".txt")
          .then(function (response) { return response.ok ? response.text() : "" })
      return online.words[bucket]
    }))
    var words = Object.create(null)
    for (var list of lists)
      for (var word of list.split("\n")) if (word) words[word] = true
    return words
  }

  /* The words Pagefind must find, as Material's patched search will require them; null when
   * a Chinese word is one no word of the site starts with (nothing can match). */
  async function requiredWords(query) {
    var text = exhibitSplit(exhibitFold(query))
    var runs = text.match(HAN) || []
    var known = await wordsStartingWith(runs.join(""))
    var absent = false
    text = text.replace(HAN, function (run) {
      var cut = exhibitSegment(run, known)
      for (var word of cut)
        if (!(word in known) && !exhibitStartsWord(word, known)) absent = true
      return " " + cut.join(" ") + " "
    })
    return absent ? null : text.toLowerCase().split(/\s+/).filter(Boolean).map(unstemmed)
  }

  /* Material's index holds English words stemmed (lunr's stemmer: models → model), the
   * records hold them as written: what both a word and its stem start with. */
  function unstemmed(word) {
    if (!/^[a-z]+$/.test(word)) return word
    var stem = lunr.stemmer(new lunr.Token(word)).toString()
    var common = 0
    while (common < word.length && word[common] === stem[common]) common++
    return word.slice(0, Math.max(common, 1))
  }

  /* Material's documents for the pages loaded: each page's own first, then its sections. */
  function documents(fragments) {
    var docs = []
    for (var fragment of fragments) docs.push.apply(docs, JSON.parse(fragment.meta.docs))
    return docs
  }

  async function search(query) {
    var words = await requiredWords(query)
    if (words === null || !words.length) return report(query, 0, 0), NOTHING
    var index = await pagefind()
    var found = await index.search(words.join(" "))
    if (!found || !found.results.length) return report(query, 0, 0), NOTHING
    var all = found.results.length <= online.loadedWhole
    var best = found.results.slice(0, all ? found.results.length : online.loaded)
    var fragments = await Promise.all(best.map(function (result) { return result.data() }))
    /* Material loads its language scripts again on each set-up; lunr would warn each time
     * that their functions are registered already. */
    var warn = lunr.utils.warn
    lunr.utils.warn = function () {}
    try {
      await viaMaterial({ type: SETUP, data: {
        config: online.config, docs: documents(fragments), options: online.options } })
    } finally {
      lunr.utils.warn = warn
    }
    var answer = await viaMaterial({ type: QUERY, data: query })
    report(query, found.results.length, best.length)
    return answer
  }

  /* How many pages hold every word, and how many of them were loaded. */
  function report(query, pages, loaded) {
    if (channel) channel.postMessage({ query: query, pages: pages, loaded: loaded })
  }
})()
