"""Who asks, by what the turns do (issue 26, layer 6): a turn that ends by asking and that
the next speaker answers is a question of whoever says it — the host under a label the file
uses once, or a guest turning to another guest — never that person's answer."""

from __future__ import annotations

import yaml

from roundtable.readers.asking import called
from roundtable.starting_metadata import starting_metadata
from roundtable.transcript import draft_of, load
from test_identity import write


def asked(transcript) -> list[tuple[int, str]]:
    """(line, asker) of every question, in order."""
    return [(line, q.asker) for part in transcript.parts for q in part.questions
            for line in q.lines[:1]]


DUITAN = """两位作家谈翻译

主持人：两位都做过翻译，第一次译长篇是什么感觉？

韩若川：像在水下走路，每一步都比想的慢。

顾晚晴：我是反过来的，一开始太快，回头全要改。

韩若川：那我想问晚晴，你后来是怎么让自己慢下来的？

顾晚晴：每天只译两页，译完大声读一遍，读不顺就不往下走。

韩若川：这个办法我也要试试。

主持人：最后，两位怎么看机器翻译？

顾晚晴：它能给初稿，给不了声音。

韩若川：我同意，声音是译者自己的。
"""


def test_a_guest_who_turns_to_another_guest_and_asks_puts_a_question(tmp_path):
    transcript = load(write(tmp_path, "duitan.txt", DUITAN))
    assert (9, "韩若川") in asked(transcript), "韩若川 asks 晚晴, who answers next"
    answers = {p.line for _, _, _, p in transcript.passages()}
    assert 9 not in answers and {5, 11, 13} <= answers, \
        "the guest's other turns stay answers"


def test_a_guest_turn_that_asks_nobody_it_names_stays_an_answer(tmp_path):
    rhetorical = DUITAN.replace("那我想问晚晴，你后来是怎么让自己慢下来的？",
                                "可是谁又能一直慢下来呢？")
    transcript = load(write(tmp_path, "duitan.txt", rhetorical))
    assert all(who != "韩若川" for _, who in asked(transcript))


def test_the_interviewer_under_a_full_name_used_once_asks_as_under_the_short_label(tmp_path):
    draft = """对话宋一舟：县城的算力

记者：卢思远　｜　编辑：吴桐

导语：宋一舟在三个县做了一年试点，在场的还有信息科主任钟岚。宋一舟简称“宋”，钟岚简称“钟”。

卢思远：先说个直接的问题，县城需要算力中心吗？

宋：需要，但不是大家想的那种，县里要的是放得进机房的小服务器。

卢：所以你们先做的是小服务器？

宋：对，一台就够，医生改一改就能用。

卢：那医院的数据能出医院吗？

宋：不出，所有数据都在院内，模型也部署在院内。

钟：我补充一句，医院这边最在意的就是这一点，数据不出院才敢用。

卢：最后一个问题，钱谁出？

宋：现在是县里和我们各出一半，长期要进信息化预算。
"""
    transcript = load(write(tmp_path, "draft.txt", draft))
    assert asked(transcript)[0] == (7, "卢思远")
    assert sorted(s.name for s in transcript.speakers) == ["宋一舟", "钟岚"], \
        "the interviewer answers nothing"


def test_in_a_meeting_nobody_hosts_a_colleague_asking_another_stays_an_answer(tmp_path):
    meeting = """周会纪要

张伟：上周的演示大家先说一下问题。

刘洋：抓取成功率只有七成，现场灯光太强。

张伟：陈悦你那边呢，软件上有没有问题？

陈悦：语音识别在现场太吵的时候出过两次错。

张伟：好，下周再看。
"""
    transcript = load(write(tmp_path, "meeting.txt", meeting))
    assert (7, "张伟") in [(p.line, s) for s, p in
                          ((next(x.name for x in transcript.speakers if x.id == a.speaker), p)
                           for _, _, a, p in transcript.passages())]


