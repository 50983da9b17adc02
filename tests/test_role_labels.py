"""Labels that are roles or aliases, not names (issue 26, items 5 and 6): a header's role keys
name their people whatever the name's shape (a guest key with a word before 嘉宾, a name set
apart by spaces between an organisation and a position, a host's stage name that opens turns);
an answer role's label (答：) is the one guest the file names; someone who asks and never
answers keeps their follow-ups and thanks as questions; a label that says how a turn comes in
(…补充：) is its person's."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.readers.base import label_name
from roundtable.readers.identity import people_stated
from roundtable.readers.labels import split_label
from roundtable.transcript import parse
from transcript_files import write


def roles(transcript: Transcript) -> dict[int, tuple[str, str]]:
    """Each line's (role, speaker's name) as the model has it."""
    names = {s.id: s.name for s in transcript.speakers}
    found: dict[int, tuple[str, str]] = {}
    for part in transcript.parts:
        for question in part.questions:
            for line in question.lines:
                found[line] = ("question", names.get(question.asker, question.asker or ""))
            for answer in question.answers:
                for paragraph in answer.paragraphs:
                    found[paragraph.line] = ("answer", names[answer.speaker])
    return found


def test_header_keys_name_a_guest_between_organisation_and_position_and_a_host_by_stage_name():
    people = people_stated(["主持：阿杰　　对话嘉宾：星火研究院 韩立 研究员",
                            "阿杰：欢迎收听。"])
    assert people.get("阿杰") == {"主持"}, "a stage name the file's turns open with"
    assert "韩立" in people, "the one name among spaced words under a guest key"
    assert "阿杰" not in people_stated(["主持：阿杰"]), "a bare word that opens no turn"


def test_spaced_items_under_any_list_key_name_their_people():
    people = people_stated(["评审组：组长 任川 研究员；成员 葛蓝 副教授、"
                            "孔方 高级工程师（某研究所）"])
    assert {"任川", "葛蓝", "孔方"} <= set(people)
    assert "研究员" in people["任川"]


def test_a_podcast_host_known_by_a_stage_name_asks_and_a_titled_alias_is_the_listed_guest(
        tmp_path: Path):
    path = write(tmp_path, "podcast.txt", "《夜谈AI》第12期文字稿\n"
                 "主持：阿杰　　对话嘉宾：星火研究院 韩立 研究员\n\n"
                 "阿杰：欢迎收听夜谈，今天请到了星火研究院的韩立。韩老师，训练一个大模型最贵的是哪一块？\n"
                 "韩老师：主要是算力。一次完整的预训练要占满几千张卡好几个月，电费和折旧加起来是大头，"
                 "其次才是人。\n"
                 "阿杰：那数据呢？清洗数据是不是也很花钱？\n"
                 "韩老师：也花钱，但和算力比是小头。真正难的是数据的质量，而不是数量，这一点很多团队"
                 "走了弯路。\n"
                 "阿杰：今天就聊到这里，感谢韩老师，我们下期再见。\n")
    read = roles(parse(path))
    assert read[4] == ("question", "阿杰")
    assert read[5] == ("answer", "韩立")
    assert read[6] == ("question", "阿杰")
    assert read[7] == ("answer", "韩立")


def test_an_answer_role_label_is_the_one_guest_and_several_askers_by_alias(tmp_path: Path):
    path = write(tmp_path, "interview.txt", "技术岗复试记录\n"
                 "嘉宾：周小溪\n"
                 "考官：人事部 沈梅 经理、平台部 白朗 工程师\n\n"
                 "沈经理：请先讲讲你在上一家公司负责的系统，规模有多大？\n"
                 "答：我负责订单系统的后端，高峰每秒大约两万笔请求，团队六个人。\n"
                 "白工：你们的发布流程是怎么做的？出过回滚失败吗？\n"
                 "答：我们用灰度发布，先放百分之一的流量。回滚失败出过一次，是数据库迁移不可逆导致的。\n"
                 "白工：后来怎么改的？\n"
                 "答：迁移脚本都要求写反向脚本，并且在预发环境演练一遍才能上线。\n")
    read = roles(parse(path))
    assert read[6] == ("answer", "周小溪")
    assert read[8] == ("answer", "周小溪")
    assert read[10] == ("answer", "周小溪")
    assert read[7][0] == "question" and read[9][0] == "question"


def test_a_caller_who_never_answers_keeps_a_follow_up_and_thanks_as_questions(tmp_path: Path):
    path = write(tmp_path, "callin.txt", "健康热线第40期\n"
                 "主持人：林可\n嘉宾：何静 主任医师\n\n"
                 "林可：欢迎收听健康热线，今天请到了何静主任。我们先接进第一位听众。\n"
                 "广州听众：何主任您好，我母亲血压一直偏高，早上吃药还是晚上吃药更好？\n"
                 "何静：要看是哪一类药。长效的一般早上吃，如果夜里血压高，可以在医生指导下改到晚上。\n"
                 "广州听众：那如果忘了吃，第二天要补吗？\n"
                 "何静：不要加倍补，按平常的时间吃当天的量就好，漏服的事记下来，复诊时告诉医生。\n"
                 "广州听众：明白了，谢谢何主任！\n"
                 "林可：感谢这位听众。何主任，最后给大家一个建议吧？\n"
                 "何静：家里备一个上臂式血压计，每天固定时间量，记下来。\n"
                 "林可：感谢何主任，我们下期再见。\n")
    read = roles(parse(path))
    assert read[7] == ("answer", "何静")
    assert read[8][0] == "question", "a follow-up after the caller's answered question"
    assert read[9] == ("answer", "何静")
    assert read[10][0] == "question", "the caller's thanks, not an answer"


def test_a_label_that_says_how_the_turn_comes_in_is_its_persons():
    label, rest = split_label("王芳（顾问）补充：我再补一句数据。")
    assert label == "王芳（顾问）补充" and rest == "我再补一句数据。"
    assert label_name(label)[0] == "王芳"
    assert label_name("李明插话")[0] == "李明"
    assert label_name("问题补充")[0] == "问题补充", "no name before the verb: left as written"


def test_a_bare_asking_word_before_the_colon_is_a_label_not_a_sentence():
    from roundtable.readers.labels import running_text
    assert not running_text("問"), "問： alone opens a turn (the Q&A convention)"
    assert not running_text("答")
    assert running_text("他問") and running_text("记者问"), "someone asked: running text"


def test_a_traditional_q_and_a_whose_asking_label_is_one_word_reads_its_questions(
        tmp_path: Path):
    path = write(tmp_path, "trad.txt", "林佩君談開源晶片設計\n\n"
                 "問：您當初為什麼從業界回到學校？\n"
                 "林佩君：我想做一些不用考慮季度營收的研究。開源晶片就是這樣的題目。\n"
                 "問：學生的反應如何？\n"
                 "林：比我預期的好。有一組學生做出了能跑Linux的處理器。\n"
                 "問：下一步呢？\n"
                 "林：希望和晶圓廠合作，讓學生的設計真的能下線。\n")
    read = roles(parse(path))
    assert [read[line][0] for line in (3, 5, 7)] == ["question"] * 3
    assert [read[line] for line in (4, 6, 8)] == [("answer", "林佩君")] * 3


def test_someone_whose_every_turn_asks_is_the_asker_beside_two_who_answer(tmp_path: Path):
    path = write(tmp_path, "salon.txt", "芯片沙龙答疑记录\n\n"
                 "方若溪：国产GPU的软件栈现在能跑主流框架吗？\n"
                 "韩东：大部分能跑，算子覆盖率在九成左右，剩下的要手写。\n"
                 "严启明：我们实测也差不多，训练比推理难一些。\n"
                 "方若溪：那手写算子的门槛高吗？招人难不难？\n"
                 "严启明：门槛不低，要懂体系结构。我们团队招人时最看重这一点。\n"
                 "韩东：补充一句，社区的文档这两年好了很多，新人上手快了。\n")
    read = roles(parse(path))
    assert read[3] == ("question", "方若溪") and read[6] == ("question", "方若溪")
    assert read[4] == ("answer", "韩东") and read[7] == ("answer", "严启明")


REVIEW = ("青年基金答辩会记录\n\n"
          "评审专家：\n"
          "专家A　孔令仪　华东理工大学教授\n"
          "专家B　方以衡　国家超算中心研究员\n"
          "主持人：吴佳\n\n"
          "== 项目一　面向边缘设备的稀疏推理 ==\n"
          "专家A：你们说能耗降了一半，对比的基线是什么？用的是同一块板子吗？\n"
          "周牧野（申请人）：基线是官方运行时，板子是同一块，功耗仪接在电源端测的。\n"
          "专家B：稀疏度提高以后精度掉了多少？\n"
          "周牧野：在三个任务上平均掉了零点八个点，我们认为可以接受。\n"
          "专家A：那开源计划呢？\n"
          "课题组：代码和模型在结题前全部开源，协议用 Apache 2.0。\n"
          "孔老师：好，清楚了。\n"
          "== 项目二　低资源语种的语音识别 ==\n"
          "专家B：数据从哪里来？有没有授权问题？\n"
          "韩溪（申请人）：和两所民族大学合作录制，每位发音人都签了授权书。\n"
          "方老师：录了多少小时？\n"
          "韩溪：目前三百二十小时，明年计划到一千小时。\n"
          "主持人：两个项目答辩结束，感谢两位专家。\n")


def test_a_roster_row_set_with_wide_gaps_maps_its_label_to_the_person():
    from roundtable.readers.identity import keyed_map
    rows = ["专家A　孔令仪　华东理工大学教授", "Juror 2\tJane Roe\tpartner"]
    assert keyed_map(rows, ["专家A", "Juror 2"]) == {"专家A": "孔令仪", "Juror 2": "Jane Roe"}
    assert keyed_map(["专家A说孔令仪讲得对"], ["专家A"]) == {}, "no gap: a sentence"


def test_a_title_between_rules_is_a_heading():
    from roundtable.readers.base import heading_marker
    assert heading_marker("== 项目一　稀疏推理 ==") == "项目一　稀疏推理"
    assert heading_marker("—— 下半场 ——") == "下半场"
    assert heading_marker("—— 这句话没有收尾") is None


def test_reviewers_known_by_a_roster_ask_and_applicants_answer_under_any_label(tmp_path: Path):
    """Reviewers labelled by number whom a roster names (then called 孔老师), applicants
    with their role in brackets, a one-off 课题组 answering a question (warned: who?), a host
    who only closes: the first exchange is no opening, and the reviewers' turns ask."""
    transcript = parse(write(tmp_path, "review.txt", REVIEW))
    read = roles(transcript)
    assert read[9] == ("question", "孔令仪"), "the first exchange is the session, no intro"
    assert read[10] == ("answer", "周牧野")
    assert read[11] == ("question", "方以衡") and read[19] == ("question", "方以衡")
    assert read[12] == ("answer", "周牧野") and read[20] == ("answer", "韩溪")
    assert read[14][0] == "answer" and read[14][1] != "孔令仪", "课题组 answers, not 孔"
    assert read[15][1] == "孔令仪", "孔老师 is the roster's 孔令仪"
    assert any(w.line == 14 for w in transcript.warnings), "who 课题组 is: warned"


