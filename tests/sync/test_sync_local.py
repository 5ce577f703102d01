"""The parts of sync that need no server: the [sync] table, secrets, the journal, the merge."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from reader.config import ConfigError, load_settings, resolve_paths
from reader.store.store import Store
from reader.sync.config import SecretError, read_secret, sync_config
from reader.sync.journal import Journal, attach, server_changes, sync_dir
from reader.sync.merge import merge_flag

GOOD = '[sync]\nkind = "miniflux"\nurl = "http://127.0.0.1:9/"\napi_key_command = "echo k"\n'


def test_the_sync_table_is_checked_like_the_rest(tmp_path):
    paths = resolve_paths(tmp_path)
    paths.config_file.write_text(GOOD)
    config = sync_config(load_settings(paths))
    assert (config.kind, config.url) == ("miniflux", "http://127.0.0.1:9")
    for bad in (
        GOOD + 'colour = "red"\n',  # unknown key
        GOOD.replace('"miniflux"', '"fever"'),
        GOOD.replace("http://", "ftp://"),
        GOOD.replace('api_key_command = "echo k"\n', ""),
        GOOD.replace('"echo k"', "3"),
        '[sync]\nkind = "greader"\nurl = "https://x.test/api/greader.php"\nusername = "u"\n',
    ):
        paths.config_file.write_text(bad)
        with pytest.raises(ConfigError):
            load_settings(paths)
    paths.config_file.write_text("jobs = 4\n")
    assert sync_config(load_settings(paths)) is None


def test_a_secret_is_the_commands_output_and_never_in_its_errors():
    assert read_secret("printf 'pa ss\\n'", "password_command") == "pa ss"
    for command in ("echo hunter2; exit 3", "true"):
        with pytest.raises(SecretError) as caught:
            read_secret(command, "password_command")
        assert "hunter2" not in str(caught.value)


def test_local_actions_are_journalled_and_server_changes_are_not(tmp_path):
    paths = resolve_paths(tmp_path)
    store = Store(paths)
    journal = attach(store, paths)
    store.add_feed("https://example.test/feed.xml", title="Example", tags=["News"])
    store.add_articles("https://example.test/feed.xml", [{"identity": "a", "title": "A"}])
    aid = store.articles()[0].id
    store.set_read([aid])
    store.set_bookmarked([aid])
    with server_changes():
        store.set_read([aid], False)
    store.remove_feed("https://example.test/feed.xml")
    ops = journal.read().ops
    assert [(op["op"], op.get("flag"), op.get("value")) for op in ops] == [
        ("subscribe", None, None),
        ("flag", "r", True),
        ("flag", "b", True),
        ("remove", None, None),
    ]
    assert ops[0]["tags"] == ["News"] and ops[1]["ids"] == [aid]
    store.close()


def test_dropping_replayed_lines_keeps_what_came_after_and_a_torn_line_is_skipped(tmp_path):
    journal = Journal(tmp_path / "sync")
    journal.record({"op": "remove", "url": "https://a.test/"})
    with open(journal.path, "ab") as handle:
        handle.write(b'{"op": "remo')  # a writer killed mid-line
    journal.record({"op": "remove", "url": "https://b.test/"})
    batch = journal.read()
    assert [op["url"] for op in batch.ops] == ["https://a.test/", "https://b.test/"]
    journal.record({"op": "remove", "url": "https://c.test/"})  # during the sync
    journal.drop(batch.lines)
    assert [op["url"] for op in journal.read().ops] == ["https://c.test/"]


def test_a_kill_9_while_marking_loses_no_recorded_action(tmp_path):
    """Marks from another process, killed at a random moment: every action it finished
    is in the journal, whole."""
    paths = resolve_paths(tmp_path)
    script = (
        "import sys\n"
        "from reader.config import resolve_paths\n"
        "from reader.sync.journal import Journal, sync_dir\n"
        "j = Journal(sync_dir(resolve_paths(sys.argv[1])))\n"
        "for i in range(100000):\n"
        "    j.record({'op': 'flag', 'flag': 'r', 'value': True, 'ids': [str(i)]})\n"
        "    print(i, flush=True)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    done = [child.stdout.readline() for _ in range(200)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    recorded = [op["ids"][0] for op in Journal(sync_dir(paths)).read().ops]
    assert recorded[: len(done)] == [line.strip() for line in done]
    assert recorded == [str(i) for i in range(len(recorded))]


@pytest.mark.parametrize(
    ("base", "local", "server", "touched", "merged"),
    [
        (False, True, False, False, True),  # changed here only
        (False, False, True, False, True),  # changed there only
        (True, False, False, False, False),  # both made it unread
        (True, True, False, True, True),  # unread then read again here: local wins
        (True, True, False, False, False),  # read there made unread there, untouched here
        (None, True, False, False, True),  # no base: nothing read is made unread
        (None, False, True, False, True),
        (None, False, False, False, False),
    ],
)
def test_merge_flag(base, local, server, touched, merged):
    assert merge_flag(base, local, server, touched) is merged
