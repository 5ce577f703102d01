"""Scores for stories against the gold set; shared by benchmarks/stories.py and the tests.

Clustering: pairwise precision, recall and F1 over the pairs of articles put in one story.
Quotes: a quote spoken once and carried by at least two articles of a gold story is
*matched* when one entry holds every article carrying it; an entry *merges speakers* when the
articles it holds carry quotes of different gold speakers.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+")
GOLD = Path(__file__).with_name("gold.json")


def load_gold() -> dict[str, Any]:
    """The gold set: {"articles": [...], "quotes": {id: {"speaker", "text"}}}."""
    return json.loads(GOLD.read_text(encoding="utf-8"))


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return _WORD.findall("".join(c for c in text if not unicodedata.combining(c)))


def pairwise(
    predicted: Mapping[str, str], gold: Mapping[str, str], ids: Iterable[str]
) -> dict[str, float]:
    """Precision, recall and F1 over article pairs (both maps: article -> cluster)."""
    ids = sorted(ids)
    tp = fp = fn = 0
    for a, b in combinations(ids, 2):
        same_pred = predicted[a] == predicted[b]
        same_gold = gold[a] == gold[b]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pairs": tp + fn}


def _carried(article: Mapping[str, Any], text: str) -> str | None:
    """The gold quote an article carries that this entry's text holds, if any."""
    pool = set(words(text))
    best, best_share = None, 0.0
    for q in article["quotes"]:
        variant = words(q["text"])
        share = sum(w in pool for w in variant) / max(1, len(variant))
        if share > best_share:
            best, best_share = q["quote"], share
    return best if best_share >= 0.6 else None


def score_quotes(
    entries: Sequence[Mapping[str, Any]],
    articles: Mapping[str, Mapping[str, Any]],
    quotes: Mapping[str, Mapping[str, str]],
) -> dict[str, int]:
    """`entries`: {"text", "articles"} with gold article ids; `articles`: gold id -> article."""
    carriers: dict[str, set[str]] = {}
    for aid, article in articles.items():
        for q in article["quotes"]:
            carriers.setdefault(q["quote"], set()).add(aid)
    shared = {qid for qid, held in carriers.items() if len(held) >= 2}
    matched: set[str] = set()
    merged_speakers = 0
    for entry in entries:
        held = {aid: _carried(articles[aid], entry["text"]) for aid in entry["articles"]}
        speakers = {quotes[qid]["speaker"] for qid in held.values() if qid}
        merged_speakers += len(speakers) > 1
        for qid in shared:
            if all(held.get(aid) == qid for aid in carriers[qid]):
                matched.add(qid)
    return {"shared": len(shared), "matched": len(matched), "merged_speakers": merged_speakers}
