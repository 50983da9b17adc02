"""Citing: what a reader takes away from the exhibit, in forms others can check.

Owns the citations (GB/T 7714-2015, APA and Chicago strings, BibTeX, CSL-JSON, meta tags
and JSON-LD; written by hand, see ``hooks/ARCHITECTURE.md``), the data exports (JSON, CSV
and their published JSON Schema in ``schema/``) and the times that point into the recording
(WebVTT, podcast transcript). May import the site, the URLs, the model and the typography;
never the pages or the search, and never MkDocs.
"""
