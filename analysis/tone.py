"""Tone: VADER's compound score, computed exactly as vaderSentiment computes it, only faster.

vaderSentiment's polarity_scores rebuilds the text character by character to replace
emoji, and lower-cases the whole word list again for every sentiment word it meets, so
its cost grows with the square of the sentence. This module keeps its lexicon, its rules
and their order, and lower-cases the words once. tests/test_tone.py checks the scores
against vaderSentiment itself.
"""

from __future__ import annotations

import string
from functools import lru_cache

from vaderSentiment import vaderSentiment as vs

_NEGATE = frozenset(vs.NEGATE)
_PUNCTUATION = string.punctuation
# _negation_check and _special_idioms_check change nothing unless one of these words is
# near: every negation word, and the longest word of every idiom (all of an idiom's
# words must be present for it to match, so its longest one is).
_NEGATION_WORDS = _NEGATE | {"never", "without", "doubt", "so", "this"}
_BOOSTERS = frozenset(vs.BOOSTER_DICT)
_IDIOM_WORDS = frozenset(max(phrase.split(), key=len) for phrase in [*vs.SPECIAL_CASES, *vs.BOOSTER_DICT]
                         if " " in phrase)


class Tone:
    """VADER's compound score over one analyser's lexicon."""

    def __init__(self) -> None:
        self.analyser = vs.SentimentIntensityAnalyzer()
        self.lexicon = self.analyser.lexicon
        self.emoji = frozenset(self.analyser.emojis)

    def compound(self, text: str) -> float:
        """The compound score in [-1, 1], rounded to 4 places as VADER rounds it."""
        if not self.emoji.isdisjoint(text):
            return self.analyser.polarity_scores(text)["compound"]  # emoji: VADER's own path
        text = text.strip()
        # vaderSentiment's SentiText and allcap_differential, inlined.
        words = [w if len(s := w.strip(_PUNCTUATION)) <= 2 else s for w in text.split()]
        low = " ".join(words).lower().split()  # one lower() for all: words hold no spaces
        lexicon = self.lexicon
        # Only lexicon words that are not boosters carry a sentiment; the rest stay 0.
        hits = [i for i, w in enumerate(low) if w in lexicon and w not in _BOOSTERS]
        if not hits:
            return 0.0
        capitals = sum(map(str.isupper, words))
        cap_diff = 0 < len(words) - capitals < len(words)
        sentiments: list[float] = [0] * len(words)
        last = len(words) - 1
        for i in hits:
            if not (low[i] == "kind" and i < last and low[i + 1] == "of"):
                sentiments[i] = self._valence(words, low, i, cap_diff)
        if "but" in low:
            sentiments = self.analyser._but_check(words, sentiments)
        total = float(sum(sentiments))
        emphasis = self.analyser._punctuation_emphasis(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return round(vs.normalize(total), 4)

    def _valence(self, words: list[str], low: list[str], i: int, cap_diff: bool) -> float:
        """vaderSentiment's sentiment_valence for a lexicon word, on the lower-cased list."""
        lexicon, word, n = self.lexicon, low[i], len(low)
        valence = lexicon[word]
        if word == "no" and i != n - 1 and low[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no") \
                or (i > 2 and low[i - 3] == "no" and low[i - 1] in ["or", "nor"]):
            valence = lexicon[word] * vs.N_SCALAR
        if words[i].isupper() and cap_diff:
            if valence > 0:
                valence += vs.C_INCR
            else:
                valence -= vs.C_INCR
        # Boosters, negations and idioms change the valence only when one of their words is
        # near; without them the loop below would only add 0.0 three times.
        before = low[max(0, i - 3):i]
        negation_near = not _NEGATION_WORDS.isdisjoint(before) or "n't" in " ".join(before)
        idiom_near = not _IDIOM_WORDS.isdisjoint(low[max(0, i - 3):i + 3])
        if not negation_near and not idiom_near and _BOOSTERS.isdisjoint(before):
            return _least_check(valence, low, i, lexicon) if "least" in before else valence
        for start_i in range(0, 3):
            j = i - (start_i + 1)
            if j >= 0 and low[j] not in lexicon:
                s = vs.scalar_inc_dec(words[j], valence, cap_diff) if low[j] in vs.BOOSTER_DICT else 0.0
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                if negation_near:
                    valence = _negation_check(valence, low, start_i, i)
                if start_i == 2 and idiom_near:
                    valence = _special_idioms_check(valence, low, i)
        return _least_check(valence, low, i, lexicon)


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


def _negation_check(valence: float, low: list[str], start_i: int, i: int) -> float:
    if start_i == 0:
        if _negated(low[i - 1]):
            valence = valence * vs.N_SCALAR
    if start_i == 1:
        if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
            valence = valence * 1.25
        elif low[i - 2] == "without" and low[i - 1] == "doubt":
            pass
        elif _negated(low[i - 2]):
            valence = valence * vs.N_SCALAR
    if start_i == 2:
        if low[i - 3] == "never" and (low[i - 2] == "so" or low[i - 2] == "this") or \
                (low[i - 1] == "so" or low[i - 1] == "this"):
            valence = valence * 1.25
        elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
            pass
        elif _negated(low[i - 3]):
            valence = valence * vs.N_SCALAR
    return valence


def _special_idioms_check(valence: float, low: list[str], i: int) -> float:
    onezero = f"{low[i - 1]} {low[i]}"
    twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
    twoone = f"{low[i - 2]} {low[i - 1]}"
    threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
    threetwo = f"{low[i - 3]} {low[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in vs.SPECIAL_CASES:
            valence = vs.SPECIAL_CASES[seq]
            break
    if len(low) - 1 > i:
        zeroone = f"{low[i]} {low[i + 1]}"
        if zeroone in vs.SPECIAL_CASES:
            valence = vs.SPECIAL_CASES[zeroone]
    if len(low) - 1 > i + 1:
        zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
        if zeroonetwo in vs.SPECIAL_CASES:
            valence = vs.SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in vs.BOOSTER_DICT:
            valence = valence + vs.BOOSTER_DICT[n_gram]
    return valence


def _least_check(valence: float, low: list[str], i: int, lexicon: dict) -> float:
    if i > 1 and low[i - 1] not in lexicon and low[i - 1] == "least":
        if low[i - 2] != "at" and low[i - 2] != "very":
            valence = valence * vs.N_SCALAR
    elif i > 0 and low[i - 1] not in lexicon and low[i - 1] == "least":
        valence = valence * vs.N_SCALAR
    return valence


@lru_cache(maxsize=1)
def scorer() -> Tone:
    """The shared scorer (loading VADER's lexicon takes a moment)."""
    return Tone()
