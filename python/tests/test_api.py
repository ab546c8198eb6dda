"""extract, is_probably_readable and PlainviewError: the API over the Rust core."""

import json
import os
import subprocess
import sys
import threading
import time

import pytest

import plainview
from conftest import REPO

ARTICLE = (
    "<html><head><title>Otters return to the Lune | The Dispatch</title>{meta}</head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Otters return to the Lune</h1>"
    + "".join(
        f"<p>Paragraph {i}: otters have been recorded breeding on every stretch of the river "
        "for the first time since monitoring began, and volunteers say the change happened "
        "faster than anyone expected, caf{e_acute} owners by the water included.</p>"
        for i in range(6)
    )
    + "</article><footer>Copyright The Dispatch</footer></body></html>"
)


def page(meta: str = "", e_acute: str = "\u00e9") -> str:
    return ARTICLE.replace("{meta}", meta).replace("{e_acute}", e_acute)


def test_extract_returns_the_cli_json_fields():
    article = plainview.extract(page(), "https://dispatch.example/news/otters")
    assert article["title"] == "Otters return to the Lune"
    assert "breeding on every stretch" in article["text"]
    assert "Home" not in article["text"] and "Copyright" not in article["text"]
    assert "<nav" not in article["content"]
    assert article["wordCount"] > 100
    assert article["diagnostics"]["storySignal"]
    # Plain data only: the dict survives a JSON round trip unchanged.
    assert json.loads(json.dumps(article)) == article


def test_extract_matches_the_cli_output_field_for_field(tmp_path):
    cli = REPO / "target" / "debug" / "plainview"
    if not cli.exists():
        message = f"{cli} is not built (`cargo test --all-features` builds it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    html = page(meta='<meta charset="windows-1252">', e_acute="\u00e9").encode("cp1252")
    path = tmp_path / "page.html"
    path.write_bytes(html)
    url = "https://dispatch.example/news/otters"
    out = subprocess.run(
        [str(cli), str(path), "--url", url, "--format", "json"], check=True, capture_output=True
    ).stdout
    from_cli = json.loads(out)
    from_py = plainview.extract(html, url)
    assert from_py == from_cli
    assert list(from_py) == list(from_cli), "same keys in the same order"


def test_bytes_are_decoded_as_the_cli_decodes_them():
    html = page(meta='<meta charset="windows-1252">').encode("cp1252")
    article = plainview.extract(html)
    assert "caf\u00e9 owners" in article["text"]
    assert article["diagnostics"]["encoding"] == "windows-1252"
    assert article["diagnostics"]["encodingSource"] == "meta"
    # The HTTP header's charset comes before the page's <meta>.
    undeclared = page().encode("cp1252")
    served = plainview.extract(undeclared, content_type="text/html; charset=ISO-8859-1")
    assert "caf\u00e9 owners" in served["text"]
    assert served["diagnostics"]["encodingSource"] == "content-type"
    # A forced encoding beats both; a byte order mark beats everything.
    forced = plainview.extract(undeclared, encoding="utf-8")
    assert "caf\ufffd owners" in forced["text"], "bad bytes become U+FFFD"
    bom = b"\xef\xbb\xbf" + page(meta='<meta charset="windows-1252">').encode("utf-8")
    assert plainview.extract(bom)["diagnostics"]["encodingSource"] == "bom"
    assert plainview.extract(bytearray(html))["text"] == article["text"]


def test_str_input_is_taken_as_decoded_text():
    article = plainview.extract(page(meta='<meta charset="shift_jis">'))
    assert "caf\u00e9 owners" in article["text"]
    assert "encoding" not in article["diagnostics"]


@pytest.mark.parametrize(
    "call, code",
    [
        (lambda: plainview.extract("<html><body><nav></nav></body></html>"), "NO_ARTICLE"),
        (lambda: plainview.extract(page(), "not a url"), "INVALID_URL"),
        (lambda: plainview.extract(page().encode(), encoding="klingon"), "UNKNOWN_ENCODING"),
        (lambda: plainview.extract(page(), max_input_bytes=100), "INPUT_TOO_LARGE"),
        (lambda: plainview.extract(page(), maxElements=5), "TOO_MANY_ELEMENTS"),
    ],
)
def test_failures_raise_plainview_error_with_the_rust_code(call, code):
    with pytest.raises(plainview.PlainviewError) as raised:
        call()
    assert raised.value.code == code
    assert str(raised.value)
    assert isinstance(raised.value, Exception)


