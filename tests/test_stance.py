"""Stance toward changing the agreement: cues, negation, rejection, contrast, procedure, lean."""

import pytest

from analysis.stance import classify, tone, topics


@pytest.mark.parametrize("text, side, label", [
    ("Washington demanded a rebalancing of the agreement.", "US", "favor"),
    ("Seoul wants to keep the deal as it is.", "KR", "oppose"),
    ("Seoul declined the request to renegotiate the pact.", "KR", "oppose"),
    ("The convening of a meeting does not mean renegotiation has begun.", "KR", "oppose"),
    ("The ministry said both sides share the need to amend the agreement.", "KR", "favor"),
    ("The two sides discussed timing for the next meeting.", "both", "neutral"),
    ("The chamber reaffirmed support for the agreement.", "other", "oppose"),
    ("Officials expressed caution on the speed of any changes.", "KR", "oppose"),
    ("The US is pushing for wider access.", "US", "favor"),
    ("Korea agreed to double the quota for US cars.", "KR", "favor"),
    ("Seoul hopes to preserve the agreement.", "KR", "oppose"),
    ("Seoul said it will not open its rice market.", "KR", "oppose"),
    ("The two sides agreed to meet again.", "both", "neutral"),
    ("The U.S. would not accept the status quo.", "US", "favor"),
    ("We will protect the interests of our automakers.", "KR", "oppose"),
    ("Seoul doesn’t want to renegotiate the deal.", "KR", "oppose"),  # a contracted negation
    ("Washington won't accept the status quo, an official said.", "US", "favor"),
])
def test_labels(dossier, text, side, label):
    assert classify(text, side, dossier).label == label


def test_evidence_names_cues_and_rules(dossier):
    r = classify("Seoul rejected any renegotiation of the agreement.", "KR", dossier)
    assert r.label == "oppose" and r.score < 0
    assert any("rejected" in c for c in r.cues)
    assert any(rule.startswith("rejection") for rule in r.rules)
    assert -1 <= r.score <= 1 and 0 <= r.confidence <= 1


def test_contrast_weighs_the_later_clause(dossier):
    r = classify("Korea is open to talks, but it rejects any renegotiation.", "KR", dossier)
    assert r.label == "oppose"
    assert any(rule.startswith("contrast") for rule in r.rules)


def test_side_specific_cues_and_lean(dossier):
    text = "The trade deficit with Korea has doubled."
    assert classify(text, "US", dossier).label == "favor"
    assert classify(text, "KR", dossier).label == "neutral"
    lean = classify("The president spoke with reporters.", "US", dossier)
    assert lean.label == "favor" and lean.confidence < 0.5 and "lean" in lean.rules[0]


def test_tone_is_kept_apart_from_stance(dossier):
    text = "The free trade agreement was a great success and we are happy with it."
    assert tone(text) > 0.5
    assert classify(text, "KR", dossier).label == "neutral"


def test_topics_come_from_the_dossier_lexicon(dossier):
    assert topics("Tariffs on autos and auto parts and the ISDS system", dossier) == ["autos", "tariffs", "isds"]


def test_a_sentence_with_two_parties_scores_the_holders_clause(analyse):
    (st,) = analyse("The U.S. side demanded a cut in its trade deficit, but Korea rejected the demand.")
    assert (st.side, st.stance) == ("US", "favor")
    assert any("holder's clause" in r for r in st.evidence["stance_rules"])


def test_contracted_and_whole_word_negations_are_both_scoped(dossier):
    for text in ("Seoul doesn’t want to renegotiate the deal.", "Seoul does not want to renegotiate the deal."):
        r = classify(text, "KR", dossier)
        assert any(rule.startswith("negation:") for rule in r.rules), (text, r.rules)
