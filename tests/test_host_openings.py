"""The host's opening before anyone else speaks (small invented files): when it names the
guest in one paragraph and ends on something else (house rules), it is the introduction if
the guest then takes the floor by greeting the room; without the greeting it stays as read."""

from __future__ import annotations

from pathlib import Path

from roundtable.readers.draft import INTRO
from roundtable.transcript import draft_of

WORKSHOP = """\
Soil carbon after the floods: second session

Chair: Good afternoon. This is the second session of the soil workshop.
Chair: Our speaker is Ana Ruiz, who has sampled the valley's fields for ten years.
Chair: Please hold your questions until the end; microphones are at both aisles.
Ana Ruiz: {opening} I want to start with what the floods left behind.
Ana Ruiz: Most fields lost their top layer, but the carbon below it held.
Chair: What surprised you most?
Ana Ruiz: How fast the clover came back on the fields nobody ploughed.
Chair: Would you advise farmers to wait a season?
Ana Ruiz: Where they can afford it, yes.
"""


def roles_of(tmp_path: Path, opening: str) -> dict[int, str]:
    path = tmp_path / "workshop.txt"
    path.write_text(WORKSHOP.format(opening=opening), encoding="utf-8")
    return {line: block.role for block in draft_of(path).blocks for line in block.lines}


def test_an_opening_that_names_the_guest_then_sets_rules_is_the_introduction(tmp_path):
    roles = roles_of(tmp_path, "Thank you, and good afternoon.")
    assert [roles[line] for line in (3, 4, 5)] == [INTRO] * 3
    assert roles[6] == "answer"


def test_without_a_greeting_the_rules_paragraph_does_not_end_an_introduction(tmp_path):
    roles = roles_of(tmp_path, "So.")
    assert INTRO not in {roles[line] for line in (3, 4, 5)}
