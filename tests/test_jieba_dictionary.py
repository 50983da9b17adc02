"""jieba's main dictionary, cut down to the site's words, cuts the site's text unchanged.

The build hands jieba only the dictionary entries whose words occur in the indexed text
(hooks/jieba_dictionary.py): a faster build, and not one token of the search index may
differ from what jieba's whole dictionary makes of the same text.
"""

from __future__ import annotations

import re
from pathlib import Path

import jieba
import pytest
from backrefs import bre

from conftest import ROOT
from exhibit import read_transcripts
from roundtable.search.jieba_dictionary import (
    PLACEHOLDER,
    default_dictionary,
    restricted_dictionary,
)
from roundtable.search.search_setup import exhibit_terms
from roundtable.search.search_terms import write_user_dictionary
from roundtable.site import build_site
from sitecheck import indexed_documents

# How Material's search plugin finds the text it hands jieba (plugin._segment_chinese).
HAN_RUN = bre.compile(r"(\p{script: Han}+)", bre.UNICODE)


def tokenizer(main: Path, user: Path) -> jieba.Tokenizer:
    """A tokenizer set up as the build sets up jieba's: a main and a user dictionary."""
    tok = jieba.Tokenizer(str(main))
    tok.tmp_dir = str(user.parent)
    with user.open("rb") as dictionary:
        tok.load_userdict(dictionary)
    return tok


def segment(tok: jieba.Tokenizer, text: str) -> str:
    """``text`` as Material's search plugin indexes it: Han runs cut by jieba, set in U+200B."""
    def cut(match: re.Match) -> str:
        return "\u200b" + "\u200b".join(tok.cut(match.group(0))) + "\u200b"

    return HAN_RUN.sub(cut, text).strip("\u200b")


@pytest.fixture(name="full", scope="module")
def fixture_full(tmp_path_factory: pytest.TempPathFactory) -> jieba.Tokenizer:
    """jieba with its whole dictionary and the exhibit's terms: what the index must match."""
    folder = tmp_path_factory.mktemp("full")
    terms = exhibit_terms(build_site(read_transcripts(ROOT / "seeds")))
    return tokenizer(default_dictionary(), write_user_dictionary(terms, folder))


def test_the_cut_down_dictionary_cuts_the_transcript_as_the_whole_one(full, tmp_path: Path):
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").iterdir()))
    whole = default_dictionary().read_text(encoding="utf-8")
    terms = exhibit_terms(build_site(read_transcripts(ROOT / "seeds")))
    cut_down = restricted_dictionary(whole, [text, *terms])
    main = tmp_path / "main.txt"
    main.write_text(cut_down, encoding="utf-8")
    small = tokenizer(main, write_user_dictionary(terms, tmp_path))

    assert len(cut_down.splitlines()) < len(whole.splitlines()) / 20  # the point: it is small
    assert small.total == full.total  # jieba scores a cut by log(freq) - log(total)
    runs = HAN_RUN.findall(text)
    assert len(runs) > 500
    for run in runs:
        assert list(small.cut(run)) == list(full.cut(run)), run


def test_a_dropped_word_leaves_its_frequency_to_the_placeholder():
    dictionary = "大模型 30 n\n模型 50 n\n猫 20 n\n"
    assert restricted_dictionary(dictionary, ["用大模型"]) == (
        f"大模型 30 n\n模型 50 n\n{PLACEHOLDER} 20\n"
    )
    assert restricted_dictionary(dictionary, ["猫和大模型"]) == dictionary


def test_a_line_jieba_could_not_read_is_refused():
    with pytest.raises(ValueError):
        restricted_dictionary("大模型 30\n模型\n", ["大模型"])


def test_the_built_search_index_is_cut_as_with_the_whole_dictionary(site: Path, full):
    docs = indexed_documents(site)
    assert len(docs) > 50
    for doc in docs:
        for field in ("title", "text"):
            indexed = doc[field]
            assert indexed == segment(full, indexed.replace("\u200b", "")), doc["location"]
