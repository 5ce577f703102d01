# ruff: noqa: E501 -- the report lines are column layouts
"""Right speaker of direct quotes on PolNeAR (US political news, brat standoff annotations).

    python benchmarks/polnear.py /tmp/polnear                # full train split
    python benchmarks/polnear.py /tmp/polnear --sample       # fixed 150-article subset
    python benchmarks/polnear.py /tmp/polnear --limit 50     # first 50 articles by name
    python benchmarks/polnear.py /tmp/polnear --show wrong   # print each failure

PATH holds `text/*.txt` and `attributions/*.ann` of PolNeAR's *train* split (bring the public
repository networkdynamics/PolNeAR into a temp folder and `git show` `data/train/{text,
attributions}` there; never commit any of it, never read its dev/test splits).

Each article becomes an HTML page (title = first line, a `<p>` per further line) run through the
installed `newsreader extract --json`, many files per invocation (the model loads once per
process), two processes side by side.

Gold, per article the first `.ann` by name: a gold quote is a span between quotation marks
lying mostly (>= 50 % of its characters) inside an attribution's Content; its speaker is that
relation's Source; a pronoun Source is replaced by the nearest preceding named Source of the
same file (one whose head word is a proper name: "he" after "Ben Carson … the candidate" is
Ben Carson).
A gold quote is *found* when a predicted quote's normalised text contains it, or is contained
in it covering >= 60 %; its speaker is *right* when the gold Source's head word (the last word
of the phrase before a comma, a relative clause or a prepositional tail: a surname, or
"officials", "spokesman") occurs as a word in the predicted speaker. Right speaker is
counted among all gold quotes (a missed quote is a wrong one).

Figures on the full train split (840 articles, 6,460 gold quotes), 2026-12-04, extraction saved
with `--save` and re-scored with `--load` by this scorer: before the parse-based speaker pass
(commit 1f41a0b) 67.6 % right speaker; after it (commit b7f5358) 80.6 %. With a Source counted
as "named" whenever it is not a pronoun (descriptions like "the candidate" included): 66.2 % and
79.3 %.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

PRONOUNS = {
    "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "his",
    "their", "its", "our", "my", "who", "which", "that", "this", "one", "himself", "herself",
}  # fmt: skip
PREPS = (
    r"for|at|of|from|with|in|on|to|by|who|whose|which|that|and|inside|close|familiar|involved|said"
)
QUOTE_PAIRS = [("“", "”"), ('"', '"')]
BATCH = 60


@dataclass
class GoldQuote:
    """One gold direct quote and the head word of its speaker."""

    start: int
    end: int
    text: str
    source: str
    head: str
    via_pronoun: bool = False


@dataclass
class Result:
    """The outcome for one gold quote."""

    article: str
    gold: GoldQuote
    found: bool = False
    speaker: str | None = None
    right: bool = False
    family: str = ""
    candidates: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- gold


def parse_ann(path: Path) -> list[tuple[list[tuple[int, int]], tuple[int, int, str]]]:
    """(content pieces, source span) for each attribution relation with both."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            label, _, offs = parts[1].partition(" ")
            pieces = []
            for piece in offs.split(";"):
                a, b = piece.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = (label, pieces, parts[2])
        elif line.startswith("E"):
            args = line.split("\t")[1].split()
            rels.append(dict(a.split(":", 1) for a in args if ":" in a))
    out = []
    for r in rels:
        if "Content" not in r or "Source" not in r:
            continue
        if r["Content"] not in spans or r["Source"] not in spans:
            continue
        _, cpieces, _ = spans[r["Content"]]
        _, spieces, stext = spans[r["Source"]]
        out.append((cpieces, (spieces[0][0], spieces[-1][1], stext)))
    return out


