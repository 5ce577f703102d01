"""Clean text on real 2025-26 article pages: ours vs readability-lxml alone vs trafilatura.

Data: ``../shared/data/wcxb-dev`` (696 real article pages with hand-checked main text, the
WCXB dev split, CC-BY-4.0). It is read at run time and never copied into the repo.

Metric (the one the issue names): per page, bag-of-words F1 between the extracted text and
the ground truth's ``main_content`` (lower-cased ``\\w+`` tokens, multiset overlap), averaged
over pages. A page is *lost* when its main text has 100+ words and the extraction fewer
than 20. ``below 0.5`` counts pages under F1 0.5. ``ms`` is the median CPU time of one
extraction in-process (decode, parse, clean, render; no analysis): CPU time rather than wall
time, so that other work on this shared 2-core machine does not show up as ours.

Usage::

    python benchmarks/wcxb.py                       # all three, totals
    python benchmarks/wcxb.py --only ours           # ours alone (fast loop)
    python benchmarks/wcxb.py --worst 25            # the 25 worst pages for ours
    python benchmarks/wcxb.py --page 0123 --show    # one page: our text beside the truth
    python benchmarks/wcxb.py --cli                 # ours through `newsreader extract`
    python benchmarks/wcxb.py --only ours --jobs 2  # faster, timings noisier

``--cli`` runs the installed ``newsreader extract --json --plain --no-analysis`` over the
pages (the acceptance path) instead of calling ``clean_page`` in-process; the scores must
agree.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import multiprocessing
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared/data/wcxb-dev"
_TOKEN = re.compile(r"\w+", re.UNICODE)
LOST_TRUTH = 100
LOST_GOT = 20


@dataclass(slots=True)
class Page:
    id: str
    url: str | None
    html: bytes
    truth: str


def _field(value: object) -> dict:
    """Ground-truth fields are dicts, or dicts written as Python literals."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            return ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return json.loads(value)
    return {}


def load(data: Path, ids: list[str] | None = None) -> list[Page]:
    pages = []
    for gt_path in sorted((data / "ground-truth").glob("*.json")):
        pid = gt_path.stem
        if ids and pid not in ids:
            continue
        gt = json.loads(gt_path.read_text())
        truth = _field(gt.get("ground_truth")).get("main_content") or ""
        html = gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes())
        pages.append(Page(pid, gt.get("url"), html, truth))
    return pages


# --------------------------------------------------------------------------- scoring
def words(text: str | None) -> list[str]:
    return _TOKEN.findall((text or "").lower())


def f1(truth: str, got: str) -> tuple[float, float, float]:
    """(F1, precision, recall) of two texts as bags of words."""
    t, g = Counter(words(truth)), Counter(words(got))
    common = sum((t & g).values())
    if not t and not g:
        return 1.0, 1.0, 1.0
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(g.values()), common / sum(t.values())
    return 2 * p * r / (p + r), p, r


def is_lost(truth: str, got: str) -> bool:
    return len(words(truth)) >= LOST_TRUTH and len(words(got)) < LOST_GOT


# --------------------------------------------------------------------------- extractors
def ours(page: Page) -> str:
    from reader.article.clean import clean_page

    return clean_page(page.html, page.url).plain


def readability_alone(page: Page) -> str:
    import lxml.html
    from readability import Document

    try:
        summary = Document(page.html, url=page.url).summary(html_partial=True)
        return lxml.html.fragment_fromstring(summary, create_parent="div").text_content()
    except Exception:
        return ""


def trafilatura_default(page: Page) -> str:
    import trafilatura

    try:
        return trafilatura.extract(page.html, url=page.url, include_comments=False) or ""
    except Exception:
        return ""


EXTRACTORS: dict[str, Callable[[Page], str]] = {
    "ours": ours,
    "readability": readability_alone,
    "trafilatura": trafilatura_default,
}


def _timed(args: tuple[str, Page]) -> tuple[str, str, float]:
    name, page = args
    t0 = time.process_time()
    text = EXTRACTORS[name](page)
    return page.id, text, time.process_time() - t0


def run_in_process(
    name: str, pages: list[Page], jobs: int = 1
) -> tuple[dict[str, str], list[float]]:
    """Texts by page id and per-page seconds; ``jobs`` > 1 spreads pages over processes."""
    work = [(name, page) for page in pages]
    if jobs > 1:
        with multiprocessing.Pool(jobs) as pool:
            done = pool.map(_timed, work, chunksize=8)
    else:
        done = [_timed(w) for w in work]
    return {pid: text for pid, text, _ in done}, [t for _, _, t in done]


