"""Search index rows added in batches: a batch left open by a killed process is repaired
when the index is next opened, and a batch still being written is not mistaken for one."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from reader.store.search import ORPHANED, Row, SearchIndex

ROWS = [("a1", "heron", "", ""), ("a2", "kestrel", "", "")]

# A process that opens a batch, says so, and waits to be told to end it (or to be killed).
HOLDER = """
import sys
from pathlib import Path
from reader.store.search import SearchIndex
index = SearchIndex(Path(sys.argv[1]), lambda: [])
assert index.begin_batch()
print("open", flush=True)
if sys.stdin.readline().strip() == "end":
    index.end_batch()
    print("ended", flush=True)
"""


def _holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline() == "open\n"
    return proc


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def _index(path: Path, stored: list[Row]) -> SearchIndex:
    return SearchIndex(path, lambda: list(stored))  # what the store holds, for a rebuild


def test_a_batch_ended_leaves_nothing_to_repair(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite"
    stored: list[Row] = []
    index = _index(path, stored)
    assert index.begin_batch()
    stored.extend(ROWS)  # stored by a refresh, which indexes the first only
    index.add(ROWS[:1])
    index.end_batch()
    index.close()
    again = _index(path, stored)
    assert again.search("heron") == {"a1"} and again.search("kestrel") == set()
    assert again.rebuilt is None
    again.close()


def test_a_batch_left_open_by_a_killed_process_is_rebuilt_on_open(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite"
    stored: list[Row] = []
    _index(path, stored).close()
    holder = _holder(path)
    stored.extend(ROWS)  # stored by the holder, whose rows are held back in its batch
    live = _index(path, stored)
    assert live.search("kestrel") == set()
    assert live.rebuilt is None  # a batch being written is not repaired under its writer
    live.close()
    _kill(holder)
    after = _index(path, stored)
    assert after.search("kestrel") == {"a2"}
    assert after.rebuilt == ORPHANED
    after.close()
    once = _index(path, stored)
    assert once.search("heron") == {"a1"} and once.rebuilt is None  # not at every open
    once.close()


def test_the_last_batch_to_end_repairs_one_killed_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite"
    stored: list[Row] = []
    index = _index(path, stored)
    assert index.begin_batch()
    holder = _holder(path)
    stored.extend(ROWS)
    _kill(holder)  # its batch stays counted, and ours is still open: nothing repaired yet
    assert _index(path, stored).search("kestrel") == set()
    index.end_batch()
    assert index.rebuilt == ORPHANED
    assert index.search("kestrel") == {"a2"}
    index.close()


def test_a_batch_ended_by_another_process_is_not_repaired(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite"
    stored: list[Row] = []
    index = _index(path, stored)
    assert index.begin_batch()
    holder = _holder(path)
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("end\n")
    holder.stdin.flush()
    assert holder.stdout.readline() == "ended\n"
    holder.wait()
    stored.extend(ROWS)  # not indexed by anyone: a rebuild would find them
    index.end_batch()
    assert index.rebuilt != ORPHANED and index.search("kestrel") == set()
    index.close()
