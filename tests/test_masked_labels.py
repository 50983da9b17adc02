"""Masked or anonymised ids as labels: platforms hide a phone number or a user id behind stars
(``用户138****5678``, ``网友***``, ``投资者 1**********6``); such a label is the asker's, its
stars its own, never bold markup, and the words after it are never the previous speaker's."""

from __future__ import annotations

from pathlib import Path

from roundtable.readers.labels import split_label, unbold
from roundtable.transcript import parse
from transcript_files import write


def test_a_masked_id_before_a_colon_is_a_label_with_its_stars():
    assert split_label("用户138****5678：请问续航多久？") == ("用户138****5678", "请问续航多久？")
    assert split_label("网友***：我想问一下价格") == ("网友***", "我想问一下价格")
    assert split_label("Caller 07****21: Hi, quick one.") == ("Caller 07****21", "Hi, quick one.")


def test_bold_markup_still_frames_a_label_and_a_bold_word_in_a_sentence_stays_a_sentence():
    assert split_label("**张伟**：好的") == ("**张伟**", "好的")
    assert split_label("他说**重要**：是") == ("", "他说**重要**：是")


def test_unbold_drops_bold_pairs_only_and_keeps_the_mask():
    assert unbold("**张伟**") == "张伟"
    assert unbold("用户138****5678") == "用户138****5678"
    assert unbold("投资者 1**********6") == "投资者 1**********6"
    assert unbold("网友***") == "网友***"


def test_a_live_q_and_a_whose_askers_are_masked_phone_numbers_credits_no_question_as_an_answer(
        tmp_path: Path):
    # An invented phone-in radio show's text record: callers shown by masked numbers, each
    # calling once, the host and the guest labelled by name.
    path = write(tmp_path, "call-in.txt", "\n".join([
        "《健康热线》节目文字实录",
        "",
        "林岚：各位听众晚上好，今天请到营养师周启明，热线已经开通。",
        "周启明：大家好，很高兴来到节目。",
        "听众159****0832：周老师，晚饭不吃主食可以减肥吗？",
        "周启明：不建议完全不吃主食，可以换成粗粮，总量控制在一拳左右。",
        "听众137****4410：孩子挑食，只吃肉不吃菜怎么办？",
        "周启明：可以把蔬菜切碎包进饺子里，慢慢让孩子接受味道。",
        "听众186****2297：老人喝牛奶拉肚子，还能喝吗？",
        "周启明：可以试试酸奶或者无乳糖牛奶，少量多次。",
        "林岚：今天的节目就到这里，谢谢周老师。",
        "",
    ]))
    transcript = parse(path)
    names = {s.id: s.name for s in transcript.speakers}
    answers = {p.line: names[a.speaker] for part in transcript.parts for q in part.questions
               for a in q.answers for p in a.paragraphs}
    askers = {q.line: q.asker for part in transcript.parts for q in part.questions}
    for line in (5, 7, 9):
        assert line not in answers, f"line {line} is a caller's question"
        assert "*" in names.get(askers.get(line, ""), askers.get(line, "")), askers
    assert {answers[line] for line in (6, 8, 10)} == {"周启明"}
