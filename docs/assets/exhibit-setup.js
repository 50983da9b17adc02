/* The set-up every exhibit script shares (loaded first: mkdocs.yml, extra_javascript).
 *
 * exhibit.onPage(setup) runs setup for every page a reader sees. Material's document$ emits
 * for each page, instant navigation included, but stays silent from file:// (the offline
 * bundle): there the page's own load must do. Setup functions therefore must be harmless
 * to run twice on one page.
 */
(function () {
  "use strict";

  var exhibit = window.exhibit || (window.exhibit = {});

  exhibit.onPage = function (setup) {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(function () { setup(); });
    }
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { setup(); });
    } else {
      setup();
    }
  };
})();
