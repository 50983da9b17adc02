"""Who is who and who asks, from what a file states: a key mapping abbreviations or initials to
names, a participants list at the head, a signature block, an announcer before the host, and
an interview whose questions carry only a mark (small invented files)."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.readers.identity import keyed_map
from roundtable.readers.question_marks import question_mark
from roundtable.readers.source import Line
from roundtable.readers.turns import field_list
from roundtable.transcript import parse


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_text(text, encoding=encoding)
    return path


def said(transcript: Transcript) -> list[tuple[int, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()]


def asked(transcript: Transcript) -> dict[int, str]:
    return {line: q.asker for q in transcript.questions if q.asked for line in q.lines}


def excluded(transcript: Transcript) -> set[int]:
    return {e.line for e in transcript.excluded}


def test_a_key_the_file_states_maps_abbreviations_and_initials_to_names():
    assert keyed_map(["Key: AB = Ada Byron; CD = Carl Dunn"], ["AB", "CD"]) == {
        "AB": "Ada Byron", "CD": "Carl Dunn"}
    assert keyed_map(["（以下简称：申请人周远为“申”，被申请人代理人钱岚为“被代”）"],
                     ["申", "被代", "主"]) == {"申": "周远", "被代": "钱岚"}
    assert keyed_map(["李青（下称“李”）"], ["李"]) == {"李": "李青"}
    assert keyed_map(["AB = Ada Byron; AB = Alan Bell"], ["AB"]) == {}, \
        "a label the key gives two people names nobody for sure"


ORAL_HISTORY = """\
ARCHIVE OF RADIO HISTORY
Oral History of Ada Byron

Key: AB = Ada Byron; CD = Carl Dunn; EF = Eva Fox

CD: Thanks for having us, Ada. Where did you start?
AB: In a repair shop in Leeds, fixing valve sets.
CD: What drew you to broadcasting?
AB: The engineers. They let me sit in the control room.
EF: Did the studio take a woman engineer seriously?
AB: Not at first. I brought measurements to every meeting.
CD: What would you tell a young engineer?
AB: Keep notes of what failed.
CD: Thank you, Ada.
AB: Thank you both.
[END OF INTERVIEW]
"""


def test_initials_are_read_as_the_people_the_key_names_and_behaviour_says_who_hosts(tmp_path):
    transcript = parse(write(tmp_path, "oral.txt", ORAL_HISTORY, encoding="utf-16"))
    assert {who for _, who in said(transcript)} == {"Ada Byron"}
    assert asked(transcript)[6] == "Carl Dunn"
    assert asked(transcript)[10] == "Eva Fox", "a second interviewer the key names asks too"
    assert 16 in excluded(transcript), "a bracketed note after the last turn is no heading"


HEARING = """\
某市仲裁委员会
开庭笔录
首席仲裁员：严思齐
仲裁员：柯　蓝
秘书：唐小雨
申请人：周远，男，软件工程师。
申请人代理人：钱岚，律师。
被申请人：某某科技有限公司。
被申请人代理人：孟川，该公司法务。
（以下简称：申请人周远为“申”，申请人代理人钱岚为“申代”，被申请人代理人孟川为“被代”）
秘书：请安静，现在宣读仲裁庭纪律。
秘书：报告首席仲裁员，双方均已到庭。
首席仲裁员：现在开庭。申请人陈述请求？
申代：请求裁决被申请人支付报酬三万元。
首席仲裁员：被申请人答辩？
被代：报酬已经结清，不同意支付。
首席仲裁员：申请人本人，合同是谁起草的？
申：是我起草的，对方签字确认。
仲裁员：被申请人，有没有付款凭证？
被代：有，庭后提交。
首席仲裁员：今天到此，休庭。
首席仲裁员：严思齐　仲裁员：柯蓝　秘书：唐小雨
"""


def test_a_participants_list_is_no_speech_and_maps_each_role_it_gives_one_person(tmp_path):
    transcript = parse(write(tmp_path, "hearing.txt", HEARING))
    assert set(range(3, 10)) <= excluded(transcript), "the list of who takes part is no speech"
    assert said(transcript) == [(14, "钱岚"), (16, "孟川"), (18, "周远"), (20, "孟川")]
    assert asked(transcript)[13] == "严思齐", "the presiding role is the person the list gives it"
    assert asked(transcript)[19] == "柯蓝", "a listed member who only asks asks beside the host"


def test_an_announcer_before_the_host_opens_is_intro_and_a_signature_block_no_speech(tmp_path):
    transcript = parse(write(tmp_path, "hearing.txt", HEARING))
    intro = {n for p in transcript.intro for n in p.lines}
    assert {11, 12} <= intro
    assert 22 in excluded(transcript)


def test_a_field_list_is_roles_and_names_or_padded_blanks_and_nothing_else():
    assert field_list("首席仲裁员：严思齐　仲裁员：柯蓝")
    assert field_list("申请人（签名）：　　　　被申请人（签名）：")
    assert not field_list("张伟： 我觉得主要是三件事：")
    assert not field_list("首席仲裁员：今天到此，休庭。")


DASH_INTERVIEW = """\
【专访】某某机械社长高桥健一：机器要会说“不知道”
某某机械社长高桥健一近日接受了本报采访。
――为什么引入AI？
熟练工越来越少。
年轻人需要一个能随时问的帮手。
――AI出错怎么办？
它必须说出自己有几成把握。
■人来做决定
――客户担心数据外泄吗？
担心，所以数据不出厂。
（记者　山田花子）
相关文章
・机床订单回升
"""


def test_an_unnamed_question_mark_opens_the_interviewers_turns(tmp_path):
    transcript = parse(write(tmp_path, "interview.txt", DASH_INTERVIEW))
    assert said(transcript) == [(4, "高桥健一"), (5, "高桥健一"), (7, "高桥健一"),
                                (10, "高桥健一")]
    assert set(asked(transcript).values()) == {"山田花子"}, "the sign-off names who asked"
    assert {11, 12, 13} <= excluded(transcript)


def test_a_mark_answered_by_labelled_turns_is_no_question_mark():
    dialogue = ["Q：先说说成本？", "甲：人力最贵。", "Q：为什么？", "乙：规则难挖。",
                "Q：怎么办？", "丙：慢慢来。"]
    assert question_mark([Line(i + 1, t) for i, t in enumerate(dialogue)]) == ""
    dashed = ["――为什么？", "因为少。", "――然后呢？", "再看。", "――最后？", "谢谢。"]
    assert question_mark([Line(i + 1, t) for i, t in enumerate(dashed)]) == "――"


def test_a_cast_line_maps_stage_labels_with_a_full_width_dash():
    """A programme's cast line (``甲－某某　乙－某某``, the full-width dash a Chinese
    programme writes) is a key like ``EQ = Eleanor Quist``."""
    assert keyed_map(["表演：甲－赖文博（话剧团）　乙－孙晓　丙－柯一鸣"], ["甲", "乙", "丙"]) == {
        "甲": "赖文博", "乙": "孙晓", "丙": "柯一鸣"}


TRIO_SKETCH = """\
群口小品《机器人来上班》台本

