"""`HeldGreedy` (reader.article.nlp): the parser and NER stepped from Python, with the GIL
held, give the very parse and entities spaCy's own compiled loop gives, one document at a
time and in batches (the refresh workers parse a few pages together); and where spaCy's
internals are not as it expects, the pipeline keeps spaCy's loop, with a warning. The
pipeline's products go to numpy, not blis (`numpy_gemm`), and it still tags, parses and
finds entities as spaCy's stock pipeline does."""

from __future__ import annotations

import logging
from pathlib import Path

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, MORPH, POS, SENT_START, TAG
from spacy.ml.parser_model import ParserStepModel
from thinc.api import NumpyOps

from reader.article.analyse import compact, neutralise_markdown
from reader.article.nlp import (
    _EXCLUDED,
    MODEL_NAME,
    HeldGreedy,
    _one_blas_thread,
    get_nlp,
    held_greedy,
    load_nlp,
)

COLUMNS = [TAG, POS, MORPH, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]

TEXTS = [
    "Ilse Brandvold, who chairs the Morwick harbour board, said on Tuesday: \u201cWe will "
    "run it as long as people ride it.\u201d The Lannock Ferry Company disagreed.\n\n"
    "Headline without stop\n\nThe Morwick Courier, 5 June. Who's next? ",
    "",
    "\n\n",
    "Apple Inc. bought a London start-up for $1 billion, Tim Cook told Reuters in "
    "New York. The European Commission in Brussels will look at the deal next year. " * 6,
    "Short.",
]


def _stock(nlp, text):
    """`text` through the same pipeline with spaCy's own parser and NER loops."""
    doc = nlp.make_doc(text)
    for _name, proc in nlp.pipeline:
        doc = proc.component(doc) if isinstance(proc, HeldGreedy) else proc(doc)
    return doc


def _same(ours, theirs) -> None:
    assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all()
    assert [(e.start, e.end, e.label_) for e in ours.ents] == [
        (e.start, e.end, e.label_) for e in theirs.ents
    ]


def test_parser_and_ner_are_held_greedy() -> None:
    nlp = get_nlp()
    assert isinstance(nlp.get_pipe("parser"), HeldGreedy)
    assert isinstance(nlp.get_pipe("ner"), HeldGreedy)
    assert nlp.get_pipe("ner").labels == nlp.get_pipe("ner").component.labels


def test_one_by_one_as_spacy() -> None:
    nlp = get_nlp()
    for text in TEXTS:
        _same(nlp(text), _stock(nlp, text))


def test_batches_as_spacy_one_by_one() -> None:
    nlp = get_nlp()
    for size in (2, 4, 16):
        for ours, text in zip(nlp.pipe(TEXTS, batch_size=size), TEXTS, strict=True):
            _same(ours, _stock(nlp, text))


GOLD = Path(__file__).resolve().parent.parent / "gold" / "src"


def test_numpy_products_parse_as_spacys_stock_pipeline() -> None:
    """The shared pipeline (numpy's products, `HeldGreedy`, batches of 4) gives the token
    arrays and entities of spaCy's stock pipeline (blis, its own loop, a text at a time)
    on the gold set's 28 article texts, prepared as the analysis prepares them."""
    nlp = get_nlp()
    models = [getattr(pipe, "model", None) for _name, pipe in nlp.pipeline]
    layers = [layer for model in models if model is not None for layer in model.walk()]
    assert all(type(layer.ops) is NumpyOps and not layer.ops.use_blis for layer in layers)
    assert _one_blas_thread()
    stock = spacy.load(MODEL_NAME, exclude=_EXCLUDED)
    stock.add_pipe("paragraph_breaks", before="parser")
    assert stock.get_pipe("tok2vec").model.ops.use_blis
    texts = [
        *TEXTS[:1],
        *(compact(neutralise_markdown(p.read_text()))[0] for p in GOLD.glob("*.txt")),
    ]
    assert len(texts) > 20
    for ours, text in zip(nlp.pipe(texts, batch_size=4), texts, strict=True):
        _same(ours, stock(text))


def test_an_internal_gone_keeps_spacys_loop(monkeypatch, caplog) -> None:
    """If a spaCy release drops an internal `HeldGreedy` steps through (here the step
    model's `get_token_ids`, which spaCy's own compiled loop does not call), the parser and
    NER keep spaCy's loop: a warning, the same annotations, no crash."""
    shared = get_nlp()  # loaded before the internal goes: the other tests share it
    monkeypatch.delattr(ParserStepModel, "get_token_ids")
    with caplog.at_level(logging.WARNING, logger="reader.article.nlp"):
        nlp = load_nlp()
    assert not any(isinstance(pipe, HeldGreedy) for _name, pipe in nlp.pipeline)
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 2
    assert all("get_token_ids" in message for message in warned)
    for ours, text in zip(nlp.pipe(TEXTS, batch_size=4), TEXTS, strict=True):
        _same(ours, _stock(shared, text))


def test_components_of_another_shape_keep_spacys_loop(caplog) -> None:
    """If `Language._components` is no longer a list of (name, pipe), nothing is wrapped."""
    nlp = spacy.load(MODEL_NAME, exclude=_EXCLUDED)
    nlp._components = tuple(nlp._components)
    with caplog.at_level(logging.WARNING, logger="reader.article.nlp"):
        assert held_greedy(nlp) == []
    assert "_components" in caplog.text
    assert nlp(TEXTS[0]).ents


def test_a_step_that_parses_otherwise_keeps_spacys_loop(monkeypatch, caplog) -> None:
    """An internal that is there but means something else (here: steps that make no move)
    raises nothing; the probe's parse, compared with spaCy's, is what catches it."""
    get_nlp()
    monkeypatch.setattr("reader.article.nlp._greedy_steps", lambda parser, steps, states: None)
    with caplog.at_level(logging.WARNING, logger="reader.article.nlp"):
        nlp = load_nlp()
    assert not any(isinstance(pipe, HeldGreedy) for _name, pipe in nlp.pipeline)
    assert caplog.text.count("differs from spaCy's") == 2
