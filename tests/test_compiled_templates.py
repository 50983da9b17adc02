"""Compiled templates kept on disk between builds (hooks/roundtable/compiled_templates.py):
one compile serves every copy of the project with the same source and options, a template
loaded from the cache names its own file, and nothing else is ever served from it."""

from __future__ import annotations

from pathlib import Path

import jinja2

from roundtable.compiled_templates import CompiledTemplates

PAGE = "{% for word in words %}\n  <b>{{ word }}</b>\n{% endfor %}\n{{ missing.name }}\n"


def folder_with(path: Path, source: str) -> Path:
    path.mkdir(parents=True)
    (path / "page.html").write_text(source, encoding="utf-8")
    return path


def environment(folder: Path, cache: Path, **options: object) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), auto_reload=False,
                              bytecode_cache=CompiledTemplates(str(cache)), **options)


def cached(cache: Path) -> list[Path]:
    return sorted(cache.glob("roundtable-exhibit-*.cache"))


def test_a_copy_of_the_project_loads_the_compiled_template_and_names_its_own_file(
    tmp_path: Path,
):
    cache = tmp_path / "cache"
    cache.mkdir()
    first = folder_with(tmp_path / "first", PAGE)
    copy = folder_with(tmp_path / "copy", PAGE)
    compiled = environment(first, cache).get_template("page.html")
    assert len(cached(cache)) == 1, "compiled once and kept"
    stored = cached(cache)[0].read_bytes()
    loaded = environment(copy, cache).get_template("page.html")
    assert cached(cache)[0].read_bytes() == stored and len(cached(cache)) == 1, (
        "the copy loads what the first compiled, without compiling it again")
    words = {"words": ["端侧", "蒸馏"], "missing": {"name": "x"}}
    assert loaded.render(**words) == compiled.render(**words)
    assert loaded.filename == str(copy / "page.html")
    try:  # an error in the template points at the copy's file, not the first's
        loaded.render(words=[])
    except jinja2.UndefinedError as error:
        frames = []
        trace = error.__traceback__
        while trace is not None:
            frames.append(trace.tb_frame.f_code.co_filename)
            trace = trace.tb_next
        assert str(copy / "page.html") in frames and str(first / "page.html") not in frames
    else:
        raise AssertionError("rendering without `missing` raises")


def test_an_edited_template_or_other_options_compile_anew(tmp_path: Path):
    cache = tmp_path / "cache"
    cache.mkdir()
    words = {"words": ["量化"], "missing": {"name": "y"}}
    plain = environment(folder_with(tmp_path / "a", PAGE), cache).get_template("page.html")
    edited = environment(folder_with(tmp_path / "b", PAGE.replace("b>", "i>")), cache)
    trimmed = environment(tmp_path / "a", cache, trim_blocks=True, lstrip_blocks=True)
    assert plain.render(**words) == "\n  <b>量化</b>\n\ny"
    assert edited.get_template("page.html").render(**words) == "\n  <i>量化</i>\n\ny"
    assert trimmed.get_template("page.html").render(**words) == "  <b>量化</b>\ny"
    assert len(cached(cache)) == 3
