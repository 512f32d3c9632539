"""Helpers for the TUI tests: a store built from the sample corpus, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

from analysis import load_dossier
from store.db import Store
from store.ingest import ingest, sample_folder
from tui.app import ParleyApp

_TEMPLATE: dict[str, Path] = {}


def sample_store(tmp_path: Path) -> Store:
    """A fresh copy of a store holding the sample corpus (analysed once per session)."""
    if "db" not in _TEMPLATE or not _TEMPLATE["db"].exists():
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="parley-template-"))
        store = Store(folder / "db.json")
        ingest(store, [sample_folder()], load_dossier())
        _TEMPLATE["db"] = store.path
    target = tmp_path / "db" / "parley.json"
    target.parent.mkdir(mode=0o700)
    shutil.copy(_TEMPLATE["db"], target)
    return Store(target)


def make_app(tmp_path: Path) -> ParleyApp:
    """The real app over a sample store."""
    return ParleyApp(sample_store(tmp_path), load_dossier())


def screen_text(app) -> str:
    """What the terminal shows, as plain text (from the SVG export's text)."""
    import html
    import re

    svg = app.export_screenshot()
    text = html.unescape(" ".join(re.findall(r">([^<>]*)</text>", svg))).replace("\xa0", " ")
    return re.sub(r" +", " ", text)
