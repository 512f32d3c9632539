"""Property tests: arbitrary text never crashes the pipeline, and offsets always point at the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze_text
from analysis.text import normalise

WORDS = ["Lighthizer", "said", "Kim", "“", "”", '"', "Seoul", "the US", "he", "added:", "according to",
         "both sides", "declined", "amend", "not", ",", ".", "\n", "\n\n", "U.S.", "on 5 January",
         "last July", "the firm", "It", "claims", "\u00a0", "\x1b[2J", "[bold]", "Mr.", "(", ")"]

texty = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(texty, st.text(max_size=400)))
def test_pipeline_never_crashes_and_offsets_hold(dossier, text):
    for s in analyze_text(text, dossier):
        assert 0 <= s.start < s.end <= len(text)
        assert normalise(text[s.start:s.end]) == s.text
        assert s.stance in ("favor", "oppose", "neutral")
        assert -1 <= s.stance_score <= 1 and 0 <= s.confidence <= 1
        assert s.side in ("US", "KR", "other", "both", None)
        assert not any(ord(c) < 32 and c not in "\n" for c in s.text)
