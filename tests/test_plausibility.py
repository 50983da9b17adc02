"""The safety net (readers/plausibility.py): a reading that looks implausible is warned at
its line with the cause, never published silently; a plausible reading gains no warning."""

from pathlib import Path

from roundtable.readers.draft import ANSWER, QUESTION, Draft
from roundtable.readers.plausibility import check
from transcript_files import parsed


def _warned(transcript, words: str) -> set[int]:
    return {w.line for w in transcript.warnings if words in w.message}


def test_a_label_only_on_a_running_header_is_no_speaker(tmp_path: Path) -> None:
    # A paginated call transcript whose pages open with the same two header lines and whose
    # turns carry no labels: the header's label is no speaker.
    header = "Document Ref: ACME-2024-Q2\nReport Series: Quarterly Call"
    pages = ["Thanks everyone for joining today.", "Revenue grew in the quarter.",
             "We expect margins to hold next year.", "Thank you all."]
    text = "\n\n".join(f"{header}\n\n{page}" for page in pages) + "\n"
    transcript = parsed(tmp_path, "call.txt", text)
    flagged = [w for w in transcript.warnings if "word for word" in w.message]
    assert flagged and all(w.fix and ": narration" in w.fix.text for w in flagged)


def test_a_disclaimer_credited_to_the_last_speaker_is_warned(tmp_path: Path) -> None:
    # A transcription app's export that prints its disclaimer under the last turn.
    text = ("访谈记录\n\n主持人：您怎么看明年的市场？\n\n周立恒：我们会更谨慎一些。\n\n"
            "主持人：最后一个问题，团队会扩张吗？\n\n周立恒：会，但会很慢。\n\n"
            "主持人：（本文由编辑部根据现场录音整理）\n")
    transcript = parsed(tmp_path, "app.txt", text)
    assert _warned(transcript, "reads as a notice")


def test_a_label_read_inside_another_speakers_turn_is_warned() -> None:
    # A debate record read wrong: the label '乙方' opens two paragraphs credited to 甲方
    # (whose own label opens the others); the reading is given by hand, as a reader that
    # missed the label would leave it.
    lines = {1: "辩论记录", 3: "主持人：请双方开始。", 5: "甲方：我方认为应当普及，理由有三条。",
             6: "乙方：我方认为不应当，因为代价太高。", 7: "甲方：代价可以分摊到十年。",
             8: "乙方：分摊不等于消失，账还是要算。"}
    draft = Draft("debate.txt", "dialogue", "verbatim", "utf-8")
    draft.add(QUESTION, 3, lines[3][4:], "主持人")
    for number in (5, 6, 7, 8):
        draft.add(ANSWER, number, lines[number][3:], "甲方")
    check(draft, lines)
    mine = [w for w in draft.warnings if "not split" in w.message]
    assert [w.line for w in mine] == [6, 8]
    assert all("'乙方'" in w.message and w.fix and w.fix.guess for w in mine)


