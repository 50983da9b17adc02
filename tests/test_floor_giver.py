"""Roles by behaviour (issue 26, layer 6): where reporters or the audience ask under one bare
``Q``/``问`` label, the one speaker who gives them the floor chairs: their hand-overs, their
opening and their closing are the host's, and the questions they take themselves stay
answers. Each rule on a small invented file of its own shape."""

from __future__ import annotations

from roundtable.readers.labels import split_label
from roundtable.readers.roles import chairing_turns, floor_giver, shortened_labels
from roundtable.transcript import parse
from test_identity import said, write

# A 新闻发布会 written up by a bureau's press office: the spokesperson calls on reporters by
# where they sit, answers some questions and hands others to a colleague.
CONFERENCE = [
    ("郭岚", "各位记者朋友，上午好。今天我们请到了市交通局的负责同志，介绍今年地铁建设的进展，"
             "并回答大家关心的问题。先请韩处长简要介绍一下情况。"),
    ("韩立成", "谢谢郭岚。今年全市在建地铁线路七条，总里程一百二十公里，年底前将有两条新线开通，"
               "另外三条线路的土建工程已经完成过半，明年上半年开始铺轨。"),
    ("郭岚", "好，请前排这位记者。"),
    ("问", "请问两条新线具体什么时候开通？票价怎么定？"),
    ("韩立成", "两条新线计划在十二月底前开通试运营，票价按现行的里程计价办法执行，不单独定价，"
               "换乘也不会额外收费，这一点市民可以放心。"),
    ("问", "试运营期间会不会限流？"),
    ("郭岚", "试运营期间是否限流，要看客流监测的情况，届时我们会提前通过官方渠道发布消息，"
             "请大家关注，不会临时通知。"),
    ("郭岚", "请后排那位。"),
    ("问", "施工对沿线居民的噪音影响，有没有补偿？"),
    ("韩立成", "有。凡是夜间施工超过规定时长的路段，我们都会按标准给沿线居民发放补偿，"
               "具体名单由街道公示，居民也可以拨打热线反映情况。"),
    ("郭岚", "今天的发布会就到这里，谢谢各位。"),
]


def test_the_speaker_who_gives_the_askers_the_floor_chairs_and_answers_what_she_takes():
    chair = floor_giver(CONFERENCE, {"问"})
    assert chair == "郭岚"
    hosting = chairing_turns(CONFERENCE, chair, {"问"})
    assert [i for i, h in enumerate(hosting) if h] == [0, 2, 7, 10], \
        "opening, the two calls and the closing host; the question she takes she answers"


def test_a_guest_whose_answers_are_short_in_characters_does_not_give_the_floor():
    # A blog interview: Q is the author, and the guests' answers before each Q are whole
    # answers, however few characters Chinese needs for them.
    interview = [("Q", "你们现在每天用不用 AI 写代码？"),
                 ("宋一帆", "用，我们组里大概一半的新代码最初是助手写的，"
                            "但都要过人工评审才能合并。"),
                 ("邵宁", "我差不多，按时间算少一点，大部分时间在想写什么。"),
                 ("Q", "哪些活最愿意交给它？"),
                 ("邵宁", "写测试、迁移老接口、写正则，这三样我最愿意交给它。"),
                 ("宋一帆", "我们还多一类：读老代码，新人先让助手讲一遍再动手。"),
                 ("Q", "被它坑过吗？")]
    assert floor_giver(interview, {"Q"}) == ""


def test_two_speakers_who_each_call_on_the_room_leave_the_chair_undecided():
    town_hall = [("Mayor Ruiz", "Thanks for coming out tonight; we have an hour, so let's go "
                                "straight to your questions about the bus depot plan."),
                 ("Ann Cole", "Yes, you there."),
                 ("Q", "Why was the depot moved next to the school?"),
                 ("Mayor Ruiz", "It wasn't moved; the school site was chosen after the depot "
                                "was permitted, and we are now looking at a new entrance."),
                 ("Mayor Ruiz", "Sir, go ahead."),
                 ("Q", "Will the diesel buses idle there overnight?"),
                 ("Ann Cole", "No. The overnight fleet is electric from March, and idling is "
                              "already banned by the depot's permit conditions."),
                 ("Ann Cole", "Next one."),
                 ("Q", "Who enforces that?"),
                 ("Mayor Ruiz", "Okay, the next one."),
                 ("Q", "And the noise?")]
    assert floor_giver(town_hall, {"Q"}) == ""


def test_a_bare_q_set_off_by_spaces_or_a_tab_is_the_askers_label():
    # The convention of US official briefing transcripts: no colon after the reporter's Q.
    assert split_label("Q    Thanks. What happens to the existing permits?") == \
        ("Q", "Thanks. What happens to the existing permits?")
    assert split_label("Q\tAnd the timeline?") == ("Q", "And the timeline?")
    assert split_label("Q and A sessions run long.") == ("", "Q and A sessions run long.")
    assert split_label("Q1 results were strong.") == ("", "Q1 results were strong.")


