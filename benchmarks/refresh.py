"""Feed refresh, side by side: `newsreader refresh --feeds-only` vs `newsboat -x reload`.

Both clients fetch the same generated feeds from one loopback server (benchmarks/feedserver.py)
in the same run, one after the other, each into a fresh store:

* case a: 100 feeds × 30 items, 50 ms added latency per request
* case b: 500 feeds × 30 items, no added latency

For each client: a cold refresh (empty store, every feed new), then a warm refresh (same
store, the server answers 304 to every conditional request). Timed: the refresh process
only (the OPML import / urls file is set up before). Peak RSS: `ru_maxrss` of that process
(os.wait4). Items stored are checked afterwards: `newsreader list --json` for newsreader,
`count(*) from rss_item` in newsboat's cache.db.

newsboat runs with `reload-threads 8` in a temporary HOME (`-u urls -c cache.db -C config`);
newsreader with its default settings (16 jobs, 4 per host) unless --per-host is given.
With --hosts K the feeds are spread over 127.0.0.1…127.0.0.K (all loopback), like a real
subscription list on many sites; the default is everything on 127.0.0.1.

Usage::

    python benchmarks/refresh.py                     # both cases, 1 repeat
    python benchmarks/refresh.py --case b --repeat 3
    python benchmarks/refresh.py --hosts 8
    python benchmarks/refresh.py --case b --profile  # + cProfile of newsreader's cold refresh
    python benchmarks/refresh.py --markdown out.md   # also write the table as Markdown
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
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from feedserver import FeedServer, loopback_hosts_work  # noqa: E402

CASES = {
    "a": {"feeds": 100, "items": 30, "latency_ms": 50.0},
    "b": {"feeds": 500, "items": 30, "latency_ms": 0.0},
}
# Measured by the team (newsboat 2.21, reload-threads 8), quoted in the issue.
REFERENCE = {"a": 2.5, "b": 13.4}
TARGET_RATIO = 0.5  # newsreader refresh --feeds-only of 500 feeds ≤ 0.5 × newsboat


# What-if variants (benchmark-only monkeypatches applied in the child before reader.cli
# runs; domain code is untouched). They bound the gain of a fix before anyone writes it.
_PATCHES = {
    # httpcore calls `import sniffio` for every lock/semaphore it makes; with sniffio not
    # installed (anyio ≥ 4.x no longer pulls it in) each failed import rescans sys.path.
    "sniffio": "import types; m = types.ModuleType('sniffio'); "
    "m.current_async_library = lambda: 'asyncio'; sys.modules['sniffio'] = m",
    # Store writes fsync the file and the folder, on the event loop thread.
    "nofsync": "import os; os.fsync = lambda fd: None",
}


def newsreader_cmd(variant: tuple[str, ...] = ()) -> list[str]:
    if variant:
        code = "; ".join(
            [
                "import sys",
                *(_PATCHES[v] for v in variant),
                "from reader.cli import main",
                "sys.exit(main(sys.argv[1:]))",
            ]
        )
        return [sys.executable, "-c", code]
    script = Path(sys.executable).with_name("newsreader")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


@dataclass
class Run:
    wall: float
    rss_mb: float
    rc: int
    stderr: str = ""


def timed(
    cmd: list[str], env: dict[str, str] | None = None, cwd: str | None = None, timeout: float = 900
) -> Run:
    """Wall time and peak RSS of one process (its own rusage, via wait4)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=cwd)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return Run(wall, usage.ru_maxrss / 1024, proc.returncode, text[-2000:])


@dataclass
class Result:
    tool: str
    case: str
    cold: list[Run] = field(default_factory=list)
    warm: list[Run] = field(default_factory=list)
    items: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def med(self, runs: list[Run], attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in runs) if runs else float("nan")


# ----------------------------------------------------------------------- newsreader
def newsreader_once(
    server: FeedServer,
    work: Path,
    per_host: int | None,
    profile: Path | None = None,
    variant: tuple[str, ...] = (),
) -> tuple[Run, Run, int]:
    data = work / "nr"
    data.mkdir()
    if per_host:
        (data / "config.toml").write_text(f"per_host = {per_host}\n")
    opml = work / "feeds.opml"
    opml.write_bytes(server.opml())
    env = {**os.environ, "NEWSREADER_HOME": str(data)}
    base = newsreader_cmd(variant)
    imp = subprocess.run(
        [*base, "--data-dir", str(data), "import", str(opml)],
        capture_output=True,
        text=True,
        env=env,
    )
    if imp.returncode:
        raise SystemExit(f"newsreader import failed: {imp.stderr}")
    refresh = [*base, "--data-dir", str(data), "refresh", "--feeds-only"]
    if profile is not None:  # the cold run only (the warm one would overwrite it)
        cold = timed(
            [
                sys.executable,
                "-m",
                "cProfile",
                "-o",
                str(profile),
                "-m",
                "reader",
                "--data-dir",
                str(data),
                "refresh",
                "--feeds-only",
            ],
            env=env,
        )
    else:
        cold = timed(refresh, env=env)
    warm = timed(refresh, env=env)
    listed = subprocess.run(
        [*base, "--data-dir", str(data), "list", "--json"], capture_output=True, env=env
    )
    import json

    count = len(json.loads(listed.stdout)) if listed.returncode == 0 else -1
    return cold, warm, count


