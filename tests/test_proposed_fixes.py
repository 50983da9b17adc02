"""Every fix the tool proposes decides the file when taken (issue 26, item 9: "every hint
is tested by applying it and building"; done when "100 % after applying the metadata the tool
itself proposes" and "no refusal whose hint does not fix the file"). Each test writes an
invented file, takes the proposal as a curator would, and reads the file again."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_score import _apply_all, placed, with_proposals
from roundtable.model import TranscriptError
from roundtable.readers.turns import unread_label
from roundtable.transcript import load
from transcript_files import write

FORUM = """\
储能的下半场：谁来付钱？

12月3日，某科技媒体“新能源夜话”活动在杭州举行。过去一年，工商业储能项目数量翻了一番，但收益模型仍不清晰。
本场对话由该媒体编辑宋知远主持，嘉宾有：
青禾能源 创始人 韦明川
北辰电网研究院 邵晓岚
以下为对话实录：

宋知远：先请两位谈谈，今年储能行业最大的变化是什么？

青禾能源 韦明川：最大的变化是价格。电芯价格一年降了四成，很多过去算不过账的项目现在能算过来了。

北辰电网研究院 邵晓岚：我看到的是调度方式在变。以前储能是电网的附属，现在它直接参与现货市场。

宋知远：韦明川说价格降了，那利润呢？

韦明川：利润反而更薄了。大家都在抢项目，价格战打得很凶，真正赚钱的是少数。

宋知远：邵晓岚怎么看现货市场的风险？

邵晓岚：风险主要在价格波动。储能靠峰谷价差赚钱，一旦价差收窄，收益就会明显下滑。

宋知远：今天就聊到这里，谢谢两位。
"""

ANSWERS = {11: "韦明川", 13: "邵晓岚", 17: "韦明川", 21: "邵晓岚"}


def _answers(path: Path) -> dict[int, str]:
    made = placed(load(path))
    return {line: who for line, (role, who) in made.items() if role == "answer"}


def test_an_affiliation_and_a_name_before_a_colon_is_proposed_as_a_label_map(tmp_path: Path):
    """青禾能源 韦明川：… after the host's question, which the statistics did not take for a
    label, is read as the host's words with a warning whose fix maps every label of that
    shape to its name (one `labels:` map); taken, each answer is its speaker's."""
    path = write(tmp_path, "forum.txt", FORUM)
    warning = next(w for w in load(path).warnings if w.line == 11)
    assert warning.fix.kind == "metadata"
    assert "青禾能源 韦明川: 韦明川" in warning.fix.text
    assert "北辰电网研究院 邵晓岚: 邵晓岚" in warning.fix.text
    _apply_all(path, [(warning.line, warning.fix)])
    assert _answers(path) == ANSWERS


def test_a_report_readers_refusal_of_a_labelled_record_proposes_the_reader_that_decides(
        tmp_path: Path):
    """Read as a report (here forced), the record of labelled turns is refused at its first
    unattributed paragraph; the fix is `format: dialogue`, not a reporting verb put before
    one line. Taken, with the warnings' fixes after it, every answer is its speaker's."""
    path = write(tmp_path, "forum.txt", FORUM)
    path.with_suffix(".yml").write_text("format: reported\n", encoding="utf-8")
    with pytest.raises(TranscriptError) as refused:
        load(path)
    assert refused.value.fix.text == "format: dialogue"
    (tmp_path / "taken").mkdir()
    proposed = with_proposals(path, tmp_path / "taken")
    assert not isinstance(proposed, str), proposed
    made = placed(proposed.transcript)
    assert {line: who for line, (role, who) in made.items() if role == "answer"} == ANSWERS


@pytest.mark.parametrize("text", ["原因有三点：第一，成本。", "我觉得 这个问题：很难说。",
                                  "举个例子 比如说：电池。", "2024 年 12 月：发布。"])
def test_running_text_with_a_colon_is_no_affiliation_label(text: str):
    assert unread_label(text) is None


