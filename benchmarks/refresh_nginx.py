"""Feed refresh side by side, with nginx serving the feeds so the server is not the limit.

`refresh.py`'s Python server answers ~60 requests/s at 0 ms latency, which makes both
clients wait on it. Here nginx (Debian's nginx-light) serves N generated feed files from
127.0.0.1, and `newsreader refresh --feeds-only` and `newsboat -x reload`
(reload-threads 8) run alternately, cold then warm, on the same feeds; which one goes first
alternates by round. Medians over the rounds, with the CPU time of each cold run and how
busy the machine was with other work meanwhile (other processes' CPU, in cores): on a
shared machine a ratio means little without it.

    python benchmarks/refresh_nginx.py                 # 500 feeds × 30 items, 3 rounds
    python benchmarks/refresh_nginx.py --feeds 1000 --items 50 --rounds 1
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from refresh_pages import Run, start_nginx, timed

WORDS = ["alpha", "beta", "gamma", "delta", "harbour", "council", "river", "ferry", "plant", "vote"]
PORT = 8797


def write_feeds(www: Path, feeds: int, items: int) -> list[str]:
    urls = []
    for i in range(feeds):
        body = "".join(
            f"<item><title>Feed {i} item {j} {' '.join(WORDS[(i + j) % 10 :][:5])}</title>"
            f"<link>http://127.0.0.1:{PORT}/p/{i}/{j}</link><guid>urn:{i}:{j}</guid>"
            f"<pubDate>Mon, 01 Jun 2026 {j % 24:02d}:{j % 60:02d}:00 +0000</pubDate>"
            f"<description>{(' '.join(WORDS) + '. ') * 12}</description></item>"
            for j in range(items)
        )
        (www / f"f{i}.xml").write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {i}</title>'
            f"<link>http://127.0.0.1:{PORT}/</link>{body}</channel></rss>"
        )
        urls.append(f"http://127.0.0.1:{PORT}/f{i}.xml")
    return urls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for tool in ("nginx", "newsboat", "newsreader"):
        if not shutil.which(tool):
            print(f"{tool} not found (apt-get install nginx-light newsboat)", file=sys.stderr)
            return 1
    work = Path(tempfile.mkdtemp(prefix="nr-nginx-"))
    work.chmod(0o755)  # nginx's workers run as www-data
    (work / "www").mkdir()
    urls = write_feeds(work / "www", args.feeds, args.items)
    (work / "urls").write_text("\n".join(urls) + "\n")
    (work / "subs.opml").write_text(
        '<opml version="2.0"><body>'
        + "".join(f'<outline xmlUrl="{u}"/>' for u in urls)
        + "</body></opml>"
    )
    conf = start_nginx(work, PORT)
    rows: dict[str, list[tuple[Run, Run]]] = {"newsreader": [], "newsboat": []}
    clients = {"newsreader": newsreader_once, "newsboat": newsboat_once}
    try:
        for n in range(args.rounds):
            for name in list(clients)[:: 1 if n % 2 == 0 else -1]:
                rows[name].append(clients[name](work / f"round{n}", args.feeds * args.items))
                cold = rows[name][-1][0]
                print(f"round {n + 1}: {name} cold {cold}", file=sys.stderr)
    finally:
        subprocess.run(["nginx", "-s", "stop", "-c", str(conf)], capture_output=True)
    print(report(rows, args.feeds, args.items, args.rounds))
    shutil.rmtree(work, ignore_errors=True)
    return 0


def newsreader_once(round_dir: Path, items: int) -> tuple[Run, Run]:
    """A cold refresh into a fresh store, then a warm one (every feed answers 304).

    Each round's stores stay until the end (`main` removes them): deleting the previous
    round's 1,500 files just before a cold run made every file it created cost more
    (ext4 skips recently freed inodes one by one: `recently_deleted` and
    `find_get_block_common` were ~12% of a cold refresh's CPU under `perf`, ~5% without
    the deletion), a cost of the harness, not of a user's refresh."""
    data = round_dir / "nr"
    subprocess.run(
        ["newsreader", "--data-dir", str(data), "import", str(round_dir.parent / "subs.opml")],
        check=True,
        capture_output=True,
    )
    cmd = ["newsreader", "--data-dir", str(data), "refresh", "--feeds-only"]
    cold, warm = timed(cmd), timed(cmd)
    listed = subprocess.run(
        ["newsreader", "--data-dir", str(data), "list", "--json"], capture_output=True, check=True
    )
    count = listed.stdout.count(b'"id":')
    assert count == items, count
    return cold, warm


def newsboat_once(round_dir: Path, items: int) -> tuple[Run, Run]:
    nb = round_dir / "nb"
    nb.mkdir(parents=True)
    (nb / "config").write_text("reload-threads 8\n")
    env = {**os.environ, "HOME": str(nb)}
    cmd = [
        "newsboat",
        "-x",
        "reload",
        "-u",
        str(round_dir.parent / "urls"),
        "-c",
        str(nb / "cache.db"),
        "-C",
        str(nb / "config"),
    ]
    cold, warm = timed(cmd, env), timed(cmd, env)
    db = sqlite3.connect(nb / "cache.db")
    stored = db.execute("select count(*) from rss_item").fetchone()[0]
    db.close()
    assert stored == items, stored
    return cold, warm


def report(rows: dict[str, list[tuple[Run, Run]]], feeds: int, items: int, rounds: int) -> str:
    def med(name: str, which: int, field: str) -> float:
        return statistics.median(getattr(r[which], field) for r in rows[name])

    lines = [
        f"{feeds} feeds × {items} items, nginx on 127.0.0.1, {rounds} interleaved round(s), "
        f"medians; {os.cpu_count()} cores\n",
        "| client | cold | cold CPU (user+sys) | warm | peak RSS (cold) "
        "| others' CPU meanwhile (cold) | load at start |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in rows:
        lines.append(
            f"| {name} | {med(name, 0, 'wall'):.2f} s | {med(name, 0, 'cpu'):.2f} s "
            f"| {med(name, 1, 'wall'):.2f} s | {med(name, 0, 'rss_mb'):.0f} MB "
            f"| {med(name, 0, 'others'):.2f} cores | {med(name, 0, 'load'):.2f} |"
        )
    lines.append(
        "\nper round, cold (wall s / peak MB): "
        + "; ".join(
            f"{k} " + ", ".join(f"{c.wall:.2f}/{c.rss_mb:.0f}" for c, _w in v)
            for k, v in rows.items()
        )
    )
    time_ratio = med("newsreader", 0, "wall") / med("newsboat", 0, "wall")
    rss_ratio = med("newsreader", 0, "rss_mb") / med("newsboat", 0, "rss_mb")
    lines.append(
        f"\ncold ratio newsreader/newsboat: **{time_ratio:.2f}×** time (target ≤ 0.5×), "
        f"**{rss_ratio:.2f}×** peak RSS (target ≤ 1.5×)"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
