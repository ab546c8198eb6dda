"""Reader mode for data pipelines: find the one article a web page is about.

``extract(html, url=None, **options)`` returns the article as a ``dict`` with the keys of
the ``plainview`` CLI's JSON output; ``extract_many`` runs it over an iterable of pages on
threads (the Rust core releases the GIL); ``python -m plainview warc`` turns WARC files
into JSON Lines. Failures raise ``PlainviewError``, whose ``code`` is stable.
"""

from ._native import PlainviewError, __version__, extract, is_probably_readable, default_options
from .batch import extract_many

__all__ = [
    "PlainviewError",
    "__version__",
    "default_options",
    "extract",
    "extract_many",
    "is_probably_readable",
]
