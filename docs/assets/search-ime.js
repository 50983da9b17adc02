/* Search as Chinese is typed.
 *
 * Material's search box reads its value on `keyup` only. An input method commits text
 * after the last key event (compositionend, then input), and some phone keyboards send
 * no usable key event at all, so the committed words were never searched. When the
 * value changes outside a composition, replay a keyup: Material then reads the value,
 * and ignores it if nothing changed. */
(function () {
  "use strict"

  function replayKeyup(input) {
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true, key: "Unidentified" }))
  }

  function watch(input) {
    if (input.dataset.exhibitIme) return
    input.dataset.exhibitIme = "1"
    input.addEventListener("input", function (event) {
      if (!event.isComposing) replayKeyup(input)
    })
    input.addEventListener("compositionend", function () { replayKeyup(input) })
  }

  function setUp() {
    var input = document.querySelector("[data-md-component=search-query]")
    if (input) watch(input)
  }

  /* The header, and its search box, survive instant navigation; every page is set up all
   * the same, in case its header was replaced (exhibit-setup.js). */
  window.exhibit.onPage(setUp)
})()
