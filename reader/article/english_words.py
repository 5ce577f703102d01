"""English common words, to tell an ordinary word written with a capital from a name.

The list is WordNet's nouns, verbs and adjectives as spaCy's English model ships them for its
lemmatizer (`lemmatizer/lookups`, table `lemma_index`); we load the table, not the pipe, which
the analysis does not run. Where the model lacks it, the list is empty and nothing is decided
by it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.article.nlp import MODEL_NAME

_PARTS = ("noun", "verb", "adj")


@cache
def common_words() -> frozenset[str]:
    """Lower-case English nouns, verbs and adjectives ("tip", "star", "laptop")."""
    import spacy.util
    from spacy.lookups import Lookups

    try:
        root = Path(spacy.util.get_package_path(MODEL_NAME))
    except Exception:  # pragma: no cover - a model installed another way
        return frozenset()
    found = sorted(root.glob("*/lemmatizer/lookups"))
    if not found:
        return frozenset()
    index = Lookups().from_disk(found[0]).get_table("lemma_index")
    return frozenset(w for part in _PARTS if part in index for w in index[part])


def is_common_word(word: str) -> bool:
    """Whether `word`, in lower case and with a plural "s"/"es"/"ies" undone, is a common
    English word ("Tips" → "tip", "Switches" → "switch", "Bugs" → "bug")."""
    low = word.lower()
    forms = {low}
    if low.endswith("ies"):
        forms.add(low[:-3] + "y")
    if low.endswith("es"):
        forms.add(low[:-2])
    if low.endswith("s"):
        forms.add(low[:-1])
    return not forms.isdisjoint(common_words())
