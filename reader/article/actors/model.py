"""The values the actor passes hand each other."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reader.models import ActorKind

LABEL_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


@dataclass(slots=True)
class Mention:
    """One entity mention proposed by NER: character span in the analysed text and its label."""

    start: int
    end: int
    text: str
    label: str


@dataclass(slots=True)
class ActorMention:
    """One occurrence of a merged actor in the text (found by matching its surface forms)."""

    start: int
    end: int
    actor: int  # index into the actor list returned with it
    surface: str


@dataclass(slots=True)
class Surface:
    """One cleaned surface form and the evidence gathered for its kind across the document."""

    text: str
    votes: Counter = field(default_factory=Counter)  # kind -> weight of evidence
    positions: list[int] = field(default_factory=list)
    sentence_initial: int = 0  # mentions at a sentence start (ordinary words live there)
    ctx_place: int = 0  # mentions in a place context ("in X", "the city of X")
    strong_place: int = 0  # mentions in a context only places have ("the families of X")
    count: int = 0  # mentions NER proposed
    person_cue: int = 0  # mentions with a title, a role or an age next to them
    org_cue: int = 0  # mentions with a body's words next to them ("X said in a statement")
    embedded: int = 0  # kinds fixed by a construction (dateline, "X Ltd", "(ACRONYM)")
    after: list[str] = field(default_factory=list)
    inner: int = 0  # seen only inside an organisation's name ("University of Luskar")


@dataclass(slots=True)
class Group:
    """One actor being built: canonical name, kind and every surface form merged into it."""

    name: str
    kind: ActorKind
    surfaces: set[str] = field(default_factory=set)


@dataclass
class Proposals:
    """What the candidate pass found besides NER's mentions.

    `forced` holds kinds fixed by a construction ("the islands of A and B" → place, "X Ltd" →
    organisation); `acronyms` maps "(CMA)" to the name it abbreviates; `landforms` maps "Haldur"
    to "Haldur ice cap" so the two merge; `titled` holds the words a person's title stands
    before ("Ms Pryce"), so that surname goes to the person, not to "Pryce & Daughters";
    `nicknames` maps a nickname quoted inside a name to the name ('José "Cheo" Maldonado').
    """

    extra: list[Mention] = field(default_factory=list)
    forced: dict[str, str] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    landforms: dict[str, str] = field(default_factory=dict)
    titled: set[str] = field(default_factory=set)  # words seen right after "Ms", "Dr", "Sen." …
    nicknames: dict[str, str] = field(default_factory=dict)  # "Cheo" → "José Maldonado"


@dataclass(frozen=True, slots=True)
class Layout:
    """Spans of the page's own structure in the text: heading lines and list items (Markdown
    "#" and "-"/"1." lines). Words found only there are labels, not names (`filtering`)."""

    headings: tuple[tuple[int, int], ...] = ()
    list_items: tuple[tuple[int, int], ...] = ()

    def in_heading(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.headings)

    def list_item_at(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.list_items if a <= pos < b), None)
