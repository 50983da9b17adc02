"""Roles by behaviour over the whole file (issue 26, layer 6): the host is whoever opens,
frames, hands the floor over and closes, whatever the label and with or without question
marks; the rest answer. Each rule on a small file of its own shape."""

from __future__ import annotations

from roundtable.readers.roles import called_forms, framing_turns, hosts_by_frame
from roundtable.transcript import load, parse
from test_identity import said, write

MEETUP = [
    ("Rosa Lind", "Welcome. Our two guests build grid models. Tomas, let's start with you."),
    ("Tomas Berg", "Thanks. The short version is that the models are good at the average and "
                   "poor at the tails, which is where the money is for operators like ours."),
    ("Speaker 2", "I would add that the tails are where the verification sets are thinnest, "
                  "so nobody knows how poor, and that is the part I worry about most."),
    ("Rosa Lind", "Tomas, you look unconvinced."),
    ("Tomas Berg", "Only a little. We run them next to the physics model and pick per site, "
                   "so a poor tail on one site costs us one site, not the whole book."),
    ("Rosa Lind", "Good place to stop. Thank you both."),
]


def test_a_turn_frames_the_talk_by_handing_over_by_name_or_to_a_new_voice():
    framing = framing_turns(MEETUP)
    assert framing[0] and framing[3] and framing[5], "opens, turns to Tomas, closes"
    assert framing[1], "followed by a voice heard for the first time: the floor handed on"
    assert not framing[2] and not framing[4], "a guest answering frames nothing"
    assert called_forms("Tomas Berg") >= {"Tomas"} and "繁星" in called_forms("孟繁星")


def test_the_label_that_opens_hands_over_and_closes_is_the_host_without_question_marks():
    assert hosts_by_frame(MEETUP) == ["Rosa Lind"]
    assert hosts_by_frame([(who, text) for who, text in MEETUP if who != "Rosa Lind"]) == [], \
        "without anyone framing, nobody is made a host"


def test_two_podcast_hosts_who_open_ask_and_close_are_both_hosts():
    podcast = [("阿桥", "欢迎收听，我是阿桥。"), ("小满", "我是小满。今天聊数据库的索引。"),
               ("阿桥", "我们请到了宁知远，知远先打个招呼。"),
               ("宁知远", "大家好，我是知远，做了十年数据库，天天和索引打交道。"),
               ("小满", "索引为什么会变慢？"),
               ("宁知远", "多半是写放大，页分裂之后要重新平衡，还要刷盘，慢查询就这么来的。"),
               ("阿桥", "所以索引也不是越多越好。"),
               ("宁知远", "对，每多一个索引，写入就多一份代价，这个要算清楚。"),
               ("小满", "好，今天就到这里，谢谢知远，我们下期见。")]
    assert sorted(hosts_by_frame(podcast)) == ["小满", "阿桥"]


def test_a_moderator_known_only_by_what_she_does_asks_and_a_one_off_voice_is_the_audience(
        tmp_path):
    otter = "\n\n".join(f"{who}  0:{10 + i:02d}\n{text}" for i, (who, text) in enumerate([
        ("Rosa Lind", "Okay, we're live. Welcome, everybody, to the meetup."),
        *MEETUP[:5],
        ("Rosa Lind", "Let's take one from the room."),
        ("Speaker 5", "Hi. What happens when the climate drifts away from the training years?"),
        ("Tomas Berg", "Then the tails get worse first, which is why we retrain every season "
                       "and keep the physics model running beside it."),
        MEETUP[5]])) + "\n"
    transcript = parse(write(tmp_path, "meetup.txt", otter))
    askers = {q.asker for q in transcript.questions if q.asked}
    assert "Rosa Lind" in askers and "Speaker 5" in askers
    assert "Rosa Lind" not in {who for _, who in said(transcript)}
    assert any("Rosa Lind" in w.message and "host" in w.message for w in transcript.warnings), \
        "a named person read as the host is said so, with the labels: line that settles it"


