"""The exhibit's URL scheme, in one place. Knows nothing of MkDocs.

Every generated page has a source path (``…/x.md``) from which the published URL follows,
as MkDocs derives it: ``x/`` with directory URLs (online), ``x.html`` without (offline).

=========================================  ==========================================
source path                                 what it is
=========================================  ==========================================
``index.md``                                home: the exhibit itself while there is one
``<slug>/index.md``                         an exhibit's home, once there are several
``<slug>/<question-id>.md``                 a question and its answers
``<slug>/transcript.md``                    the full transcript of one exhibit
``speakers/index.md``, ``speakers/<id>.md`` speakers (``speakers/<id>/<exhibit>.md``: one
                                          exhibit's passages, for a speaker of many)
``topics/index.md``, ``topics/<id>.md``     topic index and topic pages (and
                                          ``topics/<id>/<year>.md`` likewise)
``timeline.md``                             the models and works named, by year
``data/<slug>.json``, ``data/<slug>.csv``   the model as data
``data/<slug>.vtt``, ``.transcript.json``   timed transcripts: WebVTT, Podcasting 2.0 JSON
``media/<slug>.<ext>``                      the recording, when a file beside the transcript
=========================================  ==========================================

Paragraph anchors are ``<question-id>-<speaker-id>-<n>``: stable while text is corrected
or paragraphs are added elsewhere.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass

from .model import Question, Speaker, Topic, Transcript


def answer_anchors(question: Question) -> list[str]:
    """Heading id of each answer to a question: ``answer-<speaker>``, stable across edits.

    A speaker who answers a second time under the same question gets ``answer-<speaker>-2``,
    so adding another speaker's answer never moves an existing anchor.
    """
    seen: dict[str, int] = {}
    anchors = []
    for answer in question.answers:
        seen[answer.speaker] = seen.get(answer.speaker, 0) + 1
        rank = seen[answer.speaker]
        anchors.append(f"answer-{answer.speaker}" + (f"-{rank}" if rank > 1 else ""))
    return anchors


@dataclass(frozen=True)
class Urls:
    """Source paths of every page, and links between them."""

    single: bool
    """True while the site holds one exhibit, whose home is then the site's home."""
    directory_urls: bool = True

    # --- where each page lives --------------------------------------------------

    def exhibit_home(self, transcript: Transcript) -> str:
        return "index.md" if self.single else f"{transcript.slug}/index.md"

    def question(self, transcript: Transcript, question: Question) -> str:
        return f"{transcript.slug}/{question.id}.md"

    def transcript(self, transcript: Transcript) -> str:
        return f"{transcript.slug}/transcript.md"

    def speaker(self, speaker: Speaker) -> str:
        return f"speakers/{speaker.id}.md"

    def topic(self, topic: Topic) -> str:
        return f"topics/{topic.id}.md"

    def speaker_in(self, speaker: Speaker, slug: str) -> str:
        """A speaker's passages in one exhibit, when their page would be too long."""
        return f"speakers/{speaker.id}/{slug}.md"

    def topic_in(self, topic: Topic, year: str) -> str:
        """A topic's mentions in one year's exhibits, when its page would be too long."""
        return f"topics/{topic.id}/{year}.md"

    speakers_index = "speakers/index.md"
    topics_index = "topics/index.md"
    timeline = "timeline.md"
    about = "about.md"
    series_home = "index.md"

    def data(self, transcript: Transcript, extension: str) -> str:
        return f"data/{transcript.slug}.{extension}"

    def media(self, transcript: Transcript) -> str:
        """The copy of a recording file beside the transcript (``recording: file:``)."""
        file = transcript.recording.file if transcript.recording else ""
        return f"media/{transcript.slug}{posixpath.splitext(file)[1].lower()}"

    # --- from a source path to a link --------------------------------------------

    def url(self, path: str) -> str:
        """Site-relative URL of a source path, as MkDocs publishes it."""
        if not path.endswith(".md"):
            return path
        stem = path[: -len(".md")]
        if not self.directory_urls:
            return stem + ".html"
        if stem == "index":
            return ""
        if stem.endswith("/index"):
            return stem[: -len("index")]
        return stem + "/"

    def href(self, page: str, target: str, anchor: str = "") -> str:
        """Relative link from the page at source path ``page`` to ``target``."""
        here = self.url(page)
        there = self.url(target)
        if there == here and anchor:
            return f"#{anchor}"
        relative = _relative(here, there)
        return f"{relative}#{anchor}" if anchor else relative


@functools.lru_cache(maxsize=1 << 18)
def _relative(here: str, there: str) -> str:
    """The relative URL from the page at site-relative URL ``here`` to ``there``. Cached: a
    series links the same pairs of folders over and over (every page to every exhibit), and
    ``posixpath.relpath`` (which asks for the working directory each time) was a quarter of
    the time spent generating pages."""
    folder = here if here.endswith("/") or here == "" else posixpath.dirname(here)
    start = [part for part in folder.split("/") if part not in ("", ".")]
    path = [part for part in there.split("/") if part not in ("", ".")]
    if ".." in start or ".." in path or folder.startswith("/") or there.startswith("/"):
        relative = posixpath.relpath(there or ".", folder.rstrip("/") or ".")
    else:
        # posixpath.relpath's own steps, without its trip through the working directory.
        common = len(posixpath.commonprefix([start, path]))
        relative = "/".join([".."] * (len(start) - common) + path[common:]) or "."
    if there.endswith("/") or there == "":
        relative = "./" if relative == "." else relative + "/"
    return relative