NOTES = """\
访谈记录：城市更新中的社区规划

主持人：今天想请您聊聊老旧小区改造。先请您介绍一下自己的工作。
林晓舟：我在街道做社区规划，已经六年了。
主持人：您平时主要做什么？
林晓舟：主要是协调居民和设计单位，开很多会。
Q：改造中居民最关心什么？
A：最关心的是加装电梯和停车，这两件事几乎每个小区都要吵。
Q：那分歧怎么解决？
A：靠议事会。我们每周开一次，居民代表投票，结果公示。
主持人：好，谢谢您。
"""


def test_answers_under_a_bare_answer_marker_propose_the_files_one_answerer(tmp_path: Path):
    """林晓舟 answers first, then the notes switch to Q：/A：. The answers under A are not
    published under a letter without a word: a warning proposes `labels: {A: 林晓舟}`, the
    file's one other answerer; taken, every answer is 林晓舟's."""
    path = write(tmp_path, "notes.txt", NOTES)
    path.with_suffix(".yml").write_text("format: dialogue\n", encoding="utf-8")
    warning = next(w for w in load(path).warnings if "answer marker" in w.message)
    assert warning.line == 8
    _apply_all(path, [(warning.line, warning.fix)])
    assert _answers(path) == {4: "林晓舟", 6: "林晓舟", 8: "林晓舟", 10: "林晓舟"}


UNLABELLED_ANSWER = """\
社区养老座谈

主持人：街道最缺的是什么？
最缺的是人。护理员工资低，留不住，我们每年都在招。
程静：还有场地，老人活动中心太小。
主持人：谢谢。
"""


def test_a_fix_that_guesses_who_speaks_is_a_question_never_taken_unchecked(tmp_path: Path):
    """The paragraph under the host's question opens with no label: the file does not say
    whose it is, and the hint's label is its example (张伟, named nowhere in the file). That
    fix is marked a guess: taking every proposal leaves the line warned at, where it was,
    instead of publishing it as the words of a person the tool made up."""
    path = write(tmp_path, "forum.txt", UNLABELLED_ANSWER)
    warning = next(w for w in load(path).warnings if w.line == 4)
    assert warning.fix.kind == "label" and warning.fix.guess
    (tmp_path / "taken").mkdir()
    proposed = with_proposals(path, tmp_path / "taken")
    assert not isinstance(proposed, str), proposed
    made = placed(proposed.transcript)
    assert made[4] == ("question", "主持人")
    assert 4 in proposed.warned
    assert "张伟" not in {s.name for s in proposed.transcript.speakers}


ENCLOSED_POSTS = """\
社区养老论坛实录

主持人：欢迎各位。今天请到两位嘉宾，先请各位介绍一下自己。
[东湖街道 养老服务中心主任 程静]大家好，我是程静，在街道做了八年养老服务。
[青松护理 创始人 贺一鸣]我是贺一鸣，我们做上门护理。
主持人：程主任，街道最缺的是什么？
程静：最缺的是人。护理员工资低，留不住。
主持人：贺总呢？
贺一鸣：我们最缺的是稳定的订单，老人家里往往只买一两次。
主持人：谢谢两位。
"""


def test_a_post_and_a_name_in_brackets_after_the_hosts_turn_proposes_the_label_map(
        tmp_path: Path):
    """The host asks the guests to introduce themselves (no question mark), and each
    introduction opens with its speaker's post and name in brackets, a shape the statistics
    did not take for a label: read as the host's words, with a warning whose `labels:` map
    reads every such label (also 【…】 and 〔…〕 in forum records); taken, each
    introduction is its speaker's."""
    path = write(tmp_path, "forum.txt", ENCLOSED_POSTS)
    warning = next(w for w in load(path).warnings if w.line == 4)
    assert "东湖街道 养老服务中心主任 程静: 程静" in warning.fix.text
    assert "青松护理 创始人 贺一鸣: 贺一鸣" in warning.fix.text
    _apply_all(path, [(warning.line, warning.fix)])
    assert _answers(path) == {4: "程静", 5: "贺一鸣", 7: "程静", 9: "贺一鸣"}
