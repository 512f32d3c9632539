"""Filter dialog (org or speaker, stance, topic, text) and the quick search prompt."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select

from store.view import Filters
from tui.screens.dialog import Dialog


class SearchPrompt(Dialog):
    """One line of free text; Enter applies, Escape cancels."""

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self.current = current or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="small"):
            yield Label(Text("Search statements, speakers, orgs, files", style="bold"))
            yield Input(self.current, placeholder="text…", id="search", compact=True)

    def action_save(self) -> None:
        self.dismiss(self.query_one("#search", Input).value.strip())


class FilterDialog(Dialog):
    """Edit every filter at once; returns the new Filters or None when cancelled."""

    def __init__(self, current: Filters, orgs: list[str], topics: list[str]) -> None:
        super().__init__()
        self.current = current
        self.orgs = orgs
        self.topics = topics

    def compose(self) -> ComposeResult:
        f = self.current
        with Vertical(id="dialog"):
            yield Label(Text("Filter statements", style="bold"))
            yield Select([(o, o) for o in self.orgs], value=f.org or Select.NULL, id="org", prompt="Org: any", compact=True)
            yield Input(f.speaker or "", placeholder="speaker contains…", id="speaker", compact=True)
            yield Select([(s, s) for s in ("favor", "oppose", "neutral")], value=f.stance or Select.NULL,
                         id="stance", prompt="Stance: any", compact=True)
            yield Select([(t, t) for t in self.topics], value=f.topic or Select.NULL, id="topic",
                         prompt="Topic: any", compact=True)
            yield Input(f.search or "", placeholder="text contains…", id="search", compact=True)
            with Horizontal(id="buttons"):
                yield Button("Apply", variant="primary", id="ok", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def _value(self, selector: str):
        widget = self.query_one(selector)
        value = widget.value
        if value is Select.NULL:
            return None
        return value.strip() or None if isinstance(value, str) else value

    def action_save(self) -> None:
        self.dismiss(Filters(org=self._value("#org"), speaker=self._value("#speaker"), stance=self._value("#stance"),
                             topic=self._value("#topic"), search=self._value("#search")))
