"""Records where a post and a name label a turn, and narrative shapes (issue 26, items 4, 5
and 8): the convention of Chinese official records, a unit and a post, a full-width space,
then the name (某局副局长　王某某：); a participants table in a Word document; one narrator
with the interviewer's questions in brackets."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.readers.labels import split_label
from roundtable.transcript import parse
from transcript_files import write


def said(transcript: Transcript) -> list[tuple[int, str]]:
    names = {s.id: s.name for s in transcript.speakers}
    return [(p.line, names[a.speaker]) for _, _, a, p in transcript.passages()]


def asked(transcript: Transcript) -> list[tuple[int, str]]:
    return [(q.line, q.asker) for part in transcript.parts for q in part.questions if q.asker]


# A county education bureau's symposium: posts before names, the host's role word first.
SYMPOSIUM = """县域教育数字化座谈会记录
主持人　县教育局办公室主任　米兰芝：各位校长好，今天请大家谈谈平板进课堂的情况。先请城关中学。
城关中学副校长　宓晓东：我们用了一年，作业批改快了很多，但老师的备课量也上去了。
米兰芝：备课量上去了，学校有什么办法？
宓晓东：我们在做共享的课件库，一个年级一套。
米兰芝：乡镇学校有什么不一样的困难？
河口镇中心小学校长　禤国平：网络是第一道坎，下雨天经常断。
米兰芝：谢谢两位，今天就到这里。
"""


def test_a_post_then_a_full_width_space_then_a_name_labels_that_person(tmp_path):
    transcript = parse(write(tmp_path, "座谈会.txt", SYMPOSIUM))
    assert said(transcript) == [(3, "宓晓东"), (5, "宓晓东"), (7, "禤国平")]
    assert {q.asker for part in transcript.parts for q in part.questions} == {"米兰芝"}, \
        "主持人 before the post says who hosts, and so does her bare name later"


def test_words_before_a_full_width_space_are_no_label_when_no_name_follows():
    from roundtable.readers.identity import positioned_person

    assert positioned_person("会议议程　第一项") is None, "第一项 is no name"
    assert positioned_person("原因有三点　第一") is None
    assert positioned_person("某某保险股份有限公司智能驾驶保险事业部总经理　宓蕴") == "宓蕴"
    assert positioned_person("某学会秘书长　米兰芝", ["米兰芝"]) == "米兰芝", \
        "a name the file states, whatever its surname"


def write_docx_with_roster(path: Path, turns: list[str], roster: list[list[str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("校企合作交流会")
    table = document.add_table(rows=len(roster), cols=len(roster[0]))
    for row, cells in zip(table.rows, roster, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for turn in turns:
        document.add_paragraph(turn)
    document.save(str(path))
    return path


def test_a_word_tables_list_of_who_takes_part_is_set_aside_not_read_as_turns(tmp_path):
    path = write_docx_with_roster(tmp_path / "交流会.docx", [
        "主持人：欢迎各位。蔺老师，实习岗位今年够吗？",
        "蔺嘉树：不太够，我们还缺三十个。",
        "主持人：企业这边呢？",
        "甘若溪：我们可以再开二十个岗位。",
        "主持人：谢谢两位。",
    ], [["姓名", "单位"], ["蔺嘉树", "某职业技术学院"], ["甘若溪", "某某制造公司"]])
    transcript = parse(path)
    # Paragraphs: title 1, the table's six cells 2-7, then the turns from 8.
    assert said(transcript) == [(9, "蔺嘉树"), (11, "甘若溪")]
    assert {e.line for e in transcript.excluded} >= set(range(2, 8))


def test_a_word_table_with_a_column_of_words_said_is_no_list_of_who_takes_part(tmp_path):
    from roundtable.readers.containers import read_source

    path = write_docx_with_roster(tmp_path / "记录.docx", ["（完）"],
                                  [["发言人", "内容"], ["蔺嘉树", "不太够。"]])
    assert not any("takes part" in why for _, why in read_source(path).set_aside)


# A first-person account: the byline names who tells it and who asked; the questions stand
# in brackets between the narrator's paragraphs.
ACCOUNT = """我在海岛上修了二十年灯塔
讲述人：符海生　　采访：特约撰稿人　宓小禾

