"""Feed refresh side by side, with nginx serving the feeds so the server is not the limit.

`refresh.py`'s Python server answers ~60 requests/s at 0 ms latency, which makes both
clients wait on it. Here nginx (Debian's nginx-light) serves N generated feed files from
127.0.0.1, and `newsreader refresh --feeds-only` and `newsboat -x reload`
(reload-threads 8) run alternately, cold then warm, on the same feeds.

    python benchmarks/refresh_nginx.py                 # 500 feeds × 30 items, 2 rounds
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
import time
from pathlib import Path

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


def start_nginx(work: Path) -> Path:
    conf = work / "nginx.conf"
    conf.write_text(
        f"worker_processes 1; pid {work}/nginx.pid; error_log {work}/error.log;\n"
        "events { worker_connections 1024; }\n"
        "http { access_log off; types { application/rss+xml xml; }\n"
        f"  server {{ listen 127.0.0.1:{PORT}; root {work}/www; keepalive_requests 100000; }} }}\n"
    )
    subprocess.run(["nginx", "-c", str(conf)], check=True)
    return conf


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=2)
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
    conf = start_nginx(work)
    rows: dict[str, list[tuple[float, float, float]]] = {"newsreader": [], "newsboat": []}
    try:
        for _ in range(args.rounds):
            data = work / "nr"
            shutil.rmtree(data, ignore_errors=True)
            subprocess.run(
                ["newsreader", "--data-dir", str(data), "import", str(work / "subs.opml")],
                check=True,
                capture_output=True,
            )
            cmd = ["newsreader", "--data-dir", str(data), "refresh", "--feeds-only"]
            cold, rss = timed(cmd)
            warm, _ = timed(cmd)
            rows["newsreader"].append((cold, warm, rss))
            nb = work / "nb"
            shutil.rmtree(nb, ignore_errors=True)
            nb.mkdir()
            (nb / "config").write_text("reload-threads 8\n")
            env = {**os.environ, "HOME": str(nb)}
            cmd = [
                "newsboat",
                "-x",
                "reload",
                "-u",
                str(work / "urls"),
                "-c",
                str(nb / "cache.db"),
                "-C",
                str(nb / "config"),
            ]
            cold, rss = timed(cmd, env)
            warm, _ = timed(cmd, env)
            rows["newsboat"].append((cold, warm, rss))
            stored = (
                sqlite3.connect(nb / "cache.db")
                .execute("select count(*) from rss_item")
                .fetchone()[0]
            )
            assert stored == args.feeds * args.items, stored
    finally:
        subprocess.run(["nginx", "-s", "stop", "-c", str(conf)], capture_output=True)
    med = {k: [statistics.median(x[i] for x in v) for i in range(3)] for k, v in rows.items()}
    print(
        f"{args.feeds} feeds × {args.items} items, nginx on 127.0.0.1, "
        f"median of {args.rounds} round(s)\n"
    )
    print("| client | cold | warm | peak RSS |\n|---|---|---|---|")
    for name, (cold, warm, rss) in med.items():
        print(f"| {name} | {cold:.2f} s | {warm:.2f} s | {rss:.0f} MB |")
    ratio = med["newsreader"][0] / med["newsboat"][0]
    print(f"\ncold ratio newsreader/newsboat: **{ratio:.2f}×** (target ≤ 0.5×)")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
