"""Stance toward changing the agreement (favor, oppose, neutral) from dossier cues, with evidence."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from analysis.dossier import Dossier
from analysis.lexicon import english
from analysis.patterns import fold_case
from analysis.scan import Hits, MultiScan, word_scan

# A period ends a clause only before a capital or the end: "the U.S. demand" runs on.
_CLAUSE_END = re.compile(r"[,;:!?]|\.(?=\s+[A-Z\"“]|\s*$)")
_SENT_END = re.compile(r"[;!?]|\.(?=\s+[A-Z\"“]|\s*$)")


@dataclass
class StanceResult:
    """A stance label with its score, confidence and the evidence that decided it."""

    label: str
    score: float
    confidence: float
    cues: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)




def _flat(text: str) -> str:
    # Same length, lower case: quotation marks become spaces so cues match across them.
    # (str.replace is many times faster than str.translate with a dict.)
    text = text.replace("“", " ").replace("”", " ").replace('"', " ").replace("’", "'").replace("‘", "'")
    return fold_case(text)


def _scopes(text: str, starts: Iterable[int], end: re.Pattern) -> list[tuple[int, int]]:
    """Spans from each start to the end of its clause (found in the original case)."""
    spans = []
    for start in starts:
        e = end.search(text, start)
        spans.append((start, e.start() if e else len(text)))
    return spans


def _ends(flat: str, suffix: str) -> Iterator[int]:
    """Where each occurrence of a word ending ("n't") ends."""
    i = flat.find(suffix)
    while i != -1:
        yield i + len(suffix)
        i = flat.find(suffix, i + len(suffix))


@lru_cache(maxsize=8)
def _scanner(dossier: Dossier) -> MultiScan:
    lex = english()
    return MultiScan([dossier.cue_rx, dossier.procedural, dossier.topic_rx, lex.rejections, lex.contrasts, lex.negators])


def statement_hits(texts: list[str], dossier: Dossier) -> list[Hits]:
    """Where the patterns of classify() and topics() may match each text (one scan for all
    of a document's statements). Pass a text's hits with the text or with its beginning."""
    return _scanner(dossier).hits([word_scan(_flat(t)) for t in texts])


def classify(text: str, side: str | None, dossier: Dossier, hits: Hits | None = None) -> StanceResult:
    """Score the dossier's cues in text, applying negation, rejection and contrast rules."""
    flat = _flat(text)
    scan = word_scan(flat) if hits is None else None
    lex = english()
    taken = []
    if dossier.cue_rx:
        for m in dossier.cue_rx.finditer(flat, scan=scan, hits=hits):
            cue = dossier.cues[int(m.lastgroup[1:])]
            if not cue.sides or side in cue.sides:
                taken.append((m.start(), m.end(), cue))

    negators = (m.end() for m in lex.negators.finditer(flat, scan=scan, hits=hits))
    negations = _scopes(text, chain(negators, _ends(flat, lex.negator_suffix)), _CLAUSE_END)
    rejections = _scopes(text, (m.end() for m in lex.rejections.finditer(flat, scan=scan, hits=hits)), _SENT_END)
    contrast = max((m.end() for m in lex.contrasts.finditer(flat, scan=scan, hits=hits)), default=None)
    background = _scopes(text, (m.end() for m in lex.background.finditer(flat)), _SENT_END)
    score = 0.0
    cues: list[str] = []
    rules: list[str] = []
    for s, e, cue in taken:
        words = flat[s:e]
        sign = 1.0 if cue.stance == "favor" else -1.0
        weight = cue.weight
        if cue.stance == "favor":
            if any(a <= s < b for a, b in rejections):
                sign = -1.0
                rules.append(f"rejection: '{words}' is resisted")
            elif any(a <= s < b for a, b in negations):
                sign = -1.0
                rules.append(f"negation: '{words}' is negated")
        elif not (lex.negators.search(words) or lex.negator_suffix in words) and any(a <= s < b for a, b in negations):
            sign = 1.0  # "will not accept the status quo": resisting the resistance
            rules.append(f"negation: '{words}' is negated")
        if contrast is not None and s >= contrast:
            weight *= 1.5
            rules.append(f"contrast: '{words}' follows a contrast")
        if any(a <= s < b for a, b in background):
            weight *= 0.5
            rules.append(f"background: '{words}' is in a background clause")
        score += sign * weight
        cues.append(f"{'+' if sign > 0 else '-'}{weight:g} {words}")
    procedural = dossier.procedural.search(flat, scan=scan, hits=hits) if dossier.procedural else None
    if procedural:
        score *= 0.5
        rules.append(f"procedural: '{procedural.group(0)}' (scheduling or fact) halves the score")

    if not taken and not procedural:
        lean = dossier.side_lean(side)
        if lean:
            rules.append(f"no cue: the {side} side's default lean ({lean})")
            return StanceResult(lean, 0.3 if lean == "favor" else -0.3, 0.35, cues, rules)
        return StanceResult("neutral", 0.0, 0.4, cues, rules + ["no cue"])
    th = dossier.threshold
    label = "favor" if score >= th else "oppose" if score <= -th else "neutral"
    confidence = min(0.95, 0.5 + 0.1 * abs(score)) if label != "neutral" else (0.7 if procedural else 0.45)
    return StanceResult(label, round(math.tanh(score / 3), 3), round(confidence, 2), cues, rules)


def tone(text: str) -> float:
    """VADER's compound score: the sentence's tone, not its stance."""
    from analysis.tone import scorer  # lazy: loading VADER's lexicon is slow

    return scorer().compound(text)


def topics(text: str, dossier: Dossier, hits: Hits | None = None) -> list[str]:
    """The dossier's topic tags whose patterns occur in text."""
    if dossier.topic_rx is None:
        return []
    low = fold_case(text)
    scan = word_scan(low) if hits is None else None
    found = {int(m.lastgroup[1:]) for m in dossier.topic_rx.finditer(low, scan=scan, hits=hits)}
    return [dossier.topics[i] for i in sorted(found)]
