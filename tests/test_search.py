"""Search in Chinese: what a reader gets from the search box, and the build steps behind it.

The ranking tests type the way an input method does: the committed text lands in the box,
then a key event follows; the tests of what a query finds type it key by key, waiting for
the result of each key. See hooks/ARCHITECTURE.md, "Search in Chinese".
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import jieba
import material
import pytest

from conftest import (
    DESKTOP,
    PHONE,
    ROOT,
    SEED,
    SMALL_SEEDS,
    build,
    copy_project,
    follow_instantly,
    open_for_instant_navigation,
    serve,
)
from exhibit import read_transcripts
from roundtable.citing.citations import passage_label
from roundtable.material_internals import (
    BUNDLE_GLOB,
    RESULT_CLASSES,
    WORKER_FIXES,
    WORKER_GLOB,
    WORKER_PROTOCOL,
    WORKER_SCRIPT,
    material_templates,
)
from roundtable.search import search_fold
from roundtable.search.search_fold import (
    cut_as_folded,
    fold,
    folding_table,
    traditional_to_simplified,
)
from roundtable.search.search_index import (
    PASSAGE_MARK,
    IndexedPassage,
    SearchIndexError,
    passages_apart,
    plain,
    tags_on_pages_only,
)
from roundtable.search.search_pagefind import LOADED, LOADED_WHOLE, WORD_BUCKETS
from roundtable.search.search_setup import PageText, prepare_jieba
from roundtable.search.search_terms import (
    MARKER,
    WorkerPatchError,
    patch_worker,
    quoted_terms,
    user_dictionary,
    vocabulary_terms,
    write_user_dictionary,
)
from roundtable.site import build_site
from roundtable.transcript import load
from sitecheck import CONTRAST, assert_who_is_on_screen, indexed_documents, pagefind_records

QUERIES = ("自监督", "最后一公里", "无人驾驶", "白马非马", "因果推断", "Swin", "专用模型")
SEARCH_BOX = "[data-md-component=search-query]"
# Results worth judging: the ones a reader sees without scrolling the result list.
TOP = 10

# A result's own text: its title and passages, not its tags, nor the note of missing words.
_RESULT_TEXT = """item => {
  const copy = item.cloneNode(true)
  copy.querySelectorAll('.md-tags, summary, .md-search-result__terms')
      .forEach(e => e.remove())
  return {
    href: item.querySelector('a').getAttribute('href'),
    title: item.querySelector('h1') ? item.querySelector('h1').textContent : '',
    text: copy.textContent,
    marks: [...item.querySelectorAll('mark')].map(m => m.textContent),
    terms: [...item.querySelectorAll('.md-search-result__terms')].map(t => t.textContent),
  }
}"""


@dataclass(frozen=True)
class Result:
    path: str
    title: str
    text: str
    marks: tuple[str, ...]
    terms: tuple[str, ...]

    def holds(self, phrase: str) -> bool:
        return squash(phrase) in squash(self.text)


def squash(text: str) -> str:
    """Text as a reader reads it: no zero-width spaces (jieba's cuts), no spaces, any case."""
    return re.sub(r"[\s\u200b]+", "", text).lower()


def material_worker() -> Path:
    """Material's own search worker, as the theme ships it (before the build patches it)."""
    (path,) = (Path(material.__file__).parent / "templates").glob(WORKER_GLOB)
    return path


def worker_source() -> str:
    return material_worker().read_text(encoding="utf-8")


def translation(page, key: str) -> str:
    """One of the theme language's strings, as Material's scripts read them."""
    return page.evaluate(
        "key => JSON.parse(document.getElementById('__config').textContent).translations[key]",
        key,
    )


def type_query(page, query: str) -> None:
    """Put ``query`` in the search box as an input method commits it, then a key event."""
    box = page.locator(SEARCH_BOX)
    box.fill(query)
    box.dispatch_event("keyup", {"key": "Process"})


def wait_for_results(page) -> None:
    page.wait_for_function(
        """([placeholder, initializer]) => {
          const meta = document.querySelector('.md-search-result__meta')
          return meta && meta.textContent.trim() && meta.textContent.trim() !== placeholder
            && meta.textContent.trim() !== initializer
        }""",
        arg=[translation(page, "search.result.placeholder"),
             translation(page, "search.result.initializer")],
    )


def directory_style(path: str) -> str:
    """A page's path as the online site writes it: the offline bundle's ``x.html`` and
    ``x/index.html`` are ``x/``."""
    path = re.sub(r"(^|/)index\.html$", r"\1", path)
    return re.sub(r"\.html$", "/", path)


def read_results(page, base_url: str) -> list[Result]:
    items = page.locator(".md-search-result__list > li.md-search-result__item")
    results = []
    for raw in items.evaluate_all(f"items => items.map({_RESULT_TEXT})")[:TOP]:
        path = directory_style(raw["href"].removeprefix(base_url).split("?")[0].split("#")[0])
        results.append(Result(path, squash(raw["title"]), raw["text"], tuple(raw["marks"]),
                              tuple(raw["terms"])))
    return results


@pytest.fixture(name="home", scope="module", params=["online", "offline"])
def fixture_home(request) -> str:
    """The home page's address: the site served over http, whose search fetches Pagefind's
    records a query at a time, and the offline bundle opened from disk, whose search holds
    Material's whole index. One set of query rules, checked on both."""
    if request.param == "online":
        return request.getfixturevalue("base_url")
    return (request.getfixturevalue("unzipped") / "index.html").as_uri()


@pytest.fixture(name="search", scope="module")
def fixture_search(browser, home: str) -> Iterator[object]:
    """Search the built site from its home page; each query's results are read once."""
    base_url = home.removesuffix("index.html")
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(home)
    seen: dict[str, list[Result]] = {}

    def search(query: str) -> list[Result]:
        if query not in seen:
            type_query(page, "")
            page.wait_for_function(
                "p => document.querySelector('.md-search-result__meta').textContent.trim() === p",
                arg=translation(page, "search.result.placeholder"),
            )
            type_query(page, query)
            wait_for_results(page)
            seen[query] = read_results(page, base_url)
        return seen[query]

    yield search
    context.close()


# ---------------------------------------------------------------------------- in the browser


@pytest.mark.browser
@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_passages_that_hold_the_phrase(search, query: str):
    results = search(query)
    assert results, f"no result for {query}"
    assert results[0].holds(query), f"the first result for {query} lacks it: {results[0]}"


@pytest.mark.browser
@pytest.mark.parametrize("query", QUERIES)
def test_results_holding_the_exact_phrase_rank_above_those_holding_its_pieces(search, query):
    held = [result.holds(query) for result in search(query)]
    assert held == sorted(held, reverse=True), (
        f"{query}: a result without the phrase ranks above one with it: "
        + ", ".join(f"{r.path}={h}" for r, h in zip(search(query), held, strict=True))
    )


@pytest.mark.browser
@pytest.mark.parametrize("query", QUERIES)
def test_the_whole_phrase_is_highlighted_not_a_fragment(search, query: str):
    marks = {squash(mark) for mark in search(query)[0].marks}
    assert squash(query) in marks or any(m.startswith(squash(query)) for m in marks), (
        f"{query}: highlighted {sorted(marks)}"
    )


@pytest.mark.browser
@pytest.mark.parametrize("query", QUERIES)
def test_a_result_holding_the_phrase_reports_no_word_missing(search, query: str):
    for result in search(query):
        if result.holds(query):
            assert not result.terms, f"{query}: {result.path} says {result.terms}"


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "topic"),
    [("自然语言处理", "nlp"), ("卷积神经网络", "cnn"), ("多模态", "multimodal")],
)
def test_a_topics_own_page_comes_first_above_pages_merely_tagged_with_it(search, query, topic):
    # Question pages carry a tag per topic they mention, often a dozen; Material's default
    # tag boost (10⁶) put every one of them above the page named by the query.
    assert search(query)[0].path == f"topics/{topic}/", [r.path for r in search(query)]


