"""Meeting, chat and research exports read by their own regularities (round 15 of issue 26):
a spreadsheet's header that names its speaker and time columns but calls the text by another
word, rows whose speaker the export leaves empty or marks unsure, a numbered voice among named
ones that names itself, chat display names with what their owners add, and what a chat export
holds that is nobody's words. Each rule on a small invented file."""

from __future__ import annotations

from roundtable.readers.base import label_name
from roundtable.transcript import load, parse
from test_corpus import apply_fix
from test_identity import said, write

# A coded study interview saved from a spreadsheet: a title row, a row stating the codes,
# then a header whose text column is called by a word no list holds (逐字记录).
CODED = (
    "社区团购团长访谈（匿名）\t\t\t\t\n"
    "访谈者：M = 周岩；受访者：P2（团长）\t\t\t\t\n"
    "编号\t序号\t说话人\t时间\t逐字记录\n"
    "T11\t1\tM\t00:00:05\t您做团长多久了？每天大概花多少时间在群里？\n"
    "T11\t2\tP2\t00:00:12\t两年多了。早上七点开始接龙，晚上十点才能歇，中间还要去仓库点货。\n"
    "T11\t3\tM\t00:00:40\t最累的是哪一块？\n"
    "T11\t4\tP2\t00:00:45\t售后。少一颗葱都要来找你，平台又不管，只能自己先垫钱赔给人家。\n"
    "T11\t5\tP2?/家属\t00:01:10\t（旁边有人说话）妈，货车到了。\n"
    "T11\t6\tM\t00:01:20\t那您觉得平台应该怎么改？\n"
    "T11\t7\tP2\t00:01:26\t售后的钱平台先出，再去找供货的人要，别什么都压给团长。\n"
)


def test_a_header_naming_speaker_and_time_names_its_columns_whatever_it_calls_the_text(
        tmp_path):
    """The text is the longest column the header leaves unnamed, never the interview's code
    column beside the speaker's (every row T11: one speaker, read wrongly)."""
    transcript = parse(write(tmp_path, "coded.tsv", CODED))
    who = dict(said(transcript))
    assert who[5] == "P2" and who[7] == "P2"
    assert "T11" not in who.values()
    asked = [q.lines[0] for part in transcript.parts for q in part.questions]
    assert 4 in asked and 6 in asked


def test_a_row_whose_speaker_the_export_marks_unsure_warns_and_its_confirmation_builds(
        tmp_path):
    path = write(tmp_path, "coded.tsv", CODED)
    transcript = load(path)
    unsure = [w for w in transcript.warnings if w.line == 8]
    assert unsure and "unsure" in unsure[0].message
    (tmp_path / "fixed").mkdir()
    fixed = load(apply_fix(path, unsure[0].fix, 8, tmp_path / "fixed"))
    assert not [w for w in fixed.warnings if w.line == 8]


# A transcription service's CSV with numbered voices, one renamed, one not; one row empty.
DIARIZED = (
    "文本,说话人,开始\n"
    "欢迎两位。先请何老师讲讲这个项目是怎么开始的？,说话人1,00:00:01\n"
    "最早是帮县里做病虫害识别，后来发现农户更需要的是什么时候打药。,何静,00:00:09\n"
    "那模型主要是谁在训？,说话人1,00:00:30\n"
    "嗯，我是雷鸣，组里的博士后，模型这块主要是我在弄。,说话人2,00:00:34\n"
    "数据呢？数据从哪儿来？,说话人1,00:00:50\n"
    "合作社的无人机每天飞一遍，我们拿回来标注。,说话人2,00:00:55\n"
    "其实标注这件事最费劲，我们请了当地的学生。,,00:01:10\n"
    "好，谢谢两位。,说话人1,00:01:30\n"
)


def test_a_numbered_voice_among_named_ones_that_names_itself_is_that_person_with_a_warning(
        tmp_path):
    path = write(tmp_path, "diarized.csv", DIARIZED)
    transcript = load(path)
    who = dict(said(transcript))
    assert who[5] == "雷鸣" and who[7] == "雷鸣"
    named = [w for w in transcript.warnings if w.line == 5]
    assert named and "labels: {说话人2: 雷鸣}" in named[0].hint


def test_a_row_the_export_leaves_without_a_speaker_warns_instead_of_continuing_silently(
        tmp_path):
    path = write(tmp_path, "diarized.csv", DIARIZED)
    transcript = load(path)
    empty = [w for w in transcript.warnings if w.line == 8]
    assert empty and "names no speaker" in empty[0].message
    (tmp_path / "fixed").mkdir()
    fixed = load(apply_fix(path, empty[0].fix, 8, tmp_path / "fixed"))
    assert not [w for w in fixed.warnings if w.line == 8]


def test_a_chat_display_name_is_its_owner_without_the_org_after_at_or_the_emoji_around_it():
    assert label_name("孔繁星@北辰资本")[0] == "孔繁星"
    assert label_name("🍀 唐果")[0] == "唐果"
    assert label_name("唐果✨")[0] == "唐果"
    assert label_name("@孔繁星")[0] == "孔繁星"


# A chat export: headers with a date, a time and a display name; stickers, a picture, a
# shared card, an app's notice naming a member in quotes, and a reply quoting a message.
CHAT = """\
读书会群聊记录
2023-11-02 21:00:03 阿澄（群主）
今晚请到了钟岚老师，聊聊她的新书。钟老师，先说说为什么写这本书？
2023-11-02 21:00:40 钟岚🌙
[抱拳]
2023-11-02 21:01:05 钟岚🌙
起因是我外婆的一本旧账本，里面记了四十年的菜价。
2023-11-02 21:01:30 钟岚🌙
[图片]
2023-11-02 21:02:10 群助手
"钟岚🌙" 撤回了一条消息
2023-11-02 21:03:00 小鹿@出版社
这本书写了多久？
「钟岚🌙：起因是我外婆的一本旧账本，里面记了四十年的菜价。」
2023-11-02 21:03:40 钟岚🌙
三年，中间推翻过两次。
2023-11-02 21:04:10 钟岚🌙
[链接] 新书预售｜旧账本里的四十年
2023-11-02 21:05:00 阿澄（群主）
谢谢钟老师，今晚就到这里。
"""


def test_what_a_chat_export_holds_that_is_nobodys_words_is_set_aside(tmp_path):
    transcript = parse(write(tmp_path, "chat.txt", CHAT))
    spoken = {line for line, _ in said(transcript)}
    spoken |= {n for part in transcript.parts for q in part.questions for n in q.lines}
    reasons = {e.line: e.reason for e in transcript.excluded}
    for line, kind in ((5, "placeholder"), (9, "placeholder"), (11, "notice"),
                       (14, "quotation"), (18, "card")):
        assert line not in spoken, line
        assert kind in reasons[line], (line, reasons[line])
    assert {who for _, who in said(transcript)} == {"钟岚"}, "钟岚🌙 is 钟岚"