def test_a_person_is_addressed_by_given_name_title_or_first_name():
    assert {"晚晴", "顾老师", "顾晚晴"} <= called("顾晚晴")
    assert "Tomas" in called("Tomas Berg")


# A reading group's evening, written up by a meeting app: the list of who took part names the
# one who runs it among the members, so no label or list says who asks; they open by handing
# over, ask briefly, and close with a long summary.
READING_GROUP = """读书会第十二期

参会人：邵明川、程若岚、韦一航

邵明川：今晚读的是《河流的记忆》第三章。上次大家说想先聊方法，再聊结论，我把几段关键的原文印出来放在桌上了，大家手边都有。若岚先说。

程若岚：我觉得田野笔记可信，她每一段都写了是谁说的、在哪一天说的，连老人记错的地方都保留了，还在旁边注明后来怎么核对的，这种写法不像是编出来的。

邵明川：那数据部分呢？

韦一航：数据是弱的，水位只有三个年份，而且有一年是从县志里抄来的，口径和另外两年不一样，我没法拿它跟老人的说法对上，只能当个大概的参照。

邵明川：补的那一年能找到原始记录吗？

韦一航：我去档案馆问过，要开介绍信，下个月应该能看到，看到以后我把两种口径都列出来给大家比一比。

程若岚：我也可以一起去，正好要查另一份材料。

邵明川：好。那我总结一下：笔记部分大家认为可信，数据部分等一航查到原始记录再说，下期读第四章，还是周四晚上七点，地点不变，大家带上自己的笔记，我们从那份记录开始。
"""


def test_someone_whose_turns_mostly_ask_is_never_an_unwarned_answerer(tmp_path):
    transcript = load(write(tmp_path, "dushuhui.txt", READING_GROUP))
    (warning,) = [w for w in transcript.warnings if "end by asking" in w.message]
    assert warning.line == 5, "at the first turn that hands the floor over"
    assert warning.fix.text == "labels:\n  邵明川: host"


def test_the_labels_line_the_warning_names_makes_the_asker_the_host(tmp_path):
    path = write(tmp_path, "dushuhui.txt", READING_GROUP)
    warning = next(w for w in load(path).warnings if "end by asking" in w.message)
    (tmp_path / "dushuhui.yml").write_text(warning.fix.text + "\n", encoding="utf-8")
    transcript = load(path)
    assert [line for line, _ in asked(transcript)] == [9, 13]
    assert {s.name for s in transcript.speakers} == {"程若岚", "韦一航"}
    assert not [w for w in transcript.warnings if "end by asking" in w.message]


def test_a_colleague_asking_the_presenter_in_a_meeting_nobody_hosts_is_not_asked_about(
        tmp_path):
    meeting = """方案评审

石远：我先讲方案。现在高峰期排队要两秒，我们打算先拆分预填充和解码，再申请加卡，预算按六十四张算，上线分两批走。

贺青：两秒是平均还是最慢的那一档？

石远：是最慢的那一档，平均大概八百毫秒，主要是长上下文的请求在拖，一进来显存就被占满了。

贺青：加卡以后能降到多少？

石远：估计能到一秒以内，前提是拆分先做完，否则卡加上去也打不满，这个我们上周在测试集群上验证过了。

石远：那我就按这个版本提交，下周一过预算会。
"""
    transcript = load(write(tmp_path, "pingshen.txt", meeting))
    assert not [w for w in transcript.warnings if "end by asking" in w.message]


