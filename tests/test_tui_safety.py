"""Untrusted article text shows literally: never read as markup, escape sequences never reach the terminal."""

from analysis import load_dossier
from store.db import Store
from store.ingest import ingest
from tui.app import ParleyApp
from tui_helpers import screen_text

HOSTILE = ("Lighthizer said “[link=https://evil.example]click me[/link] and [@click=app.quit]boom[/] "
           "[bold unclosed and \x1b[31mred\x1b[0m \x1b]0;pwned\x07 text” about the agreement.\n")


async def test_markup_and_escapes_in_articles_show_literally(tmp_path):
    (tmp_path / "evil.txt").write_text(HOSTILE)
    store = Store(tmp_path / "db" / "parley.json")
    ingest(store, [tmp_path / "evil.txt"], load_dossier())
    app = ParleyApp(store, load_dossier())
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert app.view.statements, "the hostile sentence is still a statement"
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "[link=https://evil.example]click me[/link]" in text
        assert "[@click=app.quit]boom[/]" in text
        assert "[bold unclosed" in text
        assert "\x1b" not in app.export_screenshot()
        await pilot.click("#article")  # clicking the text triggers nothing
        await pilot.pause()
        assert app.is_running
