"""The seed corpus bars of issue 2, scored by `parley eval` logic against shared/eval."""

import pytest

from analysis.evaluate import evaluate, load_gold
from analysis.pipeline import analyze_paths
from conftest import CORPUS, GOLD

pytestmark = pytest.mark.skipif(not GOLD.exists() or not CORPUS.is_dir(),
                                reason="../shared (seed corpus and gold) is absent: seed bars not checked")


@pytest.fixture(scope="module")
def report(dossier):
    _, statements = analyze_paths([CORPUS], dossier)
    return evaluate(load_gold(GOLD), statements)


@pytest.mark.parametrize("metric, bar", [
    ("recall", 0.95), ("precision", 0.90), ("org_accuracy", 0.95),
    ("side_accuracy", 0.95), ("stance_accuracy", 0.90), ("round_accuracy", 0.90),
])
def test_seed_bar(report, metric, bar):
    assert report.summary[metric] >= bar, (report.summary, report.misses, report.errors)


def test_kappa_and_f1_are_reported(report):
    assert 0 <= report.summary["stance_macro_f1"] <= 1
    assert report.summary["stance_kappa"] is not None
