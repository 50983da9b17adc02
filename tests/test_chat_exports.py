"""A chat app's message export, one message a line (readers/containers/chat.py), and the
openings around it (a host's introduction, two hosts' cold open: turns.py, roles.py,
forms.py). Each rule on a small invented file of the class, none shaped like the blind
files."""

from __future__ import annotations

from roundtable.model import Transcript
from roundtable.readers.containers.chat import source
from roundtable.readers.forms import latin_people
from roundtable.readers.identity import self_given_name
from roundtable.readers.roles import asks, one_off_askers
from roundtable.transcript import parse
from test_identity import said, write


def asked_lines(transcript: Transcript) -> set[int]:
    """The lines read as a question (its first line and the paragraphs continuing it)."""
    return {q.line for q in transcript.questions} | {
        n for q in transcript.questions for p in q.context for n in p.lines}


# An iPhone's WhatsApp export (month first, 12-hour clock, seconds, brackets) of a
# reading club's chat with an author.
IOS = """\
[3/14/24, 8:00:02 PM] Messages and calls are end-to-end encrypted. Tap to learn more.
[3/14/24, 8:00:40 PM] Dana Brooks: Welcome! Our guest is the novelist Ruth Okafor. Ruth?
[3/14/24, 8:01:15 PM] Ruth Okafor: Thanks Dana! Happy to be here.
I will type my answers, so bear with me.
[3/14/24, 8:02:00 PM] Sam Lee: Ruth, how long did the first draft take?
[3/14/24, 8:03:10 PM] Ruth Okafor: About two years, most of it rewriting the middle.
[3/14/24, 8:03:30 PM] Sam Lee: ‎image omitted
[3/14/24, 8:04:00 PM] Priya N: Do you outline before you write?
[3/14/24, 8:05:00 PM] Ruth Okafor: Never. I find the story by writing it.
[3/14/24, 8:05:20 PM] Priya N: 👏👏
[3/14/24, 8:06:00 PM] Sam Lee left
"""


def test_an_iphone_export_is_read_as_messages_each_line_a_record(tmp_path):
    """Each dated line is a message by its sender; a line with no date goes on with the
    message above it; the app's notices, placeholders and emoji reactions are set aside."""
    path = write(tmp_path, "club.txt", IOS)
    found = source(path, IOS.splitlines(), "utf-8")
    assert found is not None
    texts = {line.number: line.text for line in found.lines if line.text}
    assert texts[2].startswith("[20:00:40] Dana Brooks: Welcome")
    assert texts[4] == "Ruth Okafor: I will type my answers, so bear with me."
    aside = {line.number: why for line, why in found.set_aside}
    assert set(aside) == {1, 7, 10, 11}
    assert "notice" in aside[1] and "reaction" in aside[10]


def test_a_chat_export_builds_with_the_guest_answering_and_members_asking(tmp_path):
    transcript = parse(write(tmp_path, "club.txt", IOS))
    who = dict(said(transcript))
    assert who[3] == who[6] == who[9] == "Ruth Okafor"
    assert {line for p in transcript.intro for line in p.lines} >= {2}
    assert {e.line for e in transcript.excluded} >= {1, 7, 10, 11}


def test_text_with_a_few_dated_lines_is_no_chat_export(tmp_path):
    text = ("会议纪要\n2024-03-14 09:00 开会\n张三：说明进度。\n李四：补充两点。\n"
            "2024-03-15 10:00 复盘\n张三：结束。\n")
    assert source(tmp_path / "x.txt", text.splitlines(), "utf-8") is None


# A talk given in a group chat, copied from a desktop client line by line ([date time]
# sender: words): the speaker posts from a number the organiser mentions by its digits.
GROUP = """\
[2024-05-20 19:30] 林晓 读书会组织者：各位晚上好，今晚的分享正式开始。
[2024-05-20 19:30] 林晓 读书会组织者：主题：《城市还需要图书馆吗？》
[2024-05-20 19:31] 林晓 读书会组织者：主讲：陈思远老师，@8613912345678 陈老师已进群，请先听分享。
[2024-05-20 19:32] +86 139 1234 5678：谢谢林晓，也谢谢各位。我先讲三点。
第一，图书馆的访客数在回升。
[2024-05-20 19:35] +86 139 1234 5678：第二，年轻人来图书馆主要是找一个能安静坐下的地方。
[2024-05-20 19:36] +86 139 1234 5678：第三，借书量在降，但活动和自习的需求在涨。
[2024-05-20 19:36] 周小满："周小满" 撤回了一条消息
[2024-05-20 19:37] 周小满：陈老师，小城市的图书馆怎么办？
[2024-05-20 19:39] +86 139 1234 5678：小城市可以和学校合办，把开放时间放到晚上。
[2024-05-20 19:40] 林晓 读书会组织者：[图片]
[2024-05-20 19:41] 何一舟：社区图书室有没有必要保留纸质书？
[2024-05-20 19:43] +86 139 1234 5678：有必要，纸质书是最便宜的入口。
[2024-05-20 19:50] 林晓 读书会组织者：时间关系今晚就到这里，谢谢陈老师！
"""


