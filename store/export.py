"""Export statements (corrections applied) as CSV, JSON Lines or Markdown, written atomically."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from analysis.text import display_text
from store.storage import StoreError, atomic_write_bytes

FORMATS = ("csv", "jsonl", "md")
CONTRACT = ("id", "doc", "doc_date", "start", "end", "text", "quote", "kind", "speaker", "org", "side",
            "stance", "stance_score", "confidence", "tone", "topics", "round", "round_reason", "evidence",
            "duplicate_of")
CSV_COLUMNS = ("id", "doc", "title", "doc_date", "paragraph", "round", "side", "org", "speaker", "stance",
               "stance_score", "confidence", "tone", "kind", "topics", "quote", "text", "duplicate_of",
               "corrected")


def to_jsonl(statements: list[dict]) -> str:
    """One JSON object per statement: the analysis contract plus `source` and `corrected`."""
    lines = []
    for st in statements:
        row = {k: st.get(k) for k in CONTRACT}
        row["source"] = st.get("source")
        row["corrected"] = st.get("corrected", [])
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def csv_row(st: dict) -> dict:
    """A statement flattened to the CSV columns."""
    src = st.get("source") or {}
    return {
        **{k: st.get(k) for k in CSV_COLUMNS},
        "title": src.get("title", ""), "paragraph": src.get("paragraph", ""),
        "topics": ";".join(st.get("topics") or []), "corrected": ";".join(st.get("corrected") or []),
        "text": display_text(st["text"]), "quote": display_text(st["quote"]) if st.get("quote") else "",
    }


def to_csv(statements: list[dict]) -> str:
    """RFC 4180 CSV (CRLF line ends, quoted where needed) with a header row."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for st in statements:
        writer.writerow({k: "" if v is None else v for k, v in csv_row(st).items()})
    return buf.getvalue()


def cite(st: dict) -> str:
    """A citation: title (or file), date, paragraph."""
    src = st.get("source") or {}
    date = src.get("date") or "undated"
    return f"{src.get('title') or st['doc']} ({st['doc']}), {date}, para. {src.get('paragraph', '?')}"


def _md_escape(text: str) -> str:
    return display_text(text).replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def to_markdown(statements: list[dict], round_names: dict[str, str] | None = None) -> str:
    """Statements grouped by round and side; each quote with speaker, stance and citation."""
    round_names = round_names or {}
    out = ["# Parley export", ""]
    by_round: dict[str, dict[str, list[dict]]] = {}
    for st in statements:
        by_round.setdefault(st["round"] or "unassigned", {}).setdefault(st["side"] or "unknown", []).append(st)
    for rnd in sorted(by_round, key=lambda r: (r == "unassigned", r)):
        title = round_names.get(rnd, "")
        out += [f"## {rnd}{' — ' + title if title else ''}", ""]
        for side in sorted(by_round[rnd]):
            out += [f"### {side}", ""]
            for st in by_round[rnd][side]:
                who = ", ".join(x for x in (st.get("speaker"), st.get("org")) if x) or "unknown speaker"
                if st.get("kind") == "direct" and st.get("quote"):
                    words = f"“{_md_escape(st['quote'])}”"
                else:
                    words = _md_escape(st["text"])
                out.append(f"- **{_md_escape(who)}** ({st['stance']}): {words}  ")
                out.append(f"  — {_md_escape(cite(st))}")
            out.append("")
    return "\n".join(out)


def render(statements: list[dict], fmt: str, round_names: dict[str, str] | None = None) -> str:
    """Statements in one of FORMATS."""
    if fmt == "csv":
        return to_csv(statements)
    if fmt == "jsonl":
        return to_jsonl(statements)
    if fmt == "md":
        return to_markdown(statements, round_names)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_export(payload: str, target: str | None, force: bool = False) -> str:
    """Write to a file atomically (never over an existing one without force), or to stdout for '-'."""
    if target in (None, "-"):
        sys.stdout.write(payload)
        sys.stdout.flush()
        return "stdout"
    path = Path(target).expanduser()
    if path.exists() and not force:
        raise StoreError(f"{path} exists: choose another name or pass --force to overwrite it")
    if not path.parent.is_dir():
        raise StoreError(f"folder {path.parent} does not exist")
    try:
        atomic_write_bytes(path, payload.encode("utf-8"), mode=0o644)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc} (nothing was written)") from exc
    return str(path)
