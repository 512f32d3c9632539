"""The store read once into memory: corrected statements, citations and indexes for fast lookup."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from store.corrections import apply_corrections
from store.db import Corpus, Store

UNASSIGNED = "unassigned"


@dataclass
class Filters:
    """What a user narrowed the statements to; empty fields match everything."""

    round: str | None = None
    side: str | None = None
    org: str | None = None
    speaker: str | None = None
    stance: str | None = None
    topic: str | None = None
    search: str | None = None
    ids: set[str] | None = None

    def active(self) -> dict[str, str]:
        """The filters in use, for display."""
        out = {k: str(v) for k, v in self.__dict__.items() if v and k != "ids"}
        if self.ids:
            out["ids"] = f"{len(self.ids)} selected"
        return out

    def match(self, st: dict) -> bool:
        """Whether a statement passes every active filter."""
        if self.ids is not None and st["id"] not in self.ids:
            return False
        if self.round and (st["round"] or UNASSIGNED) != self.round:
            return False
        if self.side and st["side"] != self.side:
            return False
        if self.org and (st["org"] or "").lower() != self.org.lower():
            return False
        if self.speaker and self.speaker.lower() not in (st["speaker"] or "").lower():
            return False
        if self.stance and st["stance"] != self.stance:
            return False
        if self.topic and self.topic not in st["topics"]:
            return False
        if self.search:
            needle = self.search.lower()
            hay = " ".join(str(st.get(k) or "") for k in ("text", "speaker", "org", "doc")).lower()
            if needle not in hay:
                return False
        return True


@dataclass
class View:
    """Corrected statements (not-a-statement ones hidden) with indexes by round, side, org and document."""

    documents: dict[str, dict]
    statements: list[dict]
    hidden: list[dict]
    by_id: dict[str, dict] = field(default_factory=dict)
    by_round: dict[str, list[dict]] = field(default_factory=dict)
    by_side: dict[str, list[dict]] = field(default_factory=dict)
    by_org: dict[str, list[dict]] = field(default_factory=dict)
    by_doc: dict[str, list[dict]] = field(default_factory=dict)

    def cited(self, rows: list[dict]) -> list[dict]:
        """The rows with their `source` citation filled in (done on demand: export, copy)."""
        for st in rows:
            st["source"] = citation(st, self.documents.get(st["doc_hash"]))
        return rows

    def filtered(self, filters: Filters) -> list[dict]:
        """Statements passing the filters, using the round index when a round is chosen."""
        pool = self.by_round.get(filters.round, []) if filters.round else self.statements
        if not any(v for k, v in filters.__dict__.items() if k != "round") and filters.ids is None:
            return list(pool)  # the common case: a round, no other filter
        return [st for st in pool if filters.match(st)]


def citation(st: dict, doc: dict | None) -> dict:
    """Where a statement comes from: document title or file, date, paragraph."""
    return {"doc": st["doc"], "title": (doc or {}).get("title") or st["doc"], "date": st["doc_date"],
            "paragraph": st.get("paragraph", 0) + 1, "path": (doc or {}).get("path", "")}


def build_view(corpus: Corpus) -> View:
    """Apply corrections and index the statements."""
    rows = apply_corrections(corpus.statements, corpus.corrections)
    # Sources per duplicate group, so a position shows once with its N sources.
    sources: dict[str, int] = defaultdict(int)
    for st in rows:
        sources[st.get("duplicate_of") or st["id"]] += 1
    shown, hidden = [], []
    by_round, by_side, by_org, by_doc = defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(list)
    for st in rows:
        st["sources"] = sources[st.get("duplicate_of") or st["id"]]
        if st["not_statement"]:
            hidden.append(st)
            continue
        shown.append(st)
        by_round[st["round"] or UNASSIGNED].append(st)
        by_side[st["side"] or "unknown"].append(st)
        by_org[st["org"] or "unknown"].append(st)
        by_doc[st["doc_hash"]].append(st)
    for group in by_doc.values():
        group.sort(key=lambda s: s["start"])
    return View(corpus.documents, shown, hidden, {st["id"]: st for st in rows},
                dict(by_round), dict(by_side), dict(by_org), dict(by_doc))


def load_view(store: Store) -> View:
    """Read the store once and build the in-memory view."""
    return build_view(store.load())
