"""Where each word of the text occurs, built once per article.

The passes ask "where else does this name occur?" and "is this word ever used in lower case?"
for every candidate. A regex scan of the whole text per name made those questions cost as much
as NER on long articles; a word → positions map answers them with a dictionary look-up plus a
comparison at each position of the name's first word.
"""

from __future__ import annotations

import re
from collections import defaultdict

_WORD = re.compile(r"[\w-]+")


class TextIndex:
    """Positions of every word (`[\\w-]+` run) of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[str, list[int]] = defaultdict(list)
        for m in _WORD.finditer(text):
            self._starts[m.group(0)].append(m.start())

    def find(self, key: str) -> list[int]:
        """Start offsets of `key` as a whole word sequence (not inside a longer word)."""
        first = _WORD.match(key)
        if not key or first is None:
            return [m.start() for m in re.finditer(re.escape(key), self.text)] if key else []
        text, n = self.text, len(key)
        out = []
        for pos in self._starts.get(first.group(0), ()):
            if text.startswith(key, pos):
                end = pos + n
                if end >= len(text) or not (text[end].isalnum() or text[end] in "_-"):
                    out.append(pos)
        return out

    def used_in_lower_case(self, word: str) -> bool:
        """Whether `word` also occurs all in lower case ("Turnout" / "turnout")."""
        return bool(self.find(word.lower()))
