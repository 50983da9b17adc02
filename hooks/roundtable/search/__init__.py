"""Search: how the exhibit is found, offline and online.

Owns Chinese segmentation with jieba (the exhibit's words as a dictionary, one process-wide
tokenizer set up once), the search documents (one per passage, page furniture left out),
folding Traditional to Simplified for the index and the query, the Pagefind bundle for the
online site, and the two browser scripts that patch Material's search worker
(``search_worker.js``, ``search_online.js``). May import the site, the model and
``material_internals`` (the only door to Material's and jieba's insides); never the pages
or the citations, and never MkDocs.
"""
