"""The Store: the only code that opens the database file. TinyDB tables, one lock, atomic writes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from functools import cached_property
from typing import TYPE_CHECKING

from store.paths import ensure_private_folder, resolve_db_path
from store.storage import AtomicJSONStorage, StoreError, load_raw

if TYPE_CHECKING:
    from filelock import FileLock
    from tinydb import TinyDB

# filelock and tinydb are imported by the first write: the explorer opens a store by
# reading it, and their imports cost a noticeable part of its start-up.

SCHEMA = 1
APP = "parley"
TABLES = ("documents", "statements", "corrections")
LOCK_TIMEOUT = 120  # seconds a writer waits for another before giving up

# Schema migrations: MIGRATIONS[n] upgrades a database from version n to n + 1, in place,
# on the raw {table: {doc_id: row}} dict. Version 0 is a file written before versioning.
MIGRATIONS: dict[int, callable] = {
    0: lambda data: data,
}


@dataclass
class Corpus:
    """Everything in the store, read once: plain dicts keyed for lookup."""

    documents: dict[str, dict] = field(default_factory=dict)  # by content hash
    statements: list[dict] = field(default_factory=list)
    corrections: dict[str, dict] = field(default_factory=dict)  # by correction key


class Store:
    """A Parley database file: read without locking, write under a cross-process lock."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = resolve_db_path(str(path) if path else None)

    @cached_property
    def _lock(self) -> FileLock:
        from filelock import FileLock

        return FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT, mode=0o600)

    def exists(self) -> bool:
        """Whether the database file exists and holds data."""
        return load_raw(self.path) is not None

    def _check(self, data: dict | None) -> None:
        if not data:
            return
        meta = data.get("_meta", {})
        version = next(iter(meta.values()), {}).get("schema") if meta else None
        if version is None and not (set(data) & set(TABLES)):
            raise StoreError(f"{self.path} is not a Parley database (no Parley tables); it was left untouched: "
                             f"move it aside or choose another file with --db")
        if version is not None and version > SCHEMA:
            raise StoreError(f"{self.path} was written by a newer Parley (schema {version} > {SCHEMA}): "
                             f"upgrade Parley to open it")

    def load(self) -> Corpus:
        """Read the whole database (no lock needed: writes replace the file atomically)."""
        data = load_raw(self.path)
        self._check(data)
        corpus = Corpus()
        if not data:
            return corpus
        for row in data.get("documents", {}).values():
            corpus.documents[row["hash"]] = row
        corpus.statements = list(data.get("statements", {}).values())
        for row in data.get("corrections", {}).values():
            corpus.corrections[row["key"]] = row
        return corpus

    @contextmanager
    def transaction(self) -> Iterator[TinyDB]:
        """Lock, open the latest file, yield TinyDB, then write it once, atomically."""
        from filelock import Timeout
        from tinydb import TinyDB
        from tinydb.middlewares import CachingMiddleware

        ensure_private_folder(self.path.parent)
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise StoreError(f"database {self.path} is locked by another Parley process "
                             f"(waited {LOCK_TIMEOUT}s); try again when it finishes") from exc
        try:
            self._check(load_raw(self.path))
            self._sweep_temp_files()
            db = TinyDB(self.path, storage=CachingMiddleware(AtomicJSONStorage))
            self._migrate(db)
            yield db
            db.close()  # flushes the cache: one atomic write for the whole transaction
        finally:
            self._lock.release()

    def _sweep_temp_files(self) -> None:
        """Remove temp files a killed writer left (we hold the lock: no writer is using them)."""
        for tmp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            try:
                tmp.unlink()
            except OSError:
                pass

    def _migrate(self, db: TinyDB) -> None:
        meta = db.table("_meta")
        rows = meta.all()
        version = rows[0]["schema"] if rows else (0 if db.tables() - {"_meta"} else SCHEMA)
        if version < SCHEMA:
            data = db.storage.read()
            while version < SCHEMA:
                data = MIGRATIONS[version](data)
                version += 1
            db.storage.write(data)
            db.clear_cache()
        meta.truncate()
        meta.insert({"app": APP, "schema": SCHEMA})

    def size(self) -> int:
        """The database file's size in bytes (0 if absent)."""
        try:
            return os.path.getsize(self.path)
        except OSError:
            return 0