def otter_export(tmp_path):
    otter = "\n\n".join(f"{who}  0:{10 + i:02d}\n{text}" for i, (who, text) in enumerate([
        ("Rosa Lind", "Okay, we're live. Welcome, everybody, to the meetup."),
        ("Rosa Lind", "Our guests are Tomas Berg of a grid operator and Maja Holm of the "
                      "weather service. Maja, let's start with you: are the models ready?"),
        ("Speaker 3", "Thanks, Rosa. Ready for the average day, yes; for the tails, not yet, "
                      "and the tails are where a forecast earns its keep for everyone."),
        ("Rosa Lind", "Tomas, you look unconvinced."),
        ("Tomas Berg", "Only a little. We run them next to the physics model and pick per "
                       "site. The tails, though, I'll let Maja take, that is her field."),
        ("Speaker 3", "They are. We hold out the hottest years as a test set, and the early "
                      "results say the models drift towards the old climate's extremes."),
        ("Rosa Lind", "Good place to stop. Thank you both.")])) + "\n"
    return write(tmp_path, "meetup.txt", otter)


def test_an_anonymous_label_is_the_person_the_floor_is_handed_to_by_first_name(tmp_path):
    """Speaker 3 speaks each time someone hands the floor to Maja (the moderator's "Maja,
    let's start with you", a guest's "I'll let Maja take"): read as the Maja Holm the
    moderator introduced, with the labels: line that settles it."""
    transcript = parse(otter_export(tmp_path))
    assert {who for _, who in said(transcript)} == {"Maja Holm", "Tomas Berg"}
    assert any("Speaker 3" in w.message and w.fix and "Speaker 3: Maja Holm" in w.fix.text
               for w in transcript.warnings)


def test_the_labels_lines_the_warnings_propose_settle_the_file(tmp_path):
    """Every labels: line the role and identity warnings propose, applied: the file reads
    the same, without those warnings."""
    path = otter_export(tmp_path)
    transcript = parse(path)
    lines = [w.fix.text.removeprefix("labels:\n") for w in transcript.warnings
             if w.fix and w.fix.kind == "metadata" and w.fix.text.startswith("labels:")]
    assert len(lines) == 2, "the host and Speaker 3"
    path.with_suffix(".yml").write_text("labels:\n" + "\n".join(lines) + "\n", encoding="utf-8")
    settled = load(path)
    assert said(settled) == said(transcript)
    assert not [w.message for w in settled.warnings if "labels:" in w.hint]


def call_in_show(tmp_path, host: str = "Moderator"):
    """A radio phone-in: the host introduces two guests, a caller asks once and thanks,
    and the station's rights line and a notice on its transcripts close the page."""
    lines = [
        "Night Shift", "",
        f"{host}: This is Night Shift. I'm Ines Varga.",
        f"{host}: With me are Paul Mercer, a ward nurse, and Lena Ostrova, who plans hospital "
        "rotas. Welcome to you both.",
        "Paul Mercer: Good to be here.",
        "Lena Ostrova: Thanks for having me.",
        f"{host}: Paul, what changes on a ward at night?",
        "Paul Mercer: Fewer hands and longer corridors. Every call takes twice as long.",
        f"{host}: Lena, can rotas fix that?",
        "Lena Ostrova: Partly. We stagger handovers so nobody walks in blind.",
        f"{host}: We have a caller. Bo is on the line from Leeds.",
        "Bo: Hi. Do night nurses ever get enough sleep between shifts?",
        "Lena Ostrova: Rarely, and that is the part of the rota we are rebuilding first.",
        "Bo: Right. Thanks so much.",
        f"{host}: Paul, last word?",
        "Paul Mercer: Ask your night staff what they need. They know.",
        f"{host}: Thank you both.", "",
        "© 2025 Night Shift Radio. All rights reserved.",
        "Transcripts are typed up on a deadline by a contractor and may be revised later. "
        "The audio is the record of the programme.",
    ]
    return write(tmp_path, "night.txt", "\n".join(lines) + "\n")


def test_a_caller_who_asks_and_then_thanks_asks_from_the_audience_beside_a_known_host(
        tmp_path):
    """The host is known by its label; Bo speaks twice, once to ask (a guest answers) and
    once to thank: the audience's, not a guest's answers, with the line that settles it."""
    transcript = parse(call_in_show(tmp_path))
    assert "Bo" not in {who for _, who in said(transcript)}
    asked = [q for q in transcript.questions if q.asker == "Bo"]
    assert asked and all(q.audience for q in asked)
    assert any("Bo" in w.message and w.fix and "Bo: audience" in w.fix.text
               for w in transcript.warnings)


