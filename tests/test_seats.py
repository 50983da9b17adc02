"""Speakers seated by number (issue 26, layers 4–6): a thesis defence's ``1号答辩人``, a
debate's ``正方一辩``, a hearing's ``3号陈述人``, a focus group's ``P2`` speak under a number
that only the file's own numbered list pairs with a name; and the one who presides (主持人,
审判长, the chair) gives the floor and keeps time without asking, while others put the
questions."""

from __future__ import annotations

from roundtable.readers.identity import seat_number, seated_map
from roundtable.readers.labels import LabelStats, numbered_stem
from roundtable.readers.roles import answering_hosts
from transcript_files import answer_lines, parsed

DEFENCE = """计算机学院2025届本科毕业论文答辩记录

答辩委员会：周立行教授（主席）、吴敏副教授、郑凯讲师
答辩学生（按抽签顺序）：
1号　赵子涵　《基于图神经网络的推荐方法》
2号　钱　越　《边缘设备上的模型压缩》
3号　孙一凡　《中文文本纠错研究》

主持人：现在开始答辩。每位同学陈述不超过十分钟。请1号答辩人。
1号答辩人：各位老师好，我的论文研究图神经网络推荐，重点是冷启动用户。
主持人：请2号答辩人。
2号答辩人：我的题目是模型压缩，主要做了剪枝和量化两部分工作。
主持人：请3号答辩人。
3号答辩人：我做的是中文文本纠错，数据来自公开的语料。
主持人：下面请答辩委员提问。
吴敏：问1号同学，你的数据集规模多大？为什么不用更大的？
1号答辩人：大约十万条交互记录，受限于算力。
吴敏：冷启动用户怎么定义？
1号答辩人：注册不满七天、交互少于五次的用户。
郑凯：3号同学，纠错的召回率是多少？
3号答辩人：在测试集上是百分之八十一。
主持人：时间到。今天的答辩到此结束，谢谢各位老师。
"""


def test_a_numbered_seat_is_the_person_the_files_numbered_list_gives_it(tmp_path):
    transcript = parsed(tmp_path, "defence.txt", DEFENCE)
    names = {s.id: s.name for s in transcript.speakers}
    assert {line: names[who] for line, who in answer_lines(transcript).items()} == {
        10: "赵子涵", 12: "钱越", 14: "孙一凡", 17: "赵子涵", 19: "赵子涵", 21: "孙一凡"}


def test_the_one_who_gives_the_floor_and_keeps_time_hosts_though_others_ask(tmp_path):
    transcript = parsed(tmp_path, "defence.txt", DEFENCE)
    askers = {q.asker for q in transcript.questions if q.asked}
    assert "主持人" in askers or any("主持" in (a or "") for a in askers), \
        "the chair's floor-giving turns are the host's, not answers"
    assert not [w for w in transcript.warnings if "mostly answers" in w.message]


def test_a_debates_teams_map_each_seat_under_its_sides_heading():
    lines = ["正方：", "一辩　李　想　华岳大学", "二辩　周明远", "反方：",
             "一辩　陈思雨　江州大学", "二辩　何　畅"]
    assert seated_map(lines, ["正方一辩", "正方二辩", "反方一辩", "反方二辩", "主持人"]) == {
        "正方一辩": "李想", "正方二辩": "周明远", "反方一辩": "陈思雨", "反方二辩": "何畅"}


def test_a_numbered_heading_among_the_turns_is_no_list_of_seats():
    """二、体验探究 between a class's turns opens a part; it names no 生2."""
    lines = ["一、情境导入", "师：同学们好。", "生1：老师好。", "二、体验探究", "生2：是狗！"]
    assert seated_map(lines, ["生1", "生2"]) == {}


def test_seat_numbers_are_read_in_every_form_a_list_writes_them():
    assert [seat_number(s) for s in ("3号", "三号", "第三", "③", "No. 3", "十二")] == \
        [3, 3, 3, 3, 3, 12]


def test_seats_under_one_word_are_one_kind_of_label_though_each_speaks_once():
    stats = LabelStats.of(["主持人", "正方一辩", "主持人", "反方一辩", "主持人", "正方二辩"])
    assert stats.is_label("正方一辩") and stats.is_label("正方二辩")
    assert numbered_stem("张一鸣") == "", "a name with 一 in it seats nobody"
    assert not LabelStats.of(["主持人", "张一鸣", "主持人", "李"]).is_label("张一鸣")


def test_a_presiding_role_that_never_asks_is_not_flipped_to_an_answerer():
    """A focus group's 主持人 opens, gives the floor by calling the next seat (P2。) and
    closes; the observer puts the questions. Every turn of it frames the session: it
    presides, though it asks nothing (so does a court's 审判长 or a hearing's chair)."""
    turns = [("主持人", "我们现在开始。"),
             ("P1", "我平时用地图和外卖两个应用。"),
             ("主持人", "P2。"),
             ("P2", "我主要用短视频。"),
             ("观察员", "P2每天刷多久？会不会关掉推荐？"),
             ("P2", "两个小时左右，不会关。"),
             ("观察员", "P1呢，你关过推荐吗？"),
             ("P1", "关过一次，后来又打开了。"),
             ("主持人", "P3。"),
             ("P3", "我几乎不用推荐功能。"),
             ("主持人", "今天就到这里。")]
    assert answering_hosts(turns, ["主持人"]) == ([], [])
