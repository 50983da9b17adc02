"""Minutes and records that name people by their post (issue 26, items 5 and 6).

A record of a meeting lists who attended once, each name with its post or its role, and then
calls them by the post (局长表示…, 主任委员表示…, the Chair said…). The files here are invented
and of the class, not of the file the rules were found on: a mainland standing committee's
专题询问 record (members ask, officials answer), an English board's attendance list.
"""

from __future__ import annotations

from pathlib import Path

from roundtable.readers.matter import listed_people, post_heads
from roundtable.readers.source import Line
from roundtable.transcript import load

INQUIRY = """\
市人大常委会教育科学文化卫生委员会
专题询问会议纪要

时间：2024年11月5日下午
地点：市人大常委会第二会议室

出席委员：何慧琳（主任委员）
程子昂委员
蒋蓓委员
列席人员：市教育局
梁思远先生
市教育局局长
市卫生健康委员会
苏明哲先生
市卫生健康委员会副主任

一、关于课后服务

1、主任委员表示，课后服务经费的来源需要尽快明确，各区不能各行其是。
局长回应时说，市教育局已会同财政部门拟定分担办法，年内出台。
2、程子昂委员询问课后服务教师的补贴标准如何确定。
局长表示，补贴按课时计算，每课时不低于六十元。
程委员要求市教育局在三个月内报送各区的执行情况。
3、蒋蓓委员关注学生近视防控工作的进展。
副主任介绍，全市中小学已完成视力筛查全覆盖，筛查结果已录入健康档案。
4、会议于下午五时结束。

市人大常委会教科文卫委办公室
2024年11月8日
"""


def _inquiry(tmp_path: Path):
    path = tmp_path / "inquiry.txt"
    path.write_text(INQUIRY, encoding="utf-8")
    return load(path)


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.splitlines(), 1) if t.strip()]


def test_a_post_the_attendance_list_gives_is_its_holder_when_the_record_calls_them_by_it(
        tmp_path):
    transcript = _inquiry(tmp_path)
    names = {s.id: s.name for s in transcript.speakers}
    said = {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}
    # 局长 is the head of 市教育局局长, 副主任 of 市卫生健康委员会副主任: each names the one
    # person listed with that post (the name on the line before the post).
    assert said == {20: "梁思远", 22: "梁思远", 25: "苏明哲"}


def test_the_members_of_the_panel_that_presides_are_its_askers(tmp_path):
    transcript = _inquiry(tmp_path)
    asked = {q.line: q.asker for part in transcript.parts for q in part.questions if q.line}
    names = {s.id: s.name for s in transcript.speakers}
    # 主任委员 (the role in brackets), 程子昂委员, 程委员 (surname and post: her request), 蒋蓓委员:
    # the members ask and request, whatever verb reports them.
    assert {line: names.get(who, who) for line, who in asked.items()} == {
        19: "何慧琳", 21: "程子昂", 23: "程子昂", 24: "蒋蓓"}


def test_the_attendance_list_and_a_numbered_paragraph_with_no_one_speaking_are_no_speech(
        tmp_path):
    transcript = _inquiry(tmp_path)
    excluded = {e.line: e.reason for e in transcript.excluded}
    assert set(range(7, 16)) <= set(excluded)
    assert "numbered paragraph" in excluded[26]  # 4、会议于下午五时结束。
    assert {28, 29} <= set(excluded)  # the office and the date under the record


def test_an_english_boards_attendance_list_states_each_post_and_role():
    lines = _lines("""\
Minutes of the Board of Trustees
Present: Margaret Osei (Chair)
Thomas Reyes
In attendance: Priya Nair
Chief Financial Officer

1. The Chair welcomed the trustees.
""")
    stated = listed_people(lines)
    assert stated["Chair"] == "Margaret Osei"
    assert stated["Chief Financial Officer"] == "Priya Nair"


def test_a_posts_head_names_its_holder_only_when_one_listed_post_ends_in_it():
    heads = post_heads({"市教育局局长": "梁思远", "市教育局副局长": "林静",
                        "市数据局总工程师": "高远"})
    # 局长 ends both posts: it names neither; 副局长 names the deputy alone.
    assert "局长" not in heads
    assert heads["副局长"] == "林静"
