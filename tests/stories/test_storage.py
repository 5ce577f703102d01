"""db/stories.json: written atomically under its lock, damage kept aside (issue 13)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from reader.config import resolve_paths
from reader.stories.features import Features
from reader.stories.storage import StoryFile


def _add(index, aid: str, words: list[str]) -> None:
    index.add(Features(aid, "f" + aid, 10.0, dict.fromkeys(words, 2), ["brandvold"], []))


def test_two_processes_lose_none_of_each_others_articles(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from reader.config import resolve_paths
        from reader.stories.features import Features
        from reader.stories.storage import StoryFile
        files = StoryFile(resolve_paths({str(tmp_path)!r}))
        for i in range(25):
            aid = sys.argv[1] + str(i)
            f = Features(aid, sys.argv[1], 10.0, {{"ferry": 2, aid: 1}}, ["brandvold"], [])
            files.change(lambda index: index.add(f))
        """
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, name]) for name in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    index = StoryFile(resolve_paths(tmp_path)).load(evidence=True)
    assert all(index.known(f"{n}{i}") for n in "ab" for i in range(25))
    assert index.count == 50


def test_a_damaged_file_is_kept_aside_and_stories_start_again(tmp_path):
    paths = resolve_paths(tmp_path)
    files = StoryFile(paths)
    files.change(lambda index: _add(index, "a", ["ferry", "rota"]))
    files.path.write_bytes(b'{"stories": {"sx": {"a": 7')  # torn by hand
    warnings: list[str] = []
    fresh = StoryFile(paths, warnings)
    assert fresh.load().stories == {}
    assert warnings and "damaged" in warnings[0]
    assert list(paths.db.glob("stories.json.damaged-*"))
    fresh.change(lambda index: _add(index, "b", ["ferry"]))
    assert fresh.load(evidence=True).known("b")
