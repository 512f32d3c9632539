"""Ingest article files into the store, and re-analyse stored documents; writes go in batches."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tinydb import Query

from analysis.dossier import Dossier
from analysis.duplicates import group_duplicates
from analysis.model import Document, Statement
from analysis.pipeline import analyze_document, content_hash
from analysis.read import ReadError, find_files, read_document
from store.corrections import correction_key
from store.db import Store

BATCH = 200  # documents per write: every TinyDB write rewrites the whole file
STATEMENT_FIELDS = tuple(Statement.__dataclass_fields__)


@dataclass
class IngestSummary:
    """What an ingest did, for its closing line."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    statements: int = 0

    def line(self) -> str:
        """The one-line summary printed at the end."""
        text = (f"added {self.added}, unchanged {self.unchanged}, replaced {self.replaced}, "
                f"skipped {len(self.skipped)} ({self.statements} statements)")
        if self.skipped:
            reasons: dict[str, int] = {}
            for _, reason in self.skipped:
                reasons[reason] = reasons.get(reason, 0) + 1
            text += ": " + "; ".join(f"{n} {r}" for r, n in sorted(reasons.items()))
        return text


Progress = Callable[[int, int], None]  # (done, total)


def _document_row(doc: Document, doc_hash: str, doc_date) -> dict:
    return {"hash": doc_hash, "name": doc.name, "path": str(Path(doc.path).resolve()) if doc.path else "",
            "title": doc.title, "text": doc.text, "date": doc_date.value.isoformat() if doc_date.value else None,
            "date_reason": doc_date.reason, "warnings": doc.warnings,
            "added": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def statement_row(st: Statement, doc_hash: str) -> dict:
    """A statement as stored: the analysis contract plus its document's hash."""
    row = st.to_dict()
    row["doc_hash"] = doc_hash
    row["key"] = correction_key(doc_hash, st.text)  # precomputed: applying corrections is a lookup
    return row


def analyse_rows(doc: Document, dossier: Dossier, doc_hash: str | None = None) -> tuple[dict, list[dict]]:
    """A document's row and its statements' rows."""
    doc_hash = doc_hash or content_hash(doc.text)
    statements, doc_date = analyze_document(doc, dossier)
    return _document_row(doc, doc_hash, doc_date), [statement_row(s, doc_hash) for s in statements]


def ingest(store: Store, paths: list[str | Path], dossier: Dossier, progress: Progress | None = None) -> IngestSummary:
    """Add files and folders (recursive) to the store; idempotent by content hash."""
    summary = IngestSummary()
    files = []
    for p in map(Path, paths):
        if not p.exists():
            summary.skipped.append((str(p), "no such file or folder"))
        else:
            files.extend(find_files([p]))
    known = set(store.load().documents)
    pending: list[tuple[dict, list[dict]]] = []
    for n, path in enumerate(files, 1):
        try:
            doc = read_document(path)
        except ReadError as exc:
            summary.skipped.append((str(path), str(exc)))
        else:
            doc_hash = content_hash(doc.text)
            if doc_hash in known:
                summary.unchanged += 1
            else:
                pending.append(analyse_rows(doc, dossier, doc_hash))
        if len(pending) >= BATCH:
            _commit(store, pending, summary)
            pending = []
        if progress:
            progress(n, len(files))
    if pending:
        _commit(store, pending, summary)
    if summary.added or summary.replaced:
        regroup_duplicates(store)
    return summary


def _commit(store: Store, pending: list[tuple[dict, list[dict]]], summary: IngestSummary) -> None:
    """Write one batch under the lock, re-checking hashes another process may have added."""
    with store.transaction() as db:
        docs, sts = db.table("documents"), db.table("statements")
        by_hash = {d["hash"]: d for d in docs.all()}
        by_path = {d["path"]: d["hash"] for d in by_hash.values() if d["path"]}
        new_docs, new_sts, gone = [], [], set()
        for doc_row, st_rows in pending:
            if doc_row["hash"] in by_hash:
                summary.unchanged += 1
                continue
            old = by_path.get(doc_row["path"])
            if old and old != doc_row["hash"]:
                gone.add(old)  # the file changed: its old version's statements go
                summary.replaced += 1
            else:
                summary.added += 1
            by_hash[doc_row["hash"]] = doc_row
            by_path[doc_row["path"]] = doc_row["hash"]
            new_docs.append(doc_row)
            new_sts.extend(st_rows)
        if gone:
            q = Query()
            docs.remove(q.hash.one_of(list(gone)))
            sts.remove(q.doc_hash.one_of(list(gone)))
        docs.insert_multiple(new_docs)
        sts.insert_multiple(new_sts)
        summary.statements += len(new_sts)


def regroup_duplicates(store: Store) -> None:
    """Recompute duplicate_of across the whole store (one write)."""
    with store.transaction() as db:
        table = db.table("statements")
        rows = table.all()
        objs = [Statement(**{k: r[k] for k in STATEMENT_FIELDS if k in r}) for r in rows]
        group_duplicates(objs)
        changed = {r["id"]: o.duplicate_of for r, o in zip(rows, objs) if r.get("duplicate_of") != o.duplicate_of}
        if changed:
            # One pass over the table: an update per row would rewrite the table once per row.
            ids = [r.doc_id for r in rows if r["id"] in changed]
            table.update(lambda row: row.__setitem__("duplicate_of", changed[row["id"]]), doc_ids=ids)


def reanalyze(store: Store, dossier: Dossier, progress: Progress | None = None) -> int:
    """Re-run the analysis over stored documents (new dossier or rules); corrections are kept."""
    with store.transaction() as db:
        docs, sts = db.table("documents"), db.table("statements")
        rows = docs.all()
        new_sts: list[dict] = []
        dates: dict[int, tuple] = {}
        for n, row in enumerate(rows, 1):
            doc = Document(name=row["name"], text=row["text"], path=row.get("path", ""), title=row.get("title", ""))
            doc_row, st_rows = analyse_rows(doc, dossier)
            dates[row["hash"]] = (doc_row["date"], doc_row["date_reason"])
            new_sts.extend(st_rows)
            if progress:
                progress(n, len(rows))
        if dates:
            docs.update(lambda d: d.update(zip(("date", "date_reason"), dates[d["hash"]])),
                        doc_ids=[r.doc_id for r in rows])
        objs = [Statement(**{k: r[k] for k in STATEMENT_FIELDS}) for r in new_sts]
        group_duplicates(objs)
        for r, o in zip(new_sts, objs):
            r["duplicate_of"] = o.duplicate_of
        sts.truncate()
        sts.insert_multiple(new_sts)
    return len(new_sts)


class ProgressBar:
    """A one-line progress bar with counts and ETA on a terminal's stderr."""

    def __init__(self, stream, label: str = "ingest") -> None:
        self.stream = stream
        self.label = label
        self.start = time.monotonic()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        width = 30
        filled = int(width * done / total) if total else width
        elapsed = now - self.start
        eta = elapsed / done * (total - done) if done else 0
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                          f"ETA {int(eta) // 60}:{int(eta) % 60:02d}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def sample_folder() -> Path:
    """The KORUS sample corpus shipped inside the package."""
    from importlib import resources

    return Path(str(resources.files("store.sample")))


def ingest_sample_if_empty(store: Store, dossier: Dossier) -> IngestSummary | None:
    """On first run (an empty store), ingest the shipped sample corpus so there is data at once."""
    if store.load().documents:
        return None
    return ingest(store, [sample_folder()], dossier)
