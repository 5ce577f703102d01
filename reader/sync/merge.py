"""The three-way merge of one flag of one article: local, server, and their last agreement.

A field changed on one side only takes that side; changed on both, the local change wins.
With no agreement yet (a first sync, an entry new to one side) read and starred are the
union: nothing read is silently made unread, no bookmark is silently dropped.
"""

from __future__ import annotations


def merge_flag(base: bool | None, local: bool, server: bool, touched: bool = False) -> bool:
    """The value both sides should hold after this sync.

    `touched`: the journal holds a local action on this field since the last sync (the
    user may have changed it and changed it back: still a local decision).
    """
    if base is None:
        return local or server
    if touched or local != base:
        return local
    return server
