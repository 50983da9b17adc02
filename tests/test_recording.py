"""The recording beside its words: a timed transcript with a recording plays from any
passage, marks and follows the passage being heard, stops following when the reader scrolls
away, opens at a shared moment, and does all of it from the offline zip; its times are
exported as WebVTT and as a Podcasting 2.0 transcript, and cited.

The recording is made here: a tone per stretch of a few seconds, written with the standard
library's ``wave`` (no media is downloaded), beside the corpus's WebVTT panel.
"""

from __future__ import annotations

import http.server
import io
import json
import math
import re
import subprocess
import sys
import wave
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import webvtt

from conftest import (
    AXE,
    DESKTOP,
    PHONE,
    ROOT,
    build,
    copy_project,
    follow_instantly,
    open_for_instant_navigation,
    serve,
)
from roundtable.citing.timing import platform_link, seconds, spans
from roundtable.metadata import load_metadata
from roundtable.model import TranscriptError
from roundtable.pages.pages import generate
from roundtable.site import build_site
from roundtable.transcript import load
from sitecheck import AXE_RUN, WCAG_TAGS, broken_links, read_site

CORPUS = Path(__file__).parent / "corpus"
PANEL = CORPUS / "subtitles_voice.vtt"
SLUG = "robots-at-home"
LENGTH = 53
"""Seconds of the generated recording: the panel's last cue ends at 00:00:52."""
METADATA = f"exhibit:\n  slug: {SLUG}\nrecording:\n  file: panel.wav\n"


