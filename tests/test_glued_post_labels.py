"""A glued bracket label that gives a unit and a post before a half-width space and the name
(``【市卫健委副主任 孟凡】``, ``【中国科学院院士 某某】``, as web 实录 pages set a speaker's
first turn) is the same person as the bare ``【孟凡】`` the file uses afterwards (small invented
files, not shaped like any blind file)."""

from __future__ import annotations

from pathlib import Path

from roundtable.readers.identity import positioned_person
from roundtable.transcript import parse


def test_a_post_and_a_name_after_a_half_width_space_is_the_person():
    assert positioned_person("市卫健委副主任 孟凡") == "孟凡"
    assert positioned_person("星河数据首席科学家 谢川", ["谢川"]) == "谢川", "a label of the file"
    assert positioned_person("今天 我们") is None


BRIEFING = """\
社区卫生工作新闻发布会实录

【主持人】各位记者朋友，上午好。今天的发布会请到两位嘉宾，先请他们介绍。
【市卫健委副主任 孟凡】大家好，我是孟凡，分管基层卫生。
【市疾控中心主任医师 谢川】我是谢川，做慢病监测。
【主持人】下面开始提问。
【南城日报记者】请问今年社区医院的签约率是多少？
【孟凡】全市平均是百分之四十二，比去年高了六个点。
【晚报记者】慢病随访用上智能系统了吗？
【谢川】今年在三个区试点，明年铺开。
【孟凡】补充一句，试点区的随访率已经超过九成。
【主持人】发布会到此结束，谢谢大家。
"""


def test_a_briefing_credits_the_long_and_the_short_label_to_one_person(tmp_path: Path):
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    transcript = parse(path)
    names = {s.id: s.name for s in transcript.speakers}
    said = {(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()}
    assert {(8, "孟凡"), (10, "谢川"), (11, "孟凡")} <= said
    assert not any("副主任 孟凡" in name or "主任医师 谢川" in name for name in names.values())


SALON = """\
物流自动化沙龙实录

嘉宾：
海川物流 副总裁 卡洛斯·门德斯
北港仓储 CTO 韩露

韩露：我们今年上了两百台分拣机器人，最大的问题是夜班没人会修。
主持人：卡洛斯，你们怎么解决维修的问题？
北港仓储 韩露：补充一句，我们是跟厂家签了驻场协议。
海川物流 卡洛斯·门德斯：我们的做法不一样，是把维修培训放进每个班组的考核里。
主持人：培训要多久？
海川物流 卡洛斯·门德斯：三个月。第一个月跟着厂家，后两个月自己上手。
卡洛斯·门德斯：还有一点，备件要放在仓库里，不能等快递。
主持人：谢谢两位。
"""


def test_a_unit_a_space_and_a_transliterated_name_is_that_person(tmp_path: Path):
    path = tmp_path / "salon.txt"
    path.write_text(SALON, encoding="utf-8")
    transcript = parse(path)
    names = {s.id: s.name for s in transcript.speakers}
    said = {(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()}
    assert {(9, "韩露"), (10, "卡洛斯·门德斯"), (12, "卡洛斯·门德斯")} <= said
    assert not any(" " in name for name in names.values())
