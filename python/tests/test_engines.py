"""Spark (pandas UDF, local[2]) and Ray Data (map_batches) on corpus pages.

Opt-in: PLAINVIEW_ENGINES=1 (pyspark, pandas, pyarrow and ray[data] installed; Java 17
for Spark). Their install and start-up are too heavy for every ``npm test``.
"""

import os
import sys

import pytest

import plainview

if os.environ.get("PLAINVIEW_ENGINES") != "1":
    pytest.skip("Spark and Ray tests are opt-in: PLAINVIEW_ENGINES=1", allow_module_level=True)

from test_warc import unique_urls  # noqa: E402


def expected(pages):
    out = {}
    for pid, html, url in pages:
        try:
            out[pid] = plainview.extract(html.decode("utf-8", errors="replace"), url)
        except plainview.PlainviewError as error:
            out[pid] = error.code
    return out


@pytest.fixture(scope="module")
def pages(moz_pages, traf_pages):
    return unique_urls(moz_pages + traf_pages) + [("empty", b"<html><body><nav></nav></body></html>", None)]


def check(rows, pages):
    want = expected(pages)
    assert {row["name"] for row in rows} == set(want)
    for row in rows:
        article = want[row["name"]]
        if isinstance(article, str):
            assert row["error"] == article and row["text"] is None
        else:
            assert row["error"] is None
            assert row["text"] == article["text"] and row["title"] == article["title"]
            assert row["wordCount"] == article["wordCount"]


def test_spark_pandas_udf(pages):
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    from plainview.integrations.spark import article_udf

    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = SparkSession.builder.master("local[2]").appName("plainview-test").getOrCreate()
    try:
        df = spark.createDataFrame(
            [(pid, url, html.decode("utf-8", errors="replace")) for pid, html, url in pages],
            "name string, url string, html string",
        ).repartition(2)
        result = df.withColumn("article", article_udf()("html", "url")).select("name", "article.*")
        rows = [row.asDict() for row in result.collect()]
    finally:
        spark.stop()
    check(rows, pages)


def test_ray_map_batches(pages):
    ray = pytest.importorskip("ray")
    from plainview.integrations.ray import extract_batch

    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True)
    try:
        items = [{"name": pid, "url": url, "html": html.decode("utf-8", errors="replace")} for pid, html, url in pages]
        dataset = ray.data.from_items(items).map_batches(extract_batch, batch_format="pandas", batch_size=8)
        rows = dataset.drop_columns(["html"]).take_all()
    finally:
        ray.shutdown()
    for row in rows:
        row["wordCount"] = None if row["wordCount"] is None or row["wordCount"] != row["wordCount"] else int(row["wordCount"])
    check(rows, pages)