@pytest.mark.browser
@pytest.mark.parametrize("query", ["白马非马", "因果推断", "专用模型", "无人驾驶", "自监督",
                                   "预训练"])
def test_the_panelists_words_rank_above_their_copies_and_editorial_notes(search, query: str):
    # The transcript and the speaker pages repeat every answer, topic pages quote them and
    # their editorial summaries use the same words. Pages named by the query aside, the
    # question page, where the passage is read in context, comes first.
    paths = [r.path for r in search(query) if squash(query) not in r.title]
    copies = [p for p in paths if p.startswith(("speakers/", "topics/")) or "/transcript/" in p]
    questions = [p for p in paths if p not in copies and p.count("/") == 2]
    assert questions, paths
    assert all(paths.index(questions[0]) < paths.index(copy) for copy in copies), paths


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "page"),
    # Foundation is said in the introduction, indexed on the transcript, its own page.
    [("MSRA", "speakers/hu-han/"), ("Foundation", "2022-01-last-mile/transcript/")],
)
def test_a_latin_word_in_chinese_brackets_is_found(search, query: str, page: str):
    # 微软亚洲研究院(MSRA), 「基础模型(Foundation Model)」: the transcripts use ASCII and
    # Chinese punctuation, and a word glued to a bracket must still be a word.
    paths = [r.path for r in search(query)]
    assert page in paths, paths


@pytest.mark.browser
@pytest.mark.parametrize(("query", "words"), [("无人驾驶精度", ("无人驾驶", "精度"))])
def test_two_words_typed_together_are_both_searched_and_none_reported_missing(
    search, query: str, words: tuple[str, ...]
):
    results = search(query)
    assert all(results[0].holds(word) for word in words), results[0]
    # Material notes the query words a page's first section lacks ("缺少: 精度"); a doubled
    # wildcard made it report words that section holds, spelled with a stray "*".
    for result in results:
        for note in result.terms:
            missing = note.split(":", 1)[1].split()
            assert all(word in words for word in missing), f"{result.path} says {note}"


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "topic"),
    [
        ("稀疏 MoE", "moe"),
        ("稀疏MoE", "moe"),  # typed without a space: Chinese glued to Latin letters
        ("专有模型", "specialised-model"),  # an alias: the page is named 专用模型
        ("因果推理", "causal-inference"),  # an alias: the page is named 因果推断
    ],
)
def test_a_topic_name_or_alias_finds_the_topic_page_among_the_first_results(
    search, query: str, topic: str
):
    paths = [result.path for result in search(query)[:3]]
    assert f"topics/{topic}/" in paths, f"{query}: first results {paths}"


@pytest.mark.browser
def test_text_committed_by_an_input_method_is_searched(browser, base_url: str):
    # An input method composes, commits (compositionend, input) and may send no keyup at
    # all; a phone keyboard's key events carry "Unidentified"/"Process" and come first.
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    page.goto(base_url)
    page.wait_for_function("() => !!document.querySelector('.md-search-result__meta')")
    box = page.locator(SEARCH_BOX)
    box.dispatch_event("keydown", {"key": "Process"})
    box.dispatch_event("compositionstart")
    box.fill("无人驾驶")
    box.dispatch_event("compositionend", {"data": "无人驾驶"})
    try:
        # The committed words are searched: results appear, with no key pressed after them.
        page.wait_for_function(
            "() => document.querySelectorAll('.md-search-result__list > li').length > 0")
        results = read_results(page, base_url)
    finally:
        context.close()
    assert results and results[0].holds("无人驾驶")


# ---------------------------------------------------------------------------- at build time


@pytest.fixture(name="terms", scope="module")
def fixture_terms() -> set[str]:
    transcript = load(SEED)
    names = [n for topic in transcript.topics for n in (topic.name, *topic.aliases)]
    text = SEED.read_text(encoding="utf-8")
    return vocabulary_terms(names) | quoted_terms(text)


def test_the_user_dictionary_holds_the_topic_vocabulary_and_quoted_terms(terms: set[str]):
    for term in ("大模型", "自监督", "多模态", "专用模型", "因果推断", "无人驾驶"):
        assert term in terms, f"topic vocabulary: {term}"
    for term in ("最后一公里", "白马非马"):  # quoted in the transcript, in no topic
        assert term in terms, f"quoted: {term}"
    assert "稀疏" in terms and not any(" " in t or t.isascii() for t in terms)
    assert "大" not in terms  # “大” is quoted, but one character is no term


def test_quoted_terms_are_short_chinese_words_not_sentences():
    text = "他说“白马非马”,「基础模型(Foundation Model)」和“行百里者半九十,这是一句很长的话”"
    assert quoted_terms(text) == {"白马非马"}


def test_jieba_keeps_the_exhibits_terms_whole_with_the_dictionary(terms, tmp_path: Path):
    sentence = "用大模型还是小模型?自监督和多模态是走完最后一公里的路吗"
    plain = jieba.Tokenizer()
    assert "大模型" not in list(plain.cut(sentence))  # what jieba does on its own
    tokenizer = jieba.Tokenizer()
    with write_user_dictionary(terms, tmp_path).open("rb") as dictionary:
        tokenizer.load_userdict(dictionary)
    words = list(tokenizer.cut(sentence))
    for term in ("大模型", "小模型", "自监督", "多模态", "最后一公里"):
        assert term in words, words


