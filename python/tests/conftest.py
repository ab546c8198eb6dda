"""Shared fixtures: corpus pages from ../shared (read at run time, never copied)."""

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"

#: Pages per corpus the engine tests run on: a few dozen, quick on two cores.
ENGINE_PAGES = 24


def _require_corpus(name: str) -> Path:
    folder = CORPUS / name
    if not folder.is_dir():
        message = f"{folder} is missing (tests on corpus pages need ../shared beside the repository)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return folder


def corpus_pages(name: str, limit: int):
    """``(id, html_bytes, url)`` of the first ``limit`` pages of a corpus, by id."""
    folder = _require_corpus(name)
    pages = []
    for html_path in sorted(folder.glob("*.html"))[:limit]:
        meta = json.loads(html_path.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append((html_path.stem, html_path.read_bytes(), meta.get("url")))
    return pages


@pytest.fixture(scope="session")
def moz_pages():
    return corpus_pages("moz", ENGINE_PAGES)


@pytest.fixture(scope="session")
def traf_pages():
    return corpus_pages("traf-dev", ENGINE_PAGES)
