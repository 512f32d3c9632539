"""Cleaning keeps offsets and drops boilerplate; Punkt splits sentences with built-in parameters."""

import os
import subprocess
import sys

from analysis.clean import clean
from analysis.text import normalise
from analysis.segment import split_sentences


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
