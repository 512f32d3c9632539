"""Ingest from inside the app: a path, then a worker ingests while a progress bar runs."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Input, Label, ProgressBar

from tui.screens.dialog import Dialog


class IngestDialog(Dialog):
    """Runs an ingest in a worker; Esc or Close leaves once it has finished."""

    class Progress(Message):
        """Files done out of total."""

        def __init__(self, done: int, total: int) -> None:
            self.done, self.total = done, total
            super().__init__()

    class Finished(Message):
        """The ingest ended: a summary line, or an error."""

        def __init__(self, summary: str, error: bool = False) -> None:
            self.summary, self.error = summary, error
            super().__init__()

    def __init__(self, store, dossier) -> None:
        super().__init__()
        self.store = store
        self.dossier = dossier
        self.running = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text("Ingest files or a folder", style="bold"))
            yield Input(str(Path.cwd()), id="path", compact=True)
            yield ProgressBar(id="progress", show_eta=True)
            yield Label("", id="status")
            with Horizontal(id="buttons"):
                yield Button("Ingest", variant="primary", id="ok", compact=True)
                yield Button("Close", id="cancel", compact=True)

    def action_save(self) -> None:
        if self.running:
            return
        path = Path(self.query_one("#path", Input).value.strip()).expanduser()
        if not path.exists():
            self.query_one("#status", Label).update(f"No such file or folder: {path}")
            return
        self.running = True
        self.query_one("#status", Label).update("Ingesting…")
        self.run_ingest(path)

    @work(thread=True, exclusive=True)
    def run_ingest(self, path: Path) -> None:
        """Analyse and store in a thread; the UI stays responsive and gets typed messages."""
        from store.ingest import ingest

        try:
            summary = ingest(self.store, [path], self.dossier, lambda d, t: self.post_message(self.Progress(d, t)))
            self.post_message(self.Finished(summary.line()))
        except Exception as exc:  # a store error must reach the user, not kill the app
            self.post_message(self.Finished(f"Ingest failed: {exc}", error=True))

    def on_ingest_dialog_progress(self, message: Progress) -> None:
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)

    def on_ingest_dialog_finished(self, message: Finished) -> None:
        self.running = False
        self.query_one("#status", Label).update(Text(message.summary))
        if not message.error:
            self.app.reload_view()

    def action_cancel(self) -> None:
        if not self.running:
            self.dismiss(None)
