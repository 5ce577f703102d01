"""Write the stories gold set (`gold.json`) from the events in `events.py`; deterministic.

    python tests/stories/gold/make_gold.py

Five fictional outlets tell each event their own way: a wire agency (dateline, formal, the
full quote in straight marks), a tabloid (loose register, curly marks, fragments worked
into its own sentences), a long read (present-tense lead-ins, background, curly marks, a
quote nobody else carries), a local paper (elisions "…", "told the Courier") and a radio
newsroom's web desk (short, fragments). Each event also has a distractor: another event
with at least two of the same actors, from one of the outlets. Every article is a small
web page with site chrome, so the benchmark and the tests go through the real cleaner.

`gold.json` holds the articles (outlet, feed, title, published, author, html, story) and,
per article, the quotes it carries with the id of the spoken sentence they come from, so
matching across outlets can be scored; `quotes` maps each id to its speaker and sentence.
Events with an index ≡ 2 (mod 3) are the held-out part, never looked at while tuning.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from events import EVENTS

OUT = Path(__file__).with_name("gold.json")
BASE = datetime(2026, 10, 1, 6, 0, tzinfo=UTC)
SPACING_HOURS = 14  # events overlap in time, as on a busy news day

OUTLETS = {
    "wire": ("Northline Press Agency", "npa", "NPA staff"),
    "tabloid": ("The Daily Blare", "blare", "Gaz Pomeroy"),
    "longform": ("The Meridian Review", "meridian", "Harriet Vossberg"),
    "local": ("The Valley Courier", "courier", "Dilys Amberley"),
    "radio": ("Radio Estuary News", "ren", "Newsdesk"),
}
DELAY_HOURS = {"wire": 1, "radio": 2, "tabloid": 5, "local": 9, "longform": 22}

TABLOID_OPEN = ["It's official.", "Well, that didn't take long.", "Brace yourselves.", ""]
TABLOID_CLOSE = ["Watch this space.", "We'll keep you posted.", "What do YOU think? Write in.", ""]
LONG_OPEN = [
    "For anyone who has lived in {place} for long, the announcement had a familiar ring.",
    "It is rare for {place} to make the national news twice in one year.",
    "The news reached {place} on an ordinary weekday; by evening it was all anyone discussed.",
]
LONG_CLOSE = [
    "What happens next will be watched far beyond {place}.",
    "The argument, as ever, is about who pays and who waits.",
    "For now, {place} is left to count the cost and wait.",
]
LOCAL_OPEN = [
    "The news was the talk of {place} on Tuesday.",
    "Readers in {place} have been in touch with the Courier all week.",
    "",
]


def surname(name: str) -> str:
    return name.split()[-1]


def bare(sentence: str) -> str:
    """The sentence without its final full stop, to be closed by the outlet's own mark."""
    return sentence[:-1] if sentence.endswith(".") else sentence


def elided(sentence: str) -> str:
    """The start and the end of the sentence with the middle left out as "…"."""
    words = bare(sentence).split()
    head = max(3, round(len(words) * 0.4))
    tail = max(3, round(len(words) * 0.3))
    if head + tail + 2 > len(words):
        return bare(sentence)
    return " ".join(words[:head]).rstrip(",;") + " … " + " ".join(words[-tail:])


def marks(curly: bool) -> tuple[str, str]:
    return ("\u201c", "\u201d") if curly else ('"', '"')


def quote_para(style: str, ev: dict[str, Any], k: int, rng: random.Random) -> tuple[str, str]:
    """A paragraph carrying quote `k` the way this outlet would; returns (paragraph, quoted)."""
    who, sentence, fragment = ev["quotes"][k]
    name, role = ev["people"][who]
    last = surname(name)
    o, c = marks(style in ("tabloid", "longform"))
    plan = {
        ("wire", 0): "full_after",
        ("wire", 1): "full_before",
        ("tabloid", 0): "fragment",
        ("tabloid", 1): "full_verb",
        ("longform", 0): "full_says",
        ("longform", 1): "fragment_long",
        ("longform", 2): "full_says",
        ("local", 0): "elided",
        ("local", 1): "full_after_named",
        ("radio", 0): "fragment_radio",
        ("radio", 1): "elided_radio",
    }[(style, k)]
    if plan == "full_after":
        return f"{o}{bare(sentence)},{c} {last} said.", bare(sentence)
    if plan == "full_before":
        return f"{name}, {role}, said in a statement: {o}{sentence}{c}", bare(sentence)
    if plan == "fragment":
        verb = rng.choice(["vowed", "insisted", "declared"])
        return f"{last} {verb} it was about {o}{fragment}{c}.", fragment
    if plan == "full_verb":
        verb = rng.choice(["fumed", "blasted", "told us"])
        return f"{o}{bare(sentence)},{c} {verb} {name}.", bare(sentence)
    if plan == "full_says":
        return f"{o}{bare(sentence)},{c} says {name}, {role}.", bare(sentence)
    if plan == "fragment_long":
        return (
            f"{name} puts it more bluntly: this is, {last} says, about {o}{fragment}{c}.",
            fragment,
        )
    if plan == "elided":
        short = elided(sentence)
        return f"{name}, {role}, told the Courier: {o}{short}.{c}", short
    if plan == "full_after_named":
        return f"{o}{bare(sentence)},{c} said {last}.", bare(sentence)
    if plan == "fragment_radio":
        return f"Speaking this morning, {name} said it came down to {o}{fragment}{c}.", fragment
    short = elided(sentence)
    return f"{last}, {role}, said: {o}{short}.{c}", short