# An evening talk at a library, written up by its volunteers: the one who introduces the
# speaker and picks the questions from the room never asks anything herself and her words
# use no host's formula; the questions come from the floor under one label.
EVENING_TALK = """Bridges That Sing: an evening talk

ELENA MARSH: Evening, all. Our speaker tonight, Judith Okonjo, has spent twenty years listening to bridges with microphones glued to their cables, and she has brought recordings.

JUDITH OKONJO: Thank you. Every long bridge hums. Wind crosses the cables and each cable answers at its own pitch, so a healthy bridge plays a chord, and a cable that is slipping plays a note that drifts out of it.

We started recording three bridges in 2009 and by now we can hear a loose anchor about a month before any gauge reports it.

ELENA MARSH: We have a few minutes. The gentleman by the door.

ATTENDEE: Does traffic noise not drown the cables out?

JUDITH OKONJO: It would, at street level. The microphones sit on the cables themselves, so they pick up vibration rather than sound, and trucks add a low rumble that we filter out.

ELENA MARSH: One more, from the back row.

ATTENDEE: Could a town without money for sensors do this with phones?

JUDITH OKONJO: Partly. A phone pressed to a cable will catch the chord, and a volunteer who records once a month would already notice a note that drifts.

ELENA MARSH: Do join me in thanking Judith. The recordings are on the table by the door.
"""  # noqa: E501


def answered_lines(transcript) -> set[int]:
    return {p.line for _, _, _, p in transcript.passages()}


def test_who_gives_the_floor_to_the_askers_and_answers_nothing_hosts(tmp_path):
    transcript = load(write(tmp_path, "bridges.txt", EVENING_TALK))
    assert answered_lines(transcript) == {5, 7, 13, 19}, "only the speaker answers"
    assert [s.name for s in transcript.speakers] == ["Judith Okonjo"]
    (warning,) = [w for w in transcript.warnings if "gives the floor" in w.message]
    assert warning.line == 9, "at the first turn that gives the floor"
    assert warning.fix.text == "labels:\n  ELENA MARSH: host"


def test_the_labels_line_for_who_gives_the_floor_reads_the_same_without_a_warning(tmp_path):
    path = write(tmp_path, "bridges.txt", EVENING_TALK)
    warning = next(w for w in load(path).warnings if "gives the floor" in w.message)
    (tmp_path / "bridges.yml").write_text(warning.fix.text + "\n", encoding="utf-8")
    transcript = load(path)
    assert answered_lines(transcript) == {5, 7, 13, 19}
    assert not [w for w in transcript.warnings if "gives the floor" in w.message]


def test_who_answers_a_question_from_the_floor_never_hosts_by_giving_it(tmp_path):
    answering = EVENING_TALK.replace(
        "JUDITH OKONJO: Partly.",
        "ELENA MARSH: As the library, we would lend the phones.\n\nJUDITH OKONJO: Partly.")
    transcript = load(write(tmp_path, "bridges.txt", answering))
    assert not [w for w in transcript.warnings if "gives the floor" in w.message]
    assert "Elena Marsh" in {s.name for s in transcript.speakers}


def test_a_remark_the_next_question_takes_up_by_name_gives_no_floor(tmp_path):
    taken_up = EVENING_TALK.replace(
        "ATTENDEE: Does traffic noise", "ATTENDEE: Elena, you run the library. Does traffic noise")
    draft = draft_of(write(tmp_path, "bridges.txt", taken_up))
    (block,) = [b for b in draft.blocks if b.line == 9]
    assert "gives the floor to the next question" not in block.rule


# A craft magazine's interview: the answers carry the guest's surname, the questions no label,
# only a leading dash (a Chinese interview convention).
DASHED = """对话修琴师：一把琴的三十年

受访者：温若衡，琴行店主，修了三十年提琴。

温：我是十九岁进的琴行，那时候师傅只让我扫地，扫了一年才让碰胶水。

—— 您修过最难的一把琴是什么样的？

温：一把被水泡过的大提琴，面板整个翘起来了。我用了四个月，一点一点把它压回去，中间裂了两次。

—— 现在年轻人还愿意学这门手艺吗？

温：愿意的有，坚持下来的少。这行要耐得住，一把琴几个月，没有人夸你。

—— 最后一个问题：您自己拉琴吗？

温：拉，拉得不好。修琴的人拉琴，是为了听它哪里不对。
"""


