"""One identity pass after any reader (issue 26, layer 5): a label is a short form of a person
the file states somewhere (a record's convention, a caption, a guest list, a bilingual line,
a voice naming itself from a shared device), and is credited as that person; where two could
be meant, nobody is, or a warning says so. Each rule on a small file of its own shape."""

from __future__ import annotations

from roundtable.readers.forms import _role_suffix, _titled_given
from roundtable.transcript import parse
from test_identity import said, write


def test_a_label_of_surname_title_and_given_name_is_the_name_without_the_title():
    """Taiwan's records write an official as 溫主任委員士達: surname, title, given name. The
    file also writes 溫主任委員 alone, so the title is a title and the person 溫士達."""
    texts = ["主席：今天邀請溫主任委員士達列席報告。", "主席：請溫主任委員。"]
    assert _titled_given("溫主任委員士達", texts) == "溫士達"
    assert _titled_given("陳處長慧玲", ["請陳處長補充。"]) == "陳慧玲"
    assert _titled_given("溫主任委員士達", ["溫主任委員士達：委員早。"]) is None, \
        "never written without the given name: nothing says where the title ends"
    assert _titled_given("欧阳砚秋", ["欧阳砚秋：谢谢。"]) is None, "a full name, no title"


def test_a_short_label_after_a_role_word_is_the_one_label_that_adds_it():
    labels = {"嘉宾甲", "嘉宾乙", "嘉宾丙", "主持"}
    assert _role_suffix("乙", labels) == "嘉宾乙"
    assert _role_suffix("丁", labels) is None
    assert _role_suffix("乙", labels | {"代表乙"}) is None, "two fit: nobody for sure"


GAZETTE = """委員會紀錄

主席：現在開會。今天邀請科技委員會溫主任委員士達列席報告，並備質詢。
主席：請溫主任委員。
廖委員冠霖：評測中心的執行率為什麼這麼低？
溫主任委員士達：跟委員報告，主要是採購延了一季。
廖委員冠霖：下半年能改善嗎？
溫主任委員士達：下半年執行率可以拉到百分之六十以上。
"""


def test_a_gazettes_official_is_credited_by_name(tmp_path):
    transcript = parse(write(tmp_path, "gazette.txt", GAZETTE))
    by_line = dict(said(transcript))
    assert by_line[6] == by_line[8] == "溫士達"


CAPTION_AND_INITIALS = """<html><body><article>
<h1>晶片測試的新做法</h1>
<p>記者 黃子朗</p>
<figure><figcaption>創辦人梁頌恩（左）與技術總監麥浩賢在實驗室。</figcaption></figure>
<p><strong>問：</strong>你們做的是甚麼？</p>
<p><strong>梁：</strong>我們做測試階段的預測性分揀。</p>
<p><strong>問：</strong>技術上怎樣做到？</p>
<p><strong>麥：</strong>我們在封裝前就用模型預測良率。</p>
<p><strong>問：</strong>客戶願意嗎？</p>
<p><strong>麥：</strong>一開始不願意，後來改成廠內部署。</p>
</article></body></html>
"""


def test_a_lone_surname_is_the_one_person_of_that_surname_a_caption_names(tmp_path):
    transcript = parse(write(tmp_path, "initials.html", CAPTION_AND_INITIALS))
    by_line = dict(said(transcript))
    assert by_line[8] == by_line[10] == "麥浩賢"


BILINGUAL = """1
00:00:01,000 --> 00:00:04,000
主持人：欢迎来到炉边对话，我是萨姆·奥科罗
MODERATOR: Welcome, I'm Sam Okoro.

2
00:00:04,500 --> 00:00:08,000
今天的嘉宾是海伦娜·巴斯克斯-鲁伊斯博士
Our guest today is Dr. Helena Vasquez-Ruiz.

3
00:00:08,500 --> 00:00:12,000
主持人：机器人基础模型现在到了哪一步？
MODERATOR: Where are robot foundation models today?

4
00:00:12,500 --> 00:00:16,000
海伦娜：还在很早期，数据是最大的瓶颈
HELENA: Still very early. Data is the bottleneck.

5
00:00:16,500 --> 00:00:20,000
主持人：那仿真能补上吗？
MODERATOR: Can simulation close the gap?

6
00:00:20,500 --> 00:00:24,000
海伦娜：部分可以，但接触力学仿真得还不够好
HELENA: Partly, but contact physics is not simulated well enough.
"""


def test_a_transliterated_given_name_is_the_person_the_bilingual_line_names(tmp_path):
    transcript = parse(write(tmp_path, "fansub.srt", BILINGUAL))
    assert {name for _, name in said(transcript)} == {"Helena Vasquez-Ruiz"}


ROOM = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Lindqvist, Mara>Welcome. Priya Raman and Joel Abernathy join from the fourth floor.</v>

2
00:00:04.500 --> 00:00:08.000
<v Okafor, Tunde>I'd retrain the model. The forms keep changing.</v>

