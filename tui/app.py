"""The Parley Textual app: state and actions; screens and widgets only render and dispatch."""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding

from analysis.dossier import Dossier
from store.db import Store
from store.view import UNASSIGNED, Filters, View, load_view
from tui.present import default_name, safe, shown_words, trend_lines
from tui.screens.explorer import ExplorerScreen

# The drill-down and the dialogs are imported when first opened: start-up only needs the explorer.


class ParleyApp(App):
    """The stance explorer over one store and one dossier."""

    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses defined elsewhere find it
    TITLE = "Parley"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False),
    ]

    def __init__(self, store: Store, dossier: Dossier) -> None:
        super().__init__()
        self.store = store
        self.dossier = dossier
        self.view: View = load_view(store)
        self.filters = Filters()
        self.round: str | None = None
        self.marks: set[str] = set()
        self.side_ids = list(dossier.sides)[:2]  # the two negotiating parties, left and right
        self.sub_title = dossier.name
        self.export_default_name = default_name
        self._summary_of: View | None = None
        self._counts: dict[str, int] = {}
        self._trend: list = []

    def get_default_screen(self) -> ExplorerScreen:
        """The explorer is the app's first and base screen."""
        return ExplorerScreen()

    # -- state -------------------------------------------------------------------
    def visible(self) -> list[dict]:
        """Statements in the selected round that pass the filters."""
        return self.view.filtered(Filters(**{**self.filters.__dict__, "round": self.round}))

    def columns(self) -> dict[str, list[dict]]:
        """Visible statements split into the two sides' columns and the others'."""
        cols: dict[str, list[dict]] = {s: [] for s in self.side_ids}
        cols["others"] = []
        for st in self.visible():
            cols.get(st["side"], cols["others"]).append(st)
        return cols

    def refresh_explorer(self) -> None:
        """Redraw the explorer from the current state (cheap: lists render lazily)."""
        screen = self._explorer()
        if screen is None:
            return
        if self._summary_of is not self.view:  # per view, not per keypress
            self._summary_of = self.view
            self._counts = {k: len(v) for k, v in self.view.by_round.items()}
            self._trend = trend_lines(self.dossier.rounds, self.view.by_round, self.dossier.sides)
        screen.show(self.dossier.rounds, self._counts, len(self.view.statements), self._trend, self.columns(),
                    self.marks, self.filters.active())

    def _explorer(self) -> ExplorerScreen | None:
        return next((s for s in self.screen_stack if isinstance(s, ExplorerScreen)), None)

    def select_round(self, round_id: str | None) -> None:
        """Show the given round (None: all rounds)."""
        self.round = round_id
        self.refresh_explorer()

    def reload_view(self) -> None:
        """Re-read the store (after an ingest or a correction)."""
        self.view = load_view(self.store)
        self.marks &= set(self.view.by_id)
        self.refresh_explorer()

    def current_statement(self) -> dict | None:
        """The statement the user is on, in the explorer or the drill-down."""
        getter = getattr(self.screen, "current_statement", None)
        return getter() if getter else None

    # -- actions -----------------------------------------------------------------
    def open_statement(self, st: dict) -> None:
        """Drill down into a statement's article."""
        from tui.screens.drilldown import DrillDownScreen

        siblings = self.view.by_doc.get(st["doc_hash"], [st])
        self.push_screen(DrillDownScreen(st, siblings, self.view.documents.get(st["doc_hash"])))

    def toggle_mark(self, statement_id: str) -> None:
        """Mark or unmark one statement."""
        self.marks ^= {statement_id}
        self.refresh_explorer()
        self.notify(f"{len(self.marks)} marked", timeout=1.5)

    def action_mark_all(self) -> None:
        """Mark every visible statement."""
        self.marks |= {st["id"] for st in self.visible()}
        self.refresh_explorer()

    def action_clear_marks(self) -> None:
        """Unmark everything."""
        self.marks.clear()
        self.refresh_explorer()

    def action_search(self) -> None:
        """Free-text search (/)."""
        from tui.screens.filter_dialog import SearchPrompt

        def done(text: str | None) -> None:
            if text is not None:
                self.filters.search = text or None
                self.refresh_explorer()
        self.push_screen(SearchPrompt(self.filters.search), done)

    def action_filter(self) -> None:
        """Filter by org or speaker, stance, topic and text."""
        from tui.screens.filter_dialog import FilterDialog

        orgs = sorted({st["org"] for st in self.view.statements if st["org"]})
        def done(filters: Filters | None) -> None:
            if filters is not None:
                self.filters = filters
                self.refresh_explorer()
        self.push_screen(FilterDialog(self.filters, orgs, self.dossier.topics), done)

    def action_clear_filters(self) -> None:
        """Drop every filter (the round stays)."""
        self.filters = Filters()
        self.refresh_explorer()

    def _export_rows(self) -> tuple[list[dict], str]:
        """The marked statements (wherever they are), else every visible one."""
        if self.marks:
            return [st for st in self.view.statements if st["id"] in self.marks], "marked"
        return self.visible(), "visible"

    def action_export(self) -> None:
        """Export marked (or all visible) statements through the store's export."""
        from store.export import render, write_export
        from store.storage import StoreError
        from tui.screens.export_dialog import ExportDialog

        rows, what = self._export_rows()
        self.view.cited(rows)
        def done(choice) -> None:
            if choice is None:
                return
            fmt, path, force = choice
            try:
                where = write_export(render(rows, fmt, {r.id: r.name for r in self.dossier.rounds}), path, force)
            except StoreError as exc:
                self.notify(str(exc), severity="error", markup=False)
            else:
                self.notify(f"Exported {len(rows)} statements to {where}", markup=False)
        self.push_screen(ExportDialog(len(rows), what, self.export_default_name), done)

    def action_copy(self) -> None:
        """Copy marked quotes (or the current one) with citations to the clipboard (OSC 52)."""
        from store.export import cite

        current = self.current_statement()
        if self.marks:
            rows, _ = self._export_rows()
        else:
            rows = [current] if current else []
        if not rows:
            self.notify("Nothing to copy", severity="warning")
            return
        self.view.cited(rows)
        text = "\n\n".join(f"{shown_words(st)}\n— {safe(st.get('speaker') or st.get('org'))}, {cite(st)}"
                           for st in rows)
        self.copy_to_clipboard(text)
        self.notify(f"Copied {len(rows)} quote(s) with citations")

    def action_correct(self) -> None:
        """Correct the current statement."""
        from store.actions import correct_statement
        from store.storage import StoreError
        from tui.screens.correct_dialog import CorrectDialog

        st = self.current_statement()
        if st is None:
            self.notify("No statement selected", severity="warning")
            return
        def done(result) -> None:
            if result is None:
                return
            changes, not_statement = result
            if not changes and not_statement == st.get("not_statement"):
                return
            try:
                correct_statement(self.store, st["id"], changes, not_statement)
            except (StoreError, ValueError) as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.reload_view()
            from tui.screens.drilldown import DrillDownScreen

            if isinstance(self.screen, DrillDownScreen) and st["id"] in self.view.by_id:
                self.screen.show(self.view.by_id[st["id"]])
            self.notify("Correction saved")
        self.push_screen(CorrectDialog(st, [r.id for r in self.dossier.rounds] + [UNASSIGNED],
                                       [*self.dossier.sides, "other", "both"]), done)

    def action_ingest(self) -> None:
        """Add files or a folder from inside the app."""
        from tui.screens.ingest_dialog import IngestDialog

        self.push_screen(IngestDialog(self.store, self.dossier))

    def action_help(self) -> None:
        """Every key binding."""
        from tui.components.statement_list import StatementList
        from tui.screens.drilldown import DrillDownScreen
        from tui.screens.help import HelpScreen

        self.push_screen(HelpScreen([
            ("Everywhere", self.BINDINGS),
            ("Explorer", ExplorerScreen.BINDINGS),
            ("Statement lists", StatementList.BINDINGS),
            ("Drill-down", DrillDownScreen.BINDINGS),
        ]))

    def get_system_commands(self, screen):
        """The command palette offers every action of the app."""
        yield from super().get_system_commands(screen)
        for title, help_text, action in [
            ("Export", "Export marked or visible statements", self.action_export),
            ("Copy quotes", "Copy marked quotes with citations (OSC 52)", self.action_copy),
            ("Filter", "Filter by org, speaker, stance, topic, text", self.action_filter),
            ("Search", "Free-text search", self.action_search),
            ("Clear filters", "Drop every filter", self.action_clear_filters),
            ("Mark all visible", "Mark every visible statement", self.action_mark_all),
            ("Clear marks", "Unmark everything", self.action_clear_marks),
            ("Correct statement", "Change stance, speaker, side, round", self.action_correct),
            ("Ingest", "Add files or a folder", self.action_ingest),
            ("Keys", "Show every key binding", self.action_help),
        ]:
            yield SystemCommand(title, help_text, action)


def run_app(args) -> int:
    """Open the explorer on the store (ingesting the sample corpus on first run)."""
    from analysis.dossier import DossierError, load_dossier
    from store.ingest import ingest_sample_if_empty
    from store.storage import StoreError

    try:
        # The built-in dossier's patterns are tested; a user's are checked now, not at first ingest.
        dossier = load_dossier(args.dossier, check=args.dossier is not None)
        store = Store(args.db)
        first = ingest_sample_if_empty(store, dossier)
        if first:
            print(f"parley: first run: sample corpus ingested into {store.path} ({first.line()})", file=sys.stderr)
        app = ParleyApp(store, dossier)
    except (DossierError, StoreError) as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return 2
    app.run()
    return 0
