"""The exhibit, free of MkDocs: a transcript read into a model, and the model made into pages.

The package is a house of floors. A module imports only from floors below its own, or from
inside its own unit (a module, or a folder such as ``search/``); two units on one floor do
not know each other. ``tests/test_architecture.py`` reads every import under ``hooks/`` and
fails on an upward import, a sideways one or a circle. ``FLOORS`` below is the one table of
the rule, lowest floor first; ``hooks/ARCHITECTURE.md`` tells what each floor does.

This module imports nothing, so that importing any part of the package costs nothing more.
"""

FLOORS: tuple[tuple[str, ...], ...] = (
    # Leaves: the model's types, the site's own typography, dates as people write them, and
    # every dependency on Material's or jieba's internals (checked against pinned versions,
    # imported lazily), and Jinja's compiled templates kept between builds.
    ("roundtable.model", "roundtable.typography", "roundtable.dates",
     "roundtable.material_internals", "roundtable.compiled_templates"),
    # What sits beside a transcript (metadata), where a text names a topic (mentions),
    # and where each page will be published (urls).
    ("roundtable.metadata", "roundtable.mentions", "roundtable.urls"),
    # The readers: one per family of transcript, each making a draft and the model; and the
    # editors' English beside a transcript, read and checked against the model.
    ("roundtable.readers", "roundtable.translation"),
    # The entry points of the parser: a file (and its metadata) in, the model out; and the
    # ids and date --init proposes.
    ("roundtable.transcript", "roundtable.init_ids"),
    # --init: a starting metadata file from what the readers found; and the series read
    # again under `mkdocs serve`, each transcript parsed once per content.
    ("roundtable.starting_metadata", "roundtable.incremental"),
    # The series as a site: every exhibit with its passages, speakers and topics.
    ("roundtable.site",),
    # Made from the site, side by side: citations and data exports; the search index.
    ("roundtable.citing", "roundtable.search"),
    # The pages, which cite.
    ("roundtable.pages",),
    # Outside the package: what `mkdocs serve --dirty` keeps between builds (MkDocs' pages).
    ("serve_cache",),
    # On top, outside the package: the MkDocs hooks, the parser's command and the offline
    # bundle's maker.
    ("exhibit", "offline", "transcript", "bundle"),
)
"""Every unit of ``hooks/`` by floor, lowest first. A unit is a module or a folder."""