def test_the_hosts_opening_that_introduces_the_guests_and_asks_nothing_is_the_intro(
        tmp_path):
    transcript = parse(call_in_show(tmp_path))
    intro = " ".join(p.text for p in transcript.intro)
    assert "With me are Paul Mercer" in intro
    assert not any("With me are" in q.text for q in transcript.questions)
    assert (5, "Paul Mercer") in said(transcript), "the guests' greetings stay theirs"
    assert all(q.asker == "Moderator" for q in transcript.questions
               if q.asked and not q.audience)


def test_a_notice_below_the_pages_rights_line_after_the_last_turn_is_matter(tmp_path):
    transcript = parse(call_in_show(tmp_path))
    assert 20 in {e.line for e in transcript.excluded}
    assert 20 not in {line for line, _ in said(transcript)}


def test_a_given_name_alone_that_fits_one_person_the_file_names_is_their_label(tmp_path):
    """Daniel： opens one turn; the guest line names one Daniel (Daniel Wu（吴丹）): his
    turn, credited by the Latin form the label writes."""
    path = write(tmp_path, "briefing.txt", "\n".join([
        "出席嘉宾：董事长周启明；产品副总裁Daniel Wu（吴丹）", "",
        "主持人：欢迎各位，请提问。",
        "记者：想问产品这边，客户的数据安全怎么保证？",
        "Daniel：我们默认私有化部署，模型和数据都在客户自己的机房里。",
        "主持人：下一个问题。",
        "记者：周总，明年会上市吗？",
        "周启明：上市不是时间表问题，是时机问题。",
        "主持人：今天就到这里，谢谢大家。",
    ]) + "\n")
    transcript = parse(path)
    assert (5, "Daniel Wu") in said(transcript)


def test_a_keyed_asker_beside_the_host_is_warned_about_once(tmp_path):
    """KB asks twice and is in the file's key: read as asking beside the host, one warning
    at its line for that cause (never also asked whether it is the host)."""
    path = write(tmp_path, "oral.txt", "\n".join([
        "Oral history of Hanna Roe", "",
        "Key: HR = Hanna Roe; PL = Pia Lund; KB = Kai Berg", "",
        "PL: This is Pia Lund with Kai Berg. Today we talk with Hanna Roe. Welcome.",
        "HR: Thank you, it is a pleasure to be here after all these years.",
        "PL: Where did you start out, and what drew you to compilers?",
        "HR: In Bergen, at the shipyard's computing office. The machines needed programs "
        "and nobody else wanted to write them, so I did.",
        "KB: What language did you write them in?",
        "HR: Assembler at first, then a Fortran dialect the vendor shipped with bugs.",
        "PL: When did you move to the university?",
        "HR: In 1971, when they opened the department and asked me to teach.",
        "KB: Did the students take to it?",
        "HR: Some did. The ones who had worked before took to it fastest.",
        "PL: Thank you, Hanna. This was wonderful.",
        "HR: Thank you both.",
    ]) + "\n")
    transcript = parse(path)
    about_kb = [w for w in transcript.warnings if w.message.startswith("KB")]
    assert len(about_kb) == 1 and "asking beside the host" in about_kb[0].message


def test_a_lectures_unlabelled_paragraphs_are_the_lecturer_the_header_names(tmp_path):
    """Course notes: the header names one 主讲人, the lecture opens under a heading with no
    label: the lecturer's words, warned once with the line that confirms it."""
    path = write(tmp_path, "notes.txt", "\n".join([
        "第3讲　检索增强的边界", "",
        "主讲人：贺知远（某大学副教授）",
        "主持：班主任 唐宁\u3000\u3000助教：周可", "",
        "一、检索为什么会失败",
        "今天我们讲检索。检索失败最常见的原因，不是模型不够大，而是切块切错了地方。",
        "举个例子，一份合同把关键条款切成两半，模型就只能看到一半。",
        "", "二、提问环节",
        "唐宁：我们留十分钟提问。",
        "学员A：切块多大合适？",
        "贺知远：没有通用答案，要看文档的结构。",
        "唐宁：还有一个问题。",
        "学员B：重排序值得做吗？",
        "贺知远：值得，成本不高，收益很稳。",
        "唐宁：今天就到这里，谢谢贺老师。",
    ]) + "\n")
    transcript = load(path)
    assert (7, "贺知远") in said(transcript)
    warning = next(w for w in transcript.warnings if w.line == 7)
    path.with_suffix(".yml").write_text(warning.fix.text + "\n", encoding="utf-8")
    assert 7 not in [w.line for w in load(path).warnings]
