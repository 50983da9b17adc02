"""Theme partials copied from Material into overrides/ are Material's, plus our changes only.

Each copy is listed in hooks/roundtable/material_internals.py with its changes. Re-applying
them to the installed Material's partial must give our copy exactly: when an upgrade of
Material changes the original, this fails and says which copy to redo (hooks/ARCHITECTURE.md,
"Upgrading").
"""

from __future__ import annotations

import dataclasses
import importlib.metadata

import pytest

from conftest import ROOT
from roundtable.material_internals import (
    COPIED_PARTIALS,
    JIEBA_VERSION,
    MATERIAL_VERSION,
    CopiedPartial,
    material_templates,
    reapply,
    without_header,
)


@pytest.mark.parametrize("partial", COPIED_PARTIALS, ids=lambda p: p.upstream)
def test_a_copied_partial_is_materials_own_with_our_changes(partial: CopiedPartial):
    original = (material_templates() / partial.upstream).read_text(encoding="utf-8")
    ours = (ROOT / partial.ours).read_text(encoding="utf-8")
    assert reapply(partial, original) == without_header(ours), (
        f"{partial.ours} is no longer Material's {partial.upstream} with our changes: copy "
        "the installed partial again, re-apply the changes listed in material_internals.py"
    )


def test_every_partial_in_overrides_that_material_also_has_is_listed():
    # A template that extends Material's (main.html, the documented way) copies nothing.
    listed = {partial.ours for partial in COPIED_PARTIALS}
    copies = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "overrides").rglob("*.html")
        if (material_templates() / path.relative_to(ROOT / "overrides")).exists()
        and "{% extends" not in path.read_text(encoding="utf-8")
    }
    assert copies == listed


def test_a_change_whose_original_text_is_gone_is_refused():
    (partial, *_) = COPIED_PARTIALS
    original = (material_templates() / partial.upstream).read_text(encoding="utf-8")
    old, _ = partial.changes[0]
    with pytest.raises(ValueError, match=partial.upstream):
        reapply(partial, original.replace(old, old.replace('role="dialog"', "")))
    changed = dataclasses.replace(partial, changes=((old, old), *partial.changes[1:]))
    assert reapply(changed, original) != without_header(
        (ROOT / partial.ours).read_text(encoding="utf-8")
    )


def test_the_installed_versions_are_those_the_internals_were_checked_against():
    assert importlib.metadata.version("mkdocs-material") == MATERIAL_VERSION
    assert importlib.metadata.version("jieba") == JIEBA_VERSION
