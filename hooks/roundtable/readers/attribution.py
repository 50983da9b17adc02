"""Who a reported paragraph credits: one found name and how sure the report makes it, shared
by the Chinese (reported.py) and English (reported_en.py) readers of reported speech."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Hit:
    """A person a paragraph of a report names as the owner of what it says."""

    name: str
    rule: str
    """What in the paragraph credits them (--explain prints it)."""
    honorific: bool = False
    doubt: str = ""
    """Why the name is uncertain (王主任 could be 王芳 or 王磊)."""
    titled: bool = False
    """The text gives them a role before the name (首席技术官吴峰): introduced, not a slip."""
    weak: bool = False
    """Found by a role before the name only: enough for an answer, not to end the intro."""
