"""Many pages at once: ``extract`` on a pool of threads, results in input order.

Threads run in parallel because the Rust core releases the GIL while it parses and
extracts; only the conversion of each page in and each article out holds it. The input is
read lazily with a bounded window of pages in flight, so an iterable of millions of pages
(a generator over WARC files, a database cursor) streams in constant memory.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterable, Iterator, Optional, Tuple, Union

from ._native import PlainviewError, extract

Page = Union[str, bytes, bytearray]
Item = Union[Page, Tuple[Page, Optional[str]], Tuple[Page, Optional[str], Optional[str]]]

#: Pages submitted ahead of the one being yielded, per worker: enough to keep every worker
#: busy while the caller consumes results, few enough to bound memory.
WINDOW_PER_WORKER = 4


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _extract_item(item: Any, options: dict) -> Any:
    """One item's result: the article, or the exception that stopped it (never raised)."""
    try:
        if isinstance(item, tuple):
            if not 1 <= len(item) <= 3:
                raise TypeError(
                    f"a page tuple is (html, url) or (html, url, content_type), got {len(item)} items"
                )
            html = item[0]
            url = item[1] if len(item) > 1 else None
            content_type = item[2] if len(item) > 2 else None
            return extract(html, url, content_type=content_type, **options)
        return extract(item, **options)
    except Exception as error:  # noqa: BLE001 - one page's failure is that page's result
        return error


def extract_many(
    pages: Iterable[Item], workers: Optional[int] = None, **options: Any
) -> Iterator[Union[dict, Exception]]:
    """Extracts every page of ``pages``, yielding one result per page, in input order.

    Each item is a page (``str`` or ``bytes``), or a tuple ``(html, url)`` or ``(html,
    url, content_type)``. ``options`` are ``extract``'s keyword options, applied to every
    page. A page that fails yields its exception instead of a dict — a ``PlainviewError``
    (``code`` says why: ``NO_ARTICLE`` and so on) or a ``TypeError`` for an item that is
    not a page — so one bad page never stops the batch. ``workers`` threads (default: the
    cores available; 1 runs in the calling thread).
    """
    workers = default_workers() if workers is None else int(workers)
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if "url" in options or "content_type" in options:
        raise TypeError("extract_many takes url and content_type per page: pass (html, url, content_type) items")
    # Options are checked once, here, by extract itself: a misspelt one is the caller's
    # TypeError now, not a failure of every page.
    try:
        extract("", **options)
    except PlainviewError:
        pass
    return _results(pages, workers, options)


def _results(pages: Iterable[Item], workers: int, options: dict) -> Iterator[Union[dict, Exception]]:
    if workers == 1:
        for item in pages:
            yield _extract_item(item, options)
        return
    window = workers * WINDOW_PER_WORKER
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="plainview") as pool:
        pending: deque = deque()
        for item in pages:
            pending.append(pool.submit(_extract_item, item, options))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
