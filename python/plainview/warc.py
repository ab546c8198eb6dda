"""WARC files to JSON Lines: one article per HTML response record, as crawls publish them.

Only ``response`` records are read; a record whose HTTP status is not 2xx, or whose
``Content-Type`` is not HTML, is skipped and counted. The page's bytes are decoded by the
Rust core with the charset of the HTTP ``Content-Type`` header first, then the page's own
``<meta>``, as browsers do. A record that does not parse, a page that fails and a file
that is cut short are counted, never raised: a crawl has all of them.
"""

from __future__ import annotations

import json
import sys
import time
import zlib
from collections import Counter, deque
from typing import IO, Any, Dict, Iterable, Iterator, Optional, Sequence, Tuple

from ._native import PlainviewError, default_options
from .batch import extract_many

#: HTTP media types read as HTML; anything else is counted as ``skipped_not_html``.
HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")

#: Where a page without a ``Content-Type`` header counts as HTML: its first bytes, once
#: leading whitespace is stripped, open with one of these (lower-cased).
HTML_SNIFF_PREFIXES = (b"<!doctype html", b"<html", b"<head", b"<body")

#: Bytes of a page without a ``Content-Type`` header looked at by the sniffing above.
SNIFF_BYTES = 512

#: Seconds between two refreshes of the progress line.
PROGRESS_INTERVAL = 0.5


def _media_type(content_type: Optional[str]) -> Optional[str]:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower()


def is_html(content_type: Optional[str], body: bytes) -> bool:
    """Whether a response with this ``Content-Type`` (or none) and body is an HTML page."""
    media = _media_type(content_type)
    if media is not None:
        return media in HTML_MEDIA_TYPES
    return body[:SNIFF_BYTES].lstrip().lower().startswith(HTML_SNIFF_PREFIXES)


class Stats(Counter):
    """Counts of what happened to the records: ``files``, ``records``, ``responses``,
    ``pages`` (HTML responses extracted), ``articles``, ``no_article``, ``skipped_not_http``
    (a response to a ``dns:`` or other non-HTTP request), ``skipped_status`` (not 2xx),
    ``skipped_not_html``, ``malformed`` (a file or record that could not be read past) and
    ``error:CODE`` per extraction failure. A file cut short is read as far as it goes."""

    @property
    def errors(self) -> int:
        return sum(n for key, n in self.items() if key.startswith("error:")) + self["malformed"]


def _responses(
    paths: Sequence[str], stats: Stats, max_bytes: int
) -> Iterator[Tuple[bytes, Optional[str], Optional[str], Dict[str, Any]]]:
    """``(body, url, content_type, meta)`` of each HTML response record, in file order."""
    from warcio.archiveiterator import ArchiveIterator

    for path in paths:
        stats["files"] += 1
        try:
            with open(path, "rb") as stream:
                for record in ArchiveIterator(stream):
                    stats["records"] += 1
                    if record.rec_type != "response":
                        continue
                    stats["responses"] += 1
                    page = _read_response(record, stats, max_bytes)
                    if page is not None:
                        yield page
        # warcio raises ArchiveLoadFailed on a bad record header; zlib, EOF and OS errors
        # come from a file cut short or corrupt. The rest of such a file is unreadable.
        except Exception as error:  # noqa: BLE001 - a crawl file's damage is counted
            stats["malformed"] += 1
            _note(f"{path}: {type(error).__name__}: {error}")


def _read_response(record: Any, stats: Stats, max_bytes: int):
    headers = record.http_headers
    url = record.rec_headers.get_header("WARC-Target-URI")
    if headers is None:
        stats["skipped_not_http"] += 1
        return None
    try:
        status = headers.get_statuscode()
        if not str(status).startswith("2"):
            stats["skipped_status"] += 1
            return None
        content_type = headers.get_header("Content-Type")
        # One byte over the limit is enough to know the page is over it.
        body = record.content_stream().read(max_bytes + 1)
    except (ValueError, OSError, EOFError, zlib.error) as error:
        # A body whose chunked or gzip transfer encoding is broken.
        stats["malformed"] += 1
        _note(f"{url}: unreadable body: {error}")
        return None
    if not is_html(content_type, body):
        stats["skipped_not_html"] += 1
        return None
    meta = {
        "warcTargetUri": url,
        "warcRecordId": record.rec_headers.get_header("WARC-Record-ID"),
        "warcDate": record.rec_headers.get_header("WARC-Date"),
    }
    return body, url, content_type, meta


def _note(message: str) -> None:
    # One line per damaged file or record, on stderr, without the run stopping.
    print(f"plainview warc: {message}", file=sys.stderr)


class _Progress:
    """A progress line on stderr, rewritten in place, when stderr is a terminal."""

    def __init__(self, stats: Stats, enabled: bool):
        self.stats = stats
        self.enabled = enabled
        self.last = 0.0
        self.start = time.monotonic()

    def update(self) -> None:
        now = time.monotonic()
        if self.enabled and now - self.last >= PROGRESS_INTERVAL:
            self.last = now
            self._line(end="\r")

    def _line(self, end: str) -> None:
        s = self.stats
        rate = s["pages"] / max(time.monotonic() - self.start, 1e-9)
        sys.stderr.write(
            f"records {s['records']}  pages {s['pages']}  articles {s['articles']}  "
            f"no article {s['no_article']}  not html {s['skipped_not_html']}  "
            f"errors {s.errors}  {rate:.0f} pages/s{end}"
        )
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            self._line(end="\n")


def convert(
    paths: Sequence[str],
    out: IO[str],
    workers: Optional[int] = None,
    fields: Optional[Iterable[str]] = None,
    progress: bool = False,
    **options: Any,
) -> Stats:
    """Writes one JSON line per article found in the WARC files ``paths`` to ``out``.

    Each line holds ``warcTargetUri``, ``warcRecordId``, ``warcDate`` and the article's
    fields (``fields`` to keep only some). ``options`` are ``extract``'s. Returns the
    counts (see :class:`Stats`).
    """
    stats = Stats()
    max_bytes = options.get("max_input_bytes", options.get("maxInputBytes", default_options()["maxInputBytes"]))
    keep = set(fields) if fields is not None else None
    metas: deque = deque()

    def items():
        for body, url, content_type, meta in _responses(paths, stats, max_bytes):
            metas.append(meta)
            yield body, url, content_type

    bar = _Progress(stats, progress)
    try:
        for result in extract_many(items(), workers, **options):
            meta = metas.popleft()
            stats["pages"] += 1
            if isinstance(result, dict):
                stats["articles"] += 1
                article = result if keep is None else {k: v for k, v in result.items() if k in keep}
                out.write(json.dumps({**meta, **article}, ensure_ascii=False) + "\n")
            elif isinstance(result, PlainviewError) and result.code == "NO_ARTICLE":
                stats["no_article"] += 1
            else:
                code = getattr(result, "code", type(result).__name__)
                stats[f"error:{code}"] += 1
            bar.update()
    finally:
        bar.close()
    return stats
