"""The house's floors: every import under ``hooks/`` runs one way, down.

``hooks/roundtable/__init__.py`` holds the one table of floors (``FLOORS``). Each module here
is read (its source, with ``ast``: imports inside functions count too) and each import of
the project's own code is checked: it points to a lower floor or stays inside its own unit,
and no chain of imports comes back to where it started.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from roundtable import FLOORS

HOOKS = Path(__file__).resolve().parent.parent / "hooks"


def module_name(path: Path) -> str:
    """``hooks/roundtable/pages/pages.py`` → ``roundtable.pages.pages``."""
    parts = list(path.relative_to(HOOKS).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(HOOKS.rglob("*.py"))}


def is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def own_modules(importer: str, tree: ast.AST) -> set[str]:
    """The project's modules ``importer`` imports, resolved to the deepest one that exists."""
    found: set[str] = set()
    package = importer if is_package(importer) else importer.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            candidates = [[alias.name] for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            # `from . import render` imports the module render; `from .x import f` imports x.
            candidates = [[f"{stem}.{alias.name}", stem] for alias in node.names]
        else:
            continue
        for names in candidates:
            target = next((name for name in names if name in MODULES), None)  # else not ours
            if target and target != importer:
                found.add(target)
    return found


IMPORTS = {name: own_modules(name, ast.parse(path.read_text(encoding="utf-8")))
           for name, path in MODULES.items()}


def unit_of(module: str) -> tuple[int, str] | None:
    """The floor and the unit (the longest entry of FLOORS that holds the module)."""
    best: tuple[int, str] | None = None
    for floor, units in enumerate(FLOORS):
        for unit in units:
            if module == unit or module.startswith(unit + "."):
                if best is None or len(unit) > len(best[1]):
                    best = (floor, unit)
    return best


def test_every_module_under_hooks_stands_on_a_floor():
    homeless = [name for name in MODULES if name != "roundtable" and unit_of(name) is None]
    assert homeless == [], "add them to FLOORS in hooks/roundtable/__init__.py"


def test_the_table_names_only_modules_that_exist():
    assert [unit for units in FLOORS for unit in units if unit not in MODULES] == []


def wrong_imports(importer: str, targets: set[str]) -> list[str]:
    """The imports that go up a floor or sideways to another unit of the same floor."""
    floor, unit = unit_of(importer)
    wrong = []
    for target in sorted(targets - {"roundtable"}):  # the package's __init__ holds the table
        target_floor, target_unit = unit_of(target)
        if target_unit == unit or target_floor < floor:
            continue
        way = "up" if target_floor > floor else "sideways"
        wrong.append(f"{importer} (floor {floor}) imports {target} (floor {target_floor}): {way}")
    return wrong


@pytest.mark.parametrize("importer", sorted(name for name in MODULES if name != "roundtable"))
def test_imports_go_down_or_stay_inside_their_unit(importer: str):
    assert wrong_imports(importer, IMPORTS[importer]) == []


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every circle of imports, each once, as the path that closes it."""
    found: list[list[str]] = []
    seen: set[str] = set()

    def walk(node: str, path: list[str]) -> None:
        if node in path:
            circle = path[path.index(node):]
            if set(circle) not in [set(c) for c in found]:
                found.append(circle + [node])
            return
        if node in seen:
            return
        for target in sorted(graph.get(node, ())):
            walk(target, path + [node])
        seen.add(node)

    for start in sorted(graph):
        walk(start, [])
    return found


def test_no_module_imports_itself_back_through_others():
    # Lazy imports inside functions count too: a circle hidden in a function is a circle.
    assert cycles(IMPORTS) == []


def test_the_circle_finder_finds_a_circle():
    # The checker checked: a made-up graph with one circle of three.
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]


def test_the_reader_sees_imports_inside_functions_and_from_packages():
    source = "def f():\n    from ..citing import citations\n    from .. import model\n"
    assert own_modules("roundtable.pages.pages", ast.parse(source)) == {
        "roundtable.citing.citations", "roundtable.model"}


def test_an_upward_or_sideways_import_would_be_refused():
    # The rule applied to imports the house does not have.
    assert wrong_imports("roundtable.model", {"roundtable.pages.pages"}) == [
        "roundtable.model (floor 0) imports roundtable.pages.pages (floor 7): up"]
    assert wrong_imports("roundtable.citing.citations", {"roundtable.search.search_fold"}) == [
        "roundtable.citing.citations (floor 6) imports roundtable.search.search_fold (floor 6): "
        "sideways"]
    assert wrong_imports("roundtable.pages.pages", {"roundtable.pages.render",
                                                    "roundtable.citing.citations"}) == []
