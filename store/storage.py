"""TinyDB storage that writes atomically (temp file, fsync, rename) and reads with orjson.

A crash or kill at any moment leaves the old or the new file, never a truncated one;
readers never see a half-written file. A file that is not a Parley database is
reported and never overwritten.
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson
from tinydb.storages import Storage

from store.paths import ensure_private_folder

FILE_MODE = 0o600


class StoreError(Exception):
    """A user-facing store problem: the message names the file and what to do."""


def load_raw(path: Path) -> dict | None:
    """The database file's contents, None if it does not exist or is empty; StoreError if unusable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read database {path}: {exc.strerror or exc}") from exc
    if not raw.strip():
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise StoreError(f"{path} is corrupt or not a Parley database ({exc}); it was left untouched: "
                         f"move it aside or choose another file with --db") from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise StoreError(f"{path} is not a Parley database (unexpected JSON layout); it was left untouched: "
                         f"move it aside or choose another file with --db")
    return data


def atomic_write_bytes(path: Path, payload: bytes, mode: int = FILE_MODE) -> None:
    """Write bytes to path atomically: temp file in the same folder, fsync, rename, fsync folder."""
    import tempfile  # here, not at the top: reading a store (the explorer's start) never needs it

    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # some filesystems cannot fsync a folder; the rename is still atomic


class AtomicJSONStorage(Storage):
    """TinyDB storage: orjson in, orjson out, every write atomic, file mode 0600."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        ensure_private_folder(self.path.parent)

    def read(self) -> dict | None:
        return load_raw(self.path)

    def write(self, data: dict) -> None:
        try:
            atomic_write_bytes(self.path, orjson.dumps(data))
        except OSError as exc:
            raise StoreError(f"cannot write database {self.path}: {exc.strerror or exc} "
                             f"(nothing was lost: the previous version is intact)") from exc
