"""Reading a file the user named on the command line, with a size cap.

`add PATH` and `extract PATH` both take local files; both refuse a huge one before
reading it, and both report a missing or unreadable file in one short line.
"""

from __future__ import annotations

from pathlib import Path

LOCAL_MAX_BYTES = 50 * 1024 * 1024


def read_capped(source: str, limit: int = LOCAL_MAX_BYTES) -> tuple[bytes | None, str | None]:
    """(content, None) or (None, a one-line reason)."""
    path = Path(source).expanduser()
    try:
        if path.stat().st_size > limit:
            return None, f"file larger than {limit // (1024 * 1024)} MB"
        return path.read_bytes(), None
    except FileNotFoundError:
        return None, "no such file"
    except IsADirectoryError:
        return None, "is a directory"
    except OSError as exc:
        return None, exc.strerror or str(exc)