def test_a_label_of_the_speaker_in_another_script_is_no_other_label() -> None:
    # A bilingual record: the English line repeats the speaker's name in Latin letters.
    lines = {3: "杜衡：我们先开源了模型。", 4: "Du Heng: We open-sourced the model first.",
             5: "杜衡：然后才是数据。", 6: "Du Heng: Then came the data."}
    draft = Draft("bi.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, [3, 4], "我们先开源了模型。", "杜衡")
    draft.add(ANSWER, [5, 6], "然后才是数据。", "杜衡")
    check(draft, lines)
    assert not draft.warnings


def test_a_speaker_whose_answers_are_questions_is_warned_as_asking() -> None:
    # A podcast's co-host read as a guest: four of their five 'answers' ask.
    draft = Draft("pod.txt", "dialogue", "verbatim", "utf-8")
    asked = ["那代价是什么？", "第二点呢？", "为什么是十年？", "你会怎么选？", "我也这么想。"]
    for number, text in enumerate(asked, start=3):
        draft.add(ANSWER, number, text, "小北")
    check(draft, {})
    assert [w.line for w in draft.warnings] == [3, 4, 5, 6]
    assert all(w.fix and "小北: host" in w.fix.text for w in draft.warnings)


def test_a_guest_who_asks_back_now_and_then_is_not_warned() -> None:
    draft = Draft("talk.txt", "dialogue", "verbatim", "utf-8")
    said = ["我们先做芯片。", "你知道为什么吗？", "因为代价低。", "那怎么办？", "做下去。"]
    for number, text in enumerate(said, start=3):
        draft.add(ANSWER, number, text, "许安然")
    check(draft, {})
    assert not draft.warnings


def test_a_plain_interview_gains_no_warning_from_the_checks(tmp_path: Path) -> None:
    text = ("对话某某\n\n记者：您好，先谈谈公司吧？\n\n许安然：好的。我们做芯片。\n\n"
            "记者：版权问题怎么处理？\n\n许安然：版权是大事，我们有法务。\n\n"
            "记者：谢谢。\n\n许安然：谢谢。\n")
    transcript = parsed(tmp_path, "plain.txt", text)
    assert not [w for w in transcript.warnings
                if any(s in w.message for s in ("recurs", "notice", "may be the one"))]


def _answers(who: str, said: list[str], role: str = ANSWER, first: int = 3) -> Draft:
    draft = Draft("x.txt", "dialogue", "verbatim", "utf-8")
    for number, text in enumerate(said, start=first):
        draft.add(role, number, text, who)
    return draft


def _designation_warnings(draft: Draft) -> list:
    return [w for w in draft.warnings if "no person's designation" in w.message]


def test_a_time_a_symbol_or_a_bracketed_marker_is_no_speaker() -> None:
    # A caption export whose time column was read as the speaker, a slide deck's bullet, a
    # subtitle file's stage marker: none names a person, so each paragraph is warned at.
    for who in ("00:01:02", "14:05", "▲", "[Inaudible]", "（同期声）", "12"):
        draft = _answers(who, ["We shipped it in May.", "It took a year."])
        check(draft, {})
        warned = _designation_warnings(draft)
        assert [w.line for w in warned] == [3, 4], who
        assert all(w.fix and w.fix.guess and ": narration" in w.fix.text for w in warned)


def test_a_word_for_the_answer_is_no_answerer_but_one_for_the_question_is_the_asker() -> None:
    # A written Q&A page whose answers stand under 答 / A: who answers is not said. Its
    # questions under 问 / Q are the unnamed interviewer's: a role, read right.
    for who in ("答", "A", "Answer"):
        draft = _answers(who, ["我们先做芯片。", "再做软件。"])
        check(draft, {})
        assert len(_designation_warnings(draft)) == 2, who
    for who in ("问", "Q"):
        draft = _answers(who, ["您怎么看？", "为什么？"], role=QUESTION)
        check(draft, {})
        assert not draft.warnings, who


def test_a_keyword_of_minutes_is_no_speaker() -> None:
    # Scribed minutes whose action items (RESOLVED:, 决议：) were read as a member's turns.
    for who in ("RESOLVED", "决议"):
        draft = _answers(who, ["The group adopts the draft.", "Publish by Friday."])
        check(draft, {})
        assert len(_designation_warnings(draft)) == 2, who


def test_a_lone_initial_of_another_speaker_is_warned_but_lettered_sides_are_not() -> None:
    # A messenger export whose avatar initial 'M' stands above Maria Lopez's messages.
    draft = _answers("Maria Lopez", ["We ship in May."])
    draft.add(ANSWER, 9, "Sorry, typo.", "M")
    check(draft, {})
    assert [w.line for w in _designation_warnings(draft)] == [9]
    assert "initial of 'Maria Lopez'" in draft.warnings[0].message
    # A debate's sides 甲 and 乙 are people's designations: no other speaker opens with them.
    draft = _answers("甲", ["我方认为应当普及。"])
    draft.add(ANSWER, 9, "我方认为不应当。", "乙")
    check(draft, {})
    assert not draft.warnings
    # A classroom record's 生 (a student) beside 生1, 生2: a role and its numbered members.
    draft = _answers("生1", ["是光合作用。"])
    draft.add(ANSWER, 9, "叶子是绿的。", "生")
    check(draft, {})
    assert not draft.warnings


def test_a_host_word_published_as_answering_is_warned_with_the_host_line() -> None:
    # A panel whose moderator was read as a guest (a committee's Chair, a show's 主持人 alike).
    for who in ("Moderator", "The Chair", "主持人"):
        draft = _answers(who, ["Thank you, next speaker please.", "We have five minutes."])
        check(draft, {})
        warned = [w for w in draft.warnings if "chairs or hosts" in w.message]
        assert [w.line for w in warned] == [3, 4], who
        assert all(w.fix and f"{who}: host" in w.fix.text and not w.fix.guess
                   for w in warned)
    # The same word on the questions is read right.
    draft = _answers("主持人", ["您怎么看？"], role=QUESTION)
    check(draft, {})
    assert not draft.warnings


def test_a_numbered_label_the_file_names_in_a_list_is_warned_with_the_name() -> None:
    # A diarized meeting export whose header lists who each speaker number is (a hearing's
    # list of 陈述人 by number alike); the turns stay under the numbers.
    lines = {1: "项目复盘会", 2: "参会人：", 3: "  发言人1　周立恒　产品部",
             4: "  发言人2　许安然　研发部", 6: "发言人1：我们先复盘进度。",
             7: "发言人2：研发延期了两周。"}
    draft = Draft("meet.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, 6, "我们先复盘进度。", "发言人1")
    draft.add(ANSWER, 7, "研发延期了两周。", "发言人2")
    check(draft, lines)
    fixes = {w.line: w.fix.text for w in draft.warnings if "lists" in w.message}
    assert fixes == {6: "labels:\n  发言人1: 周立恒", 7: "labels:\n  发言人2: 许安然"}
    # Without the list, the numbers are the only names there are: no warning.
    draft = Draft("meet.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, 6, "我们先复盘进度。", "发言人1")
    check(draft, {n: t for n, t in lines.items() if n not in (3, 4)})
    assert not draft.warnings
    # A focus group's coded seats listed with their region: a value two codes share is an
    # attribute, not a name.
    draft = Draft("group.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, 7, "我先讲。", "A1")
    check(draft, {3: "A1　北区　公立中学　教师", 4: "A2　北区　私立中学　教师", 7: "A1：我先讲。"})
    assert not draft.warnings
    # A turn the reader left out of the speech is no list entry: it says a sentence.
    draft = Draft("meet.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, 7, "研发延期了两周。", "发言人2")
    check(draft, {6: "发言人2：周总好，谢谢。我们延期了。", 7: lines[7]})
    assert not draft.warnings


def test_an_english_speaker_number_listed_with_a_name_is_warned() -> None:
    lines = {1: "Participants", 2: "Speaker 1 - Jane Moss, host", 3: "Speaker 2 - Omar Haddad",
             5: "Speaker 2: We built it in a year."}
    draft = Draft("pod.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, 5, "We built it in a year.", "Speaker 2")
    check(draft, lines)
    assert [w.fix.text for w in draft.warnings] == ["labels:\n  Speaker 2: Omar Haddad"]


def test_a_speaker_that_kept_a_labels_decoration_is_warned() -> None:
    # A slide-deck style record whose labels are '■ 名字' and a forum post whose replies open
    # with '→ 名字': the mark is the house style's, no person's name holds it.
    for who in ("■ 柯远", "→ lin_k", "●Jane Doe"):
        draft = _answers(who, ["我们先做芯片。", "再做软件。"])
        check(draft, {})
        warned = [w for w in draft.warnings if "decoration" in w.message]
        assert [w.line for w in warned] == [3, 4], who
        assert warned[0].fix and ": " in warned[0].fix.text


def test_the_note_takers_own_asides_among_speakers_are_warned() -> None:
    # A blogger's notes of a panel: '我：' is the writer's aside, not a panellist.
    draft = Draft("notes.txt", "dialogue", "verbatim", "utf-8")
    draft.add(QUESTION, 3, "各位怎么看？", "主持人")
    draft.add(ANSWER, 4, "我认为会更快。", "白杉")
    draft.add(ANSWER, 5, "这个观点我赞同。", "我")
    draft.add(ANSWER, 6, "我不同意。", "何岚")
    check(draft, {})
    assert [w.line for w in draft.warnings if "writer's own word" in w.message] == [5]


def test_an_interview_by_its_writer_keeps_no_warning_for_me() -> None:
    # The writer asking (我 is the interviewer): read as questions, no warning.
    draft = Draft("blog.txt", "dialogue", "verbatim", "utf-8")
    draft.add(QUESTION, 3, "你为什么做这个？", "我")
    draft.add(ANSWER, 4, "因为好玩。", "白杉")
    check(draft, {})
    assert not draft.warnings


def test_a_bare_q_paragraph_inside_an_answer_is_warned() -> None:
    # A minister's press conference typed in the official style: 'Q.' opens the reporter's
    # question, read into the minister's turn.
    lines = {3: "THE MINISTER:  We will table the bill in May.",
             4: "Q.  Will it cover open models?", 5: "THE MINISTER:  It will."}
    draft = Draft("pc.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, [3, 4], "We will table the bill in May. Will it cover open models?",
              "The Minister")
    draft.add(ANSWER, 5, "It will.", "The Minister")
    check(draft, lines)
    assert [w.line for w in draft.warnings if "mark of a question" in w.message] == [4]


def test_a_turn_that_thanks_its_own_speaker_is_warned() -> None:
    # A podcast whose guest's 'Thanks, Maya' was credited to Maya, and a forum whose
    # judge's '谢谢主席' was credited to the chair: words said to the speaker, not by them.
    lines = {3: "Thanks, Maya. Happy to be here.", 5: "谢谢主席。我先讲两点。"}
    draft = Draft("pod.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, 3, lines[3], "Maya Lind")
    draft.add(ANSWER, 5, lines[5], "文珊")
    draft.label_reading["主席"] = "文珊"
    check(draft, lines)
    assert [w.line for w in draft.warnings if "thanks or greets" in w.message] == [3, 5]


def test_thanking_someone_else_is_no_warning() -> None:
    lines = {3: "Thanks, Maya. Happy to be here.", 5: "谢谢主持人。我先讲两点。"}
    draft = Draft("pod.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, 3, lines[3], "Omar Reyes")
    draft.add(ANSWER, 5, lines[5], "文珊")
    check(draft, lines)
    assert not draft.warnings


def test_avatar_initials_published_as_speech_are_warned() -> None:
    # A chat app's pane copied by select-all: each message opens with the sender's avatar
    # initials on a line of their own, read into the turns.
    lines = {3: "JD", 4: "We ship Monday.", 5: "AK", 6: "Fine by me.", 7: "MR", 8: "OK"}
    draft = Draft("chat.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, [3, 4], "JD We ship Monday.", "Jane Doe")
    draft.add(ANSWER, [5, 6], "AK Fine by me.", "Ali Khan")
    draft.add(ANSWER, [7, 8], "MR OK", "Mia Ross")
    check(draft, lines)
    assert [w.line for w in draft.warnings if "initials" in w.message] == [3, 5, 7]


def test_one_unnamed_voice_that_asks_and_thanks_a_named_guest_is_warned() -> None:
    # An auto-captioned podcast replay with no labels: the one unnamed 'speaker' asks and
    # thanks 王老师 by name, so more than one voice was read as one.
    from roundtable.readers.subtitles import UNNAMED
    draft = _answers(UNNAMED, ["今天聊聊城市更新 我先问个问题 老城区该不该拆",
                               "我觉得能修就不拆 拆了就没了", "好 今天谢谢王老师"])
    check(draft, {})
    assert [w.line for w in draft.warnings if "read as one" in w.message] == [3, 4, 5]


def test_one_unnamed_lecturer_who_asks_rhetorically_is_not_warned() -> None:
    from roundtable.readers.subtitles import UNNAMED
    draft = _answers(UNNAMED, ["为什么要学微积分呢", "因为变化无处不在", "谢谢大家"])
    check(draft, {})
    assert not draft.warnings


# Round 22: signs that recurred across three unseen sets, each tested on a file of the class
# shaped unlike the blind files.

def test_a_guest_asking_another_guest_in_turn_is_warned_as_asking() -> None:
    # A radio call-in read with a host: the caller's turns were read as answers, and each
    # ends in a question the expert answers next.
    draft = Draft("callin.txt", "dialogue", "verbatim", "utf-8")
    draft.add(QUESTION, 2, "今天的第一位听众，请讲。", "主持人")
    turns = [("王女士", "我家孩子老用AI写作业，这样行吗？"), ("贺老师", "要看怎么用，查资料可以。"),
             ("王女士", "那老师能看出来吗？"), ("贺老师", "多数时候能看出来。"),
             ("王女士", "好的，谢谢。")]
    for number, (who, text) in enumerate(turns, start=3):
        draft.add(ANSWER, number, text, who)
    check(draft, {})
    mine = [w for w in draft.warnings if "the one asking" in w.message]
    assert [w.line for w in mine] == [3, 5]
    assert all(w.fix and w.fix.guess and "王女士: host" in w.fix.text for w in mine)


def test_peers_asking_each_other_in_a_meeting_with_no_host_are_not_warned() -> None:
    # A stand-up meeting: no one is read as asking, so questions among peers are theirs.
    draft = Draft("standup.txt", "dialogue", "verbatim", "utf-8")
    turns = [("A", "接口改完了吗？"), ("B", "改完了。"), ("A", "测试呢？"), ("B", "明天。")]
    for number, (who, text) in enumerate(turns, start=3):
        draft.add(ANSWER, number, text, who)
    check(draft, {})
    assert not [w for w in draft.warnings if "the one asking" in w.message]


def test_a_surname_label_beside_the_full_name_the_file_states_is_warned() -> None:
    # A court-style deposition: the appearances list names the witness in full, the turns
    # use her surname in capitals.
    lines = {1: "DEPOSITION OF HELEN OKONJO-BARR", 2: "Appearances: counsel Tom Reid",
             4: "MR. REID: Where were you employed?", 5: "OKONJO-BARR: At the lab."}
    draft = Draft("depo.txt", "dialogue", "verbatim", "utf-8")
    draft.add(QUESTION, 4, "Where were you employed?", "Tom Reid")
    draft.add(ANSWER, 5, "At the lab.", "OKONJO-BARR")
    check(draft, lines)
    mine = [w for w in draft.warnings if "short label" in w.message]
    assert [w.line for w in mine] == [5]
    assert mine[0].fix and "OKONJO-BARR: Helen Okonjo-Barr" in mine[0].fix.text


def test_a_first_name_said_in_a_greeting_is_no_full_name() -> None:
    lines = {1: "Episode 4", 2: "Hi Sam, here's Jo.", 3: "Sam: Thanks for having me."}
    draft = Draft("ep.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, 3, "Thanks for having me.", "Sam")
    check(draft, lines)
    assert not [w for w in draft.warnings if "short label" in w.message]


def test_initials_of_a_name_the_file_lists_are_warned() -> None:
    lines = {1: "Attendees: Maria Keller, Joon Park", 3: "MK: Budget first.",
             4: "JP: Agreed."}
    draft = Draft("notes.txt", "dialogue", "verbatim", "utf-8")
    draft.add(ANSWER, 3, "Budget first.", "MK")
    draft.add(ANSWER, 4, "Agreed.", "JP")
    check(draft, lines)
    assert {w.line for w in draft.warnings if "short label" in w.message} == {3, 4}


def test_a_heading_a_page_number_and_a_closing_list_are_no_speech() -> None:
    # A conference report in Markdown copied from a PDF: a heading credited to a speaker, a
    # page number between turns, a "further reading" list under a heading after the talk.
    lines = {3: "张岚：先说结论。", 4: "## 第二部分", 5: "12", 6: "李默：我补充一点。",
             8: "## 延伸阅读", 9: "- 去年的报告", 10: "- 我们的播客"}
    draft = Draft("report.md", "markdown", "verbatim", "utf-8")
    draft.add(ANSWER, 3, "先说结论。", "张岚")
    draft.add(ANSWER, 4, "第二部分", "张岚")
    draft.add(ANSWER, 5, "12", "张岚")
    draft.add(ANSWER, 6, "我补充一点。", "李默")
    draft.add("heading", 8, "延伸阅读")
    draft.add(ANSWER, 9, "去年的报告", "李默")
    draft.add(ANSWER, 10, "我们的播客", "李默")
    check(draft, lines)
    assert {w.line for w in draft.warnings} == {4, 5, 9, 10}


def test_a_speakers_bulleted_points_between_turns_are_speech() -> None:
    lines = {3: "张岚：三点。", 4: "## 要点", 5: "- 第一", 6: "李默：同意。"}
    draft = Draft("talk.md", "markdown", "verbatim", "utf-8")
    draft.add(ANSWER, 3, "三点。", "张岚")
    draft.add("heading", 4, "要点")
    draft.add(ANSWER, 5, "第一", "张岚")
    draft.add(ANSWER, 6, "同意。", "李默")
    check(draft, lines)
    assert not draft.warnings


def test_stamps_read_as_speech_and_words_as_headings_are_warned() -> None:
    # A lecture's transcript pane copied with each time above its line: the reader took the
    # times for the turns and the words for headings.
    draft = Draft("pane.txt", "plain", "verbatim", "utf-8")
    for number in range(0, 8, 2):
        draft.add(ANSWER, 10 + number, f"0{number}:00", "讲者")
        draft.add("heading", 11 + number, f"第{number}句话")
    check(draft, {})
    assert {w.line for w in draft.warnings} == set(range(10, 18))