def test_unlabelled_paragraphs_opened_by_a_dash_are_the_interviewers_questions(tmp_path):
    transcript = load(write(tmp_path, "xiuqin.txt", DASHED))
    assert [line for line, _ in asked(transcript)] == [7, 11, 15]
    assert answered_lines(transcript) == {5, 9, 13, 17}
    assert not [w for w in transcript.warnings if "credited to" in w.message]
    question = transcript.parts[0].questions[1]
    assert not question.text.startswith("—"), "the dash marks the question, it is not said"


def test_a_dash_that_labelled_turns_open_with_too_marks_no_question(tmp_path):
    aside = DASHED.replace("温：愿意的有", "温：——愿意的有")
    transcript = load(write(tmp_path, "xiuqin.txt", aside))
    assert asked(transcript) == [] or all(line not in (7, 11, 15) for line, _ in
                                         asked(transcript))


# A city hearing's record: the chair, named only by name, opens, gives the floor and closes,
# never asking; the delegates question the bureau's director, one of them more than anyone.
HEARING = """市公交线路调整听证会记录

钱立平：人到齐了，开始。今天听取交通局关于十二路公交改线的说明，然后代表提问。请何局长。

何卫东：谢谢。十二路现在绕行老城区，全程要七十分钟。改线后走新修的滨河路，全程四十五分钟，老城区由两条社区小巴接驳，票价不变，换乘免费。

钱立平：谢谢何局长。下面提问，先请孙代表。

孙晓梅：老城区的老人怎么办？他们去医院本来一趟车就到，现在要换乘，小巴多久一班？

何卫东：高峰十分钟一班，平峰十五分钟。医院门口会加一个小巴站，老人下车不用过马路。

孙晓梅：小巴能上轮椅吗？

何卫东：能，新采购的小巴都是低地板的，有坡道。

孙晓梅：坡道谁来放？司机一个人忙得过来吗？

何卫东：司机放，培训已经排上了，每辆车配一个呼叫按钮。

钱立平：好。再请梁代表。

梁建国：滨河路晚上有没有照明？末班车之后的人怎么回家？

何卫东：照明年底前装完。末班车时间不变，还是晚上十一点。

梁建国：改线以后沿街的商户有没有补偿？

何卫东：这不在交通局的职责里，我们会把意见转给商务局。

钱立平：今天的听证就到这里，记录会在网上公示十五天。
"""


def test_a_hearings_chair_who_only_gives_the_floor_is_the_host(tmp_path):
    transcript = load(write(tmp_path, "tingzheng.txt", HEARING))
    assert [s.name for s in transcript.speakers] == ["何卫东"]
    assert not answered_lines(transcript) & {3, 7, 21, 31}
    (warning,) = [w for w in transcript.warnings if "read as the chair" in w.message]
    assert warning.fix.text == "labels:\n  钱立平: host"


def test_the_labels_line_for_the_chair_reads_the_same_without_that_warning(tmp_path):
    path = write(tmp_path, "tingzheng.txt", HEARING)
    warning = next(w for w in load(path).warnings if "read as the chair" in w.message)
    (tmp_path / "tingzheng.yml").write_text(warning.fix.text + "\n", encoding="utf-8")
    transcript = load(path)
    assert not answered_lines(transcript) & {3, 7, 21, 31}
    assert not [w for w in transcript.warnings if "read as the chair" in w.message]


def test_a_chair_who_answers_a_question_is_no_host_by_giving_the_floor(tmp_path):
    answering = HEARING.replace("何卫东：这不在交通局的职责里", "钱立平：这不在交通局的职责里")
    transcript = load(write(tmp_path, "tingzheng.txt", answering))
    assert not [w for w in transcript.warnings if "read as the chair" in w.message]


def test_init_then_the_host_fix_reads_the_talk_without_a_refusal(tmp_path):
    """--init writes a match for each question it read; the labels: line the warning then
    proposes must read the same questions, or the tool's own proposals refuse the file."""
    for name, text, marker in (("bridges.txt", EVENING_TALK, "gives the floor"),
                               ("tingzheng.txt", HEARING, "read as the chair")):
        path = write(tmp_path, name, text)
        path.with_suffix(".yml").write_text(starting_metadata(path), encoding="utf-8")
        warning = next(w for w in load(path).warnings if marker in w.message)
        metadata = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
        metadata["labels"] = {**(metadata.get("labels") or {}),
                              **yaml.safe_load(warning.fix.text)["labels"]}
        path.with_suffix(".yml").write_text(yaml.safe_dump(metadata, allow_unicode=True),
                                            encoding="utf-8")
        transcript = load(path)
        assert not [w for w in transcript.warnings if marker in w.message]


