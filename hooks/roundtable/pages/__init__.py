"""Pages: the Markdown of every generated page, and what only pages need.

Owns page generation (``pages.py``: home, questions, speakers, topics, transcript, timeline,
data files), the navigation, the at-a-glance grid and cloud, the rendering helpers that
mark topic mentions, raw HTML blocks kept out of Markdown's reach, and the Jinja2
``templates/`` that hold the markup. May import everything below it: the citations and
exports (``citing``), the site, the model and ``material_internals``; never the search, and
never MkDocs.
"""
