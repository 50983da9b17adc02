"""Reported speech read for the class, not the file (issue 26, items 4, 7 and 8).

Each rule is tested on a small report written here: a forum's news story, a society's
seminar notice, a blog's link bar. None is shaped like the files the rules were found on.
"""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.transcript import load


def write(folder: Path, text: str) -> Path:
    path = folder / "report.txt"
    path.write_text(text, encoding="utf-8")
    return path


def said(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


def asked(transcript: Transcript) -> dict[int, str]:
    return {q.line: q.asker for part in transcript.parts for q in part.questions if q.line}


def excluded(transcript: Transcript) -> dict[int, str]:
    return {e.line: e.reason for e in transcript.excluded}


FORUM = """\
数据要素论坛在杭州举行 多位学者探讨数据定价
本报讯 昨日，数据要素论坛在杭州举行，华东政法大学教授顾明远、数据交易所研究员谭书朗出席并发言。

定价：谁说了算

有听众追问，数据的价格到底应该由谁来定。

顾明远表示，数据定价不能照搬商品定价，“数据用得越多越值钱”。

至于定价权，“这件事还要等高层表示同意”，但行业规则迟早要立起来。

谭书朗同时指出，交易所正在试点按调用次数收费。

流通：先合规再交易

有媒体问及跨境流通的进展。

顾明远认为，跨境流通的前提是分级分类。

会上，来自数据交易所交易服务部的罗子谦结合交易所近两年处理过的几个案例作了回应。在罗子谦看来，合规成本才是最大的门槛，“小企业往往算不过这笔账”。

研究生黎安想知道，高校的数据能否进入交易所。

对此，谭书朗的建议是先从公开数据集做起。
"""


def test_a_word_inside_a_quotation_is_never_the_one_speaking(tmp_path):
    """“这件事还要等高层表示同意”: 高层 before 表示 inside the quotation is the speaker's own
    words; the paragraph continues 顾明远."""
    transcript = load(write(tmp_path, FORUM))
    assert said(transcript)[10] == "顾明远"
    assert "高层" not in {s.name for s in transcript.speakers}


def test_a_sequence_adverb_between_name_and_verb_keeps_the_name_the_subject(tmp_path):
    """谭书朗同时指出: 同时 stands where 也 or 还 would; 谭书朗 speaks, not the one before."""
    assert said(load(write(tmp_path, FORUM)))[12] == "谭书朗"


def test_someone_from_the_floor_asking_by_no_name_is_a_question(tmp_path):
    """有听众追问，… · 有媒体问及…: an indefinite asker and a verb of asking, without a question
    mark, is a question from the floor (a press question is the reporter's), never the
    previous speaker's answer; the topic：phrase lines over them are part headings."""
    transcript = load(write(tmp_path, FORUM))
    questions = asked(transcript)
    assert questions[6] == "听众"
    assert questions[16] == "记者"
    assert 6 not in said(transcript) and 16 not in said(transcript)
    headings = [part.title for part in transcript.parts]
    assert "定价：谁说了算" in headings and "流通：先合规再交易" in headings


def test_the_owner_of_the_view_in_the_second_sentence_is_the_one_speaking(tmp_path):
    """…罗子谦结合交易所的案例作了回应。在罗子谦看来，…: the first sentence brings 罗子谦 in,
    the second makes him the owner of the view: his, never 顾明远's by continuation."""
    assert said(load(write(tmp_path, FORUM)))[20] == "罗子谦"


def test_a_question_retold_in_one_sentence_is_the_askers(tmp_path):
    """研究生黎安想知道，…能否…: a verb of wanting to know and an interrogative word, in one
    sentence: 黎安's question, answered by the next paragraph."""
    transcript = load(write(tmp_path, FORUM))
    assert asked(transcript)[22] == "黎安"
    assert said(transcript)[24] == "谭书朗"


SEMINAR = """\
学会举办第五期青年学者沙龙
3月2日，学会第五期青年学者沙龙在线上举行，北京师范大学副教授邵景行作主题分享，学会秘书长戴月主持。

邵景行指出，教育测评正在从分数走向过程数据。

在提问环节，心理学院硕士生温若谷提问：过程数据会不会侵犯学生隐私？

邵景行回答说，采集之前必须先讲清楚用途。

上一篇：学会召开第三届理事会第二次会议
下一篇：关于征集2025年年会分会场主题的通知
"""


def test_the_asker_is_found_after_the_occasion_that_opens_the_paragraph(tmp_path):
    """在提问环节，…温若谷提问：…？: the occasion first, then the one asking: 温若谷's question,
    not the host's."""
    assert asked(load(write(tmp_path, SEMINAR)))[6] == "温若谷"


def test_a_pages_previous_and_next_links_are_not_the_article(tmp_path):
    """上一篇：… / 下一篇：… under a news page's article: the site's links, excluded with a
    reason, never a paragraph nobody answered."""
    gone = excluded(load(write(tmp_path, SEMINAR)))
    assert "previous or next article" in gone[10]
    assert "previous or next article" in gone[11]


# --- an English Q&A interview ------------------------------------------------------------

MAGAZINE = """\
Field Notes: Q&A with Priya Raghavan
Priya Raghavan runs the speech team at a hospital network in Pune.
Her deputy Tomas Lindqvist sat in on our call.

Q: Where did the project start?
A: With nurses who were tired of typing notes after every shift.

Q: How do you check the transcripts?
A (Lindqvist): Every week we sample two hundred of them by hand.

A: And the nurses mark the ones that went wrong.

This conversation has been condensed and edited for clarity.
"""


def test_an_english_title_names_the_interviewee_and_a_bracket_names_a_colleague(tmp_path):
    """Q&A with Priya Raghavan: the bare A is hers; A (Lindqvist) is Tomas Lindqvist, whom the
    standfirst names in full; the magazine's note on its editing is no one's answer."""
    path = tmp_path / "interview.txt"
    path.write_text(MAGAZINE, encoding="utf-8")
    transcript = load(path)
    assert said(transcript) == {6: "Priya Raghavan", 9: "Tomas Lindqvist", 11: "Priya Raghavan"}
    assert "piece itself" in excluded(transcript)[13]


WORKSHOP = """\
城市更新研讨会在江城举行
本报讯 昨日，城市更新研讨会在江城举行。主持人请各位嘉宾谈谈老旧小区改造。

老旧小区改造该从哪里入手？

市规划设计研究院总工程师韩立新认为，改造要先摸清地下管网。

区住建局副主任庞悦对此表示赞同，她说，去年试点的三个小区都先做了管网普查。

韩立新反复强调，居民的意见要在设计前收集，而不是施工后补救。

庞悦补充说，资金来源仍是最大的难题。
"""


def test_a_position_word_before_a_two_character_name_keeps_its_last_character(tmp_path):
    # 副主任庞悦: the name is 庞悦, never 任庞悦.
    transcript = load(write(tmp_path, WORKSHOP))
    assert said(transcript)[8] == "庞悦"
    assert "任庞悦" not in {s.name for s in transcript.speakers}


NOTES = """\
和一位园艺师聊了聊阳台种菜
我家楼下住着一位园艺师，主持过几场社区课，以下是那天聊天的要点。

阳台种菜先选什么？

园艺师林秋禾认为，新手先种叶菜，生长快，失败了损失也小。

我问她：朝北的阳台还能种吗？

她的回答是，能种，但要选耐阴的品种，比如生菜和薄荷。

林秋禾还说，浇水宁少勿多，盆底一定要有排水孔。

我自己的体会是，种菜最难的是坚持每天去看一眼。
"""


def test_the_writers_question_to_him_or_her_is_answered_by_the_one_last_credited(tmp_path):
    # 我问她：…？ then 她的回答是…: the one asked answers, not a refusal.
    assert said(load(write(tmp_path, NOTES)))[10] == "林秋禾"


def test_the_writers_own_first_person_is_narration_not_the_last_speakers_view(tmp_path):
    transcript = load(write(tmp_path, NOTES))
    assert 14 not in said(transcript)
    assert "first person" in excluded(transcript)[14]


# --- a page's furniture and the owner of a view, in an English recap ------------------------

COUNCIL = """\
Home › Local › Council
HARBOUR TOWN
Ferry fares split the council as budget talks open

By Ada Quill

Council members clashed on Tuesday over a proposal to raise ferry fares next spring.

Rosa Delacroix, who chairs transport, said fares had not risen in years. “It shows,” Delacroix said.

ADVERTISEMENT

In the opinion of Martin Oyelaran, the treasurer, the depot should go. “Sell it,” Oyelaran said.

For Delacroix, the depot is a one-off and the fares are a plan, she said.
"""


def test_a_pages_trail_section_name_and_ad_slot_are_never_the_article(tmp_path):
    """Home › Local › Council (a navigation trail), HARBOUR TOWN (a section name in capitals
    over the headline) and ADVERTISEMENT: the page's, excluded with a reason; the headline
    under them is the title."""
    transcript = load(write(tmp_path, COUNCIL))
    gone = excluded(transcript)
    assert "navigation trail" in gone[1]
    assert "kicker" in gone[2]
    assert "ad slot" in gone[11]
    assert transcript.title == "Ferry fares split the council as budget talks open"


def test_in_the_view_of_and_for_someone_make_them_the_owner(tmp_path):
    """In the opinion of Oyelaran…, For Delacroix, …: the clause names whose view follows,
    never the previous speaker by continuation."""
    credited = said(load(write(tmp_path, COUNCIL)))
    assert credited[9] == "Rosa Delacroix"
    assert credited[13] == "Martin Oyelaran"
    assert credited[15] == "Rosa Delacroix"


SALON = """\
城市更新沙龙在老厂房举办
本报讯 周六，城市更新沙龙在老厂房举办，规划师邬静岚与建筑师裘望舒出席。

主持人问，老厂房改造最难的是什么？

邬静岚认为，难在产权，“一栋楼有七个业主”。

一位业内人士直言，很多改造项目只算租金，不算运营。

裘望舒表示，结构加固的费用常被低估。
"""


def test_a_chinese_view_given_to_no_one_by_name_is_left_out_with_a_warning(tmp_path):
    """一位业内人士直言…: the report names no one, so the view is neither the previous
    speaker's by continuation nor guessed: left out, and a warning names the labels: line;
    applying that line credits it."""
    path = write(tmp_path, SALON)
    transcript = load(path)
    assert 8 in excluded(transcript) and 8 not in said(transcript)
    assert any(w.line == 8 and "labels:" in w.hint for w in transcript.warnings)
    path.with_suffix(".yml").write_text("labels:\n  业内人士: 裘望舒\n", encoding="utf-8")
    assert said(load(path))[8] == "裘望舒"


# --- a source named after the claim, a pronoun's tag inside the paragraph -------------------

CLINIC = """\
Rural clinics turn to drones for blood samples

By Odile Brennan

Health officials in the valley began flying samples to the regional laboratory last month.

Dr. Kwame Asantewaa, who runs a clinic, said flights cut delays. "It works," Asantewaa said.

A flight now costs less than a courier van, according to Marisol Etxeberria, a manager.

Pilots remain scarce. Rural operators, she said, struggle to keep licensed staff.

Asantewaa added that patients trust the drones more than he had expected.

Six drones now fly for a programme run by Ingrid Solberg. Batteries, she said, are the limit.

Solberg said night flights would follow in the spring.
"""


def test_a_source_named_at_the_end_of_the_claim_owns_it(tmp_path):
    """…, according to Etxeberria, the region's manager: the wire's attribution after the
    claim makes her its owner, not the doctor quoted before."""
    credited = said(load(write(tmp_path, CLINIC)))
    assert credited[7] == "Kwame Asantewaa"
    assert credited[9] == "Marisol Etxeberria"


def test_a_pronouns_tag_after_a_person_the_paragraph_names_is_that_person(tmp_path):
    """Rural operators, she said, …: the pronoun continues the person last credited (the one
    the paragraph before named), never a speaker two paragraphs back."""
    credited = said(load(write(tmp_path, CLINIC)))
    assert credited[11] == "Marisol Etxeberria"
    assert credited[13] == "Kwame Asantewaa"
    # (Batteries, she said: the Solberg the paragraph names, not Asantewaa before it.)
    assert credited[15] == "Ingrid Solberg"


# A district people's congress's hearing, reported: a turn stated without its words (某某代表
# 街道作了发言。她认为…), an official later called by surname and post (蒋处), a sentence about
# how many spoke (随后，6位代表先后发言。) that is the reporter's.
HEARING = """\
区人大常委会召开老旧小区改造专题询问会
本报讯 6月3日，区人大常委会召开专题询问会，区住建局城建处处长蒋卫明到会回答询问。

会上，蒋卫明通报了今年老旧小区改造的计划。他介绍，今年计划改造小区41个，涉及居民1.2万户。

随后，6位代表先后发言。

人大代表钟佩兰认为，加装电梯的补贴标准应当向高层住户倾斜，否则低层住户缺乏签字的动力。

社区居委会主任韦春燕代表街道作了发言。她认为，改造期间的停车和施工噪音是居民投诉最多的问题，需要提前公示施工时间。

针对代表们的询问，蒋处逐一作了回应。他表示，住建局将在下月出台施工管理细则，噪音大的工序一律安排在白天。
"""


def test_a_turn_stated_without_its_words_credits_who_made_it(tmp_path):
    """…作了发言。她认为… and …逐一作了回应。他表示…: the person who took the turn speaks,
    an official called by surname and post (蒋处) is the one person of that surname."""
    by_line = said(load(write(tmp_path, HEARING)))
    assert by_line[4] == "蒋卫明"
    assert by_line[10] == "韦春燕"
    assert by_line[12] == "蒋卫明"


def test_a_sentence_about_how_many_spoke_is_the_reporters(tmp_path):
    assert 6 not in said(load(write(tmp_path, HEARING)))


MILLS = """\
城市更新沙龙：老厂房如何变成创意园
本报讯 周六下午，城市更新沙龙在老厂举行，副教授任怀瑾、园区运营方总经理邬子墨出席，主持人戈晓岚。

戈晓岚开场就问：老厂房改造，最难的到底是什么？

任怀瑾认为，最难的是产权，而不是设计。

「我们最怕的是改完没人来。」园区运营方总经理邬子墨（Mo Wu）从招商方角度坦言，头两年出租率只有四成。

邬子墨的建议是，先引入几家有号召力的主力店。

台下一位老工人举手提问：原来的职工宿舍会不会拆？他家三代人都住在那里。

任怀瑾回应，宿舍楼已列入保护名录，只做加固不拆除。

戈晓岚在沙龙最后总结，城市更新要留住人，也要留住记忆。

#城市更新# #老厂房#
"""


def test_a_line_of_topic_tags_at_the_end_is_the_pages_not_a_refusal(tmp_path):
    """#城市更新# #老厂房# after the host's closing: a line of topic tags is the page's matter
    (excluded with its reason), never a paragraph that stops the whole report."""
    transcript = load(write(tmp_path, MILLS))
    assert "tags" in excluded(transcript)[18]


def test_a_quotation_before_its_owner_with_a_title_gloss_and_an_adverbial(tmp_path):
    """「…」园区运营方总经理邬子墨（Mo Wu）从招商方角度坦言: the first speaker named after the
    quotation owns it, past the title before, the gloss in brackets and the adverbial."""
    transcript = load(write(tmp_path, MILLS))
    assert said(transcript)[8] == "邬子墨"
    assert "方角度" not in {s.name for s in transcript.speakers}


def test_someone_counted_on_the_floor_asking_is_a_question(tmp_path):
    """台下一位老工人举手提问：…？他家…: the floor, a measure word, what they are and a verb of
    asking: a question from the floor, never the previous speaker's answer."""
    transcript = load(write(tmp_path, MILLS))
    assert 12 in asked(transcript) and 12 not in said(transcript)
    assert said(transcript)[14] == "任怀瑾"


PROFILE = """\
一所乡村学校的数字化实验
——县教育局智慧课堂研讨会侧记

来源：县融媒体中心　　2025-03-12　　记者 阮青禾

3月11日，县教育局在第二中学召开智慧课堂研讨会，数学教研员宁远舟、第二中学校长司马岚出席。

“平板发下去容易，用起来难。”县教研室数学教研员宁远舟开门见山。他介绍，全县去年配发了八百台平板。

在司马岚看来，难点在于老师的时间。她表示，备课已经占满了晚上。

宁远舟补充说，县里准备把培训学时计入职称评审。

有与会者提出，乡村教师培训应当放在寒暑假。

【会后对话】

会后，记者就培训安排与司马岚聊了几句。

记者：寒假培训老师们愿意来吗？
司马岚：愿意的多，但要给补贴，路费也要报。
记者：学校自己能解决吗？
司马岚：解决不了，要靠县里统筹。

责任编辑：黎茵
"""


def test_a_short_exchange_printed_at_the_end_of_a_report_is_read_in_the_report(tmp_path):
    """A report whose last paragraphs print an exchange verbatim (记者：/司马岚：): the report
    is read as a report (its views credited, not taken for an intro), the exchange's asking
    label is the report's question, its speaker's label her answer, and the sentence that
    leads into it is narration."""
    transcript = load(write(tmp_path, PROFILE))
    credited = said(transcript)
    assert credited[10] == "司马岚"
    assert credited[21] == "司马岚" and credited[23] == "司马岚"
    assert asked(transcript)[20] == "记者" and 20 not in credited
    assert "leading into" in excluded(transcript)[18]


def test_a_quotation_whose_owner_speaks_in_the_next_sentence(tmp_path):
    """“…”县教研室数学教研员宁远舟开门见山。他介绍，…: no reporting verb in the clause after the
    quotation, but the next sentence has him speaking: the quotation and paragraph are his."""
    assert said(load(write(tmp_path, PROFILE)))[8] == "宁远舟"


def test_a_view_of_someone_present_by_no_name_is_left_out_with_a_warning(tmp_path):
    """有与会者提出，…: someone at the meeting, by no name: neither the previous speaker's by
    continuation nor guessed; left out with a warning naming the labels: line."""
    transcript = load(write(tmp_path, PROFILE))
    assert 14 not in said(transcript) and 14 in excluded(transcript)
    assert any(w.line == 14 and "labels:" in w.hint for w in transcript.warnings)


BRIEFING = """\
市政府新闻办举行交通发布会

本次发布会由市发改委主任周海平、市交通局局长严文介绍有关情况。
周海平介绍说，今年全市新增充电桩一万二千个，覆盖所有街道。
严文表示，公交线路将在年底前完成优化，换乘距离会更短。
一、记者提问
1．本报记者：充电桩的电价会不会上涨？
主任周海平：电价执行统一标准，不会上涨，夜间还有优惠。
2．新华社记者：地铁新线什么时候开通？
局长严文：预计明年六月开通，目前正在做空载试运行。
3．本报记者：公交优化会不会减少线路？
答：总量不会减少，只是把重复的线路合并，发车间隔会缩短。
"""


def test_a_bare_answer_mark_under_a_numbered_question_answers_it_with_a_warning(tmp_path):
    # A press briefing's record numbers its questions; one answer is only 答：, and two
    # officials have spoken: it answers the question (never the record's own text, left out
    # unseen), and a warning asks whose answer it is.
    transcript = load(write(tmp_path, BRIEFING))
    assert 12 not in excluded(transcript)
    assert 12 in said(transcript)
    assert any(w.line == 12 and "答" in w.message for w in transcript.warnings)
