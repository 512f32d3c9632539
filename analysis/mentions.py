"""Find references to actors in a sentence: names, titles, aliases, metonyms, descriptors, pronouns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from analysis.dossier import Dossier
from analysis.lexicon import english
from analysis.model import Mention
from analysis.patterns import Alternation, compile_alternation, fold_case
from analysis.scan import Scanned

# These three match fold_case()d text.
_PRONOUNS = Alternation(r"(?<!\w)(he|she|they|it)(?!\w)")
_SOURCE_HEAD = Alternation(
    r"(?<!\w)(?:press release|statement|release|report|article|letter|memo|communiqu[eé]|filing|"
    r"notice|fact sheet|editorial|column)s?(?!\w)")
_ROLE_TAIL = re.compile(r"(?:'s)?\s+(?:(?:chief|top|senior|deputy|trade|foreign|lead|main)\s+)?"
                        r"(?:side|delegation|government|officials?|negotiators?|team|administration|"
                        r"spokes(?:man|woman|person)|minister|ministry)(?!\w)")
_OFFICE_TAIL = re.compile(r"['’]s\s+(?:office|spokes(?:man|woman|person)|team|aides?|staff|ministry)(?!\w)")
_DETERMINER = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
_BIND_GAP = re.compile(r"^(?:['’]s)?(?:\s+[\w-]+){0,2}\s*$")
_NOT_NAME_START = {"The", "In", "On", "At", "According", "Meanwhile", "However", "But", "And", "While",
                   "During", "Under", "After", "Before", "Now", "As", "For", "From", "With", "This", "That"}
_NAME_WORD, _NAME_JOIN = r"[A-Z][a-z]+(?:-[a-z]+)?", r"(?:[ -]|\s(?:of|and|for|&)\s)"
_CAPS = Alternation(r"(?<![\w.])(?!(?:" + "|".join(sorted(_NOT_NAME_START)) + r")\s)(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?"
                    + _NAME_WORD + rf"(?:{_NAME_JOIN}{_NAME_WORD}){{1,5}}(?![\w-])",
                    # Most capitalised words stand alone: look only where another follows
                    # ("Mr. Kim" among them). A capital first, which re skips to.
                    trigger=rf"[A-Z](?:[a-z]*\.\s+[A-Z]|[a-z]+(?:-[a-z]+)?{_NAME_JOIN}[A-Z])")
_SINGLE_CAP = Alternation(r"(?<![\w.'’-])([A-Z][a-z]+)(?=\s)(?!\s+[A-Z])")
_MEDIA_WORDS = re.compile(r"\b(?:Press|Journal|Times|Post|News|Daily|Herald|Tribune|Reuters|Bloomberg|Yonhap|"
                          r"Agency|Broadcasting|Television|Radio|Wire|Gazette|Review|Economist|Street)\b")
_ORG_WORDS = re.compile(r"\b(?:Press|Journal|Times|Post|News|Organization|Association|Council|Chamber|"
                        r"Institute|Bank|Ministry|Department|Office|Committee|Agency|Group|Union|"
                        r"Commission|Federation|Daily|Herald|Street|Company|Corporation)\b")


class MentionFinder:
    """Compiled mention patterns for one dossier: a few combined regexes, one pass each."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self.parties = set(dossier.sides)
        # People: names are case-sensitive literals ("Kim", not "kim"), matched by one plain
        # alternation (no groups, no look-behind: re then skips ahead by first letter);
        # a title before a name ("trade minister Kim") is found by looking back from it.
        self.people = {name: p for p in dossier.people for name in p.aliases}
        names = sorted(self.people, key=len, reverse=True)
        self.person_rx = re.compile("(?:" + "|".join(names) + r")(?![\w-])") if names else None
        self.title_rx = {p.name: re.compile(r"(?:" + "|".join(p.titles) + r")\s+$", re.I)
                         for p in dossier.people if p.titles}
        # "the trade minister said": a title alone stands for the person who holds it.
        titled = [p for p in dossier.people if p.titles]
        self.title_alone_rx = Alternation(
            r"(?<!\w)(?:the|a|its|their|his|her) (?:" + "|".join(f"(?:{'|'.join(p.titles)})(?P<t{i}>)" for i, p in enumerate(titled))
            + r")(?![\w-])(?!\s+(?-i:[A-Z]))", re.IGNORECASE, folded=True) if titled else None
        self.titled = titled
        # Organisations: aliases before metonyms, so "Korea's delegation" beats "Korea".
        self.org_groups: dict[str, tuple[str, str]] = {}
        patterns, names = [], []
        for kind in ("aliases", "metonyms"):
            for a in dossier.actors.values():
                for i, p in enumerate(getattr(a, kind)):
                    key = f"{kind[0]}{len(names)}"
                    self.org_groups[key] = (a.id, kind)
                    patterns.append(p)
                    names.append(key)
        self.org_rx = compile_alternation(patterns, names)
        self.descriptor_actors: dict[str, list[str]] = {}
        for a in dossier.actors.values():
            for d in a.descriptors:
                self.descriptor_actors.setdefault(fold_case(d), []).append(a.id)
        self.descriptor_rx = compile_alternation(self.descriptor_actors)
        # The patterns find() runs on a folded sentence, for a document scan to include.
        lex = english()
        self.sentence_patterns = [self.org_rx, self.title_alone_rx, self.descriptor_rx, dossier.joint, lex.joint,
                                  lex.anonymous, _PRONOUNS, _SOURCE_HEAD]

    def actor_mention(self, m: Mention, actor_id: str | None) -> Mention:
        """Fill a mention's side and intermediary flag from its actor."""
        actor = self.dossier.actors.get(actor_id or "")
        if actor:
            m.actor = actor.id
            m.side = actor.side
            m.intermediary = actor.intermediary
        return m

    def find(self, scanned: Scanned, offset: int = 0) -> list[Mention]:
        """Mentions in a text (quotations already masked), offsets shifted by `offset`."""
        text, low, low_scan, hits = scanned.text, scanned.low, scanned.low_scan, scanned.low_hits
        found: list[Mention] = []

        def add(m: re.Match, kind: str, **kw) -> Mention:
            men = Mention(m.start() + offset, m.end() + offset, text[m.start():m.end()], kind, **kw)
            found.append(men)
            return men

        if self.person_rx:
            for m in self.person_rx.finditer(text):
                if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
                    continue
                p = self.people[m.group(0)]
                men = self.actor_mention(add(m, "person", person=p.name, gender=p.gender), p.actor)
                title = self.title_rx.get(p.name)
                t = title.search(text, max(0, m.start() - 50), m.start()) if title else None
                if t:
                    men.start, men.text = t.start() + offset, text[t.start():m.end()]
        if self.org_rx:
            for m in self.org_rx.finditer(low, scan=low_scan, hits=hits):
                actor, kind = self.org_groups[m.lastgroup]
                # Country names are capitalised: "the us" in lower case is not the United States.
                if kind == "metonyms" and text[m.start():m.end()].islower():
                    continue
                self.actor_mention(add(m, "org", metonym=kind == "metonyms"), actor)
        if self.title_alone_rx:
            for m in self.title_alone_rx.finditer(text, folded=low, scan=low_scan, hits=hits):
                holders = [p.name for i, p in enumerate(self.titled) if m.group(f"t{i}") is not None]
                add(m, "descriptor", descriptor="title:" + "|".join(holders))
        if self.descriptor_rx:
            for m in self.descriptor_rx.finditer(low, scan=low_scan, hits=hits):
                add(m, "descriptor", descriptor=m.group(0))
        for m in english().joint.finditer(text, folded=low, scan=low_scan, hits=hits):
            add(m, "joint", side="both")
        if self.dossier.joint:
            for m in self.dossier.joint.finditer(low, scan=low_scan, hits=hits):
                add(m, "joint", side="both")
        orgs = None
        for m in english().anonymous.finditer(low, scan=low_scan, hits=hits):
            # "a foreign ministry spokesman": the named ministry speaks, not an anonymous source.
            s, e = m.start() + offset, m.end() + offset
            orgs = orgs if orgs is not None else [x.start for x in found if x.kind == "org"]
            if not any(s <= a < e for a in orgs):
                add(m, "source", intermediary=True)
        for m in _PRONOUNS.finditer(low, scan=low_scan, hits=hits):
            add(m, "pronoun")
        mentions = _drop_overlaps(found)
        people = [(x.start, x.end) for x in found if x.kind == "person"]
        grown = False  # a mention that grows may now overlap the next
        for men in mentions:
            if men.kind == "person":
                # "Lighthizer's office said": the person's organisation speaks.
                office = _OFFICE_TAIL.match(low, men.end - offset)
                if office:
                    men.kind, men.person, men.gender = "org", None, None
                    men.end, men.text = office.end() + offset, text[men.start - offset:office.end()]
                    grown = True
                continue
            if men.kind == "org":
                # "the U.S. side", "Seoul's chief negotiator": the group or role speaks for the actor,
                # unless the role is the title of a named person ("Korea's Minister for Trade Kim").
                tail = _ROLE_TAIL.match(low, men.end - offset)
                if tail and not any(a < tail.end() + offset and b > men.end for a, b in people):
                    men.end = tail.end() + offset
                    men.text = text[men.start - offset:tail.end()]
                    grown = True
        mentions = _join_pairs(_drop_overlaps(mentions) if grown else mentions, text, offset, self.parties)
        mentions = self._bind_sources(scanned, offset, mentions)
        mentions.extend(self._unknown_names(scanned, offset, mentions))
        mentions.sort(key=lambda x: x.start)
        return mentions

    def _bind_sources(self, scanned: Scanned, offset: int, mentions: list[Mention]) -> list[Mention]:
        """'a USTR press release' speaks for USTR; 'a statement' alone is an anonymous source."""
        text, low = scanned.text, scanned.low
        out = list(mentions)
        for m in _SOURCE_HEAD.finditer(low, scan=scanned.low_scan, hits=scanned.low_hits):
            start, end = m.start() + offset, m.end() + offset
            if any(x.start <= start < x.end for x in out):
                continue
            owner = None
            for x in out:
                if x.end <= start and x.kind in ("org", "descriptor", "person") and \
                        _BIND_GAP.match(text[x.end - offset:m.start()]):
                    owner = x
            if owner is not None:
                owner.end = end
                owner.text = text[owner.start - offset:m.end()]
            else:
                det = _DETERMINER.search(low, max(0, m.start() - 60), m.start())
                s = det.start() + offset if det else start
                out.append(Mention(s, end, text[s - offset:m.end()], "source", intermediary=True))
        return out

    def _unknown_names(self, scanned: Scanned, offset: int, known: list[Mention]) -> list[Mention]:
        """Names the dossier lacks: people ("Jane Porter") and organisations ("Korea International
        Trade Association", which swallows the country it starts with). Media only relay.
        Removes from `known` the place names a longer name swallowed."""
        text = scanned.text
        out: list[Mention] = []
        for m in _CAPS.finditer(text):
            s, e = m.start() + offset, m.end() + offset
            inside = [x for x in known if x.start < e and s < x.end]
            if any(not (x.metonym and s <= x.start and x.end <= e) for x in inside):
                continue
            name = m.group(0)
            before = text[max(0, m.start() - 4):m.start()].lower()
            if before.endswith(("of ", "'s ", "’s ")):
                continue  # part of a longer name ("Bureau of Trade Policy"): never a subject
            org_like = bool(_ORG_WORDS.search(name) or _MEDIA_WORDS.search(name)) or before.endswith(
                ("the ", "a ", "an ")) or len(name.split()) > 3
            if inside and not org_like:
                continue  # "Seoul Kim" is no name; only an organisation's name may swallow a place
            for x in inside:
                known.remove(x)
            out.append(Mention(s, e, name, "unknown_org" if org_like else "unknown_person", person=name,
                               intermediary=bool(_MEDIA_WORDS.search(name))))
        taken = known + out
        for m in _names_before_speech(scanned):
            # A lone capitalised name right before a speech verb ("Ford said") is a speaker.
            s, e = m.start() + offset, m.end() + offset
            if m.group(1).lower() in english().generic_subjects:
                continue
            if not any(x.start < e and s < x.end for x in taken):
                out.append(Mention(s, s + len(m.group(1)), m.group(1), "unknown_person", person=m.group(1)))
        return out


