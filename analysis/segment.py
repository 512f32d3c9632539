"""Split content paragraphs into sentences with NLTK Punkt, keeping quotations whole."""

from __future__ import annotations

from functools import lru_cache

from analysis.data import read_text
from analysis.model import Sentence, Span
from analysis.quotes import find_quotes

# Sentence starters let Punkt break after an abbreviation ("... in the U.S. The ...").
_SENT_STARTERS = {"the", "he", "she", "it", "they", "we", "i", "in", "but", "however", "meanwhile",
                  "a", "an", "this", "that", "these", "those", "both", "according", "his", "her"}


@lru_cache(maxsize=1)
def tokenizer():
    """A Punkt tokenizer with English parameters built in the project (nothing downloaded)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    lines = read_text("punkt_abbreviations.txt")
    params.abbrev_types = {ln.strip() for ln in lines.splitlines() if ln.strip() and not ln.startswith("#")}
    params.sent_starters = set(_SENT_STARTERS)
    return PunktSentenceTokenizer(params)


def split_sentences(text: str, paragraphs: list[Span]) -> list[Sentence]:
    """Sentences of each paragraph; sentences a quotation spans are merged into one."""
    tok = tokenizer()
    out: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        body = text[para.start:para.end]
        spans = [Span(para.start + s, para.start + e) for s, e in tok.span_tokenize(body)]
        quotes = find_quotes(text, para.start, para.end)
        out.extend(Sentence(s.start, s.end, p_index) for s in _merge_over_quotes(spans, quotes))
    return out


def _merge_over_quotes(spans: list[Span], quotes: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if merged and any(q.start < merged[-1].end <= q.end - 1 and q.end > span.start for q in quotes):
            merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged
