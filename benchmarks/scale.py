"""The store at scale: 50,000 articles from 1,000 feeds, and what a user waits for.

The store is built through the real path: 1,000 generated feeds × 50 items served by the
loopback server (benchmarks/feedserver.py), imported as OPML, then
`newsreader refresh --feeds-only`. A few articles are then analysed (quotes, actors) the
way `newsreader show` does it, so "open an analysed article" reads a real stored body.

Measured (each in a fresh process unless said otherwise):

* open store    Store(paths) + the first articles() call (fresh process; imports excluded
                and reported apart); median of 3 processes
* mark-read     Store.set_read([id]), median of 50 single-article calls (in-process)
* bookmark      Store.set_bookmarked([id]), median of 50 (in-process)
* list --json   `newsreader list --json` wall time (whole process)
* search        Store.articles(query=word) over all titles, median of 5 words (in-process)
* open article  store.article(id) + reader.reading.stored_body of an analysed article,
                median (in-process)
* app start     App creation → first screen whose article list has rows (Textual
                run_test, headless), and the app's RSS after mount — only when reader/tui
                has an app; otherwise reported as skipped

Usage::

    python benchmarks/scale.py                     # build (or reuse) and measure
    python benchmarks/scale.py --rebuild           # force a new store
    python benchmarks/scale.py --feeds 200 --items 50   # smaller, for a quick look
    python benchmarks/scale.py --markdown out.md
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_STORE = HERE / "out" / "scale-store"
ANALYSED = 20
TARGETS = {  # name: (limit, unit)
    "app start to first screen": (1.0, "s"),
    "open store": (300.0, "ms"),
    "mark-read": (10.0, "ms"),
    "bookmark": (10.0, "ms"),
    "open analysed article": (50.0, "ms"),
    "app memory (RSS after mount)": (300.0, "MB"),
}


def newsreader_cmd() -> list[str]:
    script = Path(sys.executable).with_name("newsreader")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# ----------------------------------------------------------------------------- build
def build(store_dir: Path, feeds: int, items: int) -> dict[str, object]:
    from feedserver import FeedServer

    if store_dir.exists():
        shutil.rmtree(store_dir)
    store_dir.mkdir(parents=True)
    env = {**os.environ, "NEWSREADER_HOME": str(store_dir)}
    base = newsreader_cmd()
    info: dict[str, object] = {}
    with FeedServer(feeds, items, 0.0, max_seconds=3600) as server:
        server.warm()
        opml = store_dir.parent / "scale-feeds.opml"
        opml.write_bytes(server.opml())
        subprocess.run(
            [*base, "--data-dir", str(store_dir), "import", str(opml)],
            check=True,
            env=env,
            capture_output=True,
        )
        t0 = time.perf_counter()
        done = subprocess.run(
            [*base, "--data-dir", str(store_dir), "refresh", "--feeds-only"],
            env=env,
            capture_output=True,
            text=True,
        )
        info["build refresh (s)"] = time.perf_counter() - t0
        info["build summary"] = done.stderr.strip().splitlines()[-1] if done.stderr else ""
        if done.returncode:
            raise SystemExit(f"refresh failed: {done.stderr[-500:]}")
    # Analyse a few articles as `newsreader show` would (spaCy loads once, in a child).
    code = f"""
import random, sys, time
from reader.config import resolve_paths
from reader.store.store import Store
from reader.reading import stored_body, analyse_and_keep
store = Store(resolve_paths({str(store_dir)!r}))
ids = sorted(a.id for a in store.articles())
random.Random(7).shuffle(ids)
t = time.perf_counter()
for aid in ids[:{ANALYSED}]:
    analyse_and_keep(store, aid, stored_body(store, aid))
print(time.perf_counter() - t)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"analysis failed: {done.stderr[-800:]}")
    info["analyse 20 articles incl. model load (s)"] = float(done.stdout.strip())
    (store_dir.parent / "scale-build.json").write_text(json.dumps(info, indent=1))
    return info


# --------------------------------------------------------------------- measurements
_OPEN_CODE = """
import json, sys, time
t0 = time.perf_counter()
from reader.config import resolve_paths
from reader.store.store import Store
t1 = time.perf_counter()
store = Store(resolve_paths(sys.argv[1]))
t2 = time.perf_counter()
rows = store.articles()
t3 = time.perf_counter()
with open('/proc/self/status') as fh:
    rss = [int(l.split()[1]) / 1024 for l in fh if l.startswith('VmRSS:')][0]
print(json.dumps({"import": t1 - t0, "store": t2 - t1, "articles": t3 - t2,
                  "rows": len(rows), "rss": rss}))
"""


