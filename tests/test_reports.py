"""Notes, reports and minutes read through the general layers (issue 26, items 3, 5-8).

Each rule is tested on a small file written here, in a shape a curator brings: minutes
copied out of a PDF, a reported roundtable, lecture notes in Markdown.
"""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.containers import read_source
from roundtable.transcript import load, parse
from transcript_files import write


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


# --- a Chinese 会议综述 (a news office's symposium summary) --------------------------------

SYMPOSIUM = """“数据治理与开放科学”研讨会综述

5月10日，由某某大学数据科学中心主办的研讨会举行。会议由中心主任罗清源主持。

一、开幕致辞

某某大学副校长邵立群在致辞中指出，开放数据是科研的基础设施。他表示，学校将持续投入。

二、主旨报告

数据科学中心李明哲教授作了题为《开放数据的代价》的报告。他认为，清洗数据的成本被低估了。

市图书馆李若溪研究员则关注长期保存。在李若溪看来，格式比存储更难统一。

对此，李教授补充道，格式问题归根结底也是评价问题。

李研究员还提到，她呼吁尽快建立共同的记录规范。

三、圆桌讨论

在圆桌讨论环节，罗清源抛出一个问题：谁来为开放数据付费？

李若溪认为，应当由资助机构承担主要成本。

统计系讲师韩书白在提问环节提出，个人数据应当如何开放？

李明哲回应称，先做匿名化，再谈开放。

罗清源在总结时表示，中心将整理与会专家的建议。
"""


def test_a_summary_credits_who_spoke_at_an_occasion_and_a_keynote_by_name_and_title(tmp_path):
    """某某在致辞中指出 (where they spoke, between the name and the verb) and 某某教授作了题为
    《…》的报告。他认为… (a name with its title opening the paragraph) credit that person."""
    transcript = parse(write(tmp_path, "summary.txt", SYMPOSIUM))
    by_line = dict(said(transcript))
    assert by_line[numbered(SYMPOSIUM, "某某大学副校长")] == "邵立群"
    assert by_line[numbered(SYMPOSIUM, "数据科学中心李明哲")] == "李明哲"


def test_a_summary_tells_two_people_of_one_surname_apart_by_their_titles(tmp_path):
    transcript = parse(write(tmp_path, "summary.txt", SYMPOSIUM))
    by_line = dict(said(transcript))
    assert by_line[numbered(SYMPOSIUM, "对此，李教授")] == "李明哲"
    assert by_line[numbered(SYMPOSIUM, "李研究员还提到")] == "李若溪"


def test_a_summary_has_the_host_ask_and_someone_from_the_floor_ask_in_their_own_name(tmp_path):
    """A person who is neither the host nor a speaker asking (某某在提问环节提出…？) asks
    from the floor, in their own name; the host's question stays the host's."""
    transcript = parse(write(tmp_path, "summary.txt", SYMPOSIUM))
    asked = {q.line: (q.asker, q.audience) for q in transcript.questions}
    assert asked[numbered(SYMPOSIUM, "在圆桌讨论环节")] == ("罗清源", False)
    assert asked[numbered(SYMPOSIUM, "统计系讲师")] == ("韩书白", True)


# --- an English recap in reported speech -------------------------------------------------

RECAP = """<html><head><title>Panel recap: Is open data worth it? | The Harbor Ledger</title></head>
<body><article>
<h1>Panel recap: Is open data worth it?</h1>
<p>By Dana Whitfield · May 2, 2025</p>
<p>At the Harbor Data Forum, editor Maya Lindqvist talked with Oren Castellano,
who leads a hospital data team,
and Priya Raman of the Civic Data Lab.</p>
<h2>Costs</h2>
<p>Lindqvist opened by asking what open data actually costs a hospital.</p>
<p>Castellano argued that the cost is mostly legal review. Each release, he said, takes months.</p>
<p>“Lawyers are the bottleneck,” he said.</p>
<p>Raman disagreed. Most of the cost is cleaning, she said.</p>
<h2>Who should pay?</h2>
<p>Lindqvist then turned to funding: should governments pay for it?</p>
<p>In Raman’s view, they must, and soon.</p>
<p>Castellano’s answer was shorter: only for public hospitals.</p>
<p>Felix Ortmann, a nurse in the audience, asked how patients are told.</p>
<p>Castellano, for his part, said consent forms now carry a plain notice.</p>
<p>Lindqvist closed by asking each of them for one wish.</p>
<p>Raman hopes for one national portal, she said.</p>
<p><em>A recording will be published next month.</em></p>
</article></body></html>
"""