def paragraphs(style: str, ev: dict[str, Any], rng: random.Random) -> tuple[list[str], list]:
    """The article's paragraphs and the quotes it carries as (quote index, quoted text)."""
    formal = [f for f, _ in ev["facts"]]
    loose = [f for _, f in ev["facts"]]
    place = ev["place"]
    carried: list[tuple[int, str]] = []

    def q(k: int) -> str:
        para, text = quote_para(style, ev, k, rng)
        carried.append((k, text))
        return para

    if style == "wire":
        paras = [f"{place.upper()} (NPA) — {formal[0]}", q(0), formal[1] + " " + formal[2]]
        paras += [q(1), formal[3]]
    elif style == "tabloid":
        paras = [rng.choice(TABLOID_OPEN) + " " + loose[0], q(0), loose[2], loose[1], q(1)]
        paras += [loose[4] + " " + rng.choice(TABLOID_CLOSE)]
    elif style == "longform":
        paras = [rng.choice(LONG_OPEN).format(place=place), ev["background"][0], formal[0]]
        paras += [formal[1] + " " + formal[4], q(0), ev["background"][1], formal[2], q(1)]
        if len(ev["quotes"]) > 2:
            paras.append(q(2))
        paras += [formal[3], rng.choice(LONG_CLOSE).format(place=place)]
    elif style == "local":
        paras = [(rng.choice(LOCAL_OPEN).format(place=place) + " " + loose[0]).strip(), loose[3]]
        paras += [q(0), ev["background"][0], loose[1], q(1), loose[4]]
    else:
        paras = [formal[0], q(0), loose[1] + " " + formal[3], q(1)]
    return [p.strip() for p in paras if p.strip()], carried


def title_for(style: str, ev: dict[str, Any]) -> str:
    formal, punchy = ev["heads"]
    return {
        "wire": formal,
        "tabloid": punchy.upper() if len(punchy) < 32 else punchy,
        "longform": f"{punchy}: what it means for {ev['place']}",
        "local": f"{ev['place']}: {formal[0].lower()}{formal[1:]}",
        "radio": formal,
    }[style]


def page(outlet: str, title: str, author: str, published: str, paras: list[str]) -> str:
    body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paras)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)} | "
        f"{escape(outlet)}</title><meta property='article:published_time' content='{published}'>"
        f"</head><body><header><nav><a href='/'>Home</a> <a href='/news'>News</a> "
        f"<a href='/sport'>Sport</a> <a href='/about'>About {escape(outlet)}</a></nav></header>"
        f"<main><article><h1>{escape(title)}</h1><p class='byline'>By {escape(author)}</p>"
        f"<time datetime='{published}'>{published[:10]}</time>\n{body}\n</article></main>"
        f"<footer><p>© 2026 {escape(outlet)}. All rights reserved.</p></footer></body></html>"
    )


def stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def build() -> dict[str, Any]:
    articles: list[dict[str, Any]] = []
    quotes: dict[str, dict[str, str]] = {}
    styles = list(OUTLETS)
    for index, ev in enumerate(EVENTS):
        slug = ev["slug"]
        start = BASE + timedelta(hours=SPACING_HOURS * index)
        part = "heldout" if index % 3 == 2 else "design"
        for k, (who, sentence, _fragment) in enumerate(ev["quotes"]):
            quotes[f"{slug}/q{k}"] = {"speaker": ev["people"][who][0], "text": sentence}
        told_by = styles if index % 2 == 0 else styles[:4]
        for style in told_by:
            rng = random.Random(f"{slug}/{style}")
            outlet, feed, author = OUTLETS[style]
            paras, carried = paragraphs(style, ev, rng)
            published = stamp(start + timedelta(hours=DELAY_HOURS[style] + rng.random()))
            title = title_for(style, ev)
            articles.append(
                {
                    "id": f"{slug}/{feed}",
                    "story": slug,
                    "part": part,
                    "outlet": outlet,
                    "feed": feed,
                    "title": title,
                    "published": published,
                    "author": author,
                    "html": page(outlet, title, author, published, paras),
                    "quotes": [{"quote": f"{slug}/q{k}", "text": t} for k, t in carried],
                }
            )
        articles.append(distractor(ev, index, start, part, quotes))
    articles.sort(key=lambda a: a["published"])
    return {"articles": articles, "quotes": quotes}


def distractor(
    ev: dict[str, Any], index: int, start: datetime, part: str, quotes: dict[str, Any]
) -> dict[str, Any]:
    """Another event with the same actors: must never join the story."""
    d = ev["distractor"]
    style = list(OUTLETS)[(index + 2) % len(OUTLETS)]
    outlet, feed, author = OUTLETS[style]
    who, sentence = d["quote"]
    name = ev["people"][who][0]
    o, c = marks(style in ("tabloid", "longform"))
    paras = [*d["paras"][:2], f"{o}{bare(sentence)},{c} said {surname(name)}.", *d["paras"][2:]]
    published = stamp(start + timedelta(hours=d["hours"]))
    qid = f"{ev['slug']}/d"
    quotes[qid] = {"speaker": name, "text": sentence}
    return {
        "id": f"{ev['slug']}-other/{feed}",
        "story": f"{ev['slug']}-other",
        "part": part,
        "outlet": outlet,
        "feed": feed,
        "title": d["head"],
        "published": published,
        "author": author,
        "html": page(outlet, d["head"], author, published, paras),
        "quotes": [{"quote": qid, "text": bare(sentence)}],
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
