"""Attribute a sentence to the actor who holds its position: frames, chains, pronouns, descriptors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.dossier import Dossier
from analysis.lexicon import english
from analysis.mentions import MentionFinder
from analysis.model import Mention
from analysis.patterns import Alternation, fold_case
from analysis.scan import Scanned

_PASSIVE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)\s+)$")
_APPOSITIVE = re.compile(r"^,[^,;:“”\"]{1,90},\s*$")
_ACCORDING = Alternation(r"(?<!\w)according to(?!\w)")
_QUOTED_AS = Alternation(r"(?<!\w)quoted (\S.{0,80}?) as saying(?!\w)")
_DETERMINER_GAP = re.compile(r"^\s*(?:(?i:the|a|an)\s+)?$")
_AFTER_INVERTED = re.compile(r"^\s*(?:(?i:in a statement|in an interview|on \w+)\s*,?\s*)?$")


@dataclass
class Frame:
    """A reporting frame: who (mention) said, via which verb, where in the text."""

    verb: str
    start: int
    end: int
    mention: Mention
    kind: str  # normal | inverted | according


@dataclass
class Holder:
    """Whose position a statement is, and how that was decided."""

    speaker: str | None
    org: str | None
    side: str | None
    how: list[str] = field(default_factory=list)
    verb: str | None = None
    at: int | None = None  # where the holder's own frame starts in the document

def frame_patterns() -> list[Alternation]:
    """The patterns find_frames() runs on a folded sentence, for a document scan to include."""
    return [english().speech, _QUOTED_AS, _ACCORDING]


def find_frames(scanned: Scanned, offset: int, mentions: list[Mention]) -> list[Frame]:
    """Reporting frames in a sentence whose quotations are masked."""
    lex = english()
    masked, low = scanned.text, scanned.low
    frames: list[Frame] = []
    for v in lex.speech.finditer(low, scan=scanned.low_scan, hits=scanned.low_hits):
        vs, ve = v.start() + offset, v.end() + offset
        if _PASSIVE.search(low, max(0, v.start() - 12), v.start()) and "quoted" not in v.group(0):
            continue
        subject = _subject_before(masked, offset, mentions, vs)
        if subject is not None:
            frames.append(Frame(v.group(0), vs, ve, subject, "normal"))
            continue
        if lex.inverted.fullmatch(v.group(0)) and re.search(r"[,”\"]\s*$", masked[:v.start()]):
            after = next((m for m in mentions if m.start >= ve and
                          _AFTER_INVERTED.match(masked[ve - offset:m.start - offset])), None)
            if after is not None:
                frames.append(Frame(v.group(0), vs, ve, after, "inverted"))
    for q in _QUOTED_AS.finditer(low, scan=scanned.low_scan, hits=scanned.low_hits):
        # "Yonhap quoted Kim as saying": Kim speaks; the outlet only relays.
        start = q.start(1) + offset
        named = next((m for m in mentions if m.start == start), None)
        if named is not None:
            frames.append(Frame("quoted as saying", q.start() + offset, q.end() + offset, named, "normal"))
    for a in _ACCORDING.finditer(low, scan=scanned.low_scan, hits=scanned.low_hits):
        end = a.end() + offset
        after = next((m for m in mentions if m.start >= end and
                      _DETERMINER_GAP.match(masked[end - offset:m.start - offset])), None)
        if after is not None:
            frames.append(Frame("according to", a.start() + offset, end, after, "according"))
            # "According to X, Y ..." : Y heads the reported clause even without a verb of its own.
            comma = masked.find(",", after.end - offset)
            if comma != -1:
                nxt = next((m for m in mentions if m.start > comma + offset and
                            not masked[comma + 1:m.start - offset].strip()), None)
                if nxt is not None and not any(f.mention is nxt for f in frames):
                    frames.append(Frame("(clause subject)", nxt.start, nxt.end, nxt, "normal"))
    # Trailing inverted frames (", says the firm.") are the outermost source.
    frames.sort(key=lambda f: (f.kind != "inverted", f.start))
    return frames


_PARENTHESES = re.compile(r"\([^()]{0,60}\)")  # "the Ministry (MOTIE) announced"
_RELATIVE = re.compile(r"\s*(?:who|which|whose|where|when|after|before|while)\b", re.I)
_PREP_BEFORE = re.compile(r"(\w+)\s+(?:in|at|from|of|for|with|by|on|to)\s+(?:the\s+)?$", re.I)


def _subject_before(masked: str, offset: int, mentions: list[Mention], verb_start: int) -> Mention | None:
    lex = english()
    tried = 0
    for m in reversed(mentions):
        if m.end > verb_start:
            continue
        gap = masked[m.end - offset:verb_start - offset]
        if len(gap) > 120 or tried >= 3:
            return None
        tried += 1
        if "," in gap and _RELATIVE.match(masked, masked.rfind(",", 0, m.start - offset) + 1):
            continue  # "Kim, who visited Washington this week, said": Washington is not the subject
        if lex.gap.match(_PARENTHESES.sub(" ", gap)) or _APPOSITIVE.match(gap):
            # "groups in Washington urged": Washington only modifies the subject's head,
            # unless the head is a speaker noun ("a statement from the ministry said").
            prep = _PREP_BEFORE.search(masked, max(0, m.start - offset - 40), m.start - offset)
            if prep and prep.group(1).lower() not in lex.speaker_heads:
                continue
            return _apposed_name(masked, offset, mentions, m)
    return None


def _apposed_name(masked: str, offset: int, mentions: list[Mention], m: Mention) -> Mention:
    """'Yoo Myung-hee, the chief negotiator, told' and 'Thomas Donohue, president of the U.S.
    Chamber of Commerce, said': the named person, not the apposition after it, is the subject."""
    if m.kind not in ("source", "descriptor", "org", "unknown_org"):
        return m
    comma = masked.rfind(",", 0, m.start - offset)
    for prev in reversed(mentions):
        if prev.end <= m.start and prev.kind in ("person", "unknown_person"):
            if comma >= prev.end - offset and not masked[prev.end - offset:comma].strip():
                return prev
            break
    return m


