"""The dossier's rounds as a timeline (date, place, name, counts), with All and Unassigned.

A render-only list, like the statement lists: Textual's OptionList lays out and styles
every option as content, which cost a fifth of the explorer's start-up for ten rows.
"""

from __future__ import annotations

import textwrap
from bisect import bisect_right

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from store.view import UNASSIGNED

ALL = "__all__"
CURSOR = Style(reverse=True)


class RoundTimeline(ScrollView, can_focus=True):
    """Pick a round; the explorer shows both sides' positions in it."""

    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("g,home", "move(-1000)", "First", show=False),
        Binding("G,end", "move(1000)", "Last", show=False),
    ]

    highlighted: reactive[int] = reactive(0)

    class Highlighted(Message):
        """The round under the cursor changed (its id, or ALL)."""

        def __init__(self, round_id: str) -> None:
            self.round_id = round_id
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.counts: dict[str, int] = {}
        self._items: list[tuple[str, list[Text]]] = []  # (id, lines)
        self._tops: list[int] = []  # first line of each item
        self._rounds: tuple = ((), 0)

    @property
    def option_count(self) -> int:
        """How many entries the timeline holds (rounds plus All and Unassigned)."""
        return len(self._items)

    @property
    def highlighted_id(self) -> str | None:
        """The id under the cursor."""
        return self._items[self.highlighted][0] if self._items else None

    def set_rounds(self, rounds, counts: dict[str, int], total: int) -> None:
        """Fill the timeline: one entry per round, plus All rounds and Unassigned."""
        current = self.highlighted_id
        self.counts = counts
        self._rounds = (rounds, total)
        self._layout_items()
        ids = [i for i, _ in self._items]
        self.set_reactive(RoundTimeline.highlighted, ids.index(current) if current in ids else 0)
        self.refresh()

    def _layout_items(self) -> None:
        rounds, total = self._rounds
        width = max(self.size.width - 1, 10)
        items = [(ALL, [Text(f" All rounds · {total}", style="bold")])]
        for r in rounds:
            place = textwrap.shorten(f"{r.place}: {r.name}", width, placeholder="…")
            items.append((r.id, [Text(f" {r.start.isoformat()} · {self.counts.get(r.id, 0)}", style="bold"),
                                 Text(f" {place}", style="dim")]))
        items.append((UNASSIGNED, [Text(f" Unassigned · {self.counts.get(UNASSIGNED, 0)}")]))
        self._items = items
        self._tops, top = [], 0
        for _, lines in items:
            self._tops.append(top)
            top += len(lines)
        size = Size(self.size.width, top)
        if size != self.virtual_size:
            # Only this list's scroll range changed: no need to re-lay out the screen.
            self.set_reactive(Widget.virtual_size, size)
            self._scroll_update(size)

    def on_resize(self) -> None:
        self._layout_items()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        line_no = self.scroll_offset.y + y
        index = bisect_right(self._tops, line_no) - 1
        if not self._items or index < 0 or line_no >= self._tops[-1] + len(self._items[-1][1]):
            return Strip.blank(width)
        text = self._items[index][1][line_no - self._tops[index]].copy()
        if index == self.highlighted:
            text = Text("›") + text[1:]
        strip = Strip([s for s in text.render(self.app.console) if s.text != "\n"]).crop_extend(0, width, None)
        return strip.apply_style(CURSOR) if index == self.highlighted and self.has_focus else strip

    def watch_highlighted(self, old: int, new: int) -> None:
        if self._items:
            top = self._tops[new]
            self.scroll_to_region(Region(0, top, self.size.width, len(self._items[new][1])), animate=False)
            if old != new:
                self.post_message(self.Highlighted(self._items[new][0]))
        self.refresh()

    def action_move(self, delta: int) -> None:
        if self._items:
            self.highlighted = max(0, min(len(self._items) - 1, self.highlighted + delta))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: Click) -> None:
        at = event.get_content_offset(self)  # None on the border
        if at is None:
            return
        index = bisect_right(self._tops, self.scroll_offset.y + at.y) - 1
        if 0 <= index < len(self._items):
            self.highlighted = index
