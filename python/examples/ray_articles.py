"""Ray Data example: the articles of a folder of saved pages, with ``map_batches``.

    python python/examples/ray_articles.py PAGES_DIR

Each ``*.html`` in PAGES_DIR is a row (its ``.json`` beside it may give its ``url``).
"""

import json
import sys
from pathlib import Path

import ray

from plainview.integrations.ray import extract_batch


def rows(folder):
    for path in sorted(Path(folder).glob("*.html")):
        meta = path.with_suffix(".json")
        url = json.loads(meta.read_text())["url"] if meta.exists() else None
        yield {"name": path.name, "url": url, "html": path.read_text(encoding="utf-8", errors="replace")}


def articles(folder):
    dataset = ray.data.from_items(list(rows(folder)))
    return dataset.map_batches(extract_batch, batch_format="pandas", batch_size=16).drop_columns(["html"])


def main():
    ray.init(num_cpus=2, include_dashboard=False)
    try:
        for row in articles(sys.argv[1]).take(20):
            print(row["name"], "|", row["title"], "|", row["wordCount"], "|", row["error"])
    finally:
        ray.shutdown()


if __name__ == "__main__":
    main()
