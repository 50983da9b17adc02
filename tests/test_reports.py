"""Notes, reports and minutes read through the general layers (issue 26, items 3, 5-8).

Each rule is tested on a small file written here, in a shape a curator brings: minutes
copied out of a PDF, a reported roundtable, lecture notes in Markdown.
"""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.readers.containers import read_source
from roundtable.transcript import parse


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def said(transcript: Transcript) -> list[tuple[int, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()]


def excluded(transcript: Transcript) -> dict[int, str]:
    return {e.line: e.reason for e in transcript.excluded}


# --- minutes copied out of a PDF --------------------------------------------------------

WIDTH = 26
INDENT = "\u3000\u3000"


def justified(paragraph: str, width: int = WIDTH) -> list[str]:
    """A paragraph as a PDF's justified lines give it back: indented by two full-width
    spaces, cut every ``width`` characters (indentation counted), no blank line after."""
    text = INDENT + paragraph
    return [text[i:i + width] for i in range(0, len(text), width)]


MINUTES_PARAGRAPHS = [
    "5月9日上午，区科技局局长韩启明主持召开数据要素企业座谈会，听取企业意见。"
    "区数据局有关处室负责同志参加会议。现将会议情况纪要如下。",
    "（一）启衡数据公司总经理孟子涵介绍，公司的数据交易平台已上线半年，挂牌产品"
    "超过一百个，但成交量不高。她分析，原因有两点：一是定价难；二是确权难。",
    "（二）北塬智能公司首席工程师骆文卓表示，模型训练最缺的是行业数据，建议"
    "设立公共数据开放清单，按季度更新，并配套安全评估的办法与标准。",
]


def minutes() -> str:
    lines = ["科技工作简报", "", "第5期", "", "区科技局办公室　　　　2024年5月12日", "",
             "数据要素企业座谈会纪要", ""]
    lines += justified(MINUTES_PARAGRAPHS[0])
    lines += ["一、企业发言"]
    lines += justified(MINUTES_PARAGRAPHS[1])
    second = justified(MINUTES_PARAGRAPHS[2])
    # The page ends inside the engineer's sentence: number and running header between.
    lines += second[:2] + ["", "— 1 —", "科技工作简报", ""] + second[2:]
    lines += ["二、会议要求"]
    lines += justified("韩启明在总结时强调，要抓紧研究数据定价和确权的办法，"
                       "年内拿出试点方案，各部门要建立问题清单，逐项落实。")
    lines += ["", "— 2 —", "", "报：区政府办公室", "送：区数据局、区发改委", "（共印20份）"]
    return "\r\n".join(lines)


def test_a_pdfs_justified_lines_are_rejoined_by_their_count_of_characters(tmp_path):
    """Lines of one count of characters (indentation counted; digits and curly quotes take
    a cell each) are one paragraph until the next indented line: the file's own statistics,
    whatever the count."""
    source = read_source(write(tmp_path, "minutes.txt", minutes(), "gb18030"))
    texts = [line.text for line in source.lines if line.text]
    for paragraph in MINUTES_PARAGRAPHS:
        assert paragraph in texts
    assert any("characters a line" in note for note in source.notes)


def test_minutes_credit_each_view_and_make_the_chairs_summary_the_closing(tmp_path):
    """The person who chairs (主持) is the host; a paragraph the host speaks at the end,
    answered by no one, is the closing; 首席工程师 is a role, not 骆 + the title 工."""
    transcript = parse(write(tmp_path, "minutes.txt", minutes(), "gb18030"))
    names = [who for _, who in said(transcript)]
    assert names == ["孟子涵", "骆文卓"]
    assert transcript.closing_by == ("韩启明",)
    assert "区科技局" not in names and "韩启明" not in names


def test_a_heading_over_the_closing_is_not_published_as_the_closing(tmp_path):
    transcript = parse(write(tmp_path, "minutes.txt", minutes(), "gb18030"))
    assert [p.text[:3] for p in transcript.closing] == ["韩启明"]
    assert any(r.startswith("a heading over the closing") for r in excluded(transcript).values())


def test_the_distribution_record_at_a_documents_foot_is_not_speech(tmp_path):
    path = write(tmp_path, "minutes.txt", minutes(), "gb18030")
    transcript = parse(path)
    lines = path.read_bytes().decode("gb18030").split("\r\n")
    footer = {i for i, text in enumerate(lines, 1) if text[:2] in ("报：", "送：", "（共")}
    assert len(footer) == 3
    reasons = excluded(transcript)
    assert all("distribution record" in reasons[n] for n in footer)


def test_the_title_line_wrapped_before_the_account_is_intro_not_a_part(tmp_path):
    """Short lines over no question and no one speaking, before the report starts (a
    masthead's issue number, a title's second line), are not parts of the report."""
    transcript = parse(write(tmp_path, "minutes.txt", minutes(), "gb18030"))
    assert [part.title for part in transcript.parts] == ["一、企业发言"]


# --- a reported roundtable, saved from a WeChat page ------------------------------------

REPORTED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>圆桌回顾｜芯片之后是什么？</title>
<script>var hidden_until_script = 1;</script></head>
<body><div class="rich_media_inner">
<h1 class="rich_media_title">圆桌回顾｜芯片之后是什么？</h1>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<p>3月2日，某某论坛举行。圆桌由科技评论主编邝立言主持，嘉宾为研究员苗素心、工程师傅照南和基金会顾问
卡特琳娜·施密特（Katharina Schmidt）。</p>
<h2>01 瓶颈</h2>
<p>主持人邝立言的第一个问题是：下一步最缺什么？</p>
<p>苗素心的选择是人才。她认为，能同时懂两个领域的人太少。</p>
<p>她提到，傅照南的团队做过一次内部调查，结果很说明问题。</p>
<p>傅照南的判断是，人才可以培养，数据才是长期的瓶颈。</p>
<p>对此，施密特给出了欧洲的经验。她介绍，联盟用联邦方式共享数据。</p>
<p>现场气氛热烈，几位嘉宾就“数据要不要收费”争论了起来。</p>
<p>一位来自企业的观众提问：小公司怎么拿到数据？</p>
<p>在施密特看来，公共基础设施应该承担这部分成本。</p>
<p>论坛最后，邝立言总结说，三位嘉宾的分歧其实指向同一件事。</p>
</div></div></body></html>
"""


def test_a_content_element_hidden_until_the_pages_script_runs_is_still_the_article(tmp_path):
    """WeChat's js_content is ``visibility: hidden`` until its script shows it."""
    source = read_source(write(tmp_path, "page.html", REPORTED_PAGE))
    texts = [line.text for line in source.lines if line.text]
    assert any(text.startswith("苗素心的选择是人才") for text in texts)
    assert not any("hidden_until_script" in text for text in texts)


def test_a_clause_that_makes_a_person_the_owner_of_a_view_credits_that_person(tmp_path):
    """某某的选择是… / 某某的判断是… at a paragraph's start credit that person, never the one
    before by continuation; a paragraph that only names another guest (她提到，傅照南的…)
    stays with who was speaking."""
    transcript = parse(write(tmp_path, "page.html", REPORTED_PAGE))
    by_line = dict(said(transcript))
    lines = REPORTED_PAGE.splitlines()

    def line_of(opening: str) -> int:
        return next(i for i, text in enumerate(lines, 1) if text.startswith("<p>" + opening))

    assert by_line[line_of("苗素心的选择是")] == "苗素心"
    assert by_line[line_of("她提到")] == "苗素心"
    assert by_line[line_of("傅照南的判断是")] == "傅照南"


def test_a_transliterated_name_is_credited_whole_when_the_report_uses_its_last_part(tmp_path):
    transcript = parse(write(tmp_path, "page.html", REPORTED_PAGE))
    names = {who for _, who in said(transcript)}
    assert names == {"苗素心", "傅照南", "卡特琳娜·施密特"}


def test_the_reports_scene_the_audience_and_the_hosts_summary_are_no_guests_answer(tmp_path):
    transcript = parse(write(tmp_path, "page.html", REPORTED_PAGE))
    lines = REPORTED_PAGE.splitlines()
    scene = next(i for i, text in enumerate(lines, 1) if "现场气氛热烈" in text)
    assert "narration" in excluded(transcript)[scene]
    asked = [(q.asker, q.audience) for q in transcript.questions]
    assert ("观众", True) in asked
    assert transcript.closing_by == ("邝立言",)


# --- lecture notes in Markdown -----------------------------------------------------------

LECTURE_NOTES = """---
course: 机器学习导论
guest: 庞雨桐（某某大学 研究员）
notes_by: 助教 石小溪
---

# 第3讲 强化学习入门：庞老师讲座整理

> 整理说明：根据录音整理，未经本人审阅。

## 一、从奖励说起

先看一个例子：小狗学会坐下，是因为每次坐下都有零食。我们今天讲的，就是怎么把这件事写成数学。

所以我把问题拆成三步：状态、动作、奖励。

> 助教注：这里板书了马尔可夫决策过程的定义，见课件第5页。

> 我常说的一句话放在这里。

## 二、问答

**同学**：老师，奖励设计错了会怎样？

**庞老师**：模型会非常认真地钻空子。

**石小溪（代读线上提问）**：线上有人问，入门该看哪本书？

**庞老师**：先把经典教材的前六章读透。

---
*下周：深度强化学习。课件见课程网站。*
"""


def numbered(text: str, opening: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(opening))


def test_the_unlabelled_lecture_under_headings_is_the_front_matters_speaker(tmp_path):
    """A one-speaker stretch is a talk by the person the front matter names; a colon seen
    once in it (先看一个例子：) is the sentence's, no label."""
    transcript = parse(write(tmp_path, "notes.md", LECTURE_NOTES))
    by_line = dict(said(transcript))
    assert by_line[numbered(LECTURE_NOTES, "先看一个例子")] == "庞雨桐"
    assert by_line[numbered(LECTURE_NOTES, "所以我把问题")] == "庞雨桐"
    assert by_line[numbered(LECTURE_NOTES, "**庞老师**：模型")] == "庞雨桐"
    assert set(by_line.values()) == {"庞雨桐"}


def test_a_labelled_blockquoted_note_is_narration_an_unlabelled_quote_stays(tmp_path):
    transcript = parse(write(tmp_path, "notes.md", LECTURE_NOTES))
    reasons = excluded(transcript)
    assert "blockquoted note" in reasons[numbered(LECTURE_NOTES, "> 助教注")]
    assert numbered(LECTURE_NOTES, "> 我常说") in dict(said(transcript))


def test_in_a_lecture_the_students_and_the_one_who_reads_questions_ask(tmp_path):
    transcript = parse(write(tmp_path, "notes.md", LECTURE_NOTES))
    askers = [q.asker for q in transcript.questions if q.asker]  # not the talk's parts
    assert askers == ["同学", "石小溪"]


def test_an_italic_note_after_the_last_rule_is_the_pages_footer(tmp_path):
    transcript = parse(write(tmp_path, "notes.md", LECTURE_NOTES))
    assert "footer" in excluded(transcript)[numbered(LECTURE_NOTES, "*下周")]
