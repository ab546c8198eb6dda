"""extract_many: every page, in input order, on threads; one bad page never stops it."""

import itertools

import pytest

import plainview


def test_results_come_in_input_order_with_errors_in_place(moz_pages):
    items = [(html, url) for _, html, url in moz_pages]
    items.insert(3, "<html><body><nav></nav></body></html>")
    items.insert(7, 42)
    serial = [plainview.extract(html, url)["text"] for html, url in items[:3]]
    results = list(plainview.extract_many(items, workers=2))
    assert len(results) == len(items)
    assert [r["text"] for r in results[:3]] == serial
    assert isinstance(results[3], plainview.PlainviewError) and results[3].code == "NO_ARTICLE"
    assert isinstance(results[7], TypeError)
    one_worker = list(plainview.extract_many(items, workers=1))
    assert [type(r) for r in one_worker] == [type(r) for r in results]
    assert [r["text"] for r in one_worker if isinstance(r, dict)] == [
        r["text"] for r in results if isinstance(r, dict)
    ]


def test_items_carry_url_and_content_type():
    page = (
        "<html><body><article>"
        + "<p>Caf\u00e9 owners by the river say the otters came back this spring, after twenty years away. "
        * 20
        + "<img src='otter.jpg'></p></article></body></html>"
    )
    [article] = plainview.extract_many(
        [(page.encode("cp1252"), "https://a.example/story/", "text/html; charset=windows-1252")], workers=2
    )
    assert "Caf\u00e9" in article["text"]
    assert "https://a.example/story/otter.jpg" in article["content"]
    [no_media] = plainview.extract_many([page], workers=2, keep_media=False)
    assert "<img" not in no_media["content"]


def test_the_input_is_read_lazily():
    page = "<article>" + "<p>A paragraph long enough to count as prose in the article body.</p>" * 30
    endless = itertools.repeat(page)
    first = list(itertools.islice(plainview.extract_many(endless, workers=2), 10))
    assert len(first) == 10 and all(isinstance(r, dict) for r in first)


def test_bad_options_and_workers_fail_at_once():
    with pytest.raises(TypeError):
        plainview.extract_many(["<p>"], keep_meda=True)
    with pytest.raises(ValueError):
        plainview.extract_many(["<p>"], workers=0)
    with pytest.raises(TypeError):
        plainview.extract_many(["<p>"], url="https://a.example/")
