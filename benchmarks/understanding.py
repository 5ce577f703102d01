# ruff: noqa: E501 -- the report lines are column layouts
"""Score article cleaning and analysis against the hand-annotated gold set in tests/gold.

    python benchmarks/understanding.py                 # per-page table, details, totals
    python benchmarks/understanding.py --page NAME     # one page (repeatable)
    python benchmarks/understanding.py --no-analysis   # cleaning only
    python benchmarks/understanding.py --json          # totals as JSON on stdout
    python benchmarks/understanding.py --check         # exit 1 when below the targets
    python benchmarks/understanding.py --root tests/heldout   # another set, same layout

What is measured (see tests/gold/README.md for the gold format):

clean text   each page lists ``present`` snippets (first and last paragraph, a heading, a list
             item, the block quote), the start of every ``paragraphs`` entry, and ``absent``
             snippets (one per kind of boilerplate on the page; a pull-quote snippet carries
             ``max: 1`` because its words also occur once in the body). A page *passes* when no
             present snippet is lost and no absent snippet leaked. Matching is on normalised
             text (case, quote marks, dashes and whitespace folded) of ``plain`` and ``text``.
quotes       a gold quote is *found* when a predicted quote contains its normalised text (or is
             contained in it and covers at least 60 % of it); its speaker is *right* when a
             matching prediction names the gold speaker (normalised: titles and a leading "the"
             dropped, case folded) or one of the listed alternatives.
actors       a predicted actor matches a gold actor when any of its name/aliases equals any of
             the gold name/aliases (case-insensitive). Recall per kind needs the kind to match
             too. *Junk* = predicted actors matching no gold or optional actor. *Unmerged* = a
             predicted person whose name is one token that is also the last token of another
             predicted person's name.
speed        median milliseconds per page for clean + analyse, the model already loaded.

Exit status is 0 unless ``--check`` is given and a target is missed.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KINDS = ("person", "organization", "place")

# Ratcheted to the measured values (2026-12-06: clean 100%, right speaker 98.4% in session 15,
# asserted at 98%; org+place 93.8% in session 10, asserted at 93%): a change may not make the gold set worse. The dev
# sets (tests/devset*) and the held-out set (tests/heldout) are scored with the same targets
# but never asserted.
TARGETS = {
    "clean_pass": 1.0,  # share of pages with nothing lost and nothing leaked
    "quote_right_speaker": 0.98,  # gold quotes found *and* given the right speaker
    "person_recall": 1.0,
    "unmerged": 0,
    "org_place_recall": 0.93,
    "junk": 0,
}


# --------------------------------------------------------------------------- gold


@dataclass
class GoldPage:
    name: str
    html: bytes
    expected: dict[str, Any]

    @property
    def url(self) -> str:
        return f"https://gold.example.test/{self.name}"


def load_gold(names: Iterable[str] | None = None, root: Path = GOLD) -> list[GoldPage]:
    wanted = set(names or [])
    pages = []
    for exp_path in sorted((root / "expected").glob("*.json")):
        name = exp_path.stem
        if wanted and name not in wanted:
            continue
        html = (root / "pages" / f"{name}.html").read_bytes()
        pages.append(GoldPage(name, html, json.loads(exp_path.read_text(encoding="utf-8"))))
    missing = wanted - {p.name for p in pages}
    if missing:
        raise SystemExit(f"no gold page named {', '.join(sorted(missing))}")
    return pages


# --------------------------------------------------------------------------- normalising

_QUOTES = {ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4`"}
_QUOTES.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
_QUOTES.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_QUOTES.update(
    {
        ord("\u00a0"): " ",
        ord("\u2009"): " ",
        ord("\u202f"): " ",
        ord("\u00ad"): None,
        ord("\u200b"): None,
    }
)


def norm_text(s: str | None) -> str:
    """Fold case, quote marks, dashes and whitespace so snippets match across renderings."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).translate(_QUOTES)
    return " ".join(s.split()).lower()


def strip_markdown(md: str) -> str:
    """Drop link targets and emphasis/heading/list markers from Markdown-flavoured text."""
    md = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", r"\2", md)
    md = re.sub(r"(?m)^[ \t]{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", "", md)
    return md.replace("\\", "")