def test_an_english_recap_credits_whom_each_paragraph_has_speaking_or_owning_the_view(tmp_path):
    """said/argued after a surname, In X’s view, X’s answer was, a name opening the paragraph
    as its subject; a pronoun's tag (“…,” he said) continues the last person credited."""
    transcript = parse(write(tmp_path, "recap.html", RECAP))
    by_line = dict(said(transcript))
    assert transcript.mode == "reported"
    assert by_line[numbered(RECAP, "<p>Castellano argued")] == "Oren Castellano"
    assert by_line[numbered(RECAP, "<p>“Lawyers")] == "Oren Castellano"
    assert by_line[numbered(RECAP, "<p>Raman disagreed")] == "Priya Raman"
    assert by_line[numbered(RECAP, "<p>In Raman’s view")] == "Priya Raman"
    assert by_line[numbered(RECAP, "<p>Castellano’s answer")] == "Oren Castellano"
    assert by_line[numbered(RECAP, "<p>Castellano, for his part")] == "Oren Castellano"
    assert by_line[numbered(RECAP, "<p>Raman hopes")] == "Priya Raman"


def test_an_english_recap_has_the_one_who_asks_most_moderate_and_another_ask_from_the_floor(
        tmp_path):
    transcript = parse(write(tmp_path, "recap.html", RECAP))
    asked = {q.line: (q.asker, q.audience) for q in transcript.questions}
    assert asked[numbered(RECAP, "<p>Lindqvist opened")] == ("Maya Lindqvist", False)
    assert asked[numbered(RECAP, "<p>Lindqvist then turned")] == ("Maya Lindqvist", False)
    assert asked[numbered(RECAP, "<p>Lindqvist closed")] == ("Maya Lindqvist", False)
    assert asked[numbered(RECAP, "<p>Felix Ortmann")] == ("Felix Ortmann", True)


def test_an_english_recaps_byline_part_titles_and_own_notes_are_nobodys_words(tmp_path):
    transcript = parse(write(tmp_path, "recap.html", RECAP))
    spoken = {line for line, _ in said(transcript)} | {
        n for q in transcript.questions for n in q.lines}
    for opening in ("<p>By Dana", "<h2>Who should pay?", "<p><em>A recording", "<h1>"):
        assert numbered(RECAP, opening) not in spoken, opening
    assert "byline" in excluded(transcript)[numbered(RECAP, "<p>By Dana")]
    assert "Who should pay?" in [part.title for part in transcript.parts]


# --- a meeting report's rapporteur summary ------------------------------------------------

SUMMARY = """Meeting Report

Workshop: Who Audits the Auditors? Public Oversight of Algorithmic Systems
Vienna, Conference Room 3 – 2 October 2024

Speakers
Moderator: Ms. Anneli Korhonen, Deputy Director, Office of Digital Affairs
Dr. Tomasz Wierzbicki, Professor, Institute of Public Law
Mr. Kofi Boateng, Chief Auditor, National Audit Office
Ms. Rosa Valdivieso, Programme Lead, Citizens' Technology Forum
Rapporteur: Mr. Jonas Ekberg, Office of Digital Affairs

Summary of the discussion
Ms. Korhonen opened the workshop by recalling that audits remain rare. She asked who should do them.
Dr. Wierzbicki argued that audits belong with courts of audit, which already hold the mandate.
Mr. Boateng stated that his office had audited two scoring systems, neither with training records.
Ms. Korhonen then invited the panellists to say what an audit should publish.
Ms. Valdivieso noted that citizens needed plain summaries rather than technical annexes.
One panellist stressed that audit findings should be binding on the agency concerned.

Interactive discussion
A participant from a trade union asked whether workers could request an audit.
Responding, Mr. Boateng said that his office accepted requests from any member of the public.
A representative of a Member State asked how small countries could afford audits.
Dr. Wierzbicki replied that regional audit networks could share the cost.

Key takeaways (prepared by the rapporteur)
• Audits need a clear mandate and published findings.

This summary was prepared by the rapporteur and has not been reviewed by the speakers.
"""


