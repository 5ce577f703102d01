"""Search as you type in the app at 50,000 articles, with the FTS5 index in use.

A store of FEEDS × ITEMS articles is written through the store's own API (no network) and
each article gets a body of generated prose in the search index (title and text), the way
a refresh leaves it. Then the app runs headless over it (All articles, 50,000 rows), `/`
opens the search box and a query is typed one key at a time; for each key we time key
press → last frame that follows it (as benchmarks/app_keys.py does), and apart from that
the index query alone (`SearchIndex.search`) and the CLI's `Store.search`.

Usage::

    python benchmarks/search.py                 # 1,000 feeds × 50 items
    python benchmarks/search.py --feeds 200     # smaller, for a quick look
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from app_keys import WINDOW, _settle, stamp_frames  # noqa: E402

QUERY = "harbour council night"
TARGET_MS = 100.0
WORDS = (  # noqa: SIM905
    "harbour council ferry night quay tide vote committee budget school bridge river flood "
    "market port engineer plant union strike weather storm road rail station museum library "
    "festival harvest grain export import minister mayor court police hospital doctor nurse "
    "teacher student club match season coach league record crowd price rent housing water"
).split()


def build(data: Path, feeds: int, items: int) -> float:
    """The store and its index; seconds spent indexing."""
    from reader.config import resolve_paths
    from reader.store.store import Store

    rng = random.Random(7)
    # Prose: 140 words from a 20,000-word vocabulary with Zipf frequencies, and 10 common
    # news words (each in ~18% of articles, so a query's first letters match thousands).
    vocab = [f"w{i:05d}" for i in range(20_000)]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    store = Store(resolve_paths(data))
    links: dict[str, str] = {}
    rows = []
    for f in range(feeds):
        url = f"https://site{f}.test/feed.xml"
        store.add_feed(url, title=f"Site {f}")
        entries = [
            {
                "identity": f"{f}-{n}",
                "title": " ".join(rng.choices(WORDS, k=7)).capitalize(),
                "link": f"https://site{f}.test/{n}",
                "published": f"2026-0{1 + n % 9}-1{f % 9}",
                "author": None,
            }
            for n in range(items)
        ]
        for aid, entry in zip(store.add_articles(url, entries, links), entries, strict=True):
            prose = rng.choices(vocab, weights, k=140) + rng.choices(WORDS, k=10)
            rng.shuffle(prose)
            text = " ".join(prose)
            rows.append((aid, entry["title"], text, ""))
    began = time.perf_counter()
    for start in range(0, len(rows), items * 100):  # as refreshes of 100 feeds leave it
        store.search_index.add(rows[start : start + items * 100])
    took = time.perf_counter() - began
    store.close()
    return took


async def type_query(data: Path) -> list[tuple[str, float, float, int]]:
    """Key → settled frame for each key of QUERY, with the rows the list then shows."""
    from reader.config import Settings, resolve_paths
    from reader.tui.app import NewsApp
    from reader.tui.views import AllView

    app = NewsApp(resolve_paths(data), Settings(refresh_interval=0), first_run=False)
    frames = stamp_frames(app)
    shown: list[float] = []  # when the article list got its new rows
    out = []
    async with app.run_test(size=(160, 48)) as pilot:
        app.set_view(AllView())
        await app.workers.wait_for_complete()  # the index is open before the first key
        await _settle(pilot, frames)
        _send_key(app, "slash", "/")
        await _settle(pilot, frames)
        app.query_one("#filter").cursor_blink = False  # blink frames are not the key's
        articles = app.query_one("#articles")
        show = articles.show

        def stamped_show(*args, **kwargs):  # type: ignore[no-untyped-def]
            show(*args, **kwargs)
            shown.append(time.perf_counter())

        articles.show = stamped_show  # type: ignore[method-assign]
        for char in QUERY:
            frames.clear()
            shown.clear()
            start = time.perf_counter()
            _send_key(app, "space" if char == " " else char, char)
            await _settle(pilot, frames)
            # The frame a person waits for: the first one drawn after the list changed.
            done = shown[-1] if shown else start
            seen = [f - start for f in frames if f >= done and f - start <= WINDOW]
            work = (done - start) * 1000
            out.append((char, (seen or [float("nan")])[0] * 1000, work, len(articles.articles)))
    return out


def _send_key(app, key: str, char: str) -> None:  # type: ignore[no-untyped-def]
    """One key as the terminal driver hands it over (with its character, unlike
    app_keys._send_key, so the search box gets the letter)."""
    from textual import events

    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        indexing = build(data, args.feeds, args.items)
        total = args.feeds * args.items
        print(f"{total:,} articles; index of title + 150 words each built in {indexing:.1f} s")
        print(f"index file {(data / 'search.sqlite').stat().st_size / 1e6:.0f} MB")
        from reader.config import resolve_paths
        from reader.store.store import Store

        store = Store(resolve_paths(data))
        for query in ("harb", "harbour", "harbour council", "harbour council night"):
            times = []
            for _ in range(5):
                began = time.perf_counter()
                hits = store.search_index.search(query, titles_and_text=True)
                times.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            store.search(query, limit=20)
            cli = (time.perf_counter() - began) * 1000
            print(
                f"index query {query!r:26} {statistics.median(times):7.1f} ms "
                f"({len(hits):,} hits); Store.search --limit 20: {cli:.0f} ms"
            )
        store.close()
        keys = asyncio.run(type_query(data))
        print(
            f"typing {QUERY!r} after / in the app "
            f"(key → first frame showing the new list, target {TARGET_MS:.0f} ms):"
        )
        for char, ms, work, rows in keys:
            print(
                f"  {char!r:5} {ms:7.1f} ms  (search + list update {work:5.1f} ms)  {rows:,} rows"
            )
        settled = [k[1] for k in keys]
        print(
            f"median {statistics.median(settled):.1f} ms, worst {max(settled):.1f} ms; "
            f"app's own work median {statistics.median(k[2] for k in keys):.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
