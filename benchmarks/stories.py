"""Stories across outlets: clustering and quote matching scored on the gold set, and speed.

    python benchmarks/stories.py                    # scores (all, design part, held-out part)
    python benchmarks/stories.py --speed            # also ms per new article at 50,000
    python benchmarks/stories.py --json             # figures as JSON on stdout
    python benchmarks/stories.py --cache FILE       # keep the analyses between runs

The gold set (tests/stories/gold/gold.json, written by make_gold.py from events.py) is our
own writing: 34 events, each told by 4-5 fictional outlets with their own styles, each with
a distractor article sharing at least two of its actors but reporting another event. Every
article page goes through the real cleaner and the real analysis (reader.article.analyse),
so actors and quotes are what newsreader finds, never the gold ones. Articles are clustered
one at a time in order of publication, as a refresh would add them.

Scored three ways: text-only (TF-IDF cosine), actors-only (shared actors weighted by IDF)
and combined (the default `Weights`: text + actors + shared quotes, never names alone).
The held-out part (events with index ≡ 2 mod 3) was not looked at while choosing weights.

Speed: an index of 50,000 articles (the gold articles' features, copied with their actors
and half of their words renamed per copy so each copy is another event, spread over 30 days:
~3,300 articles in any 48-hour window), then the time to place each new article, and the time
to read and write db/stories.json at that size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "stories" / "gold"))

from scoring import pairwise, score_quotes  # noqa: E402

from reader.stories import people_of  # noqa: E402
from reader.stories.cluster import StoryIndex, Weights  # noqa: E402
from reader.stories.features import Features, features_of, hours  # noqa: E402
from reader.stories.quotes import match_quotes  # noqa: E402

GOLD = ROOT / "tests" / "stories" / "gold" / "gold.json"
MODES = {"text-only": Weights.text_only(), "actors-only": Weights.actors_only()}


def analysed(articles: list[dict[str, Any]], cache: Path | None) -> dict[str, dict[str, Any]]:
    """Clean and analyse every gold page with newsreader's own pipeline."""
    bodies: dict[str, dict[str, Any]] = {}
    if cache and cache.exists():
        bodies = json.loads(cache.read_text(encoding="utf-8"))
    missing = [a for a in articles if a["id"] not in bodies]
    if missing:
        from reader.article.analyse import analyse
        from reader.article.body import body_from_page

        for article in missing:
            body = body_from_page(article["html"].encode(), f"http://127.0.0.1/{article['id']}")
            body.update(analyse(body["text"]).to_json())
            bodies[article["id"]] = body
        if cache:
            cache.write_text(json.dumps(bodies), encoding="utf-8")
    return bodies


def cluster(
    articles: list[dict[str, Any]], bodies: dict[str, Any], weights: Weights
) -> dict[str, str]:
    index = StoryIndex(weights)
    for a in sorted(articles, key=lambda a: a["published"]):
        body = bodies[a["id"]]
        when = hours(a["published"])
        keep_names = weights == MODES["text-only"]
        index.add(features_of(a["id"], a["feed"], when, a["title"], body, names_in_text=keep_names))
    return {a["id"]: index.story_of.get(a["id"], a["id"]) for a in articles}


def quote_figures(
    articles: list[dict[str, Any]], bodies: dict[str, Any], predicted: dict[str, str], gold: Any
) -> dict[str, int]:
    groups: dict[str, list[str]] = {}
    for a in articles:
        groups.setdefault(predicted[a["id"]], []).append(a["id"])
    entries = []
    for members in groups.values():
        carried = [
            (aid, q.get("speaker") or "", q["text"])
            for aid in members
            for q in bodies[aid]["quotes"]
        ]
        people = people_of(bodies[aid] for aid in members)
        entries += [e.to_json() for e in match_quotes(carried, people)]
    by_id = {a["id"]: a for a in articles}
    return score_quotes(entries, by_id, gold["quotes"])


