"""Regex helpers: lexicon patterns are compiled once, lower-cased, and matched against lower-cased text.

Python's re is several times slower with IGNORECASE; lower-casing the text once per
sentence and the patterns once per load keeps matching cheap. Big alternations are
found through a trigger of their literal prefixes (see `Alternation`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as sre
from re import _parser as sre_parse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.scan import Hits

_ESCAPE_OR_UPPER = re.compile(r"\\.|\(\?P[<=][^>)]*|[A-Z]")  # escapes and group names stay
_PREFIX_CHARS = 8  # longer prefixes leave fewer false candidates to re-check
_PREFIX_LIMIT = 4000  # beyond this many prefixes the trigger is no longer cheap
_DIGITS = set("0123456789")


def fold_case(text: str) -> str:
    """Lower-cased text of the same length (a few characters lower to two; those stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def lower_pattern(pattern: str) -> str:
    """A pattern's literal letters lower-cased; escapes such as \\W or \\S left alone."""
    return _ESCAPE_OR_UPPER.sub(lambda m: m.group(0) if len(m.group(0)) > 1 else m.group(0).lower(), pattern)


class Alternation:
    """A compiled regex, searched through a trigger of its literal prefixes.

    re tries every branch of an alternation at every position, so a lexicon of a hundred
    phrases costs a hundred tests per character. The trigger is a trie of the literal
    prefixes a match can start with; re scans for it with its fast first-character skip,
    and the full pattern is only tried where the trigger fires. Results are exactly those
    of the full pattern: every match starts with one of the prefixes.
    """

    __slots__ = ("rx", "trigger", "scan_trigger", "scan_prefixes", "pattern")

    def __init__(self, pattern: str, flags: int = 0, folded: bool = False, trigger: str | None = None) -> None:
        """folded: the trigger scans the text's fold_case()d copy, passed to finditer as
        `folded`, with the pattern's prefixes in lower case; the pattern itself still
        matches the text, with or without re.IGNORECASE (whose own scan is several times
        slower). Matches are re's for any text whose letters re and str.lower() fold alike
        (all but a few, such as ſ). trigger: a pattern of your own that matches wherever
        the pattern can start a match (and may match elsewhere), for when the literal
        prefixes say too little."""
        self.rx = re.compile(pattern, flags)
        self.pattern = pattern
        literal = lower_pattern(pattern) if folded else pattern
        try:
            parsed = sre_parse.parse(literal, flags)  # once: parsing a lexicon's pattern takes a while
        except re.error:
            parsed = None
        prefixes = None if trigger or parsed is None else _literal_prefixes(parsed, lower=folded)
        self.trigger = re.compile(trigger or trie(prefixes)) if trigger or prefixes else None
        # A pattern that only matches at word starts can also be triggered on a word scan
        # (see word_scan): re then skips from space to space, two or three times faster,
        # unless every match starts with a capital, which re skips to faster still.
        anchored = prefixes and _starts_words(parsed) and all(_WORD_CHAR.match(p) for p in prefixes) \
            and not all(p[0].isupper() for p in prefixes)
        self.scan_prefixes = {_NOT_WORD_CHAR.sub(" ", p) for p in prefixes} if anchored else set()
        self.scan_trigger = re.compile(" " + trie(self.scan_prefixes)) if anchored else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize, folded: str | None = None,
                 scan: str | None = None, hits: Hits | None = None) -> Iterator[re.Match]:
        """Non-overlapping matches, as re.Pattern.finditer. For a folded pattern pass
        fold_case(text) as `folded`; `scan` may give word_scan() of the text it searches
        (of `folded` for a folded pattern), and `hits` where a MultiScan found it may match."""
        if hits is not None and self in hits.alternations:
            places = hits.at.get(self)
            # Most texts give a pattern no place at all: no generator for those.
            return self._at(text, places, pos, endpos) if places else iter(())
        return self._scan(text, pos, endpos, folded, scan)

    def _at(self, text: str, places: list[int], pos: int, endpos: int) -> Iterator[re.Match]:
        match = self.rx.match
        for c in places:
            if c >= endpos:
                return
            if c >= pos and (m := match(text, c, endpos)) is not None:
                yield m
                pos = m.end()

    def _scan(self, text: str, pos: int, endpos: int, folded: str | None, scan: str | None) -> Iterator[re.Match]:
        if scan is not None and self.scan_trigger is not None:
            # scan[i] stands for text[i - 1]: a match at a word start i has a space at scan[i].
            search, scanned = self.scan_trigger.search, scan
            endpos_scan = endpos + 1 if endpos < sys.maxsize else endpos
        elif self.trigger is not None:
            search, scanned = self.trigger.search, text if folded is None else folded
            endpos_scan = endpos
        else:
            yield from self.rx.finditer(text, pos, endpos)
            return
        match = self.rx.match
        while (c := search(scanned, pos, endpos_scan)) is not None:
            m = match(text, c.start(), endpos)
            if m is None:
                pos = c.start() + 1
                continue
            yield m
            pos = m.end()  # never empty: patterns that can match nothing get no trigger

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize,
               scan: str | None = None, hits: Hits | None = None) -> re.Match | None:
        """The first match, as re.Pattern.search."""
        return next(self.finditer(text, pos, endpos, scan=scan, hits=hits), None)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """A match starting at pos, as re.Pattern.match."""
        return self.rx.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """A match of the whole text, as re.Pattern.fullmatch."""
        return self.rx.fullmatch(text, pos, endpos)


