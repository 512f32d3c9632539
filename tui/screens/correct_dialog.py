"""Correction dialog: change stance, speaker, org, side or round, or mark 'not a statement'."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select

from tui.present import safe, shown_words

STANCES = [("favor", "favor"), ("oppose", "oppose"), ("neutral", "neutral")]
SIDES = [("US", "US"), ("KR", "KR"), ("other", "other"), ("both", "both")]


class CorrectDialog(ModalScreen[tuple[dict, bool] | None]):
    """Returns (changed fields, not_statement) or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, statement: dict, round_ids: list[str]) -> None:
        super().__init__()
        self.statement = statement
        self.round_ids = round_ids

    def compose(self) -> ComposeResult:
        st = self.statement
        with Vertical(id="dialog"):
            yield Label(Text("Correct statement", style="bold"))
            yield Label(Text(shown_words(st)[:160]), classes="quote")
            yield Select(STANCES, value=st["stance"], allow_blank=False, id="stance", prompt="Stance")
            yield Input(safe(st.get("speaker")), placeholder="speaker (person)", id="speaker")
            yield Input(safe(st.get("org")), placeholder="org id, e.g. USTR", id="org")
            yield Select(SIDES, value=st.get("side") or Select.BLANK, id="side", prompt="Side")
            yield Select([(r, r) for r in self.round_ids], value=st.get("round") or Select.BLANK, id="round",
                         prompt="Round")
            yield Checkbox("Not a statement", value=bool(st.get("not_statement")), id="not_statement")
            with Horizontal(id="buttons"):
                yield Button("Save", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id != "ok":
            self.dismiss(None)
            return
        st = self.statement
        values = {
            "stance": self.query_one("#stance", Select).value,
            "speaker": self.query_one("#speaker", Input).value.strip() or None,
            "org": self.query_one("#org", Input).value.strip() or None,
            "side": self.query_one("#side", Select).value,
            "round": self.query_one("#round", Select).value,
        }
        changes = {k: (None if v is Select.BLANK else v) for k, v in values.items()}
        changes = {k: v for k, v in changes.items() if v != st.get(k) and not (v is None and not st.get(k))}
        not_statement = self.query_one("#not_statement", Checkbox).value
        self.dismiss((changes, not_statement))

    def action_cancel(self) -> None:
        self.dismiss(None)