def norm_quote(s: str | None) -> str:
    """Normalised quote text without quote marks and outer punctuation."""
    s = norm_text(s).replace('"', " ")
    s = re.sub(r"(^|\s)'|'(\s|$)", r"\1\2", s)  # single quote marks, but keep apostrophes
    s = " ".join(s.split())
    return s.strip(" .,;:!?-")


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "prime",
    "minister",
    "mayor",
    "governor",
    "senator",
    "judge",
    "chief",
    "executive",
    "general",
    "captain",
    "inspector",
    "detective",
    "superintendent",
    "councillor",
    "rev",
    "reverend",
    "father",
    "sister",
    "coach",
    "chancellor",
    "secretary",
    "the",
}


def norm_name(s: str | None) -> str:
    """A person/organisation name for comparison: case folded, titles and "the" dropped."""
    s = norm_text(s)
    s = re.sub(r"'s$", "", s)
    tokens = [t.strip(".,") for t in s.split()]
    while len(tokens) > 1 and tokens[0] in _TITLES:
        tokens.pop(0)
    return " ".join(tokens)


# --------------------------------------------------------------------------- clean text


def _snippet(entry: Any) -> tuple[str, int | None, str]:
    if isinstance(entry, str):
        return entry, None, ""
    return entry["text"], entry.get("max"), entry.get("kind", "")


def score_clean(
    expected: dict[str, Any], title: str | None, text: str, plain: str
) -> dict[str, Any]:
    """Present snippets found, absent snippets leaked, paragraphs kept, title right."""
    haystacks = [norm_text(plain), norm_text(strip_markdown(text or ""))]

    def count(snippet: str) -> int:
        n = norm_text(snippet)
        return max(h.count(n) for h in haystacks)

    lost = [s for s, _, _ in map(_snippet, expected.get("present", [])) if count(s) == 0]
    leaked = []
    for entry in expected.get("absent", []):
        s, max_count, kind = _snippet(entry)
        if count(s) > (max_count or 0):
            leaked.append({"text": s, "kind": kind})
    paragraphs = expected.get("paragraphs", [])
    para_lost = [p for p in paragraphs if count(p) == 0]
    gold_title = expected.get("title")
    return {
        "present": len(expected.get("present", [])),
        "lost": lost,
        "absent": len(expected.get("absent", [])),
        "leaked": leaked,
        "paragraphs": len(paragraphs),
        "paragraphs_lost": para_lost,
        "title_ok": bool(gold_title) and norm_text(title) == norm_text(gold_title),
        "passed": not lost and not leaked,
    }


# --------------------------------------------------------------------------- quotes


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def quote_matches(gold_text: str, pred_text: str) -> bool:
    g, p = norm_quote(gold_text), norm_quote(pred_text)
    if not g or not p:
        return False
    return g in p or (p in g and len(p) >= 0.6 * len(g))


def speaker_matches(gold: dict[str, Any], pred_speaker: str | None) -> bool:
    if not pred_speaker:
        return False
    wanted = [gold.get("speaker") or "", *gold.get("speaker_alt", [])]
    if any(pred_speaker.strip().lower() == w.strip().lower() for w in wanted if w):
        return True
    p = norm_name(pred_speaker)
    return any(p == norm_name(w) for w in wanted if w)


def score_quotes(gold_quotes: list[dict[str, Any]], pred_quotes: Iterable[Any]) -> dict[str, Any]:
    """Recall of gold quotes and speaker accuracy; predictions matching no gold quote are extra."""
    preds = [(_get(q, "text") or "", _get(q, "speaker")) for q in pred_quotes]
    used: set[int] = set()
    missed, wrong, right = [], [], 0
    for g in gold_quotes:
        hits = [i for i, (t, _) in enumerate(preds) if quote_matches(g["text"], t)]
        if not hits:
            missed.append(g)
            continue
        used.update(hits)
        if any(speaker_matches(g, preds[i][1]) for i in hits):
            right += 1
        else:
            wrong.append(
                {
                    "text": g["text"],
                    "gold": g["speaker"],
                    "predicted": sorted({str(preds[i][1]) for i in hits}),
                }
            )
    return {
        "gold": len(gold_quotes),
        "found": len(gold_quotes) - len(missed),
        "right_speaker": right,
        "missed": missed,
        "wrong_speaker": wrong,
        "predicted": len(preds),
        "extra": [preds[i][0] for i in range(len(preds)) if i not in used],
    }


