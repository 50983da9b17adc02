"""Roles that change by section (issue 26, layer 6): who asks is read again where a heading
or a hand-over changes it — two guests who interview each other by turns, a panelist who then
moderates the floor, a floor participant whose label reads as a name, a guest who turns to
another by name and asks — never one role for a person over the whole file."""

from __future__ import annotations

from pathlib import Path

from roundtable.transcript import load


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def asked(transcript) -> list[tuple[int, str, bool]]:
    """(line, asker, from the audience) of every question, in order."""
    return [(q.lines[0], q.asker, q.audience) for part in transcript.parts
            for q in part.questions]


def answered(transcript) -> dict[int, str]:
    """Each answer paragraph's first line and its speaker's name."""
    names = {s.id: s.name for s in transcript.speakers}
    return {p.line: names[a.speaker] for _, _, a, p in transcript.passages()}


# A podcast's "swap" episode in English: two makers interview each other, one round each; only
# the round headings say who asks. No host.
SWAP = """Swap episode: a potter and a luthier

Round one: Maya asks, Tom answers

Maya Lind: How long does one guitar take you, start to finish?

Tom Okafor: About three months, most of it waiting for glue and lacquer to cure.

Maya Lind: Do you ever throw one away at the end?

Tom Okafor: Twice so far. Both times the top cracked in a dry winter.

Round two: Tom asks, Maya answers

Tom Okafor: Do you plan a pot before you sit at the wheel?

Maya Lind: Only its weight. The shape comes from the clay that day.

Tom Okafor: And what breaks most often in your kiln?

Maya Lind: Lids. They are thin and they cool faster than the pot.
"""


def test_a_heading_that_says_who_asks_gives_each_section_its_asker(tmp_path):
    transcript = load(write(tmp_path, "swap.txt", SWAP))
    assert [(line, who) for line, who, _ in asked(transcript)] == [
        (5, "Maya Lind"), (9, "Maya Lind"), (15, "Tom Okafor"), (19, "Tom Okafor")]
    assert answered(transcript) == {7: "Tom Okafor", 11: "Tom Okafor",
                                    17: "Maya Lind", 21: "Maya Lind"}
    assert [part.title for part in transcript.parts if part.title] == [
        "Round one: Maya asks, Tom answers", "Round two: Tom asks, Maya answers"]


def test_headings_whose_askers_never_change_leave_the_roles_as_they_were(tmp_path):
    fixed = SWAP.replace("Round two: Tom asks, Maya answers", "Round two: Maya asks again") \
        .replace("Tom Okafor: Do you plan", "Maya Lind: Do you plan") \
        .replace("Maya Lind: Only its weight.", "Tom Okafor: Only its weight.") \
        .replace("Tom Okafor: And what breaks", "Maya Lind: And what breaks") \
        .replace("Maya Lind: Lids.", "Tom Okafor: Lids.")
    transcript = load(write(tmp_path, "fixed.txt", fixed))
    assert set(answered(transcript).values()) == {"Tom Okafor"}


# A book launch written up by the publisher: the critic answers the host beside the author in
# the first part, then chairs the readers' questions herself in the second.
LAUNCH = """新书分享会实录

【第一部分：对谈】

主持人：欢迎各位。先请作者周启明谈谈，为什么写一本关于灯塔的小说？

周启明：因为我父亲是守塔人，我在岛上长到十二岁，书里的每一盏灯我都见过。

主持人：许老师，您作为评论者，怎么看这本书？

许清如：它最好的地方是不煽情。写孤独，却一句都没有喊出来，这在今天的小说里很少见。

周启明：谢谢许老师，这句话我会记很久。

【第二部分：读者提问】

许清如：好，下面的时间由我来主持，想提问的读者请举手。

读者A：书里的灯塔现在还在吗？

周启明：还在，不过已经不用人守了，十年前改成了自动的。塔下那间小屋现在是一个小小的陈列室，放着我父亲的值班日志。

许清如：还有哪位？后排那位。

读者B：下一本还写海吗？

周启明：写，这次写渔港。我想写那些一辈子没有离开过港口的人，写他们怎么看待每天出海又回来的船。

许清如：时间到了，谢谢周老师，也谢谢大家。
"""


def test_a_panelist_who_then_gives_the_floor_to_the_askers_hosts_that_section(tmp_path):
    transcript = load(write(tmp_path, "launch.txt", LAUNCH))
    answers = answered(transcript)
    assert answers[11] == "许清如", "she answers the host in the first part"
    assert {7, 13, 21, 27} <= set(answers)
    assert not {17, 23, 29} & set(answers), \
        "her hand-overs and her closing in the second part are the host's, not answers"
    assert {23} <= {line for line, who, _ in asked(transcript) if who == "许清如"}


# A city meetup's fireside chat, in English: the moderator opens the floor, and someone in the
# room is labelled by name and company, as a panelist would be.
MEETUP = """Fireside chat: running a bike-share on open data

Moderator: Our guest is Ines Duarte, who runs the bike-share. Ines, why publish every trip?

Ines Duarte: Because the city paid for the data. Publishing it got us three volunteer apps.

Moderator: What went wrong with it?

Ines Duarte: People could track a commuter by the stations, so we round the times to the hour.

Moderator: Let's take questions from the floor.

Dana Reyes (Lumen Labs): Did rounding the times break any of the apps?

Ines Duarte: One, the one that predicted empty docks. Its author rebuilt it on hourly counts.

Moderator: Dana, what does your team use the data for?

Dana Reyes (Lumen Labs): For planning our racks. We look for stations that fill before nine.

Moderator: Thank you, Ines, and thanks everyone.
"""


def test_someone_who_first_speaks_after_the_floor_opens_and_asks_is_the_audience(tmp_path):
    transcript = load(write(tmp_path, "meetup.txt", MEETUP))
    assert (13, True) in [(line, audience) for line, _, audience in asked(transcript)]
    assert 13 not in answered(transcript), "the floor's question"
    assert answered(transcript)[15] == "Ines Duarte"
    assert answered(transcript)[19] == "Dana Reyes", "asked back, she answers"


# A guest turns to another by name and asks, then says why: the question does not end the turn.
VOCATIVE = """两位厨师谈火候

主持人：两位都做了二十年菜，火候是怎么学会的？

沈一帆：靠烫。手被烫多了，就知道锅到几成热。

邵青禾：我是靠听，油的声音一变就该下料了。

沈一帆：青禾，你说的声音，能教给徒弟吗？我一直觉得这个只能自己悟。

邵青禾：能教一半。我让徒弟闭着眼站在灶边，先听我炒一个月。

主持人：最后，两位给在家做饭的人一句建议？

沈一帆：锅要先烧热。

邵青禾：盐最后放。
"""


def test_a_guest_who_calls_another_by_name_and_asks_puts_a_question(tmp_path):
    transcript = load(write(tmp_path, "vocative.txt", VOCATIVE))
    assert (9, "沈一帆") in [(line, who) for line, who, _ in asked(transcript)]
    assert answered(transcript)[11] == "邵青禾"
    assert answered(transcript)[5] == "沈一帆", "his other turns stay answers"


def test_calling_a_colleague_right_after_someone_elses_question_hands_it_on(tmp_path):
    handed = VOCATIVE.replace(
        "沈一帆：青禾，你说的声音，能教给徒弟吗？我一直觉得这个只能自己悟。",
        "主持人：那声音能教给徒弟吗？\n\n沈一帆：青禾，这个你来答？我一直觉得这个只能自己悟。")
    transcript = load(write(tmp_path, "handed.txt", handed))
    assert answered(transcript)[11] == "沈一帆"
