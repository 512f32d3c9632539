"""Export dialog: format and path, a safe default name, confirmation before overwriting."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from tui.present import default_name
from tui.screens.dialog import Dialog

FORMATS = [("csv", "CSV"), ("jsonl", "JSON Lines"), ("md", "Markdown")]


class ExportDialog(Dialog):
    """Returns (format, path, overwrite) or None when cancelled."""

    def __init__(self, count: int, what: str, default=default_name) -> None:
        super().__init__()
        self.default = default
        self.count = count
        self.what = what
        self.confirmed: Path | None = None  # the existing file the user agreed to overwrite

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text(f"Export {self.count} {self.what} statements", style="bold"))
            with RadioSet(id="format", compact=True):
                for i, (key, label) in enumerate(FORMATS):
                    yield RadioButton(label, value=i == 0, id=f"fmt-{key}")
            yield Label("File:")
            yield Input(self.default("csv"), id="path", compact=True)
            yield Label("", id="warning")
            with Horizontal(id="buttons"):
                yield Button("Export", variant="primary", id="ok", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def _format(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.id.removeprefix("fmt-") if pressed else "csv"

    def on_radio_set_changed(self) -> None:
        path = self.query_one("#path", Input)
        stem = path.value.rsplit(".", 1)[0] if "." in Path(path.value).name else path.value
        path.value = f"{stem}.{self._format()}"

    def action_save(self) -> None:
        path = Path(self.query_one("#path", Input).value.strip()).expanduser()
        if not path.name:
            self.query_one("#warning", Label).update("Give a file name.")
            return
        if path.exists() and path != self.confirmed:
            self.confirmed = path
            self.query_one("#warning", Label).update(Text(f"{path.name} exists: press Export again to overwrite it.",
                                                          style="bold"))
            return
        self.dismiss((self._format(), str(path), path.exists()))