def _copy(obj, **changes):
    """dataclasses.replace for plain dataclasses (no __post_init__), several times faster:
    it neither reads the fields' definitions nor calls __init__."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__, **changes)
    return new


class Attributor:
    """Resolves frames to holders across one document, keeping a history for pronouns."""

    def __init__(self, dossier: Dossier, finder: MentionFinder) -> None:
        self.dossier = dossier
        self.finder = finder
        self.history: list[Mention] = []

    def remember(self, mentions: list[Mention]) -> None:
        """Add a sentence's resolvable mentions to the document history."""
        for m in mentions:
            resolved = self.resolve(m, [])
            if resolved is not None and resolved.kind != "pronoun":
                self.history.append(resolved)

    def resolve(self, m: Mention, chain: list[Mention]) -> Mention | None:
        """Resolve pronouns and descriptors to a concrete mention; others as they are."""
        if m.kind == "descriptor" and (m.descriptor or "").startswith("title:"):
            names = m.descriptor[6:].split("|")
            recent = next((h for h in reversed(self.history) if h.person in names), None)
            person = recent.person if recent else (names[0] if len(names) == 1 else None)
            p = next((p for p in self.dossier.people if p.name == person), None)
            if p is None:
                return None
            return self.finder.actor_mention(_copy(m, kind="person", person=p.name, gender=p.gender), p.actor)
        if m.kind == "descriptor":
            candidates = self.finder.descriptor_actors.get(fold_case(m.descriptor or ""), [])
            recent = next((h for h in reversed(self.history) if h.actor in candidates), None)
            actor = recent.actor if recent else (candidates[0] if candidates else None)
            return self.finder.actor_mention(_copy(m, kind="org"), actor)
        if m.kind != "pronoun":
            return m
        word = m.text.lower()
        pool = [h for h in self.history + chain if h.start < m.start or h in chain]
        if word in ("he", "she"):
            want = "m" if word == "he" else "f"
            ref = next((h for h in reversed(pool) if h.kind in ("person", "unknown_person")
                        and h.gender in (None, want)), None)
        elif word == "they":
            ref = next((h for h in reversed(pool) if h.kind in ("joint", "org", "unknown_org")), None)
        else:
            ref = next((h for h in reversed(pool) if h.kind in ("org", "source", "unknown_org")), None)
        if ref is None:
            return None
        return _copy(ref, start=m.start, end=m.end, text=f"{m.text} -> {ref.text}")

    def holder(self, frames: list[Frame]) -> Holder | None:
        """Walk the chain from the outermost source inward, through relays, to the holder."""
        chain: list[Mention] = []
        relay: Mention | None = None
        how: list[str] = []
        for i, f in enumerate(frames):
            if f.mention.kind == "pronoun" and f.mention.text.lower() == "it" and i + 1 < len(frames):
                how.append("'it' (a report or document) relays the inner source")
                continue
            m = self.resolve(f.mention, chain)
            if m is None:
                continue
            chain.append(m)
            if f.mention.kind == "pronoun":
                how.append(f"'{f.mention.text}' resolved to {m.text.split(' -> ')[-1]}")
            if m.intermediary or m.kind == "source":
                relay = relay or m
                how.append(f"via {m.text} (relays another's position)")
                continue
            return _copy(self._holder_of(m, f.verb, how), at=f.start)
        if relay is not None and relay.actor:
            return _copy(self._holder_of(relay, frames[0].verb, how), at=frames[0].start)
        return None

    def _holder_of(self, m: Mention, verb: str, how: list[str]) -> Holder:
        if m.kind == "joint":
            leads = [s.get("lead") for s in self.dossier.sides.values() if s.get("lead")]
            how.append(f"joint subject '{m.text}'")
            return Holder(None, leads[0] if leads else None, "both", how, verb)
        if m.kind in ("unknown_person", "unknown_org"):
            how.append(f"'{m.person}' is not in the dossier: org and side left empty")
            return Holder(m.person, None, None, how, verb)
        how.append(f"speaker from '{m.text.split(' -> ')[0]}' + '{verb}'")
        return Holder(m.person, m.actor, m.side, how, verb)