def test_a_label_that_resolves_to_a_listed_person_is_not_taken_for_a_slip_of_their_name(
        tmp_path: Path):
    """林工 read as the listed 林朗 differs from 林朗 by one character, but it is an alias the
    file resolved (and opens two turns), not a mistyped name: no 'did you mean' warning."""
    path = write(tmp_path, "review.txt", "方案评审纪要\n"
                 "汇报人：韦青\n"
                 "评审：平台部 林朗 工程师\n\n"
                 "林工：这个方案的峰值流量按多少估的？\n"
                 "韦青：按去年双十一的三倍估，每秒六万次。\n"
                 "林工：缓存失效的时候数据库扛得住吗？\n"
                 "韦青：扛不住，所以加了限流，失效时只放一成请求进库。\n")
    transcript = parse(path)
    assert not any("did you mean" in w.message for w in transcript.warnings)


def test_a_two_character_name_with_its_title_under_any_header_key_names_the_alias(
        tmp_path: Path):
    """点评：孔岚教授（…） under a key no list of keys knows: 孔教授 in the turns is 孔岚."""
    assert "孔岚" in people_stated(["点评：孔岚教授（材料学院）"])
    path = write(tmp_path, "seminar.txt", "博士生学术沙龙第三期\n"
                 "报告：马骁\n"
                 "点评：孔岚教授（材料学院）\n\n"
                 "马骁：我今天讲固态电解质的界面问题，主要是锂枝晶怎么抑制。\n"
                 "孔教授：你用的涂层在高温下稳定吗？\n"
                 "马骁：八十度以内稳定，再高会开裂，我们还在换配方。\n"
                 "孔教授：开裂以后电池还能用多久？\n"
                 "马骁：大约再循环两百次，容量就掉到八成以下了。\n")
    read = roles(parse(path))
    assert read[6] == ("question", "孔岚") and read[8] == ("question", "孔岚")
    assert read[7] == ("answer", "马骁")
