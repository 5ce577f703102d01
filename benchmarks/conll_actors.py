# ruff: noqa: E501 -- the report lines are column layouts
"""Actors on real news: CoNLL-2003 English (Reuters) stories, document level, ours vs raw spaCy.

    python benchmarks/conll_actors.py /tmp/conll/eng.train              # all 945 train stories
    python benchmarks/conll_actors.py /tmp/conll/eng.train --limit 120  # a quick loop
    python benchmarks/conll_actors.py PATH --show 20                    # misses and spurious, 20 stories
    python benchmarks/conll_actors.py PATH --json                       # figures as JSON

The file is Reuters text with one token per line (word, POS, chunk, IOB name tag) and is never
committed: bring it with ``git show 21ecd81:data/conll2003/eng.train`` from the public repository
allanj/StatNLP-Projects. Only the train split is for development; the test splits are held out.

Each story (split at ``-DOCSTART-``) becomes an HTML page: its first sentence is the headline
(``<title>`` and ``<h1>``), each further sentence a ``<p>``. The pages go through the installed
``newsreader extract --json`` (many files per invocation); the actors it prints are compared with
the story's tagged names. Side by side, raw spaCy (the same model) runs on the same extracted text:
PERSON → person, ORG → organisation, GPE/LOC/FAC → place, one actor per distinct surface with its
majority label (a leading "the" and a possessive 's stripped), and a one-word name that is the
last word of a multi-word PERSON merged into it.

Scoring, per story, over the text the analysis sees (the body, and the headline when the cleaned
text keeps it as a heading):

* gold names: distinct tagged names; PER → person, ORG → organisation, LOC → place, MISC kept only
  to excuse predictions. A one-word PER that is the last word of another PER is the same person.
* a gold PER is *found* by a predicted person whose name (or an alias) equals it or ends with its
  last word; a gold ORG/LOC by an actor whose name or an alias equals it (case-insensitive). It is
  *right* only when that actor has the right kind.
* a predicted actor matching no tagged name (MISC included) is *spurious*; one matching a gold name
  only with the wrong kind is *wrong kind*. FP = spurious + wrong kind; FN = gold not right.
* F1 = 2TP / (2TP + FP + FN) over the three kinds; "people found" = gold PER found as a person.

Stories are "prose" when fewer than half of their body lines are table rows (a line is a table row
when ≥ 1/4 of its tokens hold a digit or it has no lower-case word of 3+ letters). Both the prose
stories and all stories are reported.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KIND_OF_TAG = {"PER": "person", "ORG": "organization", "LOC": "place"}
KINDS = ("person", "organization", "place")
SPACY_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


# ----------------------------------------------------------------------------- stories


@dataclass
class Story:
    """One -DOCSTART- document: headline, body sentences and the names tagged in both."""

    index: int
    headline: str
    body: list[str]
    names: dict[str, str] = field(default_factory=dict)  # name -> PER/ORG/LOC/MISC
    title_only: set[str] = field(default_factory=set)  # names tagged in the headline only

    @property
    def prose(self) -> bool:
        """Fewer than half of the body lines are table rows (sports results, market prices)."""
        rows = sum(1 for line in self.body if is_table_row(line))
        return rows * 2 < len(self.body)


_NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "'s",
    "n't",
    "'",
    "%",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}


def detokenize(tokens: list[str]) -> str:
    """Join CoNLL tokens into ordinary prose ("Bank 's profit ( up 5 % )" -> "Bank's profit (up 5%)")."""
    out: list[str] = []
    quote_open = False
    glue_next = False
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out.append(tok)
            else:
                out.append(" " + tok if out else tok)
                glue_next = True
            quote_open = not quote_open
            continue
        if not out or glue_next or tok in _NO_SPACE_BEFORE:
            out.append(tok)
        else:
            out.append(" " + tok)
        glue_next = tok in _NO_SPACE_AFTER
    return "".join(out).strip()


def is_table_row(line: str) -> bool:
    """A results or price line: many numeric tokens, or no lower-case word of 3+ letters."""
    toks = line.split()
    if not toks:
        return False
    digits = sum(1 for t in toks if any(c.isdigit() for c in t))
    return digits * 4 >= len(toks) or not re.search(r"\b[a-z]{3,}\b", line)


def _names_of(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(name, tag) runs of an IOB1/IOB2 tagged sentence."""
    names: list[tuple[str, str]] = []
    cur: list[str] = []
    cur_tag = ""
    for tok, tag in [*rows, ("", "O")]:
        kind = tag[2:] if tag != "O" else ""
        if cur and (not kind or kind != cur_tag or tag.startswith("B-")):
            names.append((detokenize(cur), cur_tag))
            cur = []
        if kind:
            cur.append(tok)
            cur_tag = kind
    return names