def measure_open(store_dir: Path, runs: int = 3) -> list[dict[str, float]]:
    out = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _OPEN_CODE, str(store_dir)],
            capture_output=True,
            text=True,
            check=True,
        )
        out.append(json.loads(done.stdout))
    return out


def measure_in_process(store_dir: Path) -> dict[str, object]:
    """Run in a fresh child (python scale.py --in-process DIR): mark, search, open."""
    from reader.config import resolve_paths
    from reader.reading import stored_body
    from reader.store.store import Store

    store = Store(resolve_paths(store_dir))
    articles = store.articles()
    ids = [a.id for a in articles]
    analysed = [a.id for a in articles if a.actors or a.has_body]
    rng = random.Random(11)
    res: dict[str, object] = {"articles": len(ids), "rss after articles() (MB)": rss_mb()}

    def per_call(fn, sample: list[str]) -> list[float]:
        times = []
        for aid in sample:
            t = time.perf_counter()
            fn([aid])
            times.append((time.perf_counter() - t) * 1000)
        return times

    sample = rng.sample(ids, 50)
    res["mark-read ms"] = per_call(lambda x: store.set_read(x, True), sample)
    per_call(lambda x: store.set_read(x, False), sample)  # leave the store as it was
    res["bookmark ms"] = per_call(lambda x: store.set_bookmarked(x, True), rng.sample(ids, 50))
    words = ["harbour", "treaty", "glacier", "senate", "approves"]
    search = []
    hits = []
    for w in words:
        t = time.perf_counter()
        found = store.articles(query=w)
        search.append((time.perf_counter() - t) * 1000)
        hits.append(len(found))
    res["search ms"] = search
    res["search hits"] = hits
    t = time.perf_counter()
    unread = store.articles(unread=True, limit=200)
    res["unread top 200 ms"] = (time.perf_counter() - t) * 1000
    res["unread rows"] = len(unread)
    opens = []
    checks = []
    for _ in range(3):
        for aid in analysed:
            t = time.perf_counter()
            record = store.article(aid)
            body = stored_body(store, aid)
            opens.append((time.perf_counter() - t) * 1000)
            checks.append(bool(record) and body.get("analysed") and "quotes" in body)
    res["open ms"] = opens
    res["open analysed ok"] = f"{sum(map(bool, checks))}/{len(checks)}"
    res["quotes in opened"] = sum(len(stored_body(store, a).get("quotes", [])) for a in analysed)
    return res


def measure_list(store_dir: Path) -> tuple[float, int]:
    t = time.perf_counter()
    done = subprocess.run(
        [*newsreader_cmd(), "--data-dir", str(store_dir), "list", "--json"],
        capture_output=True,
        check=True,
    )
    wall = time.perf_counter() - t
    return wall, len(json.loads(done.stdout))


# ----------------------------------------------------------------------------- app
_APP_CODE = """
import asyncio, inspect, json, sys, time
t_import = time.perf_counter()
from reader.config import resolve_paths
try:
    import reader.tui.app as appmod
except Exception as exc:
    print(json.dumps({"skip": f"reader.tui.app not importable: {exc!r}"})); sys.exit(0)
from textual.app import App
classes = [c for c in vars(appmod).values()
           if inspect.isclass(c) and issubclass(c, App) and c is not App
           and c.__module__ == appmod.__name__]
if not classes:
    print(json.dumps({"skip": "no App subclass in reader.tui.app"})); sys.exit(0)
paths = resolve_paths(sys.argv[1])
t_import = time.perf_counter() - t_import

def rows_of(app):
    # The article list (#articles) when the app has one, else any list with rows.
    found = list(app.screen.query("#articles"))
    for w in found or app.screen.query("*"):
        for attr in ("row_count", "option_count"):
            n = getattr(w, attr, None)
            if isinstance(n, int) and n > 0:
                return n
    return 0

async def main():
    cls = classes[0]
    t0 = time.perf_counter()
    from reader.config import load_settings
    app = None
    for make in (lambda: cls(paths, load_settings(paths)), lambda: cls(paths),
                 lambda: cls(paths=paths), lambda: cls()):
        try:
            app = make(); break
        except TypeError:
            continue
    if app is None:
        print(json.dumps({"skip": f"could not construct {cls.__name__}"})); return
    async with app.run_test(size=(120, 40)) as pilot:
        rows = 0
        while time.perf_counter() - t0 < 30:
            await pilot.pause()
            rows = rows_of(app)
            if rows:
                break
        first = time.perf_counter() - t0
        with open('/proc/self/status') as fh:
            rss = [int(l.split()[1]) / 1024 for l in fh if l.startswith('VmRSS:')][0]
        print(json.dumps({"app": cls.__name__, "start": first, "rows": rows, "rss": rss,
                          "import": t_import}))
asyncio.run(main())
"""


