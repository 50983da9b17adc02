"""One typography: the site's own Chinese words use full-width punctuation, names join their
titles, citations use one bracket style and cut quoted questions where a word ends.

The rule is written once (hooks/roundtable/typography.py) and checked here over every page
of the built site. Words quoted from the transcript are the transcript's own and are never
altered: a mark that stands so in the transcript file is its, not the site's.
"""

from __future__ import annotations

import html.parser
import re
from pathlib import Path

import pytest

from conftest import EXHIBIT, ROOT, SEED
from roundtable.typography import ascii_beside_han, cut, full_width, with_title
from sitecheck import read_page

ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-cite-lead", "data-cite-quote")
"""Attributes holding words a reader sees, hears or pastes. The references themselves (GB/T
7714, APA, Chicago) keep the punctuation their standards prescribe."""
CITATIONS = ("data-cite-lead", "data-cite-quote", "data-cite-gbt")
SKIPPED_CLASSES = ("cite-page__text",)
"""References, in their standards' punctuation."""



class _OwnWords(html.parser.HTMLParser):
    """A page's text and readable attributes, outside English labels, scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[str] = []
        self.citations: list[str] = []

    def _skipped(self) -> bool:
        return any(skip for _, skip in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        skip = (tag in ("script", "style", "code") or values.get("lang", "").startswith("en")
                or any(c in values.get("class", "").split() for c in SKIPPED_CLASSES))
        if tag not in ("br", "img", "input", "meta", "link", "hr", "wbr", "source"):
            self.stack.append((tag, skip))
        if not (skip or self._skipped()):
            self.texts += [values[a] for a in ATTRIBUTES if values.get(a)]
        self.citations += [values[a] for a in CITATIONS if values.get(a)]

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._skipped() and data.strip():
            self.texts.append(data.strip())


def own_words(path: Path) -> _OwnWords:
    parser = _OwnWords()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(name="transcript_text", scope="module")
def fixture_transcript_text() -> str:
    """Every transcript's words, as the file has them."""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt")))


def misplaced(text: str, transcript_text: str) -> list[str]:
    """ASCII marks beside Chinese in ``text`` that the transcript does not have there."""
    found = []
    text = _outside_quotes(text)  # words in “…” are quoted, as their source has them
    for position, _ in ascii_beside_han(text):
        # The mark belongs to the transcript's words when it stands so beside them there.
        before, after = text[max(0, position - 3): position + 1], text[position: position + 4]
        if before not in transcript_text and after not in transcript_text:
            found.append(text[max(0, position - 12): position + 12].replace("\n", " "))
    return found


def test_the_sites_own_chinese_words_use_full_width_punctuation_on_every_page(
    site: Path, transcript_text: str
):
    problems = []
    for page in sorted(site.rglob("*.html")):
        for text in own_words(page).texts:
            problems += [f"{page.relative_to(site)}: …{snippet}…"
                         for snippet in misplaced(text, transcript_text)]
    assert problems == [], "\n".join(dict.fromkeys(problems))


def _outside_quotes(text: str) -> str:
    """A citation's own framing: what is not inside “…” (quoted words stay as written)."""
    return re.sub(r"“[^”]*”", "“”", text)


def test_metadata_text_shown_on_pages_uses_the_sites_typography(site: Path, model):
    """The editors' words about speakers (the metadata's affiliation and role lines) follow
    the site's typography where pages show them, even where the transcript's intro has the
    same words with half-width marks (马尔奖(最佳论文奖)Swin Transformer 作者): they are
    not the transcript's words there."""
    shown = "\n".join(text for page in (site / "speakers").rglob("*.html")
                      for text in own_words(page).texts)
    fields = [(s.name, field, getattr(s, field)) for s in model.speakers
              for field in ("affiliation", "role") if getattr(s, field)]
    assert fields
    for name, field, value in fields:
        assert value in shown, (name, field, value)
        assert ascii_beside_han(value) == [], (name, field, value)