def read_stories(path: Path) -> list[Story]:
    """The stories of a CoNLL-2003 file, in order."""
    docs: list[list[list[tuple[str, str]]]] = []
    sent: list[tuple[str, str]] = []
    for raw in [*path.read_text(encoding="utf-8", errors="replace").splitlines(), ""]:
        parts = raw.split()
        if not parts:
            if sent and docs:
                docs[-1].append(sent)
            sent = []
            continue
        if parts[0] == "-DOCSTART-":
            docs.append([])
            sent = []
            continue
        sent.append((parts[0], parts[-1]))
    stories = []
    for i, sents in enumerate(d for d in docs if len(d) >= 2):
        body = sents[1:]
        names: dict[str, str] = {}
        for s in body:
            for name, tag in _names_of(s):
                names.setdefault(name, tag)
        title_only = {n for n, _t in _names_of(sents[0]) if n not in names}
        for name, tag in _names_of(sents[0]):
            names.setdefault(name, tag)
        story = Story(
            i, detokenize([t for t, _ in sents[0]]), [detokenize([t for t, _ in s]) for s in body]
        )
        story.names, story.title_only = names, title_only
        stories.append(story)
    return stories


def story_html(story: Story) -> str:
    """The page for one story: headline as title and heading, one paragraph per sentence."""
    title = html.escape(story.headline)
    paras = "\n".join(f"<p>{html.escape(s)}</p>" for s in story.body)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>\n{paras}\n</article></body></html>"
    )


# ----------------------------------------------------------------------------- predictions


@dataclass
class Predicted:
    """One predicted actor: canonical name, kind, and every surface it goes by."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)

    @property
    def forms(self) -> set[str]:
        return {f.lower() for f in [self.name, *self.aliases]}


def run_extract(stories: list[Story], batch: int, jobs: int) -> dict[int, dict]:
    """`newsreader extract --json` over the stories' pages, `batch` files per invocation."""
    exe = Path(sys.executable).with_name("newsreader")
    cmd0 = [str(exe)] if exe.exists() else [sys.executable, "-m", "reader"]
    results: dict[int, dict] = {}
    with tempfile.TemporaryDirectory(prefix="conll-actors-") as tmp:
        paths = {}
        for s in stories:
            p = Path(tmp) / f"story{s.index:04d}.html"
            p.write_text(story_html(s), encoding="utf-8")
            paths[str(p)] = s.index
        files = list(paths)
        chunks = [files[i : i + batch] for i in range(0, len(files), batch)]

        def one(chunk: list[str]) -> list[dict]:
            env = dict(os.environ, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_CACHE_HOME=tmp)
            out = subprocess.run(
                [*cmd0, "extract", "--json", *chunk], capture_output=True, text=True, env=env
            )
            return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            for got in pool.map(one, chunks):
                for r in got:
                    if r.get("source") in paths:
                        results[paths[r["source"]]] = r
    return results


def ours(result: dict) -> list[Predicted]:
    return [
        Predicted(a["name"], a["kind"], list(a.get("aliases") or []))
        for a in result.get("actors", [])
        if a.get("kind") in KINDS
    ]


