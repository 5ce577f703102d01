"""Errors the feed layer raises.

Each carries a short reason meant for a person: it ends up in the sidebar next to a broken
feed and in `newsreader refresh` output, so it says what is wrong, not where in our code.
"""

from __future__ import annotations


class FeedError(Exception):
    """A document that cannot be used as a feed (or no feed could be found)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        #: Short human-readable reason, e.g. "not a feed: looks like an HTML page".
        self.reason = reason


class OpmlError(Exception):
    """An OPML file that cannot be read."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        #: Short human-readable reason, e.g. "not an OPML document".
        self.reason = reason


class FetchFailed(Exception):
    """A GET that could not be completed, whichever client sent it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        #: Short human-readable reason, e.g. "connection refused".
        self.reason = reason
