"""Find the statements of one document: quotations, reported speech and their holders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.attribute import Attributor, Frame, Holder, find_frames, frame_patterns
from analysis.dates import WORD_PATTERNS as DATE_PATTERNS
from analysis.lexicon import english
from analysis.mentions import MentionFinder
from analysis.model import Mention, Sentence, Span
from analysis.quotes import OPENERS, find_quotes, is_substantive, mask_quotes, quote_words
from analysis.scan import MultiScan, Scanned


@dataclass
class Unit:
    """A sentence prepared for extraction: its quotes, masked text, mentions and frames."""

    sentence: Sentence
    quotes: list[Span]
    masked: Scanned
    mentions: list[Mention]
    frames: list[Frame]


@dataclass
class Found:
    """A statement found in a sentence, before labelling."""

    sentence: Sentence
    quotes: list[Span]
    masked: Scanned
    holder: Holder
    kind: str
    stance_end: int  # the holder's clause ends here: "X demanded ..., but Y rejected it"

@lru_cache(maxsize=8)
def _scanner(finder: MentionFinder) -> MultiScan:
    """One scan, over a document's masked sentences, for every folded pattern run on them:
    mentions, frames, no-comment phrases, round events, dates."""
    return MultiScan([*finder.sentence_patterns, *frame_patterns(), english().non_statement,
                      finder.dossier.event_rx, *DATE_PATTERNS])


def prepare(text: str, sentences: list[Sentence], finder: MentionFinder) -> list[Unit]:
    """Mask each sentence's quotations and find its mentions and reporting frames."""
    quotes = [find_quotes(text, s.start, s.end) for s in sentences]
    masked = [Scanned(mask_quotes(text[s.start:s.end], q, s.start).replace("’", "'")) for s, q in zip(sentences, quotes)]
    for m, hits in zip(masked, _scanner(finder).hits([m.low_scan for m in masked])):
        m.low_hits = hits
    units = []
    for s, q, m in zip(sentences, quotes, masked):
        mentions = finder.find(m, s.start)
        units.append(Unit(s, q, m, mentions, find_frames(m, s.start, mentions)))
    return units


def extract(text: str, sentences: list[Sentence], finder: MentionFinder, attributor: Attributor) -> list[Found]:
    """Statements of a document in order, each with its holder and kind."""
    units = prepare(text, sentences, finder)
    found: list[Found] = []
    last: Found | None = None
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        holder = attributor.holder(u.frames) if u.frames else None
        starts_with_quote = text[u.sentence.start] in OPENERS
        if not u.quotes and english().non_statement.search(u.masked.low, scan=u.masked.low_scan, hits=u.masked.low_hits):
            holder = None  # "declined to comment" takes no position
        elif holder is None and u.quotes and starts_with_quote and last is not None and not u.frames:
            holder = Holder(last.holder.speaker, last.holder.org, last.holder.side,
                            ["continues the previous speaker's quotation"], last.holder.verb)
        elif holder is None and any(is_substantive(quote_words(text, q)) for q in u.quotes):
            holder = _lookahead(nxt, attributor)
        attributor.remember(u.mentions)
        if holder is None:
            continue
        last = Found(u.sentence, u.quotes, u.masked, holder, _kind(text, u), _clause_end(u, holder))
        introduces_next = (not u.quotes and text[u.sentence.start:u.sentence.end].rstrip().endswith(":")
                           and nxt is not None and text[nxt.sentence.start] in OPENERS)
        if not introduces_next:
            # "X issued the following statement:" only names the speaker of the quote that follows.
            found.append(last)
    return found


def _clause_end(u: Unit, holder: Holder) -> int:
    """Where the holder's clause ends: before a later frame whose subject is another party."""
    if holder.at is None or holder.side is None:
        return u.sentence.end
    for f in u.frames:
        other = f.mention.side
        if f.start > holder.at and other not in (None, holder.side) and f.kind == "normal":
            cut = max(u.masked.text.rfind(",", 0, f.mention.start - u.sentence.start),
                      u.masked.text.rfind(";", 0, f.mention.start - u.sentence.start))
            if cut > holder.at - u.sentence.start:
                return u.sentence.start + cut
    return u.sentence.end


def _lookahead(nxt: Unit | None, attributor: Attributor) -> Holder | None:
    """An unattributed quotation followed by 'X added' takes X."""
    if nxt is None:
        return None
    frames = [f for f in nxt.frames if english().lookahead.fullmatch(f.verb)]
    holder = attributor.holder(frames) if frames else None
    if holder is not None:
        holder.how.insert(0, f"attributed by the next sentence's '{frames[0].mention.text} {frames[0].verb}'")
    return holder


_ATTRIB_AFTER = re.compile(r"^\s*(?:[,.]\s*)?$")


def _kind(text: str, u: Unit) -> str:
    """direct: the statement is a quotation; partial: reported speech quoting words; else indirect."""
    if not u.quotes:
        return "indirect"
    s = u.sentence.start
    for q in u.quotes:
        inner = text[q.start:q.end].rstrip("”\"").rstrip()
        before = text[max(s, q.start - 3):q.start].rstrip()
        if text[s:q.start].strip() == "" or before.endswith(":"):
            return "direct"
        # 'X stated, "..."': a reporting verb, a comma, then the quotation.
        if before.endswith(",") and any(0 <= q.start - f.end <= 3 for f in u.frames):
            return "direct"
        # "..., " followed by its attribution: '"...," he said' / '"...," Yeo ... was quoted as saying'
        if inner.endswith(",") and any(f.mention.start >= q.end and f.kind != "according" and
                                       _ATTRIB_AFTER.match(text[q.end:min(f.mention.start, f.start)])
                                       for f in u.frames):
            return "direct"
    return "partial"