def test_the_dictionary_file_is_jiebas_format():
    assert user_dictionary(["自监督", "大模型", "大模型"]) == "大模型 100000\n自监督 100000\n"


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("无人驾驶精度", ["无人驾驶", "精度"]),  # every word the index holds, each required
        ("小样本", ["小样本"]),  # not 小 + 样本: one character is never a fallback
        ("知识蒸馏", ["知识蒸馏"]),  # 蒸馏 is nowhere: searched whole, it matches nothing
        ("大模型的局", ["大模型", "局"]),  # 的 dropped; 局… is still being typed
        ("小", ["小"]),
    ],
)
def test_a_chinese_query_is_cut_into_words_the_index_holds_or_kept_whole(browser, query, words):
    index = dict.fromkeys(["小", "样本", "小模型", "知识", "无人", "无人驾驶", "驾驶", "精度",
                           "大模型", "局限性", "感知", "识别"], {})
    page = browser.new_page()
    try:
        page.add_script_tag(content=WORKER_SCRIPT.read_text(encoding="utf-8"))
        cut = page.evaluate("([q, index]) => exhibitSegment(q, index)", [query, index])
    finally:
        page.close()
    assert cut == words


def test_the_worker_patch_fixes_each_spot_once_and_only_once():
    source = worker_source()
    patched = patch_worker(source)
    assert patched.startswith(MARKER)
    assert '.join("* ")' not in patched  # Material's segmentation is no longer called
    assert "exhibitSegment(" in patched and "function exhibitSegment" in patched
    assert "`+${" in patched  # every term required
    assert patch_worker(patched) == patched  # a serve rebuild patches nothing twice


@pytest.mark.parametrize(("name", "pattern"), [(name, p) for name, p, _ in WORKER_FIXES])
def test_the_worker_patch_refuses_a_worker_it_does_not_recognise(name: str, pattern):
    source = worker_source()
    found = pattern.search(source).group(0)
    changed = source.replace(found, found.replace("=", "= "))  # the same, written otherwise
    with pytest.raises(WorkerPatchError, match=re.escape(name)):
        patch_worker(changed)


@pytest.mark.parametrize(("name", "pattern"), WORKER_PROTOCOL)
def test_online_search_refuses_a_worker_whose_messages_it_does_not_recognise(name, pattern):
    source = worker_source()
    assert patch_worker(source, online=True)  # Material's worker as shipped is recognised
    found = pattern.search(source).group(0)
    changed = source.replace(found, found.replace(":", ": ", 1).replace("(", "( ", 1))
    with pytest.raises(WorkerPatchError, match=re.escape(name)):
        patch_worker(changed, online=True)
    assert patch_worker(changed)  # offline, the worker is used as Material answers


def test_the_result_list_is_still_rendered_with_the_classes_our_script_reads():
    # The meta line and the list come from the search partial, the rest from the bundle.
    (bundle,) = material_templates().glob(BUNDLE_GLOB)
    source = bundle.read_text(encoding="utf-8") + (
        material_templates() / "partials" / "search.html").read_text(encoding="utf-8")
    script = (ROOT / "docs" / "assets" / "search-results.js").read_text(encoding="utf-8")
    for name in RESULT_CLASSES:
        assert name in source, f"Material no longer renders .{name}"
    assert set(re.findall(r"\.(md-[\w-]+)", script)) <= set(RESULT_CLASSES)


def test_the_built_site_serves_the_patched_worker(site: Path):
    (worker,) = site.glob(WORKER_GLOB)
    assert worker.read_text(encoding="utf-8").startswith(MARKER)


