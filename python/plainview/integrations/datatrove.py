"""A datatrove extractor step: plainview where datatrove's ``Trafilatura`` step goes.

    from datatrove.pipeline.readers import WarcReader
    from plainview.integrations.datatrove import Plainview

    pipeline = [WarcReader("s3://commoncrawl/...", glob_pattern="*.warc.gz"), Plainview(), ...]

Like every datatrove extractor it takes the document's HTML from ``doc.text`` and replaces
it with the article's plain text, in datatrove's sandbox process (with its per-document
timeout); a page without an article is dropped and counted by ``BaseExtractor``. The
document's ``metadata["url"]`` (set by datatrove's WARC reader) is passed on as the page's
address: it resolves links and chooses the page's own story on pages that carry several.
"""

from __future__ import annotations

from typing import Any, Optional

from datatrove.pipeline.extractors.base import BaseExtractor

from .._native import PlainviewError, extract


class Plainview(BaseExtractor):
    """plainview extractor: the article's plain text, as trafilatura's step gives.

    Args:
        timeout: the timeout for extraction, per document, in seconds
        **options: ``plainview.extract``'s options (``keep_media``, ``char_threshold``, …)
    """

    name = "📰 Plainview"

    def __init__(self, timeout: float = 1, **options: Any):
        super().__init__(timeout)
        # A misspelt option fails here, when the pipeline is built, not on every page.
        try:
            extract("", **options)
        except PlainviewError:
            pass
        self.options = options

    def extract(self, text: str, url: Optional[str] = None) -> str:
        """The article's plain text; "" (the document is dropped) when the page has none
        or cannot be read (over the size limits, for one).

        Args:
          text: str: html content
          url: the page's address, when known

        Returns: plain text extracted text
        """
        # Errors are not raised: datatrove's sandbox process does not survive one.
        try:
            return extract(text, url, **self.options)["text"]
        except PlainviewError as error:
            if error.code == "INVALID_URL":
                return self.extract(text)
            return ""

    def run(self, data, rank: int = 0, world_size: int = 1):
        """``BaseExtractor.run``, with each document's URL passed to ``extract``."""
        return super().run(self._with_url(data), rank, world_size)

    @staticmethod
    def _with_url(data):
        # The sandbox calls `extract(*doc.text)` when doc.text is a tuple; a document whose
        # extraction fails is not passed on, so the tuple never leaves this step.
        for doc in data:
            url = (doc.metadata or {}).get("url")
            if url:
                doc.text = (doc.text, url)
            yield doc
