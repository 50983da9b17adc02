"""A threaded comment page saved as HTML (readers/containers/thread.py): each comment a record
labelled by its account; replies by the post's author, or by an account the post names, are
their answers; the accounts that only ask are the audience; pinned notices and deleted
comments are nobody's words; comments under an article stay the page's (invented pages)."""

from __future__ import annotations

from roundtable.model import Transcript
from transcript_files import parsed

# A Chinese forum's 问答 thread, replies nested in the markup (no depth classes): the post's
# author introduces himself, names a colleague's account, and both answer members' questions.
FORUM = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我是做古籍修复的，有问必答</title></head>
<body>
<div class="topic">
<h1>我是做古籍修复的，有问必答</h1>
<div class="meta">楼主 <a class="username" href="/member/guji_lao_he">guji_lao_he</a></div>
<div class="content"><p>大家好，我是何嘉树，在省图书馆修了十五年古籍。</p>
<p>同事温若溪（@wen_ruoxi）负责纸张检测，她也会来回答。</p></div>
</div>
<div class="replies">
<div class="post">
<div class="meta"><a class="username" href="/member/shuchong">shuchong</a> 3楼</div>
<p>虫蛀得很厉害的书还能救吗？</p>
<div class="post">
<div class="meta"><a class="username" href="/member/guji_lao_he">guji_lao_he</a> 楼主</div>
<p>能救，先冷冻杀虫，再一页页补。最怕的是已经粘成一块的。</p>
</div>
</div>
<div class="post">
<div class="meta"><a class="username" href="/member/moxiang">moxiang</a> 5楼</div>
<p>补纸是怎么选的？</p>
<div class="post">
<div class="meta"><a class="username" href="/member/wen_ruoxi">wen_ruoxi</a></div>
<p>看原纸的纤维和厚度，用显微镜比对，颜色宁浅勿深。</p>
</div>
</div>
<div class="post pinned">
<div class="meta"><a class="username" href="/member/banzhu">banzhu</a> 置顶</div>
<p>本帖已加精，请勿灌水。</p>
</div>
<div class="post">
<div class="meta"><a class="username" href="/member/lanting">lanting</a> 7楼</div>
<p>修一本书一般要多久？</p>
<div class="post">
<div class="meta"><a class="username" href="/member/guji_lao_he">guji_lao_he</a> 楼主</div>
<p>快的一个月，慢的要两三年，看破损程度。</p>
</div>
</div>
</div>
</body></html>
"""

# A magazine interview whose page carries readers' comments below the article: the comments
# are the readers', the interview is the page.
ARTICLE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Interview</title></head><body>
<article>
<h1>A bridge engineer on wind</h1>
<p>Q: What does wind do to a long bridge?</p>
<p>Lena Ruiz: It makes it dance. Our job is to make sure it only dances a little, and never
in step with itself. The Tacoma Narrows collapse taught the whole profession that lesson.</p>
<p>Q: How do you test for it?</p>
<p>Lena Ruiz: Scale models in a wind tunnel, then sensors on the real deck for years after.
We compare the two constantly, and the real bridge always surprises us somewhere.</p>
<p>Q: What surprised you most?</p>
<p>Lena Ruiz: Rain. Water running down the cables changes their shape enough to make them
sing, and that vibration was nowhere in our models when I started.</p>
</article>
<div class="comments">
<div class="comment"><span class="author">gus</span><p>Great piece.</p>
<div class="comment"><span class="author">marta</span><p>Agreed?</p></div></div>
<div class="comment"><span class="author">ivo</span><p>More like this please.</p></div>
</div>
</body></html>
"""


def answers(transcript: Transcript) -> dict[int, str]:
    names = {s.id: s.name for s in transcript.speakers}
    return {n: names[a.speaker] for part in transcript.parts for q in part.questions
            for a in q.answers for p in a.paragraphs for n in p.lines}


def questions(transcript: Transcript) -> dict[int, str]:
    return {n: q.asker for part in transcript.parts for q in part.questions for n in q.lines}


def test_a_forum_threads_replies_by_the_poster_and_the_account_he_names_are_answers(tmp_path):
    transcript = parsed(tmp_path, "forum.html", FORUM)
    said = answers(transcript)
    assert said == {16: "何嘉树", 24: "温若溪", 36: "何嘉树"}
    assert set(questions(transcript)) == {13, 21, 33}
    # The moderator's pinned notice is nobody's words in the conversation.
    assert 29 in {e.line for e in transcript.excluded}
    assert not transcript.warnings


def test_comments_under_an_article_stay_the_pages_not_the_transcript(tmp_path):
    transcript = parsed(tmp_path, "article.html", ARTICLE)
    assert set(answers(transcript).values()) == {"Lena Ruiz"}
    assert {"gus", "marta", "ivo"}.isdisjoint({s.name for s in transcript.speakers})


# Comments copied from a video page as text: each comment's stamp line (when, reply, likes)
# under it, in the shape the platform gives every comment.
COPIED = """Ask the glassblower: live comments

glassfan_88: How hot does the furnace run?
2h ago · Reply · 14 likes
Ana Torres: About 1100 degrees. The glory hole runs a little hotter than that.
2h ago · Reply · 31 likes
mo_k: Do you ever get burned?
1h ago · Reply · 9 likes
Ana Torres: Every week, a little. You learn where the heat goes.
1h ago · Reply · 22 likes
glassfan_88: What glass do you start beginners on?
45 min ago · Reply · 5 likes
Ana Torres: Clear soda-lime. It forgives you more than colour does.
40 min ago · Reply · 18 likes
"""


def test_each_comments_stamp_line_is_nobodys_words(tmp_path):
    transcript = parsed(tmp_path, "copied.txt", COPIED)
    stamps = {4, 6, 8, 10, 12, 14}
    spoken = set(answers(transcript)) | set(questions(transcript))
    assert not stamps & spoken
    assert stamps <= {e.line for e in transcript.excluded}
    assert set(answers(transcript).values()) == {"Ana Torres"}
