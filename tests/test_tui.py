"""The real app driven by Pilot over a store built from the sample corpus, at 80x24 and 120x36."""

import csv

import pytest

from store.view import UNASSIGNED, load_view
from tui.components.key_bar import KeyBar
from tui.components.round_timeline import RoundTimeline
from tui.components.statement_list import StatementList
from tui.screens.correct_dialog import CorrectDialog
from tui.screens.drilldown import DrillDownScreen
from tui.screens.explorer import ExplorerScreen
from tui.screens.export_dialog import ExportDialog
from tui.screens.help import HelpScreen
from tui_helpers import make_app, screen_text

SIZES = [(80, 24), (120, 36)]


@pytest.mark.parametrize("size", SIZES)
async def test_navigate_rounds(tmp_path, size):
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ExplorerScreen)
        assert app.round is None
        await pilot.press("right_square_bracket")
        await pilot.pause()
        first = app.dossier.rounds[0].id
        assert app.round == first
        shown = [st for pane in app.screen.lists for st in pane.rows]
        assert shown and {st["round"] for st in shown} == {first}
        us = app.screen.query_one("#side-a", StatementList)
        assert {st["side"] for st in us.rows} == {"US"}
        await pilot.press("right_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert app.round == first


async def test_timeline_keys_and_clicks_pick_rounds(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        timeline = app.screen.query_one(RoundTimeline)
        assert timeline.option_count == len(app.dossier.rounds) + 2  # All, the rounds, Unassigned
        timeline.focus()
        await pilot.press("j", "j")
        await pilot.pause()
        assert app.round == app.dossier.rounds[1].id
        await pilot.press("G")
        await pilot.pause()
        assert app.round == UNASSIGNED
        await pilot.press("g")
        await pilot.pause()
        assert app.round is None
        await pilot.click(RoundTimeline, offset=(3, 3))  # the border, All (1 line), then round 1's 2nd line
        await pilot.pause()
        assert app.round == app.dossier.rounds[0].id
        assert "›" in screen_text(app)  # the cursor reads without colour


async def test_lists_show_position_and_key_bar_keys_work(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = app.screen.lists[0]
        assert pane.border_subtitle == f"1/{len(pane.rows)}"
        await pilot.press("j")
        await pilot.pause()
        assert pane.border_subtitle == f"2/{len(pane.rows)}"
        # Clicks count from inside the border: its last line is the first card's, the next the second's.
        await pilot.click("#side-a", offset=(5, 4))
        await pilot.pause()
        assert pane.cursor == 0
        await pilot.click("#side-a", offset=(5, 5))
        await pilot.pause()
        assert pane.cursor == 1
        bar = app.screen.query_one(KeyBar)
        text = str(bar.render())
        assert text.index("? Help") < text.index("Open")  # the app's keys come first
        await pilot.click(KeyBar, offset=(text.index("? Help") + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("size", SIZES)
async def test_drill_down_shows_the_article_and_steps_through_it(tmp_path, size):
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        first = app.screen.lists[0].current
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DrillDownScreen)
        assert app.screen.statement["id"] == first["id"]
        text = screen_text(app)
        assert "Robert Lighthizer" in text and "Speaker" in text and "Stance" in text
        why = str(app.screen.query_one("#why").render())
        assert "Round" in why and first["round"] in why and "cues" in why
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.statement["id"] != first["id"]
        assert app.screen.statement["doc"] == first["doc"]
        await pilot.press("p", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ExplorerScreen)


@pytest.mark.parametrize("size", SIZES)
async def test_search_and_clear_filters(tmp_path, size):
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"safeguard", "enter")
        await pilot.pause()
        visible = app.visible()
        assert visible and all("safeguard" in st["text"].lower() for st in visible)
        assert "search=safeguard" in screen_text(app)
        await pilot.press("x")
        await pilot.pause()
        assert len(app.visible()) == len(app.view.statements)
        assert "Filters: none" in screen_text(app)


@pytest.mark.parametrize("size", SIZES)
async def test_mark_and_export(tmp_path, size, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("space", "down", "space")
        await pilot.pause()
        assert len(app.marks) == 2
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        target = tmp_path / "out.csv"
        app.screen.query_one("#path").value = str(target)
        await pilot.click("#ok")
        await pilot.pause()
        assert isinstance(app.screen, ExplorerScreen)
    rows = list(csv.DictReader(target.open(newline="")))
    assert {r["id"] for r in rows} == app.marks


async def test_export_confirms_before_overwriting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "keep.md"
    target.write_text("precious")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#path").value = str(target)
        await pilot.click("#ok")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog) and target.read_text() == "precious"
        await pilot.pause(0.3)  # a button ignores a second press during its 0.2 s press effect
        await pilot.click("#ok")
        await pilot.pause()
    assert target.read_text() != "precious"


@pytest.mark.parametrize("size", SIZES)
async def test_correct_a_stance_is_stored(tmp_path, size):
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        st = app.screen.lists[0].current
        new = "oppose" if st["stance"] != "oppose" else "favor"
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CorrectDialog)
        app.screen.query_one("#stance").value = new
        await pilot.click("#ok")
        await pilot.pause()
    fixed = load_view(app.store).by_id[st["id"]]
    assert fixed["stance"] == new and fixed["corrected"] == ["stance"]


async def test_help_lists_every_binding(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.render()) for w in app.screen.query("Static"))
        for words in ("Prev round", "Export", "Correct", "Next in article", "Mark", "Quit"):
            assert words in text


async def test_tiny_terminal_does_not_crash(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "n", "escape", "right_square_bracket", "question_mark", "escape")
        await pilot.pause()
        assert app.is_running


async def test_stance_reads_without_colour(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "[+] favor" in text and "[-] oppose" in text


async def test_copy_uses_osc52_with_citations(tmp_path):
    app = make_app(tmp_path)
    copied = []
    app.copy_to_clipboard = copied.append
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space", "y")
        await pilot.pause()
    assert len(copied) == 1 and ".txt" in copied[0] and "para." in copied[0]


async def test_filter_dialog_by_stance(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#stance").value = "oppose"
        await pilot.click("#ok")
        await pilot.pause()
        assert app.filters.stance == "oppose"
        assert app.visible() and {st["stance"] for st in app.visible()} == {"oppose"}
        assert "stance=oppose" in screen_text(app)


async def test_ingest_from_inside_the_app_runs_in_a_worker(tmp_path):
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "n1.txt").write_text("Published today (6 October).\n\nKim said Korea rejects any renegotiation.\n")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = len(app.view.statements)
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#path").value = str(folder)
        await pilot.click("#ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "added 1" in str(app.screen.query_one("#status").render())
        assert len(app.view.statements) == before + 1
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ExplorerScreen)


async def test_focus_leaves_a_column_that_empties(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("right_square_bracket", "right_square_bracket")  # 1st special session: no US rows
        await pilot.pause()
        assert app.screen.lists[0].rows == []
        assert app.screen.focused.rows and app.current_statement() is not None
