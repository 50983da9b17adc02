"""What surrounds the speech is never read as speech: captions, stage notes, calls to follow,
notices, end marks and the blocks of podcast pages are excluded with their reason, wherever
they stand; the source's own note on how it was made is kept and shown with the mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_score import placed
from roundtable.readers.source import decode
from roundtable.transcript import load

PANEL = """芯片圆桌
嘉宾：孟涛（曜石科技）、丁雅（北辰资本）

主持人：国产推理芯片现在最大的机会在哪？
孟涛：我觉得是边缘侧，每个场景都需要定制。
{middle}
丁雅：从投资角度，我们也更看边缘。
主持人：那生态的问题怎么解决？
孟涛：只能一点点做，先把主流框架的算子补齐。
{end}
"""


def read(tmp_path: Path, text: str, name: str = "panel.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load(path)


def line_of(text: str, piece: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if piece in line)


@pytest.mark.parametrize("middle", [
    "（掌声）", "[笑声]", "（全场鼓掌）", "▲ 孟涛：边缘侧才是机会", "▲ 孟涛在论坛现场",
    "图为孟涛在沙龙现场。摄影：刘洋", "左起：孟涛、丁雅", "（图：沙龙现场）", "[视频]",
    "点击上方蓝字关注我们", "编者注：以下内容有删节。",
])
def test_a_line_of_matter_between_turns_is_excluded_with_its_reason(tmp_path, middle):
    text = PANEL.format(middle=middle, end="")
    transcript = read(tmp_path, text)
    number = line_of(text, middle)
    assert placed(transcript)[number] == ("excluded", "")
    assert next(e.reason for e in transcript.excluded if e.line == number)
    assert transcript.warnings == ()


@pytest.mark.parametrize("end", [
    "——完——", "—— END ——\n往期推荐\n李娜：我们为什么押注端侧模型\n扫码关注我们",
    "本文由芯火社区整理发布，转载请联系授权。", "感谢阅读，欢迎转发给需要的朋友。",
    "推荐阅读：\n丁雅｜投资人眼里的芯片创业", "图片来源：视觉中国", "芯火社区出品",
])
def test_the_pages_matter_after_the_last_turn_is_never_the_last_speakers(tmp_path, end):
    text = PANEL.format(middle="", end=end)
    transcript = read(tmp_path, text)
    made = placed(transcript)
    for line in end.splitlines():
        assert made[line_of(text, line)] == ("excluded", ""), line
    assert transcript.warnings == ()


@pytest.mark.parametrize("note", ["（本文根据直播速记整理）",
                                  "（文字记录由飞书妙记自动生成，可能存在转写误差）"])
def test_a_note_on_how_the_text_was_made_is_kept_as_the_sources_own(tmp_path, note):
    transcript = read(tmp_path, PANEL.format(middle="", end=note))
    assert transcript.notes == (note,)
    assert "closing" not in placed(transcript).values()


def test_a_short_line_after_the_last_turn_that_may_be_a_note_is_a_warning(tmp_path):
    text = PANEL.format(middle="", end="更多内容见本期节目")
    transcript = read(tmp_path, text)
    number = line_of(text, "更多内容")
    assert placed(transcript)[number] == ("excluded", "") or number in [
        w.line for w in transcript.warnings]


def test_a_hosts_closing_thanks_is_a_closing_remark_not_a_question(tmp_path):
    text = PANEL.format(middle="", end="主持人：好，谢谢两位，今天就到这里。\n（全场鼓掌）")
    transcript = read(tmp_path, text)
    assert [p.text for p in transcript.closing] == ["好，谢谢两位，今天就到这里。"]
    assert transcript.closing_by == ("主持人",)
    assert all(q.answers for q in transcript.questions)


def test_audience_labels_ask_and_never_answer(tmp_path):
    text = PANEL.format(middle="", end="观众A：请问孟总，芯片支持多大的模型？\n孟涛：七十亿参数。\n"
                        "现场观众：两位怎么看小模型？\n丁雅：会分层。\n"
                        "观众（某券商科技部）：最后一个问题，三年后格局如何？\n孟涛：会洗牌。")
    transcript = read(tmp_path, text)
    audience = [q for q in transcript.questions if q.audience]
    assert [q.asker for q in audience] == ["观众A", "现场观众", "观众（某券商科技部）"]
    assert [s.name for s in transcript.speakers] == ["孟涛", "丁雅"]


def test_a_label_one_character_from_a_speakers_asks_did_you_mean(tmp_path):
    text = PANEL.format(middle="", end="主持人：成本呢？\n孟滔：成本还是高。")
    path = tmp_path / "panel.txt"
    path.write_text(text, encoding="utf-8")
    number = line_of(text, "孟滔")
    warning = next(w for w in load(path).warnings if w.line == number)
    assert "did you mean 孟涛?" in warning.message and "aliases: [孟滔]" in warning.hint
    (tmp_path / "panel.yml").write_text(f"confirm: [{number}]\n", encoding="utf-8")
    assert number in [w.line for w in load(path).warnings], "confirming cannot make a 2nd person"
    (tmp_path / "panel.yml").write_text(warning.fix.text + "\n", encoding="utf-8")
    fixed = load(path)
    assert fixed.warnings == () and [s.name for s in fixed.speakers] == ["孟涛", "丁雅"]


def test_big5_is_read_as_big5_not_as_gb18030_mojibake():
    text = "主持人：請問陳教授，「迴圈」的設計有什麼難處？\n陳志明：最難的是測試。\n"
    raw = text.encode("big5")
    raw.decode("gb18030")  # valid GB18030 too: the bytes alone do not say which
    assert decode(raw, "x.txt") == (text, "big5")
    assert decode(text.replace("請問", "请问").encode("gb18030"), "x.txt")[1] == "gb18030"


def test_an_export_without_a_host_label_proposes_the_numbered_host(tmp_path):
    text = "\n".join([
        "周会", "说话人1 00:00:03 那我们开始，先看上个月的数据？",
        "说话人2 00:00:10 转人工率降了三个点。", "说话人1 00:00:40 满意度呢？",
        "说话人3 00:00:46 基本持平。", "说话人1 00:01:05 还有什么问题？",
        "说话人2 00:01:10 物流接口超时。", "说话人1 00:01:50 好，今天就到这。"]) + "\n"
    transcript = read(tmp_path, text)
    warning = next(w for w in transcript.warnings if w.line == 2)
    assert "labels: {说话人1: host}" in warning.hint
    assert [q.asker for q in transcript.questions] == ["说话人1"] * 3, "read as the host, warned"
    (tmp_path / "panel.yml").write_text(warning.fix.text + "\n", encoding="utf-8")
    confirmed = load(tmp_path / "panel.txt")
    assert confirmed.warnings == ()
    assert [q.asker for q in confirmed.questions] == ["说话人1"] * 3
    assert confirmed.closing_by == ("说话人1",)



def test_an_interviewer_named_by_the_publication_and_numbered_sections(tmp_path):
    """A WeChat interview: the publication's name labels the questions (it only asks), and a
    section number alone on its line marks the heading under it."""
    text = "\n".join([
        "深度｜开源大模型的商业化困局", "文｜李想", "", "01", "开源能赚钱吗", "",
        "AI前哨：开源模型公司到底怎么赚钱？", "吴迪：目前主要是三种：云服务、企业版和定制化。",
        "高宁：我补充一点，社区本身不赚钱。", "", "02", "未来一年", "",
        "AI前哨：未来一年，你们最看好什么？", "高宁：小模型和端侧。", "吴迪：垂直领域的开源模型。",
    ]) + "\n"
    transcript = read(tmp_path, text)
    assert [p.title for p in transcript.parts] == ["开源能赚钱吗", "未来一年"]
    assert [q.asker for q in transcript.questions] == ["AI前哨", "AI前哨"]
    assert [s.name for s in transcript.speakers] == ["吴迪", "高宁"]
    assert transcript.warnings == ()
