"""A compact trend: each side's net position round by round, one character per round."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.present import side_summary, trend_bar


class Trend(Static):
    """Two rows of bars (US and Korea) across the rounds, readable without colour."""

    def show(self, rounds, by_round: dict[str, list[dict]], sides: list[tuple[str, str]]) -> None:
        """Draw the net position (favor - oppose) / total of each side in each round."""
        text = Text("Trend (net, by round)\n", style="bold")
        for side, label in sides:
            nets = []
            for r in rounds:
                rows = [s for s in by_round.get(r.id, []) if s["side"] == side]
                nets.append(side_summary(rows)["net"] if rows else None)
            text.append(f"{label[:5]:<5} {trend_bar(nets)}\n")
        text.append("▁ oppose █ favor · none", style="dim")
        self.update(text)
