/* The series home sends on links to what moved. With one panel, "/" is that exhibit's home
 * ("/#source", "/#glance" …); once a second panel joins, that home moves to "/<exhibit>/"
 * and "/" lists the series. The series page names every anchor of the first exhibit's home
 * and where it now lives (data-moved-anchors, written by the build); a link to one of them
 * that this page does not have is replaced by the link to its new place.
 */
(function () {
  "use strict";

  function follow() {
    var holder = document.querySelector("[data-moved-anchors]");
    var id = decodeURIComponent(location.hash.slice(1));
    if (!holder || !id || document.getElementById(id)) return;
    var moved = JSON.parse(holder.getAttribute("data-moved-anchors") || "{}");
    if (Object.prototype.hasOwnProperty.call(moved, id)) {
      location.replace(new URL(moved[id], location.href).href);
    }
  }

  window.exhibit.onPage(follow); // exhibit-setup.js
  window.addEventListener("hashchange", follow);
})();