def write_tones(path: Path, length: int = LENGTH, rate: int = 8000) -> None:
    """A WAV file of ``length`` seconds: a tone that changes pitch every few seconds."""
    frames = bytearray()
    for i in range(length * rate):
        pitch = 220 + 110 * (i // (3 * rate) % 5)
        frames.append(128 + int(50 * math.sin(2 * math.pi * pitch * i / rate)))
    with wave.open(str(path), "wb") as media:
        media.setnchannels(1)
        media.setsampwidth(1)
        media.setframerate(rate)
        media.writeframes(bytes(frames))


def recorded_seeds(folder: Path, metadata: str = METADATA) -> Path:
    """seeds/ holding the WebVTT panel, its metadata and its recording; returns the panel."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "panel.vtt").write_bytes(PANEL.read_bytes())
    (folder / "panel.yml").write_text(metadata, encoding="utf-8")
    (folder / "topics.yml").write_bytes((ROOT / "seeds" / "topics.yml").read_bytes())
    write_tones(folder / "panel.wav")
    return folder / "panel.vtt"


def project_with_recording(tmp: Path, metadata: str = METADATA) -> Path:
    seeds = recorded_seeds(tmp / "seeds-in", metadata).parent
    return copy_project(tmp / "project", {p.name: p.read_bytes() for p in seeds.iterdir()})


@pytest.fixture(name="recorded", scope="module")
def fixture_recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The panel with its recording, built as published."""
    tmp = tmp_path_factory.mktemp("recorded")
    project = project_with_recording(tmp)
    result = build(project, tmp / "site")
    assert result.returncode == 0, result.stderr
    return tmp / "site"


class _RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Answers Range requests with 206 Partial Content, as web hosts (GitHub Pages) do, so a
    recording can seek before all of it has arrived."""

    def send_head(self):  # type: ignore[no-untyped-def]
        asked = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if not asked or not path.is_file():
            return super().send_head()
        data = path.read_bytes()
        start = int(asked[1])
        end = min(int(asked[2]) if asked[2] else len(data) - 1, len(data) - 1)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        return io.BytesIO(data[start:end + 1])

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(name="recorded_url", scope="module")
def fixture_recorded_url(recorded: Path) -> Iterator[str]:
    url, server = serve(recorded, _RangeHandler)  # media is fetched in ranges, as hosts do
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(name="panel", scope="module")
def fixture_panel(tmp_path_factory: pytest.TempPathFactory):
    """The panel's model, read with its metadata and recording."""
    return load(recorded_seeds(tmp_path_factory.mktemp("panel") / "seeds"))


# --- the metadata ------------------------------------------------------------------------


def test_a_recording_file_beside_the_transcript_is_read_with_its_length(panel):
    recording = panel.recording
    assert (recording.file, recording.kind, recording.offset) == ("panel.wav", "audio", 0)
    assert recording.duration == LENGTH, "a WAV file's length is read from the file"


@pytest.mark.parametrize(("yaml", "line", "says"), [
    ("recording:\n  file: missing.mp3\n", 2, "is not a file beside the transcript"),
    ("recording:\n  file: panel.wav\n  url: https://media.test/a.mp3\n", 3, "either a 'file'"),
    ("recording:\n  url: https://media.test/a.mp3\n  offset: 12 minutes\n", 3, "is not a time"),
    ("recording:\n  url: https://media.test/stream\n", 2, "audio or video"),
    ("recording:\n  kind: audio\n", 1, "names no file, url or page"),
    ("recording:\n  url: https://media.test/a.mp3\n  start: 3\n", 3, "unknown recording key"),
])
def test_a_wrong_recording_key_stops_at_its_line(tmp_path: Path, yaml: str, line: int, says: str):
    panel = recorded_seeds(tmp_path, yaml)
    with pytest.raises(TranscriptError) as error:
        load_metadata(panel)
    assert error.value.line == line and says in error.value.message


def test_an_offset_moves_every_time_into_the_longer_recording(tmp_path: Path):
    panel = load(recorded_seeds(tmp_path, METADATA + '  offset: "00:10:00"\n'))
    site = build_site([panel])
    timing = spans(site, panel)
    assert timing["q1-zhang-wei-1"].start == 600 + seconds("00:00:09")
    pages, data = generate(site)
    assert f"?t={600 + 9}#q1-zhang-wei-1" in pages[f"{SLUG}/transcript.md"]
    assert "00:10:09.000 --> 00:10:22.000" in data[f"data/{SLUG}.vtt"]


# --- spans and exports ---------------------------------------------------------------------


def test_a_passage_lasts_until_the_next_and_the_last_until_the_recording_ends(panel):
    site = build_site([panel])
    timing = list(spans(site, panel).values())
    assert [s.end for s in timing[:-1]] == [s.start for s in timing[1:]]
    assert timing[-1].end == LENGTH and not timing[-1].estimated


def test_without_a_length_the_last_end_is_estimated_and_the_vtt_says_so(tmp_path: Path):
    panel = load(recorded_seeds(tmp_path, "recording:\n  url: https://media.test/panel.mp3\n"))
    site = build_site([panel])
    last = list(spans(site, panel).values())[-1]
    assert last.estimated and last.end > last.start
    assert "最后一段的结束时间按语速估算" in generate(site)[1]["data/panel.vtt"]


def test_the_webvtt_export_has_a_voiced_cue_per_timed_passage(recorded: Path, panel):
    captions = webvtt.read(str(recorded / "data" / f"{SLUG}.vtt"))
    site = build_site([panel])
    timed = [p for p in site.passages if p.time]
    assert [c.identifier for c in captions] == [p.anchor for p in timed]
    assert [c.start for c in captions] == [f"{p.time}.000" for p in timed]
    assert captions[-1].end == "00:00:53.000"
    for cue, passage in zip(captions, timed, strict=True):
        speaker = passage.speaker.name if passage.speaker else passage.question.asker
        assert cue.voice == speaker
        assert cue.text == passage.text.strip()
        assert cue.start_in_seconds < cue.end_in_seconds


def test_markup_in_a_passage_stays_text_in_the_timed_exports(tmp_path: Path):
    words = "<script>alert(1)</script> --> 后面 & 前面"
    panel = tmp_path / "hostile.txt"
    panel.write_text(f"模型讨论会\n\n张伟 00:00:05\n{words}\n\n张伟 00:00:09\n第二段。\n",
                     encoding="utf-8")
    _, data = generate(build_site([load(panel)]))
    (tmp_path / "hostile.vtt").write_text(data["data/hostile.vtt"], encoding="utf-8")
    first = webvtt.read(str(tmp_path / "hostile.vtt")).captions[0]
    assert (first.voice, first.start, first.end) == ("张伟", "00:00:05.000", "00:00:09.000")
    assert "<script>" not in first.raw_text and "-->" not in first.raw_text
    assert json.loads(data["data/hostile.transcript.json"])["segments"][0]["body"] == words


def test_the_podcast_transcript_has_speaker_start_end_and_body(recorded: Path):
    data = json.loads((recorded / "data" / f"{SLUG}.transcript.json").read_text("utf-8"))
    captions = webvtt.read(str(recorded / "data" / f"{SLUG}.vtt"))
    assert data["version"] == "1.0.0"
    assert [set(s) for s in data["segments"]] == [{"speaker", "startTime", "endTime", "body"}
                                                   ] * len(captions)
    for segment, cue in zip(data["segments"], captions, strict=True):
        assert (segment["startTime"], segment["endTime"]) == (cue.start_in_seconds,
                                                              cue.end_in_seconds)
        assert segment["speaker"] == cue.voice and segment["body"]


def test_the_data_dictionary_lists_the_timed_exports(recorded: Path):
    about = (recorded / "about" / "index.html").read_text(encoding="utf-8")
    assert f'href="../data/{SLUG}.vtt"' in about
    assert f'href="../data/{SLUG}.transcript.json"' in about
    assert 'id="data-timed"' in about and "podcast:transcript" in about


# --- pages ---------------------------------------------------------------------------------


def test_the_recording_is_copied_into_the_site(recorded: Path, tmp_path: Path):
    copied = recorded / "media" / f"{SLUG}.wav"
    write_tones(tmp_path / "same.wav")
    assert copied.read_bytes() == (tmp_path / "same.wav").read_bytes()
    page = (recorded / SLUG / "transcript" / "index.html").read_text(encoding="utf-8")
    assert f'<audio class="exhibit-player__media" controls preload="metadata" ' \
           f'src="../../media/{SLUG}.wav"' in page


def test_every_moment_link_and_media_link_leads_somewhere(recorded: Path):
    assert broken_links(recorded, read_site(recorded)) == []
    players = 0
    for page in recorded.rglob("*.html"):
        for src in re.findall(r'<audio [^>]*src="([^"]+)"', page.read_text(encoding="utf-8")):
            assert (page.parent / src).resolve().is_file(), f"{page}: {src}"
            players += 1
    questions = len(load(PANEL).questions)  # the host's closing thanks is no question page
    assert questions == 2
    assert players == 1 + questions, "the transcript and each question page play the recording"


def test_a_passage_citation_names_its_time_and_the_link_to_it(recorded: Path):
    page = (recorded / SLUG / "q1" / "index.html").read_text(encoding="utf-8")
    lead = re.search(r'id="q1-li-na-1"[^>]*data-cite-lead="([^"]*)"', page).group(1)
    assert lead.endswith("录音 00:00:22：https://exhibit.test/roundtable-exhibit/"
                         f"{SLUG}/q1/?t=22#q1-li-na-1")


def test_a_timed_transcript_without_a_recording_shows_its_times_as_text(tmp_path: Path):
    panel = load(recorded_seeds(tmp_path, f"exhibit:\n  slug: {SLUG}\n"))
    pages, data = generate(build_site([panel]))
    transcript = pages[f"{SLUG}/transcript.md"]
    assert '<span class="passage__time">00:00:09</span>' in transcript
    assert "exhibit-player" not in transcript and "passage__play" not in transcript
    assert "data-start" not in transcript


def test_a_platform_page_is_linked_to_at_each_time(tmp_path: Path):
    page = "https://www.youtube.com/watch?v=abc123"
    panel = load(recorded_seeds(tmp_path, f"recording:\n  page: {page}\n"))
    pages, _ = generate(build_site([panel]))
    transcript = pages["panel/transcript.md"]
    assert 'href="https://www.youtube.com/watch?v=abc123&amp;t=9s"' in transcript
    assert "<audio" not in transcript and "本站不能嵌入" in transcript
    assert platform_link("https://www.bilibili.com/video/BV1xx?p=2", 75).endswith("p=2&t=75")
    assert platform_link("https://vimeo.test/1", 75) == "https://vimeo.test/1"


def test_a_video_shows_captions_and_a_remote_file_says_it_needs_the_network(tmp_path: Path):
    panel = load(recorded_seeds(tmp_path, "recording:\n  url: https://media.test/panel.mp4\n"))
    pages, _ = generate(build_site([panel]))
    transcript = pages["panel/transcript.md"]
    assert '<video class="exhibit-player__media" controls preload="none" ' \
           'src="https://media.test/panel.mp4"' in transcript, "nothing loads before play"
    assert '<track kind="captions" src="../../data/panel.vtt" srclang="zh" label="中文字幕" ' \
           'default>' in transcript
    assert "录像在另一网站（media.test）：按播放键后才从网络载入，离线时无法播放。" in transcript


def test_the_untimed_seed_has_no_player_and_no_time_controls(site: Path):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "exhibit-player" not in html and "player.js" not in html, page
        assert "passage__play" not in html and "data-start=" not in html, page
    assert not list((site / "data").glob("*.vtt")) and not (site / "media").exists()


# --- in the browser ------------------------------------------------------------------------

AUDIO = "document.querySelector('audio.exhibit-player__media')"
PLAYING_AT = f"""() => {{ const media = {AUDIO};
  const marked = document.querySelector('.passage--playing');
  return marked && !media.paused && media.currentTime >= +marked.dataset.start
    && media.currentTime < +marked.dataset.end ? marked.closest('[id]').id : ''; }}"""


def test_a_passage_time_plays_from_there_and_the_passage_heard_is_marked(desktop,
                                                                         recorded_url: str):
    desktop.goto(recorded_url + f"{SLUG}/transcript/")
    desktop.get_by_role("button", name="从录音 00:00:22 处播放").click()
    desktop.wait_for_function(f"() => {AUDIO}.currentTime >= 22 && !{AUDIO}.paused")
    marked = desktop.wait_for_function(PLAYING_AT).json_value()
    assert marked == "q1-li-na-1"
    share = desktop.locator(".exhibit-player__share")
    assert re.search(r"\?t=2\d#q1-li-na-1$", share.get_attribute("href"))
    # Playing on, the next passage's start moves the mark there.
    desktop.evaluate(f"{AUDIO}.currentTime = 32")
    desktop.wait_for_function(f"() => ({PLAYING_AT})() === 'q2'")


def test_following_stops_when_the_reader_scrolls_away_and_says_so(desktop, recorded_url: str):
    desktop.goto(recorded_url + f"{SLUG}/transcript/")
    follow = desktop.get_by_role("button", name="跟随播放")
    assert follow.get_attribute("aria-pressed") == "true"
    desktop.get_by_role("button", name="从录音 00:00:09 处播放").click()
    desktop.wait_for_function(PLAYING_AT)
    desktop.mouse.wheel(0, 600)
    desktop.wait_for_function(
        "() => document.querySelector('.exhibit-player__follow').ariaPressed === 'false'")
    assert "已停止跟随" in desktop.locator(".exhibit-player__status").inner_text()
    # The switch, from the keyboard, follows again.
    follow.focus()
    desktop.keyboard.press("Enter")
    assert follow.get_attribute("aria-pressed") == "true"
    # A passage's time plays from the keyboard too, with Space as with any button.
    desktop.get_by_role("button", name="从录音 00:00:35 处播放").focus()
    desktop.keyboard.press(" ")
    desktop.wait_for_function(f"() => ({PLAYING_AT})() === 'q2-li-na-1'")


def test_a_moment_link_opens_at_the_passage_and_seeks_without_playing(desktop,
                                                                      recorded_url: str):
    desktop.goto(recorded_url + f"{SLUG}/q2/?t=40#q2-li-na-1")
    desktop.wait_for_function(f"() => {AUDIO}.readyState >= 1 && {AUDIO}.currentTime === 40")
    assert desktop.evaluate(f"{AUDIO}.paused"), "no autoplay"
    assert desktop.evaluate("document.querySelector('.passage--playing').id") == "q2-li-na-1"
    assert "00:00:40" in desktop.locator(".exhibit-player__status").inner_text()
    desktop.get_by_role("button", name="从录音 00:00:44 处播放").click()
    desktop.wait_for_function(f"() => ({PLAYING_AT})() === 'q2-zhang-wei-1'")


@pytest.fixture(name="unzipped_recorded", scope="module")
def fixture_unzipped_recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The panel's offline zip (OFFLINE=true, hooks/bundle.py), unzipped elsewhere."""
    tmp = tmp_path_factory.mktemp("recorded-offline")
    project = project_with_recording(tmp)
    result = build(project, tmp / "site", env={"OFFLINE": "true"})
    assert result.returncode == 0, result.stderr
    subprocess.run([sys.executable, str(ROOT / "hooks" / "bundle.py"), str(tmp / "site"),
                    str(tmp / "bundle.zip")], check=True, env={"SOURCE_DATE_EPOCH": "0"})
    folder = tmp / "unzipped here"
    with zipfile.ZipFile(tmp / "bundle.zip") as bundle:
        assert f"media/{SLUG}.wav" in bundle.namelist()
        bundle.extractall(folder)
    return folder


def test_the_offline_zip_plays_from_file_and_asks_nothing_of_the_network(
    browser, unzipped_recorded: Path
):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    attempted: list[str] = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        "file:") else (attempted.append(route.request.url), route.abort()))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    try:
        page.goto((unzipped_recorded / SLUG / "q1.html").as_uri() + "?t=22#q1-li-na-1")
        page.wait_for_function(f"() => {AUDIO}.readyState >= 1 && {AUDIO}.currentTime === 22")
        page.get_by_role("button", name="从录音 00:00:09 处播放").click()
        assert page.wait_for_function(PLAYING_AT).json_value() == "q1-zhang-wei-1"
    finally:
        context.close()
    assert attempted == [] and errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_player_passes_axe_in_both_palettes_at_both_widths(browser, recorded_url: str,
                                                               scheme: str, viewport: dict):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    try:
        found = []
        for name in (f"{SLUG}/transcript/", f"{SLUG}/q1/"):
            page.goto(recorded_url + name)
            # From the keyboard: a pointer left over a passage would test hover colours.
            page.get_by_role("button", name="从录音 00:00:09 处播放").focus()
            page.keyboard.press("Enter")
            page.wait_for_function(PLAYING_AT)
            page.evaluate(f"{AUDIO}.pause()")
            page.add_script_tag(path=str(AXE))
            result = page.evaluate(AXE_RUN, WCAG_TAGS)
            found += [f"{name}: {v['id']} {[n['target'] for n in v['nodes']]}"
                      for v in result["violations"]]
    finally:
        context.close()
    assert found == []