def test_a_rapporteur_summary_credits_each_view_by_title_and_surname(tmp_path):
    """Ms./Dr./Mr. before a surname do not end the sentence: each paragraph is credited to
    the full name the speakers list gives, after an opening participle (Responding,) too."""
    transcript = parse(write(tmp_path, "summary.txt", SUMMARY))
    by_line = dict(said(transcript))
    assert transcript.mode == "reported"
    assert by_line[numbered(SUMMARY, "Dr. Wierzbicki argued")] == "Tomasz Wierzbicki"
    assert by_line[numbered(SUMMARY, "Mr. Boateng stated")] == "Kofi Boateng"
    assert by_line[numbered(SUMMARY, "Ms. Valdivieso noted")] == "Rosa Valdivieso"
    assert by_line[numbered(SUMMARY, "Responding, Mr. Boateng")] == "Kofi Boateng"
    assert by_line[numbered(SUMMARY, "Dr. Wierzbicki replied")] == "Tomasz Wierzbicki"


def test_a_speakers_list_that_names_its_moderator_is_the_guest_list(tmp_path):
    """The list's Moderator: entry is the host, the others the guests, its Rapporteur: the
    report's author; none of the list is anyone's words, and no Member State is a person."""
    transcript = parse(write(tmp_path, "summary.txt", SUMMARY))
    reasons = excluded(transcript)
    for opening in ("Moderator:", "Dr. Tomasz", "Mr. Kofi", "Ms. Rosa", "Rapporteur:"):
        assert numbered(SUMMARY, opening) in reasons, opening
    assert "author" in reasons[numbered(SUMMARY, "Rapporteur:")]
    assert {s.name for s in transcript.speakers} == {
        "Tomasz Wierzbicki", "Kofi Boateng", "Rosa Valdivieso"}


def test_the_moderators_reported_turns_ask_and_unnamed_askers_are_the_floor(tmp_path):
    transcript = parse(write(tmp_path, "summary.txt", SUMMARY))
    asked = {q.line: (q.asker, q.audience) for q in transcript.questions}
    assert asked[numbered(SUMMARY, "Ms. Korhonen opened")] == ("Anneli Korhonen", False)
    assert asked[numbered(SUMMARY, "Ms. Korhonen then invited")] == ("Anneli Korhonen", False)
    assert asked[numbered(SUMMARY, "A participant")] == ("participant", True)
    assert asked[numbered(SUMMARY, "A representative")] == (
        "representative of a Member State", True)


def test_a_view_given_to_no_one_by_name_is_left_out_with_the_labels_line(tmp_path):
    """One panellist stressed…: nobody can be credited; left out with a warning at its line
    naming the labels: line, and that line (with a name) credits the view."""
    path = write(tmp_path, "summary.txt", SUMMARY)
    transcript = parse(path)
    line = numbered(SUMMARY, "One panellist")
    assert line not in dict(said(transcript))
    assert line in excluded(transcript)
    warning = next(w for w in transcript.warnings if w.line == line)
    assert warning.fix.text == "labels:\n  One panellist: narration"
    path.with_suffix(".yml").write_text(warning.fix.text + "\n", encoding="utf-8")
    assert not [w for w in load(path).warnings if w.line == line]
    path.with_suffix(".yml").write_text("labels:\n  One panellist: Kofi Boateng\n",
                                        encoding="utf-8")
    assert dict(said(load(path)))[line] == "Kofi Boateng"


def test_a_summarys_takeaways_and_disclaimer_are_nobodys_words(tmp_path):
    transcript = parse(write(tmp_path, "summary.txt", SUMMARY))
    reasons = excluded(transcript)
    assert numbered(SUMMARY, "• Audits") in reasons
    assert numbered(SUMMARY, "This summary") in reasons


# --- a 政协 bulletin of a group discussion --------------------------------------------------

