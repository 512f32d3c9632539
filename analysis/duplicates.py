"""Group statements that report the same words, across articles and within one."""

from __future__ import annotations

import re
from itertools import accumulate

from analysis.model import Statement

SHINGLE = 8  # words: long enough that stock phrases ("the US-Korea free trade agreement") don't collide


_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str]) -> set[str]:
    """Every run of SHINGLE words, as one string: a string keeps its hash, a tuple does not."""
    joined = " ".join(words)
    ends = list(accumulate(map(len, words), initial=0))  # word i starts at ends[i] + i in joined
    return {joined[ends[i] + i:ends[i + SHINGLE] + i + SHINGLE - 1] for i in range(len(words) - SHINGLE + 1)}


def group_duplicates(statements: list[Statement]) -> None:
    """Set `duplicate_of` to the first statement sharing a run of words and a side."""
    seen: dict[str, Statement] = {}
    for st in statements:
        st.duplicate_of = None
        shingles = _shingles(_words(st.text))  # the quote lies inside the text
        first = None
        for sh in shingles:
            other = seen.get(sh)
            if other is not None and other.side == st.side and (first is None or _order(other) < _order(first)):
                first = other
        if first is not None:
            st.duplicate_of = first.duplicate_of or first.id
        for sh in shingles:
            seen.setdefault(sh, st)


def _order(st: Statement) -> tuple[str, int]:
    return (st.doc, st.start)
