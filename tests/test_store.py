"""The store: idempotent ingest, corrections that survive, safe files, exports that read back."""

import csv
import io
import json
import os
import stat

import pytest

from analysis.evaluate import load_gold
from store.actions import correct_statement
from store.db import Store
from store.export import render, to_csv, to_jsonl, write_export
from store.ingest import ingest, ingest_sample_if_empty, reanalyze
from store.storage import StoreError
from store.view import Filters, load_view

ARTICLE = ("Published today (6 October).\n\n"
           "Lighthizer said the US wants to amend the agreement.\n\n"
           "“We reject any renegotiation,” Kim Hyun-chong said.\n")


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "data" / "parley.json")


@pytest.fixture
def corpus_dir(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE)
    (d / "b.md").write_text("Korean officials expressed caution about changes.\n")
    return d


def test_ingest_is_idempotent(store, corpus_dir, dossier):
    first = ingest(store, [corpus_dir], dossier)
    assert (first.added, first.unchanged, first.statements) == (2, 0, 3)
    again = ingest(store, [corpus_dir], dossier)
    assert (again.added, again.unchanged, again.replaced) == (0, 2, 0)
    assert len(store.load().statements) == 3
    assert "added 0, unchanged 2" in again.line()


def test_changed_file_replaces_its_old_version(store, corpus_dir, dossier):
    ingest(store, [corpus_dir], dossier)
    (corpus_dir / "b.md").write_text("Seoul rejected the demand.\n\nSeoul said it wants a review.\n")
    summary = ingest(store, [corpus_dir], dossier)
    assert (summary.replaced, summary.unchanged) == (1, 1)
    corpus = store.load()
    assert len(corpus.documents) == 2
    assert sorted(s["text"] for s in corpus.statements if s["doc"] == "b.md") == [
        "Seoul rejected the demand.", "Seoul said it wants a review."]


def test_bad_files_are_skipped_with_reasons(store, tmp_path, dossier):
    (tmp_path / "empty.txt").write_text("")
    summary = ingest(store, [tmp_path / "empty.txt", tmp_path / "missing.txt"], dossier)
    assert summary.added == 0
    assert "1 empty file" in summary.line() and "1 no such file or folder" in summary.line()


def _kim(store):
    return next(s for s in load_view(store).statements if s["speaker"] == "Kim Hyun-chong")


def test_corrections_apply_and_survive_reanalysis_and_reingest(store, corpus_dir, dossier):
    ingest(store, [corpus_dir], dossier)
    kim = _kim(store)
    assert kim["stance"] == "oppose"
    correct_statement(store, kim["id"], {"stance": "neutral", "round": "2017-08-22"})
    view = load_view(store)
    fixed = view.by_id[kim["id"]]
    assert (fixed["stance"], fixed["round"]) == ("neutral", "2017-08-22")
    assert set(fixed["corrected"]) == {"stance", "round"} and fixed["corrected_by"]

    reanalyze(store, dossier)
    assert (_kim(store)["stance"], _kim(store)["round"]) == ("neutral", "2017-08-22")

    # Re-ingest of the same text under another file name: same content hash, still corrected.
    (corpus_dir / "a.txt").unlink()
    (corpus_dir / "copy.txt").write_text(ARTICLE)
    ingest(store, [corpus_dir], dossier)
    assert _kim(store)["stance"] == "neutral"


def test_not_a_statement_hides_it_and_can_be_undone(store, corpus_dir, dossier):
    ingest(store, [corpus_dir], dossier)
    kim = _kim(store)
    correct_statement(store, kim["id"], {}, not_statement=True)
    view = load_view(store)
    assert kim["id"] not in {s["id"] for s in view.statements}
    assert [s["id"] for s in view.hidden] == [kim["id"]]
    correct_statement(store, kim["id"], {}, not_statement=False)
    assert kim["id"] in {s["id"] for s in load_view(store).statements}


def test_bad_corrections_are_refused(store, corpus_dir, dossier):
    ingest(store, [corpus_dir], dossier)
    with pytest.raises(StoreError, match="no statement"):
        correct_statement(store, "nope", {"stance": "favor"})
    with pytest.raises(ValueError, match="stance must be"):
        correct_statement(store, _kim(store)["id"], {"stance": "maybe"})


