"""Golden models: small transcripts and the exact JSON the parser gives for them.

After an intended change, regenerate with ``UPDATE_GOLDEN=1 make test`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from roundtable.citing.exports import to_data
from roundtable.transcript import load

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.txt"))


@pytest.mark.parametrize("name", CASES)
def test_parser_gives_the_golden_model(name: str):
    """The model of each golden transcript is exactly the reviewed JSON beside it."""
    data = to_data(load(GOLDEN / f"{name}.txt"))
    data["source"] = f"{name}.txt"
    expected_path = GOLDEN / f"{name}.json"
    rendered = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_path.write_text(rendered, encoding="utf-8")
    assert rendered == expected_path.read_text(encoding="utf-8")


def test_there_are_golden_cases_for_both_styles():
    assert {"reported", "dialogue"} <= set(CASES)