BULLETIN = "\r\n".join([
    "政协青川县第五届委员会第二次会议",
    "简　　报",
    "第 4 期",
    "大会秘书处编　　　　　　2024年3月2日",
    "",
    "教育界委员分组讨论政府工作报告",
    "——聚焦县域职业教育",
    "",
    "\u3000\u30003月1日上午，教育界委员分组讨论政府工作报告。召集人韦建国主持讨论。委员们一致认为，"
    "报告实事求是。",
    "\u3000\u3000唐雪梅委员说，职业学校的实训设备已经老化，建议设立专项资金分批更新。",
    "\u3000\u3000他还认为，校企合作要落到具体岗位。",
    "\u3000\u3000在彭立群委员看来，师资是最大的短板。她建议从企业聘请兼职教师。",
    "\u3000\u3000唐雪梅提到的设备问题，也引起了魏振东委员的关注。他说，设备更新要与专业调整同步。"
    "魏振东委员的建议是，先做一次全县摸底。",
    "\u3000\u3000覃秀英委员则提醒，要关注留守学生的心理健康。",
    "\u3000\u3000参加讨论的委员还有：黎明、邹春华、阮志刚等。",
    "",
    "（大会秘书处简报组　供稿：莫小燕　审核：蒙大川）",
    "",
    "报：县委、县人大常委会、县政府",
    "发：全体委员",
    "（共印120份）",
])


def test_a_bulletin_credits_members_by_their_title_and_a_view_handed_over(tmp_path):
    """某某委员说 and 在某某委员看来 credit the member; 某某提到的问题 is a topic: the member
    it hands over to (也引起了…的关注。他说…) speaks, right after the one named first."""
    transcript = parse(write(tmp_path, "bulletin.txt", BULLETIN))
    lines = BULLETIN.split("\r\n")
    at = {text[2:6]: n for n, text in enumerate(lines, 1)}
    assert said(transcript) == [(at["唐雪梅委"], "唐雪梅"), (at["他还认为"], "唐雪梅"),
                                (at["在彭立群"], "彭立群"), (at["唐雪梅提"], "魏振东"),
                                (at["覃秀英委"], "覃秀英")]
    assert not transcript.warnings


def test_a_bulletins_masthead_subtitle_roll_call_and_credits_are_not_speech(tmp_path):
    transcript = parse(write(tmp_path, "bulletin.txt", BULLETIN))
    reasons = excluded(transcript)
    assert all("masthead" in reasons[n] for n in (1, 2, 3))
    assert transcript.title == "教育界委员分组讨论政府工作报告"
    spoken = {line for line, _ in said(transcript)}
    assert 7 not in spoken
    assert "list of who else took part" in reasons[15]
    assert "credits" in reasons[17]


def test_a_long_latin_string_in_a_chinese_report_does_not_make_it_english():
    """Words are counted, not letters: a Chinese report quoting one long identifier (a URL,
    a hash) is still read as Chinese, and an English recap as English."""
    from roundtable.readers.reported_en import is_latin_text

    chinese = "张伟博士认为，大模型的推理成本还会下降。" * 5 + "a" * 200_000
    english = "Dr. Wei Zhang argued that the cost of inference will keep falling. " * 8
    assert not is_latin_text(chinese)
    assert is_latin_text(english)


# --- a club's recap that knows its people by nicknames ------------------------------------

CLUB_RECAP = """【聚会回顾】城南跑团第12次夜跑分享会

主持人：跑团团长苏晴。到场团友二十余位。

苏晴先抛出一个问题：大家坚持夜跑的理由是什么？

老周则说得很直接：白天要上班，晚上才有空，“哪有什么理由，挤出来的时间而已”。

团友阿哲，他是个刚入门的新手。他说自己最怕的是膝盖受伤，“跑多了真的不会坏吗？”

现场笑声一片。刘姐的看法是，膝盖坏不坏主要看跑姿和体重，而不是跑量。

甜甜也补充说，她跑了三年，每周都会做两次力量训练。

做设计的Kevin表示，他更看重跑完以后的那种清醒。

————
报名方式：私信团长。

评论
小满  2024-05-02 21:13
下次我也要来！
"""


def test_a_recap_credits_the_nicknames_it_has_speaking(tmp_path):
    """老周则…, 团友阿哲，他…, 刘姐的看法是…, 甜甜也补充说, 做设计的Kevin表示: a person the
    report knows by a nickname (老X, 阿X, X姐, a doubled character, a Latin given name) is
    credited as any named speaker is, by the subject of the sentence."""
    transcript = parse(write(tmp_path, "recap.txt", CLUB_RECAP))
    assert said(transcript) == [(numbered(CLUB_RECAP, opening), who) for opening, who in (
        ("老周", "老周"), ("团友阿哲", "阿哲"), ("现场", "刘姐"), ("甜甜", "甜甜"),
        ("做设计", "Kevin"))]
    assert [q.line for q in transcript.questions] == [numbered(CLUB_RECAP, "苏晴先")]


