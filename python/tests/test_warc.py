"""python -m plainview warc: WARC files (made here from corpus pages) to JSON Lines."""

import gzip
import io
import json
import subprocess
import sys

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import plainview
from plainview import warc

ARTICLE = "<html><body><article><h1>Caf\u00e9 news</h1>" + (
    "<p>The caf\u00e9 by the river reopened this spring with a new menu and a terrace over the water.</p>"
    * 12
) + "</article></body></html>"


def response(writer, url, body, content_type="text/html", status="200 OK", extra=()):
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders(status, headers + list(extra), protocol="HTTP/1.1")
    # Common Crawl names the payload's sniffed type; datatrove's reader filters on it.
    identified = {"WARC-Identified-Payload-Type": content_type.split(";")[0]} if content_type else {}
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=identified
    )
    writer.write_record(record)


def write_warc(path, corpus):
    """A crawl-like WARC: corpus pages and every kind of record the converter must skip."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "pytest"}))
        for _, html, url in corpus:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request)
            )
            response(writer, url, html)
        # The header's charset decodes a page that declares none.
        response(writer, "https://cafe.example/a", ARTICLE.encode("cp1252"), "text/html; charset=windows-1252")
        response(writer, "https://cafe.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        response(writer, "https://cafe.example/gone", b"<html>Not found</html>", status="404 Not Found")
        response(writer, "https://cafe.example/undeclared", ARTICLE.encode("utf-8"), content_type=None)
        response(writer, "https://cafe.example/empty", b"<html><body><nav></nav></body></html>")
        # A hostile page: deep nesting and a body that is only markup.
        response(writer, "https://cafe.example/deep", b"<div>" * 100_000 + b"x")
        # Content-Encoding that lies: warcio cannot undo it.
        response(writer, "https://cafe.example/lying", b"not gzip at all", extra=[("Content-Encoding", "gzip")])
        # A response that is not HTTP (warcio reads no HTTP headers for it).
        writer.write_record(
            writer.create_warc_record("dns:cafe.example", "response", payload=io.BytesIO(b"1.2.3.4"))
        )


def unique_urls(pages):
    """The corpus pages with one http(s) address each (the moz pages share a placeholder
    one, and some trafilatura pages have none)."""
    return [
        (pid, html, f"{url if url and url.startswith('http') else 'https://corpus.example/'}?page={pid}")
        for pid, html, url in pages
    ]


def run(paths, **kwargs):
    out = io.StringIO()
    stats = warc.convert([str(p) for p in paths], out, workers=2, **kwargs)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    return stats, lines


def test_response_records_become_json_lines(tmp_path, moz_pages, traf_pages):
    moz_pages = unique_urls(moz_pages + traf_pages)
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, moz_pages)
    stats, lines = run([path])
    by_url = {line["warcTargetUri"]: line for line in lines}
    expected = {url: plainview.extract(html, url) for _, html, url in moz_pages}
    found = [url for url, article in expected.items() if url in by_url]
    assert len(found) >= len(moz_pages) * 0.9
    for url in found:
        assert by_url[url]["text"] == expected[url]["text"]
        assert by_url[url]["warcRecordId"].startswith("<urn:uuid:")
    assert "The caf\u00e9 by the river" in by_url["https://cafe.example/a"]["text"]
    assert by_url["https://cafe.example/a"]["diagnostics"]["encodingSource"] == "content-type"
    assert "https://cafe.example/undeclared" in by_url
    assert "https://cafe.example/logo.png" not in by_url
    assert stats["skipped_not_html"] == 1
    assert stats["skipped_status"] == 1
    assert stats["skipped_not_http"] == 1
    assert stats["records"] == 1 + 2 * len(moz_pages) + 8
    assert stats["responses"] == len(moz_pages) + 8
    assert stats["articles"] == len(lines)
    assert stats["articles"] + stats["no_article"] + stats.errors - stats["malformed"] == stats["pages"]
    assert stats["no_article"] >= 1


def test_damaged_files_are_counted_not_raised(tmp_path, moz_pages):
    good = tmp_path / "good.warc.gz"
    write_warc(good, moz_pages[:4])
    data = good.read_bytes()
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(data[: len(data) * 2 // 3])
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(gzip.compress(b"WARC/1.0\r\nthis is: not\r\na header\r\n\r\n") + b"\x00" * 100)
    missing = tmp_path / "missing.warc.gz"
    stats, lines = run([truncated, garbage, missing, good])
    assert stats["malformed"] == 2, "the garbage file and the missing one"
    assert stats["files"] == 4
    # The good file, read last, still gives every one of its articles.
    whole, whole_lines = run([good])
    assert len(lines) >= len(whole_lines)
    assert {line["warcRecordId"] for line in whole_lines} <= {line["warcRecordId"] for line in lines}


def test_fields_and_options(tmp_path, moz_pages):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, moz_pages[:3])
    _, lines = run([path], fields=["title", "text"], keep_media=False)
    assert lines and all(set(line) == {"warcTargetUri", "warcRecordId", "warcDate", "title", "text"} for line in lines)


def test_the_command_line(tmp_path, moz_pages):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, moz_pages[:5])
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "plainview", "warc", str(path), "-o", str(out), "-j", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(done.stderr.strip().splitlines()[-1])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert summary["articles"] == len(lines) >= 4
    assert summary["skipped_not_html"] == 1
    bad = subprocess.run([sys.executable, "-m", "plainview", "nope"], capture_output=True, text=True)
    assert bad.returncode == 2


@pytest.mark.parametrize("content_type, body, html", [
    ("text/html; charset=utf-8", b"", True),
    ("application/xhtml+xml", b"", True),
    ("application/json", b"<html>", False),
    (None, b"  \n<!DOCTYPE html><html>", True),
    (None, b"%PDF-1.7", False),
])
def test_what_counts_as_html(content_type, body, html):
    assert warc.is_html(content_type, body) is html


def test_the_progress_line(tmp_path, moz_pages, capsys):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, moz_pages[:3])
    stats = warc.convert([str(path)], io.StringIO(), workers=1, progress=True)
    line = capsys.readouterr().err.splitlines()[-1]
    assert f"pages {stats['pages']}  articles {stats['articles']}" in line and "pages/s" in line
    assert stats["pages"] >= 3