表演：甲－赖文博（话剧团）　乙－孙晓（电台主播）　丙－柯一鸣

甲：大家好，今天我们三个人给大家演一个小品。
乙：我演一个刚入职的机器人。
丙：我演他的老板，专门管他加班。
甲：那我呢？
乙：你演被机器人抢了工位的人。
丙：这个角色最难演，因为得演出委屈。
甲：委屈我最会了，天天都在练。
"""


def test_a_sketch_whose_cast_line_names_its_stage_labels_credits_the_people(tmp_path: Path):
    transcript = parse(write(tmp_path, "sketch.txt", TRIO_SKETCH))
    names = {s.name for s in transcript.speakers}
    assert {"孙晓", "柯一鸣"} <= names
    assert not names & {"甲", "乙", "丙"}


def test_a_roster_set_as_a_markdown_table_maps_labels_to_people():
    rows = ["| 说话人 | 姓名 | 部门 |", "|---|---|---|", "| 说话人1 | 钱晓彤 | 运营 |",
            "| **说话人2** | 韦一帆 | 研发 |", "| 说话人3 | （未识别） | |"]
    assert keyed_map(rows, ["说话人1", "说话人2", "说话人3"]) == {
        "说话人1": "钱晓彤", "说话人2": "韦一帆"}


# A two-host 对谈 whose key maps letters to the short names the byline gives the hosts.
KEYED_TO_HOSTS = """\
双周对谈 第8期：端侧模型

主持：林以宁（Iris）、何嘉（Joe）
嘉宾：周明（Sam）

（下文 R = Iris，J = Joe，S = Sam）

R：欢迎周明。先说说你们团队最近在做的事。
S：我们在做小模型的评测，主要看端侧。
J：端侧评测和云上评测差在哪里。
S：差在延迟和功耗，这两样云上几乎不管。
R：好，今天就到这里，谢谢周明。
"""


def test_a_label_the_key_maps_to_a_hosts_short_name_is_that_hosts(tmp_path: Path):
    """J = Joe, and the byline's 主持：何嘉（Joe）: J asks as the host 何嘉, though no
    question mark says so; only the guest answers."""
    transcript = parse(write(tmp_path, "talk.txt", KEYED_TO_HOSTS))
    assert said(transcript) == [(9, "周明"), (11, "周明")]
    assert asked(transcript)[10] == "何嘉"