# --------------------------------------------------------------------------- actors


def _forms(name: str | None, aliases: Iterable[str] | None) -> set[str]:
    return {norm_text(f) for f in [name, *(aliases or [])] if f and norm_text(f)}


def unmerged_duplicates(pred_actors: Iterable[Any]) -> list[str]:
    """Predicted persons named by one token that is the last token of another predicted person."""
    persons = [a for a in pred_actors if _get(a, "kind") == "person"]
    full_surnames = {}
    for a in persons:
        tokens = (_get(a, "name") or "").split()
        if len(tokens) > 1:
            full_surnames.setdefault(tokens[-1].lower(), _get(a, "name"))
    dups = []
    for a in persons:
        tokens = (_get(a, "name") or "").split()
        if len(tokens) == 1 and tokens[0].lower() in full_surnames:
            dups.append(f"{tokens[0]} (vs {full_surnames[tokens[0].lower()]})")
    return dups


def score_actors(
    gold_actors: list[dict[str, Any]], pred_actors: Iterable[Any], optional: Iterable[str] = ()
) -> dict[str, Any]:
    """Recall per kind (kind must match), precision, junk and unmerged duplicates."""
    preds = list(pred_actors)
    pred_forms = [(_forms(_get(a, "name"), _get(a, "aliases")), _get(a, "kind")) for a in preds]
    optional_forms = {norm_text(o) for o in optional}
    gold = [(_forms(g["name"], g.get("aliases")), g["kind"], g["name"]) for g in gold_actors]
    per_kind = {k: {"gold": 0, "found": 0, "predicted": 0, "correct": 0} for k in (*KINDS, "other")}
    missed, wrong_kind = [], []
    for forms, kind, name in gold:
        per_kind.setdefault(kind, {"gold": 0, "found": 0, "predicted": 0, "correct": 0})[
            "gold"
        ] += 1
        hits = [pk for pf, pk in pred_forms if pf & forms]
        if kind in hits:
            per_kind[kind]["found"] += 1
        elif hits:
            wrong_kind.append(
                {"name": name, "gold": kind, "predicted": sorted(set(map(str, hits)))}
            )
        else:
            missed.append({"name": name, "kind": kind})
    junk, matched = [], 0
    for a, (pf, pk) in zip(preds, pred_forms, strict=True):
        gold_hits = [gk for gf, gk, _ in gold if pf & gf]
        if not gold_hits and pf & optional_forms:
            continue  # optional: neither rewarded nor punished
        per_kind.setdefault(pk or "other", {"gold": 0, "found": 0, "predicted": 0, "correct": 0})[
            "predicted"
        ] += 1
        if gold_hits:
            matched += 1
            if pk in gold_hits:
                per_kind[pk]["correct"] += 1
        else:
            junk.append(f"{_get(a, 'name')} ({pk})")
    return {
        "gold": len(gold),
        "found": sum(v["found"] for v in per_kind.values()),
        "predicted": matched + len(junk),
        "matched": matched,
        "per_kind": per_kind,
        "missed": missed,
        "wrong_kind": wrong_kind,
        "junk": junk,
        "unmerged": unmerged_duplicates(preds),
    }


# --------------------------------------------------------------------------- running


@dataclass
class PageResult:
    name: str
    template: str
    clean: dict[str, Any]
    quotes: dict[str, Any] | None = None
    actors: dict[str, Any] | None = None
    ms: float = 0.0
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def score_page(
    page: GoldPage, clean_fn: Callable, analyse_fn: Callable | None, analyse_input: str = "text"
) -> PageResult:
    exp = page.expected
    t0 = time.perf_counter()
    try:
        cleaned = clean_fn(page.html, page.url)
        # as `extract --json` does: the byline speaks the first person of a column
        text = getattr(cleaned, analyse_input) or ""
        analysis = analyse_fn(text, author=cleaned.byline) if analyse_fn else None
    except Exception as exc:  # a crash on one page is a finding, not the end of the run
        empty = score_clean(exp, None, "", "")
        return PageResult(
            page.name, exp.get("template", ""), empty, error=f"{type(exc).__name__}: {exc}"
        )
    ms = (time.perf_counter() - t0) * 1000
    result = PageResult(
        page.name,
        exp.get("template", ""),
        score_clean(exp, cleaned.title, cleaned.text, cleaned.plain),
        ms=ms,
    )
    if analysis is not None:
        result.quotes = score_quotes(exp.get("quotes", []), analysis.quotes)
        result.actors = score_actors(
            exp.get("actors", []), analysis.actors, exp.get("optional_actors", [])
        )
    return result


