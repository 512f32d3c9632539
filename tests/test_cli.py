"""The `parley` command: analyze and eval, their output contract and their errors."""

import json

import pytest

from conftest import CORPUS, GOLD
from analysis.dossier import DossierError, load_dossier
from tui.cli import main

FIELDS = {"id", "doc", "doc_date", "start", "end", "text", "quote", "kind", "speaker", "org", "side", "stance",
          "stance_score", "confidence", "tone", "topics", "round", "round_reason", "evidence", "duplicate_of"}


def test_analyze_prints_the_contract(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Published today (6 October).\n\nLighthizer said the US wants to amend the deal.")
    assert main(["analyze", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert FIELDS <= record.keys()
    assert (record["speaker"], record["stance"], record["round"]) == ("Robert Lighthizer", "favor", "2017-10-04")


def test_analyze_table_and_bad_paths(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Kim said Korea declined.")
    assert main(["analyze", "--format", "table", str(tmp_path / "a.txt")]) == 0
    assert "Kim Hyun-chong" in capsys.readouterr().out
    assert main(["analyze", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("parley: no such file") and err.count("\n") == 1


def test_bad_dossier_is_one_line(tmp_path, capsys):
    bad = tmp_path / "d.toml"
    bad.write_text("[[actors]\n")
    (tmp_path / "a.txt").write_text("Kim said no.")
    assert main(["--dossier", str(bad), "analyze", str(tmp_path / "a.txt")]) == 2
    assert "not valid TOML" in capsys.readouterr().err


def test_bad_dossier_pattern_is_one_line_at_load(tmp_path, capsys):
    bad = tmp_path / "d.toml"
    bad.write_text('[[sides]]\nid = "A"\n[stance]\n[[stance.cues]]\nstance = "favor"\npatterns = ["amend("]\n')
    (tmp_path / "a.txt").write_text("Kim said no.")
    assert main(["--dossier", str(bad), "analyze", str(tmp_path / "a.txt")]) == 2
    err = capsys.readouterr().err
    assert "bad pattern" in err and err.count("\n") == 1
    lazy = load_dossier(bad, check=False)  # as the explorer loads it: checked at first use
    with pytest.raises(DossierError, match="bad pattern"):
        lazy.cue_rx


def test_other_dossier_changes_the_actors(tmp_path, capsys):
    d = tmp_path / "d.toml"
    d.write_text('[[sides]]\nid = "EU"\n[[sides]]\nid = "UK"\n'
                 '[[actors]]\nid = "DG_TRADE"\nside = "EU"\naliases = ["the Commission"]\n'
                 '[[actors.people]]\nname = "Maros Sefcovic"\naliases = ["Maros Sefcovic", "Sefcovic"]\n'
                 '[[rounds]]\nid = "r1"\nstart = 2020-03-02\n')
    (tmp_path / "a.txt").write_text("On 3 March 2020 Sefcovic said the Commission rejects the demand.")
    assert main(["--dossier", str(d), "analyze", str(tmp_path / "a.txt")]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert (rec["speaker"], rec["org"], rec["side"], rec["round"]) == ("Maros Sefcovic", "DG_TRADE", "EU", "r1")


@pytest.mark.skipif(not GOLD.exists(), reason="../shared is absent")
def test_eval_json_summary(capsys):
    assert main(["eval", str(GOLD), "--corpus", str(CORPUS), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert {"recall", "precision", "org_accuracy", "stance_macro_f1", "stance_kappa"} <= summary.keys()


def test_eval_bad_gold_is_one_line(tmp_path, capsys):
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"doc": "a.txt"}\n')
    assert main(["eval", str(gold), "--corpus", str(tmp_path)]) == 2
    assert "not a gold item" in capsys.readouterr().err


def test_store_commands_end_to_end(tmp_path, capsys):
    db = str(tmp_path / "db" / "parley.json")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Published today (6 October).\n\nKim said Korea rejects any renegotiation.\n")
    assert main(["--db", db, "ingest", str(tmp_path / "in")]) == 0
    assert "added 1, unchanged 0, replaced 0, skipped 0" in capsys.readouterr().out
    out = tmp_path / "out.jsonl"
    assert main(["--db", db, "export", "--format", "jsonl", "--side", "KR", "-o", str(out)]) == 0
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["speaker"] == "Kim Hyun-chong" and row["source"]["doc"] == "a.txt"
    assert main(["--db", db, "export", "--format", "csv", "-o", str(out)]) == 2  # exists: refused
    assert "--force" in capsys.readouterr().err
    assert main(["--db", db, "correct", row["id"], "--stance", "neutral"]) == 0
    assert main(["--db", db, "correct", row["id"], "--side", "Mars"]) == 2
    assert main(["--db", db, "corrections", "export"]) == 0
    gold = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert gold[0]["stance"] == ["neutral"]
    assert main(["--db", db, "reanalyze"]) == 0
    assert main(["--db", db, "stats"]) == 0
    stats = capsys.readouterr().out
    assert "documents: 1" in stats and "corrections: 1" in stats and "by stance: neutral 1" in stats
