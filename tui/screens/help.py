"""Help: every key binding of the app and its screens, generated from the bindings themselves."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEY_NAMES = {"left_square_bracket": "[", "right_square_bracket": "]", "slash": "/", "question_mark": "?",
             "space": "Space", "escape": "Esc", "enter": "Enter", "ctrl+p": "Ctrl+P"}


def key_label(keys: str) -> str:
    """'left_square_bracket,h' -> '[ / h'."""
    return " / ".join(KEY_NAMES.get(k, k) for k in keys.split(","))


def bindings_text(sections: list[tuple[str, list]]) -> Text:
    """A two-column table of keys and what they do, by section."""
    text = Text()
    for title, bindings in sections:
        text.append(f"{title}\n", style="bold underline")
        for b in bindings:
            b = b if isinstance(b, Binding) else Binding(*b)
            text.append(f"  {key_label(b.key):<22}", style="bold")
            text.append(f"{b.description or b.action}\n")
        text.append("\n")
    return text


class HelpScreen(ModalScreen[None]):
    """Lists every binding; Esc, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, sections: list[tuple[str, list]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog", classes="help"):
            yield Static(Text("Parley keys — Esc closes\n", style="bold"))
            yield Static(bindings_text(self.sections))

    def action_dismiss(self) -> None:
        self.dismiss(None)