def head_word(source: str, keep_case: bool = False) -> str:
    """The word a right speaker must contain: the surname, or the head noun of a phrase.

    "Rep. Xavier Becerra" -> becerra; "Doug Usher, director of …" -> usher; "a spokesman for
    the campaign" -> spokesman; "Another delegate on the slate, Jim Poolman," -> poolman.
    """
    parts = [p.strip() for p in re.split(r",|\(|\)|\s[—–-]\s", source)]
    s = parts[0]
    if len(parts) > 1 and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s*){1,4}", parts[1]):
        words = s.split()
        last = words[-1] if words else ""
        if last[:1].islower() or (words and words[0].lower() in DETERMINERS):
            s = parts[1]  # a role ("The leader of the League"), then the name in apposition
    s = re.sub(r"\s+(?:himself|herself|themselves|itself)$", "", s)
    m = re.search(r"\s(?:who|whose|which|that|familiar|close|involved|said)\s", s)
    if m:
        s = s[: m.start()]
    m = re.search(r"\s(?:" + PREPS + r")\s", s)
    if m:
        before = s[: m.start()].split()
        if before and before[-1][:1].islower():
            s = s[: m.start()]
    words = re.findall(r"[\w’'.-]+", s)
    if not words:
        return source.strip() if keep_case else source.strip().lower()
    word = re.sub(r"(?:[’']s?|\.)$", "", words[-1])
    return word if keep_case else word.lower()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text between quotation marks (curly pairs, then straight pairs), marks excluded."""
    out = []
    for m in re.finditer(r"“([^“”]+)”", text):
        out.append((m.start(1), m.end(1)))
    for m in re.finditer(r'"([^"\n]+)"', text):
        out.append((m.start(1), m.end(1)))
    return sorted(out)


DETERMINERS = {"the", "a", "an", "another", "one", "his", "her", "their", "its", "this", "that"}


def is_named(source: str) -> bool:
    """Whether a Source names someone: its head word is a proper name ("Ben Carson", "CNN's Jo
    Ames", "Sen. Rand Paul"), not a pronoun or a description ("the candidate", "a spokesman for
    Clinton", "The Vermont senator")."""
    head = head_word(source, keep_case=True)
    return head[:1].isupper() and head.lower() not in DETERMINERS | PRONOUNS


def gold_quotes(text: str, ann: Path) -> list[GoldQuote]:
    rels = parse_ann(ann)
    named = sorted((s for _, s in rels if is_named(s[2])), key=lambda s: s[0])
    out = []
    for qa, qb in quote_spans(text):
        if not re.search(r"\w", text[qa:qb]):
            continue
        best = None
        for pieces, src in rels:
            inside = sum(max(0, min(qb, b) - max(qa, a)) for a, b in pieces)
            if inside * 2 >= qb - qa and (best is None or inside > best[0]):
                best = (inside, src)
        if best is None:
            continue
        sa, _sb, stext = best[1]
        via = False
        if stext.strip().lower() in PRONOUNS:
            prev = [s for s in named if s[0] < sa]
            if prev:
                stext, via = prev[-1][2], True
        out.append(GoldQuote(qa, qb, text[qa:qb], stext, head_word(stext), via))
    return out


# --------------------------------------------------------------------------- running


def to_html(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = html.escape(lines[0]) if lines else ""
    body = "".join(f"<p>{html.escape(ln)}</p>\n" for ln in lines[1:])
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>\n{body}</article></body></html>"
    )


def run_extract(files: list[Path], data_dir: Path) -> dict[str, dict]:
    cmd = ["newsreader", "extract", "--json", "--data-dir", str(data_dir), *map(str, files)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    out = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            out[Path(row["source"]).stem] = row
    return out


def extract_all(names: list[str], texts: dict[str, str], workers: int) -> dict[str, dict]:
    tmp = Path(tempfile.mkdtemp(prefix="polnear-html-"))
    files = []
    for n in names:
        p = tmp / f"{n}.html"
        p.write_text(to_html(texts[n]), encoding="utf-8")
        files.append(p)
    batches = [files[i : i + BATCH] for i in range(0, len(files), BATCH)]
    rows: dict[str, dict] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for part in pool.map(lambda b: run_extract(b, tmp / "data"), batches):
            rows.update(part)
    return rows


# --------------------------------------------------------------------------- scoring


def norm(s: str) -> str:
    s = s.lower().replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w\s']", " ", s).split())


def matches(gold: str, pred: str) -> bool:
    if not gold or not pred:
        return False
    return gold in pred or (pred in gold and len(pred) >= 0.6 * len(gold))


def name_words(s: str) -> set[str]:
    """Lower-case words of a name, hyphenated names kept whole ("el-erian")."""
    s = s.lower().replace("’", "'").replace("‘", "'")
    words = set(re.findall(r"[\w'-]+", s))
    return words | {w.split("'")[0] for w in words} | {w.strip("'-") for w in words}


def has_word(speaker: str | None, head: str) -> bool:
    if not speaker:
        return False
    words = name_words(speaker)
    h = head.lower().replace("’", "'").strip("'-")
    return h in words or any(h == w.rstrip("s") or w == h.rstrip("s") for w in words)


def classify(r: Result) -> str:
    short = len(r.gold.text.split()) <= 3
    if not r.found:
        return "missed short fragment" if short else "missed quote"
    if r.right:
        return "right"
    if not r.speaker:
        return "found, no speaker"
    if r.gold.via_pronoun:
        return "wrong: gold pronoun (coreference)"
    if r.gold.head[:1].isalpha() and r.gold.source.strip()[:1].islower():
        return "wrong: gold common noun (anonymous/org/document)"
    return "wrong: gold named" + (" (short)" if short else "")


def score_article(name: str, text: str, gold: list[GoldQuote], row: dict | None) -> list[Result]:
    preds = (row or {}).get("quotes") or []
    plen = max(1, len((row or {}).get("text") or ""))
    used: Counter[int] = Counter()
    out = []
    for g in gold:
        gn = norm(g.text)
        cands = [i for i, p in enumerate(preds) if matches(gn, norm(p["text"]))]
        r = Result(name, g)
        if cands:
            rel = g.start / max(1, len(text))
            i = min(cands, key=lambda i: (used[i], abs(preds[i]["start"] / plen - rel)))
            used[i] += 1
            r.found = True
            r.speaker = preds[i]["speaker"]
            r.right = has_word(r.speaker, g.head)
            r.candidates = [preds[j]["speaker"] or "-" for j in cands]
        r.family = classify(r)
        out.append(r)
    return out


def load(path: Path) -> tuple[dict[str, str], dict[str, Path]]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((path / "text").glob("*.txt"))}
    anns: dict[str, Path] = {}
    for p in sorted((path / "attributions").glob("*.ann")):
        base = re.sub(r"_[0-9a-f]+$", "", p.stem)
        anns.setdefault(base, p)
    return texts, anns


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "path", type=Path, help="folder with text/ and attributions/ of the train split"
    )
    ap.add_argument("--limit", type=int, help="first N articles by name")
    ap.add_argument("--sample", action="store_true", help="a fixed 150-article subset (seed 9)")
    ap.add_argument("--show", choices=["wrong", "all", "none"], default="none")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--json", action="store_true", help="totals as JSON on stdout")
    ap.add_argument("--save", type=Path, help="write the extract rows to this JSON file")
    ap.add_argument("--load", type=Path, help="score rows saved by --save (no extraction)")
    args = ap.parse_args(argv)

    texts, anns = load(args.path)
    names = [n for n in texts if n in anns]
    if args.sample:
        names = sorted(random.Random(9).sample(names, min(150, len(names))))
    if args.limit:
        names = names[: args.limit]
    golds = {n: gold_quotes(texts[n], anns[n]) for n in names}
    t0 = time.perf_counter()
    if args.load:
        rows = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        rows = extract_all(names, texts, args.workers)
    if args.save:
        args.save.write_text(json.dumps(rows), encoding="utf-8")
    elapsed = time.perf_counter() - t0
    results = [r for n in names for r in score_article(n, texts[n], golds[n], rows.get(n))]
    total = len(results)
    right = sum(r.right for r in results)
    found = sum(r.found for r in results)
    fams = Counter(r.family for r in results)
    if args.show != "none":
        for r in results:
            if args.show == "all" or not r.right:
                print(
                    f"[{r.family}] {r.article}\n    “{r.gold.text[:90]}”  gold {r.gold.source!r}"
                    f" ({r.gold.head}) got {r.speaker!r}"
                )
    totals = {
        "articles": len(names),
        "failed_articles": len(names) - len(rows),
        "gold_quotes": total,
        "found": found,
        "right_speaker": right,
        "right_speaker_pct": round(100 * right / max(1, total), 1),
        "families": dict(fams.most_common()),
        "seconds": round(elapsed, 1),
    }
    if args.json:
        print(json.dumps(totals, indent=2))
        return 0
    print(
        f"articles {len(names)} (extract failed on {len(names) - len(rows)}), gold direct quotes {total}"
    )
    print(f"  found              {found:5d}  {100 * found / max(1, total):5.1f}%")
    print(
        f"  right speaker      {right:5d}  {100 * right / max(1, total):5.1f}%   (of all gold quotes)"
    )
    print(f"  among found        {'':5s}  {100 * right / max(1, found):5.1f}%")
    print("  by family:")
    for fam, n in fams.most_common():
        print(f"    {fam:48s} {n:5d}")
    print(f"  wall time {elapsed:.0f} s ({args.workers} processes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
