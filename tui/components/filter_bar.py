"""The active filters and marks, always visible in one line."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from tui.present import safe


class FilterBar(Widget):
    """'Filters: stance=oppose, search=tariff · 3 marked · x clears'.

    A plain widget with render(), not a Static: a Static's update re-lays out the whole
    screen, while this line never changes size, so a repaint is enough.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = Text()

    def render(self) -> Text:
        return self._text

    def show(self, active: dict[str, str], marked: int, visible: int) -> None:
        """Redraw from the current filters and marks."""
        text = Text("Filters: ", style="bold")
        if active:
            text.append(", ".join(f"{k}={safe(v)}" for k, v in active.items()))
            text.append("  (x clears)", style="dim")
        else:
            text.append("none", style="dim")
        text.append(f" · {visible} shown · {marked} marked")
        if text.plain != self._text.plain:
            self._text = text
            self.refresh()
