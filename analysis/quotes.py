"""Find quotations (curly and straight marks) and tell real quotes from scare quotes and titles."""

from __future__ import annotations

import re

from analysis.model import Span

OPEN, CLOSE = "“", "”"
OPENERS = "“‘\""  # a sentence starting with one of these starts with a quotation
_MARKS = re.compile('[“”"]')
_SINGLE_OPEN = re.compile(r"(?<![\w’‘])‘(?=\S)")
_SINGLE_CLOSE = re.compile(r"’(?!\w)")


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Quotation spans (marks included) in text[start:end]; an unclosed one runs to the end."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    opened: int | None = None
    straight: int | None = None
    for mark in _MARKS.finditer(text, start, end):
        i, ch = mark.start(), mark.group(0)
        if ch == OPEN and opened is None and straight is None:
            opened = i
        elif ch == CLOSE and opened is not None:
            spans.append(Span(opened, i + 1))
            opened = None
        elif ch == '"' and opened is None:
            if straight is None:
                straight = i
            else:
                spans.append(Span(straight, i + 1))
                straight = None
    dangling = opened if opened is not None else straight
    if dangling is not None and end - dangling > 1:
        spans.append(Span(dangling, end))
    if not spans and "‘" in text[start:end]:
        spans = _single_quotes(text, start, end)
    return spans


def _single_quotes(text: str, start: int, end: int) -> list[Span]:
    """British-style ‘…’ quotations. ’ is also the apostrophe ("won’t", "farmers’ fields"),
    so a closing mark after punctuation (‘…,’) wins over one after a letter."""
    spans: list[Span] = []
    pos = start
    while True:
        opener = _SINGLE_OPEN.search(text, pos, end)
        if opener is None:
            return spans
        nxt = _SINGLE_OPEN.search(text, opener.end(), end)
        limit = nxt.start() if nxt else end
        closers = [m.start() for m in _SINGLE_CLOSE.finditer(text, opener.end(), limit)]
        strong = [c for c in closers if text[c - 1] in ".,!?;:…"]
        close = (strong or closers or [None])[0]
        if close is None:
            spans.append(Span(opener.start(), limit))
            pos = limit
        else:
            spans.append(Span(opener.start(), close + 1))
            pos = close + 1


def quote_words(text: str, span: Span) -> str:
    """The words inside a quotation, marks and edge punctuation removed."""
    return text[span.start:span.end].strip('“”‘’" \n').strip()


_TITLE_WORD = re.compile(r"^[A-Z0-9][\w'’&-]*$")
_MINOR = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "or"}


def is_substantive(words: str) -> bool:
    """A quote worth attributing: not a scare quote, a single term or a title."""
    tokens = words.split()
    if len(tokens) < 3:
        return False
    if all(_TITLE_WORD.match(t) or t.lower() in _MINOR for t in tokens):
        return False  # Title Case Only: a title or a name
    return True


def mask_quotes(text: str, quotes: list[Span], start: int = 0) -> str:
    """text with the inside of each quotation blanked (same length), for frame search."""
    for q in quotes:
        a, b = max(q.start + 1, start) - start, min(q.end - 1, start + len(text)) - start
        if a < b:
            inside = text[a:b]
            blank = "\n".join(" " * len(line) for line in inside.split("\n"))
            text = text[:a] + blank + text[b:]
    return text
