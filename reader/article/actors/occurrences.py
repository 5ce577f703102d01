"""Pass 5 — occurrences and ranking: every mention of every actor, and actors by salience.

All surface forms of all actors are matched in one scan of the text (longest form first), so
mentions NER missed are counted too. A form shared by two actors ("Cole" for two people named
Cole) goes to the one named in full earlier in its sentence; else to the one introduced first
(news keeps the family name for the story's subject and calls a sister, a father or a wife by
the full or the given name); else, before either is named in full, to the next one after it.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.article.actors.model import ActorMention, Group, Surface
from reader.article.actors.surface import line_is_caps_heading
from reader.models import Actor


def find_occurrences(
    text: str, groups: list[Group], owner: dict[str, list[int]]
) -> list[ActorMention]:
    """Every occurrence of every surface form, each given to one group."""
    forms = sorted(owner, key=len, reverse=True)
    if not forms:
        return []
    pattern = re.compile(
        r"(?<![\w@/])(?:" + "|".join(re.escape(s) for s in forms) + r")(?![\w@/]|[’']\w{2,})"
    )
    out: list[ActorMention] = []
    last_full: dict[int, int] = {}  # group → last position of an unambiguous mention
    first_full: dict[int, int] = {}  # group → first position of one
    pending: list[tuple[int, int, str, list[int]]] = []
    for m in pattern.finditer(text):
        s = m.group(0)
        gis = owner.get(s)
        if not gis:
            continue
        if line_is_caps_heading(text, m.start()) and s.isupper() and len(s) > 5:
            continue
        if len(gis) == 1:
            last_full[gis[0]] = m.start()
            first_full.setdefault(gis[0], m.start())
            out.append(ActorMention(m.start(), m.end(), gis[0], s))
            continue
        sentence = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        near = [(last_full[g], g) for g in gis if last_full.get(g, -1) > sentence]
        first = [(first_full[g], g) for g in gis if g in first_full]
        if near:
            out.append(ActorMention(m.start(), m.end(), max(near)[1], s))
        elif first:
            out.append(ActorMention(m.start(), m.end(), min(first)[1], s))
        else:
            pending.append((m.start(), m.end(), s, gis))
    for start, end, s, gis in pending:  # ambiguous and before any full name: the next one
        nxt = [(o.start, o.actor) for o in out if o.actor in gis and o.start > start]
        out.append(ActorMention(start, end, min(nxt)[1] if nxt else gis[0], s))
    out.sort(key=lambda o: o.start)
    return out


def rank(
    groups: list[Group],
    surfaces: dict[str, Surface],
    occurrences: list[ActorMention],
    dropped: set[int],
) -> list[Actor]:
    """Actors by mentions then first appearance; occurrences renumbered to match (in place).

    A group the scan never matched (odd spacing) counts the mentions NER proposed.
    """
    counts: Counter = Counter(o.actor for o in occurrences)
    first: dict[int, int] = {}
    for o in occurrences:
        first.setdefault(o.actor, o.start)
    for gi, g in enumerate(groups):
        if gi not in dropped and counts[gi] == 0:
            counts[gi] = sum(surfaces[s].count for s in g.surfaces if s in surfaces)
            first[gi] = min(p for s in g.surfaces if s in surfaces for p in surfaces[s].positions)
    order = sorted(
        (gi for gi in range(len(groups)) if gi not in dropped),
        key=lambda gi: (-counts[gi], first.get(gi, 0)),
    )
    remap = {gi: i for i, gi in enumerate(order)}
    for o in occurrences:
        o.actor = remap[o.actor]
    return [
        Actor(
            name=groups[gi].name,
            kind=groups[gi].kind,
            mentions=counts[gi],
            aliases=sorted(s for s in groups[gi].surfaces if s != groups[gi].name),
        )
        for gi in order
    ]
