"""Cleaning keeps offsets and drops boilerplate; Punkt splits sentences with built-in parameters."""

import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import clean
from analysis.segment import punkt_parameters, split_sentences, tokenizer
from analysis.text import normalise


def test_normalise_keeps_length_and_blanks_controls():
    raw = "A\u00a0B\u200bC\x07D\x1b[31mE\u202fF\r\nG\tH\x85I"
    out = normalise(raw)
    assert len(out) == len(raw)
    assert out == "A B C D [31mE F \nG H\nI"


def _kept(text):
    c = clean(text)
    return [c.text[p.start:p.end] for p in c.paragraphs]


def test_boilerplate_kinds_are_dropped_and_content_kept():
    text = "\n\n".join([
        "The minister said the talks would resume in March.",
        "Want to know what your rivals are doing?",
        "Download a free sample of our market report",
        "Thank you!",
        "Your report will be emailed to you shortly. Register your interest today.",
        "By GlobalData",
        "Cookie Settings",
        "We use cookies to improve your experience.",
        "Staff Contact: Jane Doe",
        "For more information, visit our portal.",
        "Officials are expected to meet again next week.",
    ])
    assert _kept(text) == ["The minister said the talks would resume in March.",
                           "Officials are expected to meet again next week."]


def test_a_caption_printed_twice_is_dropped_and_sponsor_prefix_cut():
    text = ("Cars wait at a port in Ulsan\n\nCars wait at a port in Ulsan\n\n"
            "By AcmeDataThe latest meeting ended without a deal.")
    c = clean(text)
    kept = [c.text[p.start:p.end] for p in c.paragraphs]
    assert kept == ["The latest meeting ended without a deal."]
    # offsets still point into the text as read
    p = c.paragraphs[0]
    assert text[p.start:p.end] == kept[0]


def test_quoted_text_addressing_you_is_not_mistaken_for_an_ad():
    assert _kept('"You will see a better deal for your workers," he said.') == [
        '"You will see a better deal for your workers," he said.']


def _sentences(text):
    c = clean(text)
    return [c.text[s.start:s.end] for s in split_sentences(c.text, c.paragraphs)]


def test_abbreviations_do_not_end_sentences():
    text = ("The U.S. team met in Washington, D.C. on Jan. 5 with Mr. Kim of Hyundai Inc. and No. 2 "
            "officials. The talks ended.")
    assert _sentences(text) == [text[:-17], "The talks ended."]


def test_a_quotation_spanning_sentences_stays_whole():
    text = '“We will act. We will not wait. Fairness matters,” he said. Then he left.'
    assert _sentences(text) == ['“We will act. We will not wait. Fairness matters,” he said.', "Then he left."]


def test_paragraphs_are_lines_and_sentences_never_cross_them():
    assert _sentences("First line without a period\nSecond line. Third one.") == [
        "First line without a period", "Second line.", "Third one."]


def test_punkt_needs_no_downloaded_data(tmp_path):
    code = ("from analysis.segment import tokenizer; "
            "print(list(tokenizer().tokenize('Mr. Lee met the U.S. envoy. They talked.')))")
    env = dict(os.environ, NLTK_DATA=str(tmp_path), HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "['Mr. Lee met the U.S. envoy.', 'They talked.']"


PUNKT_PIECES = ["The U.S. side", " said.", " Mr. Kim", " Jan. 5", "...", " “Fine.”", " (Sent.)", " It ended!", "?",
                " 3.5 percent.", " e.g. this", " A. B.", "--", " ‘quote,’ he", "\n", " Über", " 北京.", " No. 2", " ."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PUNKT_PIECES) | st.text(max_size=6), max_size=25).map("".join))
def test_punkt_on_the_standard_re_splits_as_nltks_stock_punkt(text):
    # tokenizer() compiles Punkt's patterns with re instead of nltk.redos (faster); NLTK's
    # stock tokenizer with the same parameters must split every normalised text alike.
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    text = normalise(text)
    stock = PunktSentenceTokenizer(punkt_parameters())
    assert list(tokenizer().span_tokenize(text)) == list(stock.span_tokenize(text))
