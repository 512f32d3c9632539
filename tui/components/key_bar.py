"""The key bar: the focused screen's shown bindings in one line, drawn by one widget.

Textual's Footer mounts a widget per key and restyles each on every focus change; at
start-up that cost as much as the rest of the explorer. This bar is one render().
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class KeyBar(Widget):
    """'q Quit  ? Help  [ Prev round ...': shown bindings of the focus chain; click one to press it."""

    DEFAULT_CSS = """
    KeyBar { height: 1; dock: bottom; background: $panel; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._keys: list[tuple[int, int, str]] = []  # (x from, x to, key) for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen:
            self.refresh()

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        self._keys = []
        seen: set[str] = set()
        # The app's own keys (Help, Quit) first: at 80 columns the end of the line is cut off.
        active = sorted(self.screen.active_bindings.values(), key=lambda b: b[0] is not self.app)
        for _node, binding, enabled, _tooltip in active:
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)  # "j,down": one entry per action
            start = len(text)
            text.append(f" {self.app.get_key_display(binding)} ", style="bold reverse" if enabled else "dim")
            text.append(f"{binding.description} ", style="" if enabled else "dim")
            self._keys.append((start, len(text), binding.key.split(",")[0]))
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._keys:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
