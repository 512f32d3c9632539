"""Where the database lives: one place for the XDG data path and its overrides."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "PARLEY_DB"
FILE_NAME = "parley.json"


def default_db_path() -> Path:
    """The user's data folder (XDG on Linux), e.g. ~/.local/share/parley/parley.json."""
    from platformdirs import user_data_path

    return user_data_path("parley", appauthor=False) / FILE_NAME


def resolve_db_path(cli_value: str | None = None) -> Path:
    """--db wins, then $PARLEY_DB, then the default path."""
    value = cli_value or os.environ.get(ENV_VAR)
    return Path(value).expanduser() if value else default_db_path()


def ensure_private_folder(folder: Path) -> None:
    """Create the database folder readable by its owner only (0700) when Parley makes it."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
