"""Split content paragraphs into sentences with NLTK Punkt, keeping quotations whole."""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.data import read_text
from analysis.model import Sentence, Span
from analysis.quotes import find_quotes

# Sentence starters let Punkt break after an abbreviation ("... in the U.S. The ...").
_SENT_STARTERS = {"the", "he", "she", "it", "they", "we", "i", "in", "but", "however", "meanwhile",
                  "a", "an", "this", "that", "these", "those", "both", "according", "his", "her"}


@lru_cache(maxsize=1)
def punkt_parameters():
    """Punkt's English parameters, built in the project (nothing downloaded)."""
    from nltk.tokenize.punkt import PunktParameters

    params = PunktParameters()
    lines = read_text("punkt_abbreviations.txt")
    params.abbrev_types = {ln.strip() for ln in lines.splitlines() if ln.strip() and not ln.startswith("#")}
    params.sent_starters = set(_SENT_STARTERS)
    return params


@lru_cache(maxsize=1)
def tokenizer():
    """NLTK's Punkt with the project's parameters, its patterns compiled by the standard re.

    NLTK runs each of its patterns through nltk.redos (the regex engine, under a time
    limit), which costs a quarter of the splitting time. Punkt's own patterns are fixed
    and linear, and Parley passes them only normalised text; tests/test_clean_segment.py checks
    the result against NLTK's stock tokenizer.
    """
    from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

    class Token(PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = re.compile(r"\.\.+$")
        _RE_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
        _RE_INITIAL = re.compile(r"[^\W\d]\.$")
        _RE_ALPHA = re.compile(r"[^\W\d]+$")
        _RE_NON_PUNCT = re.compile(r"[^\W\d]")

        @property
        def is_non_punct(self):
            return self._RE_NON_PUNCT.search(self.type)

    class LanguageVars(PunktLanguageVars):
        __slots__ = ()
        re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

        def _word_tokenizer_re(self):
            try:
                return self._re_word_tokenizer
            except AttributeError:
                self._re_word_tokenizer = re.compile(self._word_tokenize_fmt % {
                    "NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                    "WordStart": self._re_word_start}, re.VERBOSE)
                return self._re_word_tokenizer

        def period_context_re(self):
            try:
                return self._re_period_context
            except AttributeError:
                self._re_period_context = re.compile(self._period_context_fmt % {
                    "NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars}, re.VERBOSE)
                return self._re_period_context

    return PunktSentenceTokenizer(punkt_parameters(), lang_vars=LanguageVars(), token_cls=Token)


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
