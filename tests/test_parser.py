"""The parser: the seed becomes the exact model, variants parse alike, bad input is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED
from roundtable.metadata import load_metadata
from roundtable.model import TranscriptError
from roundtable.transcript import load, parse

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(name="seed", scope="module")
def fixture_seed():
    """The seed transcript parsed with its metadata."""
    return load(SEED)


def write(folder: Path, text: str | bytes, name: str = "panel.txt") -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def paragraph_lines(transcript) -> list[tuple[int, str]]:
    """Every (line, speaker id) of answer paragraphs, in order."""
    return [
        (p.line, a.speaker) for q in transcript.questions for a in q.answers for p in a.paragraphs
    ]


# --- the seed --------------------------------------------------------------------


def test_seed_has_three_parts_and_six_questions(seed):
    assert [p.title for p in seed.parts] == [
        "模型架构当前发展情况",
        "通用(大)模型的最后一公里",
        "模型架构发展趋势未来展望",
    ]
    assert [len(p.questions) for p in seed.parts] == [1, 4, 1]
    assert [q.line for q in seed.questions] == [19, 29, 35, 41, 47, 57]


def test_seed_has_fifteen_answer_paragraphs_with_their_speakers(seed):
    hu, chen, chu = "hu-han", "chen-yujun", "chu-hang"
    assert paragraph_lines(seed) == [
        (21, hu),
        (23, chen),
        (25, chu),
        (31, chen),
        (33, chu),
        (37, hu),
        (39, hu),
        (43, hu),
        (45, hu),
        (49, chen),
        (51, chen),
        (53, hu),
        (59, chen),
        (61, chu),
        (63, hu),
    ]


def test_seed_speakers_come_from_the_text_enriched_by_metadata(seed):
    assert [(s.id, s.name, s.honorific) for s in seed.speakers] == [
        ("hu-han", "胡瀚", "博士"),
        ("chen-yujun", "陈虞君", "博士"),
        ("chu-hang", "楚航", "博士"),
    ]
    assert seed.speaker("hu-han").affiliation.startswith("微软亚洲研究院")
    assert seed.speaker("chu-hang").name_en == "Hang Chu"


def test_seed_title_and_intro_include_rhetorical_questions(seed):
    assert seed.title.startswith("Creator 面对面 | 大模型的最后一公里路")
    assert [p.line for p in seed.intro] == [3, 5, 7, 9, 11, 13]
    assert seed.intro[4].text.startswith("针对细分应用领域"), "leading spaces are stripped"


def test_seed_excludes_image_placeholders_and_the_related_news_block(seed):
    reasons = {e.line: e.reason for e in seed.excluded}
    assert reasons[15] == reasons[65] == "image placeholder"
    assert sorted(line for line, r in reasons.items() if r.startswith("related news")) == [
        67,
        69,
        71,
        73,
        75,
        77,
        79,
    ]


def test_every_nonempty_line_of_the_seed_lands_in_exactly_one_place(seed):
    places: list[int] = [seed.title_line]
    places += [p.line for p in seed.intro]
    places += [part.line for part in seed.parts]
    for question in seed.questions:
        places.append(question.line)
        places += [p.line for p in question.context]
        places += [p.line for a in question.answers for p in a.paragraphs]
    places += [e.line for e in seed.excluded]
    nonempty = [i for i, line in enumerate(SEED_TEXT.splitlines(), 1) if line.strip()]
    assert sorted(places) == nonempty, "a line is missing or counted twice"


def test_paragraph_text_is_the_line_as_written(seed):
    lines = SEED_TEXT.splitlines()
    for question in seed.questions:
        assert question.text == lines[question.line - 1].strip()
        for answer in question.answers:
            for paragraph in answer.paragraphs:
                assert paragraph.text == lines[paragraph.line - 1].strip()


def test_paragraph_anchors_name_question_speaker_and_rank(seed):
    anchors = [p.id for q in seed.questions for a in q.answers for p in a.paragraphs]
    assert anchors[5:7] == [
        "convolution-vs-transformer-hu-han-1",
        "convolution-vs-transformer-hu-han-2",
    ]
    assert len(set(anchors)) == len(anchors)


def test_topics_are_found_in_answers_questions_and_intro(seed):
    by_line = {p.line: p.topics for q in seed.questions for a in q.answers for p in a.paragraphs}
    assert {"clip", "dall-e", "beit", "moco", "moe"} <= set(by_line[21])
    assert {"flan", "t0", "copilot", "bert", "gpt"} <= set(by_line[23])
    assert {"pathways", "glide"} <= set(by_line[25])
    assert "swin-v2" in by_line[37]
    assert "convnext" in seed.questions[2].topics, "ConvNeXt is named only in a question"
    assert {"pangu", "switch-transformer", "wudao-2"} <= set(seed.intro[0].topics)


def test_a_later_name_in_a_paragraph_does_not_change_the_speaker(seed):
    # Line 59 names 陈虞君 again mid-paragraph; line 63 is 胡瀚 closing the question.
    last = seed.questions[-1]
    assert [a.speaker for a in last.answers] == ["chen-yujun", "chu-hang", "hu-han"]


# --- variants --------------------------------------------------------------------

REPORTED = """\
圆桌:测试

