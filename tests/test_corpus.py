"""The readers against transcripts they were not written for: a corpus of every family of
format, each file with a truth file saying what every line is and who says it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import transcript_command as run_command
from corpus_score import (
    CORPUS,
    HOLDOUT,
    TRANSCRIPTS,
    Score,
    _apply_all,
    apply_fix,
    placed,
    read,
    score,
    truth_of,
)
from roundtable.model import TranscriptError
from roundtable.readers.containers import read_source
from roundtable.transcript import explain, load

FAMILIES = ("reported", "dialogue", "interview", "stt", "subtitles", "markdown", "talk")
REFUSALS = sorted(p for p in (CORPUS / "refuse").iterdir() if p.suffix == ".txt")


@pytest.fixture(name="scores", scope="module")
def fixture_scores() -> dict[str, Score]:
    """Every corpus transcript read with its metadata and scored against its truth."""
    return {path.name: score(path, read(path)) for path in TRANSCRIPTS}


def test_the_corpus_has_a_transcript_of_every_family_and_every_encoding():
    families = {truth_of(path).facts["format"] for path in TRANSCRIPTS}
    assert set(FAMILIES) <= families
    assert {p.suffix for p in TRANSCRIPTS} >= {".txt", ".md", ".vtt", ".srt"}
    assert {read(p).encoding for p in TRANSCRIPTS} >= {"utf-8", "utf-8-sig", "utf-16", "gb18030",
                                                       "big5"}


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.name)
def test_each_transcript_is_read_by_the_reader_of_its_family(path: Path):
    truth = truth_of(path)
    transcript = read(path)
    assert transcript.format == truth.facts["format"]
    assert transcript.mode == truth.facts["mode"]
    assert transcript.title == truth.facts["title"]
    speakers = [s.strip() for s in truth.facts["speakers"].split(",")]
    assert [s.name for s in transcript.speakers] == speakers


def test_at_least_98_percent_of_answer_paragraphs_are_credited_to_who_said_them(scores):
    answers = sum(s.answers for s in scores.values())
    right = sum(s.right for s in scores.values())
    wrong = [f"{name} {line}" for name, s in scores.items() for line in s.wrong]
    assert answers > 150
    assert right / answers >= 0.98, wrong


@pytest.mark.parametrize("name", [p.name for p in TRANSCRIPTS])
def test_no_byline_heading_title_or_intro_is_ever_published_as_speech(scores, name: str):
    assert scores[name].published_as_speech == []


@pytest.fixture(name="holdout_scores", scope="module")
def fixture_holdout_scores() -> dict[str, Score]:
    """The holdout: transcripts written blind, after the rules, by someone trying them. A
    file refused (or a crash) is a score whose every measure fails with the refusal."""
    scores = {}
    for path in HOLDOUT:
        try:
            scores[path.name] = score(path, read(path))
        except Exception as error:  # noqa: BLE001 (a crash is a failed read, not a failed run)
            refused = f"refused: {type(error).__name__}: {error}"
            scores[path.name] = Score(path.name, wrong=[refused], published_as_speech=[refused])
    return scores


def test_the_holdout_is_credited_right_too(holdout_scores):
    """The holdout fixed against (the second blind set, ``k-``, is measured per file below)."""
    fixed_against = [s for name, s in holdout_scores.items() if name.startswith("h-")]
    answers = sum(s.answers for s in fixed_against)
    right = sum(s.right for s in fixed_against)
    assert answers > 80
    assert right / answers >= 0.98, [w for s in holdout_scores.values() for w in s.wrong]


HOLDOUT_OPEN = {
    "h-08-reported-ownership-clauses.txt":
        "a report's own narration between quotes (line 30) and the moderator's reported "
        "closing words (line 44) are read as a guest's answer",
}
HOLDOUT_ANSWERS_OPEN = {
    "h-08-reported-ownership-clauses.txt":
        "a reported paragraph whose owner the report leaves open (line 32) is credited to "
        "the guest before without a warning",
}
"""What the first blind held-out set of issue 26 (the ``h-`` files, scored before any fix
and added here after) still shows wrong: strict, so a fix is noticed."""


SECOND_OPEN: dict[tuple[str, str], str] = {
    ("answers", "k-03-youtube-autocaption-edited.srt"):
        "edited captions: ALL-CAPS names then Title-case first names, cues after a label carry "
        "none, a >> speaker change: Priya's turns read as intro, MARCUS OYELARAN unresolved",
    ("silent", "k-03-youtube-autocaption-edited.srt"): "as above, without a warning",
    ("speech", "k-03-youtube-autocaption-edited.srt"):
        "the moderator DANA (Dana Whitfield) is read as a guest: a label that mostly asks",
    ("answers", "k-06-taiwan-podcast-trad.txt"):
        "refused: a podcast paragraph (02:40) 标题 after a heading opens no turn; two hosts "
        "(阿凱, Miki) and a guest labelled by given name (品睿 of 林品睿)",
    ("silent", "k-06-taiwan-podcast-trad.txt"): "refused, as above",
    ("speech", "k-06-taiwan-podcast-trad.txt"): "refused, as above",
    ("answers", "k-14-zoom-transcript-plus-chat.txt"):
        "refused: a Zoom VTT pasted into a .txt and the saved chat after it (no generic "
        "labelled-turn path for records that carry recurring labels)",
    ("silent", "k-14-zoom-transcript-plus-chat.txt"): "refused, as above",
    ("speech", "k-14-zoom-transcript-plus-chat.txt"): "refused, as above",
    ("speech", "k-01-dingtalk-shanji-export.txt"):
        "the meeting's host 宋嘉禾 (opens, hands over by name, closes) stays a participant: the "
        "参会人 list names everyone, and stt_names.txt's truth reads the same shape so",
    ("speech", "k-07-earnings-call-interpreter.txt"):
        "the operator (会议助理), the IR director's hand-overs and the analysts (姓名（券商）) "
        "are read as answers: no role layer scores a label by asking across the whole call",
    ("speech", "k-08-launch-event-named-host.txt"):
        "one reporter's question (第一财经) read into the guest's answer before it",
    ("speech", "k-09-docx-interview-bold-qa.docx"):
        "section two's questions are whole bold paragraphs with no label: read as the answer",
}
"""What the second blind held-out set of issue 26 (the ``k-`` files: 32.7 % of answer lines
right when reported, after round 2; added here after) still shows wrong, by test: strict, so
a fix is noticed. ``speech``: a line that is nobody's answer published as one; ``silent``: an
answer credited wrong without a warning; ``answers``: an answer credited wrong at all."""


THIRD_OPEN: dict[tuple[str, str], str] = {
    ("answers", "m-01-bilibili-cc-subtitle.srt"):
        "unlabelled captions under a title word (圆桌): speakers change at name cards and the "
        "host's hand-offs, all credited to 圆桌",
    ("silent", "m-01-bilibili-cc-subtitle.srt"): "as above, without a warning",
    ("speech", "m-01-bilibili-cc-subtitle.srt"): "title, intro and guest cards read as answers",
    ("answers", "m-03-shipinhao-live-record.txt"):
        "the caller 连麦嘉宾 who names himself (我是宋嘉禾) stays 连麦嘉宾",
    ("silent", "m-03-shipinhao-live-record.txt"): "as above, without a warning",
    ("speech", "m-03-shipinhao-live-record.txt"):
        "the header lines 助播：小禾 and 本场主题：… read as the 助播's questions",
    ("speech", "m-04-university-panel-news.html"): "a section heading read as an answer",
    ("speech", "m-05-internal-ama-minutes.md"):
        "an asker's question and the minutes' footer read as answers",
    ("answers", "m-08-tencent-meeting-qa.docx"):
        "a meeting's asker (韩萌, labelled with her department) read as a guest",
    ("silent", "m-08-tencent-meeting-qa.docx"): "as above, without a warning",
    ("answers", "m-10-english-keynote-qa-bom.txt"):
        "the keynote's closing 'Thank you.' alone on its line (26) is read as a heading",
    ("silent", "m-10-english-keynote-qa-bom.txt"): "as above, without a warning",
    ("speech", "m-11-xinhua-style-forum-report.txt"):
        "the report's closing narration and footer read as answers",
    ("answers", "m-12-wechat-group-chat-record.txt"):
        "refused: timestamp + nickname lines of a chat record (no generic labelled-record path)",
    ("silent", "m-12-wechat-group-chat-record.txt"): "refused, as above",
    ("speech", "m-12-wechat-group-chat-record.txt"): "refused, as above",
    ("speech", "m-13-ocr-print-interview-gb18030.txt"):
        "the print interview's title and intro read as the guest's words",
    ("answers", "m-14-teams-vtt-roundtable.vtt"):
        "voices <v Li, Ruoxi (R&D-SH)> read as Ruoxi Li, not the 李若溪 the host names "
        "(研发上海的李若溪 Ruoxi: no boundary before the Chinese name)",
    ("silent", "m-14-teams-vtt-roundtable.vtt"): "as above, without a warning",
}
"""What the third blind held-out set of issue 26 (the ``m-`` files: 49.7 % of answer lines
right when reported, after round 3; added here after) still shows wrong, by test and measure
as ``SECOND_OPEN``: strict, so a fix is noticed."""


FOURTH_OPEN: dict[tuple[str, str], str] = {
    ("answers", "n-02-sina-livetext-reverse.txt"):
        "a live blog's timed entries naming a guest (马克·霍恩, 施雨晴) read as the host's "
        "questions",
    ("speech", "n-02-sina-livetext-reverse.txt"):
        "the guest line, the blog's narration and its closing note read as speech",
    ("speech", "n-03-podcast-tingwu-abc.txt"):
        "说话人A, the second host, is read as a host now, but its welcome before the guest "
        "speaks (line 19) is read as a question, not the intro",
    ("speech", "n-06-lecture-html-gbk.html"):
        "the report's narration, the host's reported summary and the 专家简介 after it read as "
        "speech",
    ("speech", "n-10-gb18030-minutes-titles.txt"):
        "the 议定事项's numbered decisions and the 抄送 line after the last turn read as "
        "张建华's (warned)",
    ("answers", "n-11-caijing-reported-alternating.txt"):
        "a paragraph on 追光智能's choice after a heading continues 柯文彬 (warned): the "
        "company the report attached to 蒋骁 does not credit him",
    ("speech", "n-11-caijing-reported-alternating.txt"):
        "the report's closing narration (受访者们没有给出一致的答案) read as 黎崇山's",
    ("speech", "n-12-ama-markdown-headings.md"):
        "the guest list's 主持：阿澈（@ache_ops） read as speech",
}
"""What the fourth blind held-out set of issue 26 (the ``n-`` files: 53.0 % of answer lines
right when reported, after round 4; added here after) still shows wrong, by test and measure
as ``SECOND_OPEN``: strict, so a fix is noticed."""


FIFTH_OPEN: dict[tuple[str, str], str] = {
    ("speech", "p-01-tw-gazette-interpellation-big5.txt"):
        "the chair's (主席) opening read as a question though the record's intro (lines 7-8), "
        "and a meta line (26) as an answer",
    ("answers", "p-05-wechat-recap-reported.md"):
        "a recap's reported 主持人 (whose turns report the guests' views) keeps the guests' "
        "words: the label word decides against behaviour",
    ("silent", "p-05-wechat-recap-reported.md"): "as above, without a warning for some",
    ("speech", "p-05-wechat-recap-reported.md"):
        "the recap's headings and a caption read as the host's, its closing narration as a "
        "guest's",
    ("speech", "p-06-bilingual-fansub.srt"):
        "the fansub group's closing credit cues read as the host's closing",
    ("answers", "p-09-interpreted-roundtable-mixed-eol.txt"):
        "the interpreter's renderings of the guests' answers credited to the moderator 谭一苇 "
        "whose questions it renders too",
    ("silent", "p-09-interpreted-roundtable-mixed-eol.txt"): "as above, without a warning",
    ("answers", "p-10-podcast-md-nickname-hosts.md"):
        "a 主播 label that answers (闻笙, the guest) read as the host: the label word decides",
    ("silent", "p-10-podcast-md-nickname-hosts.md"): "as above, without a warning for some",
    ("speech", "p-10-podcast-md-nickname-hosts.md"):
        "the show notes' guest list and a meta line read as the 主播's questions",
    ("answers", "p-11-visit-minutes-excel-gb18030.csv"):
        "说话人3 stays a number: the file's own mapping to 韦嘉 is not read from the CSV",
    ("silent", "p-11-visit-minutes-excel-gb18030.csv"): "as above, without a warning",
    ("speech", "p-11-visit-minutes-excel-gb18030.csv"):
        "the visitors' questions (王建平, 说话人5, 程悦) read as answers: no role by asking",
    ("speech", "p-14-closed-door-minutes-anonymous.txt"):
        "the anonymous guest list (嘉宾甲：某…负责人) read as the guests' words",
}
"""What the fifth blind held-out set of issue 26 (the ``p-`` files: 32.7 % of answer lines
right when reported, after round 5; added here after round 6's identity pass) still shows
wrong, by test and measure as ``SECOND_OPEN``: strict, so a fix is noticed."""

SIXTH_OPEN: dict[tuple[str, str], str] = {
    ("answers", "r-10-livestream-danmaku-export.csv"):
        "refused at the second self-introduction on one account: the streamer's account carries "
        "the guest's words too, and only a speaker per row (the hint) can say whose",
    ("speech", "r-10-livestream-danmaku-export.csv"): "refused, as above",
    ("silent", "r-10-livestream-danmaku-export.csv"): "refused, as above",
    ("answers", "s-09-live-commerce-replay-asr.srt"):
        "auto-captions with no labels and no punctuation: host, engineer and an off-mic 场控 "
        "all read as one unnamed speaker",
    ("speech", "s-09-live-commerce-replay-asr.srt"): "as above; its introduction cues as speech",
    ("silent", "s-09-live-commerce-replay-asr.srt"): "as above, with one warning for the file",
}
"""What the sixth, seventh and eighth blind sets still show wrong: the ``q-`` files (once
``tests/corpus/blind6``: 15.0 % of answer lines right when reported, after round 6; all right
after rounds 7 and 8), the ``r-`` files (blind7: 22.8 % after round 7, 95.3 % after round 8)
and the ``s-`` files (blind8: 28.3 % after round 8, 92.0 % after round 9)."""


SEVENTH_OPEN: dict[tuple[str, str], str] = {
    ("answers", "t-01-investor-day-spk-labels.txt"):
        "0/8 answer lines right when added; first misses: 9: truth Marisol Vance, "
        "read answer spk01, 10: truth Idris Kowalczyk, read answer spk02, 12: truth "
        "Idris Kowalczyk, read answer spk02, 13: truth Helen",
    ("silent", "t-01-investor-day-spk-labels.txt"):
        "as above, with no warning at some of those lines",
    ("speech", "t-01-investor-day-spk-labels.txt"):
        "published as speech: 7: intro read as question spk04, 8: intro read as "
        "answer spk00, 11: question read as spk01s answer, 14: question read as "
        "spk00s answer, 20: question read as spk08s answer",
    ("speech", "t-02-weibo-microinterview.html"):
        "published as speech: 16: guests read as question 主持人, 17: guests read as "
        "answer 嘉宾, 18: guests read as answer 嘉宾, 21: intro read as question 新浪教育, "
        "22: meta read as question 新浪教育, 25: meta rea",
    ("speech", "t-04-notion-review-minutes.md"):
        "published as speech: 26: question read as 周立恒s answer",
    ("speech", "t-12-reading-club-recap.txt"):
        "published as speech: 30: closing read as 何川s answer",
    ("speech", "t-13-parents-meeting-record.txt"):
        "published as speech: 11: intro read as answer 王静怡, 16: question read as 王静怡s "
        "answer, 33: closing read as 王静怡s answer",
    ("answers", "v-02-wechat-roundtable.md"):
        "7/8 answer lines right when added; first misses: 51: truth 唐思远, read "
        "question 唐思远",
    ("silent", "v-02-wechat-roundtable.md"):
        "as above, with no warning at some of those lines",
    ("answers", "v-07-forum-news-report.txt"):
        "6/8 answer lines right when added; first misses: 9: truth 方启明, read intro , "
        "25: truth 方启明, read answer 关振宇",
    ("silent", "v-07-forum-news-report.txt"):
        "as above, with no warning at some of those lines",
    ("speech", "v-07-forum-news-report.txt"):
        "published as speech: 17: narration read as answer 黄蕾",
    ("answers", "v-09-blog-interview-notes.md"):
        "5/6 answer lines right: a view the interviewee relays (他还转述了…小唐的看法。小唐认为…, "
        "line 27) stays his, not 小唐's",
    ("silent", "v-09-blog-interview-notes.md"):
        "as above, with no warning at that line",
    ("answers", "w-02-roundtable-wechat-aliases.txt"):
        "10/11 answer lines right when added; first misses: 30: truth 陆振宇, read "
        "question 陆振宇",
    ("silent", "w-02-roundtable-wechat-aliases.txt"):
        "as above, with no warning at some of those lines",
    ("answers", "w-06-english-panel-cp1252.txt"):
        "5/7 answer lines right when added; first misses: 23: truth Raúl Ibáñez "
        "Ortega, read answer IBÁÑEZ, 27: truth Raúl Ibáñez Ortega, read answer IBÁÑEZ",
    ("silent", "w-06-english-panel-cp1252.txt"):
        "as above, with no warning at some of those lines",
    ("speech", "w-07-forum-report-reported.txt"):
        "published as speech: 20: narration read as answer 聂采薇",
    ("speech", "w-09-blog-markdown-me-label.md"):
        "published as speech: 30: meta read as answer 沈恺, 31: meta read as answer 沈恺",
    ("speech", "w-11-teams-webinar-vtt.vtt"):
        "published as speech: 45: question read as Marco Bellinis answer",
}
"""What the ninth to twelfth blind sets still show wrong when added to the regression corpus
(``t-``: blind9, 94.2 % after round 10; ``u-``: blind10, all right after round 11; ``v-``:
blind11, 91.8 % after round 12; ``w-``: blind12, 97.0 % after round 13), by the scorer's
own account of each file: strict, so a fix is noticed."""

def _holdout_open(path: Path, kind: str = "speech") -> list:
    reason = (SECOND_OPEN.get((kind, path.name)) or THIRD_OPEN.get((kind, path.name))
              or FOURTH_OPEN.get((kind, path.name)) or FIFTH_OPEN.get((kind, path.name))
              or SIXTH_OPEN.get((kind, path.name))
              or SEVENTH_OPEN.get((kind, path.name))) or (
        HOLDOUT_OPEN.get(path.name) if kind == "speech" else None)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


SECOND_HOLDOUT = [p for p in HOLDOUT
                  if p.name.startswith(("k-", "m-", "n-", "p-", "q-", "r-", "s-", "t-", "u-",
                                        "v-", "w-"))]


@pytest.mark.parametrize("path", [pytest.param(p, marks=_holdout_open(p, "answers"))
                                  for p in SECOND_HOLDOUT], ids=lambda p: p.name)
def test_each_file_of_the_second_blind_holdout_credits_every_answer_right(holdout_scores, path):
    """The k-, m-, n- and p- files, written blind, each scored before a round fixed against
    it: each answer line to who said it (a refusal or a crash fails here, through the fixture)."""
    assert holdout_scores[path.name].wrong == []


BLIND_HOLDOUT = [p for p in HOLDOUT if p.name.startswith("h-")]


@pytest.mark.parametrize("path", [pytest.param(p, marks=[pytest.mark.xfail(
    reason=HOLDOUT_ANSWERS_OPEN[p.name], strict=True)] if p.name in HOLDOUT_ANSWERS_OPEN else [])
    for p in BLIND_HOLDOUT], ids=lambda p: p.name)
def test_each_blind_holdout_file_credits_every_answer_right_or_warns(holdout_scores, path):
    """The h- files, in shapes no reader was written for: each answer line to who said it,
    and a warning where the truth says nobody can be sure."""
    assert holdout_scores[path.name].wrong == []


@pytest.mark.parametrize("path", BLIND_HOLDOUT, ids=lambda p: p.name)
def test_each_metadata_line_a_blind_holdout_warning_proposes_settles_it(path, tmp_path):
    """Every warning's proposed metadata line (a `labels:` line, a confirm) applied to a
    copy: the file then reads without that warning, and every answer it credited right
    stays so (the issue's second measure: 100 % after the tool's own proposals)."""
    transcript = read(path)
    before = placed(transcript)
    fixes = [(w.line, w.fix) for w in transcript.warnings if w.fix and w.fix.kind == "metadata"]
    truth = truth_of(path).lines
    for index, (line, fix) in enumerate(fixes):
        folder = tmp_path / str(index)
        folder.mkdir()
        fixed = load(apply_fix(path, fix, line, folder))
        assert line not in [w.line for w in fixed.warnings], fix.text
        for number, (role, who) in truth.items():
            if role == "answer" and before.get(number) == ("answer", who):
                assert placed(fixed).get(number) == ("answer", who), (fix.text, number)


@pytest.mark.parametrize("path", [pytest.param(p, marks=_holdout_open(p)) for p in HOLDOUT],
                         ids=lambda p: p.name)
def test_no_line_of_the_holdout_that_is_not_speech_is_published_as_speech(holdout_scores, path):
    assert holdout_scores[path.name].published_as_speech == []


@pytest.mark.parametrize("path", TRANSCRIPTS + [pytest.param(p, marks=_holdout_open(p, "silent"))
                                  for p in HOLDOUT], ids=lambda p: p.name)
def test_a_paragraph_credited_to_the_wrong_person_is_never_published_silently(path: Path):
    """Where the reader gets an attribution wrong, it says so: a warning at that line stops
    the strict build."""
    transcript = read(path)
    made = placed(transcript)
    warned = {w.line for w in transcript.warnings}
    for number, (role, who) in truth_of(path).lines.items():
        if role == "answer" and who != "?" and made.get(number) != ("answer", who):
            assert number in warned, f"line {number}: {who} read as {made.get(number)}"


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.name)
def test_a_file_of_the_corpus_builds_without_a_warning(path: Path):
    """Clean transcripts give the curator nothing to confirm (a warning stops the build)."""
    assert read(path).warnings == ()


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.name)
def test_every_non_empty_line_lands_in_exactly_one_place(path: Path):
    transcript = read(path)
    places: list[int] = [transcript.title_line] if transcript.title_line else []
    places += [n for p in transcript.intro for n in p.lines]
    for part in transcript.parts:
        places += [part.line] if part.title else []
        for question in part.questions:
            places += list(question.lines)
            places += [n for p in question.context for n in p.lines]
            places += [n for a in question.answers for p in a.paragraphs for n in p.lines]
    places += [n for p in transcript.closing for n in p.lines]
    places += [e.line for e in transcript.excluded]
    assert len(places) == len(set(places)), "a line landed twice"
    assert sorted(places) == sorted(truth_of(path).lines), "a line landed nowhere"


def test_times_of_exports_and_subtitles_stay_on_their_paragraphs():
    for name in ("stt_labels.txt", "stt_inline.txt", "subtitles_voice.vtt", "subtitles_prefix.srt"):
        transcript = read(CORPUS / name)
        first = transcript.questions[0]
        paragraphs = [p for a in first.answers for p in a.paragraphs]
        assert paragraphs and all(re.fullmatch(r"\d\d:\d\d:\d\d", p.time) for p in paragraphs[:1])


def test_consecutive_cues_of_one_speaker_become_one_paragraph():
    transcript = read(CORPUS / "subtitles_voice.vtt")
    first_answer = transcript.questions[0].answers[0]
    assert len(first_answer.paragraphs) == 1
    assert len(first_answer.paragraphs[0].lines) > 3, "several cues, their numbers and timings"


def test_a_talk_has_one_speaker_and_sections_that_nobody_asked():
    transcript = read(CORPUS / "talk.txt")
    assert [s.name for s in transcript.speakers] == ["周立群"]
    assert transcript.questions and not any(q.asked for q in transcript.questions)


def test_a_label_inside_an_answer_is_text_not_a_speaker():
    transcript = read(CORPUS / "dialogue_guests.txt")
    names = [s.name for s in transcript.speakers]
    assert "举个例子" not in names and "比如说" not in names
    example = next(p for _, _, a, p in transcript.passages() if p.text.startswith("举个例子"))
    assert example.id.split("-")[-2:] != ["ju", "ge"]


def test_a_guest_list_gives_speakers_their_affiliations():
    transcript = read(CORPUS / "dialogue_guests.txt")
    assert transcript.speaker(transcript.speakers[0].id).affiliation == "华岳大学计算机系"


@pytest.mark.parametrize("path", REFUSALS, ids=lambda p: p.name)
def test_a_transcript_that_cannot_be_read_with_confidence_stops_at_the_line_of_the_cause(
    path: Path,
):
    """Refused outright, or read with a warning (which stops a strict build) at that line."""
    expected = int(truth_of(path).facts["refuse-line"])
    try:
        transcript = read(path)
    except TranscriptError as error:
        assert error.line == expected, str(error)
        assert error.hint, "every refusal says how to fix it"
        return
    assert expected in [w.line for w in transcript.warnings], transcript.warnings


@pytest.mark.parametrize("path", TRANSCRIPTS[:3] + TRANSCRIPTS[-6:], ids=lambda p: p.name)
def test_explain_prints_every_line_with_what_it_became_and_the_rule(path: Path):
    shown = explain(path)
    numbered = [int(m.group(1)) for m in re.finditer(r"^\s*(\d+)  ", shown, re.M)]
    assert numbered == sorted(truth_of(path).lines)
    assert "not placed" not in shown
    assert re.search(r"^\s*\d+  answer \S+ .*← ", shown, re.M)


@pytest.mark.parametrize("path", REFUSALS, ids=lambda p: p.name)
def test_the_hint_of_every_refusal_names_a_fix_that_works(path: Path, tmp_path: Path):
    """The fix a refusal's hint names (a metadata line, a label, the conversion) is applied
    to a copy, which then loads without that refusal or warning at that line."""
    expected = int(truth_of(path).facts["refuse-line"])
    try:
        transcript = read(path)
    except TranscriptError as error:
        fix = error.fix
    else:
        fix = next(w.fix for w in transcript.warnings if w.line == expected and w.fix)
    assert fix is not None, "the hint names a fix a program can apply"
    if fix.kind == "convert":
        # The conversion named reads the file; this one is Japanese, not a panel, and is
        # then refused for that, at another line, with its own hint.
        copy = apply_fix(path, fix, expected, tmp_path)
        assert read_source(copy).encoding == "utf-8"
        with pytest.raises(TranscriptError, match="no question or answer"):
            load(copy)
        return
    fixed = load(apply_fix(path, fix, expected, tmp_path))
    assert expected not in [w.line for w in fixed.warnings], fixed.warnings
    assert fixed.passages()


def _lines_besides_title(metadata: Path) -> int:
    """Lines of a metadata file, its title (``exhibit: title:``, which a file without a title
    line needs as well) not counted."""
    text = metadata.read_text(encoding="utf-8")
    titled = re.match(r"exhibit:\n  title: [^\n]*\n", text)
    return len(text[titled.end() if titled else 0:].split("\n"))


ONE_LINE_METADATA = [p for p in TRANSCRIPTS if p.with_suffix(".yml").is_file()
                     and _lines_besides_title(p.with_suffix(".yml")) <= 3]


@pytest.mark.parametrize("path", ONE_LINE_METADATA, ids=lambda p: p.name)
def test_a_file_that_needs_one_metadata_line_gets_a_warning_that_names_it(
    path: Path, tmp_path: Path,
):
    """Without its short metadata file, the transcript warns (a strict build stops) with the
    fix, and the fix applied reads it as the curator's metadata does."""
    bare = tmp_path / "bare"
    bare.mkdir()
    copy = bare / path.name
    copy.write_bytes(path.read_bytes())
    fixes = [w.fix for w in load(copy).warnings if w.fix and w.fix.kind == "metadata"]
    assert fixes, "a warning names the metadata line"
    fixed = copy
    for fix in fixes:  # the title's line too, for a file without a title line
        fixed = apply_fix(fixed, fix, 0, tmp_path)
    transcript = load(fixed)
    assert transcript.warnings == ()
    assert placed(transcript) == placed(read(path))


def test_explain_marks_each_warned_line_where_it_stands_and_exits_non_zero(tmp_path: Path):
    copy = tmp_path / "stt.txt"
    copy.write_bytes((CORPUS / "stt_labels.txt").read_bytes())  # without its metadata
    run = run_command("--explain", str(copy))
    assert run.returncode == 1
    listing = run.stdout.splitlines()
    at = next(i for i, line in enumerate(listing) if re.match(r"^\s+5  ", line))
    assert listing[at + 1].strip().startswith("⚠ 说话人1 opens or closes the session")
    (tmp_path / "stt.yml").write_text("host_labels: [说话人1]\n", encoding="utf-8")
    assert run_command("--explain", str(copy)).returncode == 0


@pytest.mark.parametrize("name", ["stt_labels.txt", "wild/lecture_大模型推理成本.srt",
                                  "wild/meeting_export_feishu.txt", "dialogue_guests.txt"])
def test_init_writes_metadata_that_builds_the_file_without_a_warning(name: str, tmp_path: Path):
    """`--init` writes a starting metadata file beside the transcript: the reader, each
    speaker with their id, each question with an id from its text, and what the warnings
    propose as comments (the host the reader read by behaviour); with the warnings' lines
    taken the file reads as it does with the curator's own."""
    source = CORPUS / name
    copy = tmp_path / source.name
    copy.write_bytes(source.read_bytes())
    run = run_command("--init", str(copy))
    assert run.returncode == 0, run.stderr
    text = copy.with_suffix(".yml").read_text(encoding="utf-8")
    written = yaml.safe_load(text)
    warned = load(copy).warnings
    if warned:
        _apply_all(copy, [(w.line, w.fix) for w in warned if w.fix])
    transcript = load(copy)
    assert transcript.warnings == ()
    # (a speaker whose declaration would silence a warning is written as a comment)
    assert all(s.name in text for s in transcript.speakers)
    assert [s["id"] for s in written["speakers"] or []] == [
        s.id for s in transcript.speakers if f"id: {s.id}\n" in text]
    asked = [q for q in transcript.questions if q.asked]
    assert [q["id"] for q in written.get("questions", [])] == [q.id for q in asked]
    assert placed(transcript) == placed(read(source))
    assert run_command("--init", str(copy)).returncode == 1, "never over an existing file"
