"""Server values made into ours: dates in ISO-8601 UTC, text without control characters."""

from __future__ import annotations

from datetime import UTC, datetime

from reader.sanitize import clean_block, clean_line


def iso_utc(value: str | int | float | None) -> str | None:
    """An ISO-8601 string or a Unix time as `YYYY-MM-DDTHH:MM:SSZ`; None when unusable."""
    if value in (None, "", 0):
        return None
    try:
        if isinstance(value, int | float):
            moment = datetime.fromtimestamp(value, UTC)
        else:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if moment.year < 1971:  # Miniflux's zero time for "no date"
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def line(value: object) -> str:
    return clean_line(value if isinstance(value, str) else "")


def block(value: object) -> str:
    return clean_block(value if isinstance(value, str) else "")
