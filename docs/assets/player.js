/* The recording beside its words, on the pages the build gives a player (a timed transcript
 * with a recording: _macros.j2, player()). Loaded by those pages only, so no other page
 * changes. Over the page's own <audio>/<video>:
 *
 * - a passage's time (a.passage__play, data-start: seconds into the recording) plays from
 *   there; its href is the moment's own link (?t=750#anchor), to copy or share;
 * - while playing, the passage (or question) whose [data-start, data-end) holds currentTime is marked
 *   (.passage--playing, aria-current) and, while "跟随播放" is pressed, scrolled to; a reader
 *   who scrolls (wheel, touch, scrolling keys) stops the following, and is told so;
 * - a page opened with ?t=750 or #t=750 is ready at that time: it seeks, never plays.
 *
 * Every time is in the HTML; nothing is fetched. Material's instant navigation evaluates this
 * file again on each page that holds it: it sets up once, listens on the document once, and
 * pauses a player whose page has gone (a detached media element would play on).
 */
(function () {
  "use strict";

  var exhibit = window.exhibit || (window.exhibit = {});
  if (exhibit.player) { return; }
  var state = exhibit.player = { media: null, current: null, following: true, spans: [],
                                 target: null };
  var calm = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var SCROLL_KEYS = ["PageUp", "PageDown", "ArrowUp", "ArrowDown", "Home", "End", " "];

  function clock(time) {
    var t = Math.floor(time);
    return [Math.floor(t / 3600), Math.floor(t / 60) % 60, t % 60]
      .map(function (n) { return (n < 10 ? "0" : "") + n; }).join(":");
  }

  function say(text) {
    var status = document.querySelector("[data-exhibit-player] .exhibit-player__status");
    if (status) { status.textContent = text; }
  }

  function follow(on, why) {
    state.following = on;
    var button = document.querySelector("[data-exhibit-player] .exhibit-player__follow");
    if (button) { button.setAttribute("aria-pressed", on ? "true" : "false"); }
    if (why) { say(why); }
    if (on && state.current) { show(state.current); }
  }

  function show(passage) {
    passage.scrollIntoView({ block: "center", behavior: calm ? "auto" : "smooth" });
  }

  function mark(time, scroll) {
    var found = null;
    state.spans.forEach(function (span) {
      if (span.start <= time && time < span.end) { found = span.passage; }
    });
    if (found !== state.current) {
      if (state.current) {
        state.current.classList.remove("passage--playing");
        state.current.removeAttribute("aria-current");
      }
      state.current = found;
      if (found) {
        found.classList.add("passage--playing");
        found.setAttribute("aria-current", "time");
        if (scroll && state.following) { show(found); }
      }
    }
    var share = document.querySelector("[data-exhibit-player] .exhibit-player__share");
    if (share) {
      var anchor = found && (found.id || found.parentElement.closest("[id]").id);
      share.href = "?t=" + Math.floor(time) + "#" + (anchor || "player");
      share.textContent = "此刻链接 " + clock(time);
    }
  }

  /* Seeks once the media can go there: a server that ignores Range requests makes a file
   * seekable only as far as it has arrived (then the rest is asked for). Plays at once if
   * asked: that also starts loading a recording the page does not preload. */
  function seek(time, play, scroll) {
    state.target = time;
    mark(time, scroll);
    arrive();
    if (play) {
      state.media.play().catch(function () { say("浏览器没有开始播放：请按播放键。"); });
    }
  }

  function arrive() {
    var media = state.media;
    if (!media || state.target === null) { return; }
    var time = state.target;
    var reachable = false;
    for (var i = 0; media.readyState >= 1 && i < media.seekable.length; i += 1) {
      reachable = reachable || (media.seekable.start(i) <= time && time <= media.seekable.end(i));
    }
    if (reachable) {
      state.target = null;
      media.currentTime = time;
    } else if (media.readyState >= 1) {
      media.preload = "auto";
    }
  }

  function landing() {
    var found = /[?&]t=(\d+(?:\.\d+)?)/.exec(location.search) ||
      /^#t=(\d+(?:\.\d+)?)$/.exec(location.hash);
    if (!found) { return; }
    var time = Number(found[1]);
    seek(time, false, /^#t=/.test(location.hash));
    say("已定位到 " + clock(time) + "：按播放键从这里收听。");
  }

  function setup() {
    var media = document.querySelector("[data-exhibit-player] .exhibit-player__media");
    if (state.media && state.media !== media) { // left its page (instant navigation)
      state.media.pause();
      state.media = state.current = state.target = null;
      state.spans = [];
    }
    if (!media || media === state.media) { return; }
    state.media = media;
    state.following = true;
    state.spans = Array.prototype.map.call(
      document.querySelectorAll(".md-content [data-start][data-end]"),
      function (passage) {
        return { passage: passage, start: Number(passage.dataset.start),
                 end: Number(passage.dataset.end) };
      });
    var player = media.closest("[data-exhibit-player]");
    player.querySelector(".exhibit-player__tools").hidden = false;
    player.querySelector(".exhibit-player__follow").addEventListener("click", function () {
      follow(!state.following, state.following ? "已停止跟随。" : "正在跟随播放的段落。");
    });
    document.querySelectorAll(".md-content .passage__play").forEach(function (control) {
      control.setAttribute("role", "button");
    });
    ["timeupdate", "seeked"].forEach(function (name) {
      media.addEventListener(name, function () {
        if (state.target === null) { mark(media.currentTime, true); }
      });
    });
    ["loadedmetadata", "durationchange", "progress", "canplaythrough"].forEach(function (name) {
      media.addEventListener(name, arrive);
    });
    landing();
  }

  function played(event) {
    var control = event.target.closest && event.target.closest(".passage__play[data-start]");
    if (!control || !state.media) { return; }
    event.preventDefault();
    event.stopPropagation(); // before instant navigation follows the link (on the body)
    follow(true, "");
    seek(Number(control.dataset.start), true, false);
  }

  function scrolledAway(event) {
    if (!state.media || state.media.paused || !state.following) { return; }
    if (event.type === "keydown") {
      var target = event.target;
      if (SCROLL_KEYS.indexOf(event.key) < 0 ||
          (target.closest && target.closest("input, textarea, select, button, a, audio, video"))) {
        return;
      }
    }
    follow(false, "已停止跟随：你滚动了页面。按“跟随播放”可以恢复。");
  }

  document.addEventListener("click", played, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === " " && event.target.closest && event.target.closest(".passage__play")) {
      played(event);
      return;
    }
    scrolledAway(event);
  });
  document.addEventListener("wheel", scrolledAway, { passive: true });
  document.addEventListener("touchmove", scrolledAway, { passive: true });
  // In the page's content, this runs before the scripts at the end of the body, the shared
  // set-up (exhibit-setup.js) among them.
  if (exhibit.onPage) {
    exhibit.onPage(setup);
  } else {
    document.addEventListener("DOMContentLoaded", function () { exhibit.onPage(setup); });
  }
})();
