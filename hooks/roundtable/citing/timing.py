"""Where each passage lies in its exhibit's recording, and the timed exports made from that:
WebVTT with ``<v Speaker>`` voices and a Podcasting 2.0 ``podcast:transcript`` JSON. Knows
nothing of MkDocs.

A passage's time is the transcript's (``HH:MM:SS``) plus the recording's ``offset``; it ends
where the next timed passage starts, the last one at the recording's ``duration`` when that
is known, else after a reading-speed estimate of its length (said in the VTT's ``NOTE``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..model import Transcript
from ..site import Passage, Site

PODCAST_VERSION = "1.0.0"
"""The Podcasting 2.0 JSON transcript format's version."""
CHARACTERS_PER_SECOND = 4
"""Chinese speech runs at about 4–5 characters a second: the estimate for a last passage
whose end nothing gives."""
SHORTEST = 2
"""The shortest estimated length of a last passage, in seconds."""


@dataclass(frozen=True)
class Span:
    """When a passage is heard: seconds into the recording."""

    start: int
    end: int
    estimated: bool = False
    """True when the end is a reading-speed estimate (the last passage, duration unknown)."""


def seconds(time: str) -> int:
    """``HH:MM:SS`` (or ``MM:SS``) as seconds."""
    total = 0
    for part in time.split(":"):
        total = total * 60 + int(part)
    return total


def clock(total: int) -> str:
    """Seconds as ``HH:MM:SS``."""
    return f"{total // 3600:02d}:{total // 60 % 60:02d}:{total % 60:02d}"


def spans(site: Site, transcript: Transcript) -> dict[str, Span]:
    """Each timed passage's span, by anchor, in reading order; empty for an untimed text."""
    timed = [p for p in site.passages_by_transcript[transcript.slug] if p.time]
    if not timed:
        return {}
    recording = transcript.recording
    offset = recording.offset if recording else 0
    duration = recording.duration if recording else None
    starts = [seconds(p.time) + offset for p in timed]
    # The first later start past each one (times may repeat or step back), in one pass
    # from the end: a stack of starts, each smaller than the one below it.
    following: list[int | None] = [None] * len(starts)
    stack: list[int] = []
    for index in range(len(starts) - 1, -1, -1):
        while stack and stack[-1] <= starts[index]:
            stack.pop()
        following[index] = stack[-1] if stack else None
        stack.append(starts[index])
    result: dict[str, Span] = {}
    for index, passage in enumerate(timed):
        start, later = starts[index], following[index]
        if later is not None:
            result[passage.anchor] = Span(start, later)
        elif duration is not None and duration > start:
            result[passage.anchor] = Span(start, duration)
        else:
            length = max(SHORTEST, -(-len(passage.text) // CHARACTERS_PER_SECOND))
            result[passage.anchor] = Span(start, start + length, estimated=True)
    return result


def recording_file(transcript: Transcript) -> Path | None:
    """The media file beside the transcript that the site publishes (``recording: file:``)."""
    recording = transcript.recording
    return Path(transcript.source).parent / recording.file if recording and recording.file \
        else None


def platform_link(page: str, start: int) -> str:
    """A video platform's page at a time, where its links take one (YouTube ``t=…s``,
    Bilibili ``t=…``); other pages as they are."""
    parts = urlsplit(page)
    host = parts.netloc.lower().removeprefix("www.").removeprefix("m.")
    if host in ("youtube.com", "youtu.be"):
        value = f"{start}s"
    elif host == "bilibili.com":
        value = str(start)
    else:
        return page
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "t"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("t", value)])))


def moment_href(href: str, start: int, anchor: str) -> str:
    """A page's link with the recording time a reader lands at: ``…/?t=750#anchor``."""
    return f"{href.split('#')[0]}?t={start}#{anchor}"


# --- exports ------------------------------------------------------------------------


def _speaker(passage: Passage) -> str:
    if passage.speaker:
        return passage.speaker.name
    if passage.kind == "question" and passage.question is not None:
        return passage.question.asker or "主持人"
    return ""


def _timestamp(total: int) -> str:
    return f"{clock(total)}.000"


def _cue_text(text: str) -> str:
    # A cue ends at a blank line and reads & and < as markup.
    text = re.sub(r"\n\s*\n+", "\n", text.strip())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def webvtt(site: Site, transcript: Transcript) -> str:
    """The timed passages as WebVTT cues: one per passage, its anchor as the cue's id, the
    speaker as a ``<v>`` voice (a verbatim record only: a report's words are not theirs)."""
    timing = spans(site, transcript)
    passages = [p for p in site.passages_by_transcript[transcript.slug] if p.anchor in timing]
    title = re.sub(r"\s+", " ", transcript.title).replace("-->", "→")
    notes = [f"《{transcript.title}》的时间轴，出自本展的全文实录。"]
    if transcript.reported:
        notes.append("这是转述报道，不是逐字稿：各段是报道者的文字，不标说话人。")
    if transcript.recording and transcript.recording.offset:
        notes.append(f"时间已加上录音偏移 {clock(transcript.recording.offset)}。")
    if any(span.estimated for span in timing.values()):
        notes.append("录音时长未知：最后一段的结束时间按语速估算。")
    lines = [f"WEBVTT - {title}", "", "NOTE", *(n.replace("-->", "→") for n in notes), ""]
    for passage in passages:
        span = timing[passage.anchor]
        text = _cue_text(passage.text)
        voice = _speaker(passage) if not transcript.reported else ""
        if voice:
            annotation = voice.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            text = f"<v {annotation}>{text}</v>"
        lines += [passage.anchor, f"{_timestamp(span.start)} --> {_timestamp(span.end)}",
                  text, ""]
    return "\n".join(lines)


def podcast_transcript(site: Site, transcript: Transcript) -> str:
    """The timed passages as a Podcasting 2.0 JSON transcript (``podcast:transcript``,
    ``application/json``): segments with speaker, startTime, endTime and body."""
    timing = spans(site, transcript)
    segments = []
    for passage in site.passages_by_transcript[transcript.slug]:
        span = timing.get(passage.anchor)
        if span is None:
            continue
        segment: dict[str, object] = {}
        speaker = _speaker(passage) if not transcript.reported else ""
        if speaker:
            segment["speaker"] = speaker
        segment.update(startTime=float(span.start), endTime=float(span.end),
                       body=re.sub(r"\s+", " ", passage.text.strip()))
        segments.append(segment)
    data = {"version": PODCAST_VERSION, "segments": segments}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
