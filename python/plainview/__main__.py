"""``python -m plainview warc FILE... -o OUT.jsonl``: WARC files to JSON Lines."""

from __future__ import annotations

import argparse
import json
import sys
from typing import List, Optional

from . import warc


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m plainview", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    w = commands.add_parser(
        "warc",
        help="extract the article of every HTML response record of WARC files (gzip'd or not)",
        description=warc.__doc__,
    )
    w.add_argument("files", nargs="+", metavar="FILE", help="WARC files (.warc or .warc.gz)")
    w.add_argument("-o", "--output", default="-", help="JSON Lines file to write ('-': standard output)")
    w.add_argument("-j", "--workers", type=int, default=None, help="extraction threads (default: the cores)")
    w.add_argument("--fields", help="comma-separated article fields to keep (default: all), e.g. title,text")
    w.add_argument("--no-media", action="store_true", help="leave images and embeds out of content")
    w.add_argument("--no-progress", action="store_true", help="no progress line, even on a terminal")
    args = parser.parse_args(argv)

    fields = [f.strip() for f in args.fields.split(",")] if args.fields else None
    options = {"keep_media": False} if args.no_media else {}
    progress = sys.stderr.isatty() and not args.no_progress
    if args.output == "-":
        stats = warc.convert(args.files, sys.stdout, args.workers, fields, progress, **options)
    else:
        with open(args.output, "w", encoding="utf-8") as out:
            stats = warc.convert(args.files, out, args.workers, fields, progress, **options)
    summary = dict(sorted(stats.items()))
    summary["errors"] = stats.errors
    print(json.dumps(summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
