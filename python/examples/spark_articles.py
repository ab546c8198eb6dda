"""Spark example: the articles of a folder of saved pages, with a pandas UDF, local[2].

    python python/examples/spark_articles.py PAGES_DIR [OUT_DIR]

Each ``*.html`` in PAGES_DIR is a row (its ``.json`` beside it may give its ``url``); the
articles are shown and, with OUT_DIR, written as Parquet.
"""

import json
import os
import sys
from pathlib import Path

from pyspark.sql import SparkSession

from plainview.integrations.spark import article_udf


def pages(folder):
    for path in sorted(Path(folder).glob("*.html")):
        meta = path.with_suffix(".json")
        url = json.loads(meta.read_text())["url"] if meta.exists() else None
        yield (path.name, url, path.read_text(encoding="utf-8", errors="replace"))


def articles(spark, folder):
    df = spark.createDataFrame(list(pages(folder)), "name string, url string, html string")
    return df.withColumn("article", article_udf()("html", "url")).select("name", "url", "article.*")


def main():
    # The executors' Python is this one, so they import the same plainview.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master("local[2]").appName("plainview").getOrCreate()
    try:
        result = articles(spark, sys.argv[1])
        result.select("name", "title", "wordCount", "error").show(20, truncate=60)
        if len(sys.argv) > 2:
            result.write.mode("overwrite").parquet(sys.argv[2])
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
