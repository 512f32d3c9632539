"""Load a negotiation dossier (TOML): sides, actors, rounds, stance and topic lexicons."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from analysis.data import FOLDER as DATA_FOLDER
from analysis.patterns import Alternation, compile_alternation

DEFAULT_DOSSIER = "korus.toml"


class DossierError(ValueError):
    """The dossier file is missing, unreadable or malformed."""


@dataclass(frozen=True)
class Person:
    """A named individual who speaks for an actor."""

    name: str
    actor: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    gender: str | None


@dataclass(frozen=True)
class Actor:
    """An organisation (or a country acting as a party) with a side."""

    id: str
    name: str
    side: str
    role: str
    aliases: tuple[str, ...]
    metonyms: tuple[str, ...]
    descriptors: tuple[str, ...]

    @property
    def intermediary(self) -> bool:
        """Media and law firms relay others' positions; a chain looks through them."""
        return self.role in ("media", "lawfirm", "analyst")


@dataclass(frozen=True)
class Round:
    """A negotiation round or event the statements are grouped by (aliases: its event's names)."""

    id: str
    start: date
    end: date
    place: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Cue:
    """A stance cue group: its patterns (matched through Dossier.cue_rx) point to a stance with a weight."""

    stance: str
    weight: float
    sides: tuple[str, ...] = ()


@dataclass(eq=False)  # hashed by identity, so caches can key on it
class Dossier:
    """Everything one negotiation needs, read from a data file.

    The regexes are compiled on first use: the explorer shows a dossier's sides and rounds
    without them. `check()` compiles them all, so a bad pattern is reported at load."""

    id: str
    name: str
    sides: dict[str, dict]
    actors: dict[str, Actor]
    people: list[Person]
    rounds: list[Round]
    cues: list[Cue]
    cue_patterns: list[list[str]]  # cue_patterns[i] point to cues[i]
    procedural_patterns: list[str]
    joint_patterns: list[str]  # subjects naming both parties ("Washington and Seoul")
    threshold: float
    topics: list[str]
    topic_patterns: list[list[str]]  # topic_patterns[i] tag topics[i]
    source: str = ""

    def side_lean(self, side: str | None) -> str | None:
        """The default stance of a side's substantive statements, if the dossier gives one."""
        return self.sides.get(side or "", {}).get("lean")

    @cached_property
    def event_rx(self) -> Alternation | None:
        """Every round's event names in one pass: group "r<i>" is rounds[i]."""
        return self._compile(lambda: _grouped([r.aliases for r in self.rounds], "r"))

    @cached_property
    def cue_rx(self) -> Alternation | None:
        """Every cue in one pass: group "c<i>" is cues[i]."""
        return self._compile(lambda: _grouped(self.cue_patterns, "c"))

    @cached_property
    def procedural(self) -> Alternation | None:
        """Procedural talk ("a joint study", "before deciding"): neutral, whatever else it holds."""
        return self._compile(lambda: compile_alternation(self.procedural_patterns))

    @cached_property
    def joint(self) -> Alternation | None:
        """Subjects naming both parties at once."""
        return self._compile(lambda: compile_alternation(self.joint_patterns))

    @cached_property
    def topic_rx(self) -> Alternation | None:
        """Every topic in one pass: group "t<i>" is topics[i]."""
        return self._compile(lambda: _grouped(self.topic_patterns, "t"))

    def check(self) -> Dossier:
        """Compile every pattern now; raises DossierError for a bad one."""
        for name in ("event_rx", "cue_rx", "procedural", "joint", "topic_rx"):
            getattr(self, name)
        return self

    def _compile(self, build: Callable[[], Alternation | None]) -> Alternation | None:
        try:
            return build()
        except re.error as exc:
            raise DossierError(f"dossier {self.source}: bad pattern: {exc}") from exc


def _grouped(pattern_lists: list[list[str]], prefix: str) -> Alternation | None:
    """One regex for several pattern lists; the match's group name tells which list
    ("c3": the list at index 3). Empty lists never match."""
    groups = [(i, ps) for i, ps in enumerate(pattern_lists) if ps]
    if not groups:
        return None
    return compile_alternation(["|".join(f"(?:{p})" for p in ps) for _, ps in groups],
                               [f"{prefix}{i}" for i, _ in groups])


def _date(value, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise DossierError(f"{where}: not an ISO date: {value!r}") from exc


def load_dossier(path: str | Path | None = None, check: bool = True) -> Dossier:
    """Read a dossier file; with no path, the KORUS dossier shipped with Parley. With
    check=False its patterns are compiled (and checked) on first use instead."""
    try:
        if path is None:
            raw = (DATA_FOLDER / DEFAULT_DOSSIER).read_bytes()
            source = f"(built-in) {DEFAULT_DOSSIER}"
        else:
            raw = Path(path).read_bytes()
            source = str(path)
        data = tomllib.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise DossierError(f"cannot read dossier {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DossierError(f"dossier {path} is not valid TOML: {exc}") from exc
    try:
        dossier = _build(data, source)
    except (KeyError, TypeError) as exc:
        raise DossierError(f"dossier {source}: missing or wrong field {exc}") from exc
    return dossier.check() if check else dossier


def _build(data: dict, source: str) -> Dossier:
    actors: dict[str, Actor] = {}
    people: list[Person] = []
    for a in data.get("actors", []):
        actor = Actor(
            id=a["id"], name=a.get("name", a["id"]), side=a.get("side", "other"),
            role=a.get("role", "government"), aliases=tuple(a.get("aliases", [])),
            metonyms=tuple(a.get("metonyms", [])), descriptors=tuple(a.get("descriptors", [])),
        )
        actors[actor.id] = actor
        for p in a.get("people", []):
            people.append(Person(p["name"], actor.id, tuple(p.get("aliases", [p["name"]])),
                                 tuple(p.get("titles", [])), p.get("gender")))
    raw_rounds = sorted(data.get("rounds", []), key=lambda r: _date(r["start"], r["id"]))
    rounds = [Round(r["id"], _date(r["start"], r["id"]), _date(r.get("end", r["start"]), r["id"]),
                    r.get("place", ""), r.get("name", r["id"]), tuple(r.get("aliases", [])))
              for r in raw_rounds]
    stance = data.get("stance", {})
    cue_groups = [c for c in stance.get("cues", []) if c.get("patterns")]
    cues = [Cue(c["stance"], float(c.get("weight", 1.0)), tuple(c.get("sides", []))) for c in cue_groups]
    neg = data.get("negotiation", {})
    return Dossier(
        id=neg.get("id", "dossier"), name=neg.get("name", ""),
        sides={s["id"]: s for s in data.get("sides", [])},
        actors=actors, people=people, rounds=rounds, cues=cues,
        cue_patterns=[list(c["patterns"]) for c in cue_groups],
        procedural_patterns=list(stance.get("procedural", {}).get("patterns", [])),
        joint_patterns=list(neg.get("joint", [])),
        threshold=float(stance.get("threshold", 0.75)),
        topics=[k for k, v in data.get("topics", {}).items() if v],
        topic_patterns=[list(v) for v in data.get("topics", {}).values() if v],
        source=source,
    )
