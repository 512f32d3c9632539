"""The shared shape of Parley's dialogs: Esc cancels; Enter in a field, Ctrl+S or OK saves."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Button


class Dialog(ModalScreen):
    """A modal form. Subclasses compose their fields and implement action_save."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save")]

    def on_input_submitted(self) -> None:
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        """Validate and dismiss with the dialog's result."""
        raise NotImplementedError

    def action_cancel(self) -> None:
        """Close without a result."""
        self.dismiss(None)
