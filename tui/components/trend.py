"""A compact trend: each side's net position round by round, one character per round.

The nets come from tui.present.trend_lines; this widget only draws them.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.present import trend_bar


class Trend(Static):
    """Two rows of bars (US and Korea) across the rounds, readable without colour."""

    _shown: object = None

    def show(self, lines: list[tuple[str, list[float | None]]]) -> None:
        """Draw each side's net position (favor - oppose) / total, one character per round."""
        if lines is self._shown:
            return  # unchanged: skip the relayout an update costs
        self._shown = lines
        text = Text("Trend (net, by round)\n", style="bold")
        for label, nets in lines:
            text.append(f"{label[:5]:<5} {trend_bar(nets)}\n")
        text.append("▁ oppose █ favor ·none", style="dim")
        self.update(text)
