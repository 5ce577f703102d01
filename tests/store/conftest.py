from __future__ import annotations

import pytest

from reader.config import resolve_paths
from reader.store.store import Store


def entries(n: int, prefix: str = "g") -> list[dict]:
    return [
        {
            "identity": f"{prefix}{i}",
            "title": f"Story {prefix}{i}",
            "link": f"https://example.test/{prefix}{i}",
            "published": f"2026-03-{i % 28 + 1:02d}T{i % 24:02d}:00:00Z",
            "author": None,
        }
        for i in range(n)
    ]


@pytest.fixture
def store(tmp_path):
    s = Store(resolve_paths(tmp_path / "data"))
    yield s
    s.close()
