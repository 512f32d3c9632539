"""The prefix-triggered Alternation finds exactly what plain re finds."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.lexicon import english
from analysis.patterns import Alternation, compile_alternation, fold_case, literal_prefixes
from analysis.scan import MultiScan, word_scan


def _compiled_alternations(dossier):
    lex = english()
    yield from (lex.speech, lex.inverted, lex.anonymous, lex.non_statement, lex.joint, lex.rejections,
                lex.contrasts, lex.boiler_strong, lex.boiler_promo)
    yield from (dossier.cue_rx, dossier.topic_rx, dossier.joint, dossier.procedural, dossier.event_rx)


def _spans(matches):
    return [(m.span(), m.lastgroup) for m in matches]


def test_prefixes_of_simple_patterns():
    assert literal_prefixes(r"(?<!\w)(?:said|says)(?!\w)") == {"said", "says"}
    assert literal_prefixes(r"(?:the )?korea") == {"the kore", "korea"}
    both = literal_prefixes(r"(?i:both) sides")  # every casing of "both", then " sid"
    assert len(both) == 16 and {"both sid", "Both sid", "BOTH sid"} <= both
    assert literal_prefixes(r"ab+c") == {"ab"}
    # Case variants multiply: past the limit the prefixes stop short instead of giving up.
    many = literal_prefixes(r"(?i:[a-z][a-z][a-z]x)")
    assert many is not None and len(many) == 52 * 52 and {"ab", "Ab", "ZZ"} <= many
    # No useful trigger: a match may start anywhere, or with one known character only.
    assert literal_prefixes(r"\w+ly") is None
    assert literal_prefixes(r"a\w+") is None
    assert literal_prefixes(r"[0-9]\w") == set("0123456789")  # but a digit is rare enough
    assert literal_prefixes(r"(?:x)?") is None


@pytest.mark.parametrize("text", [
    "Lighthizer said the U.S. and Korea agreed; Seoul rejected the demand, Korea's trade ministry said.",
    "both sides sought to amend the KORUS FTA, according to the firm. Washington and Seoul urged talks.",
])
def test_lexicon_alternations_match_plain_re(dossier, text):
    low = fold_case(text)
    for alt in _compiled_alternations(dossier):
        assert _spans(alt.finditer(low)) == _spans(alt.rx.finditer(low))
        assert _spans(alt.finditer(text)) == _spans(alt.rx.finditer(text))


PIECES = ["said", "say", "sai", "the ", "korea", "kore", "s", " ", ",", "-", "urged", "u.s.", "us", "both sides",
          "Both Sides", "a", "ab", "abc", "x", "THE TWO", "the Two", " SAYS", "“", "’", "é", "_", "#", "\n", "\x00", "2"]


@settings(max_examples=300, deadline=None)
@given(patterns=st.lists(st.sampled_from([r"said", r"says?", r"(?:the )?korea", r"u\.s\.(?=\s)", r"ab+c?",
                                          r"(?i:both) sides", r"(?i:both|the two) (?i:sides|says)", r"urg(?:e|ed|es)",
                                          r"sa(?:id|ys)\b", r"k\w+", r"[0-9]\w"]),
                         min_size=1, max_size=5, unique=True),
       text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
       pos=st.integers(0, 10), span=st.integers(0, 200))
def test_alternation_equals_re_on_generated_text(patterns, text, pos, span):
    alt = compile_alternation(patterns, [f"g{i}" for i in range(len(patterns))])
    plain = re.compile(alt.pattern)
    end = pos + span
    assert _spans(alt.finditer(text, pos, end)) == _spans(plain.finditer(text, pos, end))
    assert _spans(filter(None, [alt.search(text, pos, end)])) == _spans(filter(None, [plain.search(text, pos, end)]))
    assert (alt.scan_trigger is None) == (alt.trigger is None)  # compile_alternation anchors at words
    scan = word_scan(text)
    assert _spans(alt.finditer(text, pos, end, scan=scan)) == _spans(plain.finditer(text, pos, end))


def test_alternation_without_trigger_still_matches():
    alt = Alternation(r"\w+ly")
    assert alt.trigger is None
    assert [m.group(0) for m in alt.finditer("mostly quickly")] == ["mostly", "quickly"]


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES + ["The ", "Trade Minister", "trade minister ", "Kim", "HER ", " and ",
                                                "Korea", "BOTH "]),
                     max_size=30).map("".join))
def test_folded_alternation_equals_re_ignorecase(text):
    pattern = (r"(?<!\w)(?:the|her) (?:(?P<t0>(?:Korean )?trade minister|Minister)|(?P<t1>Both Sides))"
               r"(?![\w-])(?!\s+(?-i:[A-Z]))")
    alt = Alternation(pattern, re.IGNORECASE, folded=True)
    assert alt.trigger is not None and alt.scan_trigger is not None
    expected = _spans(re.compile(pattern, re.I).finditer(text))
    low = fold_case(text)
    assert _spans(alt.finditer(text, folded=low)) == expected
    assert _spans(alt.finditer(text, folded=low, scan=word_scan(low))) == expected
    # Folded, but case-sensitive where the pattern is: "both Korea and", not "both korea and".
    names = r"(?<!\w)(?:(?i:both) (?:the )?[A-Z][\w.]* and [A-Z]\w*)(?!\w)"
    alt = Alternation(names, folded=True)
    expected = _spans(re.compile(names).finditer(text))
    assert _spans(alt.finditer(text, folded=low, scan=word_scan(low))) == expected


@given(text=st.text(max_size=60))
def test_word_scan_puts_a_space_before_every_word_start(text):
    scan = word_scan(text)
    assert len(scan) == len(text) + 1
    for i, c in enumerate(text):
        assert (scan[i + 1] == c) if re.match(r"\w", c) else scan[i + 1] == " "


def test_only_patterns_anchored_at_word_starts_get_a_scan_trigger():
    assert Alternation(r"(?<!\w)(?:said|says)").scan_trigger is not None
    assert Alternation(r"(?<![\w.])(?:said|Says)").scan_trigger is not None
    assert Alternation(r"(?<![\w.])[A-Z][a-z]+").scan_trigger is None  # re skips to capitals faster
    assert Alternation(r"(?:said|says)").scan_trigger is None  # may start inside a word
    assert Alternation(r"(?<!\w)(?:said|-says)").scan_trigger is None  # may start with a hyphen


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.lists(st.sampled_from(PIECES), max_size=20).map("".join), min_size=1, max_size=4),
       groups=st.lists(st.lists(st.sampled_from([r"said", r"says?", r"(?:the )?korea", r"sa(?:id|ys)\b", r"u\.s\.(?=\s)",
                                                 r"(?i:both) sides", r"urg(?:e|ed|es)", r"ab+c?", r"the"]),
                                min_size=1, max_size=3, unique=True), min_size=1, max_size=3))
def test_multiscan_hits_give_exactly_re_matches(texts, groups):
    alts = [compile_alternation(g, [f"g{i}" for i in range(len(g))]) for g in groups]
    hits = MultiScan(alts).hits([word_scan(t) for t in texts])
    for text, h in zip(texts, hits):
        for alt in alts:
            assert _spans(alt.finditer(text, hits=h)) == _spans(re.compile(alt.pattern).finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Mr. ", "Dr.", "Kim", " Hyun-chong", "The ", "Korea", " International", " Trade",
                                 " of ", " and ", " Association", "-", ".", " ", "\n", "said", "McDonald", "U.S."]),
                max_size=25).map("".join))
def test_a_trigger_of_our_own_finds_what_re_finds(text):
    from analysis.mentions import _CAPS  # triggered where a capitalised word follows another

    assert _spans(_CAPS.finditer(text)) == _spans(_CAPS.rx.finditer(text))
