"""Snapshot tests of the main screens at explicit terminal sizes (pytest-textual-snapshot).

Regenerate after an intended visual change with: .venv/bin/pytest tests/test_snapshots.py --snapshot-update
"""

import pytest

from tui_helpers import make_app


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
def test_main_view(snap_compare, tmp_path, size):
    assert snap_compare(make_app(tmp_path), terminal_size=size)


def test_main_view_round_selected(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path), press=["right_square_bracket"] * 5, terminal_size=(80, 24))


def test_drill_down(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path), press=["enter"], terminal_size=(80, 24))


def test_export_dialog(snap_compare, tmp_path):
    app = make_app(tmp_path)
    app.export_default_name = lambda fmt: f"parley-export.{fmt}"  # no clock or folder in the snapshot
    assert snap_compare(app, press=["space", "e"], terminal_size=(80, 24))


def test_help(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path), press=["question_mark"], terminal_size=(80, 24))


def test_narrow_terminal(snap_compare, tmp_path):
    assert snap_compare(make_app(tmp_path), terminal_size=(40, 12))
