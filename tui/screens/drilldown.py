"""Drill-down: the source article with the statement highlighted, its metadata and the 'why'."""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from analysis.text import normalise
from tui.components.key_bar import KeyBar
from tui.components.title_bar import TitleBar
from tui.present import safe, stance_badge, who

HIGHLIGHT = "reverse bold"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of the article as read."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def why_text(st: dict, doc: dict | None) -> Text:
    """Metadata and the reasons behind each label, as plain Text."""
    ev = st.get("evidence") or {}
    t = Text()
    t.append("Statement  ", style="bold")
    t.append_text(stance_badge(st["stance"]))
    t.append(f"  {who(st)}  side {st.get('side') or '-'}  {st['kind']}\n")
    if doc:
        t.append("Article    ", style="bold")
        t.append(f"{safe(doc.get('title'))} ({safe(doc.get('name'))})\n")
        t.append("Date       ", style="bold")
        t.append(f"{doc.get('date') or 'unknown'}: {safe(doc.get('date_reason'))}\n")
    t.append("Speaker    ", style="bold")
    t.append(safe("; ".join(ev.get("attribution", [])) or "-") + "\n")
    t.append("Stance     ", style="bold")
    cues = ", ".join(ev.get("stance_cues", [])) or "no cue"
    rules = "; ".join(ev.get("stance_rules", []))
    t.append(safe(f"score {st.get('stance_score', 0):+.2f}, confidence {st.get('confidence', 0):.2f}; cues: {cues}"
                  + (f"; rules: {rules}" if rules else "")) + "\n")
    t.append("Round      ", style="bold")
    t.append(f"{st.get('round') or 'unassigned'}: {safe(st.get('round_reason'))}\n")
    t.append("Also       ", style="bold")
    t.append(f"tone {st.get('tone', 0):+.2f} · topics {', '.join(st.get('topics') or []) or '-'}"
             f" · {st.get('sources', 1)} source(s)")
    if st.get("corrected"):
        t.append(f" · corrected: {', '.join(st['corrected'])} by {safe(st.get('corrected_by'))}")
    return t


class DrillDownScreen(Screen):
    """One statement in its article; n/p move to the next or previous statement of the article."""

    BINDINGS = [
        Binding("escape,q,backspace", "app.pop_screen", "Back"),
        Binding("n", "step(1)", "Next in article"),
        Binding("p", "step(-1)", "Prev in article"),
        Binding("space", "mark", "Mark"),
        Binding("c", "app.correct", "Correct"),
        Binding("j,down", "scroll_article(1)", "Scroll", show=False),
        Binding("k,up", "scroll_article(-1)", "Scroll", show=False),
    ]

    def __init__(self, statement: dict, article_statements: list[dict], doc: dict | None) -> None:
        super().__init__()
        self.statement = statement
        self.article_statements = article_statements
        self.doc = doc

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield VerticalScroll(id="article")
        with VerticalScroll(id="why-pane"):  # focusable (Tab) so a long 'why' scrolls at 80x24
            yield Static(id="why")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show(self.statement)

    def current_statement(self) -> dict:
        """The statement shown."""
        return self.statement

    def show(self, st: dict) -> None:
        """Render the article with `st` highlighted and scroll it into view."""
        self.statement = st
        self.sub_title = f"{st['doc']} · statement {self._position() + 1} of {len(self.article_statements)}"
        text = normalise((self.doc or {}).get("text") or st["text"])
        article = self.query_one("#article", VerticalScroll)
        article.remove_children()
        target = None
        widgets = []
        for start, end in paragraphs(text):
            para = Text(text[start:end])
            if start < st["end"] and st["start"] < end:
                para.stylize(HIGHLIGHT, max(st["start"], start) - start, min(st["end"], end) - start)
                target = len(widgets)
            widgets.append(Static(para, classes="para"))
        article.mount_all(widgets)
        if target is not None:
            self.call_after_refresh(widgets[target].scroll_visible, animate=False, top=True)
        self.query_one("#why", Static).update(why_text(st, self.doc))

    def _position(self) -> int:
        ids = [s["id"] for s in self.article_statements]
        return ids.index(self.statement["id"]) if self.statement["id"] in ids else 0

    def action_step(self, delta: int) -> None:
        if self.article_statements:
            self.show(self.article_statements[(self._position() + delta) % len(self.article_statements)])

    def action_mark(self) -> None:
        self.app.toggle_mark(self.statement["id"])

    def action_scroll_article(self, delta: int) -> None:
        article = self.query_one("#article", VerticalScroll)
        article.scroll_relative(y=delta * 2, animate=False)
