"""The core stays UI-free: importing analysis and store never pulls in textual or rich."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["analysis", "analysis.pipeline", "analysis.evaluate", "store"])
def test_core_does_not_import_ui(module):
    code = (f"import sys, {module}\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_nltk_download_is_never_called():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for package in ("analysis", "store", "tui"):
        for path in (root / package).rglob("*.py"):
            assert "nltk.download" not in path.read_text(), path


def test_the_app_starts_without_loading_nltk_or_vader():
    code = ("import sys, tui.app, tui.cli\n"
            "print(','.join(m for m in ('nltk', 'vaderSentiment') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
