"""Assign a statement to a negotiation round, with the reason."""

from __future__ import annotations

from datetime import date, timedelta

from analysis.dates import DateMention
from analysis.dossier import Dossier, Round
from analysis.scan import Scanned

# Dates this long before the first round are background ("since 2012"), not a round.
_BEFORE_MARGIN = timedelta(days=45)


def round_on(dossier: Dossier, day: date) -> Round | None:
    """The round under way on `day`, else the latest begun on or before it."""
    current = None
    for r in dossier.rounds:
        if r.start <= day:
            current = r
    return current


def round_by_event(dossier: Dossier, masked: Scanned) -> tuple[Round, str] | None:
    """A round whose event the text reports by name ('during the first session')."""
    if dossier.event_rx is None:
        return None
    # The earliest event named; where two rounds' names start at the same place, the earlier round.
    m = dossier.event_rx.search(masked.low, scan=masked.low_scan, hits=masked.low_hits)
    if m is None:
        return None
    r = dossier.rounds[int(m.lastgroup[1:])]
    return r, f"reports the {r.name} ('{m.group(0)}')"


def round_by_date(dossier: Dossier, dates: list[DateMention], doc_date: date | None) -> tuple[Round, str] | None:
    """The round that the first in-range date of the statement falls in or follows."""
    if not dossier.rounds:
        return None
    earliest = dossier.rounds[0].start - _BEFORE_MARGIN
    for d in dates:
        if d.value < earliest or (doc_date and d.value > doc_date):
            continue
        day = d.value
        if d.precision == "month":  # "last July": any day of that month
            nxt = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
            day = nxt - timedelta(days=1)
        r = round_on(dossier, day)
        if r is not None:
            return r, f"dated by '{d.text}' ({d.value.isoformat() if d.precision == 'day' else d.value.strftime('%B %Y')}): {r.name}"
    return None


def round_by_doc_date(dossier: Dossier, doc_date: date | None) -> tuple[Round | None, str]:
    """The latest round begun on or before the article's date."""
    if doc_date is None:
        return None, "article has no date: unassigned"
    r = round_on(dossier, doc_date)
    if r is None:
        return None, f"article dated {doc_date.isoformat()}, before any round: unassigned"
    return r, f"article dated {doc_date.isoformat()}: latest round begun by then ({r.name})"
