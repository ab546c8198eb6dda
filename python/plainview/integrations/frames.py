"""Batches of pages as pandas DataFrames: the unit Spark's pandas UDFs and Ray Data's
``map_batches`` hand to Python. One function serves both (see ``spark`` and ``ray``)."""

from __future__ import annotations

from typing import Any, Optional, Sequence

from ..batch import extract_many

#: Article fields kept by default: what a corpus builder keeps of a page.
DEFAULT_FIELDS = ("title", "byline", "publishedTime", "lang", "text", "wordCount")

#: Article fields that are integers (every other kept field is a string or None).
INT_FIELDS = ("wordCount", "readingTimeMinutes")

#: Column holding the error code of a page without an article (None when one was found).
ERROR_COLUMN = "error"


def extract_frame(
    frame: Any,
    html: str = "html",
    url: Optional[str] = "url",
    fields: Sequence[str] = DEFAULT_FIELDS,
    workers: int = 1,
    **options: Any,
) -> Any:
    """``frame`` with the article's ``fields`` and an ``error`` column added.

    ``html`` names the column of pages (``str`` or ``bytes``), ``url`` the column of their
    addresses (or None). A page without an article gets None in every field and its
    ``PlainviewError`` code in ``error``. ``workers`` threads per batch (1: engines run one
    Python worker per core already).
    """
    import pandas as pd

    # A missing address arrives as None, NaN or pandas.NA depending on the column's dtype.
    urls = [u if isinstance(u, str) else None for u in frame[url]] if url is not None and url in frame else [None] * len(frame)
    columns = {field: [] for field in fields}
    errors = []
    for result in extract_many(zip(frame[html], urls), workers=workers, **options):
        if isinstance(result, dict):
            errors.append(None)
            for field in fields:
                columns[field].append(result.get(field))
        else:
            errors.append(getattr(result, "code", type(result).__name__))
            for field in fields:
                columns[field].append(None)
    out = frame.copy()
    for field in fields:
        out[field] = pd.Series(columns[field], index=frame.index, dtype="Int64" if field in INT_FIELDS else object)
    out[ERROR_COLUMN] = pd.Series(errors, index=frame.index, dtype=object)
    return out
