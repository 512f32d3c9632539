"""Score statements against a gold file in the format of shared/eval (recall, precision, label accuracy)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from analysis.model import Statement

STANCES = ("favor", "oppose", "neutral")


class GoldError(ValueError):
    """The gold file is unreadable or a line is malformed."""


def fold(text: str) -> str:
    """Fold runs of whitespace (non-breaking spaces included) to one space, and curly apostrophes."""
    return " ".join(text.replace("\u00a0", " ").split()).replace("’", "'")


def load_gold(path: str | Path) -> list[dict]:
    """Gold items, one JSON object a line."""
    items = []
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot read gold file {path}: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            for key in ("doc", "anchor", "side", "org", "stance", "round"):
                item[key]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}:{n}: not a gold item ({exc})") from exc
        item.setdefault("required", True)
        items.append(item)
    return items


@dataclass
class Report:
    """An evaluation's figures and the list of misses."""

    summary: dict
    misses: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)


def match(gold: list[dict], statements: list[Statement]) -> list[tuple[dict, Statement | None]]:
    """Pair each gold item with the statement whose text contains its anchor (each used once)."""
    by_doc: dict[str, list[Statement]] = {}
    for st in statements:
        by_doc.setdefault(st.doc, []).append(st)
    used: set[str] = set()
    pairs = []
    # Required items first, so an optional one never takes the statement a required one needs.
    for item in sorted(gold, key=lambda g: not g.get("required", True)):
        anchor = fold(item["anchor"])
        hit = next((st for st in by_doc.get(item["doc"], []) if st.id not in used and anchor in fold(st.text)), None)
        if hit is not None:
            used.add(hit.id)
        pairs.append((item, hit))
    return pairs


def _macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for label in STANCES:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label and g != label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        if tp + fp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def _kappa(gold: list[str], pred: list[str]) -> float | None:
    if not gold:
        return None
    from nltk.metrics.agreement import AnnotationTask

    data = [("gold", i, g) for i, g in enumerate(gold)] + [("parley", i, p) for i, p in enumerate(pred)]
    try:
        return AnnotationTask(data=data).kappa()
    except ZeroDivisionError:
        return 1.0 if gold == pred else 0.0


def evaluate(gold: list[dict], statements: list[Statement]) -> Report:
    """Recall of required items, precision, label accuracy on found items, stance F1 and kappa."""
    pairs = match(gold, statements)
    required = [(g, s) for g, s in pairs if g.get("required", True)]
    found = [(g, s) for g, s in pairs if s is not None]
    matched_ids = {s.id for _, s in found}
    docs = {g["doc"] for g in gold}
    scored = [s for s in statements if s.doc in docs]
    false_alarms = [s for s in scored if s.id not in matched_ids]

    def acc(ok) -> float:
        return round(sum(ok(g, s) for g, s in found) / len(found), 4) if found else 0.0

    preferred = [g["stance"][0] for g, _ in found]
    predicted = [s.stance for _, s in found]
    speaker_items = [(g, s) for g, s in found if g.get("speaker")]
    summary = {
        "gold_items": len(gold), "required": len(required), "statements": len(scored),
        "found": len(found), "found_required": sum(s is not None for _, s in required),
        "recall": round(sum(s is not None for _, s in required) / len(required), 4) if required else 0.0,
        "precision": round((len(scored) - len(false_alarms)) / len(scored), 4) if scored else 0.0,
        "org_accuracy": acc(lambda g, s: s.org in g["org"]),
        "side_accuracy": acc(lambda g, s: s.side == g["side"]),
        "stance_accuracy": acc(lambda g, s: s.stance in g["stance"]),
        "round_accuracy": acc(lambda g, s: s.round in g["round"]),
        "speaker_accuracy": round(sum(s.speaker == g["speaker"] for g, s in speaker_items) / len(speaker_items), 4)
        if speaker_items else None,
        "stance_macro_f1": round(_macro_f1(preferred, predicted), 4),
        "stance_kappa": None if (k := _kappa(preferred, predicted)) is None else round(k, 4),
        "stance_confusion": dict(Counter(f"{g}->{p}" for g, p in zip(preferred, predicted))),
    }
    misses = [{"doc": g["doc"], "anchor": g["anchor"]} for g, s in required if s is None]
    errors = []
    for g, s in found:
        wrong = [k for k, ok in (("org", s.org in g["org"]), ("side", s.side == g["side"]),
                                 ("stance", s.stance in g["stance"]), ("round", s.round in g["round"])) if not ok]
        if wrong:
            errors.append({"doc": g["doc"], "anchor": g["anchor"], "wrong": wrong,
                           "got": {k: getattr(s, k) for k in wrong},
                           "want": {k: g[k] for k in wrong}})
    alarms = [{"doc": s.doc, "text": s.text[:100]} for s in false_alarms]
    return Report(summary, misses, errors, alarms)
