"""analysis.tone gives exactly vaderSentiment's compound score."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.segment import tokenizer
from analysis.tone import scorer

SAMPLE = Path(__file__).resolve().parent.parent / "store" / "sample"
VADER = SentimentIntensityAnalyzer()

# Words that exercise each of VADER's rules: lexicon words, boosters and dampeners, negations,
# "no", "least", "but", "kind of", idioms, capitals, punctuation emphasis and emoji.
VOCAB = ["good", "GOOD", "bad", "BAD", "great", "horrible", "not", "isn't", "never", "so", "this", "no", "nor",
         "or", "least", "at", "very", "VERY", "kind", "of", "sort", "but", "But", "without", "doubt", "the",
         "shit", "bomb", "yeah", "right", "kiss", "death", "fair", "free", "trade", "agreement", "demand",
         "reject", "protect", "agree", "threat", "!", "!!", "?", "??", "???", ":)", "lol", "😁", "💘", "US",
         "tariff", "hardly", "extremely", "almost", "just enough", "cut the mustard", "\n", "  ", "\u00a0"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)), max_size=40).map(" ".join))
def test_generated_text_scores_as_vader_does(text):
    assert scorer().compound(text) == VADER.polarity_scores(text)["compound"]


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.txt")), ids=lambda p: p.name)
def test_every_sample_sentence_scores_as_vader_does(path):
    text = path.read_text("utf-8")
    for sentence in tokenizer().tokenize(text):
        assert scorer().compound(sentence) == VADER.polarity_scores(sentence)["compound"], sentence
