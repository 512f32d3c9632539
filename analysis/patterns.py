"""Regex helpers: lexicon patterns are compiled once, lower-cased, and matched against lower-cased text.

Python's re is several times slower with IGNORECASE; lower-casing the text once per
sentence and the patterns once per load keeps matching cheap.
"""

from __future__ import annotations

import re

_ESCAPE_OR_UPPER = re.compile(r"\\.|[A-Z]")


def fold_case(text: str) -> str:
    """Lower-cased text of the same length (a few characters lower to two; those stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def lower_pattern(pattern: str) -> str:
    """A pattern's literal letters lower-cased; escapes such as \\W or \\S left alone."""
    return _ESCAPE_OR_UPPER.sub(lambda m: m.group(0) if m.group(0).startswith("\\") else m.group(0).lower(), pattern)


def alternation(patterns, names: list[str] | None = None) -> str:
    """One word-bounded alternation of lower-cased patterns, optionally as named groups."""
    if names:
        body = "|".join(f"(?P<{n}>{lower_pattern(p)})" for n, p in zip(names, patterns))
    else:
        body = "|".join(f"(?:{lower_pattern(p)})" for p in patterns)
    return r"(?<!\w)(?:" + body + r")(?!\w)"


def compile_alternation(patterns) -> re.Pattern | None:
    """A compiled alternation for fold_case()d text, or None for no patterns."""
    patterns = list(patterns)
    return re.compile(alternation(patterns)) if patterns else None