def test_the_build_fails_clearly_when_materials_worker_has_changed(tmp_path: Path):
    # The worker is checked whatever the panels are: one short panel builds quicker.
    project = copy_project(tmp_path / "project", SMALL_SEEDS)
    name, pattern, _ = WORKER_FIXES[-1]
    source = worker_source()
    found = pattern.search(source).group(0)
    # A theme file of the same name in custom_dir replaces Material's: here, a worker
    # whose code for one fix is written differently.
    changed = source.replace(found, found.replace("=", "= "))
    assert changed != source
    target = project / "overrides" / material_worker().relative_to(
        Path(material.__file__).parent / "templates"
    )
    target.parent.mkdir(parents=True)
    target.write_text(changed, encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert name in result.stderr and "Traceback" not in result.stderr
    shutil.rmtree(project)


# ---------------------------------------------------------------------------- the index


@pytest.fixture(name="index", scope="module")
def fixture_index(site: Path) -> list[dict]:
    return indexed_documents(site)


@pytest.fixture(name="exhibit", scope="module")
def fixture_exhibit():
    return build_site(read_transcripts(ROOT / "seeds"))


def test_the_offline_index_is_written_as_utf8_not_escapes(bundle: Path):
    # Escaped, every Chinese character costs six bytes instead of three.
    raw = (bundle.parent / "offline-site" / "search" / "search_index.json").read_text("utf-8")
    assert not re.search(r"\\u[0-9a-fA-F]{4}", raw.split('"docs"', 1)[1])
    assert "最后一公里" in raw


def test_online_the_index_a_reader_fetches_first_holds_no_document(site: Path):
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    assert index["docs"] == []
    assert index["config"]["pagefind"] == "pagefind/"
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert list((site / "pagefind").glob("wasm.*.pagefind"))
    # Pagefind's own search UIs are not the site's: not published.
    assert not list((site / "pagefind").glob("pagefind-*ui*"))


def test_each_document_of_the_offline_index_is_in_its_pages_record_online(site: Path, bundle: Path):
    offline = json.loads((bundle.parent / "offline-site" / "search" / "search_index.json")
                         .read_text("utf-8"))["docs"]
    online = indexed_documents(site)
    as_online = {doc["location"]: doc for doc in online}
    assert len(as_online) == len(online) == len(offline)
    for doc in offline:
        # The offline bundle's links are to files (x.html), the site's to folders (x/).
        page, _, anchor = doc["location"].partition("#")
        location = directory_style(page) + (f"#{anchor}" if anchor else "")
        assert as_online[location]["text"] == doc["text"], location
        assert as_online[location]["title"] == doc["title"], location


def test_a_pages_record_holds_its_documents_and_the_words_they_are_searched_by(
    site: Path, exhibit
):
    records = pagefind_records(site)
    (passage,) = [p for p in exhibit.passages if "白马非马" in p.text][:1]
    page = exhibit.urls.url(passage.page)
    (record,) = [r for r in records if r["url"] == f"/{page}"]
    docs = json.loads(record["meta"]["docs"])
    # The page's own document first, then its sections and passages, the passage among them.
    assert docs[0]["location"] == page
    assert all(doc["location"].startswith(f"{page}#") for doc in docs[1:])
    assert f"{page}#{passage.anchor}" in [doc["location"] for doc in docs]
    # The exhibit's terms whole, as jieba cut them for Material's index, and no markup.
    words = record["content"].split()
    assert "白马非马" in words
    assert not any("<" in word or "\u200b" in word for word in words)


def test_the_word_lists_hold_each_chinese_word_under_its_first_character(site: Path):
    def words_starting_with(character: str) -> list[str]:
        listed_in = site / "search" / "words" / f"{ord(character) % WORD_BUCKETS}.txt"
        listed = listed_in.read_text("utf-8").split() if listed_in.exists() else []
        return [word for word in listed if word.startswith(character)]

    assert "自监督" in words_starting_with("自")
    assert "最后一公里" in words_starting_with("最")
    assert "蒸馏" not in words_starting_with("蒸")  # never said: a query for it finds nothing


def test_every_link_in_every_page_has_an_address(site: Path):
    # The search dialog's "话题索引" link included: an <a> without href is no link to a
    # crawler (Lighthouse, SEO); the dialog holds it in a <template> until it is shown.
    for path in site.rglob("*.html"):
        page = re.sub(r"<template\b.*?</template>", "", path.read_text("utf-8"), flags=re.S)
        assert not re.findall(r"<a\b(?![^>]*\shref=)[^>]*>", page), path


def shown_text(doc: dict) -> str:
    """A document's text as a result shows it: no markup, no word cuts."""
    return re.sub(r"<[^>]+>", " ", doc["text"]).replace("\u200b", "")


def test_result_snippets_keep_apart_what_the_page_keeps_apart(index, exhibit):
    # Material's parser joins adjacent elements' texts: a speaker card's English name ran
    # into the affiliation, grid cells and the year strip's figures into each other.
    texts = [shown_text(doc) for doc in index]
    speakers = {p.speaker for p in exhibit.passages if p.speaker}
    for speaker in speakers:
        if speaker.name_en and speaker.affiliation:
            assert not any(f"{speaker.name_en}{speaker.affiliation}" in t for t in texts)
    for text in texts:
        assert not re.search(r"\d 段\d|\b(?:19|20)\d\d\d+ 项", text), text[:200]


def test_editorial_badges_are_not_searched_as_the_pages_words(index):
    assert not [doc["location"] for doc in index if "Editorial English label" in doc["text"]]


def test_each_passage_is_indexed_once_at_its_anchor_on_its_own_page(index, exhibit):
    # Its copies on the transcript, speaker and topic pages are kept out of the index.
    texts = [(doc["location"], plain(doc["title"]) + plain(doc["text"])) for doc in index]
    for passage in exhibit.passages:
        holding = [location for location, text in texts if plain(passage.text) in text]
        page = exhibit.urls.url(passage.page)
        assert holding == [f"{page}#{passage.anchor}"], (passage.anchor, holding)


def test_pages_holding_copies_are_still_found_by_their_own_words(index, exhibit):
    docs = {doc["location"]: doc for doc in index}
    for speaker in {p.speaker for p in exhibit.passages if p.speaker}:
        assert speaker.name in plain(docs[f"speakers/{speaker.id}/"]["title"])
    for topic in exhibit.topics.values():
        page = [plain(d["title"] + d["text"]) for loc, d in docs.items()
                if loc.split("#")[0] == f"topics/{topic.id}/"]
        assert plain(topic.name) in page[0]
        assert any(plain(topic.summary) in text for text in page), topic.id


def test_a_passage_document_carries_only_its_own_topics(index, exhibit):
    by_location = {doc["location"]: doc for doc in index}
    for passage in exhibit.passages:
        doc = by_location[f"{exhibit.urls.url(passage.page)}#{passage.anchor}"]
        if passage.kind == "answer":
            assert doc["tags"] == [exhibit.topics[t].name for t in passage.topics]
            assert plain(doc["title"]) == plain(f"{passage.speaker.name}{PASSAGE_MARK}")


def test_a_passage_is_indexed_without_its_paragraph_link(index, exhibit):
    # "¶ 12" closes each passage on its page; in a result it would read as the passage's words.
    by_location = {doc["location"]: doc for doc in index}
    for passage in exhibit.passages:
        doc = by_location[f"{exhibit.urls.url(passage.page)}#{passage.anchor}"]
        if doc["title"].rstrip().endswith(PASSAGE_MARK):
            assert not re.search(r"¶[\s\u200b\d]*$", shown_text(doc).strip()), doc


def test_a_pages_tags_are_on_the_page_not_on_each_of_its_sections(index):
    # Else a word that is only a tag of the page matches every section of it, and a result
    # says "在该页上还有 N 个符合条件的结果" of sections that do not hold the word.
    pages = {doc["location"] for doc in index if "#" not in doc["location"]}
    assert any("tags" in doc for doc in index if doc["location"] in pages)
    for doc in index:
        if "#" in doc["location"] and not doc["title"].rstrip().endswith(PASSAGE_MARK):
            assert "tags" not in doc, doc["location"]


def test_tags_stay_on_pages_and_passages_only():
    index = {"config": {}, "docs": [
        {"location": "q/", "title": "问", "text": "", "tags": ["话题"]},
        {"location": "q/#answer-a", "title": "甲", "text": "", "tags": ["话题"]},
        {"location": "q/#q-a-1", "title": "甲 ¶", "text": "<p>话</p>", "tags": ["另一话题"]},
    ]}
    assert [d.get("tags") for d in tags_on_pages_only(index)["docs"]] == [
        ["话题"], None, ["另一话题"]]


def test_a_passage_the_index_does_not_hold_stops_the_build():
    index = {"config": {}, "docs": [
        {"location": "q/", "title": "问", "text": ""},
        {"location": "q/#answer-a", "title": "甲", "text": "<p>甲 · 某处</p> <p>说过的话 ¶</p>"},
    ]}
    said = IndexedPassage("q/", "q-a-1", "甲", "说过的话", ("话题",))
    apart = passages_apart(index, [said])
    assert [d["location"] for d in apart["docs"]] == ["q/", "q/#answer-a", "q/#q-a-1"]
    assert apart["docs"][1]["text"] == "<p>甲 · 某处</p>"
    assert apart["docs"][2] == {"location": "q/#q-a-1", "title": "甲 ¶",
                                "text": "<p>说过的话</p>", "tags": ["话题"]}
    unsaid = IndexedPassage("q/", "q-a-2", "甲", "没说过的话", ())
    with pytest.raises(SearchIndexError, match="q-a-2"):
        passages_apart(index, [said, unsaid])


def test_identical_passages_each_get_their_own_paragraph_in_reading_order():
    index = {"config": {}, "docs": [
        {"location": "q/#answer-a", "title": "甲", "text": "<p>是的。 ¶</p> <p>是的。 ¶</p>"},
    ]}
    first, second = (IndexedPassage("q/", f"q-a-{n}", "甲", "是的。", ()) for n in (1, 2))
    apart = passages_apart(index, [first, second])
    assert [(d["location"], d["text"]) for d in apart["docs"]] == [
        ("q/#answer-a", ""), ("q/#q-a-1", "<p>是的。</p>"), ("q/#q-a-2", "<p>是的。</p>")
    ]
    with pytest.raises(SearchIndexError, match="q-a-3"):
        passages_apart(index, [first, second, first._replace(anchor="q-a-3")])


# ---------------------------------------------------------------------------- typed key by key


def type_keys(page, query: str) -> None:
    """Type ``query`` into the search box one key at a time, as a reader would, waiting after
    each key for the result Material shows for the text typed so far."""
    box = page.locator(SEARCH_BOX)
    box.focus()
    for key in query:
        shown = page.locator("[data-md-component=search-result]").get_attribute(
            "data-exhibit-results")
        page.keyboard.type(key)
        page.wait_for_function(
            """shown => +document.querySelector('[data-md-component=search-result]')
                 .dataset.exhibitResults > +shown""",
            arg=shown or "0",
        )


def open_search(page, url: str) -> None:
    """Open ``url`` and its search box, once search is ready for a query."""
    page.goto(url)
    page.locator("label.md-header__button[for=__search]").click()
    page.locator(SEARCH_BOX).wait_for()
    # Offline, Material starts its search when the box is first used.
    page.locator(SEARCH_BOX).focus()
    page.wait_for_function(
        "p => document.querySelector('.md-search-result__meta').textContent.trim() === p",
        arg=translation(page, "search.result.placeholder"),
    )


@pytest.fixture(name="typed")
def fixture_typed(browser, home: str) -> Iterator[object]:
    """A phone (390 px) on the exhibit's home page, online and offline, its search box open."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    open_search(page, home)
    yield page
    context.close()


def passage_results(page) -> list[dict]:
    return page.locator(".md-search-result__article").evaluate_all(
        """articles => articles.map(a => ({
             href: a.closest('a').getAttribute('href'),
             title: (a.querySelector('h1, h2') || {textContent: ''}).textContent,
             passage: a.dataset.exhibitPassage === '1',
             text: [...a.querySelectorAll(':scope > p')].map(p => p.textContent).join(''),
             marks: [...a.querySelectorAll(':scope > p mark')].map(m => m.textContent),
             chips: [...a.querySelectorAll('.md-tag')].filter(c => c.offsetParent)
                      .map(c => c.textContent),
             tags: [...a.querySelectorAll('.md-tag')].map(c => c.textContent),
           }))"""
    )


@pytest.mark.browser
@pytest.mark.parametrize("query", ["小样本", "知识蒸馏"])
def test_words_the_panel_never_says_find_nothing_and_the_list_says_so(typed, query: str):
    # 小样本 is not 小 + 样本 (小模型 pages), 知识蒸馏 not 知识 (感知识别 in an editorial line).
    type_keys(typed, query)
    assert typed.locator(".md-search-result__item").count() == 0
    note = typed.locator("[data-exhibit-search-none]")
    assert note.is_visible()
    assert f"没有提到「{query}」" in squash(note.text_content())
    link = note.get_by_role("link", name="话题索引")
    assert link.is_visible()
    href = directory_style(link.evaluate("a => a.href"))
    assert re.search(r"/topics/$", href), "it offers the topic index"


@pytest.mark.browser
def test_the_topic_index_is_offered_from_any_page_after_instant_navigation(
    browser, instant_base_url: str, exhibit
):
    # The search dialog outlives instant navigation: its link must not be relative to the
    # page it was first rendered on.
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        open_for_instant_navigation(page, instant_base_url)
        question = exhibit.transcripts[0].questions[0]
        target = exhibit.urls.url(exhibit.urls.question(exhibit.transcripts[0], question))
        follow_instantly(page, page.locator(f"article a[href$='{target}']").first,
                         f"{instant_base_url}{target}")
        page.locator(SEARCH_BOX).click()
        type_keys(page, "知识蒸馏")
        link = page.locator("[data-exhibit-search-none]").get_by_role("link", name="话题索引")
        # Where the link leads, resolved by the browser: the site's topic index, not a
        # topics/ below the page the dialog was first drawn on.
        assert link.evaluate("a => a.href") == f"{instant_base_url}topics/"
    finally:
        context.close()


@pytest.mark.browser
def test_gpt_3_does_not_match_a_bare_3(typed):
    type_keys(typed, "GPT-3")
    results = passage_results(typed)
    assert results
    for result in results:
        # Every result holds GPT (a page listed only for its sections aside); a page that
        # merely holds a 3 is not listed.
        if result["text"] or result["marks"]:
            words = squash(result["title"] + result["text"] + " ".join(result["tags"]))
            assert "gpt" in words, result
        assert all(squash(mark) != "3" or "gpt" in squash(result["text"])
                   for mark in result["marks"]), result


def shown_results(page) -> list[dict]:
    """Each result as a reader sees it: where it leads, and the text of its articles that are
    not folded away ("在该页上还有 N 个…" closed), without tag chips; each article's heading,
    text and whether it is a passage."""
    return page.locator(".md-search-result__item").evaluate_all(
        """items => items.map(item => ({
             href: item.querySelector('a').getAttribute('href'),
             articles: [...item.querySelectorAll('.md-search-result__article')]
               .filter(a => !a.closest('details:not([open])'))
               .map(a => {
                 const own = a.cloneNode(true)
                 own.querySelectorAll('.md-tags').forEach(t => t.remove())
                 return {heading: (a.querySelector('h1, h2') || {textContent: ''}).textContent,
                         text: own.textContent, passage: a.dataset.exhibitPassage === '1',
                         marks: [...a.querySelectorAll('mark')].filter(m => m.offsetParent)
                                  .map(m => m.textContent)}
               }),
           }))""")


FURNITURE = re.compile(r"上一问|下一问|出自全文实录|第\d+问，共\d+问")
"""What surrounds the words on a question page: 上一问/下一问, the 出自 line, the crumbs."""


def test_page_furniture_is_not_in_the_index(index):
    # The pager named the neighbouring questions: 小模型 listed the pages beside 用大模型还是小模型.
    held = [doc["location"] for doc in index if FURNITURE.search(squash(shown_text(doc)))]
    assert held == []


@pytest.mark.browser
@pytest.mark.parametrize("query", ["小模型", "大模型"])
def test_no_result_is_listed_for_its_navigation(typed, query: str):
    type_keys(typed, query)
    results = shown_results(typed)
    assert results
    for result in results:
        for article in result["articles"]:
            assert not FURNITURE.search(squash(article["heading"] + article["text"])), result


@pytest.mark.browser
def test_a_person_search_says_who_once_then_the_words(typed, exhibit):
    # 胡瀚 was shown three times a passage: the 胡瀚博士 heading, the 据机器之心报道 · 胡瀚 ·
    # 微软… line under it, then the passage headed 胡瀚.
    (speaker,) = [s for s in {p.speaker for p in exhibit.passages if p.speaker}
                  if s.name == "胡瀚"]
    questions = [exhibit.urls.url(exhibit.urls.question(t, q))
                 for t in exhibit.transcripts for q in t.questions]
    type_keys(typed, speaker.name)
    passages = 0
    for result in shown_results(typed):
        if not any(page in directory_style(result["href"].split("?")[0]) for page in questions):
            continue  # the speaker's own page, the about page: about them, not their words
        for article in result["articles"]:
            if article["passage"]:
                passages += 1
                assert squash(article["heading"]) == squash(speaker.name), article
            else:
                assert speaker.name not in squash(article["heading"] + article["text"]), article
    assert passages, "the query lists the speaker's passages"


@pytest.mark.browser
def test_the_results_show_no_zero_width_space(typed):
    # Word cuts let a phone break a line before "，" (“，CLIP 和 DALL·E…”).
    type_keys(typed, "多模态")
    assert typed.locator(".md-search-result__item").count()
    text = typed.locator(".md-search-result").evaluate("r => r.textContent")
    assert "\u200b" not in text


def test_no_page_holds_a_zero_width_space(site: Path):
    assert [p.name for p in site.rglob("*.html") if "\u200b" in p.read_text("utf-8")] == []


@pytest.mark.browser
@pytest.mark.parametrize("query", ["GPT-3", "多模态", "Swin"])
def test_a_listed_result_shows_the_words_it_matched(typed, query: str):
    # GPT-3 listed the exhibit's home page for a GPT in its topic cloud and a 3 in its grid.
    type_keys(typed, query)
    results = shown_results(typed)
    assert results
    for result in results:
        shown = squash(" ".join(a["heading"] + a["text"] for a in result["articles"]))
        assert squash(query) in shown, result
        assert any(a["marks"] for a in result["articles"]), result


@pytest.mark.browser
def test_a_word_lists_each_passage_that_holds_it_once(typed, exhibit):
    holding = [p for p in exhibit.passages if "落地" in p.text]
    assert holding
    type_keys(typed, "落地")
    passages = [r for r in passage_results(typed) if r["passage"]]
    anchors = [r["href"].split("#")[1] for r in passages]
    assert sorted(anchors) == sorted(p.anchor for p in holding)
    meta = typed.locator(".md-search-result__meta").text_content()
    assert f"找到 {len(holding)} 段相符的发言" in meta
    # The sentence that holds the word comes first, and little else is on the phone's screen.
    for result in passages:
        first = re.split(r"[。！？；!?;]", squash(result["text"]).lstrip("…"))[0]
        assert "落地" in first, result["text"]
        assert len(result["chips"]) <= 4, result["chips"]


@pytest.mark.browser
def test_a_result_opens_its_passage_with_the_words_highlighted(typed, exhibit):
    type_keys(typed, "无人驾驶精度")
    link = typed.locator("a.md-search-result__link").filter(
        has=typed.locator("[data-exhibit-passage]")).first
    href = link.get_attribute("href")
    anchor = href.split("#")[1]
    (passage,) = [p for p in exhibit.passages if p.anchor == anchor]
    assert "无人驾驶" in passage.text and "精度" in passage.text
    link.click()
    typed.wait_for_url(re.compile(f"#{anchor}$"))
    assert exhibit.urls.url(passage.page) in directory_style(typed.url.split("#")[0].split("?")[0])
    marks = typed.locator(f"[id='{anchor}'] mark")
    marks.first.wait_for()
    assert {"无人驾驶", "精度"} <= {squash(m) for m in marks.all_text_contents()}
    assert typed.locator(f"[id='{anchor}']").is_visible()


@pytest.mark.browser
def test_the_passage_a_result_opens_shows_who_says_it(typed, exhibit):
    # 白马非马 is said in a paragraph that begins 基于通用性的优点，他认为…: its speaker's heading
    # is above the screen when the result opens it.
    type_keys(typed, "白马非马")
    link = typed.locator("a.md-search-result__link").filter(
        has=typed.locator("[data-exhibit-passage]")).first
    anchor = link.get_attribute("href").split("#")[1]
    (passage,) = [p for p in exhibit.passages if p.anchor == anchor]
    link.click()
    typed.wait_for_url(re.compile(f"#{anchor}$"))
    typed.locator(f"[id='{anchor}'].passage--target").wait_for()
    assert_who_is_on_screen(typed, anchor,
                            passage_label(passage.transcript, passage.speaker))


@pytest.mark.browser
def test_no_result_opens_a_page_with_nothing_to_highlight(typed):
    type_keys(typed, "落地")
    hrefs = typed.locator("a.md-search-result__link").evaluate_all(
        "links => links.map(a => new URL(a.href).searchParams.get('h'))")
    assert hrefs and all(hrefs), hrefs


@pytest.mark.browser
def test_a_result_shows_a_few_topic_chips_at_most(typed):
    type_keys(typed, "大模型")
    results = passage_results(typed)
    assert len(results) > 5
    # Question pages carry up to a dozen topics: three chips and a count of the others.
    assert any(len(result["tags"]) > 4 for result in results)
    for result in results:
        assert len(result["chips"]) <= 4, result


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("query", ["落地", "知识蒸馏"])
def test_the_result_list_passes_axe_on_a_phone(browser, base_url: str, scheme, query):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True,
                                  color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(base_url)
        page.locator("label.md-header__button[for=__search]").click()
        page.locator(SEARCH_BOX).wait_for()
        type_keys(page, query)
        page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
        result = page.evaluate(
            """() => axe.run(document.querySelector('.md-search'), {runOnly: {type: 'tag',
                 values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                 resultTypes: ['violations']})"""
        )
    finally:
        context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == []


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_searched_words_stand_out_in_the_passage_a_result_opens(
    browser, base_url: str, exhibit, scheme
):
    # The passage a result opens is highlighted; the words searched for, inside it, must
    # still be told apart from it (3:1, WCAG's contrast for what is not text) and readable.
    (passage,) = [p for p in exhibit.passages if "无人驾驶" in p.text][:1]
    context = browser.new_context(viewport=PHONE, is_mobile=True, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(f"{base_url}{exhibit.urls.url(passage.page)}?h=无人驾驶#{passage.anchor}")
        mark = page.locator(f"[id='{passage.anchor}'] mark").first
        mark.wait_for()
        colours = mark.evaluate(
            """m => {
                 const p = m.closest('.passage'), s = getComputedStyle(m)
                 return [s.backgroundColor, getComputedStyle(p).backgroundColor, s.color]
               }""")
        background, passage_background, text = colours
        assert page.evaluate(CONTRAST, [background, passage_background]) >= 3, colours
        assert page.evaluate(CONTRAST, [text, background]) >= 4.5, colours
    finally:
        context.close()


@pytest.mark.browser
def test_a_passage_result_is_headed_by_who_speaks_without_a_stray_mark(typed, exhibit):
    type_keys(typed, "落地")
    passages = [r for r in passage_results(typed) if r["passage"]]
    assert passages
    names = {p.speaker.name for p in exhibit.passages if p.speaker}
    for result in passages:
        assert PASSAGE_MARK not in result["title"], result["title"]
        assert squash(result["title"]) in {squash(n) for n in names} | {"主持人", "导语"}


def list_every_result(page) -> None:
    """Scroll the result list until Material has listed every page it found. Material lists
    four more each time the list comes to its end: the list goes up, then down, in turns."""
    page.wait_for_function(
        """() => {
             const wrap = document.querySelector('.md-search__scrollwrap')
             window.exhibitTurn = !window.exhibitTurn
             wrap.scrollTop = window.exhibitTurn ? wrap.scrollHeight : 0
             const line = document.querySelector('.md-search-result__meta').textContent
             const counted = line.match(/共 (\\d+) 个页面|列出其中 (\\d+) 个/)
             const found = +(counted[1] || counted[2])
             return document.querySelectorAll('.md-search-result__item').length >= found
           }""",
        polling=100,
    )


@pytest.mark.browser
def test_the_passage_count_says_at_least_only_while_pages_are_still_unlisted(typed):
    type_keys(typed, "大模型")
    meta = typed.locator(".md-search-result__meta")
    first = meta.text_content()
    pages = int(re.search(r"共 (\d+) 个页面", first).group(1))
    shown = typed.locator(".md-search-result__item").count()
    assert pages > shown and first.startswith("至少"), (first, shown)
    list_every_result(typed)
    listed = typed.locator("[data-exhibit-passage]").count()
    typed.wait_for_function(
        "line => document.querySelector('.md-search-result__meta').textContent === line",
        arg=f"找到 {listed} 段相符的发言，共 {pages} 个页面")


@pytest.mark.browser
@pytest.mark.parametrize("query", ["大模型", "胡瀚", "自监督"])
def test_more_results_on_a_page_each_hold_the_words_themselves(typed, query: str):
    # "在该页上还有 N 个符合条件的结果": each of the N holds the query in its own heading or
    # text, or is a passage that mentions it as a topic (by an alias: 大规模预训练模型), not
    # merely a section of a page tagged with it.
    type_keys(typed, query)
    list_every_result(typed)
    more = typed.locator("details.md-search-result__more").evaluate_all(
        """ds => ds.map(d => ({
             summary: d.querySelector('summary').textContent,
             n: d.querySelectorAll('article').length,
             bare: [...d.querySelectorAll('article')].filter(a => {
               const own = a.cloneNode(true)
               if (!a.dataset.exhibitPassage)
                 own.querySelectorAll('.md-tags').forEach(t => t.remove())
               return !own.querySelector('mark')
             }).map(a => a.textContent.slice(0, 40)),
           }))""")
    assert more, "the query lists sections beyond the first of some page"
    for page in more:
        assert str(page["n"]) in page["summary"] and not page["bare"], page


# ------------------------------------------------------- Traditional and Simplified alike

TRADITIONAL = ROOT / "tests" / "traditional"
"""A small panel written in Traditional characters (迴圈, 自監督, 多模態, 最後一公里)."""


def test_folding_makes_traditional_and_simplified_one_and_keeps_the_rest():
    table = traditional_to_simplified()
    assert fold("迴圈 自監督 多模態 最後一公里", table) == "回圈 自监督 多模态 最后一公里"
    # Names stay apart where the characters differ in both scripts: 婧 is not 静.
    assert fold("李靜", table) == "李静" and fold("李婧", table) == "李婧"
    for kept in ("GPT-3", "Swin V2", "回圈", "自监督", "多模态", "最后一公里"):
        assert fold(kept, table) == kept
    site = folding_table(["回圈与自监督"])
    assert site["迴"] == "回" and site["監"] == "监" and "態" not in site


def test_the_folding_table_kept_between_builds_is_openccs(tmp_path, monkeypatch):
    """The table is read back from disk after the first build, and is OpenCC's; a damaged
    file is made again."""
    monkeypatch.setattr(search_fold, "CACHE_DIR", tmp_path)
    made = search_fold.opencc_table()
    search_fold.traditional_to_simplified.cache_clear()
    try:
        assert search_fold.traditional_to_simplified() == made  # converted, then written
        [kept] = tmp_path.glob("roundtable-t2s-*.marshal")
        search_fold.traditional_to_simplified.cache_clear()
        assert search_fold.traditional_to_simplified() == made  # read back
        kept.write_bytes(b"\x00 not a table")
        search_fold.traditional_to_simplified.cache_clear()
        assert search_fold.traditional_to_simplified() == made
    finally:
        search_fold.traditional_to_simplified.cache_clear()


def test_a_traditional_run_is_indexed_cut_where_its_simplified_form_is_cut():
    table = traditional_to_simplified()
    # jieba alone: 迴|圈 against 回圈, 著名 against 着|名.
    def cut(text: str) -> list[str]:
        return {"训练回圈": ["训练", "回圈"], "着名": ["着", "名"]}[text]
    assert cut_as_folded("訓練\u200b迴\u200b圈\u200b,", table, cut) == "訓練\u200b迴圈\u200b,"
    assert cut_as_folded("著名", table, cut) == "著名"
    assert cut_as_folded("GPT-3 \u200b大\u200b模型", table, cut) == "GPT-3 \u200b大\u200b模型"


def test_the_traditional_panels_index_is_cut_as_its_simplified_form(traditional, tmp_path):
    _, model, site = traditional
    docs = indexed_documents(site)
    # jieba as the build set it up: the panel's terms, the dictionary of its words.
    pages = [PageText(d["title"], "", d["text"].replace("\u200b", "")) for d in docs]
    table = prepare_jieba(model, pages, tmp_path)
    runs = [run for doc in docs for run in re.findall(r"[\u4e00-\u9fff\u200b]+", doc["text"])]
    assert any("迴圈" in run.split("\u200b") for run in runs)
    for run in runs:
        # Never more pieces than jieba makes of the Simplified form: a word it knows there
        # is a word here (還難 may stay whole, where jieba guesses it).
        words = [w for w in run.split("\u200b") if w]
        assert len(words) <= len(list(jieba.cut(fold("".join(words), table)))), run
    words = {w for run in runs for w in run.split("\u200b")}
    assert {"迴圈", "資料", "訓練"} <= words


@pytest.fixture(name="traditional", scope="module")
def fixture_traditional(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    """The Traditional panel built and served: its address, its model and its site."""
    root = tmp_path_factory.mktemp("traditional")
    seeds = {p.name: p.read_bytes() for p in TRADITIONAL.iterdir()}
    seeds["topics.yml"] = (ROOT / "seeds" / "topics.yml").read_bytes()
    project = copy_project(root / "project", seeds=seeds)
    result = build(project, root / "site")
    assert result.returncode == 0, result.stderr
    url, server = serve(root / "site")
    yield url, build_site(read_transcripts(project / "seeds")), root / "site"
    server.shutdown()
    server.server_close()


def passages_saying(model, word: str) -> list[str]:
    """The anchors of the passages holding ``word`` that are results of their own (a
    question's first paragraph is its page's heading)."""
    return sorted(p.anchor for p in model.passages if word in p.text
                  and not (p.question and p.anchor == p.question.id))


def search_on_a_phone(browser, url: str, query: str) -> list[dict]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        open_search(page, url)
        type_keys(page, query)
        if page.locator(".md-search-result__item").count():
            list_every_result(page)
        return passage_results(page)
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "words"),
    [("多模态", ["多模态"]), ("自监督", ["自监督"]), ("最后一公里", ["最后一公里"]),
     ("GPT-3", ["gpt", "3"]), ("Swin V2", ["swin", "v2"]), ("多模態", ["多模态"]),
     ("胡瀚", ["胡瀚"]), ("胡翰", None)],
)
def test_online_and_offline_a_query_finds_the_same_passages(
    browser, base_url: str, unzipped: Path, query: str, words
):
    # Pagefind is asked for the words the exhibit's own segmentation cuts, and Material's
    # search runs over what it returns: both sides cut alike. 多模態 (Traditional) finds the
    # Simplified panel; 胡翰 is not 胡瀚 (the characters differ in both scripts).
    home = (unzipped / "index.html").as_uri()
    online = search_on_a_phone(browser, base_url, query)
    offline = search_on_a_phone(browser, home, query)

    def located(results: list[dict], base: str) -> list[str]:
        """Each result's page and anchor, the offline bundle's .html as the site's folders."""
        found = []
        for result in results:
            address = urljoin(base, result["href"]).removeprefix(base.removesuffix("index.html"))
            page, _, anchor = address.partition("#")
            found.append(f"{directory_style(page.split('?')[0])}#{anchor}")
        return sorted(found)

    assert located(online, base_url) == located(offline, home)
    if words is None:
        assert not online
        return
    assert online, query
    for result in online:
        if result["passage"]:  # who speaks heads it: 胡瀚's passages hold 胡瀚 there
            held = squash(result["title"] + result["text"] + " ".join(result["tags"]))
            assert all(word in held for word in words), result


@pytest.mark.browser
@pytest.mark.parametrize("query", ["回圈", "迴圈"])
def test_either_script_finds_a_word_the_panel_wrote_in_traditional(browser, traditional, query):
    url, model, _ = traditional
    holding = passages_saying(model, "迴圈")
    assert holding
    results = [r for r in search_on_a_phone(browser, url, query) if r["passage"]]
    assert sorted(r["href"].split("#")[1] for r in results) == holding
    # The passage is highlighted where it writes the word, in its own characters.
    assert all("迴圈" in {squash(m) for m in r["marks"]} for r in results), results


@pytest.mark.browser
def test_a_simplified_query_finds_a_traditional_phrase(browser, traditional):
    url, model, _ = traditional
    holding = passages_saying(model, "自監督")
    results = [r for r in search_on_a_phone(browser, url, "自监督") if r["passage"]]
    assert sorted(r["href"].split("#")[1] for r in results) == holding


@pytest.mark.browser
def test_a_traditional_query_finds_the_simplified_panel(browser, base_url, exhibit):
    holding = passages_saying(exhibit, "多模态")
    assert holding
    results = [r for r in search_on_a_phone(browser, base_url, "多模態") if r["passage"]]
    assert sorted(r["href"].split("#")[1] for r in results) == holding


# ---------------------------------------------------------------- online: a query at a time


@pytest.fixture(name="online_typed")
def fixture_online_typed(browser, base_url: str) -> Iterator[tuple[object, list[str]]]:
    """A phone on the served site, its search box open, and every address it fetches."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    fetched: list[str] = []
    # Requests from the search worker too: the context sees them all.
    context.on("request", lambda request: fetched.append(request.url))
    open_search(page, base_url)
    yield page, fetched
    context.close()


@pytest.mark.browser
def test_online_a_query_fetches_the_records_it_needs_not_the_whole_index(online_typed, site):
    page, fetched = online_typed
    type_query(page, "自监督")  # one query, as an input method commits it
    wait_for_results(page)
    assert page.locator(".md-search-result__article[data-exhibit-passage]").count()
    fragments = [url for url in fetched if url.endswith(".pf_fragment")]
    holding = pages_holding(site, "自监督")
    # The record of each page that holds the word, once, and no more than a query loads.
    assert 0 < len(fragments) == len(set(fragments))
    assert len(fragments) == (len(holding) if len(holding) <= LOADED_WHOLE else LOADED)
    word_lists = [url for url in fetched if "/search/words/" in url]
    assert 0 < len(word_lists) <= len("自监督")
    # The index file Material fetches is the configuration alone (its documents are the
    # records): it is the only index a reader downloads whole.
    assert [url for url in fetched if url.endswith("search_index.json")]
    assert not [url for url in fetched if url.endswith("search_index.js")]


@pytest.mark.browser
def pages_holding(site: Path, start: str) -> list[dict]:
    """The records of the pages holding a word that starts with ``start``."""
    return [r for r in pagefind_records(site)
            if any(word.startswith(start) for word in r["content"].split())]


@pytest.mark.browser
def test_online_a_word_on_more_pages_than_a_query_loads_says_so(online_typed, site):
    page, _ = online_typed
    holding = pages_holding(site, "模型")
    assert len(holding) > LOADED_WHOLE, "the seed must hold 模型 on more pages than are loaded"
    type_keys(page, "模型")
    page.wait_for_function(
        "() => /这些词见于/.test(document.querySelector('.md-search-result__meta').textContent)")
    line = page.locator(".md-search-result__meta").text_content().strip()
    found = re.fullmatch(
        r"至少找到 (\d+) 段相符的发言；这些词见于 (\d+) 个页面，按相关度列出其中 (\d+) 个", line)
    assert found, line
    assert int(found[2]) == len(holding)
    assert 0 < int(found[3]) <= LOADED
    assert int(found[1]) == page.locator("[data-exhibit-passage]").count()