def test_a_state_department_style_briefing_credits_the_spokesman_only_with_his_answers(
        tmp_path):
    text = "\n\n".join([
        "DEPARTMENT PRESS BRIEFING",
        "MR. HALE:  Good afternoon. I have two items at the top, then I'll take your "
        "questions. First, the Secretary travels to Nairobi on Monday for the water summit, "
        "where she will meet the foreign ministers of six countries. Second, the "
        "department welcomes the release of the two aid workers held since June.",
        "MR. HALE:  Go ahead, Said.",
        "Q    Thank you. On the aid workers, was any payment made for their release?",
        "MR. HALE:  No. The United States does not make concessions to hostage takers, and "
        "that policy has not changed; the release followed months of quiet diplomacy by "
        "several governments, and we thank them for it.",
        "Q    Which governments?",
        "MR. HALE:  I'll leave it to them to speak for themselves, but we are grateful to "
        "each of them, and we have told them so directly at the highest levels.",
        "MR. HALE:  Yes, Laura.",
        "Q    On Nairobi: will the Secretary announce new funding there at the summit?",
        "MR. HALE:  I won't get ahead of the Secretary, but water security is a priority, "
        "and you can expect the trip to reflect that in what she says and what she signs.",
        "MR. HALE:  Thanks, everybody. See you tomorrow.",
    ]) + "\n"
    transcript = parse(write(tmp_path, "briefing.txt", text))
    credited = said(transcript)
    lines = {line for line, who in credited if "HALE" in who.upper()}
    assert lines == {9, 13, 19}, "the answers only, never the calls, the opening or closing"
    askers = {q.asker for q in transcript.questions if q.asked}
    assert "Q" in askers


def test_a_press_conferences_spokesperson_calling_on_reporters_hosts_those_turns(tmp_path):
    text = "市交通局新闻发布会实录\n\n" + "\n\n".join(
        f"{who}：{words}" for who, words in CONFERENCE)
    transcript = parse(write(tmp_path, "conference.txt", text + "\n"))
    credited = dict(said(transcript))
    spokesperson = {line for line, who in credited.items() if who == "郭岚"}
    assert spokesperson == {15}, "her answer to the question she took, nothing else"
    assert {line for line, who in credited.items() if who == "韩立成"} == {5, 11, 21}


def test_a_full_name_label_and_its_surname_label_are_one_person_while_roles_are_read():
    assert shortened_labels(["JANE ROE", "ROE", "OKAFOR", "CHIDI OKAFOR", "LI", "Q"]) == \
        {"ROE": "JANE ROE", "OKAFOR": "CHIDI OKAFOR"}
    assert shortened_labels(["WANG LEI", "WANG"]) == {"WANG": "WANG LEI"}, \
        "the family name first, as Chinese names are written in such transcripts"
    assert shortened_labels(["ANN LEE", "TOM LEE", "LEE"]) == {}, "two Lees: undecided"


def test_the_moderator_who_opens_and_takes_questions_from_the_floor_hosts_not_q(tmp_path):
    # A book-launch panel from a publisher's events page: the chair's full name once, then
    # her surname; the floor asks under a bare Q: whoever is named inside.
    text = "\n\n".join([
        "LAUNCH: THE RIVER ATLAS — EVENT TRANSCRIPT",
        "HELEN OKONJO: Good evening and welcome to the shop. Tonight we launch The River "
        "Atlas with its two authors. Sam, how did the book start?",
        "SAM VOSS: With a canoe trip that went wrong, honestly. We kept getting lost on "
        "rivers that every map drew differently, so we started drawing them ourselves.",
        "OKONJO: Ines, what did the maps get wrong?",
        "INES HALL: Mostly the braids. A braided river moves every flood, and the maps froze "
        "it in one year, so half the channels we paddled were not on any of them.",
        "OKONJO: Let's go to the floor. Keep it short, please, so we get to several of you.",
        "Q: Hi, Dev Rao, a kayaker. Will you update the maps after floods?",
        "HALL: Yes, online, every spring, and the printed edition every five years, since "
        "the rivers we drew change faster than anyone can reprint a book.",
        "OKONJO: One more, at the back.",
        "Q: Which river surprised you most?",
        "VOSS: The smallest one, a creek near the border that turned out to have three "
        "outlets depending on the season, none of them where the survey put them.",
        "OKONJO: Thank you all. The authors will sign books at the front table.",
    ]) + "\n"
    transcript = parse(write(tmp_path, "launch.txt", text))
    credited = {who for _, who in said(transcript)}
    assert not any("OKONJO" in who.upper() for who in credited), \
        "the chair's framing is never published as an answer"
    askers = {q.asker for q in transcript.questions if q.asked}
    assert "Q" in askers
