"""Display names and handles mapped to the person the file states (issue 26, item 5): a
meeting app shows a Chinese speaker's name in pinyin (``Haoran Wang``, ``WANG Haoran``) or a
chat shows a handle (``haoran``, ``zy_chen``) while the words of the file write the person in
Chinese (王浩然, ``@zy_chen（陈紫阳）``). Each rule on a small invented export."""

from __future__ import annotations

from roundtable.readers.identity import romanized_person
from roundtable.transcript import parse
from test_identity import said, write


def test_a_pinyin_display_name_spells_the_one_chinese_name_the_file_writes():
    texts = ["今天请到王浩然研究员来分享。", "下面请谢佳宁来讲。"]
    assert romanized_person("Haoran Wang", texts) == "王浩然"
    assert romanized_person("WANG Haoran", texts) == "王浩然"
    assert romanized_person("Hao-Ran Wang", texts) == "王浩然"
    assert romanized_person("haoran", texts) == "王浩然", "a handle that is the given name"
    assert romanized_person("Jianing Xie", texts) == "谢佳宁"
    assert romanized_person("jianing", ["谢谢佳宁"]) is None, "谢谢 is a word, not a surname"
    assert romanized_person("Tom Wang", texts) is None
    assert romanized_person("Haoran Wang", ["王浩然和汪浩然都在"]) is None, "two it could be"


PANEL = """Webinar: storage for small labs
Emily Carter: Welcome everyone. Our speaker today is 王浩然, who runs storage at a genomics lab.
Haoran Wang: Thanks Emily. 我们每天大概产生两个 TB 的原始数据，最难的是冷数据的归档。
Emily Carter: How do you decide what goes to tape?
Haoran Wang: 看访问频率，三个月没人读就下沉到磁带。
Emily Carter: Thank you, that is all for today.
"""


def test_a_speakers_pinyin_label_is_credited_to_the_chinese_name_the_host_introduces(tmp_path):
    transcript = parse(write(tmp_path, "panel.txt", PANEL))
    assert said(transcript) == [(3, "王浩然"), (5, "王浩然")]


CHAT = """#ask-the-maintainers, exported
admin_lu: 今晚答疑请到两位维护者：@haoran 王浩然老师，和 @zy_chen（陈紫阳）。
haoran: 大家好。
lurker42: 编译缓存为什么总是失效？
haoran: 因为路径里带了时间戳，我们下个版本会去掉。
lurker42: 那 Windows 上呢？
zy_chen: Windows 上是大小写的问题，我在修。
lurker42: 大概什么时候能修好？
zy_chen: 下周的版本。
admin_lu: 今晚就到这里，谢谢两位。
"""


def test_chat_handles_are_the_people_the_moderator_names_them_as(tmp_path):
    transcript = parse(write(tmp_path, "chat.txt", CHAT))
    people = {who for _, who in said(transcript)}
    assert {"王浩然", "陈紫阳"} <= people
    assert not people & {"haoran", "zy_chen"}


PROFILE = """Small rivers, big data
Hydrologist Ada Brandt has spent ten years counting fish with sonar. Ada Brandt told us why.
Interview by Sam Ortiz
RIVERS: Why sonar and not nets?
BRANDT: Nets kill what they count, and they miss the small ones.
RIVERS: What surprised you most?
BRANDT: How many fish move at night, when nobody used to look.
"""


def test_a_surname_label_is_the_name_not_the_occupation_word_before_it(tmp_path):
    transcript = parse(write(tmp_path, "profile.txt", PROFILE))
    assert said(transcript) == [(5, "Ada Brandt"), (7, "Ada Brandt")]