def test_a_number_mentioned_by_its_digits_is_the_person_named_after_the_mention(tmp_path):
    """@8613912345678 陈老师: the sender +86 139 1234 5678 is 陈老师, whom the file names in
    full with the same title (主讲：陈思远老师)."""
    transcript = parse(write(tmp_path, "group.txt", GROUP))
    who = dict(said(transcript))
    assert who[4] == who[10] == who[13] == "陈思远"


def test_the_hosts_introduction_that_the_speaker_thanks_her_for_is_the_intro(tmp_path):
    """The organiser's welcome asks nobody (a talk's title in 《》 asks nothing), and the
    speaker opens by thanking her by name: the welcome is the session's intro, no question."""
    transcript = parse(write(tmp_path, "group.txt", GROUP))
    assert {line for p in transcript.intro for line in p.lines} >= {1, 2, 3}
    asked = asked_lines(transcript)
    assert not asked & {1, 2, 3}
    assert {e.line for e in transcript.excluded} >= {8, 11}
    assert {9, 12} <= asked


def test_a_title_in_book_title_marks_asks_nobody():
    assert not asks("主题：《城市还需要图书馆吗？》")
    assert asks("《城市还需要图书馆吗？》这个题目您怎么看？")


PODCAST = """\
[00:00:00] 【片头音乐】
[00:00:06] 阿宁：欢迎收听《慢半拍》，我是阿宁。
[00:00:09] 小周：我是小周。今天我们请到了做城市规划的林一帆，一帆你好。
[00:00:15] 林一帆：你们好，谢谢邀请。
[00:00:18] 小周：先说说，你为什么会去研究公交站？
[00:00:22] 林一帆：因为公交站是一个城市最诚实的地方，谁在等车一目了然。
[00:00:40] 阿宁：那最让你意外的发现是什么？
[00:00:44] 林一帆：晚上十点以后等车的人，比白天还多。
[00:01:05] 小周：那对普通乘客，你有什么建议？
[00:01:09] 林一帆：多坐几趟夜班车，你会重新认识自己住的城市。
[00:01:30] 小周：最后一个问题，你自己最常等的是哪一站？
[00:01:34] 林一帆：我家楼下那一站，等了十年。
[00:01:50] 阿宁：好，今天就到这里，谢谢一帆。
"""


def test_two_hosts_cold_open_after_a_sound_marker_is_the_intro(tmp_path):
    """A Chinese podcast: a sound marker, then two hosts open it in turn and hand the floor
    to the guest: the marker is set aside, the hosts' opening is the intro."""
    transcript = parse(write(tmp_path, "podcast.txt", PODCAST))
    assert {line for p in transcript.intro for line in p.lines} >= {2, 3}
    assert 1 in {e.line for e in transcript.excluded}
    asked = asked_lines(transcript)
    assert {5, 7, 9, 11} <= asked and not asked & {2, 3}


def test_a_contraction_inside_a_latin_run_opens_the_name_after_it():
    """And I'm Jonah is no person's full name (a co-host's half of a cold open)."""
    assert latin_people(["And I'm Jonah. Today we talk about buses."]) == set()
    assert latin_people(["Hi, I'm Jonah Wells."]) == {"Jonah Wells"}
    assert latin_people(["Our guest is Conan O'Brien."]) == {"Conan O'Brien"}


def test_one_question_the_host_answers_is_the_audiences_where_the_audience_asks():
    """A webinar's chat: one attendee asks the guest, another asks for the slides and the
    host answers her: both are the audience's, not a guest answering."""
    turns = [("主持人", "欢迎各位，今天请到吴老师。"), ("吴老师", "谢谢，我先讲两点。"),
             ("吴老师", "第一，先看数据。"), ("阿杰", "吴老师，数据不全怎么办？"),
             ("吴老师", "先补最近一年的。"), ("Lily", "请问课件会发吗？"),
             ("主持人", "会的，稍后发到群里。"), ("主持人", "今天就到这里，谢谢吴老师。")]
    assert one_off_askers(turns, ["主持人"]) == ["阿杰", "Lily"]
    alone = [t for t in turns if t[0] != "阿杰"]
    assert one_off_askers(alone, ["主持人"]) == [], "no audience elsewhere: nothing decided"