def scores(gold: dict[str, Any], bodies: dict[str, Any]) -> dict[str, Any]:
    articles = gold["articles"]
    truth = {a["id"]: a["story"] for a in articles}
    out: dict[str, Any] = {}
    for name, weights in {**MODES, "combined": Weights()}.items():
        row = {}
        for part in ("all", "design", "heldout"):
            chosen = [a for a in articles if part == "all" or a["part"] == part]
            predicted = cluster(chosen, bodies, weights)
            row[part] = pairwise(predicted, truth, predicted)
            if name == "combined":
                row[part]["quotes"] = quote_figures(chosen, bodies, predicted, gold)
        out[name] = row
    return out


def speed(bodies: dict[str, Any], gold: dict[str, Any], total: int = 50_000) -> dict[str, float]:
    """Milliseconds to place one new article among `total` stored; file read/write times."""
    base = [
        features_of(a["id"], a["feed"], 0.0, a["title"], bodies[a["id"]]) for a in gold["articles"]
    ]
    span = 30 * 24.0
    index = StoryIndex()

    def copy(f: Features, k: int, when: float) -> Features:
        terms = {(t if zlib.crc32(t.encode()) % 2 else f"{t}{k}"): n for t, n in f.terms.items()}
        actors = [f"{a}#{k}" for a in f.actors]
        quotes = [(s + f" {k}", t) for s, t in f.quotes]
        return Features(f"{f.aid}@{k}", f.feed, when, terms, actors, quotes)

    for i in range(total):
        f = base[i % len(base)]
        index.add(copy(f, i // len(base), span * i / total))
        if i % 1000 == 999:
            index.prune()  # as each refresh's write does
    timings = []
    for j in range(300):
        f = base[j % len(base)]
        new = copy(f, 10_000 + j // 20, span)  # groups of the same event, new actors
        start = time.perf_counter()
        index.add(new)
        timings.append((time.perf_counter() - start) * 1000)
    index.prune()
    with tempfile.TemporaryDirectory() as tmp:
        from reader.config import resolve_paths
        from reader.stories.storage import StoryFile

        files = StoryFile(resolve_paths(tmp))
        start = time.perf_counter()
        files.change(lambda stored: stored.__dict__.update(index.__dict__))
        write_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        files.load(evidence=True)
        read_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        files.load()
        list_ms = (time.perf_counter() - start) * 1000
        size = files.path.stat().st_size + files.evidence_path.stat().st_size
    return {
        "articles": total,
        "window_articles": len(index.window),
        "median_ms": statistics.median(timings),
        "p90_ms": statistics.quantiles(timings, n=10)[-1],
        "max_ms": max(timings),
        "file_mb": size / 1e6,
        "file_read_ms": read_ms,
        "file_write_ms": write_ms,
        "stories_read_ms": list_ms,
    }


def report(figures: dict[str, Any]) -> None:
    print(f"{'mode':<12} {'part':<8} {'P':>6} {'R':>6} {'F1':>6}  quotes matched / shared")
    for mode, row in figures["scores"].items():
        for part, s in row.items():
            q = s.get("quotes")
            extra = ""
            if q:
                share = q["matched"] / q["shared"] if q["shared"] else 1.0
                extra = (
                    f"  {q['matched']}/{q['shared']} = {share:.1%}, "
                    f"entries merging speakers: {q['merged_speakers']}"
                )
            line = f"{mode:<12} {part:<8} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
            print(line + extra)
    if "speed" in figures:
        s = figures["speed"]
        print(
            f"placing a new article at {s['articles']:,} stored ({s['window_articles']:,} in the "
            f"window): median {s['median_ms']:.2f} ms, p90 {s['p90_ms']:.2f} ms, max "
            f"{s['max_ms']:.2f} ms; db/stories.json {s['file_mb']:.1f} MB, read "
            f"{s['file_read_ms']:.0f} ms, write {s['file_write_ms']:.0f} ms (once per refresh; "
            f"the read includes the write's re-read); stories alone read in "
            f"{s['stories_read_ms']:.0f} ms (`stories`, `list --json`)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    bodies = analysed(gold["articles"], args.cache)
    figures: dict[str, Any] = {"scores": scores(gold, bodies)}
    if args.speed:
        figures["speed"] = speed(bodies, gold)
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        report(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
