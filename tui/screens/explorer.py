"""The main view: rounds on the left, US and Korean positions side by side, others below."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen

from tui.components.filter_bar import FilterBar
from tui.components.key_bar import KeyBar
from tui.components.round_timeline import ALL, RoundTimeline
from tui.components.statement_list import StatementList
from tui.components.title_bar import TitleBar
from tui.components.trend import Trend
from tui.present import side_label, summary_text

NARROW = 70  # below this width the timeline and the others' pane make way for the two sides


class ExplorerScreen(Screen):
    """Both sides' positions in the selected round, with filters, marks and drill-down."""

    BINDINGS = [
        Binding("left_square_bracket", "round(-1)", "Prev round"),
        Binding("right_square_bracket", "round(1)", "Next round"),
        Binding("h,left", "pane(-1)", "Prev pane", show=False),
        Binding("l,right", "pane(1)", "Next pane", show=False),
        Binding("slash", "app.search", "Search"),
        Binding("f", "app.filter", "Filter"),
        Binding("x", "app.clear_filters", "Clear filters", show=False),
        Binding("a", "app.mark_all", "Mark all", show=False),
        Binding("u", "app.clear_marks", "Clear marks", show=False),
        Binding("e", "app.export", "Export"),
        Binding("y", "app.copy", "Copy", show=False),
        Binding("c", "app.correct", "Correct"),
        Binding("i", "app.ingest", "Ingest", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield RoundTimeline(id="rounds")
                yield Trend(id="trend")
            with Vertical(id="columns"):
                with Horizontal(id="sides"):
                    yield StatementList(id="side-a", classes="side")
                    yield StatementList(id="side-b", classes="side")
                yield StatementList(id="others")
        yield FilterBar(id="filters")
        yield KeyBar()

    @property
    def lists(self) -> list[StatementList]:
        """The statement panes, left to right."""
        return [self.query_one("#side-a", StatementList), self.query_one("#side-b", StatementList),
                self.query_one("#others", StatementList)]

    def on_mount(self) -> None:
        self.app.refresh_explorer()
        self.query_one("#side-a").focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "narrow")

    def show(self, rounds, counts, total, trend, columns: dict[str, list[dict]], marks, active) -> None:
        """Redraw every pane from the app's state."""
        timeline = self.query_one(RoundTimeline)
        if timeline.option_count != len(rounds) + 2 or timeline.counts != counts:
            timeline.set_rounds(rounds, counts, total)
        sides = self.app.side_ids
        self.query_one(Trend).show(trend)
        for widget, key in zip(self.lists, [*sides, "others"]):
            label = "Others & joint" if key == "others" else side_label(self.app.dossier.sides, key)
            widget.border_title = summary_text(label, columns[key])
            widget.set_statements(columns[key], marks)
        self.query_one(FilterBar).show(active, len(marks), sum(len(v) for v in columns.values()))
        if isinstance(self.focused, StatementList) and not self.focused.rows:
            # The focused column emptied (new round or filter): move to one that has statements.
            target = next((w for w in self.lists if w.rows and w.display), None)
            if target is not None:
                target.focus()

    def on_round_timeline_highlighted(self, event: RoundTimeline.Highlighted) -> None:
        self.app.select_round(None if event.round_id == ALL else event.round_id)

    def action_round(self, delta: int) -> None:
        timeline = self.query_one(RoundTimeline)
        if timeline.option_count:
            timeline.highlighted = max(0, min(timeline.option_count - 1, (timeline.highlighted or 0) + delta))

    def action_pane(self, delta: int) -> None:
        panes = [w for w in (self.query_one(RoundTimeline), *self.lists) if w.display and w.parent.display]
        focused = self.focused if self.focused in panes else panes[0]
        panes[(panes.index(focused) + delta) % len(panes)].focus()

    def current_statement(self) -> dict | None:
        """The statement under the cursor of the focused pane (or the first side's)."""
        pane = self.focused if isinstance(self.focused, StatementList) else self.lists[0]
        return pane.current

    def on_statement_list_opened(self, event: StatementList.Opened) -> None:
        self.app.open_statement(event.statement)

    def on_statement_list_mark_toggled(self, event: StatementList.MarkToggled) -> None:
        self.app.toggle_mark(event.statement["id"])
