"""Find dates in article text and infer an article's own date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from analysis.model import DocDate
from analysis.patterns import Alternation
from analysis.scan import Scanned

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"

_PATTERNS = [
    ("iso", Alternation(rf"(?<!\d)({_YEAR})-(\d{{2}})-(\d{{2}})(?!\d)")),
    ("num", Alternation(rf"(?<![\d.])(\d{{1,2}})[/.](\d{{1,2}})[/.]({_YEAR})(?![\d])")),
    # These start words: triggered on the folded text, so a sentence's document scan serves.
    ("mdy", Alternation(rf"(?<!\w)({_MON})\s+({_DAY})(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+({_YEAR}))?(?!\w)", folded=True)),
    ("dmy", Alternation(rf"(?<!\w)({_DAY})(?:\s*[-–]\s*\d{{1,2}})?\s+({_MON})(?:,?\s+({_YEAR}))?(?!\w)", folded=True)),
    ("rel", Alternation(rf"(?<!\w)((?i:last|this|next|in|early|late|mid))(?:-|\s+)({_MON})(?:\s+({_YEAR}))?(?!\w)",
                        folded=True)),
    ("my", Alternation(rf"(?<!\w)({_MON})\s+({_YEAR})(?!\w)", folded=True)),
]
WORD_PATTERNS = [rx for _, rx in _PATTERNS if rx.scan_trigger is not None]


# What each pattern cannot match without: most sentences have no date at all.
_MONTH_NAME = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# (Each starts with a character re can skip to: a hyphen, a slash or dot, a capital.)
_NEEDS = {"iso": re.compile(r"-\d"), "num": re.compile(r"[/.]\d"), "mdy": _MONTH_NAME, "dmy": _MONTH_NAME,
          "rel": _MONTH_NAME, "my": _MONTH_NAME}
_NEEDED = list(set(_NEEDS.values()))
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class DateMention:
    """A date found in text, with how precisely it names a day."""

    start: int
    end: int
    text: str
    value: date
    precision: str  # day | month


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower().rstrip(".")[:3]]


def _pick_year(month: int, day: int, anchor: date | None, rounds: list[date]) -> int:
    """The year of a date written without one: nearest the article's date, else the rounds."""
    if anchor is not None:
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        return min(years, key=lambda y: abs((_safe(y, month, day) - anchor).days))
    if rounds:
        years = sorted({r.year for r in rounds} | {rounds[0].year - 1, rounds[-1].year + 1})
        candidates = [_safe(y, month, day) for y in years]
        return min(candidates, key=lambda d: min(abs((d - r).days) for r in rounds)).year
    return date.today().year


def _safe(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February in a common year, 31 April: the month's last day
        return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def find_dates(text: str, anchor: date | None = None, rounds: list[date] | None = None,
               offset: int = 0, scanned: Scanned | None = None) -> list[DateMention]:
    """Day- and month-precision dates in text; year-less ones resolved against anchor or rounds.
    `scanned`: the text's Scanned, whose document scan included WORD_PATTERNS."""
    rounds = rounds or []
    found: list[DateMention] = []
    present = {rx for rx in _NEEDED if rx.search(text)}
    if not present:
        return found
    if scanned is None:
        scanned = Scanned(text)
    low, scan, hits = scanned.low, scanned.low_scan, scanned.low_hits
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        if _NEEDS[kind] not in present:
            continue
        for m in rx.finditer(text, folded=low, scan=scan, hits=hits):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value, precision = _value(kind, m, anchor, rounds)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start() + offset, m.end() + offset, m.group(0), value, precision))
    found.sort(key=lambda d: d.start)
    return found


def _value(kind: str, m: re.Match, anchor: date | None, rounds: list[date]):
    try:
        if kind == "iso":
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        if kind == "num":  # 26/03/2018 or 03/26/2018: a number over 12 is the day; else US order
            a, b = int(m[1]), int(m[2])
            month, day = (b, a) if a > 12 else (a, b)
            return date(int(m[3]), month, day), "day"
        if kind in ("mdy", "dmy"):
            mon, day = (m[1], m[2]) if kind == "mdy" else (m[2], m[1])
            month, d = _month(mon), int(_DIGITS.match(day)[0])
            year = int(m[3]) if m[3] else _pick_year(month, d, anchor, rounds)
            return date(year, month, d), "day"
        if kind == "my":
            return date(int(m[2]), _month(m[1]), 1), "month"
        if kind == "rel":
            month = _month(m[2])
            if m[3]:
                return date(int(m[3]), month, 1), "month"
            if anchor is None:
                return None, None
            word = m[1].lower()
            year = anchor.year
            if word == "next":
                year += month <= anchor.month
            elif word != "this" and month > anchor.month:
                year -= 1  # "last July", "in August" told in January: the year before
            elif word == "last" and month == anchor.month:
                year -= 1
            return date(year, month, 1), "month"
    except (ValueError, KeyError):
        return None, None
    return None, None


_PAREN = re.compile(r"\(([^()]{3,60})\)")
_TODAY = re.compile(r"(?:(?:published|posted|released|issued|dated)\s+)?today\s*$")
_RELATIVE = re.compile(r"(yesterday|this week|last week|on \w+day|\w+day)\s*$")
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,]{0,40}?[,(]?\s*([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|\d{4}-\d{2}-\d{2})\s*[)–—-]")


def infer_doc_date(text: str, rounds: list[date]) -> DocDate:
    """An article's date from its own words: 'published today (...)', a dateline, or its latest date."""
    # "published today (6 October)", "yesterday (1 February)": a relative word, then the date.
    relative: list[tuple[str, str]] = []
    for p in _PAREN.finditer(text):
        before = text[max(0, p.start() - 30):p.start()].lower()
        for rx in (_TODAY, _RELATIVE):
            w = rx.search(before)
            if w:
                relative.append((w.group(0).strip(), p.group(1)))
                break
    for words, inside in relative:
        if words.endswith("today"):
            ds = find_dates(inside, None, rounds)
            if ds:
                return DocDate(ds[0].value, f"'{words} ({inside})' in the text")
    m = _DATELINE.match(text.lstrip())
    if m:
        ds = find_dates(m[1], None, rounds)
        if ds:
            return DocDate(ds[0].value, f"dateline '{m[1]}'")
    best: DocDate | None = None
    for words, inside in relative:
        ds = find_dates(inside, None, rounds)
        if ds:
            value = max(d.value for d in ds)
            if words == "yesterday":
                value += timedelta(days=1)
            if best is None or value > best.value:
                best = DocDate(value, f"'{words} ({inside})' in the text")
    if best:
        return best
    days = [d for d in find_dates(text, None, rounds) if d.precision == "day"]
    if days:
        latest = max(days, key=lambda d: d.value)
        return DocDate(latest.value, f"latest date the text gives: '{latest.text}'")
    return DocDate(None, "no date found in the text")
