"""Key press to settled frame in the app, over the 50,000-article store of scale.py.

The app runs headless (Textual's `run_test`) at a given size (default 160×48). Every frame
the screen hands to the driver is timestamped (the compositor has done all its work by
then; only the terminal write is skipped). Keys are sent the way a terminal sends them,
through the driver — not with `pilot.press`, whose idle-waiting forces an extra repaint of
its own ~30 ms later. For each key we take the time from just before it is sent to the
last frame that follows it before QUIET seconds pass with no frame — what a person waits
for. The first frame is reported too.

Marking (m, b, n) also redraws the feeds pane's counts on purpose COUNTS_DELAY (0.4 s)
later, once keys have stopped; that frame is left out of "settled" (only frames within
WINDOW of the key count) and its cost reported on its own line.

Usage::

    python benchmarks/scale.py            # builds benchmarks/out/scale-store once
    python benchmarks/app_keys.py         # then this, on a copy of that store
    python benchmarks/app_keys.py --size 80x24 --runs 30
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_STORE = HERE / "out" / "scale-store"
QUIET = 0.15  # seconds without a frame that count as "settled"
WINDOW = 0.35  # frames later than this belong to deferred work, not to the key
TARGET_MS = 50.0
# (label, key, keys that put things back so every run starts alike, held to TARGET_MS)
KEYS = [
    ("move (j)", "j", (), True),
    ("move back (k)", "k", (), True),
    ("open analysed article (Enter)", "enter", ("k", "j"), True),
    ("toggle read (m)", "m", (), False),
    ("bookmark (b)", "b", (), False),
    # Opens unanalysed articles (the store was filled with --feeds-only): the text shows
    # at once; the sidebar fills when analysis, started ANALYSE_DELAY later, is done.
    ("next unread (n), then analysis", "n", (), False),
]


def stamp_frames(app) -> list[float]:  # type: ignore[no-untyped-def]
    """A list that gets the time of every frame the app hands to its driver from now on."""
    frames: list[float] = []
    original = app._display

    def stamped(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None:
            frames.append(time.perf_counter())
        return original(screen, renderable)

    app._display = stamped  # type: ignore[method-assign]
    return frames


async def _measure(store_dir: Path, size: tuple[int, int], runs: int) -> dict[str, list[float]]:
    from reader.config import load_settings, resolve_paths
    from reader.tui.app import NewsApp

    paths = resolve_paths(store_dir)
    app = NewsApp(paths, load_settings(paths))
    frames = stamp_frames(app)
    redraws: list[float] = []
    redraw_counts = app._redraw_counts

    def timed_redraw() -> None:
        began = time.perf_counter()
        redraw_counts()
        redraws.append((time.perf_counter() - began) * 1000)

    app._redraw_counts = timed_redraw  # type: ignore[method-assign]
    results: dict[str, list[float]] = {}
    async with app.run_test(size=size) as pilot:
        while not app.query_one("#articles").option_count:
            await pilot.pause(0.05)
        await _settle(pilot, frames)

        async def timed(key: str) -> tuple[float, float]:
            await _settle(pilot, frames)
            frames.clear()
            start = time.perf_counter()
            _send_key(app, key)
            await _settle(pilot, frames)
            own = [f - start for f in frames if f - start <= WINDOW] or [float("nan")]
            return own[0] * 1000, own[-1] * 1000

        await _open_analysed_view(app, pilot)
        for label, key, reset, _held in KEYS:
            firsts, settled = [], []
            for _ in range(runs):
                first, last = await timed(key)
                firsts.append(first)
                settled.append(last)
                for k in reset:
                    _send_key(app, k)
                    await _settle(pilot, frames)
            results[label] = settled
            results[label + " first frame"] = firsts
    results["deferred counts redraw"] = redraws or [float("nan")]
    return results


async def _open_analysed_view(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """Put the cursor on an analysed article so Enter opens quotes and actors."""
    from reader.reading import stored_body

    articles = app.query_one("#articles")
    for index, article in enumerate(articles.articles[:2000]):
        body = stored_body(app.store, article.id)
        if body.get("actors"):
            articles._grow(index + 60)
            articles.highlighted = index
            await pilot.pause()
            return
    raise SystemExit("no analysed article in the first 2,000 rows: run scale.py first")


def _send_key(app, key: str) -> None:  # type: ignore[no-untyped-def]
    """Hand one key to the app as the terminal driver would."""
    from textual import events

    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)


async def _settle(pilot, frames: list[float]) -> None:  # type: ignore[no-untyped-def]
    """Wait until no frame has come for QUIET seconds (without forcing one)."""
    seen = -1
    while len(frames) != seen:
        seen = len(frames)
        await asyncio.sleep(QUIET)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", type=Path, default=DEFAULT_STORE)
    ap.add_argument("--size", default="160x48")
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    if not (args.store / "db").exists():
        print(f"no store at {args.store}: run benchmarks/scale.py first", file=sys.stderr)
        return 2
    size = tuple(int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="bench-keys-") as tmp:
        work = Path(tmp) / "store"
        shutil.copytree(args.store, work)
        results = asyncio.run(_measure(work, size, args.runs))  # type: ignore[arg-type]
    print(f"key press to frame, {args.size}, {args.runs} runs each (median, p90)")
    print(f"{'key':32} {'first frame':>13} {'settled':>9} {'p90':>7}  target {TARGET_MS:.0f} ms")
    for label, _key, _reset, held in KEYS:
        first = statistics.median(results[label + " first frame"])
        settled = sorted(results[label])
        median = statistics.median(settled)
        p90 = settled[int(0.9 * (len(settled) - 1))]
        mark = ("ok" if median <= TARGET_MS else "OVER") if held else ""
        print(f"{label:32} {first:11.1f}ms {median:7.1f}ms {p90:5.1f}ms  {mark}")
    redraw = statistics.median(results["deferred counts redraw"])
    print(f"feeds pane counts, redrawn once keys stop (handler time): {redraw:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