def run_cli(pages: list[Page]) -> dict[str, str]:
    """Ours through the installed command, the path the acceptance checks use."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for page in pages:
            path = Path(tmp) / f"{page.id}.html"
            path.write_bytes(page.html)
            paths.append(str(path))
        cmd = ["newsreader", "extract", "--json", "--plain", "--no-analysis", *paths]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    out = {}
    for line in done.stdout.split("\n"):
        if not line.strip():
            continue
        row = json.loads(line)
        out[Path(row["source"]).stem.removesuffix(".html")] = row.get("text") or ""
    return out


# --------------------------------------------------------------------------- report
@dataclass(slots=True)
class Totals:
    f1: float
    precision: float
    recall: float
    below: int
    lost: int
    ms: float | None


def totals(pages: list[Page], got: dict[str, str], times: list[float] | None) -> Totals:
    scores = [f1(p.truth, got.get(p.id, "")) for p in pages]
    return Totals(
        f1=statistics.mean(s[0] for s in scores),
        precision=statistics.mean(s[1] for s in scores),
        recall=statistics.mean(s[2] for s in scores),
        below=sum(s[0] < 0.5 for s in scores),
        lost=sum(is_lost(p.truth, got.get(p.id, "")) for p in pages),
        ms=1000 * statistics.median(times) if times else None,
    )


def print_totals(rows: dict[str, Totals], n: int) -> None:
    print(f"wcxb-dev, {n} pages")
    print(f"{'extractor':<14}{'F1':>7}{'P':>7}{'R':>7}{'<0.5':>6}{'lost':>6}{'ms':>8}")
    for name, t in rows.items():
        ms = f"{t.ms:8.1f}" if t.ms is not None else f"{'-':>8}"
        print(f"{name:<14}{t.f1:7.3f}{t.precision:7.3f}{t.recall:7.3f}{t.below:6d}{t.lost:6d}{ms}")


def print_worst(pages: list[Page], got: dict[str, str], n: int) -> None:
    scored = sorted(pages, key=lambda p: f1(p.truth, got.get(p.id, ""))[0])
    print(f"\n{'page':<6}{'F1':>6}{'P':>6}{'R':>6}{'truth':>7}{'ours':>7}  url")
    for p in scored[:n]:
        s = f1(p.truth, got.get(p.id, ""))
        tw, gw = len(words(p.truth)), len(words(got.get(p.id, "")))
        print(f"{p.id:<6}{s[0]:6.2f}{s[1]:6.2f}{s[2]:6.2f}{tw:7d}{gw:7d}  {p.url}")


def show(page: Page, text: str) -> None:
    print(f"== {page.id} {page.url}\n-- ours:\n{text}\n-- truth:\n{page.truth}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--only", action="append", choices=sorted(EXTRACTORS))
    ap.add_argument("--page", action="append", help="page id (repeatable)")
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--show", action="store_true", help="print our text and the truth")
    ap.add_argument("--cli", action="store_true", help="ours through `newsreader extract`")
    ap.add_argument("--json", action="store_true", help="totals as JSON")
    ap.add_argument("--jobs", type=int, default=1, help="processes (timings then noisier)")
    args = ap.parse_args(argv)
    pages = load(args.data, args.page)
    if not pages:
        print(f"no pages under {args.data}", file=sys.stderr)
        return 2
    rows: dict[str, Totals] = {}
    results: dict[str, dict[str, str]] = {}
    for name in args.only or list(EXTRACTORS):
        if name == "ours" and args.cli:
            got, times = run_cli(pages), None
        else:
            got, times = run_in_process(name, pages, args.jobs)
        results[name] = got
        rows[name] = totals(pages, got, times)
    if args.json:
        print(json.dumps({k: _as_dict(t) for k, t in rows.items()}))
    else:
        print_totals(rows, len(pages))
    mine = results.get("ours")
    if mine is not None and args.worst:
        print_worst(pages, mine, args.worst)
    if mine is not None and args.show:
        for page in pages:
            show(page, mine.get(page.id, ""))
    return 0


def _as_dict(t: Totals) -> dict:
    return {k: getattr(t, k) for k in Totals.__slots__}


if __name__ == "__main__":
    raise SystemExit(main())
