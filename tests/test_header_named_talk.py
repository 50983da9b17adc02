"""A talk whose speaker the header or the lead names (主讲人：…, 分享嘉宾：…, Speaker: …,
某某带来了题为…的分享), its paragraphs unlabelled under headings, then questions the speaker
answers under their own label: the paragraphs are the speaker's talk, not the page's intro
(issue 26, item 6)."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import Transcript
from roundtable.transcript import parse
from transcript_files import write


def answers(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for part in transcript.parts for q in part.questions
            for a in q.answers for p in a.paragraphs}


def test_a_lecture_whose_header_names_its_speaker_is_theirs_under_its_headings(
        tmp_path: Path):
    # An invented library lecture's notes: the lead names the speaker (某某带来了题为…的分享),
    # who never introduces themselves; the talk under numbered headings, then the floor's
    # questions, answered under the speaker's own label.
    lines = [
        "城市记忆讲座第十二讲：老城区的井",            # 1
        "本期讲座在市图书馆举行，市地方志办公室研究员闻书远带来了题为《老城区的井》的分享。",
        "",
        "一、井从哪里来",                              # 4
        "我们今天说的老井，大多数是清末民初打的。那时候自来水还没有进城，一条巷子往往共用一口井。",
        "所以井不只是取水的地方，也是街坊说话的地方，很多巷子的名字就是从井来的。",
        "二、井到哪里去",                              # 7
        "上世纪八十年代以后，我们做过一次普查，全城还有三百多口井，现在能找到的不到一百口。",
        "我的建议是，先把还在的井登记下来，哪怕不再用，也要留下位置和照片。",
        "三、提问",                                    # 10
        "听众：井水现在还能喝吗？",
        "闻书远：不建议直接喝，大多数井水没有经过检测。",
        "听众：哪里还能看到保存得好的井？",
        "闻书远：城南的石板巷还有两口，井栏上的字都还在。",
        "听众：普通人能帮上什么忙？",
        "闻书远：看到老井拍张照片，发给我们办公室就行。",
    ]
    read = answers(parse(write(tmp_path, "wells.txt", "\n".join(lines) + "\n")))
    for line in (5, 6, 8, 9):
        assert read.get(line) == "闻书远", f"line {line} is the lecture"
    assert read[12] == read[14] == "闻书远"


def test_an_english_talk_page_whose_lead_names_the_speaker_credits_the_talk(tmp_path: Path):
    lines = [
        "Harbour Makers Meetup #9",                                          # 1
        "Speaker: Ines Valdora",                                             # 2
        "",
        "Why we stopped using spreadsheets",                                  # 4
        "When we started the workshop, we kept every order in a spreadsheet.",
        "By the second year we had four copies of it and none of them agreed.",
        "What we use now",                                                   # 7
        "We moved to a small database and a single form, and the errors stopped.",
        "Questions",                                                         # 9
        "Audience member: Did you lose any data in the move?",
        "Ines Valdora: A few old invoices, which we rebuilt from the bank statements.",
        "Audience member: Would you recommend the same tool?",
        "Ines Valdora: For a shop our size, yes.",
    ]
    read = answers(parse(write(tmp_path, "meetup.txt", "\n".join(lines) + "\n")))
    for line in (5, 6, 8):
        assert read.get(line) == "Ines Valdora", f"line {line} is the talk"
