"""The title line: the app's name and what is shown, one widget (Textual's Header mounts four)."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from tui.present import safe


class TitleBar(Widget):
    """'Parley — KORUS FTA renegotiation 2017-2018', following the screen's sub-title."""

    DEFAULT_CSS = """
    TitleBar { height: 1; dock: top; background: $panel; content-align: center middle; }
    """

    def on_mount(self) -> None:
        self.watch(self.screen, "sub_title", lambda _: self.refresh(), init=False)
        self.watch(self.app, "sub_title", lambda _: self.refresh(), init=False)

    def render(self) -> Text:
        sub = self.screen.sub_title or self.app.sub_title
        return Text(f"{self.app.title} — {safe(sub)}" if sub else self.app.title, style="bold", no_wrap=True,
                    overflow="ellipsis", justify="center")
