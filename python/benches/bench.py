#!/usr/bin/env python3
"""plainview's wheel against trafilatura on ../shared/corpus: speed, F1 and memory.

    python python/benches/bench.py [--corpora moz,traf-dev,dragnet-train] [--workers N] [--skip-trafilatura]

Same machine, same run, same pages (decoded to str beforehand, so both get the same
text; each page's ``url`` from its JSON is passed as the page's address). Each system runs
in fresh worker processes: one process (one core), then N processes (all cores). Each
worker reads its pages from disk one at a time and times only the extraction call.

Figures per system and corpus:
  pages/s/core  pages ÷ the CPU seconds of the extraction calls summed over workers (what
                one core does; CPU time, so other jobs on the machine weigh less)
  pages/s wall  pages ÷ the wall time from all workers ready to the last one done
  F1            ../shared/eval/score.py's method, by importing it (bootstrap off)
  max RSS MiB   the largest peak resident memory of a worker (VmHWM; see peak_rss_kib)
plus plainview in one process on N threads (``extract_many``: the GIL is released).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import queue
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPORA = ("moz", "traf-dev", "dragnet-train")
#: Seconds workers get to import their system and warm up.
STARTUP_SECONDS = 120


def load_scorer():
    sys.path.insert(0, str(SHARED / "eval"))
    import score  # ../shared/eval/score.py, the reference scorer

    return score


def corpus_pages(name):
    folder = SHARED / "corpus" / name
    pages = []
    for json_path in sorted(folder.glob("*.json")):
        html_path = json_path.with_suffix(".html")
        if json_path.name.startswith("_") or not html_path.exists():
            continue
        url = json.loads(json_path.read_text(encoding="utf-8")).get("url")
        pages.append((json_path.stem, str(html_path), url))
    return pages


def extractor(system):
    """A function html, url -> text ('' when nothing is found)."""
    if system == "plainview":
        import plainview

        def run(html, url):
            try:
                return plainview.extract(html, url)["text"]
            except plainview.PlainviewError:
                return ""

        return run
    if system == "trafilatura":
        import trafilatura

        def run(html, url):
            return trafilatura.extract(html, url=url) or ""

        return run
    raise ValueError(system)


def worker(system, pages, results, ready):
    extract = extractor(system)
    extract("<html><body><p>warm up</p></body></html>", None)
    # Every worker has started and imported its system before the clock starts.
    ready.wait()
    texts = {}
    seconds = 0.0
    for pid, path, url in pages:
        html = Path(path).read_text(encoding="utf-8", errors="replace")
        start = time.process_time()
        try:
            texts[pid] = extract(html, url)
        except Exception:  # noqa: BLE001 - a crash on one page is an empty output
            texts[pid] = ""
        seconds += time.process_time() - start
    results.put((texts, seconds, peak_rss_kib(), time.monotonic()))


def peak_rss_kib():
    """This process's peak resident memory. Linux keeps getrusage's ru_maxrss across
    exec, so a worker spawned by a large parent would report the parent's peak: the
    kernel's VmHWM of the worker's own address space is read instead where there is one."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_processes(system, pages, workers):
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    shares = [pages[i::workers] for i in range(workers)]
    ready = ctx.Barrier(workers + 1)
    procs = [ctx.Process(target=worker, args=(system, share, results, ready)) for share in shares]
    for p in procs:
        p.start()
    try:
        ready.wait(timeout=STARTUP_SECONDS)
    except threading.BrokenBarrierError:
        for p in procs:
            p.kill()
        raise RuntimeError(f"{system}: workers did not start (exit codes {[p.exitcode for p in procs]})")
    start = time.monotonic()
    collected = []
    while len(collected) < len(procs):
        try:
            collected.append(results.get(timeout=1))
        except queue.Empty:
            dead = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            if dead:
                raise RuntimeError(f"{system}: a worker died (exit {dead[0]})")
    wall = max(c[3] for c in collected) - start
    for p in procs:
        p.join()
    texts = {}
    for t, *_ in collected:
        texts.update(t)
    return {
        "texts": texts,
        "extract_seconds": sum(c[1] for c in collected),
        "wall": wall,
        "maxrss_mib": max(c[2] for c in collected) / 1024,
    }


def run_threads(pages, workers):
    import plainview

    htmls = [(Path(path).read_text(encoding="utf-8", errors="replace"), url) for _, path, url in pages]
    start = time.perf_counter()
    results = list(plainview.extract_many(htmls, workers=workers))
    wall = time.perf_counter() - start
    texts = {pid: (r["text"] if isinstance(r, dict) else "") for (pid, _, _), r in zip(pages, results)}
    return {"texts": texts, "wall": wall}


def f1(scorer, corpus, texts):
    with tempfile.TemporaryDirectory() as pred:
        for pid, text in texts.items():
            Path(pred, f"{pid}.txt").write_text(text, encoding="utf-8")
        return scorer.score(str(SHARED / "corpus" / corpus), pred, n_boot=0)["f1"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default=",".join(CORPORA))
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--skip-trafilatura", action="store_true")
    ap.add_argument("--json", help="write the rows as JSON to this file")
    args = ap.parse_args()
    if not (SHARED / "corpus").is_dir():
        sys.exit(f"bench: {SHARED / 'corpus'} is missing")
    scorer = load_scorer()
    systems = ["plainview"] + ([] if args.skip_trafilatura else ["trafilatura"])
    rows = []
    for corpus in args.corpora.split(","):
        pages = corpus_pages(corpus)
        for system in systems:
            for workers in sorted({1, args.workers}):
                r = run_processes(system, pages, workers)
                rows.append({
                    "corpus": corpus, "system": system, "how": f"{workers} proc",
                    "pages": len(pages),
                    "per_core": len(pages) / r["extract_seconds"],
                    "wall": len(pages) / r["wall"],
                    "f1": f1(scorer, corpus, r["texts"]),
                    "maxrss_mib": r["maxrss_mib"],
                })
                print(_row(rows[-1]), file=sys.stderr, flush=True)
        if args.workers > 1:
            r = run_threads(pages, args.workers)
            rows.append({
                "corpus": corpus, "system": "plainview", "how": f"1 proc × {args.workers} threads",
                "pages": len(pages), "per_core": None, "wall": len(pages) / r["wall"],
                "f1": f1(scorer, corpus, r["texts"]), "maxrss_mib": None,
            })
            print(_row(rows[-1]), file=sys.stderr, flush=True)
    print(f"load average after the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    print(HEADER)
    print("|" + "|".join("---" for _ in HEADER.split("|")[1:-1]) + "|")
    for row in rows:
        print(_row(row))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))


HEADER = "| corpus | system | run | pages | pages/s/core | pages/s wall | F1 | max RSS MiB/worker |"


def _row(r):
    fmt = lambda v, spec: "-" if v is None else format(v, spec)  # noqa: E731
    return (
        f"| {r['corpus']} | {r['system']} | {r['how']} | {r['pages']} | {fmt(r['per_core'], '.0f')} | "
        f"{fmt(r['wall'], '.0f')} | {r['f1']:.3f} | {fmt(r['maxrss_mib'], '.0f')} |"
    )


if __name__ == "__main__":
    main()