导语一段。

第一部分

你怎么看?

首先是王芳教授的回答,她认为这很好。

她还补充,还有很多问题,同意李明博士的看法。

之后,李明博士谈到自己的经验。

第二部分

还有什么?

李明博士则补充到,一切都好。
"""


def test_reported_speech_without_metadata_finds_speakers_by_honorific(tmp_path):
    transcript = parse(write(tmp_path, REPORTED))
    assert [(s.id, s.name, s.honorific) for s in transcript.speakers] == [
        ("wang-fang", "王芳", "教授"),
        ("li-ming", "李明", "博士"),
    ]
    first = transcript.questions[0]
    assert [(a.speaker, len(a.paragraphs)) for a in first.answers] == [
        ("wang-fang", 2),
        ("li-ming", 1),
    ], "a name later in a paragraph does not change who speaks"
    assert [q.id for q in transcript.questions] == ["q1", "q2"]


def test_crlf_bom_full_width_and_stray_spaces_parse_like_the_seed(tmp_path):
    variant = "\ufeff" + SEED_TEXT.replace("\n", "\r\n")
    variant = (
        variant.replace("?", "？").replace(",", ",").replace("胡瀚博士回答道:", "胡瀚博士回答道：")
    )
    variant = variant.replace("模型架构当前发展情况", "  模型架构当前发展情况\u3000 ")
    path = write(tmp_path, variant.encode("utf-8"), "2022-01-last-mile.txt")
    for sidecar in ("2022-01-last-mile.yml", "topics.yml"):
        (tmp_path / sidecar).write_bytes((SEED.parent / sidecar).read_bytes())
    transcript = load(path)
    original = load(SEED)
    assert paragraph_lines(transcript) == paragraph_lines(original)
    assert [p.title for p in transcript.parts] == [p.title for p in original.parts]
    assert [q.id for q in transcript.questions] == [q.id for q in original.questions]
    assert len(transcript.excluded) == len(original.excluded)


DIALOGUE = """\
访谈:对话体

这是导语。

上半场

主持人:请介绍一下你的工作

张伟:我做视觉。

我也做一点语言。

赵敏博士:我做语音。

主持人：下一个问题?

