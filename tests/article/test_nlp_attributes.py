"""`FastAttributes` (reader.article.nlp) finds the attribute ruler's matches as spaCy's
`Matcher` finds them, and applying its plan sets what spaCy's matches set."""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from reader.article.nlp import FastAttributes, get_nlp

# One-token patterns on most tokens; two-token ones ("There is", "y'all", "ain't", "gonna",
# "let's"), some on the same tokens as one-token patterns.
TEXT = (
    "Ilse Brandvold said: \u201cWe will run it.\u201d Y'all ain't got nothin' there.\n\n"
    "There is a ferry, and it's late. There were two. Let's go, we're gonna be late.\n\n"
    "Headline without stop\n\nThe Morwick Courier, 5 June. Who's next? C'mon, gotta go. "
)


def _before_ruler(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = proc(doc)
    raise AssertionError("no attribute ruler")


def test_matches_are_spacys() -> None:
    nlp = get_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    fast = ruler.match.__self__
    assert isinstance(fast, FastAttributes)
    doc = _before_ruler(nlp, TEXT * 2)
    theirs = [(number, s, e) for number, _id, s, e in type(ruler).match(ruler, doc)]
    assert fast.match(doc) == theirs
    assert any(e - s > 1 for _n, s, e in theirs)  # the longer patterns are exercised


def test_plan_sets_what_spacys_matches_set() -> None:
    nlp = get_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    fast = ruler.match.__self__
    ours, theirs = _before_ruler(nlp, TEXT), _before_ruler(nlp, TEXT)
    fast.apply(ours, fast.plan(ours))
    type(ruler).set_annotations(ruler, theirs, type(ruler).match(ruler, theirs))
    cols = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
    assert (ours.to_array(cols) == theirs.to_array(cols)).all()
    assert [t.morph for t in ours] == [t.morph for t in theirs]
