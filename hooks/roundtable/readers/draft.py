"""What a reader makes of a file before it becomes the model: blocks with roles and reasons.

Every reader produces a :class:`Draft`: the file's lines grouped into blocks (a title, an
intro paragraph, a part heading, a question, an answer paragraph, an excluded line), each
saying which rule decided. :mod:`.assemble` turns any draft into the same model; ``--explain``
prints the blocks line by line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Diagnostic, Fix

TITLE = "title"
INTRO = "intro"
HEADING = "heading"
QUESTION = "question"
ANSWER = "answer"
EXCLUDED = "excluded"
ROLES = (TITLE, INTRO, HEADING, QUESTION, ANSWER, EXCLUDED)


@dataclass
class Block:
    """Consecutive lines of the file with one role."""

    role: str
    lines: list[int]
    """Every line of the file the block stands for (labels, timings, merged cues)."""
    text: str
    who: str = ""
    """The speaker's name for an answer, the asker's label for a question."""
    time: str = ""
    """``HH:MM:SS`` where the source gives one."""
    rule: str = ""
    """Which rule decided, for ``--explain``."""
    audience: bool = False
    """A question asked from the audience, not by the host."""

    @property
    def line(self) -> int:
        """The block's first line; 0 for a title the file does not hold (a subtitle file's)."""
        return self.lines[0] if self.lines else 0


@dataclass
class Guest:
    """A person a guest list, a label or the metadata introduces."""

    name: str
    affiliation: str = ""
    honorific: str = ""
    line: int = 0
    """Where the file introduces them (0: the metadata)."""
    attending: bool = False
    """Named only by a list of who attended (参会人：…), which names the host too: no guest
    by that alone, and no warning when they say nothing."""


@dataclass
class Draft:
    """A file as one reader read it."""

    path: str
    format: str
    """The reader's name."""
    mode: str
    """``reported`` or ``verbatim``: whose words the text is."""
    encoding: str
    blocks: list[Block] = field(default_factory=list)
    guests: dict[str, Guest] = field(default_factory=dict)
    """Everyone introduced, by name; speakers are those who answer."""
    aliases: dict[str, str] = field(default_factory=dict)
    """Other forms of a speaker's name the metadata gives (王主任 → 王芳)."""
    info: dict[str, str] = field(default_factory=dict)
    """Facts the text states about itself: 作者, 来源, 时间, 地点, 原文链接 …"""
    warnings: list[Diagnostic] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """The source's own notes on how the text was made, shown with the mode."""
    front: dict[str, str] = field(default_factory=dict)
    """Event facts a Markdown file's front matter gives (date): the metadata's win."""
    labels: dict[str, str] = field(default_factory=dict)
    """The metadata's ``labels:``: a label to a speaker's name or a role (host, audience,
    interpreter, narration)."""
    given_labels: set[str] = field(default_factory=set)
    stated_answers: set[int] = field(default_factory=set)
    """Lines the container states to be answers (:attr:`.source.Source.stated_answers`)."""
    """Labels the container gives as its records' speakers (:attr:`.source.Source.given_labels`)."""
    label_reading: dict[str, str] = field(default_factory=dict)
    """What the reader took each label of the file for (a name, host, audience …); ``?``
    where it could not decide. ``--init`` writes it for the curator to check."""

    def add(self, role: str, lines: list[int] | int, text: str, who: str = "",
            rule: str = "", time: str = "") -> Block:
        block = Block(role, [lines] if isinstance(lines, int) else list(lines), text, who,
                      time, rule)
        self.blocks.append(block)
        return block

    def exclude(self, line: int, text: str, reason: str) -> Block:
        return self.add(EXCLUDED, line, text, rule=reason)

    def warn(self, line: int, message: str, hint: str = "", confirmable: bool = True,
             fix: Fix | None = None) -> None:
        self.warnings.append(Diagnostic(self.path, line, message, hint, confirmable, fix))

    def introduce(self, name: str, affiliation: str = "", honorific: str = "",
                  line: int = 0) -> Guest:
        guest = self.guests.setdefault(name, Guest(name, line=line))
        guest.affiliation = guest.affiliation or affiliation
        guest.honorific = guest.honorific or honorific
        guest.line = guest.line or line
        return guest

    @property
    def title(self) -> Block | None:
        return next((b for b in self.blocks if b.role == TITLE), None)