# A product team's user-research session: the participants kept by code, their
# descriptions in a list under a key with a note in brackets, before the first turn.
RESEARCH = """\
外卖 App 改版用户访谈记录
日期：2025年3月2日
主持人：研究员 孟可
参与者（按到场顺序）：
P1 女 28岁 产品经理 每周点外卖5次
P2 男 35岁 外卖骑手
P3 女 22岁 大学生

孟可：欢迎大家，先请每人说说最近一次点外卖的经历。
P1：昨天中午，在公司点的，等了四十分钟。
P2：我送的单多，自己反而很少点。
P3：我一般晚上点，宿舍楼下取。
孟可：大家觉得新版的地址页好用吗？
P1：比以前清楚，但是改地址太深了。
P3：我找了半天才找到备注。
孟可：好，今天就到这里，谢谢各位。
"""


def test_a_participant_list_by_code_is_who_takes_part_not_a_turn(tmp_path):
    """P1 女 28岁 产品经理: rows of a coded list under 参与者（…）：are matter that
    introduces the speakers, set aside; nobody speaks them."""
    transcript = parse(write(tmp_path, "research.txt", RESEARCH))
    spoken = {line for line, _ in said(transcript)} | asked_lines(transcript)
    assert not spoken & {4, 5, 6, 7}
    assert {e.line for e in transcript.excluded} >= {4, 5, 6, 7}


# A Discord channel copied as text: a day divider, then each message with its time alone
# in brackets and the sender before a colon; a file shared and a member's join notice.
DISCORD = """\
#book-club
March 4, 2024
[8:01 PM] Dana Brooks: Welcome all, our guest tonight is the poet Ruth Okafor.
[8:02 PM] Ruth Okafor: Thank you Dana, glad to be here.
[8:03 PM] Sam Lee: Ruth, do you write every day?
[8:04 PM] Ruth Okafor: Most days, an hour before work.
Sometimes only a line.
[8:05 PM] Sam Lee: [Image]
[8:06 PM] Priya joined the server.
[8:07 PM] Priya: What are you reading now?
[8:08 PM] Ruth Okafor: Old letters, mostly.
"""


def test_messages_under_a_day_divider_carry_their_time_alone(tmp_path):
    """A line that is only a date heads the day; a ``[time] sender: words`` line under it is
    a message, a line with no time goes on with it, a timed line with no sender is a notice."""
    path = write(tmp_path, "discord.txt", DISCORD)
    found = source(path, DISCORD.splitlines(), "utf-8")
    assert found is not None
    texts = {line.number: line.text for line in found.lines if line.text}
    assert texts[4].startswith("[20:02:00] Ruth Okafor: Thank you Dana")
    assert texts[7] == "Ruth Okafor: Sometimes only a line."
    aside = {line.number for line, _ in found.set_aside}
    assert aside == {2, 8, 9}
    who = dict(said(parse(path)))
    assert who[6] == who[7] == who[11] == "Ruth Okafor"


def test_timed_lines_with_a_colon_and_no_day_line_are_left_to_the_timed_readers(tmp_path):
    """``00:01 Speaker: words`` with no day header is a timed transcript's line, not a chat's."""
    text = "00:01 Host: Welcome.\n00:05 Guest: Thanks.\n00:09 Host: First question.\n" \
           "00:15 Guest: Sure.\n"
    assert source(tmp_path / "t.txt", text.splitlines(), "utf-8") is None


# An IRC channel log (irssi/weechat style): ``HH:MM <nick> words``, the server's notices
# after ``-!-``, an action after ``*``.
IRC = """\
--- Log opened Tue Mar 05 19:00:00 2024
19:00 -!- mira [~mira@host] has joined #rust-ama
19:01 <@mod_kate> Welcome to the AMA, today with the compiler dev Tom Berg.
19:01 <tberg> Hi all, happy to answer.
19:02 <lee> tberg: what was the hardest part of the borrow checker?
19:03 <tberg> Lifetimes in closures, by far.
19:04 * lee nods
19:05 <mira> Will async closures land this year?
19:06 <tberg> I hope so, the design is settled.
"""


def test_an_irc_log_reads_each_nick_as_the_sender(tmp_path):
    """``<nick>`` sets the sender off (op and voice signs dropped); ``-!-`` notices and ``*``
    actions are the log's own record, not words."""
    path = write(tmp_path, "irc.txt", IRC)
    found = source(path, IRC.splitlines(), "utf-8")
    assert found is not None
    texts = {line.number: line.text for line in found.lines if line.text}
    assert texts[3].startswith("[19:01:00] mod_kate: Welcome")
    assert {line.number for line, _ in found.set_aside} >= {2, 7}
    assert found.given_labels[:2] == ("mod_kate", "tberg")


