"""Writes an analyst makes: corrections to statements."""

from __future__ import annotations

from store.corrections import correction_key, make_correction
from store.db import Store
from store.storage import StoreError


def correct_statement(store: Store, statement_id: str, changes: dict, not_statement: bool | None = None) -> dict:
    """Record a correction for one statement (merged with earlier ones); returns the correction row."""
    with store.transaction() as db:
        st = next((r for r in db.table("statements").all() if r["id"] == statement_id), None)
        if st is None:
            raise StoreError(f"no statement with id {statement_id}")
        table = db.table("corrections")
        key = correction_key(st["doc_hash"], st["text"])
        previous = next((r for r in table.all() if r["key"] == key), None)
        row = make_correction(st, changes, not_statement, previous)
        if previous is not None:
            table.update(row, doc_ids=[previous.doc_id])
        else:
            table.insert(row)
    return row
