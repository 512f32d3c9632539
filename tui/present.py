"""How statements look on screen: plain functions from store rows to rich Text (never markup).

Article text is untrusted: it only ever enters a Text as a plain string, after
display_text() has blanked control characters, so it can never be read as markup or
reach the terminal as an escape sequence.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

from rich.text import Text

from analysis.text import display_text

# Stance is shown by a symbol and a word as well as a colour, so it reads in monochrome.
STANCE_LOOK = {
    "favor": ("[+]", "favor", "bold green"),
    "oppose": ("[-]", "oppose", "bold red"),
    "neutral": ("[=]", "neutral", "bold"),
}
def side_label(sides: dict[str, dict], side: str) -> str:
    """A side's short name from the dossier ('Korea' for KR), else its id."""
    info = sides.get(side, {})
    return info.get("short") or info.get("name") or side


def safe(text: str | None) -> str:
    """Untrusted text made safe to display: control characters blanked, whitespace folded."""
    return display_text(text or "")


def stance_badge(stance: str) -> Text:
    """'[+] favor' in the stance's colour."""
    symbol, word, style = STANCE_LOOK.get(stance, ("[?]", stance, ""))
    return Text(f"{symbol} {word}", style=style)


def who(st: dict) -> str:
    """Speaker and org, or whichever is known."""
    parts = [p for p in (st.get("speaker"), st.get("org")) if p]
    return safe(" · ".join(parts)) if parts else "unknown speaker"


def shown_words(st: dict) -> str:
    """The quotation for a direct statement, else the statement's sentence."""
    if st.get("kind") == "direct" and st.get("quote"):
        return "“" + safe(st["quote"]) + "”"
    return safe(st["text"])


def meta_line(st: dict) -> str:
    """Tone, topics and the number of sources, for a card's last line."""
    parts = [f"tone {st.get('tone', 0):+.2f}"]
    if st.get("topics"):
        parts.append(", ".join(st["topics"]))
    if st.get("sources", 1) > 1:
        parts.append(f"{st['sources']} sources")
    if st.get("corrected"):
        parts.append("corrected")
    return " · ".join(parts)


def wrap(text: str, width: int, lines: int) -> list[str]:
    """Word-wrap to exactly `lines` lines of `width` cells; the last ends in '…' if text was cut."""
    width = max(width, 4)
    out = textwrap.wrap(text, width) or [""]
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1] + "…"
    return out + [""] * (lines - len(out))


def card_lines(st: dict, width: int, marked: bool) -> list[Text]:
    """A statement as four lines: stance and org; speaker and words on two lines; tone, topics, sources.

    The speaker leads the words ("Robert Lighthizer: ...") so narrow columns at 80x24 still show it.
    """
    head = Text("* " if marked else "  ", style="bold")
    head.append_text(stance_badge(st["stance"]))
    org = "joint" if st.get("side") == "both" else safe(st.get("org")) or "unknown org"
    head.append(" " + org, style="bold")
    speaker = safe(st.get("speaker"))
    body = wrap((f"{speaker}: " if speaker else "") + shown_words(st), width - 2, 2)
    first = Text("  " + body[0])
    if speaker and body[0].startswith(speaker + ":"):
        first.stylize("bold", 2, 3 + len(speaker))
    return [head, first, Text("  " + body[1]), Text("  " + meta_line(st), style="dim")]


def side_summary(statements: list[dict]) -> dict:
    """Counts by stance and the net position (favor - oppose) / total."""
    counts = {"favor": 0, "oppose": 0, "neutral": 0}
    for st in statements:
        counts[st["stance"]] = counts.get(st["stance"], 0) + 1
    total = sum(counts.values())
    net = (counts["favor"] - counts["oppose"]) / total if total else 0.0
    return {**counts, "total": total, "net": net}


def summary_text(label: str, statements: list[dict]) -> str:
    """'US +9 -1 =2 net +0.7' for a column title: counts by stance and the net position."""
    s = side_summary(statements)
    if not s["total"]:
        return f"{label}: none"
    return f"{label} +{s['favor']} -{s['oppose']} ={s['neutral']} net {s['net']:+.1f}"


def trend_lines(rounds, by_round: dict[str, list[dict]], sides: dict[str, dict]) -> list[tuple[str, list[float | None]]]:
    """For each negotiating side, its net position in each round (None where it said nothing)."""
    lines = []
    for side in list(sides)[:2]:
        nets = []
        for r in rounds:
            rows = [s for s in by_round.get(r.id, []) if s["side"] == side]
            nets.append(side_summary(rows)["net"] if rows else None)
        lines.append((side_label(sides, side), nets))
    return lines


BARS = "▁▂▃▄▅▆▇█"


def trend_bar(nets: list[float | None]) -> str:
    """One character per round for net positions in [-1, 1]; '·' where a side said nothing."""
    out = []
    for n in nets:
        if n is None:
            out.append("·")
        else:
            out.append(BARS[min(len(BARS) - 1, int((n + 1) / 2 * len(BARS)))])
    return "".join(out)


def default_name(fmt: str, now: datetime | None = None) -> str:
    """A safe export file name in the current folder: parley-export-YYYYMMDD-HHMM.<fmt>."""
    now = now or datetime.now()
    return str(Path.cwd() / f"parley-export-{now:%Y%m%d-%H%M}.{fmt}")
