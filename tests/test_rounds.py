"""Article dates and round assignment."""

from datetime import date

import pytest

from analysis.dates import find_dates, infer_doc_date
from conftest import only


@pytest.fixture
def round_starts(dossier):
    return [r.start for r in dossier.rounds]


@pytest.mark.parametrize("text, expected", [
    ("The firm's report, published today (6 October), says talks went well.", date(2017, 10, 6)),
    ("WASHINGTON, March 16, 2018 (Reuters) - Talks ended.", date(2018, 3, 16)),
    ("Talks ended yesterday (1 February) in Seoul.", date(2018, 2, 2)),
    ("Officials met this week (31 January and 1 February).", date(2018, 2, 1)),
    ("A meeting was held on September 5, 2017 and another on 4 October.", date(2017, 10, 4)),
    ("Posted 26/03/2018 by staff. Talks ended.", date(2018, 3, 26)),
    ("Posted 2018-03-16 10:00. Talks ended.", date(2018, 3, 16)),
])
def test_doc_date(text, expected, round_starts):
    assert infer_doc_date(text, round_starts).value == expected


def test_no_date_is_said_plainly(round_starts):
    d = infer_doc_date("No dates here at all.", round_starts)
    assert d.value is None and "no date" in d.reason


def test_relative_month_reads_back_from_the_article_date():
    (d,) = find_dates("The US last July initiated talks.", anchor=date(2018, 1, 5))
    assert (d.value, d.precision) == (date(2017, 7, 1), "month")
    assert find_dates("this may matter") == []


def test_round_by_event_and_paragraph_context(analyse):
    sts = analyse("Published today (6 October).\n\nDuring the first session, Seoul declined to renegotiate. "
                  "Kim instead proposed a joint study.\n\nLighthizer said talks will go on.")
    assert [s.round for s in sts] == ["2017-08-22", "2017-08-22", "2017-10-04"]
    assert "first session" in sts[0].round_reason
    assert "same paragraph" in sts[1].round_reason
    assert "article dated 2017-10-06" in sts[2].round_reason


def test_round_by_date_in_the_statement(analyse):
    sts = analyse("On Friday (5 January) talks began.\n\n"
                  "The United States last July initiated talks on amendments.\n\n"
                  "The chamber reaffirmed support in a letter sent September 5, 2017.\n\n"
                  "The US says since the deal took effect in March 2012 the deficit doubled.")
    assert [s.round for s in sts] == ["2017-07-12", "2017-08-22", "2018-01-05"]


def test_statement_without_any_date_is_unassigned(analyse):
    st = only(analyse("Lighthizer said the US wants changes."), "Lighthizer")
    assert st.round is None and "no date" in st.round_reason
