"""The store's own flock lock: excludes filelock's, times out, re-entrant, no fd kept, and
a `--feeds-only` refresh's process does not import filelock for it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from filelock import FileLock, Timeout

from reader.store.db import FlockFile, LockTimeout, StoreLock

HOLDER = """
import sys, time
from reader.store.db import FlockFile
lock = FlockFile(__import__("pathlib").Path(sys.argv[1]), 5.0)
lock.acquire()
print("held", flush=True)
time.sleep(5)
"""


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_reentrant_and_no_descriptor_left_open(tmp_path):
    lock = StoreLock(tmp_path / "x.lock", 1.0)
    before = _open_fds()
    with lock:
        with lock:  # the same thread again: no second flock (it would not block, but
            pass  # an inner release must not let go of the outer hold)
        with pytest.raises(Timeout):  # still held: filelock in this process cannot take it
            FileLock(tmp_path / "x.lock", timeout=0.1).acquire()
    assert _open_fds() == before
    with FileLock(tmp_path / "x.lock", timeout=0.1):  # and let go of after the outer exit
        pass


def test_another_process_holding_it_times_out_here(tmp_path):
    path = tmp_path / "y.lock"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(LockTimeout):
            FlockFile(path, 0.2).acquire()
        with pytest.raises(Timeout):  # filelock sees the same lock
            FileLock(path, timeout=0.1).acquire()
    finally:
        proc.kill()
        proc.wait()
    lock = FlockFile(path, 1.0)  # a killed holder's lock goes with its process
    lock.acquire()
    lock.release()


def test_store_writes_do_not_import_filelock(tmp_path):
    code = (
        "import sys; from reader.config import resolve_paths; from reader.store.store import Store;"
        "s = Store(resolve_paths(sys.argv[1])); s.add_feed('https://a.test/f');"
        "s.add_articles('https://a.test/f', [{'identity': 'x', 'title': 't', 'link': None,"
        " 'published': None, 'author': None}]); print('filelock' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")], capture_output=True, text=True
    )
    assert done.stdout.strip() == "False", done.stderr
