"""The dossier's rounds as a timeline (date, place, name, counts), with All and Unassigned."""

from __future__ import annotations

import textwrap

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.view import UNASSIGNED

ALL = "__all__"


class RoundTimeline(OptionList):
    """Pick a round; the explorer shows both sides' positions in it."""

    counts: dict[str, int] = {}

    BINDINGS = [("j", "cursor_down", "Down"), ("k", "cursor_up", "Up"), ("g", "first", "First"),
                ("G", "last", "Last")]

    def set_rounds(self, rounds, counts: dict[str, int], total: int) -> None:
        """Fill the timeline: one option per round, plus All rounds and Unassigned."""
        self.counts = counts
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        options = [Option(Text(f"All rounds · {total}", style="bold"), id=ALL)]
        for r in rounds:
            label = Text(f"{r.start.isoformat()} · {counts.get(r.id, 0)}\n", style="bold")
            label.append(textwrap.shorten(f"{r.place}: {r.name}", 38, placeholder="…"), style="dim")
            options.append(Option(label, id=r.id))
        options.append(Option(Text(f"Unassigned · {counts.get(UNASSIGNED, 0)}"), id=UNASSIGNED))
        self.clear_options()
        self.add_options(options)
        ids = [o.id for o in options]
        self.highlighted = ids.index(highlighted) if highlighted in ids else 0