_WORD_CHAR = re.compile(r"\w")
_NOT_WORD_CHAR = re.compile(r"\W")
def _starts_words(parsed) -> bool:
    r"""Whether the parsed pattern opens with a look-behind for no word character, as (?<!\w)
    or (?<![\w.]): its matches then start where a word does, if they start with a letter."""
    items = parsed.data
    if not items or items[0][0] is not sre.ASSERT_NOT or items[0][1][0] != -1:
        return False
    behind = items[0][1][1].data
    return len(behind) == 1 and behind[0][0] is sre.IN and (sre.CATEGORY, sre.CATEGORY_WORD) in behind[0][1]


def literal_prefixes(pattern: str, flags: int = 0, lower: bool = False) -> set[str] | None:
    """Strings of which every match of `pattern` starts with one, each at least two (or a
    digit: digits are rare in prose) and at most `_PREFIX_CHARS` characters; None when no
    such small set exists. lower: case-insensitive parts give their letters as written
    (for a lower-cased pattern to find in lower-cased text), not every casing of them."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    return _literal_prefixes(parsed, lower)


def _literal_prefixes(parsed, lower: bool) -> set[str] | None:
    icase = None if lower else bool(parsed.state.flags & re.IGNORECASE)
    going, stopped = _prefixes_of(parsed.data, {""}, icase)
    found = going | stopped
    if len(found) > _PREFIX_LIMIT:
        return None
    return found if found and all(len(p) >= 2 or p in _DIGITS for p in found) else None


def _prefixes_of(items, prefixes: set[str], icase: bool | None) -> tuple[set[str], set[str]]:
    """Prefixes after a sequence of parsed items: (still growing, stopped). A prefix stops
    where the pattern stops being a literal; it then only says how a match starts."""
    stopped: set[str] = set()
    for op, av in items:
        full = {p for p in prefixes if len(p) >= _PREFIX_CHARS}
        stopped |= full
        prefixes -= full
        if not prefixes:
            break
        prefixes, stop = _prefixes_of_item(op, av, prefixes, icase)
        stopped |= stop
    return prefixes, stopped


def _prefixes_of_item(op, av, prefixes: set[str], icase: bool | None) -> tuple[set[str], set[str]]:
    if op is sre.LITERAL:
        return _grow(prefixes, [chr(av)], icase)
    if op is sre.IN:
        chars = []
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.append(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 30:
                chars.extend(map(chr, range(value[0], value[1] + 1)))
            else:
                return set(), prefixes  # a negated set or a category: the literal part ends
        return _grow(prefixes, chars, icase)
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av
        if icase is not None:  # None: letters as written, whatever the flags
            icase = (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _prefixes_of(sub.data, prefixes, icase)
    if op is sre.BRANCH:
        going, stopped = set(), set()
        for branch in av[1]:
            g, s = _prefixes_of(branch.data, set(prefixes), icase)
            going |= g
            stopped |= s
        return going, stopped
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        once, stopped = _prefixes_of(sub.data, set(prefixes), icase)
        skipped = prefixes if low == 0 else set()
        if high == 1:
            return once | skipped, stopped
        return skipped, stopped | once  # repeated: the prefix ends after one round
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return prefixes, set()  # zero-width
    return set(), prefixes


def _grow(prefixes: set[str], chars: list[str], icase: bool | None) -> tuple[set[str], set[str]]:
    """Each prefix extended by each character: (grown, set()); or, where that would make
    too many (case variants multiply), the prefixes stop as they are: (set(), prefixes)."""
    if icase:
        chars = list({v for c in chars for v in (c.lower(), c.upper()) if len(v) == 1})
    if len(prefixes) * len(chars) > _PREFIX_LIMIT:
        return set(), prefixes
    return {p + c for p in prefixes for c in chars}, set()


def trie(prefixes: set[str], longest: bool = False) -> str:
    """A regex of literal alternatives sharing prefixes: every branch starts with a literal,
    which re both skips in one test and uses to scan ahead. It matches where any prefix
    does: the shortest one, or with `longest` the longest one."""
    root: dict = {}
    for p in prefixes:
        node = root
        for c in p:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node and (not longest or len(node) == 1):
            return ""  # a shorter prefix already suffices
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if "" in node:
            branches.append("")  # the longer ones first, as re tries them in order
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


def alternation(patterns, names: list[str] | None = None) -> str:
    """One word-bounded alternation of lower-cased patterns, optionally named: the name of
    the pattern that matched is the match's lastgroup."""
    if names:
        # An empty group after each pattern names it; a group before it would hide its first
        # letter from re, which skips a branch at once when its first letter differs.
        body = "|".join(f"(?:{lower_pattern(p)})(?P<{n}>)" for n, p in zip(names, patterns))
    else:
        body = "|".join(f"(?:{lower_pattern(p)})" for p in patterns)
    return r"(?<!\w)(?:" + body + r")(?!\w)"


def compile_alternation(patterns, names: list[str] | None = None) -> Alternation | None:
    """A compiled alternation for fold_case()d text, or None for no patterns."""
    patterns = list(patterns)
    return Alternation(alternation(patterns, names)) if patterns else None