@pytest.fixture(name="instant_recorded_url", scope="module")
def fixture_instant_recorded_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Built for the address it is served at, so that Material's instant navigation is live."""
    tmp = tmp_path_factory.mktemp("recorded-instant")
    project = project_with_recording(tmp)
    url, server = serve(tmp / "site", _RangeHandler)
    result = build(project, tmp / "site", env={"SITE_URL": url})
    assert result.returncode == 0, result.stderr
    yield url
    server.shutdown()
    server.server_close()


def test_instant_navigation_stops_the_page_left_and_binds_the_next(desktop,
                                                                   instant_recorded_url: str):
    open_for_instant_navigation(desktop, instant_recorded_url + f"{SLUG}/transcript/")
    desktop.get_by_role("button", name="从录音 00:00:09 处播放").click()
    desktop.wait_for_function(PLAYING_AT)
    desktop.evaluate(f"window.leftBehind = {AUDIO}")
    follow_instantly(desktop, desktop.locator(".md-nav a[href$='q2/']").first,
                     instant_recorded_url + f"{SLUG}/q2/")
    desktop.wait_for_function("() => window.leftBehind.paused")
    desktop.get_by_role("button", name="从录音 00:00:35 处播放").click()
    assert desktop.wait_for_function(PLAYING_AT).json_value() == "q2-li-na-1"
    assert desktop.evaluate("window.leftBehind.paused && !document.contains(window.leftBehind)")


