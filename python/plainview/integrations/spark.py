"""Spark: a pandas UDF that extracts the article of each row's HTML.

    from plainview.integrations.spark import article_udf
    articles = df.withColumn("article", article_udf()("html", "url")).select("url", "article.*")

Spark's Python workers must import plainview (install the wheel on every executor).
"""

from __future__ import annotations

from typing import Any, Sequence

from .frames import DEFAULT_FIELDS, ERROR_COLUMN, INT_FIELDS, extract_frame


def article_schema(fields: Sequence[str] = DEFAULT_FIELDS):
    """The struct the UDF returns: the article's ``fields`` and ``error``."""
    from pyspark.sql import types as T

    return T.StructType(
        [T.StructField(f, T.LongType() if f in INT_FIELDS else T.StringType()) for f in fields]
        + [T.StructField(ERROR_COLUMN, T.StringType())]
    )


def article_udf(fields: Sequence[str] = DEFAULT_FIELDS, **options: Any):
    """A pandas UDF ``(html, url) -> struct<fields..., error>``; ``options`` are extract's."""
    from pyspark.sql.functions import pandas_udf

    fields = tuple(fields)

    @pandas_udf(article_schema(fields))
    def plainview_article(html, url):
        import pandas as pd

        frame = pd.DataFrame({"html": html, "url": url})
        return extract_frame(frame, fields=fields, **options)[list(fields) + [ERROR_COLUMN]]

    return plainview_article