3
00:00:08.500 --> 00:00:12.000
<v CR-Bldg2-4.17 (Surface Hub)>Hi, it's Priya in 4.17. A retrain means a new validation file.</v>

4
00:00:12.500 --> 00:00:16.000
<v Lindqvist, Mara>Joel, what does a precision drop cost us?</v>

5
00:00:16.500 --> 00:00:20.000
<v CR-Bldg2-4.17 (Surface Hub)>Yeah, Joel here. About forty extra manual reviews a day.</v>

6
00:00:20.500 --> 00:00:24.000
<v Lindqvist, Mara>And the threshold?</v>

7
00:00:24.500 --> 00:00:28.000
<v CR-Bldg2-4.17 (Surface Hub)>I'd move it to 0.85. It's reversible.</v>
"""


def test_a_rooms_label_credits_who_names_themselves_from_it_and_warns_when_two_share_it(
        tmp_path):
    transcript = parse(write(tmp_path, "room.vtt", ROOM))
    by_line = dict(said(transcript))
    assert by_line[11] == "Priya Raman"
    assert by_line[19] == "Joel Abernathy"
    assert "CR-Bldg2-4.17 (Surface Hub)" not in by_line.values()
    assert [w.line for w in transcript.warnings if "device" in w.message] == [29], \
        "after two voices and another speaker between, who speaks from the room is unsure"


def test_a_given_name_alone_is_the_one_person_whose_full_name_ends_with_it():
    """A guest introduced as 宁知远 is then called 知远 (Sam of Sam Okafor): one person, as
    the host and the labels use it. Two people it could be, and it is nobody for sure."""
    from roundtable.readers.identity import given_name_of

    assert given_name_of("知远", ["宁知远", "小周"]) == "宁知远"
    assert given_name_of("Sam", ["Sam Okafor", "Lena Brandt"]) == "Sam Okafor"
    assert given_name_of("知远", ["宁知远", "贺知远"]) is None
    assert given_name_of("宁知远", ["宁知远"]) is None, "a full name is no given name"


def test_a_guest_labelled_in_full_once_and_then_by_given_name_is_one_speaker(tmp_path):
    talk = ("播客第 9 期\n\n"
            "阿桥：欢迎收听，今天我们请到了宁知远，知远先跟大家打个招呼吧？\n"
            "宁知远：大家好，我是知远，做了十年数据库。\n"
            "阿桥：那索引为什么会变慢？\n"
            "知远：多半是写放大，页分裂之后要重新平衡。\n"
            "阿桥：怎么发现？\n"
            "知远：看慢查询日志，再看缓冲池的命中率。\n")
    transcript = parse(write(tmp_path, "podcast.txt", talk))
    assert {who for _, who in said(transcript)} == {"宁知远"}


def test_a_surname_label_is_the_full_name_the_title_and_lead_write(tmp_path):
    """Magazines label an interview by surnames (郝：…). The file writes the full name in its
    title, its lead and a caption: the one name that surname opens, written most."""
    from roundtable.readers.identity import written_full_name

    texts = ["郝：我们先做芯片。", "芯片之外：专访郝嘉言", "▲郝嘉言认为……", "郝嘉言毕业于……"]
    assert written_full_name("郝", texts) == "郝嘉言"
    assert written_full_name("郝", ["郝嘉言谈芯片", "郝思远谈软件"]) is None, \
        "two of that surname, each written once: nobody for sure"
    assert written_full_name("郝", ["郝：你好。"]) is None, "its own turns state no name"
    interview = ("芯片之外：专访郝嘉言\n\n撰文／柯以宁\n\n"
                 "创始人郝嘉言去年回国创业。\n\n"
                 "柯：为什么做芯片？\n\n郝：因为模型要下到端侧。\n\n"
                 "柯：难在哪里？\n\n郝：难在内存带宽。\n")
    transcript = parse(write(tmp_path, "interview.txt", interview))
    assert {who for _, who in said(transcript)} == {"郝嘉言"}
    assert {q.asker for q in transcript.questions if q.asked} == {"柯以宁"}


def test_a_position_label_is_the_one_person_the_guest_list_gives_that_position(tmp_path):
    """出席嘉宾：…董事长兼CEO欧阳明；… then 董事长：… — the label is the list's 欧阳明."""
    briefing = ("媒体沟通会实录\n\n"
                "出席嘉宾：某某科技董事长兼CEO欧阳明；首席科学家聂远博士\n\n"
                "主持人：欢迎各位。请提问。\n\n"
                "记者（某报）：请问欧阳总，今年营收多少？\n\n"
                "董事长：谢谢。营收翻了一倍。\n\n"
                "主持人：下一位。\n\n"
                "记者（某网）：明年呢？\n\n"
                "董事长：明年继续投入研发。\n")
    transcript = parse(write(tmp_path, "briefing.txt", briefing))
    assert {who for _, who in said(transcript)} == {"欧阳明"}
