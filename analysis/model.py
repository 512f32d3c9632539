"""Plain dataclasses that flow through the analysis pipeline."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) in a document's text."""

    start: int
    end: int


@dataclass
class Document:
    """An article as read: its name, text and where it came from."""

    name: str
    text: str
    path: str = ""
    title: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    """A sentence (or a run of sentences one quotation holds together)."""

    start: int
    end: int
    paragraph: int


@dataclass
class Mention:
    """A reference to an actor found in text: a name, title, alias or pronoun."""

    start: int
    end: int
    text: str
    kind: str  # person | org | descriptor | joint | pronoun | unknown_person | unknown_org | source
    actor: str | None = None
    person: str | None = None
    side: str | None = None
    gender: str | None = None
    intermediary: bool = False  # media, law firms, reports: relays others' positions
    descriptor: str | None = None  # "the ministry": resolved to the most recent actor having it
    metonym: bool = False  # "Seoul", "Washington": a place standing for a party


@dataclass
class DocDate:
    """An article's inferred date and the reason for it."""

    value: date | None
    reason: str


@dataclass
class Statement:
    """One attributed position: the analysis contract's record."""

    id: str
    doc: str
    doc_date: str | None
    start: int
    end: int
    text: str
    quote: str | None
    kind: str  # direct | partial | indirect
    speaker: str | None
    org: str | None
    side: str | None
    stance: str
    stance_score: float
    confidence: float
    tone: float
    topics: list[str]
    round: str | None
    round_reason: str
    evidence: dict
    duplicate_of: str | None = None
    paragraph: int = 0

    def to_dict(self) -> dict:
        """The statement as a JSON-ready dict (the `parley analyze` contract)."""
        return asdict(self)
