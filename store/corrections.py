"""Analyst corrections: keyed to survive re-analysis, applied on read, exported as gold."""

from __future__ import annotations

import getpass
import hashlib
import json
from datetime import datetime, timezone

from analysis.text import display_text

FIELDS = ("speaker", "org", "side", "stance", "round")
STANCES = ("favor", "oppose", "neutral")


def correction_key(doc_hash: str, text: str) -> str:
    """A statement's identity across re-analysis: its document's hash and its folded text."""
    return hashlib.sha1(f"{doc_hash}\n{display_text(text)}".encode()).hexdigest()[:20]


def who() -> str:
    """The login name recorded with a correction."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def make_correction(statement: dict, changes: dict, not_statement: bool | None, previous: dict | None) -> dict:
    """A correction row: merged with any earlier one for the same statement, with history."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"cannot correct {', '.join(sorted(unknown))}: only {', '.join(FIELDS)}")
    if "stance" in changes and changes["stance"] not in STANCES:
        raise ValueError(f"stance must be one of {', '.join(STANCES)}")
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    row = dict(previous or {})
    row.update({
        "key": correction_key(statement["doc_hash"], statement["text"]),
        "doc_hash": statement["doc_hash"], "doc": statement["doc"], "text": statement["text"],
        "changes": {**row.get("changes", {}), **changes},
        "not_statement": bool(not_statement) if not_statement is not None else row.get("not_statement", False),
        "who": who(), "when": now,
    })
    row["history"] = row.get("history", []) + [{"who": row["who"], "when": now, "changes": changes,
                                                  "not_statement": not_statement}]
    return row


def apply_corrections(statements: list[dict], corrections: dict[str, dict]) -> list[dict]:
    """Apply corrections in place (rows fresh from the database); each row says what was corrected."""
    out = statements
    used: set[str] = set()
    for row in statements:
        corr = corrections.get(row.get("key") or correction_key(row["doc_hash"], row["text"])) if corrections else None
        row["corrected"] = []
        row["not_statement"] = False
        if corr:
            used.add(corr["key"])
            _apply(row, corr)
    # Re-analysis can move sentence boundaries: a correction whose text now sits inside a
    # longer (or shorter) statement of the same document still applies to it.
    for key, corr in corrections.items():
        if key in used:
            continue
        folded = display_text(corr["text"])
        for row in out:
            if row["doc_hash"] == corr["doc_hash"] and not row["corrected"] and (
                    folded in display_text(row["text"]) or display_text(row["text"]) in folded):
                _apply(row, corr)
                break
    return out


def _apply(row: dict, corr: dict) -> None:
    for k, v in corr.get("changes", {}).items():
        if row.get(k) != v:
            row[k] = v
            row["corrected"].append(k)
    if corr.get("not_statement"):
        row["not_statement"] = True
        row["corrected"].append("not_statement")
    row["corrected_by"] = corr.get("who")
    row["corrected_at"] = corr.get("when")


def corrections_as_gold(statements: list[dict]) -> str:
    """Corrected statements as a gold file (the format of shared/eval), one JSON object a line.

    Statements marked "not a statement" are left out: the gold lists only real statements.
    """
    lines = []
    for st in statements:
        if not st.get("corrected") or st.get("not_statement"):
            continue
        lines.append(json.dumps({
            "doc": st["doc"], "anchor": display_text(st["text"]), "kind": st["kind"],
            "speaker": st["speaker"], "org": [st["org"]] if st["org"] else [], "side": st["side"],
            "stance": [st["stance"]], "round": [st["round"]] if st["round"] else [], "required": True,
            "note": f"corrected by {st.get('corrected_by')} at {st.get('corrected_at')}: "
                    f"{', '.join(st['corrected'])}",
        }, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")