def _ratio(a: float, b: float) -> float:
    return a / b if b else 1.0


def totals(results: list[PageResult]) -> dict[str, Any]:
    """Aggregate figures over pages; ratios are 1.0 when there is nothing to count."""
    n = len(results)
    t: dict[str, Any] = {
        "pages": n,
        "errors": sum(1 for r in results if r.error),
        "clean_pass": _ratio(sum(r.clean["passed"] for r in results), n),
        "pages_passing": sum(r.clean["passed"] for r in results),
        "present_recall": _ratio(
            sum(r.clean["present"] - len(r.clean["lost"]) for r in results),
            sum(r.clean["present"] for r in results),
        ),
        "present_lost": sum(len(r.clean["lost"]) for r in results),
        "absent_leaked": sum(len(r.clean["leaked"]) for r in results),
        "absent_precision": 1
        - _ratio(
            sum(len(r.clean["leaked"]) for r in results), sum(r.clean["absent"] for r in results)
        )
        if any(r.clean["absent"] for r in results)
        else 1.0,
        "paragraph_recall": _ratio(
            sum(r.clean["paragraphs"] - len(r.clean["paragraphs_lost"]) for r in results),
            sum(r.clean["paragraphs"] for r in results),
        ),
        "paragraphs_lost": sum(len(r.clean["paragraphs_lost"]) for r in results),
        "title_accuracy": _ratio(sum(r.clean["title_ok"] for r in results), n),
        "median_ms": round(statistics.median([r.ms for r in results if not r.error]), 1)
        if any(not r.error for r in results)
        else None,
    }
    leaked_kinds: dict[str, int] = {}
    for r in results:
        for leak in r.clean["leaked"]:
            leaked_kinds[leak["kind"]] = leaked_kinds.get(leak["kind"], 0) + 1
    t["leaked_by_kind"] = leaked_kinds
    analysed = [r for r in results if r.quotes is not None]
    if not analysed:
        return t
    q_gold = sum(r.quotes["gold"] for r in analysed)
    q_found = sum(r.quotes["found"] for r in analysed)
    q_right = sum(r.quotes["right_speaker"] for r in analysed)
    q_pred = sum(r.quotes["predicted"] for r in analysed)
    q_extra = sum(len(r.quotes["extra"]) for r in analysed)
    t.update(
        {
            "quotes_gold": q_gold,
            "quote_recall": _ratio(q_found, q_gold),
            "speaker_accuracy": _ratio(q_right, q_found),  # among found quotes
            "quote_right_speaker": _ratio(q_right, q_gold),  # among all gold quotes
            "quote_precision": _ratio(q_pred - q_extra, q_pred),
        }
    )
    per_kind: dict[str, dict[str, int]] = {}
    for r in analysed:
        for k, v in r.actors["per_kind"].items():
            acc = per_kind.setdefault(k, {"gold": 0, "found": 0, "predicted": 0, "correct": 0})
            for key in acc:
                acc[key] += v[key]
    for k in KINDS:
        v = per_kind.get(k, {"gold": 0, "found": 0, "predicted": 0, "correct": 0})
        t[f"{k}_recall"] = _ratio(v["found"], v["gold"])
        t[f"{k}_precision"] = _ratio(v["correct"], v["predicted"])
    op = [per_kind.get(k, {"gold": 0, "found": 0}) for k in ("organization", "place")]
    t["org_place_recall"] = _ratio(sum(v["found"] for v in op), sum(v["gold"] for v in op))
    a_gold = sum(r.actors["gold"] for r in analysed)
    a_pred = sum(r.actors["predicted"] for r in analysed)
    t["actor_recall"] = _ratio(sum(r.actors["found"] for r in analysed), a_gold)
    t["actor_precision"] = _ratio(sum(r.actors["matched"] for r in analysed), a_pred)
    t["actors_gold"] = a_gold
    t["junk"] = sum(len(r.actors["junk"]) for r in analysed)
    t["unmerged"] = sum(len(r.actors["unmerged"]) for r in analysed)
    t["wrong_kind"] = sum(len(r.actors["wrong_kind"]) for r in analysed)
    return t


