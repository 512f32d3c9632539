"""A virtual list of statement cards: renders only the visible lines, so size never slows it."""

from __future__ import annotations

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

from tui.present import card_lines

ITEM_HEIGHT = 4
CURSOR = Style(reverse=True)


class StatementList(ScrollView, can_focus=True):
    """Fixed-height statement cards in a scrolling column; Enter opens, Space marks."""

    BINDINGS = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
        Binding("pageup", "page_up_items", "Page up", show=False),
        Binding("pagedown", "page_down_items", "Page down", show=False),
        Binding("enter", "open", "Open"),
        Binding("space", "toggle_mark", "Mark"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class Opened(Message):
        """The user asked to open a statement (Enter or double click)."""

        def __init__(self, statement: dict) -> None:
            self.statement = statement
            super().__init__()

    class MarkToggled(Message):
        """The user marked or unmarked a statement."""

        def __init__(self, statement: dict) -> None:
            self.statement = statement
            super().__init__()

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: list[dict] = []
        self.marks: set[str] = set()
        self._cards: dict[tuple, list[Strip]] = {}

    # -- data ------------------------------------------------------------------
    def set_statements(self, rows: list[dict], marks: set[str]) -> None:
        """Show these statements; keeps the cursor where it can. O(1) in the number of rows."""
        self.rows = rows
        self.marks = marks
        self._cards.clear()
        self._set_virtual_height(len(rows) * ITEM_HEIGHT)
        self.cursor = min(self.cursor, max(len(rows) - 1, 0))
        self._show_position()
        self.refresh()

    def _show_position(self) -> None:
        # In place of a scrollbar (a column at 80x24, and a widget to style at start-up):
        # "3/12" on the bottom border says where the cursor is and how many there are.
        self.border_subtitle = f"{self.cursor + 1}/{len(self.rows)}" if self.rows else ""

    def _set_virtual_height(self, height: int) -> None:
        # Setting virtual_size the usual way re-lays out the whole screen (a reactive with
        # layout=True); only this list's scroll range changed, so update it and its scrollbar.
        size = Size(self.size.width, height)
        if size != self.virtual_size:
            self.set_reactive(Widget.virtual_size, size)
            self._scroll_update(size)

    @property
    def current(self) -> dict | None:
        """The statement under the cursor, if any."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    # -- rendering ---------------------------------------------------------------
    def on_resize(self) -> None:
        self._cards.clear()
        self._set_virtual_height(len(self.rows) * ITEM_HEIGHT)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        index, line = divmod(self.scroll_offset.y + y, ITEM_HEIGHT)
        if not self.rows:
            text = Text("  (no statements)" if y == 0 else "", style="dim")
            return Strip(list(text.render(self.app.console)), text.cell_len).crop_extend(0, width, None)
        if index >= len(self.rows):
            return Strip.blank(width)
        st = self.rows[index]
        is_cursor = index == self.cursor
        key = (st["id"], width, st["id"] in self.marks, is_cursor, is_cursor and self.has_focus)
        strips = self._cards.get(key)
        if strips is None:
            strips = self._cards[key] = self._card_strips(st, width, key[2], is_cursor, key[4])
        return strips[line]

    def _card_strips(self, st: dict, width: int, marked: bool, is_cursor: bool, focused: bool) -> list[Strip]:
        """A card's lines rendered once; repaints and scrolling reuse them."""
        lines = card_lines(st, width, marked)
        if is_cursor:
            lines[0] = Text(">") + lines[0][1:]
        strips = []
        for text in lines:
            segments = [s for s in text.render(self.app.console) if s.text != "\n"]
            strip = Strip(segments).crop_extend(0, width, None)
            strips.append(strip.apply_style(CURSOR) if focused else strip)
        return strips

    # -- movement ------------------------------------------------------------------
    def watch_cursor(self, old: int, new: int) -> None:
        if self.rows:
            self.scroll_to_region(Region(0, new * ITEM_HEIGHT, self.size.width, ITEM_HEIGHT), animate=False)
        self._show_position()
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def _move(self, delta: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + delta))

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_first(self) -> None:
        self._move(-len(self.rows))

    def action_last(self) -> None:
        self._move(len(self.rows))

    def action_page_up_items(self) -> None:
        self._move(-max(1, self.size.height // ITEM_HEIGHT))

    def action_page_down_items(self) -> None:
        self._move(max(1, self.size.height // ITEM_HEIGHT))

    def action_open(self) -> None:
        if self.current:
            self.post_message(self.Opened(self.current))

    def action_toggle_mark(self) -> None:
        if self.current:
            self.post_message(self.MarkToggled(self.current))

    def on_click(self, event: Click) -> None:
        at = event.get_content_offset(self)  # None on the border
        if at is None:
            return
        index = (self.scroll_offset.y + at.y) // ITEM_HEIGHT
        if 0 <= index < len(self.rows):
            self.cursor = index
            if event.chain >= 2:
                self.action_open()