def raw_spacy(texts: list[str]) -> list[list[Predicted]]:
    """Raw spaCy at document level: majority label per surface, surnames merged into full names."""
    from reader.article.nlp import get_nlp

    out = []
    for doc in get_nlp().pipe(texts, batch_size=16):
        labels: dict[str, Counter] = {}
        for e in doc.ents:
            kind = SPACY_KINDS.get(e.label_)
            if kind is None:
                continue
            # the same light clean-up a reader would do: no leading "the", no possessive 's
            surface = re.sub(r"[’']s$", "", " ".join(e.text.split())).strip(" .,;:\"'()-")
            surface = re.sub(r"^(?i:the)\s+", "", surface)
            if surface:
                labels.setdefault(surface, Counter())[kind] += 1
        kinds = {s: c.most_common(1)[0][0] for s, c in labels.items()}
        people = [s for s, k in kinds.items() if k == "person" and len(s.split()) > 1]
        actors: dict[str, Predicted] = {}
        for s, k in sorted(kinds.items(), key=lambda sk: -len(sk[0].split())):
            full = [p for p in people if len(s.split()) == 1 and p.split()[-1] == s]
            if full:
                actors[full[0]].aliases.append(s)
            else:
                actors[s] = Predicted(s, k)
        out.append(list(actors.values()))
    return out


# ----------------------------------------------------------------------------- scoring