def test_corrections_export_is_a_gold_file(store, corpus_dir, dossier, tmp_path):
    from store.corrections import corrections_as_gold

    ingest(store, [corpus_dir], dossier)
    correct_statement(store, _kim(store)["id"], {"stance": "neutral"})
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(corrections_as_gold(list(load_view(store).by_id.values())))
    (item,) = load_gold(gold_path)
    assert (item["doc"], item["speaker"], item["stance"], item["org"]) == ("a.txt", "Kim Hyun-chong", ["neutral"], ["MOTIE"])


def test_database_file_is_private(store, corpus_dir, dossier):
    ingest(store, [corpus_dir], dossier)
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.path.parent).st_mode) == 0o700


@pytest.mark.parametrize("content", [b"{not json", b"\x00\x01garbage", b'{"users": [1, 2]}', b'["a"]'])
def test_corrupt_or_foreign_file_is_reported_and_untouched(tmp_path, dossier, corpus_dir, content):
    path = tmp_path / "db.json"
    path.write_bytes(content)
    store = Store(path)
    for action in (store.load, lambda: ingest(store, [corpus_dir], dossier)):
        with pytest.raises(StoreError) as exc:
            action()
        assert str(path) in str(exc.value) and "\n" not in str(exc.value)
    assert path.read_bytes() == content


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "db.json"
    path.write_text(json.dumps({"_meta": {"1": {"app": "parley", "schema": 99}}, "documents": {}}))
    with pytest.raises(StoreError, match="newer Parley"):
        Store(path).load()


def test_first_run_ingests_the_sample_corpus(store, dossier):
    summary = ingest_sample_if_empty(store, dossier)
    assert summary.added == 5 and summary.statements > 40
    assert ingest_sample_if_empty(store, dossier) is None


def test_csv_and_jsonl_read_back_equal_to_the_rows(store, corpus_dir, dossier):
    ingest(store, [corpus_dir], dossier)
    view = load_view(store)
    rows = view.cited(view.statements)
    back = list(csv.DictReader(io.StringIO(to_csv(rows), newline="")))
    assert [r["id"] for r in back] == [r["id"] for r in rows]
    assert [r["text"] for r in back] == [r["text"] for r in rows]
    assert [r["stance"] for r in back] == [r["stance"] for r in rows]
    assert to_csv(rows).count("\r\n") == len(rows) + 1
    parsed = [json.loads(line) for line in to_jsonl(rows).splitlines()]
    for p, r in zip(parsed, rows):
        assert {k: p[k] for k in ("id", "text", "speaker", "org", "side", "stance", "round", "topics")} == \
               {k: r[k] for k in ("id", "text", "speaker", "org", "side", "stance", "round", "topics")}
        assert p["source"]["doc"] == r["doc"] and p["source"]["paragraph"] >= 1


def test_filters_and_markdown_grouping(store, corpus_dir, dossier):
    ingest(store, [corpus_dir], dossier)
    view = load_view(store)
    assert {s["side"] for s in view.filtered(Filters(side="KR"))} == {"KR"}
    assert [s["speaker"] for s in view.filtered(Filters(search="kim"))] == ["Kim Hyun-chong"]
    md = render(view.cited(view.statements), "md", {"2017-10-04": "2nd special session"})
    assert "## 2017-10-04 — 2nd special session" in md and "### KR" in md and "### US" in md
    assert "a.txt" in md and "para. 3" in md


def test_export_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("keep me")
    with pytest.raises(StoreError, match="--force"):
        write_export("new", str(target))
    assert target.read_text() == "keep me"
    write_export("new", str(target), force=True)
    assert target.read_text() == "new"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_full_disk_gives_one_line_and_loses_nothing(store, corpus_dir, dossier, monkeypatch, tmp_path):
    import errno

    import store.storage as storage

    ingest(store, [corpus_dir], dossier)
    before = store.path.read_bytes()

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", no_space)
    (corpus_dir / "c.txt").write_text("Seoul rejected the demand.\n")
    with pytest.raises(StoreError) as exc:
        ingest(store, [corpus_dir], dossier)
    assert "No space left on device" in str(exc.value) and "\n" not in str(exc.value)
    assert store.path.read_bytes() == before
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]