def check_targets(t: dict[str, Any]) -> list[str]:
    """The targets missed by these totals, as readable sentences (empty when all are met)."""
    fails = []
    if t["clean_pass"] < TARGETS["clean_pass"]:
        fails.append(f"pages passing clean {t['clean_pass']:.1%} < {TARGETS['clean_pass']:.0%}")
    if "quote_recall" in t:
        if t["quote_right_speaker"] < TARGETS["quote_right_speaker"]:
            fails.append(
                f"quotes with the right speaker {t['quote_right_speaker']:.1%} < {TARGETS['quote_right_speaker']:.1%}"
            )
        if t["person_recall"] < TARGETS["person_recall"]:
            fails.append(f"person recall {t['person_recall']:.1%} < 100%")
        if t["unmerged"] > TARGETS["unmerged"]:
            fails.append(f"{t['unmerged']} unmerged surname duplicates")
        if t["org_place_recall"] < TARGETS["org_place_recall"]:
            fails.append(
                f"organisation+place recall {t['org_place_recall']:.1%} < {TARGETS['org_place_recall']:.0%}"
            )
        if t["junk"] > TARGETS["junk"]:
            fails.append(f"{t['junk']} junk actors")
    if t.get("errors"):
        fails.append(f"{t['errors']} pages raised an exception")
    return fails


def load_pipeline(no_analysis: bool = False) -> tuple[Callable, Callable | None]:
    """Import the build's clean_page/analyse and warm the model up once."""
    from reader.article.clean import clean_page

    if no_analysis:
        return clean_page, None
    from reader.article.analyse import analyse

    analyse("Warm-up: Ada Lovelace told reporters in Luskar, “It works.”")
    return clean_page, analyse


def run(
    pages: list[GoldPage],
    clean_fn: Callable,
    analyse_fn: Callable | None,
    analyse_input: str = "text",
) -> list[PageResult]:
    return [score_page(p, clean_fn, analyse_fn, analyse_input) for p in pages]


# --------------------------------------------------------------------------- report


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{x * 100:5.1f}%"


