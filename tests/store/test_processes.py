"""Real processes: kills mid-write and concurrent writers never cost acknowledged data."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time

from sample_entries import entries

from reader.config import resolve_paths
from reader.store.store import Store

WRITER = """
import sys, json, time
from reader.config import resolve_paths
from reader.store.store import Store
store = Store(resolve_paths(sys.argv[1]))
n = 0
while True:
    batch = [{"identity": f"k{n}-{i}", "title": "t" * 200, "link": None,
              "published": None, "author": None} for i in range(50)]
    ids = store.add_articles("https://a.test/feed", batch)
    store.set_read(ids[:10])
    store.save_body(ids[0], {"text": "x" * 5000})
    n += 1
    time.sleep(0.02)  # a refresh spends its time on the network between writes
"""

MARKER = """
import sys, json
from reader.config import resolve_paths
from reader.store.store import Store
store = Store(resolve_paths(sys.argv[1]))
done = []
for aid in json.loads(sys.argv[2]):
    store.set_read([aid])
    done.append(aid)
print(json.dumps(done))
"""


def test_sigkill_during_writes_leaves_a_readable_store(tmp_path):
    data = tmp_path / "data"
    Store(resolve_paths(data)).add_feed("https://a.test/feed")
    rng = random.Random(7)
    for _ in range(20):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data)])
        time.sleep(rng.uniform(0.3, 0.9))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        store = Store(resolve_paths(data))
        assert store.warnings == []
        rows = store.articles()  # parses every file
        assert store.feeds()[0].url == "https://a.test/feed"
        assert len({r.id for r in rows}) == len(rows)
        store.close()
    assert len(rows) > 0


def test_two_processes_marking_while_a_third_writes_lose_nothing(tmp_path):
    data = tmp_path / "data"
    store = Store(resolve_paths(data))
    store.add_feed("https://a.test/feed")
    ids = store.add_articles("https://a.test/feed", entries(120))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data)])
    try:
        markers = [
            subprocess.Popen(
                [sys.executable, "-c", MARKER, str(data), json.dumps(half)],
                stdout=subprocess.PIPE,
                text=True,
            )
            for half in (ids[::2], ids[1::2])
        ]
        acknowledged = []
        for proc in markers:
            out, _ = proc.communicate(timeout=300)
            assert proc.returncode == 0
            acknowledged += json.loads(out)
    finally:
        writer.kill()
        writer.wait()
    assert len(acknowledged) == 120
    final = Store(resolve_paths(data))
    read = {r.id for r in final.articles() if r.read}
    assert set(acknowledged) <= read
