"""A page's HTML is read by Material's search Parser once per build: jieba's set-up reads it
(search_setup.indexed_texts) and the search plugin is handed the same sections when it
indexes that page (material_internals.read_once_for_search), as if it had parsed it."""

from __future__ import annotations

from material.plugins.search import plugin

from roundtable.material_internals import read_once_for_search, sections_for_search

PAGE = """<h1 id="q">问题</h1><p>胡瀚：Swin V2 只是开始。</p>
<div data-search-exclude><p>引用本页</p></div><h2 id="a">回答</h2><ul><li>CLIP</li></ul>"""
OTHER = "<p>没有标题的一段：端侧大模型。</p>"


def as_material_reads(html: str) -> list[tuple[str | None, list[str], list[str], bool]]:
    parser = getattr(plugin.Parser, "material_parser", plugin.Parser)()
    parser.feed(html)
    parser.close()
    return sections(parser.data)


def sections(data: list) -> list[tuple[str | None, list[str], list[str], bool]]:
    return [(s.id, list(s.title), list(s.text), s.is_excluded()) for s in data]


def indexed(html: str) -> list:
    parser = plugin.Parser()  # what the search plugin makes, at the time it indexes
    parser.feed(html)
    parser.close()
    return parser.data


def test_the_search_plugin_indexes_the_sections_read_for_jieba_without_parsing_again():
    expected = as_material_reads(PAGE)
    read_once_for_search()
    read = sections_for_search(PAGE)
    assert sections(read) == expected and len(read) == 2
    handed = indexed(PAGE)
    assert handed is read, "the plugin gets the very sections, not a second parse"
    again = indexed(PAGE)
    assert again is not read and sections(again) == expected, "each only once"
    assert sections(indexed(OTHER)) == as_material_reads(OTHER), "other HTML parsed as ever"


def test_a_new_build_forgets_what_the_last_one_read():
    read_once_for_search()
    read = sections_for_search(PAGE)
    read_once_for_search()
    handed = indexed(PAGE)
    assert handed is not read and sections(handed) == as_material_reads(PAGE)
