"""Correction dialog: change stance, speaker, org, side or round, or mark 'not a statement'."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, Select

from tui.present import safe, shown_words
from tui.screens.dialog import Dialog

STANCES = [("favor", "favor"), ("oppose", "oppose"), ("neutral", "neutral")]


class CorrectDialog(Dialog):
    """Returns (changed fields, not_statement) or None when cancelled."""

    def __init__(self, statement: dict, round_ids: list[str], side_ids: list[str]) -> None:
        super().__init__()
        self.statement = statement
        self.round_ids = round_ids
        self.side_ids = side_ids

    def compose(self) -> ComposeResult:
        st = self.statement
        with Vertical(id="dialog"):
            yield Label(Text("Correct statement", style="bold"))
            yield Label(Text(shown_words(st)[:160]), classes="quote")
            fields = [
                ("Stance", Select(STANCES, value=st["stance"], allow_blank=False, id="stance", compact=True)),
                ("Speaker", Input(safe(st.get("speaker")), placeholder="person", id="speaker", compact=True)),
                ("Org", Input(safe(st.get("org")), placeholder="org id, e.g. USTR", id="org", compact=True)),
                ("Side", Select([(s, s) for s in self.side_ids], value=st.get("side") or Select.NULL, id="side",
                                compact=True)),
                ("Round", Select([(r, r) for r in self.round_ids], value=st.get("round") or Select.NULL,
                                 id="round", compact=True)),
            ]
            for label, widget in fields:
                with Horizontal(classes="row"):
                    yield Label(label, classes="field-label")
                    yield widget
            yield Checkbox("Not a statement", value=bool(st.get("not_statement")), id="not_statement",
                           compact=True)
            with Horizontal(id="buttons"):
                yield Button("Save", variant="primary", id="ok", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def action_save(self) -> None:
        st = self.statement
        values = {
            "stance": self.query_one("#stance", Select).value,
            "speaker": self.query_one("#speaker", Input).value.strip() or None,
            "org": self.query_one("#org", Input).value.strip() or None,
            "side": self.query_one("#side", Select).value,
            "round": self.query_one("#round", Select).value,
        }
        changes = {k: (None if v is Select.NULL else v) for k, v in values.items()}
        changes = {k: v for k, v in changes.items() if v != st.get(k) and not (v is None and not st.get(k))}
        not_statement = self.query_one("#not_statement", Checkbox).value
        self.dismiss((changes, not_statement))
