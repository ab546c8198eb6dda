"""Ray Data: a ``map_batches`` function that extracts the article of each row's HTML.

    import ray
    from plainview.integrations.ray import extract_batch
    articles = ray.data.read_parquet(...).map_batches(extract_batch, batch_format="pandas")

``fn_kwargs={"fields": [...], "html": "column", ...}`` passes ``extract_frame``'s options.
"""

from __future__ import annotations

from typing import Any

from .frames import extract_frame


def extract_batch(batch: Any, **kwargs: Any) -> Any:
    """One pandas batch with the article's fields and ``error`` added (``extract_frame``)."""
    return extract_frame(batch, **kwargs)
