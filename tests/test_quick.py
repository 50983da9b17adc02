"""`make quick`, the inner loop, needs no root and no network once .venv exists: nothing it
depends on installs a system package or runs npm (only `make test` does)."""

from __future__ import annotations

import re

from conftest import ROOT


def prerequisites(makefile: str, target: str) -> set[str]:
    """Every target ``target`` depends on, through the Makefile's rules (order-only too)."""
    rules: dict[str, list[str]] = {}
    for name, needs in re.findall(r"^([^\s#:=][^:=]*?):(?!=)([^\n]*)$", makefile, re.M):
        rules.setdefault(name.strip(), []).extend(needs.replace("|", " ").split())
    found: set[str] = set()
    todo = [target]
    while todo:
        for need in rules.get(todo.pop(), []):
            if need not in found:
                found.add(need)
                todo.append(need)
    return found


def test_make_quick_installs_no_system_package_and_runs_no_npm():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    needs = prerequisites(makefile, "quick")
    assert "system-deps" in prerequisites(makefile, "test"), "the check reads the Makefile"
    assert not {"system-deps", "node_modules/.installed"} & needs, needs
    recipe = makefile.split("\nquick:", 1)[1].split("\n\n", 1)[0]
    assert 'pytest -m "not browser and not system and not sweep"' in recipe
    assert "pytest -m" not in makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0], "test runs all"