PANEL_CUT_IN = """Local radio: the housing panel

Moderator: Councillor Byrne, how many of the new flats will be social rent?

Ann Byrne: About a third. The rest is shared ownership and market rent.

Tom Okafor: Sorry, can I just ask, is that a third of the units or a third of the floor space?

Ann Byrne: Of the units. By floor space it is nearer forty per cent.

Moderator: Tom, your tenants' union says that is not enough. Why?

Tom Okafor: Because eleven thousand households wait and it houses four hundred.

Moderator: Thank you both.
"""


def test_a_speaker_who_cuts_in_on_an_answer_only_to_ask_puts_a_question(tmp_path):
    """Tom answers the moderator later, but his turn between two of Ann's, coming in on her
    answer and only asking, is his question to her, not an answer of his."""
    transcript = load(write(tmp_path, "panel.txt", PANEL_CUT_IN))
    assert (7, "Tom Okafor") in asked(transcript)
    answers = [(p.line, s.name) for s in transcript.speakers
               for _, _, a, p in transcript.passages() if a.speaker == s.id]
    assert sorted(answers) == [(5, "Ann Byrne"), (9, "Ann Byrne"), (13, "Tom Okafor")]


def test_a_remark_before_the_question_in_a_cut_in_stays_an_answer(tmp_path):
    """A turn that says something of its own before asking is a speaker's word, read as an
    answer like any other (a comment on the answer, not only a question to it)."""
    remark = PANEL_CUT_IN.replace(
        "Tom Okafor: Sorry, can I just ask, is that a third",
        "Tom Okafor: That was not in the plan we saw last spring.\n\n"
        "Is that a third")
    transcript = load(write(tmp_path, "panel.txt", remark))
    assert all(who != "Tom Okafor" for _, who in asked(transcript))


SIDELINES = """Sidelines: the port minister after the summit

REPORTER: Minister, will the new terminal open on time?

Dana Whitlock: It will. The cranes arrive in May and the rail spur is finished.

REPORTER: And the dredging permits?

Dana Whitlock: Granted last week.

AIDE: Thanks all, next question please, the minister has two minutes.

REPORTER: Who pays if the budget overruns?

Dana Whitlock: The consortium, under the contract we signed.
"""


def test_a_one_off_label_that_runs_the_floor_before_a_question_hosts(tmp_path):
    """A label seen once whose words only run the floor (a host's words, asking nothing)
    and after which someone asks: a staffer moderating, never the answerer going on."""
    transcript = load(write(tmp_path, "sidelines.txt", SIDELINES))
    answers = [p.line for _, _, _, p in transcript.passages()]
    assert 11 not in answers, "the aide's words are no answer of the minister's"
    assert answers == [5, 9, 15]


FOLLOW_UP = """专访：县城书店的第二年

记者：书店开了两年，靠什么活下来？

尹青禾：靠活动。每周两场读书会，咖啡和文创占了一半收入。

记者：读书会都是谁来？

尹青禾：中学老师最多，其次是回乡的年轻人。

追问：那学生呢？

尹青禾：学生周末来自习，不怎么买书，但我们不赶人。
"""


def test_a_follow_up_word_label_seen_once_asks(tmp_path):
    """追问： is a label whose word says it asks: even once, the turn is a question, not
    the interviewee going on."""
    transcript = load(write(tmp_path, "zhuanfang.txt", FOLLOW_UP))
    assert 11 in [line for line, _ in asked(transcript)]
    assert [p.line for _, _, _, p in transcript.passages()] == [5, 9, 13]