那年我二十三岁，坐了两天船才到岛上。岛上没有淡水，靠雨水和补给船。
（问：一个人守岛，最难熬的是什么？）
是台风天。灯不能灭，发电机坏了就得摸黑去修，浪打上来站都站不住。
（众笑）
后来换了太阳能板，活儿轻了一半。我常跟徒弟说，灯亮着，船就知道家在哪。
（问：现在还回岛上吗？）
每年清明都回去，看看灯，也看看老伙计们。
"""


def test_an_account_told_by_one_person_reads_the_bracketed_questions_as_the_interviewers(
        tmp_path):
    transcript = parse(write(tmp_path, "自述.txt", ACCOUNT))
    assert said(transcript) == [(4, "符海生"), (6, "符海生"), (8, "符海生"), (10, "符海生")]
    assert asked(transcript) == [(5, "宓小禾"), (9, "宓小禾")]
    assert 7 in {e.line for e in transcript.excluded}, "（众笑） is a stage note"


def test_a_transcribing_programs_log_lines_around_timed_records_are_set_aside(tmp_path):
    text = ("模型训练经验分享\n"
            "[00:00:01.000 --> 00:00:04.000] 主持人：欢迎岑立。训练最难的是什么？\n"
            "[00:00:04.000 --> 00:00:09.000] 岑立：是数据清洗。\n"
            "[00:00:09.000 --> 00:00:12.000] 主持人：谢谢。\n"
            "asr_print_stats:     total time = 1200.00 ms\n")
    transcript = parse(write(tmp_path, "asr.txt", text))
    assert said(transcript) == [(3, "岑立")]
    assert 5 in {e.line for e in transcript.excluded}


# A museum's opening reported entry by entry: most entries are the blog's own account, a few
# open with a speaker's label.
MUSEUM_OPENING = """滨江古籍馆新馆开馆图文实况
09:10 开馆仪式定于9:30开始，观众在门口排队。
09:25 馆长卜岚走上台阶，和工作人员握手。
09:31 卜岚：我们等这一天等了六年，欢迎大家回家读书。
09:34 新馆藏书共计八十万册，其中善本一万两千册。
09:38 展厅灯光亮起，第一批观众入场。
09:40 修复师梅若溪：每一页纸都要先测酸度，再决定怎么补。
09:45 仪式结束，观众自由参观。
"""


def test_a_live_blogs_entries_are_read_one_by_one_its_own_account_never_a_speakers(tmp_path):
    transcript = parse(write(tmp_path, "开馆.txt", MUSEUM_OPENING))
    assert said(transcript) == [(4, "卜岚"), (7, "梅若溪")]
    # (The entry after 卜岚's words is the blog's figure, not 卜岚 going on.)
    assert {5, 6, 8} <= {e.line for e in transcript.excluded}


def test_a_clock_times_colon_inside_a_sentence_is_no_label():
    assert split_label("开馆仪式定于9:30开始，观众在门口排队。") == (
        "", "开馆仪式定于9:30开始，观众在门口排队。")
    assert split_label("卜岚：定于9:30开始。") == ("卜岚", "定于9:30开始。")


# A radio documentary's script: frame timecodes, a tag that carries the speaker's label on
# its line (【录音】名：…) and tags that never do (【旁白】 voice-over, 【音效】 sound).
RADIO_SCRIPT = """《城市声音》第12期　播出稿
[00:00:05:00]【旁白】清晨五点，老城区的早市已经开张
[00:00:11:12]【音效】三轮车铃声，吆喝声
[00:00:15:03]【录音】邱建华（菜贩）：我在这条街卖菜二十年了，街坊都认得我。
[00:00:24:20]【旁白】今年，早市要搬进新建的市场大楼。
[00:00:30:00]【录音】主持人：搬进去以后，租金会涨吗？
[00:00:33:08]【录音】苗慧（市场管理处）：头两年租金减半，摊位按抽签分。
[00:00:41:00]【旁白】早市的声音，还会在老城区响多久？
[00:00:47:15]【录音】邱建华：搬就搬吧，人在，街坊就在。
"""


def test_a_broadcast_scripts_tags_say_which_records_are_speech_and_its_frames_are_times(
        tmp_path):
    transcript = parse(write(tmp_path, "广播稿.txt", RADIO_SCRIPT))
    assert said(transcript) == [(4, "邱建华"), (7, "苗慧"), (9, "邱建华")]
    assert asked(transcript) == [(6, "主持人")]
    assert {2, 3, 5, 8} <= {e.line for e in transcript.excluded}
    times = {p.line: p.time for _, _, _, p in transcript.passages()}
    assert times[4] == "00:00:15"


# A lecture with questions, a visiting guest rendered by an interpreter the header names.
INTERPRETED_TALK = """海洋观测技术交流会
主持人：韦晓岚
主讲嘉宾：Ingrid Solberg（挪威海洋研究所）
口译：龚雪

