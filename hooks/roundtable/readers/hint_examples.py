"""The examples a refusal's or a warning's hint gives, in the file's own language.

A hint shows the curator a line to write (a label, a reporting clause, a guest list); an
English transcript is shown English conventions (``Dana Whitfield: …``, ``MODERATOR:``,
``Dana Whitfield said: …``), a Chinese one Chinese (``张伟：…``, ``主持人：``, ``张伟认为，…``),
so that the example applied is a line the readers read in that file.
"""

from __future__ import annotations

from dataclasses import dataclass

from .reported_en import is_latin_text


@dataclass(frozen=True)
class Examples:
    """The example lines of one language."""

    english: bool
    name: str
    """A person's name where the file gives none to show (a placeholder, not a speaker)."""
    host: str
    """A host's label, as transcripts of the language write it."""
    guests: str
    """A guest list's opening, as transcripts of the language write it."""
    self_named: str
    """How a speaker gives their own name: 我是 · I'm."""

    def label(self, name: str = "") -> str:
        """A turn's label: ``张伟：`` · ``Dana Whitfield: ``."""
        return f"{name or self.name}{': ' if self.english else '：'}"

    def reporting(self, name: str = "") -> str:
        """A report's clause crediting a view: ``张伟认为，`` · ``Dana Whitfield said: ``."""
        return f"{name or self.name} said: " if self.english else f"{name or self.name}认为，"


CHINESE = Examples(False, "张伟", "主持人", "嘉宾：", "我是")
ENGLISH = Examples(True, "Dana Whitfield", "MODERATOR", "Guests: ", "I'm ")


def examples_for(text: str) -> Examples:
    """The examples in the language of a file's text."""
    return ENGLISH if is_latin_text(text) else CHINESE
