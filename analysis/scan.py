"""Word scans: texts with every non-word character a space, searched once for many patterns.

A pattern that only matches at word starts can be triggered on a word scan, where re
skips from space to space; MultiScan runs the triggers of many such patterns as one,
over all the sentences (or statements) of a document at once.
"""

from __future__ import annotations

import re
from itertools import accumulate

from analysis.patterns import Alternation, fold_case, trie

_UNICODE_PUNCTUATION = "“”‘’—–…"
_ASCII_SPACES = bytes(c if chr(c).isalnum() or c in b"_ " else 32 for c in range(256))  # for ASCII bytes
_NOT_WORD_OR_SPACE = re.compile(r"[^\w ]")


def word_scan(text: str) -> str:
    """A space, then text with every non-word character a space (one longer than text).

    Every word start of text follows a space in it, so the scan triggers of Alternations
    that match only at word starts can skip from space to space. ASCII text is mapped by
    bytes.translate, many times faster than re.sub or str.translate.
    """
    if not text.isascii():
        for c in _UNICODE_PUNCTUATION:  # typographic marks: then most news text is ASCII
            if c in text:
                text = text.replace(c, " ")
        if not text.isascii():
            return " " + _NOT_WORD_OR_SPACE.sub(" ", text)
    return " " + text.encode("ascii").translate(_ASCII_SPACES).decode("ascii")


class Scanned:
    """A text, its fold_case()d copy and the word scan of that: made once, read by every
    pattern run over the text. `low_hits`, where set, says where a MultiScan's patterns
    may match the folded copy."""

    __slots__ = ("text", "low", "low_scan", "low_hits")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = fold_case(text)
        self.low_scan = word_scan(self.low)
        self.low_hits: Hits | None = None


class Hits:
    """Where, in one text, each of a MultiScan's patterns may start a match (ascending)."""

    __slots__ = ("alternations", "at")

    def __init__(self, alternations: frozenset[Alternation], at: dict[Alternation, list[int]]) -> None:
        self.alternations = alternations
        self.at = at


class MultiScan:
    """The scan triggers of several Alternations, run as one over the word scans of many texts.

    Each pattern's own trigger would scan every text again, and every call costs as much
    as a short scan. One trie of all their prefixes scans the joined texts once, finding
    the longest prefix at each place; the place goes to each pattern with a prefix that
    begins that one, which are exactly the patterns whose own trigger fires there.
    """

    def __init__(self, alternations) -> None:
        alts = [a for a in alternations if a is not None and a.scan_trigger is not None]
        self.alternations = frozenset(alts)
        having: dict[str, list[Alternation]] = {}
        for a in alts:
            for p in a.scan_prefixes:
                having.setdefault(p, []).append(a)
        # A place where prefix k is the longest found goes to every pattern with a prefix
        # that begins k (k itself among them), in the patterns' order.
        order = {a: i for i, a in enumerate(alts)}
        self.owners: dict[str, list[Alternation]] = {
            k: sorted({a for i in range(1, len(k) + 1) for a in having.get(k[:i], ())}, key=order.__getitem__)
            for k in having}
        prefixes = set(having)
        self.trigger = re.compile(" " + trie(prefixes, longest=True)) if prefixes else None

    def hits(self, scans: list[str]) -> list[Hits]:
        """For each word scan (of each text), where each pattern may match that text."""
        found: list[dict[Alternation, list[int]]] = [{} for _ in scans]
        if self.trigger is not None and scans:
            joined = "".join(scans)
            starts = [0, *accumulate(map(len, scans))]
            k, search, owners = 0, self.trigger.search, self.owners
            pos = 0
            while (c := search(joined, pos)) is not None:
                g = pos = c.start()
                pos += 1
                while g >= starts[k + 1]:
                    k += 1
                at, local = found[k], g - starts[k]  # a scan's index i stands for its text's i
                for a in owners[c.group()[1:]]:
                    at.setdefault(a, []).append(local)
        return [Hits(self.alternations, f) for f in found]