# ------------------------------------------------------------------------- newsboat
def newsboat_once(server: FeedServer, work: Path, threads: int) -> tuple[Run, Run, int]:
    home = work / "nb"
    home.mkdir()
    urls = home / "urls"
    urls.write_text("\n".join(server.feed_urls()) + "\n")
    config = home / "config"
    config.write_text(f"reload-threads {threads}\n")
    cache = home / "cache.db"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    cmd = ["newsboat", "-x", "reload", "-u", str(urls), "-c", str(cache), "-C", str(config)]
    cold = timed(cmd, env=env, cwd=str(home))
    warm = timed(cmd, env=env, cwd=str(home))
    with sqlite3.connect(cache) as db:
        count = db.execute("select count(*) from rss_item").fetchone()[0]
    return cold, warm, count


# ----------------------------------------------------------------------------- main
def run_case(
    name: str,
    repeat: int,
    hosts: int,
    per_host: int | None,
    threads: int,
    with_newsboat: bool,
    profile: Path | None,
    variants: list[tuple[str, ...]] = (),
) -> list[Result]:
    spec = CASES[name]
    expected = spec["feeds"] * spec["items"]
    nr = Result("newsreader", name)
    nb = Result("newsboat", name)
    extra = {
        f"newsreader+{'+'.join(v)}": (v, Result(f"newsreader+{'+'.join(v)}", name))
        for v in variants
    }
    with FeedServer(
        spec["feeds"], spec["items"], spec["latency_ms"], hosts=hosts, max_seconds=3600
    ) as server:
        server.warm()
        for rep in range(repeat):
            # Alternate who goes first, so a slow neighbour hurts both alike.
            order = ["newsreader", *extra, "newsboat"]
            if rep % 2:
                order.reverse()
            for tool in order:
                if tool == "newsboat" and not with_newsboat:
                    continue
                with tempfile.TemporaryDirectory(prefix=f"bench-{tool}-") as tmp:
                    server.counts(reset=True)
                    if tool == "newsreader":
                        cold, warm, count = newsreader_once(server, Path(tmp), per_host)
                        res = nr
                    elif tool in extra:
                        variant, res = extra[tool]
                        cold, warm, count = newsreader_once(
                            server, Path(tmp), per_host, variant=variant
                        )
                    else:
                        cold, warm, count = newsboat_once(server, Path(tmp), threads)
                        res = nb
                    hits = server.counts()
                res.cold.append(cold)
                res.warm.append(warm)
                res.items.append(count)
                for label, run in (("cold", cold), ("warm", warm)):
                    if run.rc:
                        res.notes.append(f"{label} exit {run.rc}: {run.stderr.strip()[-300:]}")
                if count != expected:
                    res.notes.append(f"stored {count} items, expected {expected}")
                print(
                    f"  [{name}] {tool:18s} cold {cold.wall:6.2f} s {cold.rss_mb:5.0f} MB | "
                    f"warm {warm.wall:5.2f} s {warm.rss_mb:5.0f} MB | items {count} | "
                    f"server {hits}",
                    file=sys.stderr,
                    flush=True,
                )
        if profile is not None:
            with tempfile.TemporaryDirectory(prefix="bench-prof-") as tmp:
                newsreader_once(server, Path(tmp), per_host, profile=profile)
    found = [nr, nb] if with_newsboat else [nr]
    return found + [r for _, r in extra.values()]


def fmt(x: float, unit: str = "") -> str:
    return "–" if x != x else f"{x:.2f}{unit}"


