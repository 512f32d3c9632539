"""Normalise text without moving offsets, and find the content paragraphs (boilerplate dropped)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.lexicon import english
from analysis.model import Span
from analysis.patterns import fold_case
from analysis.scan import word_scan
from analysis.text import normalise


@dataclass
class Cleaned:
    """A document's normalised text, its content paragraphs, and what was dropped and why."""

    text: str
    paragraphs: list[Span]
    dropped: list[tuple[Span, str]]


def _raw_paragraphs(text: str) -> list[Span]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
    return spans


def boilerplate_reason(para: str, words: int | None = None) -> str | None:
    """Why a paragraph is boilerplate (ad, prompt, cookie notice, credit), or None.
    `words`: its number of words, when known."""
    lex = english()
    low = fold_case(para)
    scan = word_scan(low)
    if lex.boiler_strong.search(low, scan=scan):
        return "boilerplate phrase"
    if lex.byline.match(para):
        return "credit line"
    if not any(q in para for q in '"“”'):
        words = len(para.split()) if words is None else words
        if words <= 60 and sum(1 for _ in lex.boiler_promo.finditer(low, scan=scan)) >= 2:
            return "promotional text"
        if words <= 25 and para.rstrip().endswith("?") and re.search(r"\byou(?:r|rs)?\b", low):
            return "question to the reader"
    return None


def clean(text: str) -> Cleaned:
    """Normalise `text` and split it into content paragraphs, dropping boilerplate."""
    norm = normalise(text)
    lex = english()
    paras = _raw_paragraphs(norm)
    kept: list[Span] = []
    dropped: list[tuple[Span, str]] = []
    seen: dict[str, int] = {}
    verdicts: list[str | None] = []
    counts: list[int] = []
    for span in paras:
        body = norm[span.start:span.end]
        m = None if lex.byline.match(body) else lex.sponsor_prefix.match(body)
        if m:
            dropped.append((Span(span.start, span.start + m.end()), "sponsor credit"))
            span = Span(span.start + m.end(), span.end)
            body = norm[span.start:span.end]
        words = body.split()
        reason = boilerplate_reason(body, len(words))
        if len(words) < 40:  # a caption is short; a longer paragraph is never one
            key = " ".join(words).lower()
            if reason is None and key in seen:
                reason = "repeated caption"
                verdicts[seen[key]] = "repeated caption"
            seen.setdefault(key, len(verdicts))
        verdicts.append(reason)
        counts.append(len(words))
        paras[len(verdicts) - 1] = span
    # A very short line wedged between boilerplate ("Thank you!") belongs to it.
    for i, span in enumerate(paras):
        if verdicts[i] is None and counts[i] <= 4:
            before = i > 0 and verdicts[i - 1] is not None
            after = i + 1 < len(paras) and verdicts[i + 1] is not None
            if before and after:
                verdicts[i] = "boilerplate fragment"
    for span, reason in zip(paras, verdicts):
        if reason is None:
            kept.append(span)
        else:
            dropped.append((span, reason))
    return Cleaned(norm, kept, dropped)
