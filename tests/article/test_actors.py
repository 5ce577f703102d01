# ruff: noqa: E501  (fixture prose is kept one paragraph per line)
"""Actors: NER mentions cleaned, merged, re-typed and counted; junk dropped."""

from __future__ import annotations

import re

import pytest

from reader.article.actors import Mention, build_actors, clean_surface, is_junk
from reader.article.analyse import analyse

DEAL = """# LATEST NEWS

Harrow Biotech Inc. agreed on Thursday to buy the startup Quillon for $2 billion, the companies said in January.

Quillon's founder, Sofia Marchetti, will join the Harrow Biotech board. Marchetti built the company in Veldana after leaving Orbis University.

Meanwhile, the deal must be approved by the Competition and Markets Authority (CMA). The CMA said it would publish a decision by March.

Marchetti told the website TechLedger that she had "no regrets". President Adam Cole of the Veldana Chamber of Commerce praised the deal. Cole said Harrow's offer was "the best outcome for everyone".

"Harrow will keep every job in Veldana," Marchetti said. Shares of Harrow rose 4% on Friday.

Read more

Subscribe to our newsletter at www.example.com

ADVERTISEMENT
"""


@pytest.fixture(scope="module")
def deal():
    return {a.name: a for a in analyse(DEAL).actors}


def test_expected_actors_and_kinds(deal):
    kinds = {name: a.kind for name, a in deal.items()}
    assert kinds == {
        "Harrow Biotech Inc.": "organization",  # the company by its full legal name
        "Sofia Marchetti": "person",
        "Competition and Markets Authority": "organization",
        "Quillon": "organization",
        "Veldana": "place",
        "Adam Cole": "person",
        "Orbis University": "organization",
        "TechLedger": "organization",
        "Veldana Chamber of Commerce": "organization",
    }


def test_aliases_merged_and_counted(deal):
    assert deal["Harrow Biotech Inc."].aliases == ["Harrow", "Harrow Biotech"]
    assert deal["Harrow Biotech Inc."].mentions == 5
    assert deal["Sofia Marchetti"].aliases == ["Marchetti"]  # tagged ORG once, still the person
    assert deal["Sofia Marchetti"].mentions == 4
    assert deal["Competition and Markets Authority"].aliases == ["CMA"]  # acronym, "the" dropped
    assert deal["Adam Cole"].aliases == ["Cole"]  # title "President" stripped
    assert deal["Quillon"].mentions == 2  # possessive stripped


def test_no_junk(deal):
    names = set(deal)
    for junk in (
        "Thursday",
        "January",
        "March",
        "Friday",
        "Meanwhile",
        "LATEST",
        "Read more",
        "Subscribe",
        "ADVERTISEMENT",
        "example",
        "$2",
        "4%",
    ):
        assert not any(junk in n.split() or junk == n for n in names)


def test_salience_order():
    a = analyse(DEAL).actors
    assert [x.mentions for x in a] == sorted((x.mentions for x in a), reverse=True)
    assert a[0].name == "Harrow Biotech Inc."


def test_putin_style_surname_merge_and_person_not_org():
    text = (
        "Arkady Voronin, the governor of Belsk, arrived in Tarnow on Sunday. Voronin met "
        "local officials. Critics said Voronin had ignored the floods. Voronin's aides declined "
        "to comment. The governor's office said Voronin would return to Belsk on Monday."
    )
    actors = {a.name: a for a in analyse(text).actors}
    assert "Voronin" not in actors
    assert actors["Arkady Voronin"].kind == "person"
    assert actors["Arkady Voronin"].mentions == 5
    assert actors["Belsk"].kind == "place"


def _mentions(text, spec):
    out = []
    for surface, label in spec:
        for m in re.finditer(re.escape(surface), text):
            out.append(Mention(m.start(), m.end(), surface, label))
    return out


def test_rules_without_model_surname_tagged_org_and_the_company_x():
    text = (
        "Lena Ortiz leads the company Brightwell. Ortiz said sales rose. Ortiz also met "
        "Nadia Ferro, chief of Brightwell Systems, in the city of Camber."
    )
    spec = [
        ("Lena Ortiz", "PERSON"),
        ("Ortiz", "ORG"),
        ("Brightwell", "PERSON"),
        ("Nadia Ferro", "PERSON"),
        ("Camber", "PERSON"),
    ]
    ms = [m for m in _mentions(text, spec)]
    # "Ortiz" inside "Lena Ortiz" and "Brightwell" inside "Brightwell Systems": drop overlaps
    ms = [
        m
        for m in ms
        if not any(
            o is not m
            and o.start <= m.start
            and m.end <= o.end
            and (o.end - o.start) > (m.end - m.start)
            for o in ms
        )
    ]
    ms.append(
        Mention(
            text.index("Brightwell Systems"),
            text.index("Brightwell Systems") + 18,
            "Brightwell Systems",
            "ORG",
        )
    )
    actors, occ = build_actors(text, ms)
    got = {a.name: (a.kind, a.aliases, a.mentions) for a in actors}
    assert got["Lena Ortiz"] == ("person", ["Ortiz"], 3)
    assert got["Brightwell Systems"][0] == "organization"
    assert got["Brightwell Systems"][1] == ["Brightwell"]
    assert got["Camber"][0] == "place"  # "city of Camber" beats a lone PERSON tag
    assert all(text[o.start : o.end] == o.surface for o in occ)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("the Kremlin", "Kremlin"),
        ("Harlow's", "Harlow"),
        ("Workers’", "Workers"),
        ("President Mara Lind", "Mara Lind"),
        ("Dr. Ines Kahl", "Ines Kahl"),
        ("  Valtora Semiconductor ,", "Valtora Semiconductor"),
    ],
)
def test_clean_surface(raw, clean):
    assert clean_surface(raw)[0] == clean


