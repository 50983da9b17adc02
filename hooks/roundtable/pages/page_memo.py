"""Pages generated again only when what they are made from changed (``mkdocs serve``).

A page is a template rendered with a context. :class:`PageMemo` keeps each page of the last
build by its template, its path and a key of its context, and hands it back when the next
build asks for the same: an edit to one panel of a hundred renders that panel's templates
and the speaker and topic pages quoting it, not the series'.

The key of a context holds the model's objects by identity. That is sound because they
are frozen and an unchanged panel keeps the very same objects from one build to the next
(``incremental.ParseCache`` parses a transcript once per content; ``build_site`` reuses
the passages of an unchanged exhibit); an edited panel's objects are new, and so are the
keys of every page showing them. Other values are keyed by what they hold. What a template
reads beyond its context (the vocabulary, the site's address and name, the URL scheme,
which topics are mentioned anywhere) is the memo's *setting*: when it changes, nothing is
kept. Knows nothing of MkDocs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable
from typing import Any

from .. import model
from ..site import Passage

_BY_VALUE = (model.Speaker,)
"""Small model objects keyed by what they hold (plain strings): a speaker in many exhibits
is the first exhibit's ``Speaker`` (``Site.speakers``), which an edit to that exhibit renews,
and every page of theirs in every other exhibit would otherwise be rendered again."""
_BY_IDENTITY = tuple(
    value for value in vars(model).values()
    if isinstance(value, type) and dataclasses.is_dataclass(value)
    and value.__module__ == model.__name__ and value not in _BY_VALUE
) + (Passage,)
_PLAIN = (str, int, float, bool, type(None))


class Unkeyable(Exception):
    """A context value the memo cannot key: the page is rendered, not kept."""


def context_key(value: Any, held: list[Any]) -> Hashable:
    """A key equal for two contexts exactly when they render alike; model objects are
    appended to ``held``, so that no identity in a kept key is reused while it is kept."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, _BY_IDENTITY):
        held.append(value)
        return ("id", id(value))
    if isinstance(value, dict):
        return ("dict", tuple((k, context_key(v, held)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, _BY_IDENTITY) for v in value):
            # A topic's page lists a thousand passages: keyed in one pass, not one call each.
            held.extend(value)
            return (type(value).__name__ + " by id", tuple(map(id, value)))
        return (type(value).__name__, tuple(context_key(v, held) for v in value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, tuple(
            context_key(getattr(value, f.name), held) for f in dataclasses.fields(value)
        ))
    raise Unkeyable(type(value).__name__)


class PageMemo:
    """The pages of the last build, by template, path and context key."""

    def __init__(self) -> None:
        self._setting: Hashable = None
        self._previous: dict[Hashable, tuple[str, list[Any]]] = {}
        self._current: dict[Hashable, tuple[str, list[Any]]] = {}
        self.rendered: list[str] = []
        """The pages rendered (not kept) since :meth:`start`."""

    def start(self, setting: Hashable) -> None:
        """A new build, in ``setting``: keep only the last build's pages, and none of them
        if the setting changed."""
        self._previous = self._current if setting == self._setting else {}
        self._current, self._setting, self.rendered = {}, setting, []

    def page(self, template: str, path: str, context: dict[str, Any],
             render: Callable[[], str], name: str = "") -> str:
        """The page, kept from the last build when made from the same, else ``render()``;
        ``name`` is what :attr:`rendered` counts it as (a part of a page: the page's path
        and the part's anchor), by default its path."""
        held: list[Any] = []
        try:
            key = (template, path, context_key(context, held))
        except Unkeyable:
            self.rendered.append(name or path)
            return render()
        found = self._previous.get(key)
        if found is None:
            self.rendered.append(name or path)
            found = (render(), held)
        self._current[key] = found
        return found[0]