def table(results: dict[str, list[Result]], hosts: int, per_host: int | None) -> str:
    lines = [
        f"Feeds on {hosts} loopback host(s); newsreader per_host = "
        f"{per_host or 'default (4)'}; newsboat reload-threads 8.",
        "",
        "| case | client | cold wall | cold peak RSS | warm (304) wall | warm peak RSS "
        "| items stored | cold ratio nr/nb | warm ratio nr/nb |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, (res) in results.items():
        spec = CASES[name]
        label = f"{name}: {spec['feeds']}×{spec['items']} @ {spec['latency_ms']:g} ms"
        nr = res[0]
        nb = next((r for r in res if r.tool == "newsboat"), None)
        for r in res:
            ratio_c = ratio_w = ""
            if r.tool.startswith("newsreader") and nb is not None:
                ratio_c = f"**{nr.med(nr.cold, 'wall') / nb.med(nb.cold, 'wall'):.2f}×**"
                ratio_w = f"{nr.med(nr.warm, 'wall') / nb.med(nb.warm, 'wall'):.2f}×"
            lines.append(
                f"| {label} | {r.tool} | {fmt(r.med(r.cold, 'wall'), ' s')} "
                f"| {r.med(r.cold, 'rss_mb'):.0f} MB | {fmt(r.med(r.warm, 'wall'), ' s')} "
                f"| {r.med(r.warm, 'rss_mb'):.0f} MB | {'/'.join(map(str, r.items))} "
                f"| {ratio_c} | {ratio_w} |"
            )
    lines.append("")
    lines.append(
        f"Medians of {len(next(iter(results.values()))[0].cold)} run(s). Team reference "
        f"for newsboat 2.21: a → {REFERENCE['a']} s, b → {REFERENCE['b']} s. "
        f"Target: case b cold ratio ≤ {TARGET_RATIO}."
    )
    if "b" in results and len(results["b"]) > 1 and results["b"][1].tool == "newsboat":
        nr, nb = results["b"][:2]
        ratio = nr.med(nr.cold, "wall") / nb.med(nb.cold, "wall")
        verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
        lines.append(f"Target check (500 feeds, cold): {ratio:.2f}× → **{verdict}**")
    notes = [f"- {r.tool} {r.case}: {n}" for res in results.values() for r in res for n in r.notes]
    if notes:
        lines += ["", "Notes:", *notes]
    return "\n".join(lines) + "\n"


def print_profile(path: Path, top: int = 25) -> str:
    import io
    import pstats

    buf = io.StringIO()
    stats = pstats.Stats(str(path), stream=buf)
    stats.sort_stats("cumulative").print_stats(top)
    buf.write("\n--- by own time ---\n")
    stats.sort_stats("tottime").print_stats(top)
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--case", action="append", choices=sorted(CASES))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--hosts", type=int, default=1, help="spread feeds over 127.0.0.1..K")
    ap.add_argument("--per-host", type=int, help="newsreader per_host setting (default: its own)")
    ap.add_argument("--threads", type=int, default=8, help="newsboat reload-threads")
    ap.add_argument("--no-newsboat", action="store_true")
    ap.add_argument(
        "--profile",
        action="store_true",
        help="also run newsreader's cold refresh under cProfile (not timed)",
    )
    ap.add_argument("--markdown", type=Path, help="append the table to this file")
    ap.add_argument(
        "--variant",
        action="append",
        default=[],
        help="what-if: also run newsreader with benchmark-only patches, "
        f"interleaved in the same run; comma-join to combine "
        f"({', '.join(sorted(_PATCHES))})",
    )
    args = ap.parse_args()
    variants = [tuple(v.split(",")) for v in args.variant]
    for v in variants:
        if not set(v) <= set(_PATCHES):
            ap.error(f"unknown variant {v}")
    cases = args.case or ["a", "b"]
    with_newsboat = not args.no_newsboat
    if with_newsboat and shutil.which("newsboat") is None:
        print(
            "newsboat not found: running newsreader alone (install: apt-get install newsboat)",
            file=sys.stderr,
        )
        with_newsboat = False
    if not loopback_hosts_work(args.hosts):
        raise SystemExit(f"127.0.0.{args.hosts} is not a usable loopback address here")
    results: dict[str, list[Result]] = {}
    profiles: list[str] = []
    for name in cases:
        prof = None
        if args.profile:
            prof = Path(tempfile.gettempdir()) / f"newsreader-refresh-{name}.prof"
        results[name] = run_case(
            name,
            args.repeat,
            args.hosts,
            args.per_host,
            args.threads,
            with_newsboat,
            prof,
            variants,
        )
        if prof is not None and prof.exists():
            profiles.append(
                f"### cProfile, case {name} (cold, not timed): {prof}\n\n```\n"
                + print_profile(prof)
                + "```\n"
            )
    text = table(results, args.hosts, args.per_host)
    if variants:
        text += (
            "\nnewsreader+X rows: what-if runs with a benchmark-only patch X applied in "
            "the child process (sniffio: a stub sniffio module; nofsync: os.fsync "
            "disabled); domain code unchanged.\n"
        )
    if not with_newsboat:
        why = "--no-newsboat" if args.no_newsboat else "not installed"
        text += f"\nnewsboat was not run ({why}): no ratios.\n"
    print(text)
    for p in profiles:
        print(p)
    if args.markdown:
        with args.markdown.open("a") as fh:
            fh.write(f"## Refresh: newsreader vs newsboat ({time.strftime('%Y-%m-%d %H:%M')})\n\n")
            fh.write(text + "\n")
            for p in profiles:
                fh.write(p + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
