"""The site's one date rule. Knows nothing of MkDocs.

Metadata gives dates as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (metadata.DATE_PATTERN). A page
shows them in one form per language: ``2024 年 3 月 5 日`` in Chinese text, ``March 5, 2024``
in English labels; citations write each style's own form (GB/T 7714's ISO date, APA's
``2024, March 5``, Chicago's ``March 5, 2024``) and machine-readable data keeps ISO. No raw
``2024-03`` reaches a reader's eye.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_PARTS = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parts(date: str) -> tuple[int, int, int] | None:
    """(year, month or 0, day or 0) of an ISO date; None for anything else."""
    match = _PARTS.match(date.strip())
    if not match:
        return None
    year, month, day = (int(piece) if piece else 0 for piece in match.groups())
    return year, month, day


def zh(date: str) -> str:
    """``2024`` → ``2024 年``, ``2024-03`` → ``2024 年 3 月``, ``2024-03-05`` → ``2024 年 3 月
    5 日`` (spaces between digits and Han, as the site's typography); else as it is."""
    found = parts(date)
    if found is None:
        return date
    year, month, day = found
    return f"{year} 年" + (f" {month} 月" if month else "") + (f" {day} 日" if day else "")


def en(date: str) -> str:
    """``2024``, ``March 2024`` or ``March 5, 2024``; else as it is."""
    found = parts(date)
    if found is None:
        return date
    year, month, day = found
    if not month:
        return str(year)
    return f"{MONTHS[month - 1]} {day}, {year}" if day else f"{MONTHS[month - 1]} {year}"


def apa(date: str) -> str:
    """APA 7's date: ``2024``, ``2024, March`` or ``2024, March 5``."""
    found = parts(date)
    if found is None:
        return date
    year, month, day = found
    if not month:
        return str(year)
    return f"{year}, {MONTHS[month - 1]}" + (f" {day}" if day else "")


def chicago(date: str) -> str:
    """Chicago 17's date: ``2024``, ``March 2024`` or ``March 5, 2024``."""
    return en(date)


def gbt(date: str) -> str:
    """GB/T 7714-2015's date: the standard's own ISO form (``2024-03-05``), as it is."""
    return date


def iso(date: str) -> str:
    """For machines (JSON-LD, ``<time datetime>``, CSL's date-parts come from :func:`parts`)."""
    return date


def event_date(info: Mapping[str, object]) -> str:
    """The event's date as Chinese text shows it: the metadata's ``date_label`` when the
    curator wrote one (``2022 年 1 月 12 日晚``), else ``date`` by the rule; empty if undated."""
    label = str(info.get("date_label") or "").strip()
    return label or zh(str(info.get("date") or ""))


def event_date_en(info: Mapping[str, object]) -> str:
    """The event's date for an English label (``March 2024``); empty if undated."""
    return en(str(info.get("date") or ""))