@dataclass
class Score:
    """Counts over a set of stories."""

    stories: int = 0
    tp: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    spurious: int = 0
    wrong_kind: int = 0
    people_found: int = 0

    def add(self, other: Score) -> None:
        self.stories += other.stories
        self.tp.update(other.tp)
        self.gold.update(other.gold)
        self.spurious += other.spurious
        self.wrong_kind += other.wrong_kind
        self.people_found += other.people_found

    @property
    def f1(self) -> float:
        tp = sum(self.tp.values())
        fn = sum(self.gold.values()) - tp
        fp = self.spurious + self.wrong_kind
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    @property
    def precision(self) -> float:
        tp = sum(self.tp.values())
        return tp / (tp + self.spurious + self.wrong_kind) if tp else 0.0

    @property
    def recall(self) -> float:
        return sum(self.tp.values()) / max(1, sum(self.gold.values()))

    @property
    def people(self) -> float:
        return self.people_found / max(1, self.gold["person"])

    def as_dict(self) -> dict:
        return {
            "stories": self.stories,
            "f1": round(self.f1, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "people_found": round(self.people, 4),
            "gold": dict(self.gold),
            "right": dict(self.tp),
            "spurious": self.spurious,
            "wrong_kind": self.wrong_kind,
        }


def gold_names(story: Story) -> dict[str, str]:
    """Distinct tagged names, a one-word PER folded into the multi-word PER it ends."""
    people = [n for n, t in story.names.items() if t == "PER" and len(n.split()) > 1]
    return {
        n: t
        for n, t in story.names.items()
        if not (t == "PER" and len(n.split()) == 1 and any(p.split()[-1] == n for p in people))
    }


def _person_finds(pred: Predicted, name: str) -> bool:
    last = name.split()[-1].lower()
    return any(f == name.lower() or f.split()[-1] == last for f in pred.forms)


def _matches(pred: Predicted, name: str, tag: str) -> bool:
    if tag == "PER" and pred.kind == "person":
        return _person_finds(pred, name)
    return name.lower() in pred.forms


@dataclass
class Judged:
    """One story's verdicts: the score, and what was missed or spurious (for --show)."""

    score: Score
    missed: list[str]
    spurious: list[str]
    wrong: list[str]


def judge(story: Story, preds: list[Predicted], text: str | None = None) -> Judged:
    """Score one story; names only in the headline count when the analysed `text` shows it."""
    names = gold_names(story)
    if text is not None and story.headline not in text:
        names = {n: t for n, t in names.items() if n not in story.title_only}
    every = story.names  # MISC and folded surnames excuse predictions too
    sc = Score(stories=1)
    missed: list[str] = []
    for name, tag in names.items():
        kind = KIND_OF_TAG.get(tag)
        if kind is None:
            continue
        sc.gold[kind] += 1
        hits = [p for p in preds if _matches(p, name, tag)]
        if any(p.kind == kind for p in hits):
            sc.tp[kind] += 1
            if kind == "person":
                sc.people_found += 1
        else:
            missed.append(f"{name} [{tag}]" + (f" as {hits[0].kind}" if hits else ""))
    spurious: list[str] = []
    wrong: list[str] = []
    for p in preds:
        hits = [(n, t) for n, t in every.items() if _matches(p, n, t) or n.lower() in p.forms]
        if not hits:
            sc.spurious += 1
            spurious.append(f"{p.name} ({p.kind})")
        elif not any(t == "MISC" or KIND_OF_TAG.get(t) == p.kind for _n, t in hits):
            sc.wrong_kind += 1
            wrong.append(f"{p.name} ({p.kind}, gold {hits[0][1]})")
    return Judged(sc, missed, spurious, wrong)


# ----------------------------------------------------------------------------- report


def _line(label: str, sc: Score) -> str:
    return (
        f"  {label:<10} F1 {sc.f1:.3f}  P {sc.precision:.3f}  R {sc.recall:.3f}  "
        f"people found {sc.people:6.1%}  spurious {sc.spurious:4d}  wrong kind {sc.wrong_kind:4d}  "
        f"right {sum(sc.tp.values()):5d}/{sum(sc.gold.values()):5d}  "
        + "  ".join(f"{k[:3]} {sc.tp[k]}/{sc.gold[k]}" for k in KINDS)
    )


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", type=Path, help="a CoNLL-2003 English file (the train split)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N stories")
    ap.add_argument("--batch", type=int, default=60, help="files per `extract` invocation")
    ap.add_argument("--jobs", type=int, default=2, help="`extract` invocations at once")
    ap.add_argument("--show", type=int, default=0, help="print misses/spurious of N prose stories")
    ap.add_argument("--json", action="store_true", help="figures as JSON")
    args = ap.parse_args(list(argv) if argv is not None else None)

    stories = read_stories(args.path)
    if args.limit:
        stories = stories[: args.limit]
    results = run_extract(stories, args.batch, args.jobs)
    done = [s for s in stories if s.index in results and "error" not in results[s.index]]
    baseline = raw_spacy([results[s.index].get("text") or "" for s in done])

    totals = {(who, part): Score() for who in ("ours", "spacy") for part in ("prose", "all")}
    shown = 0
    for story, base in zip(done, baseline, strict=True):
        text = results[story.index].get("text") or ""
        mine = judge(story, ours(results[story.index]), text)
        theirs = judge(story, base, text)
        for who, j in (("ours", mine), ("spacy", theirs)):
            totals[(who, "all")].add(j.score)
            if story.prose:
                totals[(who, "prose")].add(j.score)
        if story.prose and shown < args.show and (mine.missed or mine.spurious or mine.wrong):
            shown += 1
            print(f"# story {story.index}: {story.headline[:70]}")
            for label, items in (
                ("missed", mine.missed),
                ("spurious", mine.spurious),
                ("wrong", mine.wrong),
            ):
                if items:
                    print(f"    {label:<9} " + "; ".join(items))
    if args.json:
        print(json.dumps({f"{w}_{p}": sc.as_dict() for (w, p), sc in totals.items()}, indent=1))
        return 0
    for part in ("prose", "all"):
        n = totals[("ours", part)].stories
        print(f"{part} stories: {n}")
        print(_line("ours", totals[("ours", part)]))
        print(_line("raw spaCy", totals[("spacy", part)]))
        print(f"  F1 gain   {totals[('ours', part)].f1 - totals[('spacy', part)].f1:+.3f}")
    missing = len(stories) - len(done)
    if missing:
        print(f"({missing} stories failed to extract)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
