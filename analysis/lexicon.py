"""Language-level cue lists (speech verbs, negators, boilerplate) read from data/english.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from analysis.data import read_text
from analysis.patterns import Alternation, compile_alternation, lower_pattern


@dataclass(frozen=True)
class Lexicon:
    """Compiled English cue patterns shared by every dossier (all but `joint`, `gap`,
    `sponsor_prefix` and `byline` match fold_case()d text)."""

    speech: Alternation
    inverted: Alternation
    lookahead: Alternation
    gap: re.Pattern
    anonymous: Alternation
    non_statement: Alternation
    generic_subjects: frozenset[str]
    speaker_heads: frozenset[str]
    joint: Alternation
    negators: Alternation
    negator_suffix: str
    rejections: Alternation
    contrasts: Alternation
    background: re.Pattern
    boiler_strong: Alternation
    boiler_promo: Alternation
    sponsor_prefix: re.Pattern
    byline: re.Pattern


@lru_cache(maxsize=1)
def english() -> Lexicon:
    """The English lexicon shipped with Parley (loaded once)."""
    data = tomllib.loads(read_text("english.toml"))
    bp = data["boilerplate"]
    # Joint patterns name capitalised words ("both the US and Korea"): case-sensitive but for
    # the (?i:...) parts the patterns mark themselves. Triggered on the folded text.
    joint = Alternation(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in data["joint_patterns"]) + r")(?!\w)",
                        folded=True)
    return Lexicon(
        speech=compile_alternation(data["speech_verbs"]),
        inverted=compile_alternation(data["inverted_verbs"]),
        lookahead=compile_alternation(data["lookahead_verbs"]),
        gap=re.compile(r"^(?:[\s,]|(?:" + "|".join(data["gap_words"]) + r"|\w+ly)(?!\w))*$", re.I),
        anonymous=compile_alternation(data["anonymous_speakers"]),
        non_statement=compile_alternation(data["non_statements"]),
        generic_subjects=frozenset(data["generic_subjects"]),
        speaker_heads=frozenset(data["speaker_heads"]),
        joint=joint,
        negators=compile_alternation(data["negators"]),
        negator_suffix=data["negator_suffix"],
        rejections=compile_alternation(data["rejections"]),
        contrasts=compile_alternation(data["contrasts"]),
        background=re.compile("|".join(re.escape(b) for b in data["background"])),
        # Anchored at word starts so the scan skips the middle of words.
        boiler_strong=Alternation(r"(?<!\w)(?:" + "|".join(f"(?:{lower_pattern(p)})" for p in bp["strong"]) + ")"),
        boiler_promo=compile_alternation(bp["promo"]),
        sponsor_prefix=re.compile(bp["sponsor_prefix"]),
        byline=re.compile(bp["byline"]),
    )
