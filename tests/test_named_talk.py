"""A talk, lecture or course by one speaker who names themselves before the first labelled
turn, in a file whose every label asks (the audience's or the students' questions): issue
26, item 6, "a one-speaker file is a talk by the person its header or introduction names".
The talk is that person's, not the intro, and the unlabelled paragraphs under each question
are their answers, not the asker going on (small invented files)."""

from __future__ import annotations

from roundtable.model import Transcript
from transcript_files import answer_lines, parsed

# A museum's evening lecture saved as plain text: the curator speaks unlabelled, then two
# visitors' questions carry their labels and her answers none.
LECTURE = """Evening lecture: why old maps lie

I'm Helena Brandt, and I look after the map room here. Thank you for coming out in the rain.

Every map is an argument. The mapmaker chose what to leave out, and what to draw larger.

Take the coastline on the 1710 chart behind me: it is twice as long as the real one.

Visitor: Was that on purpose, or did they just not know?

Mostly they did not know. Sailors measured with knotted ropes and guesses.

Student: Which map in the collection is the most wrong?

The one of the lake district, without a doubt. It invents three villages.

Visitor: Do people still buy these maps?

More than ever. Collectors like the mistakes best.
"""

# A Chinese 讲座 record: the speaker introduces herself, talks, and answers labelled
# questions from the floor; no label names her.
JIANGZUO = """社区讲座：家里的老照片怎么保存

大家下午好，我是邵文岚，在市档案馆做了十年修复。

老照片最怕三样东西：潮、光、手汗。放在铁盒里反而容易生锈，最好用无酸纸袋。

听众：已经发黄的照片还能恢复吗？

纸基能稳住，颜色回不去。可以先扫描，数字版本再调色。

听众：塑封过的照片怎么办？

别自己撕。交给修复师，用温控的方法慢慢分离。
"""

# A radio phone-in: the presenter introduces himself and the show, callers ask, and the
# paragraphs under their questions are the guest's (labelled): no talk by the presenter.
PHONE_IN = """午夜热线

各位听众晚上好，我是主持人杜海，欢迎收听今晚的节目。

听众：孩子总熬夜怎么办？

罗医生：先把手机放到客厅，再谈作息。

听众：老人睡得太早又醒得早呢？

罗医生：白天多晒太阳，晚饭后散散步。

听众：午睡要睡多久？

罗医生：二十分钟以内最好。
"""


def question_lines(transcript: Transcript) -> set[int]:
    return {n for part in transcript.parts for q in part.questions for n in q.lines}


def test_a_lecture_whose_speaker_names_herself_is_hers_and_so_are_the_answers(tmp_path):
    transcript = parsed(tmp_path, "lecture.txt", LECTURE)
    answers = answer_lines(transcript)
    assert {answers.get(n) for n in (3, 5, 7, 11, 15, 19)} == {"helena-brandt"}
    assert {9, 13, 17} <= question_lines(transcript)
    assert not {3, 5, 7} & {n for p in transcript.intro for n in p.lines}


def test_a_chinese_talk_with_questions_from_the_floor_is_the_speakers(tmp_path):
    transcript = parsed(tmp_path, "jiangzuo.txt", JIANGZUO)
    answers = answer_lines(transcript)
    speaker = answers.get(3)
    assert speaker and {answers.get(n) for n in (3, 5, 9, 13)} == {speaker}
    assert {7, 11} <= question_lines(transcript)
    assert {s.name for s in transcript.speakers} == {"邵文岚"}


def test_a_presenter_introducing_the_show_is_no_lecturer(tmp_path):
    transcript = parsed(tmp_path, "phone-in.txt", PHONE_IN)
    assert "杜海" not in {s.name for s in transcript.speakers}
