"""Article entries as refresh would hand them to the store."""

from __future__ import annotations


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
