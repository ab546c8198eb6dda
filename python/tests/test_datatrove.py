"""The datatrove step on corpus pages: alone, and in a pipeline from WARC to JSON Lines."""

import gzip
import io
import json

import pytest

import plainview

datatrove = pytest.importorskip("datatrove", reason="datatrove is not installed (pip install datatrove)")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.extractors import Trafilatura  # noqa: E402
from datatrove.pipeline.extractors.base import BaseExtractor  # noqa: E402
from datatrove.pipeline.readers import WarcReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from plainview.integrations.datatrove import Plainview  # noqa: E402
from test_warc import unique_urls, write_warc  # noqa: E402


def documents(pages):
    return [
        Document(text=html.decode("utf-8", errors="replace"), id=pid, metadata={"url": url})
        for pid, html, url in pages
    ]


def test_the_step_gives_each_article_text(moz_pages, traf_pages):
    pages = unique_urls(moz_pages + traf_pages)
    step = Plainview()
    out = list(step.run(documents(pages)))
    expected = {}
    for pid, html, url in pages:
        try:
            expected[pid] = plainview.extract(html.decode("utf-8", errors="replace"), url)["text"]
        except plainview.PlainviewError:
            pass
    assert {doc.id for doc in out} == set(expected)
    for doc in out:
        assert doc.text == expected[doc.id]
        assert doc.metadata["url"].endswith(f"?page={doc.id}")
    assert step.stats["extracted"].total == len(pages)
    assert step.stats["forwarded"].total == len(out)


def test_the_step_has_trafilaturas_shape():
    assert Plainview.__mro__[1] is Trafilatura.__mro__[1] is BaseExtractor
    step = Plainview(timeout=5, keep_media=False)
    assert step.timeout == 5
    assert step.extract("<html><body><nav></nav></body></html>") == ""
    with pytest.raises(TypeError):
        Plainview(keep_meda=False)


def test_a_pipeline_from_warc_to_jsonl(tmp_path, traf_pages):
    pages = unique_urls(traf_pages)
    (tmp_path / "in").mkdir()
    write_warc(tmp_path / "in" / "crawl.warc.gz", pages)
    LocalPipelineExecutor(
        pipeline=[
            WarcReader(str(tmp_path / "in")),
            Plainview(),
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    written = [json.loads(line) for path in (tmp_path / "out").glob("*.jsonl") for line in path.open()]
    by_url = {doc["metadata"]["url"]: doc["text"] for doc in written}
    for _, html, url in pages:
        try:
            text = plainview.extract(html, url)["text"]
        except plainview.PlainviewError:
            continue
        assert by_url.get(url) == text
    assert len(by_url) >= len(pages) * 0.9
