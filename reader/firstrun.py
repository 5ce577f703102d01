"""Give a brand-new store something to read.

A reader that opens on an empty screen teaches nothing, and on a train with no signal it
shows nothing at all. So the first time a store is used, `first_run` subscribes the bundled
demo feed (readable offline: its own content is the article) and a few well-known public
feeds. It does this once per store, ever: a marker in the store's UI state records that it
happened, so a user who later removes every feed gets the empty store they asked for, not
the starter set back.
"""

from __future__ import annotations

from reader.demo import DEFAULT_FEEDS, DEMO_FEED, DEMO_TAG, DEMO_TITLE
from reader.store.store import Store

MARKER = "first_run_done"


def first_run(store: Store) -> bool:
    """Subscribe the demo feed and the default feeds if this store has never had feeds.

    A store counts as fresh only when it has no feeds *and* no first-run marker; a store
    that already has feeds (an older store, or one filled by `add` or `import`) is left
    alone and just gets the marker. Returns True when it subscribed anything.

    The feeds are written before the marker: if the process dies between the two writes,
    the next start finds feeds and only adds the marker, so nothing is lost or doubled.
    """
    state = store.load_ui_state()
    if state.get(MARKER):
        return False
    subscribed = False
    if not store.feeds():
        store.add_feeds([(str(DEMO_FEED), DEMO_TITLE, [DEMO_TAG]), *DEFAULT_FEEDS])
        subscribed = True
    # Re-read: the app may have saved its own UI state meanwhile; keep every key of it.
    store.save_ui_state({**store.load_ui_state(), MARKER: True})
    return subscribed
