"""Crash and concurrency safety: concurrent writers lose nothing; kill -9 never truncates the file."""

import random
import signal
import subprocess
import sys
import time

from store.db import Store


def _articles(folder, prefix, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"{prefix}{i}.txt").write_text(f"Lighthizer said the US wants change number {prefix}{i}.\n")


def test_concurrent_ingest_processes_both_land_everything(tmp_path):
    db = tmp_path / "db.json"
    folders = []
    for prefix in ("a", "b", "c"):
        _articles(tmp_path / prefix, prefix, 25)
        folders.append(tmp_path / prefix)
    procs = [subprocess.Popen([sys.executable, "-m", "tui.cli", "--db", str(db), "ingest", str(f)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in folders]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    corpus = Store(db).load()
    assert len(corpus.documents) == 75
    assert len(corpus.statements) == 75


WRITER = """
import sys
from store.db import Store
store = Store(sys.argv[1])
big = "x" * 2000
n = 0
while True:
    with store.transaction() as db:
        db.table("documents").insert_multiple(
            {"hash": f"h{n}-{i}", "name": "n", "path": "", "text": big} for i in range(300))
    n += 1
    print(n, flush=True)
"""


def test_kill_9_during_large_writes_always_leaves_a_loadable_database(tmp_path):
    db = tmp_path / "db.json"
    rng = random.Random(7)
    rounds_with_writes = 0
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE)
        time.sleep(rng.uniform(0.3, 0.9))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        corpus = Store(db).load()  # raises if the file were truncated or half-written
        rounds_with_writes += bool(corpus.documents)
        assert len(corpus.documents) % 300 == 0
    assert rounds_with_writes >= 10
    # Temp files a killed writer left behind are swept by the next writer.
    with Store(db).transaction():
        pass
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
