"""The feed fixtures we wrote, by name."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()