def test_citations_use_one_bracket_style(site: Path):
    """No （…(MSRA)…）: inside a citation's Chinese framing, brackets are full-width."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        for citation in own_words(page).citations:
            framing = _outside_quotes(citation.split("[EB/OL]")[0])
            if re.search(r"（[^）]*[()][^）]*）", framing):
                problems.append(f"{page.relative_to(site)}: {framing[:100]}")
    assert problems == [], "\n".join(dict.fromkeys(problems))


def test_a_name_and_its_title_are_one_word(site: Path, model):
    """陈虞君博士, never 陈虞君 博士, wherever the site names a titled speaker."""
    titled = [s for s in model.speakers if s.honorific]
    assert titled
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for speaker in titled:
            assert f"{speaker.name} {speaker.honorific}" not in text, page.relative_to(site)
    question = (site / EXHIBIT / "bottlenecks-and-outlook" / "index.html").read_text("utf-8")
    assert any(with_title(s.name, s.honorific) in question for s in titled)


def test_the_exhibit_header_names_the_host_once(site: Path, model):
    home = (site / "index.html").read_text(encoding="utf-8")
    facts = re.search(r'<p class="exhibit-facts">(.*?)</p>', home, re.S).group(1)
    host = model.info["host"]
    assert re.sub(r"<[^>]+>", " ", facts).count(host) == 1, facts


def _word_ends(text: str) -> set[int]:
    """Where words end in a text, as jieba (the search's segmenter) cuts it."""
    import jieba

    ends, position = set(), 0
    for word in jieba.lcut(text):
        position += len(word)
        ends.add(position)
    return ends


def test_questions_in_citations_are_cut_where_a_word_ends(site: Path, model):
    """A long question quoted in a citation is its own beginning, cut where a word ends (as
    the search's segmenter reads it), never in the middle of one."""
    cuts = 0
    for question in model.questions:
        page = (site / EXHIBIT / question.id / "index.html").read_text(encoding="utf-8")
        for lead in re.findall(r'data-cite-lead="([^"]*)"', page):
            quoted = re.search(r"回答“(.*?)”时", lead.replace("&#34;", '"'))
            if not quoted or not quoted.group(1).endswith("…"):
                continue
            shown = quoted.group(1)[:-1]
            assert question.text.startswith(shown)
            assert len(shown) in _word_ends(question.text), shown
            cuts += 1
    assert cuts, "no question long enough to be cut: the test proves nothing"


def test_the_intro_is_cited_as_the_reports_intro_in_a_sentence_that_reads(site: Path, model):
    transcript = (site / EXHIBIT / "transcript" / "index.html").read_text(encoding="utf-8")
    intro = model.intro[0]
    lead = re.search(rf'id="{intro.id}"[^>]*data-cite-lead="([^"]*)"', transcript).group(1)
    assert lead == f"{model.record.publisher}报道的导语（全文实录 ¶ {intro.number}）。"


def test_the_rule_itself():
    assert full_width("主办:机器之心") == "主办：机器之心"
    assert full_width("微软亚洲研究院(MSRA)视觉计算组") == "微软亚洲研究院（MSRA）视觉计算组"
    assert full_width("GB/T 7714-2015, APA (n.d.)") == "GB/T 7714-2015, APA (n.d.)"
    assert full_width("第 2 问,共 6 问") == "第 2 问，共 6 问"
    assert with_title("陈虞君", "博士") == "陈虞君博士"
    assert with_title("Sarah Chen", "博士") == "Sarah Chen 博士"
    # Chinese prose with Latin words in it: the marks between them are Chinese too.
    assert full_width("schema.org JSON-LD,Zotero 等") == "schema.org JSON-LD，Zotero 等"
    assert full_width("带 BOM, Excel 可以打开") == "带 BOM，Excel 可以打开"
    assert full_width("原名 Facebook,2021 年") == "原名 Facebook，2021 年"
    assert full_width("语言模型 PaLM(arXiv:2204.02311)。") == "语言模型 PaLM（arXiv:2204.02311）。"
    assert full_width("马尔奖(最佳论文奖)Swin") == "马尔奖（最佳论文奖）Swin"
    assert full_width("有 1,750 亿参数") == "有 1,750 亿参数"
    assert full_width("Computing Group, MSRA (n.d.)") == "Computing Group, MSRA (n.d.)"
    assert [mark for _, mark in ascii_beside_han("[说明](x)(JSON Schema 2020-12)。")] == [")"]
    assert cut("短问题?", 40) == "短问题?"
    assert cut("用大模型还是小模型?为什么?大模型是否存在一些局限性?为什么在实际工作中", 30) == \
        "用大模型还是小模型?为什么?大模型是否存在一些局限性?…"
    assert cut("谈谈 Transformer 和卷积各自的长处与短处还有未来的发展方向与趋势", 20) == \
        "谈谈 Transformer…"


def test_the_seed_file_itself_is_never_altered_on_the_page(site: Path, model):
    """The transcript's own half-width marks stay: the rule is the site's, not the text's."""
    raw = SEED.read_text(encoding="utf-8")
    assert "," in raw
    page = read_page(site / EXHIBIT / "transcript" / "index.html").text
    first = model.questions[0].answers[0].paragraphs[0].text
    assert "," in first and first in raw and first in page
