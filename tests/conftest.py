"""Shared fixtures: the built-in dossier, the shared corpus (when present), an analyse helper."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import analyze_text, load_dossier

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "korus"
GOLD = SHARED / "eval" / "seeds_gold.jsonl"


@pytest.fixture(scope="session")
def dossier():
    return load_dossier()


@pytest.fixture
def analyse(dossier):
    """Analyse a text written for a test and return its statements."""

    def run(text: str):
        return analyze_text(text, dossier)

    return run


def only(statements, containing: str):
    """The one statement whose text contains `containing`."""
    hits = [s for s in statements if containing in s.text]
    assert len(hits) == 1, f"expected one statement with {containing!r}, got {[s.text for s in statements]}"
    return hits[0]
