"""A list of who attended (参会人：…, 与会者：…) names the host as well as the guests: being on
it makes nobody a guest rather than the host, and an attendee who says nothing is no fault.
A label with its time after it is the export's speaker field, a label on one turn too (small
invented files)."""

from __future__ import annotations

from pathlib import Path

from roundtable.transcript import parse


def build(tmp_path: Path, text: str):
    path = tmp_path / "meeting.txt"
    path.write_text(text, encoding="utf-8")
    return parse(path)


def said(transcript) -> list[tuple[int, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()]


MEETING = """\
读书会第七次线上交流
与会者：邵明远、林可欣、唐思危、周小北

邵明远（00:00:03）：大家好，我是这次的主持人邵明远。今天请林可欣和唐思危两位老师聊聊慢阅读。
邵明远（00:00:20）：林老师，您为什么主张每天只读二十页？
林可欣（00:00:31）：因为读得慢才记得住。我试过一天读一本，过一个月什么都想不起来。
林可欣（00:01:02）：后来我改成每天二十页，边读边写批注，效果好了很多。
邵明远（00:01:40）：唐老师，您同意吗？
唐思危（00:01:48）：我部分同意。速度因书而异，小说可以快，哲学书就得慢。
唐思危（00:02:30）：关键是读完以后有没有自己的话可说。
邵明远（00:03:05）：好，今天就聊到这里，谢谢两位老师，也谢谢大家。
"""


def test_a_host_on_the_attendance_list_who_says_she_hosts_is_the_host(tmp_path):
    transcript = build(tmp_path, MEETING)
    speakers = {s.name for s in transcript.speakers}
    assert "邵明远" not in speakers
    assert [who for _, who in said(transcript)] == ["林可欣"] * 2 + ["唐思危"] * 2
    assert not any("周小北" in w.message for w in transcript.warnings)


def test_a_dialled_in_number_with_its_time_is_a_label(tmp_path):
    text = MEETING.replace(
        "邵明远（00:03:05）", "139****0021（00:03:01）：想问林老师，听书算不算？\n"
        "林可欣（00:03:03）：算，但最好配合文字。\n"
        "邵明远（00:03:05）")
    transcript = build(tmp_path, text)
    lines = dict(said(transcript))
    answer = text.splitlines().index("林可欣（00:03:03）：算，但最好配合文字。") + 1
    assert lines[answer] == "林可欣"
    assert not any(who in ("唐思危", "林可欣") for line, who in said(transcript)
                   if text.splitlines()[line - 1].startswith("139"))