def test_bad_arguments_raise_python_errors():
    with pytest.raises(TypeError, match="unexpected keyword argument 'keep_meda'"):
        plainview.extract(page(), keep_meda=False)
    with pytest.raises(TypeError, match="expected str or bytes"):
        plainview.extract(["<p>"])
    with pytest.raises(TypeError):
        plainview.extract(page(), keep_media=[1])
    with pytest.raises(ValueError):
        plainview.extract(page(), max_elements=-1)
    with pytest.raises(ValueError):
        plainview.extract(page(), keep_media="yes")


def test_options_change_the_result():
    with_image = page().replace("<h1>", "<img src='/otter.jpg' alt='An otter'><h1>")
    kept = plainview.extract(with_image, "https://dispatch.example/a")
    assert "https://dispatch.example/otter.jpg" in kept["content"]
    dropped = plainview.extract(with_image, "https://dispatch.example/a", keep_media=False)
    assert "<img" not in dropped["content"]
    explained = plainview.extract(page(), explain=True, keepClasses=True)
    assert explained["text"] == plainview.extract(page())["text"]


def test_default_options_come_from_the_rust_options():
    defaults = plainview.default_options()
    assert defaults["keepMedia"] is True and defaults["maxInputBytes"] > 0
    for name in defaults:
        plainview.extract(page(), **{name: defaults[name]})


def test_is_probably_readable():
    assert plainview.is_probably_readable(page())
    assert plainview.is_probably_readable(page().encode("utf-8"), content_type="text/html")
    assert not plainview.is_probably_readable("<nav><a href='/'>Home</a></nav>")
    with pytest.raises(TypeError):
        plainview.is_probably_readable(None)


def test_hostile_pages_give_a_result_or_a_coded_error():
    hostile = [
        "<div>" * 200_000 + "deep" + "</div>" * 200_000,
        "<p>" + "&amp;" * 500_000,
        "\x00\ud7ff<\x01>" * 10_000,
        "<article><p>" + "lone surrogate \udc00 in text, " * 50 + "</p></article>",
        b"\xff\xfe" + b"\x00<" * 50_000,
        "<table>" * 50_000,
    ]
    for html in hostile:
        try:
            result = plainview.extract(html)
            assert isinstance(result["text"], str)
        except plainview.PlainviewError as error:
            assert error.code in {"NO_ARTICLE", "TOO_MANY_ELEMENTS", "INPUT_TOO_LARGE"}


def test_the_gil_is_released_while_extracting():
    big = page().replace("</article>", "<p>" + "More otters along the river bank. " * 20_000 + "</p></article>")
    count = 0
    stop = threading.Event()

    def counter():
        nonlocal count
        while not stop.is_set():
            count += 1
            time.sleep(0)  # releases the GIL, so the main thread gets it back at once

    interval = sys.getswitchinterval()
    # The main thread is never made to give the GIL up: the counter runs during the call
    # only if the call itself releases it.
    sys.setswitchinterval(100)
    thread = threading.Thread(target=counter)
    try:
        thread.start()
        time.sleep(0.05)
        before = count
        plainview.extract(big)
        during = count - before
    finally:
        stop.set()
        sys.setswitchinterval(interval)
        thread.join()
    assert during > 0, "no other thread ran while the page was extracted: the GIL was held"


def test_the_wheel_ships_type_stubs():
    package = os.path.dirname(plainview.__file__)
    assert os.path.exists(os.path.join(package, "py.typed"))
    assert os.path.exists(os.path.join(package, "_native.pyi"))


def _stub():
    import ast

    path = os.path.join(os.path.dirname(plainview.__file__), "_native.pyi")
    with open(path, encoding="utf-8") as f:
        return ast.parse(f.read())


def _camel(name):
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def test_the_stubs_declare_what_the_module_returns_and_takes():
    import ast

    tree = _stub()
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    fields = lambda cls: {n.target.id for n in classes[cls].body if isinstance(n, ast.AnnAssign)}  # noqa: E731
    article = plainview.extract(page(), "https://dispatch.example/a")
    assert fields("Article") == set(article)
    explained = plainview.extract(page().encode(), explain=True)
    assert set(explained["diagnostics"]) <= fields("Diagnostics")
    [extract] = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "extract"]
    options = {_camel(a.arg) for a in extract.args.kwonlyargs} - {"contentType"}
    assert options | {"url"} == set(plainview.default_options())