def test_the_citation_of_a_timed_passages_english_names_the_moment_too(tmp_path: Path):
    """The editors' English of a timed passage is cited with the original's moment, as the
    Chinese is: a link that plays the recording there, or the transcript's time without one."""
    from roundtable.citing.citations import Citer
    from roundtable.translation import skeleton, translation_path

    def english_lead(metadata: str, site_url: str) -> str:
        path = recorded_seeds(tmp_path / str(len(metadata)), metadata)
        filled = skeleton(load(path)).replace('en: ""', 'en: "Translated."')
        translation_path(path).write_text(filled, encoding="utf-8")
        panel = load(path)
        assert panel.translation is not None and not panel.translation.missing
        _, question, answer, paragraph = next(
            p for p in panel.passages() if p[3].id == "q1-li-na-1")
        citer = Citer(build_site([panel], site_url=site_url))
        return citer.passage_en(panel, paragraph, f"{SLUG}/q1.md", question,
                                panel.speaker(answer.speaker)).lead

    assert english_lead(METADATA, "https://exhibit.test/roundtable-exhibit/").endswith(
        f"Recording at 00:00:22: https://exhibit.test/roundtable-exhibit/{SLUG}/q1/?t=22"
        "#q1-li-na-1")
    assert english_lead(f"exhibit:\n  slug: {SLUG}\n", "").endswith("Transcript time 00:00:22.")