韦晓岚：Ingrid，浮标的数据多久回传一次？
Ingrid Solberg：Every ten minutes when the sea is calm.
龚雪：海况平稳的时候每十分钟回传一次。
Ingrid Solberg：During storms we switch to hourly summaries.
龚雪：风暴期间我们改成每小时发一次汇总。
韦晓岚：谢谢，今天就到这里。
"""


def test_an_interpreter_the_file_names_by_her_role_renders_the_speaker_before(tmp_path):
    transcript = parse(write(tmp_path, "交流会.txt", INTERPRETED_TALK))
    assert said(transcript) == [(7, "Ingrid Solberg"), (8, "Ingrid Solberg"),
                                (9, "Ingrid Solberg"), (10, "Ingrid Solberg")]


# A press briefing: the spokesman opens with a welcome that hands the floor to the minister
# for a statement, and later takes the questions.
BRIEFING = """市卫健委疫苗接种工作新闻通气会
新闻发言人　祁海鸥：各位记者朋友，上午好！欢迎参加今天的通气会。下面先请市卫健委主任左文川介绍情况。
市卫健委主任　左文川：今年全市累计接种流感疫苗一百二十万剂，比去年增加两成。
祁海鸥：谢谢左主任。下面请记者提问。
晨报记者：老年人接种点会增加吗？
左文川：会，每个街道再增加一个。
晚报记者：学生接种怎么安排？
左文川：由学校统一组织。
祁海鸥：今天的通气会到此结束，谢谢大家。
"""


def test_the_hosts_welcome_that_hands_the_floor_over_before_any_question_is_the_intro(
        tmp_path):
    transcript = parse(write(tmp_path, "通气会.txt", BRIEFING))
    assert said(transcript) == [(3, "左文川"), (6, "左文川"), (8, "左文川")]
    assert 2 in {p.line for p in transcript.intro}


# A factory visit written up as an interview: the plant manager answers, and the engineer
# beside him chimes in once in brackets before answering under his own label later.
FACTORY = """探访一家做光伏支架的工厂
记者：你们的订单现在主要来自哪里？

厂长司徒敏：一半是海外，中东和拉美多一些。

（李工插话：中东的项目对防风沙的要求特别高，我们为此改过三次涂层。）

司徒敏：对，涂层这块是我们的看家本事。

记者：工人够用吗？

李工：焊工最缺，年轻人不太愿意干。
"""


def test_an_aside_in_brackets_naming_a_speaker_of_the_file_is_their_words(tmp_path):
    """（李工插话：…） between two of 司徒敏's turns: the brackets name 李工, who speaks under
    his own label in the file, chiming in: his words, not a stage direction left out and not
    司徒敏's."""
    transcript = parse(write(tmp_path, "探访.txt", FACTORY))
    assert (6, "李工") in said(transcript)
    assert (8, "司徒敏") in said(transcript)


PRESS = """Harbour authority press briefing
MODERATOR: First question, please.
REPORTER: When will the new berth open?
DIRECTOR OKONJO: The dredging finishes in March, so we expect the first ship in May.
(ENGINEER PATEL, interjecting: Weather permitting; the spring tides can cost us two weeks.)
DIRECTOR OKONJO: Yes, weather permitting.
REPORTER: And the cost?
ENGINEER PATEL: About forty million, within the budget.
MODERATOR: Thank you all.
"""


def test_an_interjection_in_brackets_in_an_english_record_is_the_speakers(tmp_path):
    """(ENGINEER PATEL, interjecting: …): the same convention in an English briefing."""
    transcript = parse(write(tmp_path, "briefing.txt", PRESS))
    credited = dict(said(transcript))
    assert credited.get(5) and "PATEL" in credited[5].upper()
