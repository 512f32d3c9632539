"""The active filters and marks, always visible in one line."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.present import safe


class FilterBar(Static):
    """'Filters: stance=oppose, search=tariff · 3 marked · x clears'."""

    def show(self, active: dict[str, str], marked: int, visible: int) -> None:
        """Redraw from the current filters and marks."""
        text = Text("Filters: ", style="bold")
        if active:
            text.append(", ".join(f"{k}={safe(v)}" for k, v in active.items()))
            text.append("  (x clears)", style="dim")
        else:
            text.append("none", style="dim")
        text.append(f" · {visible} shown · {marked} marked")
        if text.plain != getattr(self, "_plain", None):  # unchanged: skip the relayout
            self._plain = text.plain
            self.update(text)
