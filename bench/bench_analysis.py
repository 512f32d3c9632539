"""Benchmark: analysis time per article as a ratio to a floor measured in the same run.

Floor: NLTK Punkt sentence splitting plus VADER scoring of every sentence of the
same text, both as their libraries ship them (Punkt with Parley's English parameters).
Parley's analysis runs the same algorithms with faster plumbing: VADER's scoring in
analysis/tone.py, Punkt's patterns on the standard re (analysis/segment.py); tests check
both against the stock libraries. Goal: ratio <= 1.5. Run with `make bench`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import Document, analyze_documents, load_dossier  # noqa: E402
from analysis.segment import punkt_parameters  # noqa: E402


def corpus() -> list[Document]:
    folder = ROOT.parent / "shared" / "corpus" / "korus"
    if not folder.is_dir():
        folder = ROOT / "store" / "sample"
    return [Document(p.name, p.read_text("utf-8")) for p in sorted(folder.glob("*.txt"))]


def best_of_each(fns, repeat: int) -> list[float]:
    """The best time of each function over `repeat` rounds, run in turn in every round so
    that both see the same machine (clock speed, caches, other users' load)."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            t = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - t)
    return best


def main(repeat: int = 30) -> None:
    docs = corpus()
    dossier = load_dossier()
    # The floor uses the libraries themselves, not Parley's faster plumbing around them.
    from nltk.tokenize.punkt import PunktSentenceTokenizer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    tok, vader = PunktSentenceTokenizer(punkt_parameters()), SentimentIntensityAnalyzer()

    def floor():
        for d in docs:
            for s in tok.tokenize(d.text):
                vader.polarity_scores(s)

    def ours():
        analyze_documents([Document(d.name, d.text) for d in docs], dossier)

    floor(), ours()  # warm caches and lazy loads out of the measurement
    f, o = best_of_each([floor, ours], repeat)
    n = len(docs)
    print(f"articles: {n}  (best of {repeat} runs)")
    print(f"floor (Punkt + VADER per sentence): {f / n * 1000:.2f} ms/article")
    print(f"parley analysis:                    {o / n * 1000:.2f} ms/article")
    print(f"ratio: {o / f:.2f}x  (goal <= 1.5x)")


if __name__ == "__main__":
    main()