# A QQ group chat pasted into a text file: the date on its own line, then time, member and
# words in tab-separated columns, the app's notices with an empty member column; a message
# of several lines in double quotes; members under display names, one naming herself.
QQ = """\
2024-06-01 星期六
21:00\t群主-老周\t各位晚上好，今晚请到了做开源数据库的沈一帆。
21:00\t\t一帆 加入了本群
21:01\t一帆\t大家好，我是一帆，谢谢老周。
21:02\t海风\t想问一下，开源之后怎么挣钱？
21:03\t一帆\t"主要靠企业版和托管服务。
社区版永远免费。"
21:04\t海风\t[图片]
21:05\t一帆\t一帆撤回了一条消息
21:06\t小麦\t文档什么时候出中文版？
21:07\t一帆\t下个月。
"""


def test_a_tab_columned_copy_reads_quoted_messages_and_the_members_own_names(tmp_path):
    """Time, member and words in tab columns: an empty member is the app's notice; a quoted
    message runs to its closing quote; 一帆, who writes 我是一帆, is the 沈一帆 the host
    names."""
    path = write(tmp_path, "qq.txt", QQ)
    found = source(path, QQ.splitlines(), "utf-8")
    assert found is not None
    texts = {line.number: line.text for line in found.lines if line.text}
    assert texts[6].endswith("主要靠企业版和托管服务。")
    assert texts[7] == "一帆：社区版永远免费。"
    assert {line.number for line, _ in found.set_aside} == {1, 3, 8, 9}
    who = dict(said(parse(path)))
    assert who[4] == who[6] == who[7] == who[11] == "沈一帆"


def test_a_display_name_is_the_person_its_holder_says_they_are():
    """我是一帆 in the member's own message: the one full name with that given name."""
    assert self_given_name(["大家好，我是一帆～谢谢"], {"沈一帆", "周海"}) == "沈一帆"
    assert self_given_name(["大家好，我是一帆"], {"沈一帆", "陈一帆"}) is None
    assert self_given_name(["Hi all, I'm Dana Brooks."], set()) == "Dana Brooks"


# A Discord channel saved by DiscordChatExporter as HTML: message groups, the author's name,
# a timestamp and the content each in its own element; a system notice; an avatar.
DISCORD_HTML = """\
<html><head><title>Guild - #ama</title></head><body>
<div class="preamble">Rust Guild / #ama</div>
<div class="chatlog">
<div class="chatlog__message-group">
<img class="chatlog__avatar" src="a.png">
<span class="chatlog__author">kate_mod</span>
<span class="chatlog__timestamp">03/05/2024 7:01 PM</span>
<div class="chatlog__content">Welcome to the AMA with Tom Berg, who maintains the compiler.</div>
</div>
<div class="chatlog__message-group">
<span class="chatlog__author">tberg</span>
<span class="chatlog__timestamp">03/05/2024 7:02 PM</span>
<div class="chatlog__content">Hi all, I'm Tom Berg. Ask away.</div>
</div>
<div class="chatlog__message-group">
<span class="chatlog__author">lee</span>
<span class="chatlog__timestamp">03/05/2024 7:03 PM</span>
<div class="chatlog__content">What was the hardest part of the borrow checker?</div>
</div>
<div class="chatlog__message-group system">
<div class="chatlog__content">mira joined the server.</div>
</div>
<div class="chatlog__message-group">
<span class="chatlog__author">tberg</span>
<span class="chatlog__timestamp">03/05/2024 7:04 PM</span>
<div class="chatlog__content">Lifetimes in closures, by far.</div>
</div>
</div></body></html>
"""


def test_a_chat_page_reads_each_message_under_its_author(tmp_path):
    """Author, time and words each in an element named for it: the words a record under the
    author; the name, time, avatar and the app's notice set aside; tberg, who writes I'm Tom
    Berg, is Tom Berg."""
    from roundtable.readers.containers.chat_html import source as page_source

    path = write(tmp_path, "ama.html", DISCORD_HTML)
    found = page_source(path, DISCORD_HTML, "utf-8")
    assert found is not None
    texts = {line.number: line.text for line in found.lines if line.text}
    assert texts[8] == "[19:01:00] kate_mod: Welcome to the AMA with Tom Berg, who maintains " \
                       "the compiler."
    aside = {line.number: why for line, why in found.set_aside}
    assert "sender's name" in aside[6] and "time" in aside[7] and "notice" in aside[21]
    who = dict(said(parse(path)))
    assert who[13] == who[26] == "Tom Berg"


def test_an_article_page_is_no_chat_page(tmp_path):
    page = "<html><body><article><p class='text'>张伟：你好。</p></article></body></html>"
    from roundtable.readers.containers.chat_html import source as page_source

    assert page_source(tmp_path / "a.html", page, "utf-8") is None
