"""Data files the analysis reads: the KORUS dossier, English cue lists, Punkt abbreviations."""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent  # a plain path: importlib.resources costs start-up time


def read_text(name: str) -> str:
    """The UTF-8 text of a shipped data file."""
    return (FOLDER / name).read_text("utf-8")