def report(
    results: list[PageResult], t: dict[str, Any], out=sys.stdout, details: bool = True
) -> None:
    w = out.write
    w(
        f"{'page':30} {'template':11} {'clean':>6} {'lost':>4} {'leak':>4} {'para':>7} {'quotes':>7} {'spk':>7} {'actors':>7} {'junk':>4} {'dup':>3} {'ms':>7}\n"
    )
    for r in results:
        c = r.clean
        row = f"{r.name:30} {r.template:11} {'pass' if c['passed'] else 'FAIL':>6} {len(c['lost']):4} {len(c['leaked']):4} "
        row += f"{c['paragraphs'] - len(c['paragraphs_lost']):3}/{c['paragraphs']:<3} "
        if r.quotes is not None:
            q, a = r.quotes, r.actors
            row += f"{q['found']:3}/{q['gold']:<3} {q['right_speaker']:3}/{q['found']:<3} {a['found']:3}/{a['gold']:<3} {len(a['junk']):4} {len(a['unmerged']):3} "
        else:
            row += f"{'':7} {'':7} {'':7} {'':4} {'':3} "
        row += f"{r.ms:7.1f}" if not r.error else "  ERROR"
        w(row + "\n")
    if details:
        w("\n")
        for r in results:
            lines = []
            if r.error:
                lines.append(f"error: {r.error}")
            lines += [f"lost: {s!r}" for s in r.clean["lost"]]
            lines += [
                f"lost paragraph: {s!r}"
                for s in r.clean["paragraphs_lost"]
                if s not in r.clean["lost"]
            ]
            lines += [f"leaked {x['kind']}: {x['text']!r}" for x in r.clean["leaked"]]
            if r.quotes:
                lines += [
                    f"quote missed: {q['text']!r} ({q['speaker']})" for q in r.quotes["missed"]
                ]
                lines += [
                    f"speaker wrong: {q['text'][:50]!r} gold {q['gold']!r}, got {q['predicted']}"
                    for q in r.quotes["wrong_speaker"]
                ]
            if r.actors:
                lines += [f"actor missed: {a['name']} ({a['kind']})" for a in r.actors["missed"]]
                lines += [
                    f"actor kind: {a['name']} gold {a['gold']}, got {a['predicted']}"
                    for a in r.actors["wrong_kind"]
                ]
                lines += [f"junk actor: {j}" for j in r.actors["junk"]]
                lines += [f"unmerged: {d}" for d in r.actors["unmerged"]]
            if lines:
                w(f"{r.name}\n" + "".join(f"    {ln}\n" for ln in lines))
    w("\nTOTAL\n")
    w(
        f"  pages passing clean   {t['pages_passing']}/{t['pages']} = {_pct(t['clean_pass'])}   (target {TARGETS['clean_pass']:.0%})\n"
    )
    w(f"  present recall        {_pct(t['present_recall'])}   lost {t['present_lost']}\n")
    w(f"  paragraph recall      {_pct(t['paragraph_recall'])}   lost {t['paragraphs_lost']}\n")
    w(
        f"  boilerplate precision {_pct(t['absent_precision'])}   leaked {t['absent_leaked']} {t['leaked_by_kind'] or ''}\n"
    )
    w(f"  title accuracy        {_pct(t['title_accuracy'])}\n")
    if "quote_recall" in t:
        w(
            f"  quote recall          {_pct(t['quote_recall'])}   of {t['quotes_gold']}   precision {_pct(t['quote_precision'])}\n"
        )
        w(f"  speaker accuracy      {_pct(t['speaker_accuracy'])}   (among found)\n")
        w(
            f"  quotes right speaker  {_pct(t['quote_right_speaker'])}   (target {TARGETS['quote_right_speaker']:.1%})\n"
        )
        for k in KINDS:
            w(f"  {k:13} recall {_pct(t[f'{k}_recall'])}  precision {_pct(t[f'{k}_precision'])}\n")
        w(
            f"  org+place recall      {_pct(t['org_place_recall'])}   (target {TARGETS['org_place_recall']:.0%})\n"
        )
        w(
            f"  actors                recall {_pct(t['actor_recall'])} of {t['actors_gold']}  precision {_pct(t['actor_precision'])}\n"
        )
        w(
            f"  junk actors           {t['junk']}   unmerged duplicates {t['unmerged']}   wrong kind {t['wrong_kind']}\n"
        )
    w(
        f"  median ms/page        {t['median_ms']}   (clean{' + analyse' if 'quote_recall' in t else ''})\n"
    )
    if t["errors"]:
        w(f"  ERRORS                {t['errors']} pages raised\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--page", action="append", help="score only this gold page (repeatable)")
    ap.add_argument("--no-analysis", action="store_true", help="score cleaning only")
    ap.add_argument(
        "--json", action="store_true", help="print machine-readable totals (and per-page results)"
    )
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument(
        "--quiet", action="store_true", help="table and totals only, no per-page details"
    )
    ap.add_argument(
        "--analyse-input",
        choices=("text", "plain"),
        default="text",
        help="which cleaned field to analyse (default: text)",
    )
    ap.add_argument(
        "--root",
        type=Path,
        default=GOLD,
        help="folder holding expected/ and pages/ (default: tests/gold; e.g. tests/heldout)",
    )
    args = ap.parse_args(argv)

    root = args.root if args.root.is_dir() else ROOT / args.root  # relative to the repo too
    pages = load_gold(args.page, root=root)
    try:
        clean_fn, analyse_fn = load_pipeline(args.no_analysis)
    except ImportError as exc:
        print(f"pipeline not available: {exc}", file=sys.stderr)
        return 1 if args.check else 0
    results = run(pages, clean_fn, analyse_fn, args.analyse_input)
    t = totals(results)
    fails = check_targets(t)
    if args.json:
        json.dump(
            {"totals": t, "targets_missed": fails, "pages": [r.__dict__ for r in results]},
            sys.stdout,
            indent=2,
            ensure_ascii=False,
            default=str,
        )
        print()
    else:
        report(results, t, details=not args.quiet)
        print("\n" + ("targets met" if not fails else "targets missed:\n  " + "\n  ".join(fails)))
    return 1 if (args.check and fails) else 0


if __name__ == "__main__":
    sys.exit(main())