张伟:好的。
"""


def test_dialogue_style_labels_open_turns_and_host_opens_questions(tmp_path):
    transcript = parse(write(tmp_path, DIALOGUE))
    assert [q.text for q in transcript.questions] == ["请介绍一下你的工作", "下一个问题?"]
    first = transcript.questions[0]
    assert [(a.speaker, [p.text for p in a.paragraphs]) for a in first.answers] == [
        ("zhang-wei", ["我做视觉。", "我也做一点语言。"]),
        ("zhao-min", ["我做语音。"]),
    ]
    assert "主持人" not in [s.name for s in transcript.speakers]
    assert transcript.speaker("zhao-min").honorific == "博士"


# --- bad input -------------------------------------------------------------------


def error_of(path: Path) -> TranscriptError:
    with pytest.raises(TranscriptError) as caught:
        load(path)
    return caught.value


def test_an_empty_file_is_refused(tmp_path):
    error = error_of(write(tmp_path, "\n  \n"))
    assert str(error).startswith(f"{tmp_path / 'panel.txt'}:1: the transcript is empty")


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig", "utf-32"])
def test_gb18030_utf16_and_bom_files_read_like_utf8(tmp_path, encoding):
    """The encodings curators bring are read directly, and the model says which one."""
    transcript = parse(write(tmp_path, REPORTED.encode(encoding)))
    assert transcript.encoding == encoding
    assert paragraph_lines(transcript) == paragraph_lines(parse(write(tmp_path, REPORTED, "u.txt")))


def test_a_short_text_in_another_encoding_is_refused_with_the_conversion_that_works(tmp_path):
    """Too short for a detector to be trusted: refused with the conversion to check."""
    path = write(tmp_path, "インタビュー\n\n司会：質問です？\n\n田中：答えです。\n".encode("shift_jis"))  # noqa: E501
    error = error_of(path)
    assert error.line == 1 and "not UTF-8, UTF-16 or Chinese GB18030" in error.message
    assert "iconv -f" in error.hint and "GB18030" not in error.hint


def test_bytes_that_read_as_no_text_are_refused_at_the_first_that_is_not_utf8(tmp_path):
    path = write(tmp_path, "主持人：你好？\n".encode() + bytes(range(256)) * 2)
    error = error_of(path)
    # (The byte 0A among them ends line 2: 80, the first not UTF-8, is on line 3.)
    assert error.line == 3 and "not UTF-8, UTF-16 or Chinese GB18030" in error.message


def test_utf16_without_its_byte_order_mark_is_read_not_taken_for_gb18030(tmp_path):
    """Its line ends (0A 00) leave no doubt: read as UTF-16LE, as a BOM would have said."""
    transcript = parse(write(tmp_path, REPORTED.encode("utf-16-le")))
    assert transcript.encoding == "utf-16-le"
    assert paragraph_lines(transcript) == paragraph_lines(parse(write(tmp_path, REPORTED, "u.txt")))


def test_a_transcript_without_part_heading_has_one_untitled_part(tmp_path):
    transcript = parse(write(tmp_path, "标题\n\n导语。\n\n你好吗?\n\n王芳教授认为很好。\n"))
    assert [(p.title, len(p.questions)) for p in transcript.parts] == [("", 1)]
    assert [p.text for p in transcript.intro] == ["导语。"]


def test_a_transcript_with_nothing_but_intro_is_refused_at_its_first_paragraph(tmp_path):
    error = error_of(write(tmp_path, "标题\n\n这是一段很长的导语,没有任何小标题。\n"))
    assert error.line == 3 and error.message.startswith("no question or answer found")


def test_answers_before_the_first_question_form_a_section_nobody_asked(tmp_path):
    """Articles often open with what a speaker said before the moderator asks anything."""
    transcript = parse(write(tmp_path, "标题\n\n第一部分\n\n胡瀚博士认为,答案在先。\n\n问题在后?\n"
                                       "\n胡瀚博士补充了一点。\n"))
    opening, asked = transcript.questions
    assert (opening.asked, asked.asked) == (False, True)
    assert [a.speaker for a in opening.answers] == ["hu-han"]


def test_a_paragraph_naming_no_speaker_first_in_a_question_is_refused(tmp_path):
    error = error_of(write(tmp_path, "标题\n\n第一部分\n\n问题?\n\n他认为,没人说过话。\n"))
    assert error.line == 7 and "names no speaker" in error.message


def test_metadata_that_does_not_parse_names_its_line(tmp_path):
    path = write(tmp_path, REPORTED)
    (tmp_path / "panel.yml").write_text("speakers:\n  - name: 王芳\n    id: [unclosed\n")
    error = error_of(path)
    assert error.path == str(tmp_path / "panel.yml") and error.line >= 3
    assert "does not parse" in error.message


def test_metadata_naming_a_speaker_the_text_never_mentions_is_refused(tmp_path):
    path = write(tmp_path, REPORTED)
    (tmp_path / "panel.yml").write_text(
        "speakers:\n  - name: 王芳\n    id: wang-fang\n  - name: 孙悟空\n    id: sun-wukong\n",
        encoding="utf-8",
    )
    error = error_of(path)
    assert (error.path, error.line) == (str(tmp_path / "panel.yml"), 4)
    assert "孙悟空" in error.message


def test_two_topics_claiming_one_alias_are_refused(tmp_path):
    path = write(tmp_path, REPORTED)
    (tmp_path / "topics.yml").write_text(
        "topics:\n"
        "  - id: a\n    name: 甲\n    category: model\n    aliases: [CLIP]\n"
        "  - id: b\n    name: 乙\n    category: model\n    aliases: [clip]\n",
        encoding="utf-8",
    )
    error = error_of(path)
    assert (error.path, error.line) == (str(tmp_path / "topics.yml"), 6)
    assert "already claimed by topic 'a'" in error.message


def test_a_topic_id_defined_twice_is_refused(tmp_path):
    path = write(tmp_path, REPORTED)
    (tmp_path / "topics.yml").write_text(
        "topics:\n"
        "  - id: a\n    name: 甲\n    category: model\n    aliases: [CLIP]\n"
        "  - id: a\n    name: 乙\n    category: model\n    aliases: [DALL-E]\n",
        encoding="utf-8",
    )
    error = error_of(path)
    assert (error.path, error.line) == (str(tmp_path / "topics.yml"), 6)
    assert "topic id 'a' is defined twice" in error.message


def test_seed_metadata_loads_and_matches_every_part_and_question():
    """Loading refuses a clash (above), so the seed's vocabulary has none."""
    metadata = load_metadata(SEED)
    assert len(metadata.parts) == 3 and len(metadata.questions) == 6


def test_a_markdown_transcript_drops_only_the_marks_that_pair_around_words(tmp_path: Path):
    """Emphasis, bold and code marks are dropped with their pair; a lone or spaced ``*`` is
    the speaker's own text and is kept as written."""
    transcript = load(write(tmp_path, "# 圆桌\n\n**主持人**：模板里的 {{ 7*7 }} 算什么？\n\n"
                                      "**张伟**：是 *文字*，不是 `代码`；a * b 也照录。\n",
                            name="panel.md"))
    question = transcript.questions[0]
    assert question.text == "模板里的 {{ 7*7 }} 算什么？"
    assert question.answers[0].paragraphs[0].text == "是 文字，不是 代码；a * b 也照录。"
