from __future__ import annotations

import pytest

from reader.config import resolve_paths
from reader.store.store import Store


@pytest.fixture
def store(tmp_path):
    s = Store(resolve_paths(tmp_path / "data"))
    yield s
    s.close()
