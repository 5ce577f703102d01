"""`HeldGreedy` (reader.article.nlp): the parser and NER stepped from Python, with the GIL
held, give the very parse and entities spaCy's own compiled loop gives, one document at a
time and in batches (the refresh workers parse a few pages together)."""

from __future__ import annotations

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, MORPH, POS, SENT_START, TAG

from reader.article.nlp import HeldGreedy, get_nlp

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
