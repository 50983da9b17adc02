"""A group's or a forum's Q&A (issue 26, items 4 and 6): a numbered post with a mention
(``Q1 @河边的鱼：``, ``问2 @某某：``) asks, whoever posts it; the header's ``主持：`` line may give
the host a group role word before the nickname the record uses (``主持：班长 小林``). Each
rule on a small invented record, not shaped like the corpus files."""

from __future__ import annotations

from roundtable.readers.labels import posted_role
from roundtable.transcript import parse
from test_identity import said, write


def test_a_numbered_post_with_a_mention_is_a_role_word_and_a_handle():
    assert posted_role("Q1 @河边的鱼") == (True, "河边的鱼")
    assert posted_role("问12 @江南小满") == (True, "江南小满")
    assert posted_role("问2、@网友") == (True, "网友")
    assert posted_role("Q1") is None, "no handle: a heading's word"


RECORD = """读书会第7期线上答疑
主讲：宋知微
主持：班长 小林

小林：欢迎大家，今天请宋老师答疑。

问1 @河边的鱼：宋老师，书里说的“慢变量”怎么理解？

宋知微：就是那些短期看不出变化、长期决定结果的东西，比如习惯。

问2 @二十三：那怎么找到自己的慢变量？

宋知微：回头看三年前的自己，哪些东西变了，哪些没变，没变的那些值得琢磨。

小林：今天就到这里，谢谢宋老师。
"""


def test_numbered_posts_ask_and_a_role_word_before_a_nickname_gives_the_host(tmp_path):
    transcript = parse(write(tmp_path, "qa.txt", RECORD))
    assert said(transcript) == [(9, "宋知微"), (13, "宋知微")]
    questions = [(q.line, q.asker, q.audience)
                 for part in transcript.parts for q in part.questions]
    assert questions == [(5, "小林", False), (7, "河边的鱼", True), (11, "二十三", True)]
    assert transcript.closing_by == ("小林",)
    assert not transcript.warnings