@pytest.mark.parametrize(
    "surface",
    [
        "Monday",
        "March 2024",
        "2024",
        "He",
        "Read more",
        "Advertisement",
        "X",
        "LATEST NEWS",
        "SUBSCRIBE",
        "https://example.com",
        "www.example.org",
        "Meanwhile",
        "however",
    ],
)
def test_junk(surface):
    assert is_junk(surface)


@pytest.mark.parametrize("surface", ["NATO", "EEA", "Mara Lind", "U.S.", "BBC", "Ukraine"])
def test_not_junk(surface):
    assert not is_junk(surface)


# --- rules on constructions (build_actors on hand-made mentions: no model needed) -----------


def _m(text: str, surface: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label)


def _kinds(text: str, mentions: list[Mention]) -> dict[str, str]:
    return {a.name: a.kind for a in build_actors(text, mentions)[0]}


def test_place_proposed_after_place_preposition_when_ner_missed_it():
    text = "Bus drivers in Quenby walked out on Tuesday, and buyers in Arlo, Fennet and Dovesby waited."
    kinds = _kinds(text, [_m(text, "Arlo", "GPE")])
    assert kinds.get("Quenby") == "place"
    assert kinds.get("Fennet") == "place" and kinds.get("Dovesby") == "place"


def test_strong_construction_overrides_ner_kind_for_every_listed_name():
    text = "Crossings to the islands of Harrowsay and Little Tollan were halted."
    kinds = _kinds(text, [_m(text, "Harrowsay", "ORG"), _m(text, "Little Tollan", "PERSON")])
    assert kinds == {"Harrowsay": "place", "Little Tollan": "place"}


def test_based_and_appositive_place():
    text = "A Wendham-based firm will ship it to Porthcurran, the nearest town with a quay."
    kinds = _kinds(text, [])
    assert kinds.get("Wendham") == "place"
    assert kinds.get("Porthcurran") == "place"


def test_no_place_proposed_for_months_or_ordinary_words():
    text = "Prices rose in March. In Parliament, members spoke at length in English."
    assert _kinds(text, []) == {}


def test_org_with_acronym_in_brackets_is_one_actor_with_alias():
    text = "The strike was called by the Rail and Road Staff Union (RRSU). The RRSU said it would go on."
    ms = [_m(text, "Road Staff Union", "ORG"), _m(text, "RRSU", "ORG", 1)]
    actors, _ = build_actors(text, ms)
    assert [(a.name, a.kind, a.aliases) for a in actors] == [
        ("Rail and Road Staff Union", "organization", ["RRSU"])
    ]


def test_legal_suffix_names_an_organisation():
    text = "Oldcastle Weaving Ltd will close its mill, the company said."
    assert _kinds(text, []) == {"Oldcastle Weaving Ltd": "organization"}


def test_agentive_appositive_makes_a_person():
    text = "Mira Colvane, a weaver for twenty years, said the mill was doomed."
    assert _kinds(text, [_m(text, "Mira Colvane", "GPE")]) == {"Mira Colvane": "person"}


def test_place_named_only_inside_one_organisation_is_not_an_actor():
    text = "Dr Ana Lisk, who teaches at the University of Pelmora, welcomed the ruling."
    ms = [_m(text, "Ana Lisk", "PERSON"), _m(text, "the University of Pelmora", "ORG")]
    assert "Pelmora" not in _kinds(text, ms)


@pytest.mark.parametrize(
    ("sentence", "word", "modifier"),
    [
        (
            "Quillmark, the Markdown rendering library used by thousands, was forked.",
            "Markdown",
            True,
        ),
        ("Intercity services between the two cities will run hourly.", "Intercity", True),
        ("She bought a Velmix espresso machine, then another.", "Velmix", True),
        ("The Telvane branch of the bank will close.", "Telvane", False),
        ("The Byteframe engineers said nothing.", "Byteframe", False),
        ("Glidr withdrew 12,000 scooters from sale.", "Glidr", False),
        ("Northsound runs the three vessels on the route.", "Northsound", False),
        ("The Luskar region was hit hardest.", "Luskar", False),
        ("Officials met the Orvane company on Monday.", "Orvane", False),
    ],
)
def test_lone_modifier_of_a_common_noun_is_not_an_actor(sentence, word, modifier):
    from reader.article.actors.filtering import modifies_common_noun

    assert modifies_common_noun(sentence, word, sentence.index(word)) is modifier


def test_thing_named_once_as_modifier_dropped_but_named_actor_kept():
    text = (
        "Quillmark, the Markdown rendering library used by thousands of sites, was forked on "
        "Monday by Ada Nwosu. Byteframe, which owns Quillmark, said the fork was expected."
    )
    names = {a.name for a in analyse(text).actors}
    assert "Markdown" not in names
    assert {"Ada Nwosu", "Quillmark"} <= names


def test_org_by_multiword_role_noun_or_apposition():
    # "the incident response firm X" (two modifiers) and "X, the payroll software company":
    # an organisation even when the model reads a person or a place
    text = (
        "The audit was carried out by the incident response firm Tessaly Crane. "
        "A server at Morvik, the payroll software company used by 900 shops, was left open. "
        "Maren Holt, the company's chief executive, apologised."
    )
    kinds = _kinds(
        text,
        [
            _m(text, "Tessaly Crane", "PERSON"),
            _m(text, "Morvik", "GPE"),
            _m(text, "Maren Holt", "PERSON"),
        ],
    )
    assert kinds.get("Tessaly Crane") == "organization"
    assert kinds.get("Morvik") == "organization"
    assert kinds.get("Maren Holt") == "person"
