"""Benchmark the store on synthetic corpora of 1k and 10k articles.

Reports ingest time and database size; open-and-index time as a ratio to
orjson.loads of the same file in the same run (goal <= 2x); export time for
10k statements. Run with `make bench-store` (takes a few minutes).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import orjson  # noqa: E402

from analysis import load_dossier  # noqa: E402
from corpus_gen import write_corpus  # noqa: E402
from store.db import Store  # noqa: E402
from store.export import render  # noqa: E402
from store.ingest import ingest  # noqa: E402
from store.view import load_view  # noqa: E402


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def run(count: int, work: Path, dossier) -> None:
    articles = work / f"corpus{count}"
    write_corpus(articles, count, dossier, seed=count)
    store = Store(work / f"db{count}.json")
    t_ingest, summary = timed(lambda: ingest(store, [articles], dossier))
    size = store.size()
    raw = store.path.read_bytes()
    t_json = min(timed(lambda: orjson.loads(raw))[0] for _ in range(3))
    t_open = min(timed(lambda: load_view(store))[0] for _ in range(3))
    view = load_view(store)
    rows = view.statements[:10_000]
    t_export = {fmt: timed(lambda f=fmt: render(view.cited(rows), f))[0] for fmt in ("csv", "jsonl", "md")}
    print(f"{count} articles: {summary.statements} statements")
    print(f"  ingest: {t_ingest:.1f} s ({t_ingest / count * 1000:.1f} ms/article), database {size / 1e6:.1f} MB")
    print(f"  open-and-index: {t_open * 1000:.0f} ms; orjson.loads: {t_json * 1000:.0f} ms; "
          f"ratio {t_open / t_json:.2f}x (goal <= 2x)")
    print(f"  export of {len(rows)} statements: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in t_export.items()))


def main() -> None:
    dossier = load_dossier()
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            run(n, Path(tmp), dossier)


if __name__ == "__main__":
    main()
