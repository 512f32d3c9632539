"""Find references to actors in a sentence: names, titles, aliases, metonyms, descriptors, pronouns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.dossier import Dossier, compile_alternation
from analysis.lexicon import english
from analysis.model import Mention

_PRONOUNS = re.compile(r"(?<!\w)(he|she|they|it)(?!\w)", re.I)
_SOURCE_HEAD = re.compile(
    r"(?<!\w)(?:press release|statement|release|report|article|letter|memo|communiqu[eé]|filing|"
    r"notice|fact sheet|editorial|column)s?(?!\w)", re.I)
_BIND_GAP = re.compile(r"^(?:['’]s)?(?:\s+[\w-]+){0,2}\s*$")
_CAPS = re.compile(r"(?<![\w.])(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][a-z]+(?:-[a-z]+)?(?:[ -][A-Z][a-z]+(?:-[a-z]+)?){1,2}(?![\w-])")
_NOT_NAME_START = {"The", "In", "On", "At", "According", "Meanwhile", "However", "But", "And", "While",
                   "During", "Under", "After", "Before", "Now", "As", "For", "From", "With", "This", "That"}
_ORG_WORDS = re.compile(r"\b(?:Press|Journal|Times|Post|News|Organization|Association|Council|Chamber|"
                        r"Institute|Bank|Ministry|Department|Office|Committee|Agency|Group|Union|"
                        r"Commission|Federation|Daily|Herald|Street|Company|Corporation)\b")


@dataclass
class _Pattern:
    regex: re.Pattern
    kind: str
    actor: str | None
    person: str | None = None
    gender: str | None = None
    descriptor: str | None = None


class MentionFinder:
    """Compiled mention patterns for one dossier."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self.patterns: list[_Pattern] = []
        for p in dossier.people:
            titles = "|".join(p.titles)
            names = "|".join(sorted(p.aliases, key=len, reverse=True))
            title_part = f"(?:(?i:{titles})\\s+)?" if titles else ""
            regex = re.compile(rf"(?<![\w-]){title_part}(?:{names})(?![\w-])")
            self.patterns.append(_Pattern(regex, "person", p.actor, p.name, p.gender))
        for a in dossier.actors.values():
            for group in (a.aliases, a.metonyms):
                rx = compile_alternation(group)
                if rx:
                    self.patterns.append(_Pattern(rx, "org", a.id))
            for d in a.descriptors:
                self.patterns.append(_Pattern(compile_alternation([d]), "descriptor", None, descriptor=d.lower()))
        # A descriptor resolves to the most recent actor having it; default: the first one.
        self.descriptor_default: dict[str, str] = {}
        for a in dossier.actors.values():
            for d in a.descriptors:
                self.descriptor_default.setdefault(d.lower(), a.id)
        self.descriptor_actors: dict[str, set[str]] = {}
        for a in dossier.actors.values():
            for d in a.descriptors:
                self.descriptor_actors.setdefault(d.lower(), set()).add(a.id)

    def actor_mention(self, m: Mention, actor_id: str | None) -> Mention:
        """Fill a mention's side and intermediary flag from its actor."""
        actor = self.dossier.actors.get(actor_id or "")
        if actor:
            m.actor = actor.id
            m.side = actor.side
            m.intermediary = actor.intermediary
        return m

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        """Mentions in `text` (quotations already masked), offsets shifted by `offset`."""
        found: list[tuple[Mention, str | None]] = []
        for pat in self.patterns:
            for m in pat.regex.finditer(text):
                men = Mention(m.start() + offset, m.end() + offset, m.group(0), pat.kind,
                              person=pat.person, gender=pat.gender)
                self.actor_mention(men, pat.actor)
                found.append((men, pat.descriptor))
        for m in english().joint.finditer(text):
            found.append((Mention(m.start() + offset, m.end() + offset, m.group(0), "joint", side="both"), None))
        for m in english().anonymous.finditer(text):
            found.append((Mention(m.start() + offset, m.end() + offset, m.group(0), "source", intermediary=True), None))
        for m in _PRONOUNS.finditer(text):
            found.append((Mention(m.start() + offset, m.end() + offset, m.group(0), "pronoun"), None))
        mentions = _drop_overlaps(found)
        mentions = self._bind_sources(text, offset, mentions)
        mentions.extend(self._unknown_names(text, offset, mentions))
        mentions.sort(key=lambda x: x.start)
        return mentions

    def _bind_sources(self, text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
        """'a USTR press release' speaks for USTR; 'a statement' alone is an anonymous source."""
        out = list(mentions)
        for m in _SOURCE_HEAD.finditer(text):
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
                det = re.search(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", text[:m.start()], re.I)
                s = det.start() + offset if det else start
                out.append(Mention(s, end, text[s - offset:m.end()], "source", intermediary=True))
        return out

    def _unknown_names(self, text: str, offset: int, known: list[Mention]) -> list[Mention]:
        out = []
        for m in _CAPS.finditer(text):
            s, e = m.start() + offset, m.end() + offset
            if any(x.start < e and s < x.end for x in known):
                continue
            words = m.group(0).split()
            if words[0] in _NOT_NAME_START:
                continue
            before = text[max(0, m.start() - 4):m.start()].lower()
            if before.endswith(("of ", "'s ", "’s ")):
                continue  # part of a longer name ("Bureau of Trade Policy"): never a subject
            org_like = bool(_ORG_WORDS.search(m.group(0))) or before.endswith(("the ", "a ", "an "))
            out.append(Mention(s, e, m.group(0), "source" if org_like else "unknown_person",
                               person=None if org_like else m.group(0), intermediary=org_like))
        return out


def _drop_overlaps(found: list[tuple[Mention, str | None]]) -> list[Mention]:
    """Longest match wins where mentions overlap."""
    found.sort(key=lambda f: (f[0].start, -(f[0].end - f[0].start)))
    kept: list[Mention] = []
    for men, descriptor in found:
        if kept and men.start < kept[-1].end:
            continue
        men.descriptor = descriptor
        kept.append(men)
    return kept


@lru_cache(maxsize=8)
def finder_for(dossier: Dossier) -> MentionFinder:
    """The (cached) mention finder of a dossier."""
    return MentionFinder(dossier)