QUOTED_QUESTION = """科技沙龙回顾：小模型还有没有机会？

主持人：本报记者方宁。嘉宾：邵一鸣、乔雨桐。

小模型的机会在哪里？

邵一鸣认为，端侧部署会是小模型的主战场。

乔雨桐则更关心成本，她反问在场的人：“如果推理费用再降十倍，谁还需要小模型？”

邵一鸣回应说，延迟和隐私不会因为降价而消失。
"""


def test_a_speakers_own_quoted_question_is_their_view_not_the_hosts_question(tmp_path):
    """乔雨桐则…：“…？”: a paragraph that credits a speaker and ends on a question inside
    their quotation reports their view; it is not the moderator asking."""
    transcript = parse(write(tmp_path, "salon.txt", QUOTED_QUESTION))
    assert [q.line for q in transcript.questions] == [numbered(QUOTED_QUESTION, "小模型的")]
    assert (numbered(QUOTED_QUESTION, "乔雨桐则"), "乔雨桐") in said(transcript)


def test_the_posts_notes_below_a_rule_and_the_readers_comments_are_not_the_event(tmp_path):
    transcript = parse(write(tmp_path, "recap.txt", CLUB_RECAP))
    left_out = excluded(transcript)
    assert "post's own notes" in left_out[numbered(CLUB_RECAP, "报名方式")]
    for opening in ("评论", "小满", "下次我也要来"):
        assert "comments" in left_out[numbered(CLUB_RECAP, opening)]


# --- an English meeting summary mailed to its participants --------------------------------

MAILED_SUMMARY = """From: Standup Bot <bot@example.org>
Date: Tuesday, 4 June 2024 09:31
To: Kofi Mensah; Ines Duarte; Malik Farouk
Subject: Fwd: Summary - Checkout redesign review

Meeting summary · Organiser: Kofi Mensah
Participants: Kofi Mensah, Ines Duarte,
Malik Farouk

Discussion

- Payments: Ines Duarte said the new checkout cut abandoned carts by
  six percent in the pilot, mostly on mobile.
- Kofi Mensah asked whether the gain held for returning customers.
- Malik argued the pilot was too short to tell, and proposed two more
  weeks before the rollout.

Action items

- Ines Duarte will share the pilot dashboard.
- Malik Farouk will book the load test.

Highlights

"Two weeks is cheap next to a bad launch."
  - Malik Farouk, 12:40

This summary was generated automatically.
"""


def test_a_mailed_summary_reads_its_header_roster_bullets_tasks_and_quotes(tmp_path):
    """An email's header is meta and its subject the title; an entry wrapped under a hanging
    indent is one paragraph; the participants line introduces who speaks and its organiser
    hosts; a given name alone is the one participant of that name; a task list is nobody's
    words; a quotation is credited by the attribution line under it."""
    transcript = parse(write(tmp_path, "summary.txt", MAILED_SUMMARY, "cp1252"))
    at = lambda opening: numbered(MAILED_SUMMARY, opening)  # noqa: E731
    assert transcript.title == "Summary - Checkout redesign review"
    left_out = excluded(transcript)
    for opening in ("From:", "Date:", "To:", "Participants:", "Malik Farouk"):
        assert at(opening) in left_out
    assert said(transcript) == [(at("- Payments"), "Ines Duarte"),
                                (at("- Malik argued"), "Malik Farouk"),
                                (at('"Two weeks'), "Malik Farouk")]
    asked = [(q.line, q.asker) for q in transcript.questions if q.lines]
    assert asked == [(at("- Kofi Mensah asked"), "Kofi Mensah")]
    passages = {p.line: list(p.lines) for _, _, _, p in transcript.passages()}
    assert passages[at("- Payments")] == [at("- Payments"), at("- Payments") + 1]
    assert passages[at('"Two weeks')] == [at('"Two weeks'), at('"Two weeks') + 1]
    for opening in ("Action items", "- Ines Duarte will", "- Malik Farouk will"):
        assert "task list" in left_out[at(opening)]
