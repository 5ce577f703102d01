"""Article-body extraction benchmark: readability-lxml vs our cleaner vs trafilatura.

Results (181 pages; rules tuned on the even-index half only, odd half held out). Second
round (page-builder split bodies, sign-up boxes, captions without <figure>, wire sign-offs;
driven by our own gold set in tests/gold) left the tuning half as it was:

F1 / P / R            whole (181)           even (tuning, 91)  odd (held-out, 90)
ours: clean_page().plain  0.979 / 0.976 / 0.982  0.987              0.970 / 0.965 / 0.975
ours, first round         0.978 / 0.974 / 0.982  0.987              0.968 / 0.962 / 0.975
readability → text_content 0.949 / 0.931 / 0.968  0.956              0.942 / 0.925 / 0.961
readability → our renderer 0.955 / 0.936 / 0.974  0.961              0.948 / 0.930 / 0.966
trafilatura (no comments)  0.960 / 0.942 / 0.978  0.965              0.955 / 0.941 / 0.969
trafilatura + precision    0.964 / 0.958 / 0.971  0.975              0.953 / 0.949 / 0.956

Ours: median ~25 ms/page (max ~0.2-0.3 s; 20-40 ms medians from run to run on a shared
2-core machine). The honest figure is the held-out one (0.970, +0.022 over readability with
the same renderer; the tuning half gained +0.026); the whole-set 0.979 includes the half
the rules were written against. Differences under ~0.01 are inside the bootstrap noise of
181 pages.

Data: the public 181-page benchmark in ``../shared/data/extraction`` (scrapinghub's
article-extraction-benchmark, MIT). It is read at run time and never copied into the repo.

Scoring is the benchmark's published method: tokens are ``\\w+`` runs, each text becomes the
multiset of its 4-token shingles, per page TP/FP/FN are normalised by their sum, precision and
recall are means over pages, F1 = 2PR/(P+R) of the means.

Usage::

    python benchmarks/extraction.py                 # whole set + even/odd halves
    python benchmarks/extraction.py --worst 10      # list the ten worst pages for ours
    python benchmarks/extraction.py --no-trafilatura
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared/data/extraction"

_TOKEN = re.compile(r"\w+", re.UNICODE)


# --------------------------------------------------------------------------- scoring
def _tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def _shingles(text: str | None, n: int = 4) -> Counter:
    tokens = _tokens(text)
    grams = [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) of one page."""
    t, p = _shingles(true), _shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def score(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Precision/recall means over pages and F1 of the means, plus accuracy."""
    precisions: list[float] = []
    recalls: list[float] = []
    exact = n = 0
    for true, pred in pairs:
        n += 1
        exact += _tokens(true) == _tokens(pred)
        tp, fp, fn = page_counts(true, pred)
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"f1": f1, "precision": p, "recall": r, "accuracy": exact / max(n, 1), "pages": n}


# --------------------------------------------------------------------------- extractors
def _naive_readability(html: bytes) -> str:
    """readability-lxml 0.9 summary(html_partial=True) → lxml text_content()."""
    import lxml.html
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content()
    except Exception:
        return ""


def _readability_blocks(html: bytes) -> str:
    """readability-lxml 0.9 → our block-aware renderer, without our boilerplate rules."""
    import lxml.html
    from readability import Document

    from reader.article.markdown import render

    try:
        summary = Document(html).summary(html_partial=True)
        return render(lxml.html.fromstring(summary), None)[1]
    except Exception:
        return ""


def _ours(html: bytes, url: str | None) -> str:
    from reader.article.clean import clean_page

    return clean_page(html, url).plain


def _trafilatura_factory(**options: object) -> Callable[[bytes], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(html: bytes) -> str:
        try:
            return trafilatura.extract(html, **options) or ""
        except Exception:
            return ""

    return run


# --------------------------------------------------------------------------- main
def load(data: Path) -> list[tuple[str, str, str, bytes]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        html = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        item = truth[page_id]
        pages.append((page_id, item.get("url") or "", item.get("articleBody") or "", html))
    return pages


def _fmt(name: str, s: dict[str, float]) -> str:
    return (
        f"{name:<44} F1 {s['f1']:.3f}  P {s['precision']:.3f}  R {s['recall']:.3f}"
        f"  acc {s['accuracy']:.3f}  (n={s['pages']})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--only-ours", action="store_true", help="skip the comparison rows")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages for ours")
    parser.add_argument("--split", choices=["all", "even", "odd"], default="all")
    args = parser.parse_args(argv)

    if not (args.data / "ground-truth.json").is_file():
        print(f"benchmark data not found in {args.data}", file=sys.stderr)
        return 2
    pages = load(args.data)
    if args.split != "all":
        pages = pages[0 if args.split == "even" else 1 :: 2]

    rows: list[tuple[str, list[str]]] = []
    times: list[float] = []
    ours = []
    for _pid, url, _truth, html in pages:
        start = time.perf_counter()
        ours.append(_ours(html, url or None))
        times.append((time.perf_counter() - start) * 1000)
    rows.append(("ours: clean_page(...).plain", ours))
    if not args.only_ours:
        rows.append(
            ("readability 0.9 → text_content (naive)", [_naive_readability(p[3]) for p in pages])
        )
        rows.append(
            ("readability 0.9 → our block renderer", [_readability_blocks(p[3]) for p in pages])
        )
        if not args.no_trafilatura:
            traf = _trafilatura_factory(include_comments=False)
            if traf is not None:
                rows.append(("trafilatura, include_comments=False", [traf(p[3]) for p in pages]))
                trafp = _trafilatura_factory(include_comments=False, favor_precision=True)
                assert trafp is not None
                rows.append(("trafilatura, + favor_precision", [trafp(p[3]) for p in pages]))
            else:
                print("(trafilatura not importable: row skipped)")

    truths = [p[2] for p in pages]
    halves = {"whole": range(len(pages))}
    if args.split == "all":
        halves["even (tuning half)"] = range(0, len(pages), 2)
        halves["odd (held-out half)"] = range(1, len(pages), 2)
    for label, idx in halves.items():
        print(f"== {label}")
        for name, preds in rows:
            print(_fmt(name, score((truths[i], preds[i]) for i in idx)))
    print(f"ours: median {statistics.median(times):.1f} ms/page, max {max(times):.0f} ms")

    if args.worst:
        scored = []
        for (pid, url, truth, _html), pred in zip(pages, ours, strict=True):
            tp, fp, fn = page_counts(truth, pred)
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            scored.append((min(p, r), p, r, pid[:10], url))
        for worst, p, r, pid, url in sorted(scored)[: args.worst]:
            print(f"{worst:.3f}  P {p:.3f} R {r:.3f}  {pid}  {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