_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\Z")  # searched up to a verb: the name that ends there


def _names_before_speech(scanned: Scanned) -> Iterator[re.Match]:
    """The _SINGLE_CAP matches followed, after one space, by a speech verb, in order."""
    text, low, hits, speech = scanned.text, scanned.low, scanned.low_hits, english().speech
    if hits is None or speech not in hits.alternations:
        yield from (m for m in _SINGLE_CAP.finditer(text) if speech.match(low, m.end(1) + 1))
        return
    # A sentence has fewer places a speech verb may start than capitalised words: look
    # back from each verb for the name.
    for v in hits.at.get(speech, ()):
        gap = v - 1
        if gap < 2 or not text[gap].isspace():
            continue
        name = _NAME_BEFORE.search(text, 0, gap)
        m = _SINGLE_CAP.match(text, name.start()) if name else None
        if m is not None and m.end(1) == gap and speech.match(low, v):
            yield m


_AND = re.compile(r"\s+and\s+$")


def _join_pairs(mentions: list[Mention], text: str, offset: int, parties: set[str]) -> list[Mention]:
    """'Trump and Moon': two parties named together act jointly. 'Lighthizer and Beeman': one
    side's pair is led by the first named."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        paired = (prev is not None and prev.side in parties and m.side in parties
                  and _AND.match(text[prev.end - offset:m.start - offset]))
        if paired and prev.side != m.side:
            out[-1] = Mention(prev.start, m.end, text[prev.start - offset:m.end - offset], "joint", side="both")
        elif paired:
            prev.end, prev.text = m.end, text[prev.start - offset:m.end - offset]
        else:
            out.append(m)
    return out


def _drop_overlaps(found: list[Mention]) -> list[Mention]:
    """Where mentions overlap, the longest wins ("the Ministry of Trade, Industry and Energy"
    over "the Ministry"); ties go to the earliest."""
    ordered = sorted(found, key=lambda m: m.start)
    if all(a.end <= b.start and a.start < b.start for a, b in zip(ordered, ordered[1:])):
        return ordered  # the usual case: nothing overlaps
    kept: list[Mention] = []
    for men in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if all(men.end <= k.start or men.start >= k.end for k in kept):
            kept.append(men)
    return sorted(kept, key=lambda m: m.start)


@lru_cache(maxsize=8)
def finder_for(dossier: Dossier) -> MentionFinder:
    """The (cached) mention finder of a dossier."""
    return MentionFinder(dossier)
