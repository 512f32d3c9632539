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
        self._cards: dict[tuple, list[Text]] = {}

    # -- data ------------------------------------------------------------------
    def set_statements(self, rows: list[dict], marks: set[str]) -> None:
        """Show these statements; keeps the cursor where it can. O(1) in the number of rows."""
        self.rows = rows
        self.marks = marks
        self._cards.clear()
        self.virtual_size = Size(self.size.width, len(rows) * ITEM_HEIGHT)
        self.cursor = min(self.cursor, max(len(rows) - 1, 0))
        self.refresh()

    @property
    def current(self) -> dict | None:
        """The statement under the cursor, if any."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    # -- rendering ---------------------------------------------------------------
    def on_resize(self) -> None:
        self._cards.clear()
        self.virtual_size = Size(self.size.width, len(self.rows) * ITEM_HEIGHT)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        index, line = divmod(self.scroll_offset.y + y, ITEM_HEIGHT)
        if not self.rows:
            text = Text("  (no statements)" if y == 0 else "", style="dim")
            return Strip(list(text.render(self.app.console)), text.cell_len).crop_extend(0, width, None)
        if index >= len(self.rows):
            return Strip.blank(width)
        st = self.rows[index]
        marked = st["id"] in self.marks
        key = (st["id"], width, marked)
        lines = self._cards.get(key)
        if lines is None:
            lines = self._cards[key] = card_lines(st, width, marked)
        text = lines[line]
        if index == self.cursor:
            text = text.copy()
            if line == 0:
                text = Text(">") + text[1:]
        segments = [s for s in text.render(self.app.console) if s.text != "\n"]
        strip = Strip(segments).crop_extend(0, width, None)
        if index == self.cursor and self.has_focus:
            strip = strip.apply_style(CURSOR)
        return strip

    # -- movement ------------------------------------------------------------------
    def watch_cursor(self, old: int, new: int) -> None:
        if self.rows:
            self.scroll_to_region(Region(0, new * ITEM_HEIGHT, self.size.width, ITEM_HEIGHT), animate=False)
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
        index = (self.scroll_offset.y + event.y) // ITEM_HEIGHT
        if 0 <= index < len(self.rows):
            self.cursor = index
            if event.chain >= 2:
                self.action_open()