def measure_app(store_dir: Path) -> dict[str, object]:
    if not (ROOT / "reader" / "tui" / "app.py").exists():
        return {"skip": "reader/tui has no app yet"}
    done = subprocess.run(
        [sys.executable, "-c", _APP_CODE, str(store_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode or not done.stdout.strip():
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"skip": f"app run failed: {last[-200:]}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------ main
def med(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(store_dir: Path, build_info: dict[str, object], feeds: int, items: int) -> str:
    opens = measure_open(store_dir)
    inproc = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--in-process", str(store_dir)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    list_wall, list_rows = measure_list(store_dir)
    app = measure_app(store_dir)

    open_ms = med([(o["store"] + o["articles"]) * 1000 for o in opens])
    rows: list[tuple[str, str, str, str]] = []

    def row(name: str, measured: float | None, unit: str, extra: str = "") -> None:
        target = TARGETS.get(name)
        if measured is None:
            rows.append(
                (name, f"≤ {target[0]:g} {target[1]}" if target else "–", f"skipped: {extra}", "–")
            )
            return
        verdict = "–"
        if target:
            verdict = "PASS" if measured <= target[0] else "FAIL"
        text = f"{measured:.1f} {unit}" if unit != "s" else f"{measured:.2f} s"
        rows.append(
            (
                name,
                f"≤ {target[0]:g} {target[1]}" if target else "(no target)",
                text + (f" ({extra})" if extra else ""),
                verdict,
            )
        )

    if "skip" in app:
        row("app start to first screen", None, "s", app["skip"])
        row("app memory (RSS after mount)", None, "MB", app["skip"])
    else:
        row("app start to first screen", app["start"], "s", f"{app['rows']} rows")
        row("app memory (RSS after mount)", app["rss"], "MB")
    row(
        "open store",
        open_ms,
        "ms",
        f"Store() {med([o['store'] for o in opens]) * 1000:.0f} + articles() "
        f"{med([o['articles'] for o in opens]) * 1000:.0f} ms; imports "
        f"{med([o['import'] for o in opens]) * 1000:.0f} ms apart",
    )
    row("mark-read", med(inproc["mark-read ms"]), "ms", f"p95 {p95(inproc['mark-read ms']):.1f}")
    row("bookmark", med(inproc["bookmark ms"]), "ms", f"p95 {p95(inproc['bookmark ms']):.1f}")
    row(
        "open analysed article",
        med(inproc["open ms"]),
        "ms",
        f"p95 {p95(inproc['open ms']):.1f}; {inproc['open analysed ok']} analysed bodies",
    )
    row("list --json (whole process)", list_wall, "s", f"{list_rows} rows")
    row(
        "search titles (articles(query=…))",
        med(inproc["search ms"]),
        "ms",
        f"hits {inproc['search hits']}",
    )
    row("unread, newest 200 (articles(unread, limit))", inproc["unread top 200 ms"], "ms")
    row("store process RSS after articles()", med([o["rss"] for o in opens]), "MB")

    lines = [
        f"Store: {inproc['articles']} articles from {feeds} feeds × {items} items, built by "
        f"`refresh --feeds-only` in {build_info.get('build refresh (s)', float('nan')):.1f} s "
        f"({build_info.get('build summary', '')}).",
        "",
        "| measure | target | measured (median) | result |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--store", type=Path, default=DEFAULT_STORE)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--markdown", type=Path)
    ap.add_argument("--in-process", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.in_process:
        print(json.dumps(measure_in_process(args.in_process)))
        return 0
    stamp = args.store.parent / "scale-build.json"
    marker = args.store / ".bench-shape"
    shape = f"{args.feeds}x{args.items}"
    if args.rebuild or not marker.exists() or marker.read_text() != shape or not stamp.exists():
        print(f"building {shape} store in {args.store} …", file=sys.stderr, flush=True)
        info = build(args.store, args.feeds, args.items)
        marker.write_text(shape)
    else:
        info = json.loads(stamp.read_text())
        print(f"reusing {args.store} (--rebuild for a new one)", file=sys.stderr)
    # Measure on a copy: mark-read and bookmark change the store.
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp) / "store"
        shutil.copytree(args.store, work)
        text = report(work, info, args.feeds, args.items)
    print(text)
    if args.markdown:
        with args.markdown.open("a") as fh:
            fh.write(f"## Store at scale ({time.strftime('%Y-%m-%d %H:%M')})\n\n{text}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
