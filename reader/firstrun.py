"""Give a brand-new store something to read, offline, and nothing it did not ask for.

The first time a store is used, `first_run` subscribes the bundled demo feed (readable
offline: its own content is the article), by name (`newsreader:demo`), not by the path the
package is installed at. The public "starter feeds" are only offered — by the welcome
article, the palette's "Add starter feeds" and `newsreader add --starter` — never
subscribed silently: offline, they would greet a new user with a screen of errors. First
run happens once per store, ever: a marker in the store's UI state records it, so a user who
later removes every feed gets the empty store they asked for.
"""

from __future__ import annotations

from reader.demo import DEFAULT_FEEDS, DEMO_TAG, DEMO_TITLE, DEMO_URL
from reader.store.records import FeedRecord
from reader.store.store import Store

MARKER = "first_run_done"


def first_run(store: Store) -> bool:
    """Subscribe the demo feed if this store has never had feeds; True when it did.

    A store counts as fresh only when it has no feeds *and* no first-run marker; a store
    that already has feeds (an older store, or one filled by `add` or `import`) is left
    alone and just gets the marker.

    The feed is written before the marker: if the process dies between the two writes,
    the next start finds a feed and only adds the marker, so nothing is lost or doubled.
    """
    state = store.load_ui_state()
    if state.get(MARKER):
        return False
    subscribed = False
    if not store.feeds():
        store.add_feeds([(DEMO_URL, DEMO_TITLE, [DEMO_TAG])])
        subscribed = True
    # Re-read: the app may have saved its own UI state meanwhile; keep every key of it.
    store.save_ui_state({**store.load_ui_state(), MARKER: True})
    return subscribed


def add_starter_feeds(store: Store) -> list[FeedRecord]:
    """Subscribe the public starter feeds; those already subscribed are skipped."""
    return store.add_feeds(DEFAULT_FEEDS)
