# ruff: noqa: E501  (fixture prose is kept one sentence per line)
"""Named actor rules added for real news (issue 9), each on sentences of our own writing.

Mentions are handed in by hand, as NER would propose them, so each test pins one rule.
"""

from __future__ import annotations

import pytest

from reader.article.actors import Layout, Mention, build_actors, clean_surface, is_junk
from reader.article.actors.document_titles import without_document_titles
from reader.article.actors.gazetteer import known_places
from reader.article.actors.surface import strip_post_nominals
from reader.article.actors.textindex import TextIndex
from reader.article.analyse import analyse


def _m(text: str, surface: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label)


def _actors(text: str, mentions: list[Mention]) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.kind, a.aliases) for a in build_actors(text, mentions)[0]}


@pytest.mark.parametrize(
    "line",
    [
        "HARBOURTON 2026-03-14",
        "HARBOURTON (Coastwire) - The",
        "HARBOURTON, March 14 -",
        "HARBOURTON, Velmark, March 14 (Coastwire) - The",
    ],
)
def test_dateline_names_the_place_filed_from(line):
    text = f"{line}\n\nThe ferry company cut two sailings on Friday, its owners said.\n"
    actors = _actors(text, [])
    assert actors.get("Harbourton", ("",))[0] == "place"


def test_dateline_with_country_and_date_names_all_three():
    text = "HARBOURTON, Velmark, March 14 (Coastwire) - The ferry company cut two sailings.\n"
    actors = _actors(text, [])
    assert {k: actors[k][0] for k in ("Harbourton", "Velmark", "Coastwire")} == {
        "Harbourton": "place",
        "Velmark": "place",
        "Coastwire": "organization",
    }


def test_dateline_agency_without_a_date_is_an_organisation():
    text = "HARBOURTON (Coastwire) - The ferry company cut two sailings on Friday.\n"
    assert _actors(text, []).get("Coastwire", ("",))[0] == "organization"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("State Fisheries Council", "State Fisheries Council"),
        ("Health Ministry", "Health Ministry"),
        ("Finance Minister Ola Brandt", "Ola Brandt"),
    ],
)
def test_title_word_kept_when_it_begins_an_organisation_name(raw, name):
    assert clean_surface(raw)[0] == name


def test_name_after_a_stripped_title_does_not_open_the_sentence():
    # "Dean" is a title word too; the surname alone must not be taken for a sentence-initial
    # ordinary word and dropped.
    text = "Dean Okafor hit two goals for the visitors. The crowd of 4,000 cheered."
    actors = _actors(text, [_m(text, "Dean Okafor", "PERSON")])
    assert any(k == "person" and n.endswith("Okafor") for n, (k, _a) in actors.items())


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The result pleased starter Jonah Castellane, who pitched six innings.",
            "Jonah Castellane",
            "ORG",
        ),
        (
            "Olympic champion Ilse Marquard meets Tova Renn in the first round.",
            "Ilse Marquard",
            "GPE",
        ),
    ],
)
def test_role_noun_right_before_a_name_makes_a_person(text, name, label):
    assert _actors(text, [_m(text, name, label)])[name][0] == "person"


def test_demonym_noun_or_role_inside_the_span_is_cut_off():
    text = "The draw favours Frenchman Aurel Vasseur, while Patriarch Benedek Szalai spoke."
    actors = _actors(
        text,
        [_m(text, "Frenchman Aurel Vasseur", "ORG"), _m(text, "Patriarch Benedek Szalai", "ORG")],
    )
    assert actors["Aurel Vasseur"][0] == "person"
    assert actors["Benedek Szalai"][0] == "person"


def test_initials_and_surname_are_a_person_and_scores_are_cut():
    text = "Lowfield 301 (D. Marlowe 95 not out, T. Quarry 7-73) drew with Eastcombe."
    actors = _actors(text, [_m(text, "T. Quarry 7-73", "PERSON")])
    assert actors["D. Marlowe"][0] == "person"
    assert actors["T. Quarry"][0] == "person"


def test_initials_rule_skips_a_sentence_end_before_an_ordinary_word():
    text = "They chose plan B. Then the rain came, and then it stopped."
    assert "B. Then" not in _actors(text, [])


def test_compass_word_keeps_a_place_whose_last_word_heads_organisations():
    text = "Talks on the North Bank resumed. Settlers in the North Bank protested."
    mentions = [_m(text, "North Bank", "GPE", 0), _m(text, "North Bank", "GPE", 1)]
    assert _actors(text, mentions)["North Bank"][0] == "place"


def test_a_journal_is_an_organisation_not_a_place():
    text = "The study was published in the Journal of Coastal Medicine on Monday."
    mentions = [_m(text, "the Journal of Coastal Medicine", "ORG")]
    assert _actors(text, mentions)["Journal of Coastal Medicine"][0] == "organization"


def test_text_index_finds_whole_words_only():
    text = "Lind met Lindqvist; Lind's aide and lind-worm. Ann Lind left."
    index = TextIndex(text)
    ann = text.index("Ann Lind")
    assert index.find("Lind") == [0, text.index("Lind's"), ann + 4]
    assert index.find("Ann Lind") == [ann]
    assert index.used_in_lower_case("Lind") is False


def test_adjective_role_after_an_article_is_no_person_cue():
    # "the official Brightwire news agency": "official" describes the agency here
    text = "The figures were carried by the official Brightwire news agency on Monday."
    actors = _actors(text, [_m(text, "Brightwire news agency", "ORG")])
    assert actors["Brightwire"][0] == "organization"


def test_proper_noun_that_looks_like_a_plural_is_kept_with_a_parse():
    from reader.article.analyse import parse

    text = (
        "These are the leading stories in the Calder press on Thursday.\n\n"
        "Haldeners has not verified these stories and does not vouch for them."
    )
    mentions = [_m(text, "Haldeners", "ORG")]
    # the tagger reads a proper noun: kept; without a parse the "-ers" word looks like a plural
    assert "Haldeners" in {a.name for a in build_actors(text, mentions, parse(text))[0]}
    assert "Haldeners" not in _actors(text, mentions)


def test_plural_agent_noun_at_a_sentence_start_is_dropped_with_a_parse():
    from reader.article.analyse import analyse

    text = "Commuters from Ashcombe said the trains were late again on Monday."
    assert "Commuters" not in {a.name for a in analyse(text).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Second round: Mei Lanfang (Norvania) beat Oskar Lind (Castellor) 15-3 15-7.",
            "Mei Lanfang",
        ),
        ("Rep. Gwen Marr (D-Wis.) said the bill would pass.", "Gwen Marr"),
        ("The favourite meets Ilse Varga of Castellor in the first round.", "Ilse Varga"),
    ],
)
def test_name_followed_by_its_country_or_party_is_a_person(text, name):
    mentions = [_m(text, w, "GPE") for w in ("Norvania", "Castellor") if w in text]
    assert _actors(text, mentions).get(name, ("",))[0] == "person"


def test_name_tagged_org_followed_by_its_country_becomes_a_person():
    text = "Top seed Orla Brennock of Castellor lost to a qualifier."
    mentions = [_m(text, "Orla Brennock", "ORG"), _m(text, "Castellor", "GPE")]
    assert _actors(text, mentions)["Orla Brennock"][0] == "person"


def test_organisation_of_a_country_stays_an_organisation():
    text = "The Central Bank of Castellor raised rates, said the Castellor finance ministry."
    mentions = [_m(text, "Central Bank of Castellor", "ORG"), _m(text, "Castellor", "GPE", 1)]
    assert _actors(text, mentions)["Central Bank of Castellor"][0] == "organization"


def test_names_in_one_list_share_the_kind_most_of_them_have():
    text = "Injuries worried the coach: Aled Pryce, Tomas Ferrand, Corin Vale and Dafydd Moss."
    mentions = [
        _m(text, "Aled Pryce", "PERSON"),
        _m(text, "Tomas Ferrand", "GPE"),
        _m(text, "Corin Vale", "PERSON"),
        _m(text, "Dafydd Moss", "PERSON"),
    ]
    assert _actors(text, mentions)["Tomas Ferrand"][0] == "person"


def test_a_list_of_places_is_not_made_people():
    text = "Flights to Arlo, Fennet and Dovesby resumed, said Aled Pryce."
    mentions = [_m(text, w, "GPE") for w in ("Arlo", "Fennet", "Dovesby")]
    mentions.append(_m(text, "Aled Pryce", "PERSON"))
    kinds = {n: k for n, (k, _a) in _actors(text, mentions).items()}
    assert kinds["Fennet"] == "place" and kinds["Aled Pryce"] == "person"


@pytest.mark.parametrize(
    ("text", "span", "label", "name"),
    [
        (
            "Second seed Norvanian Aurel Vasseur withdrew.",
            "Norvanian Aurel Vasseur",
            "ORG",
            "Aurel Vasseur",
        ),
        (
            "It was won by Spaniard Ines Calloway on Sunday.",
            "Spaniard Ines Calloway",
            "WORK_OF_ART",
            "Ines Calloway",
        ),
    ],
)
def test_nationality_before_a_name_is_cut_off_and_makes_a_person(text, span, label, name):
    assert _actors(text, [_m(text, span, label)])[name][0] == "person"


def test_capitalised_connector_ending_a_name_is_kept():
    text = "Tarak Das, 70, was helped by a charity. Das told the paper he was grateful."
    actors = _actors(text, [_m(text, "Tarak Das", "PERSON")])
    assert actors["Tarak Das"][0] == "person"
    assert clean_surface("Bank of")[0] == "Bank of"  # the tail cut is trim_lowercase_tail's


def test_credentials_after_a_name_are_not_actors():
    text = "Advice came from Jane Roe, RD, and from Ola Brandt, PhD, MBA, who said little."
    mentions = [
        _m(text, "Jane Roe", "PERSON"),
        _m(text, "RD", "ORG"),
        _m(text, "Ola Brandt", "PERSON"),
        _m(text, "PhD", "ORG"),
        _m(text, "MBA", "ORG"),
    ]
    assert set(_actors(text, mentions)) == {"Jane Roe", "Ola Brandt"}


def test_a_credential_shaped_word_elsewhere_stays():
    text = "The MBA programme at Orbis was praised. Students said the MBA was worth it."
    mentions = [_m(text, "MBA", "ORG", 0), _m(text, "MBA", "ORG", 1)]
    assert "MBA" in _actors(text, mentions)


@pytest.mark.parametrize(
    ("headline", "glued"),
    [
        ("Halvorsen Says Talks Will Resume", "Halvorsen Says"),
        ("Rip Aksel Halvorsen, Fans Write", "Rip Aksel Halvorsen"),
    ],
)
def test_headline_words_glued_to_a_name_fold_into_the_name(headline, glued):
    text = f"{headline}\n\nAksel Halvorsen said on Monday that talks would resume. Halvorsen says little."
    body = text.index("\n\n")
    full, last = text.index("Aksel Halvorsen", body), text.rindex("Halvorsen")
    mentions = [
        _m(text, glued, "PERSON"),
        Mention(full, full + 15, "Aksel Halvorsen", "PERSON"),
        Mention(last, last + 9, "Halvorsen", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert glued not in actors and glued not in actors["Aksel Halvorsen"][1]
    assert actors["Aksel Halvorsen"][0] == "person"


def test_sentence_initial_surname_kept_when_its_full_name_is_in_the_text():
    # NER missed "Amira Coetsee" after a nationality; "Coetsee" opens the next sentence.
    text = "She drew the seeded South African Amira Coetsee in round one. Coetsee won in straight sets."
    actors = _actors(text, [_m(text, "Coetsee", "PERSON", 1)])
    people = [name for name, (kind, aliases) in actors.items() if kind == "person"]
    assert any(name.endswith("Coetsee") for name in people), actors


def test_a_surname_tagged_alone_finds_the_name_that_introduced_it():
    """NER tagged "Radebe said" but not "spokesperson Bongani Radebe": the free name word before
    the surname is the given name; a word also used in lower case is not."""
    text = "Municipal spokesperson Bongani Radebe said the pumps were ordered. Radebe said more."
    assert _actors(text, [_m(text, "Radebe", "PERSON", 1)]) == {
        "Bongani Radebe": ("person", ["Radebe"])
    }
    text = "The pumps failed. Radebe said they were old. Pumps Radebe knew were fine."
    assert "Pumps Radebe" not in _actors(text, [_m(text, "Radebe", "PERSON")])


def test_a_capitalised_particle_opening_a_sentence_is_the_same_surname():
    text = (
        "Pieter du Plessis-Mokoena chairs the ratepayers. Du Plessis-Mokoena said rates would stop."
    )
    mentions = [
        _m(text, "Pieter du Plessis-Mokoena", "PERSON"),
        _m(text, "Du Plessis-Mokoena", "PERSON"),
    ]
    assert list(_actors(text, mentions)) == ["Pieter du Plessis-Mokoena"]


def test_a_two_letter_surname_counts_when_used_alone():
    text = "Council member Anthony Vu chairs the committee. “We will not grade our own homework,” Vu said."
    assert _actors(text, [_m(text, "Anthony Vu", "PERSON")])["Anthony Vu"] == ("person", ["Vu"])


def test_sentence_initial_word_without_a_full_name_still_dropped():
    text = "Turnout was 74 percent on Sunday. Officials counted late into the night."
    assert "Turnout" not in _actors(text, [_m(text, "Turnout", "PERSON")])


@pytest.mark.parametrize(
    "line", ["Helena Marsk 30 June 2025", "By Helena Marsk", "Helena Marsk, June 30, 2025"]
)
def test_author_line_is_not_an_actor(line):
    text = f"Why homework changed\n\n{line}\n\nLast September the school tried something new, teachers said."
    assert "Helena Marsk" not in _actors(text, [_m(text, "Helena Marsk", "PERSON")])


def test_name_alone_on_a_line_is_still_an_actor():
    # wire copy prints the reporter's name alone on a line; it is tagged and kept
    text = "Talks resume\n\nPeter Okonjo\n\nThe talks resumed on Monday, officials said."
    assert "Peter Okonjo" in _actors(text, [_m(text, "Peter Okonjo", "PERSON")])


def test_plain_name_joined_to_a_person_by_and_is_a_person():
    text = "Tomas Ferrand and Aled Pryce hit home runs in the second inning."
    mentions = [_m(text, "Tomas Ferrand", "PERSON"), _m(text, "Aled Pryce", "ORG")]
    assert _actors(text, mentions)["Aled Pryce"][0] == "person"


def test_name_opening_a_sentence_coordinated_with_another_name_is_kept():
    text = "Norvania and Castellor agreed on Friday to share radar data."
    mentions = [_m(text, "Norvania", "GPE"), _m(text, "Castellor", "GPE")]
    assert _actors(text, mentions).get("Norvania", ("",))[0] == "place"


def test_dateline_with_a_region_before_the_date():
    text = "PORT ALDIN, Norvania 2026-03-14\n\nThe harbour reopened on Friday, officials said.\n"
    assert _actors(text, []).get("Port Aldin", ("",))[0] == "place"


def test_name_after_a_places_possessive_is_a_person():
    text = "Flights from Norvania resumed. The relay team adds Norvania's Tomas Ferrand this week."
    mentions = [_m(text, "Norvania", "GPE", 0), _m(text, "Tomas Ferrand", "GPE")]
    assert _actors(text, mentions)["Tomas Ferrand"][0] == "person"


def test_particle_glued_to_a_surname_stays_in_the_name():
    text = "Prime Minister Abdul-Karim al-Kabrani left on Thursday."
    actors = _actors(text, [_m(text, "Prime Minister Abdul-Karim al-Kabrani", "PERSON")])
    assert "Abdul-Karim al-Kabrani" in actors


def test_full_name_used_as_a_modifier_after_an_article_stays_a_person():
    text = "He was hit by a Tomas Ferrand pitch in the first inning."
    assert _actors(text, [_m(text, "Tomas Ferrand", "PERSON")])["Tomas Ferrand"][0] == "person"


def test_surname_before_administration_is_an_actor():
    text = "Critics said the Halvorsen administration had ignored the warnings."
    assert "Halvorsen" in _actors(text, [_m(text, "Halvorsen", "PERSON")])


def test_surname_without_its_particle_joins_the_full_name():
    text = "Prime Minister Abdul-Karim al-Kabrani left on Thursday. Kabrani said talks went well."
    mentions = [
        _m(text, "Prime Minister Abdul-Karim al-Kabrani", "PERSON"),
        _m(text, "Kabrani", "GPE", 1),
    ]
    actors = _actors(text, mentions)
    assert actors["Abdul-Karim al-Kabrani"] == ("person", ["Kabrani"])


def test_man_noun_right_before_a_name_is_a_role():
    text = "Only some take money, the boatman Ilkka said, and ferryman Tomas Ferrand agreed."
    assert _actors(text, [_m(text, "Tomas Ferrand", "ORG")])["Tomas Ferrand"][0] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Baroness Helena Stroud said the plan was reckless.\n", "Helena Stroud"),
        ("The motion was tabled by Cllr Oswin Barra on Monday.\n", "Oswin Barra"),
        ("Monsignor Pietro Alvane led the service.\n", "Pietro Alvane"),
    ],
)
def test_a_person_only_title_makes_the_name_after_it_a_person(text, name):
    actors = _actors(text, [])
    assert actors.get(name, ("",))[0] == "person"


def test_a_title_before_an_ordinary_capitalised_word_proposes_nobody():
    text = "Cllr Report: the council met again.\nThe report was read aloud by every member.\n"
    assert "Report" not in _actors(text, [])


def test_a_one_word_section_label_on_its_own_line_is_no_actor():
    text = "Sport\n\nThe rowing club opened a boathouse on the river on Saturday.\n"
    assert "Sport" not in _actors(text, [_m(text, "Sport", "ORG")])


def test_two_names_joined_by_and_split_when_each_stands_alone_elsewhere():
    text = (
        "Brenna sales rose in May. Registrations of Brenna and Corvald cars fell in June, "
        "while Corvald gained in the north.\n"
    )
    mentions = [_m(text, "Brenna and Corvald", "ORG")]
    actors = _actors(text, mentions)
    assert "Brenna and Corvald" not in actors
    assert actors.get("Corvald", ("",))[0] == "organization"


def test_a_name_with_and_inside_stays_whole_when_its_halves_never_stand_alone():
    text = "Harrow and Pike said profits rose. The firm Harrow and Pike employs 900 people.\n"
    actors = _actors(text, [_m(text, "Harrow and Pike", "ORG", 1)])
    assert "Harrow and Pike" in actors


def test_a_person_ending_in_an_organisation_word_without_a_given_name_is_a_club():
    text = (
        "Harwick Rovers beat the holders on Saturday. Harwick Rovers now top the table. "
        "Harwick Rovers host Tollmouth next. Harwick Rovers have won five in a row.\n"
    )
    mentions = [_m(text, "Harwick Rovers", "PERSON", n) for n in range(4)]
    assert _actors(text, mentions)["Harwick Rovers"][0] == "organization"


def test_a_head_first_organisation_name_runs_on_across_and():
    text = "The Guild of Lamp Makers and Glass Cutters said prices would rise. The guild meets in May.\n"
    mentions = [_m(text, "The Guild of Lamp Makers", "ORG"), _m(text, "Glass Cutters", "ORG")]
    actors = _actors(text, mentions)
    assert "Guild of Lamp Makers and Glass Cutters" in actors
    assert "Glass Cutters" not in actors


def test_a_head_first_name_stops_before_a_name_that_stands_alone_elsewhere():
    text = "The Ministry of Tides and Corvane Shipping signed the deal. Corvane Shipping shares rose.\n"
    mentions = [
        _m(text, "The Ministry of Tides", "ORG"),
        _m(text, "Corvane Shipping", "ORG"),
        _m(text, "Corvane Shipping", "ORG", 1),
    ]
    actors = _actors(text, mentions)
    assert {"Ministry of Tides", "Corvane Shipping"} <= set(actors)


def test_a_comma_list_before_an_organisation_word_belongs_to_the_name():
    text = "The Masonry, Roofing and Allied Crafts Union called a strike on Monday.\n"
    actors = _actors(text, [_m(text, "Allied Crafts Union", "ORG")])
    assert "Masonry, Roofing and Allied Crafts Union" in actors


def test_a_left_conjunct_taken_for_a_person_joins_a_name_ending_in_an_organisation_word():
    text = "Her employer, the Brennock and Olt Ferry Company, runs four boats.\n"
    mentions = [_m(text, "Brennock", "PERSON"), _m(text, "Olt Ferry Company", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("Brennock and Olt Ferry Company", ("",))[0] == "organization"
    assert "Brennock" not in actors


def test_two_parties_joined_by_and_stay_two():
    text = "It is a coalition of the Farmers Union and the Coastal Green Party, formed in May.\n"
    mentions = [_m(text, "Farmers Union", "ORG"), _m(text, "the Coastal Green Party", "ORG")]
    actors = _actors(text, mentions)
    assert {"Farmers Union", "Coastal Green Party"} <= set(actors)


@pytest.mark.parametrize("post", ["KC", "PhD", "MP", "OBE"])
def test_letters_after_a_persons_name_are_not_part_of_it(post):
    text = f"Anthony Greaves {post} told the jury the evidence was clear. Greaves sat down.\n"
    actors = _actors(text, [_m(text, f"Anthony Greaves {post}", "PERSON")])
    assert actors.get("Anthony Greaves", ("",))[0] == "person"


def test_a_title_case_surname_that_spells_a_credential_stays():
    text = "Jack Ma said the market would recover. Ma spoke in Hangzhou.\n"
    assert "Jack Ma" in _actors(text, [_m(text, "Jack Ma", "PERSON")])


def test_a_titled_one_word_person_takes_the_next_capitalised_word():
    text = "The vote was four to two, with Cllr Orla Penhallow voting against. Penhallow left.\n"
    actors = _actors(text, [_m(text, "Cllr Orla", "PERSON")])
    assert actors.get("Orla Penhallow", ("",))[0] == "person"


def test_a_strong_title_makes_a_person_of_a_name_ner_took_for_an_organisation():
    text = "said the lead author, Dr Amara Lindqvist-Osei, a cardiologist. Lindqvist-Osei smiled.\n"
    mentions = [_m(text, "Lindqvist-Osei", "ORG"), _m(text, "Lindqvist-Osei", "ORG", 1)]
    actors = _actors(text, mentions)
    assert actors.get("Amara Lindqvist-Osei", ("",))[0] == "person"


def test_a_name_with_an_ampersand_is_an_organisation():
    text = "The printers Hollin & Marr closed in 1998. Hollin & Marr had printed the paper.\n"
    mentions = [_m(text, "Hollin & Marr", "PERSON"), _m(text, "Hollin & Marr", "PERSON", 1)]
    assert _actors(text, mentions).get("Hollin & Marr", ("",))[0] == "organization"


def test_a_dateline_with_its_country_names_both_places():
    text = "HARBOURTON, Velmoria (Coastwire) — The ferry company cut two sailings on Friday.\n"
    actors = _actors(text, [_m(text, "Velmoria", "ORG")])
    assert actors.get("Harbourton", ("",))[0] == "place"
    assert actors.get("Velmoria", ("",))[0] == "place"
    assert actors.get("Coastwire", ("",))[0] == "organization"


def test_a_name_after_its_kind_in_apposition_is_a_place():
    text = "He spoke in the Ketrian capital, Talvira, on Monday. Talvira was quiet.\n"
    mentions = [_m(text, "Talvira", "PERSON"), _m(text, "Talvira", "PERSON", 1)]
    assert _actors(text, mentions).get("Talvira", ("",))[0] == "place"


def test_a_saints_possessive_does_not_end_a_name():
    text = "The funeral is at St Aldhelm's Church, Brackwater, on Friday.\n"
    mentions = [_m(text, "St Aldhelm's", "ORG"), _m(text, "Church, Brackwater", "ORG")]
    actors = _actors(text, mentions)
    assert "St Aldhelm's Church" in actors
    assert actors.get("Brackwater", ("",))[0] == "place"


def test_a_name_in_apposition_to_a_persons_role_is_a_person():
    text = "Tomasz Wielgosz, chief economist at the Farmers' Bank, said prices would rise. Wielgosz smiled.\n"
    actors = _actors(text, [_m(text, "Tomasz", "ORG")])
    assert actors.get("Tomasz Wielgosz", ("",))[0] == "person"


def test_a_company_in_apposition_to_a_noun_that_is_no_role_is_not_a_person():
    text = "Harrow Biotech, the largest employer in town, said it would expand.\n"
    actors = _actors(text, [_m(text, "Harrow Biotech", "ORG")])
    assert actors.get("Harrow Biotech", ("",))[0] == "organization"


@pytest.mark.parametrize(
    "sentence",
    [
        "Orla Quennell-Barr, who runs the bakery on the square, said trade had halved.",
        "Orla Quennell-Barr, 64, of the Old Mill, said trade had halved.",
        "The museum's senior curator, Orla Quennell-Barr, said trade had halved.",
    ],
)
def test_a_who_clause_an_age_or_a_role_before_it_marks_a_persons_name(sentence):
    text = sentence + " Quennell-Barr closed early.\n"
    actors = _actors(text, [_m(text, "Quennell-Barr", "ORG", 1)])
    assert actors.get("Orla Quennell-Barr", ("",))[0] == "person"


def test_a_rank_of_several_titles_is_followed_by_the_name():
    text = "Lt Col Dariusz Hemmel said the unit was ready. Hemmel left at noon.\n"
    actors = _actors(text, [_m(text, "Hemmel", "ORG", 1)])
    assert actors.get("Dariusz Hemmel", ("",))[0] == "person"


def test_an_organisation_ending_in_its_head_word_runs_on_over_of_and_its_place():
    text = "The Electoral Commission of Brevania said turnout was high. Brevania voted.\n"
    mentions = [
        _m(text, "The Electoral Commission", "ORG"),
        _m(text, "Brevania", "PERSON"),
        _m(text, "Brevania", "GPE", 1),
    ]
    assert "Electoral Commission of Brevania" in _actors(text, mentions)


def test_a_generic_organisation_name_takes_the_place_before_it():
    text = "Quarnshire District Council approved the plan. The council meets monthly.\n"
    actors = _actors(text, [_m(text, "District Council", "ORG")])
    assert actors.get("Quarnshire District Council", ("",))[0] == "organization"


def test_a_name_after_a_noun_for_an_organisation_is_an_organisation():
    text = (
        "Trade group Fair Haul Velmont said prices would rise. Fair Haul Velmont has 40 members.\n"
    )
    mentions = [_m(text, "Fair Haul Velmont", "PERSON"), _m(text, "Fair Haul Velmont", "PERSON", 1)]
    assert _actors(text, mentions).get("Fair Haul Velmont", ("",))[0] == "organization"


def test_a_name_after_an_organisation_noun_stops_where_its_end_is_unclear():
    text = "She chairs the charity Kindness in Old Age, which she founded.\n"
    assert "Kindness" not in _actors(text, [])


def test_a_forced_organisation_keeps_words_used_in_lower_case():
    text = "Trade group Harbour Work Velmont said the harbour work would stop. Velmont is a port.\n"
    mentions = [_m(text, "Harbour Work Velmont", "PERSON"), _m(text, "Velmont", "GPE", 1)]
    actors = _actors(text, mentions)
    assert actors.get("Harbour Work Velmont", ("",))[0] == "organization"


def test_a_titled_surname_goes_to_the_person_not_to_the_shop_named_after_her():
    text = (
        "Thieves raided Brisk & Daughters on Friday. Owner Edna Brisk, who lives nearby, was woken "
        'at dawn. "It took them two minutes," Ms Brisk said.\n'
    )
    mentions = [_m(text, "Brisk & Daughters", "ORG"), _m(text, "Edna Brisk", "PERSON")]
    mentions.append(_m(text, "Brisk", "ORG", 2))
    actors = _actors(text, mentions)
    assert "Brisk" in actors["Edna Brisk"][1]
    assert "Brisk" not in actors["Brisk & Daughters"][1]


def test_the_name_ending_in_an_organisations_head_word_is_one_where_ner_saw_nothing():
    text = "The Tollmere Theatre reopens in March. Its season opens with a new play.\n"
    assert _actors(text, []).get("Tollmere Theatre", ("",))[0] == "organization"


def test_a_name_followed_by_where_is_a_place():
    text = "Oskar Lind spoke by phone from Vessaby, where he now drives a taxi. Vessaby is small.\n"
    mentions = [_m(text, "Oskar Lind", "PERSON"), _m(text, "Vessaby", "ORG")]
    assert _actors(text, mentions).get("Vessaby", ("",))[0] == "place"


def test_a_name_opening_with_a_given_name_is_a_persons_even_when_tagged_an_organisation():
    text = "Defending, Sophie Marrable-Quist said her client was sorry.\n"
    actors = _actors(text, [_m(text, "Sophie Marrable-Quist", "ORG")])
    assert actors.get("Sophie Marrable-Quist", ("",))[0] == "person"


def test_a_complete_organisation_name_is_not_folded_into_a_longer_one_it_opens():
    text = (
        "Harrowgate Rovers sold their striker. The Harrowgate Rovers Supporters' Trust objected. "
        "Harrowgate said the fee was fair.\n"
    )
    mentions = [
        _m(text, "Harrowgate Rovers", "ORG"),
        _m(text, "Harrowgate Rovers Supporters' Trust", "ORG"),
        _m(text, "Harrowgate", "ORG", 2),
    ]
    actors = _actors(text, mentions)
    assert "Harrowgate" in actors["Harrowgate Rovers"][1]
    assert "Harrowgate Rovers Supporters' Trust" in actors


def test_a_plural_possessive_left_conjunct_joins_the_union_name():
    text = "The Porters' and Drivers' Union of Brevania sued the firm on Monday.\n"
    mentions = [_m(text, "Porters", "PERSON"), _m(text, "Drivers' Union of Brevania", "ORG")]
    assert "Porters' and Drivers' Union of Brevania" in _actors(text, mentions)


def test_an_organisation_runs_on_over_of_and_another_organisation_word():
    text = "The Heritage Protection Command of the Ostrevian Gendarmerie made the arrests.\n"
    mentions = [
        _m(text, "The Heritage Protection Command", "ORG"),
        _m(text, "the Ostrevian Gendarmerie", "ORG"),
    ]
    assert "Heritage Protection Command of the Ostrevian Gendarmerie" in _actors(text, mentions)


def test_a_subheading_of_ordinary_words_in_title_case_is_no_actor():
    text = (
        "Fares rose again this winter, and riders noticed.\n\n"
        "Rising Ferry Fares\n\n"
        "The rising cost of ferry fares hit island families hardest, the Quayside Trust said.\n"
    )
    mentions = [_m(text, "Rising Ferry Fares", "ORG"), _m(text, "Quayside Trust", "ORG")]
    actors = _actors(text, mentions)
    assert "Rising Ferry Fares" not in actors
    assert "Quayside Trust" in actors


def test_a_name_alone_on_a_line_keeps_a_word_only_it_capitalises():
    text = "Meet the makers\n\nTarnby Looms\n\nTarnby Looms weaves wool from local farms.\n"
    mentions = [_m(text, "Tarnby Looms", "ORG"), _m(text, "Tarnby Looms", "ORG", 1)]
    assert "Tarnby Looms" in _actors(text, mentions)


def test_a_two_letter_abbreviation_read_as_a_place_is_no_actor_but_a_state_code_is_a_place():
    text = "Jobs are changing as AI spreads. Prices fell most in Tarrow, FL, and Quill, TX.\n"
    mentions = [_m(text, "AI", "GPE"), _m(text, "FL", "GPE"), _m(text, "TX", "ORG")]
    mentions += [_m(text, "Tarrow", "GPE"), _m(text, "Quill", "GPE")]
    actors = _actors(text, mentions)
    assert "AI" not in actors
    assert actors.get("FL", ("",))[0] == "place"


def test_a_buttons_label_before_a_name_is_no_actor():
    text = "Wren Adeyemi covers housing.\n\nEmail Wren\n\nFollow Wren on social media.\n"
    mentions = [_m(text, "Wren Adeyemi", "PERSON"), _m(text, "Email Wren", "PERSON")]
    mentions.append(_m(text, "Follow Wren", "PERSON"))
    actors = _actors(text, mentions)
    assert "Email Wren" not in actors and "Follow Wren" not in actors
    assert "Wren Adeyemi" in actors


def test_words_of_a_title_case_headline_used_in_lower_case_are_no_actor():
    text = (
        "## Prediction 4: Rents Will Climb As Supply Falls\n\n"
        "Rents will climb as supply falls next year, the Harbour Lettings Group said.\n"
    )
    mentions = [_m(text, "Supply Falls", "PERSON"), _m(text, "Harbour Lettings Group", "ORG")]
    actors = _actors(text, mentions)
    assert "Supply Falls" not in actors
    assert "Harbour Lettings Group" in actors


def test_a_persons_surname_after_a_comma_is_not_part_of_the_name_before_it():
    text = (
        "Teachers like Rosa Quellin marched on Monday. "
        "To protest at the Harbour Capitol, Quellin took a day off.\n"
    )
    mentions = [_m(text, "Rosa Quellin", "PERSON"), _m(text, "Harbour Capitol, Quellin", "FAC")]
    actors = _actors(text, mentions)
    assert "Harbour Capitol, Quellin" not in actors
    assert "Quellin" in actors["Rosa Quellin"][1]


def test_another_given_name_before_a_named_persons_surname_is_a_relatives_name():
    text = (
        "Her nephew, Tobiah Quennard, runs the box office. "
        "Maelis Quennard took over the cinema in 1971.\n"
    )
    actors = _actors(text, [_m(text, "Tobiah Quennard", "PERSON")])
    assert actors.get("Maelis Quennard", ("",))[0] == "person"


def test_a_name_ending_in_a_streets_head_word_is_a_place_possessive_and_all():
    text = "The depot will add a junction on to Weaver's Row, next to Corn Market Street.\n"
    actors = _actors(text, [_m(text, "Weaver", "ORG")])
    assert actors.get("Weaver's Row", ("",))[0] == "place"
    assert actors.get("Corn Market Street", ("",))[0] == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Its chair, Elin Marsh, was blunter. Marsh said the union would go to court.\n",
        "He printed the programmes of Quarley Town FC from 1964.\n",
    ],
)
def test_a_person_or_a_club_ending_in_a_place_word_is_no_street(text):
    mentions = [_m(text, "Elin Marsh", "PERSON")] if "Elin" in text else []
    actors = _actors(text, mentions)
    assert not any(kind == "place" for kind, _aliases in actors.values())


def test_an_acronym_after_a_name_is_its_alias():
    text = "The Harbour Pilots Guild (HPG) met on Monday. HPG members voted to strike.\n"
    actors = _actors(text, [_m(text, "The Harbour Pilots Guild", "ORG"), _m(text, "HPG", "ORG", 1)])
    assert "HPG" in actors["Harbour Pilots Guild"][1]


def test_an_acronym_after_a_head_first_name_says_it_goes_on_over_in():
    text = "The Council for Trade and Fisheries in Norvania (CTFN) met on Monday. Norvania voted.\n"
    start = text.index("Council")
    end = text.index(" in Norvania")
    mentions = [Mention(start, end, text[start:end], "ORG"), _m(text, "Norvania", "GPE")]
    actors = _actors(text, mentions)
    assert "CTFN" in actors["Council for Trade and Fisheries in Norvania"][1]


def test_half_of_a_hyphenated_surname_grows_to_the_whole_name():
    text = "Tomas Okoye-Varga scored twice.\n\n## Okoye-Varga turns it\n\nOkoye-Varga said little after.\n"
    actors = _actors(text, [_m(text, "Tomas Okoye-Varga", "PERSON"), _m(text, "Okoye", "GPE", 1)])
    assert "Okoye" not in actors
    assert actors["Tomas Okoye-Varga"][0] == "person"


def test_a_party_tag_does_not_join_the_state():
    text = "Rep. Nell Carver, R-Fla., voted no. Florida has two seats at stake.\n"
    actors = _actors(text, [_m(text, "Fla", "GPE"), _m(text, "Florida", "GPE")])
    assert actors["Florida"][0] == "place"
    assert not any(n.startswith(("R-", "Fla")) for n in actors)


@pytest.mark.parametrize("name", ["Ostrand Credit", "Belwick Capital Markets", "Morrow Haulage"])
def test_a_trade_word_closing_a_name_makes_it_a_company(name):
    text = f"{name} said on Monday it would cut 40 jobs. {name} employs 900 people.\n"
    assert _actors(text, [_m(text, name, "PERSON")])[name][0] == "organization"


def test_a_shared_surname_stays_with_the_person_introduced_first():
    # the profile's subject keeps the family name; her brother is called by his given name
    text = (
        "Ilse Varrow restores church organs.\n\n"
        "Her brother, Tobin Varrow, left the trade at 24. Tobin says he never missed it.\n\n"
        "Varrow works at night, when the church is empty.\n"
    )
    mentions = [
        _m(text, "Ilse Varrow", "PERSON"),
        _m(text, "Tobin Varrow", "PERSON"),
        _m(text, "Tobin", "PERSON", 1),
        _m(text, "Varrow", "PERSON", 2),
    ]
    actors, occurrences = build_actors(text, mentions)[:2]
    last = max(occurrences, key=lambda o: o.start)
    assert actors[last.actor].name == "Ilse Varrow"


def test_a_dateline_run_into_a_name_is_split():
    text = "HALDERWICK - Mara Quennell accepted the nomination on Thursday. Quennell spoke for an hour.\n"
    actors = _actors(
        text, [_m(text, "HALDERWICK - Mara Quennell", "ORG"), _m(text, "Quennell", "PERSON", 1)]
    )
    assert actors["Mara Quennell"][0] == "person"
    assert not any(" - " in n for n in actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harwell Police said the driver had been arrested on Tuesday.\n", "Harwell Police"),
        ("Morrow Haulage, which runs the lorries, did not comment.\n", "Morrow Haulage"),
    ],
)
def test_a_name_ending_in_an_organisation_head_word_is_one_ner_missed(text, name):
    assert _actors(text, []).get(name, ("",))[0] == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The group Taxpayers for Lean Budgets said the bill was a giveaway.\n",
            "Taxpayers for Lean Budgets",
        ),
        ("A rally by Parents Against Cuts drew 300 people on Sunday.\n", "Parents Against Cuts"),
    ],
)
def test_people_for_a_cause_name_one_advocacy_group(text, name):
    cause = name.split(" ", 2)[2]
    actors = _actors(text, [_m(text, cause, "ORG")])
    assert actors.get(name, ("",))[0] == "organization"
    assert cause not in actors


def test_people_for_one_plain_word_opening_a_sentence_are_no_group():
    text = "Voters for Halloran rallied outside the hall on Sunday.\n"
    assert "Voters for Halloran" not in _actors(text, [_m(text, "Halloran", "PERSON")])


def test_a_state_abbreviation_joins_the_state_and_stays_its_alias():
    text = "Rep. Nell Carver, R-Fla., voted no. Florida has two seats at stake.\n"
    actors = _actors(text, [_m(text, "Fla", "GPE"), _m(text, "Florida", "GPE")])
    assert actors["Florida"] == ("place", ["Fla"])


def test_a_word_tagged_as_a_date_is_the_place_its_demonym_names():
    # "Vorinth" ends like "ninth": NER may call it an ordinal or a date
    text = "Galdera expelled Vorinth's ambassador on Monday. Vorinthian police held four men.\n"
    mentions = [
        _m(text, "Vorinth", "ORDINAL"),
        _m(text, "Vorinthian", "NORP"),
        _m(text, "Galdera", "GPE"),
    ]
    assert _actors(text, mentions).get("Vorinth", ("",))[0] == "place"


def test_a_generic_ministry_is_named_with_the_one_country_it_belongs_to():
    text = (
        "Vorinth's Foreign Ministry called the expulsion an overreaction. "
        "The Foreign Ministry did not say more. Vorinth has 4 million people.\n"
    )
    mentions = [
        _m(text, "Vorinth", "GPE"),
        _m(text, "Foreign Ministry", "ORG"),
        _m(text, "Foreign Ministry", "ORG", 1),
        _m(text, "Vorinth", "GPE", 1),
    ]
    actors = _actors(text, mentions)
    assert actors["Vorinth's Foreign Ministry"] == ("organization", ["Foreign Ministry"])
    assert actors["Vorinth"][0] == "place"


def test_a_saints_name_runs_on_into_the_name_ner_tagged_after_it():
    text = "The lorry stopped outside St Wenna's Church of England Primary School on Tuesday.\n"
    mentions = [_m(text, "St Wenna's", "ORG"), _m(text, "Church of England Primary School", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("St Wenna's Church of England Primary School", ("",))[0] == "organization"
    assert "St Wenna's Church" not in actors


def test_two_companies_named_on_their_own_are_not_glued_by_and():
    text = (
        "Executives from Quarrystone and Pellucid Devices were called to testify. "
        "A spokesman for Quarrystone said little. Pellucid's chief executive came in person.\n"
    )
    actors = _actors(text, [_m(text, "Pellucid Devices", "ORG"), _m(text, "Quarrystone", "ORG", 1)])
    assert actors.get("Pellucid Devices", ("",))[0] == "organization"
    assert not any(" and " in n for n in actors)


def test_a_title_case_heading_ending_in_a_head_word_is_no_organisation():
    text = "## Booking Software and Self Service\n\nMost hotels now take bookings online.\n"
    actors = _actors(text, [])
    assert "Self Service" not in actors and "Booking Software" not in actors


def test_a_rarer_given_name_before_a_double_barrelled_surname_is_a_person():
    text = "Lachlan Adeyemi-Holt said the vote was close.\n"
    actors = _actors(text, [_m(text, "Lachlan Adeyemi-Holt", "ORG")])
    assert actors["Lachlan Adeyemi-Holt"][0] == "person"


def test_a_given_name_before_a_double_barrelled_surname_is_a_person():
    from reader.article.analyse import analyse

    text = (
        "The film, directed by Ines Mbatha-Roux and starring Callum Reyes-Whitford, sold for "
        "a record sum.\n\n“Not mine,” Mbatha-Roux said. Reyes-Whitford wrote on social media "
        "that he was “thrilled”.\n"
    )
    people = {a.name: a.aliases for a in analyse(text).actors if a.kind == "person"}
    assert "Mbatha-Roux" in people.get("Ines Mbatha-Roux", [])
    assert "Reyes-Whitford" in people.get("Callum Reyes-Whitford", [])


def test_a_name_after_a_comma_that_opens_a_clause_is_no_listed_place():
    from reader.article.analyse import analyse

    text = (
        "Dani Okorie-Salgado scored twice on Sunday.\n\n"
        "Born in Marenque, a coastal town in southern Teskaria, Okorie-Salgado joined the "
        "academy at 15. Okorie-Salgado told reporters he was “ready”.\n"
    )
    actors = {a.name: (a.kind, a.aliases) for a in analyse(text).actors}
    assert "Okorie-Salgado" not in actors
    assert actors["Dani Okorie-Salgado"] == ("person", ["Okorie-Salgado"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“Nobody broke in,” Ada Roe told Byteframe. Byteframe first reported the flaw.\n",
            "Byteframe",
        ),
        (
            "Customers were angry. A Homewell spokeswoman said refunds had begun. Homewell "
            "sells the lock in 40 stores.\n",
            "Homewell",
        ),
        (
            "The actor wrote on Instagram that he was sorry. Instagram removed the post.\n",
            "Instagram",
        ),
        (
            "Homewell, the DIY chain, took the lock off sale. Homewell said refunds had begun.\n",
            "Homewell",
        ),
    ],
)
def test_a_newsroom_told_an_employer_or_a_platform_is_an_organisation(text, name):
    from reader.article.analyse import analyse

    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert kinds.get(name) == "organization", kinds


def test_a_person_of_an_organisation_is_two_actors():
    from reader.article.analyse import analyse

    text = (
        "The deal was “the hardest I have done”, said Leyla Brightwater-Okoye of Crossbar "
        "Sports Management, the player's agent.\n"
    )
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert kinds.get("Leyla Brightwater-Okoye") == "person", kinds
    assert kinds.get("Crossbar Sports Management") == "organization", kinds


def test_a_name_whose_the_keeps_its_capital_is_named_with_it():
    from reader.article.analyse import analyse

    text = (
        "The court sits in The Hague. Lawyers flew to The Hague on Monday, and a critic "
        "writing in The Sorrel Review called the case “thin”.\n"
    )
    actors = {a.name: a.aliases for a in analyse(text).actors}
    assert actors.get("The Hague") == ["Hague"], actors
    assert "The Sorrel Review" in actors, actors


def test_a_name_in_apposition_to_a_trade_is_a_person():
    from reader.article.analyse import analyse

    text = (
        "Tunde Barrow, a shift supervisor at Stallard Logistics' warehouse in Eastmoor, was "
        "blunter. “I have seen my kids,” Barrow told me.\n"
    )
    actors = {a.name: (a.kind, a.aliases) for a in analyse(text).actors}
    assert actors.get("Tunde Barrow") == ("person", ["Barrow"]), actors


def test_a_title_case_line_said_once_is_no_actor():
    from reader.article.analyse import analyse

    text = (
        "The clinic opened in March.\n\n"
        "Focus on Patient Wellness and Comfort\n\n"
        "Staff at Harrow Dental Clinic said the new chairs had helped.\n\n"
        "Harrow Dental Clinic\n"
    )
    names = {a.name for a in analyse(text).actors}
    assert "Focus on Patient Wellness and Comfort" not in names
    assert "Harrow Dental Clinic" in names  # a name's head word keeps a line of its own


def _mention(text: str, span: str, label: str, last: bool = False) -> Mention:
    start = text.rindex(span) if last else text.index(span)
    return Mention(start, start + len(span), span, label)


def test_a_given_name_ending_like_a_nationality_stays_in_the_name():
    text = "Chief executive Brian Otieno Wekesa apologised again to customers.\n"
    actors = _actors(text, [_mention(text, "Brian Otieno Wekesa", "PERSON")])
    assert actors.get("Brian Otieno Wekesa", ("",))[0] == "person", actors


@pytest.mark.parametrize(
    ("text", "first", "alone", "name"),
    [
        (  # a surname written with its particle joins the full name
            "Opposition leader Rashid al-Farouq replied in the chamber.\n\n"
            "“She calls it fairness,” al-Farouq told MPs.\n",
            "Rashid al-Farouq",
            "al-Farouq",
            "Rashid al-Farouq",
        ),
        (  # a name NER cut one word short takes the surname used alone elsewhere
            "The panel led by Justice Halima Sa'idu Danjuma held that the claim failed.\n\n"
            "“Allegations are not proof,” Justice Danjuma said.\n",
            "Halima Sa'idu",
            "Danjuma",
            "Halima Sa'idu Danjuma",
        ),
    ],
)
def test_a_surname_used_alone_completes_and_joins_the_full_name(text, first, alone, name):
    mentions = [_mention(text, first, "PERSON"), _mention(text, alone, "PERSON", last=True)]
    assert _actors(text, mentions).get(name) == ("person", [alone])


def test_a_given_name_before_a_particle_led_surname_is_part_of_the_name():
    text = "Hannelore van Dijk-Amsel, a partner at the firm, wrote on Sunday.\n"
    actors = _actors(text, [_mention(text, "van Dijk-Amsel", "PERSON")])
    assert "Hannelore van Dijk-Amsel" in actors, actors


def test_a_titled_name_absorbs_the_pieces_ner_made_of_it():
    text = "Cllr Harjit Kaur Sandhu, the council's cabinet member for health, said so.\n"
    mentions = [_mention(text, "Cllr Harjit", "PERSON"), _mention(text, "Sandhu", "ORG")]
    actors = _actors(text, mentions)
    assert set(actors) == {"Harjit Kaur Sandhu"}, actors


def test_a_name_with_a_particle_then_an_age_is_a_person():
    text = "Pensioner Gwilym ap Dafydd, 84, bought ten shares with his wife.\n"
    actors = _actors(text, [_mention(text, "Dafydd", "GPE")])
    assert actors.get("Gwilym ap Dafydd", ("",))[0] == "person", actors


def test_an_accented_name_in_apposition_to_a_capitalised_role_is_a_person():
    text = (
        "Siobhán Ní Bhriain, Chief Operating Officer of Aquaterra Water Solutions, said the "
        "company would hire locally.\n"
    )
    actors = _actors(text, [])
    assert actors.get("Siobhán Ní Bhriain", ("",))[0] == "person", actors


def test_a_title_opening_a_sentence_is_not_part_of_the_name():
    text = "The rise is expected to raise $1.3 billion. Treasurer Dominic Ruzicka said so.\n"
    actors = _actors(text, [_mention(text, "Treasurer Dominic Ruzicka", "ORG")])
    assert actors.get("Dominic Ruzicka", ("",))[0] == "person", actors


def test_a_possessor_of_a_relative_is_a_person():
    text = "Sadia Rahman's son Zayan, who is four, spent six nights in hospital.\n"
    actors = _actors(text, [_mention(text, "Sadia Rahman's", "ORG")])
    assert actors.get("Sadia Rahman", ("",))[0] == "person", actors


def test_a_title_with_the_is_no_actor():
    text = "“Walking away would hurt the company more than it hurts the Treasurer,” she wrote.\n"
    assert _actors(text, [_mention(text, "Treasurer", "PERSON")]) == {}


def test_a_surname_then_of_and_a_party_is_the_person_and_the_party():
    text = (
        "Senator Ifeanyi Obiakor lost the poll.\n\n"
        "The commission declared 587,110 votes for Obiakor of the Alliance for Democratic "
        "Renewal (ADR).\n"
    )
    mentions = [
        _mention(text, "Ifeanyi Obiakor", "PERSON"),
        _mention(text, "Obiakor of the Alliance for Democratic Renewal", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Ifeanyi Obiakor") == ("person", ["Obiakor"]), actors
    assert actors.get("Alliance for Democratic Renewal", ("",))[0] == "organization", actors


def test_an_organisations_head_word_alone_is_no_actor_of_its_own():
    text = (
        "Aquaterra Holdings plc won the contract, the largest in the Group's history.\n\n"
        "“After a rigorous procurement, the Board concluded the bid was best,” he said.\n"
    )
    mentions = [
        _mention(text, "Aquaterra Holdings plc", "ORG"),
        _mention(text, "Group", "ORG"),
        _mention(text, "Board", "ORG"),
    ]
    assert set(_actors(text, mentions)) == {"Aquaterra Holdings plc"}


def test_an_institution_named_by_its_head_word_alone_stays():
    text = "Congress passed the bill on Friday after a long night.\n"
    assert "Congress" in _actors(text, [_mention(text, "Congress", "ORG")])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("“Talk to their GP, not to a Facebook group,” she said. A GP in Eastgate agreed.\n", "GP"),
        ("Demand hit 21,480 megawatts, about 2,300 MW more than the grid could supply.\n", "MW"),
        ("“With respect to their Lordships, the standard was too high,” he said.\n", "Lordships"),
    ],
)
def test_a_word_used_every_time_as_a_common_noun_is_no_actor(text, word):
    assert word not in _actors(text, [_mention(text, word, "ORG")])


def test_a_common_nouns_possessive_stays_in_the_name():
    text = "He won for the People's Progressive Congress. Many people queued all day.\n"
    actors = _actors(text, [_mention(text, "People's Progressive Congress", "ORG")])
    assert "People's Progressive Congress" in actors, actors


def test_a_surname_alone_joins_a_full_name_ending_in_a_generational_suffix():
    text = "Donor Luther Stan Pate IV was behind the banner.\n\nPate said he backed no candidate.\n"
    mentions = [
        _mention(text, "Luther Stan Pate IV", "PERSON"),
        _mention(text, "Pate", "ORG", last=True),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Luther Stan Pate IV") == ("person", ["Pate"]), actors


def test_a_surname_that_speaks_is_the_person_not_the_company_named_after_them():
    text = (
        "The club agreed to be bought by Leopold Varga, whose company Varga Maritime Holdings "
        "runs container ships.\n\n"
        "Varga told the club's own channel that he would not promise instant success.\n"
    )
    mentions = [
        _mention(text, "Leopold Varga", "PERSON"),
        _mention(text, "Varga Maritime Holdings", "ORG"),
        _mention(text, "Varga", "ORG", last=True),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Leopold Varga") == ("person", ["Varga"]), actors


@pytest.mark.parametrize(
    "text",
    [
        "The bassist, Musa Dantata, had retired to Gembu and had not played since 1990.",
        "After the floods the Adeyemi family moved back to Gembu for good.",
    ],
)
def test_where_someone_moved_or_retired_to_is_a_place(text):
    assert _actors(text, [_m(text, "Gembu", "PERSON")])["Gembu"][0] == "place"


def test_an_irish_county_and_the_town_before_it_are_places():
    text = "Cash was found at a yard at Carrigmore, Co Ballyvane, on Tuesday. Gardaí said Carrigmore was quiet."
    mentions = [
        _m(text, "Carrigmore", "PERSON"),
        _m(text, "Co Ballyvane", "PERSON"),
        _m(text, "Carrigmore", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert (actors["Carrigmore"][0], actors["Co Ballyvane"][0]) == ("place", "place")


def test_an_iwi_is_an_organisation():
    text = "Ngāti Korowai said the rāhui would stay. Ngāti Korowai asked visitors to respect it."
    mentions = [_m(text, "Ngāti Korowai", "PERSON"), _m(text, "Ngāti Korowai", "PERSON", 1)]
    assert _actors(text, mentions)["Ngāti Korowai"][0] == "organization"


def test_a_nordic_surname_ending_in_ist_is_no_occupation():
    text = "The party met on Lindqvist Avenue. Sofia Lindqvist Berg spoke first."
    mentions = [_m(text, "Lindqvist Avenue", "FAC"), _m(text, "Sofia Lindqvist Berg", "PERSON")]
    assert set(_actors(text, mentions)) >= {"Lindqvist Avenue", "Sofia Lindqvist Berg"}


def test_a_three_letter_abbreviation_read_as_a_place_is_no_place():
    text = (
        "Both of the people in ICU are expected to recover, the hospital said. Two left ICU today."
    )
    mentions = [_m(text, "ICU", "GPE"), _m(text, "ICU", "GPE", 1)]
    assert "ICU" not in _actors(text, mentions)
    text = "Flooding closed roads across NSW on Monday. NSW police urged drivers to stay home."
    assert _actors(text, [_m(text, "NSW", "GPE")])["NSW"][0] == "place"


def test_a_designator_before_a_number_is_no_actor():
    text = "“We have children in Grade 6 who have never drunk from a tap,” she said."
    assert "Grade" not in _actors(text, [_m(text, "Grade", "GPE")])


def test_a_portfolio_before_minister_is_part_of_the_title():
    text = (
        "Education Minister Sunita Varghese-Holt said the ban worked. Varghese-Holt took questions."
    )
    mentions = [_m(text, "Education", "ORG"), _m(text, "Sunita Varghese-Holt", "PERSON")]
    assert "Education" not in _actors(text, mentions)
    text = "Qaresh Foreign Minister Leyla Hamadani spoke. Talks in Qaresh went on."
    mentions = [_m(text, "Qaresh", "GPE"), _m(text, "Qaresh", "GPE", 1)]
    assert _actors(text, mentions)["Qaresh"][0] == "place"


def test_a_company_with_its_legal_form_ends_there_not_at_its_town():
    text = "The plant was built by Northwind Water Solutions Inc. of Sudbury. Northwind declined to comment."
    mentions = [_m(text, "Northwind Water Solutions Inc.", "ORG"), _m(text, "Sudbury", "GPE")]
    actors = _actors(text, mentions)
    assert actors["Sudbury"][0] == "place"
    assert not any(name.endswith("of Sudbury") for name in actors)


def test_a_newspaper_told_something_later_is_still_a_newspaper():
    text = "“We have no water,” Rosalie Nanokeesic told the Herald later in the band office."
    mentions = [_m(text, "Herald", "PERSON"), _m(text, "Rosalie Nanokeesic", "PERSON")]
    assert _actors(text, mentions)["Herald"][0] == "organization"


def test_whose_spokesperson_it_is_stays_an_actor():
    text = "An FBI spokesperson said the bureau was aware of the incident."
    assert _actors(text, [_m(text, "FBI", "ORG")])["FBI"][0] == "organization"
    text = "A Tessaly Ferries spokeswoman said sailings would resume on Friday."
    assert _actors(text, [])["Tessaly Ferries"][0] == "organization"


@pytest.mark.parametrize(
    ("full", "short"),
    [("Daniel Tay Wei Jie", "Tay"), ("Muhammad Irfan Zulkifli", "Irfan")],
)
def test_the_second_name_used_alone_is_the_person(full, short):
    """A given name before a Chinese name in its own order ("Mr Tay"), a Malay name after
    "Muhammad" ("Mr Irfan"): the second word is the name used alone."""
    text = f"{full} drives for Zippa. Mr {short} said fares had fallen."
    mentions = [_m(text, full, "PERSON"), _m(text, short, "PERSON")]
    assert _actors(text, mentions) == {full: ("person", [short])}


def test_a_portfolio_run_into_a_ministers_name_is_cut_off():
    text = "Minister of State for Manpower Nur Aisyah Ismail said in Parliament that the data mattered."
    actors = _actors(text, [_m(text, "Manpower Nur Aisyah Ismail", "ORG")])
    assert actors == {"Nur Aisyah Ismail": ("person", [])}


@pytest.mark.parametrize(
    ("name", "label", "kind"),
    [
        ("Thornvale Harriers", "PERSON", "organization"),  # an athletics club
        ("Brennan Heights Ledger", "PERSON", "organization"),  # a newspaper
        ("Greater Olive Grove Baptist Church", "FAC", "organization"),
        ("Marlowe Creek", "ORG", "place"),
        ("Saltbush Lagoon", "ORG", "place"),
    ],
)
def test_the_head_word_of_a_name_tells_its_kind(name, label, kind):
    text = f"The story was first reported by people near {name} on Monday."
    assert _actors(text, [_m(text, name, label)])[name][0] == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Learn more about Google Cloud today. Cloud said the offer ends soon.", "Google"),
        (
            "The chain is Illinois-based Pinstripes, and Pinstripes said it would grow.",
            "Illinois-based",
        ),
        ("Unlike Wegovy, the pill is cheap. Wegovy said supply had improved.", "Unlike"),
    ],
)
def test_no_given_name_is_found_before_a_surname_where_there_is_none(text, word):
    """The name that introduced a surname: not another kind of name ("Google"), not a
    hyphenated modifier, not a word opening a sentence that is no given name."""
    surname = text.split()[text.split().index(word.split()[0]) + 1].strip(",")
    mentions = [
        _m(text, surname, "PERSON", 1),
        *([_m(text, "Google", "ORG")] if word == "Google" else []),
    ]
    assert not any(name.startswith(word + " ") for name in _actors(text, mentions))


def test_a_title_in_capitals_is_only_an_initials_title():
    text = "CR Maids cleans offices in Tulsa. CEO Lior Rachman said bookings doubled."
    mentions = [_m(text, "CR Maids", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("CR Maids", ("",))[0] == "organization"
    assert actors.get("Lior Rachman", ("",))[0] == "person"


def test_a_title_ends_its_line():
    text = "“It was a slam dunk.”\n\nRich Oakes, President/CEO\n\nGigLane\n\nOur brochures"
    mentions = [_m(text, "Rich Oakes", "PERSON"), _m(text, "GigLane", "ORG")]
    assert _actors(text, mentions).get("GigLane", ("organization",))[0] != "person"


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("St. Brannock", "St. Brannock"),  # a town named after a saint keeps the saint
        ("St Corwen", "St Corwen"),
        ("Earl T. Hollister", "Earl T. Hollister"),  # a given name before a middle initial
        ("Earl Hollister", "Hollister"),  # the title, as in "Earl Hollister of Dunmere"
        ("Dr. T. Hollister", "T. Hollister"),  # no given name: the title still goes
    ],
)
def test_a_saint_or_a_given_name_is_no_title_to_strip(surface, expected):
    assert clean_surface(surface)[0] == expected


def test_a_place_named_after_a_saint_is_that_place():
    text = "The road in St. Brannock collapsed on Monday, and St. Brannock's mayor closed it.\n"
    actors = _actors(text, [_m(text, "St. Brannock", "GPE")])
    assert actors.get("St. Brannock", ("",))[0] == "place"
    assert "Brannock" not in actors


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Sekuru Tafara Chikomo", "Tafara Chikomo"),  # Shona: grandfather, elder
        ("Opanin Kwabena Asante", "Kwabena Asante"),  # Akan: elder
        ("Ven. Dhammika Ariyaratne", "Dhammika Ariyaratne"),
        ("Eng. Ruwan Pathirana", "Ruwan Pathirana"),
        ("Cde Farai Muzondo", "Farai Muzondo"),
        ("Ratu Sefo Naulu", "Sefo Naulu"),
    ],
)
def test_an_honorific_before_a_name_is_a_title(surface, name):
    text = f"{surface} told the meeting that the road would be finished in March.\n"
    actors = _actors(text, [_m(text, surface, "PERSON")])
    assert actors.get(name, ("",))[0] == "person", actors


def test_an_honorific_after_a_name_is_no_part_of_it():
    assert strip_post_nominals("Ariyaratne Dhammika Thero") == "Ariyaratne Dhammika"
    assert strip_post_nominals("Ariyaratne Dhammika Perera") == "Ariyaratne Dhammika Perera"


def test_a_given_name_before_a_second_given_name_is_part_of_the_name():
    text = "Press officer Tanvir Hasan Chowdhury said the plant would open in May.\n"
    actors = _actors(text, [_m(text, "Hasan Chowdhury", "PERSON")])
    assert "Tanvir Hasan Chowdhury" in actors and "Hasan Chowdhury" not in actors
    # a surname NER tagged with its given name: the word before is no second given name
    text = "Press officer Daniel Chowdhury said the plant would open in May.\n"
    assert "Daniel Chowdhury" in _actors(text, [_m(text, "Daniel Chowdhury", "PERSON")])


def test_a_word_named_as_an_organisation_elsewhere_does_not_open_a_persons_name():
    text = "Kelvora wrote down the value of Kelvora Tamsin, its unit abroad. Kelvora shares fell.\n"
    mentions = [
        _m(text, "Kelvora", "ORG"),
        _m(text, "Tamsin", "PERSON"),
        _m(text, "Kelvora", "ORG", 2),
    ]
    assert "Kelvora Tamsin" not in _actors(text, mentions)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Marrowind Integrated Telecom Co reported a fall in profit.",
            "Marrowind Integrated Telecom Co",
        ),
        ("Rantaro Digital Sdn Bhd said it had closed the server.", "Rantaro Digital Sdn Bhd"),
        ("Talvik Shipping ASA cut its dividend.", "Talvik Shipping ASA"),
    ],
)
def test_a_name_with_a_legal_form_is_an_organisation(sentence, name):
    actors = _actors(sentence + "\n", [])
    assert actors.get(name, ("",))[0] == "organization", actors


def test_an_attorney_generals_initials_are_no_legal_form():
    text = "Ohio AG Dana Whitcombe said the state would appeal.\n"
    assert "Ohio AG" not in _actors(text, [_m(text, "Dana Whitcombe", "PERSON")])


def test_a_short_name_in_brackets_after_a_company_is_its_alias():
    text = (
        "Marrowind Integrated Telecom Co (Marricom) reported a fall in profit on Thursday.\n\n"
        "Marricom shares fell 2 percent, and analysts said Marricom would recover.\n"
    )
    mentions = [_m(text, "Marricom", "ORG", 1), _m(text, "Marricom", "ORG", 2)]
    actors = _actors(text, mentions)
    assert actors["Marrowind Integrated Telecom Co"] == ("organization", ["Marricom"])


@pytest.mark.parametrize("role", ["fly-half", "spinner", "shortstop", "jockey"])
def test_a_sports_position_before_a_name_makes_it_a_person(role):
    text = f"The visitors were sunk by two penalties from {role} Owain Tregaron late on.\n"
    actors = _actors(text, [_m(text, "Owain Tregaron", "ORG")])
    assert actors.get("Owain Tregaron", ("",))[0] == "person", actors


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Marlow Farms will send SMS alerts to buyers. SMS is cheap, Marlow Farms said.\n", "SMS"),
        ("The plant runs on DC power. DC was chosen for the batteries.\n", "DC"),
        ("Tarrow Bay installed a 4.5 MW rooftop plant and a 2 MW battery.\n", "MW"),
    ],
)
def test_an_abbreviation_of_a_common_noun_is_no_actor(text, word):
    mentions = [_m(text, word, "ORG"), _m(text, word, "ORG", 1)]
    assert word not in _actors(text, mentions)


def test_an_acronym_after_a_year_is_still_a_name():
    text = "The 2026 FIFA final drew a record crowd. FIFA said 90,000 tickets were sold.\n"
    mentions = [_m(text, "FIFA", "ORG"), _m(text, "FIFA", "ORG", 1)]
    assert "FIFA" in _actors(text, mentions)


def test_words_only_on_heading_lines_are_no_actor():
    text = (
        "Tarrow Bay Council approved the budget on Monday.\n\n"
        "Neutral Spine Position And What It Means\n\n"
        "Keep the back straight when lifting, the council's guidance says.\n"
    )
    mentions = [_m(text, "Tarrow Bay Council", "ORG"), _m(text, "Neutral Spine Position", "ORG")]
    actors = _actors(text, mentions)
    assert "Neutral Spine Position" not in actors and "Tarrow Bay Council" in actors


def test_a_name_in_a_headline_and_in_the_text_stays():
    text = "Marisk Harbour Board Approves New Ferry Terminal\n\nOn Monday the Marisk Harbour Board voted.\n"
    mentions = [_m(text, "Marisk Harbour Board", "ORG"), _m(text, "Marisk Harbour Board", "ORG", 1)]
    assert "Marisk Harbour Board" in _actors(text, mentions)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("- **Predictive Forecasting:** models that forecast demand from past orders.", False),
        ("2. Threshold Alerts: alerts when a figure crosses a line.", False),
        ("- Green Tide Movement: 6.4 percent, 4 seats;", True),  # a result, not a label
        ("- Tarrow Bay Systems: sells the sensors.", True),  # a company's name in a list
        ("- Annie Marrow: wrote the guide.", True),  # a person's
    ],
)
def test_a_list_items_lead_in_label_is_no_actor(line, kept):
    name = line.split(":")[0].strip("-*0123456789. ")
    text = f"The platform has three parts.\n\n{line}\n\nEach part costs extra.\n"
    assert (name in _actors(text, [_m(text, name, "ORG")])) == kept


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Loch Korran", "PERSON"),
        ("Bukit Serindit", "PERSON"),
        ("Mount Tarrow", "PERSON"),
        ("Dorrow Junction", "PERSON"),
    ],
)
def test_a_landform_or_settlement_word_makes_a_place(name, label):
    text = f"The patrol left {name} at dawn. By noon they were back at {name}.\n"
    actors = _actors(text, [_m(text, name, label), _m(text, name, label, 1)])
    assert actors.get(name, ("",))[0] == "place", actors


def test_a_place_word_that_is_a_given_name_leaves_a_person_a_person():
    text = "Glen Hoddington scored twice. Glen Hoddington said the pitch was heavy.\n"
    mentions = [_m(text, "Glen Hoddington", "PERSON"), _m(text, "Glen Hoddington", "PERSON", 1)]
    assert _actors(text, mentions)["Glen Hoddington"][0] == "person"


def test_a_given_name_before_a_name_ner_cut_short_inside_a_sentence_is_part_of_it():
    text = "On Monday the Supervisor of Elections Anjali Devi Tarrant said the count was sound.\n"
    actors = _actors(text, [_m(text, "Devi Tarrant", "PERSON")])
    assert "Anjali Devi Tarrant" in actors and "Devi Tarrant" not in actors


@pytest.mark.parametrize(
    "line",
    [
        "Karol Maresh (Velmark) beat Tomas Arbel (Castellor) 6-4",
        "To bat: Piet Arbel, Tomas Maresh, Karol Dunne",
    ],
)
def test_a_line_of_data_is_no_heading(line):
    text = f"The results came in on Sunday.\n\n{line}\n\nPlay resumes on Monday.\n"
    name = (
        "Tomas Arbel"
        if "beat" in line
        else ("Karol Dunne" if "bat" in line else "Harbourton Newsroom")
    )
    label = "ORG" if "Newsroom" in name else "PERSON"
    assert name in _actors(text, [_m(text, name, label)])


def test_a_place_word_that_is_a_given_name_opens_a_persons_name():
    text = "Monte Harland, 19, was adopted in Iowa. Monte Harland said he was deported.\n"
    mentions = [_m(text, "Monte Harland", "PERSON"), _m(text, "Monte Harland", "PERSON", 1)]
    assert _actors(text, mentions)["Monte Harland"][0] == "person"


def test_a_portfolio_after_minister_for_is_part_of_the_title():
    text = "The State Minister for Labour and Employment, Begum Rokshana Alam, opened the centre.\n"
    actors = _actors(text, [_m(text, "Labour and Employment", "ORG")])
    assert "Labour and Employment" not in actors


def test_two_name_words_opening_with_a_given_name_before_a_double_surname_are_the_name():
    text = "Nadia Nunes Cavalcante Parr, an internal medicine physician, explains the labels.\n"
    actors = _actors(text, [_m(text, "Cavalcante Parr", "PERSON")])
    assert "Nadia Nunes Cavalcante Parr" in actors and "Cavalcante Parr" not in actors


def test_a_unit_at_a_university_is_two_organisations():
    text = "Ada Roe, who heads the Centre for Coastal Studies at Tarrow Bay University, said so.\n"
    name = "the Centre for Coastal Studies at Tarrow Bay University"
    actors = _actors(text, [_m(text, name, "ORG")])
    assert actors.get("Centre for Coastal Studies", ("",))[0] == "organization", actors
    assert actors.get("Tarrow Bay University", ("",))[0] == "organization", actors


@pytest.mark.parametrize("name", ["Nurhan Okyay Demirel", "Ayman Fawzi Qandil", "Tuan Minh Vo"])
def test_a_given_name_ending_like_a_nationality_keeps_its_place_in_the_name(name):
    text = f"The mayor, {name}, said the bridge would reopen in May.\n"
    actors = _actors(text, [_m(text, name, "PERSON")])
    assert name in actors, actors


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Namibian Frankie Sandaro Ekandjo won the race.", "Frankie Sandaro Ekandjo"),
        ("Dutchman Kees Verhoef won the race.", "Kees Verhoef"),
    ],
)
def test_a_nationality_before_a_name_is_cut_off(sentence, name):
    text = f"{sentence}\n"
    actors = _actors(text, [_m(text, sentence.rsplit(" won", 1)[0], "PERSON")])
    assert name in actors, actors


@pytest.mark.parametrize(
    "text",
    [
        "Đặng Thị Mỹ Duyên, 41, who sells noodles near the depot, said the line came late.\n",
        "Ana Sofía Ríos Peña, a 23-year-old nurse, said the clinic had no water.\n",
        "Lê Hữu Quang Trọng, chairman of the district committee, said buses would follow.\n",
    ],
)
def test_a_four_word_name_before_an_age_or_a_role_is_the_whole_name(text):
    name = text.split(",", 1)[0]
    short = " ".join(name.split()[-2:])
    actors = _actors(text, [_m(text, short, "PERSON")])
    assert name in actors and short not in actors, actors


def test_a_word_before_a_name_with_an_age_is_left_out():
    text = "Yesterday Orla Penhaligon, 52, who runs the ferry kiosk, said she would stay.\n"
    actors = _actors(text, [])
    assert "Orla Penhaligon" in actors, actors


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Lic.", "Fernanda Olvera Cantú"),
        ("Ing.", "Héctor Garza Villalobos"),
        ("Av.", "Deniz Akyol"),
    ],
)
def test_a_spanish_or_turkish_professional_title_is_no_part_of_the_name(title, name):
    text = f"The plant's director, {title} {name}, said the wells were sound.\n"
    actors = _actors(text, [_m(text, f"{title} {name}", "PERSON")])
    assert name in actors and not any(a.startswith(title.rstrip(".")) for a in actors), actors


def test_a_nobility_particle_inside_a_name_keeps_the_name_whole():
    text = "The city's traffic chief, Henrik af Ravelius, said the routes were wrong. Ravelius said sorry.\n"
    mentions = [_m(text, "Henrik af Ravelius", "PERSON"), _m(text, "Ravelius", "PERSON", 1)]
    actors = _actors(text, mentions)
    assert "Ravelius" in actors["Henrik af Ravelius"][1] and "Ravelius" not in actors, actors


def test_the_first_of_two_surnames_used_alone_is_the_same_person():
    text = (
        "Rosa Itzel Quintero Lagos, 61, farms maize near the dam.\n"
        "Quintero said the well had gone dry in March.\n"
    )
    mentions = [_m(text, "Rosa Itzel Quintero Lagos", "PERSON"), _m(text, "Quintero", "PERSON", 1)]
    actors = _actors(text, mentions)
    assert "Quintero" in actors["Rosa Itzel Quintero Lagos"][1] and "Quintero" not in actors


def test_a_company_with_a_legal_form_before_and_is_not_part_of_the_next_company():
    text = (
        "The plant is a venture between PT Sarana Bumi Tbk and Lianhe Steel Group, police said.\n"
    )
    actors = _actors(text, [_m(text, "Lianhe Steel Group", "ORG")])
    assert actors.get("Lianhe Steel Group", ("",))[0] == "organization", actors
    assert not any(" and " in name for name in actors), actors


def test_a_company_name_with_a_legal_form_takes_over_what_ner_cut_short():
    text = "Shares of PT Sarana Bumi Nusantara Tbk fell. Sarana Bumi said it would pay.\n"
    actors = _actors(text, [_m(text, "Sarana Bumi", "PERSON")])
    assert actors.get("PT Sarana Bumi Nusantara Tbk", ("",))[0] == "organization", actors


@pytest.mark.parametrize(
    "text",
    [
        "Wiranto, a 41-year-old crane operator, said he had been 50 metres away.\n",
        "Wiranto, 41, said he had been 50 metres away.\n",
    ],
)
def test_one_name_word_before_an_age_is_a_person(text):
    actors = _actors(text, [_m(text, "Wiranto", "GPE")])
    assert actors.get("Wiranto", ("",))[0] == "person", actors


@pytest.mark.parametrize(
    "phrase", ["who gave his name only as Tesfu", "identified only by his first name, Tesfu"]
)
def test_the_name_a_person_gives_the_reporter_is_a_person(phrase):
    text = f"One runner, {phrase}, said the water ran out.\n"
    actors = _actors(text, [_m(text, "Tesfu", "ORG")])
    assert actors.get("Tesfu", ("",))[0] == "person", actors


def test_a_committee_on_two_subjects_is_one_organisation():
    text = "The Standing Committee on Fisheries and Coastal Communities met on Friday.\n"
    ms = [
        _m(text, "The Standing Committee on Fisheries", "ORG"),
        _m(text, "Coastal Communities", "ORG"),
    ]
    actors = _actors(text, ms)
    assert "Standing Committee on Fisheries and Coastal Communities" in actors, actors


def test_words_only_on_the_pages_own_short_headings_are_no_actor():
    text = "## Fit Notes\n\nThe shoe weighs little.\n\n## Fit Notes\n\nThe other one weighs more.\n"
    ms = [_m(text, "Fit Notes", "PERSON"), _m(text, "Fit Notes", "PERSON", 1)]
    heads = [(0, 12), (text.index("## Fit Notes", 5), text.index("## Fit Notes", 5) + 12)]
    assert "Fit Notes" in _actors(text, ms)  # two words: no title-case headline by itself
    assert "Fit Notes" not in {
        a.name for a in build_actors(text, ms, layout=Layout(headings=tuple(heads)))[0]
    }


def test_a_table_rows_first_cell_is_no_actor():
    text = "The shoe is light.\n\nStack Height | 39mm\n\nDrop Weight | 8mm\n\nStack Height | 36mm\n"
    ms = [_m(text, "Stack Height", "PERSON"), _m(text, "Stack Height", "PERSON", 1)]
    assert "Stack Height" not in _actors(text, ms)


def test_a_shop_button_is_no_actor():
    text = "The shoe is light.\n\nShop Women's at Arvel.com\n\nShop Women's at Tarn.com\n"
    ms = [_m(text, "Shop Women", "PERSON"), _m(text, "Shop Women", "PERSON", 1)]
    assert "Shop Women" not in _actors(text, ms)


@pytest.mark.parametrize("name", ["TrailDesk", "ParcelHub", "QuillAI"])
def test_a_word_written_like_a_brand_is_an_organisation(name):
    text = f"{name} said the update would ship in May. {name} has 40 staff.\n"
    actors = _actors(text, [_m(text, name, "PERSON"), _m(text, name, "PERSON", 1)])
    assert actors.get(name, ("",))[0] == "organization", actors


@pytest.mark.parametrize("name", ["McAdams", "DeSantis", "LeBron"])
def test_a_persons_name_with_a_short_prefix_stays_a_person(name):
    text = f"{name} said the update would ship in May. {name} has 40 staff.\n"
    actors = _actors(text, [_m(text, name, "PERSON"), _m(text, name, "PERSON", 1)])
    assert actors.get(name, ("",))[0] == "person", actors


def test_the_domains_a_page_links_to_spell_company_names():
    from reader.article.actors.domains import link_names

    text = "[$150 at Korvo](https://go.example.net/c?u=https%3A%2F%2Fwww.korvo.com%2Fvelo) at tarn.co.uk"
    assert {"korvo", "tarn", "example"} <= link_names(text)


def test_a_brand_the_pages_links_spell_is_an_organisation():
    text = "Korvo makes the Velo 3 in two widths. Our tester, Dana Pelt, ran 80 miles in Korvo shoes.\n"
    ms = [
        _m(text, "Korvo", "PERSON"),
        _m(text, "Dana Pelt", "PERSON"),
        _m(text, "Korvo", "PERSON", 1),
    ]
    actors = {
        a.name: a.kind
        for a in build_actors(text, ms, link_names=frozenset({"korvo", "danapelt"}))[0]
    }
    assert actors == {"Korvo": "organization", "Dana Pelt": "person"}


@pytest.mark.parametrize(
    ("span", "label", "org", "person"),
    [
        ("Harrow Lane Events Founder", "ORG", "Harrow Lane Events", None),
        ("Lead Planner Bianca Pellow", "ORG", None, "Bianca Pellow"),
        ("Tarrow Sloan professor Thomas W. Malvern", "ORG", "Tarrow Sloan", "Thomas W. Malvern"),
    ],
)
def test_a_job_title_inside_a_span_parts_the_employer_from_the_person(span, label, org, person):
    text = f"“The tables are lower this year,” says {span}.\n"
    actors = _actors(text, [_m(text, span, label)])
    assert span not in actors, actors
    if org:
        assert actors.get(org, ("",))[0] == "organization", actors
    if person:
        assert actors.get(person, ("",))[0] == "person", actors


@pytest.mark.parametrize(
    ("text", "company", "other"),
    [
        (
            "Vera Lindqvist's Harrowgate Media Ltd bought the paper.",
            "Harrowgate Media Ltd",
            "Vera Lindqvist",
        ),
        ("Velmark's Tarrow Steel Plc cut output.", "Tarrow Steel Plc", "Velmark"),
    ],
)
def test_a_possessor_before_a_company_with_a_legal_form_is_not_part_of_it(text, company, other):
    label = "PERSON" if " " in other else "GPE"
    actors = _actors(text, [_m(text, other, label)])
    assert company in actors and other in actors, actors


def test_a_table_of_contents_entry_that_repeats_a_heading_is_no_actor():
    text = (
        "- Lounge Seating\n- Candle Bars\n\nHosts want comfort this year.\n\n"
        "## Lounge Seating\n\nLow sofas replace long tables.\n"
    )
    ms = [_m(text, "Lounge Seating", "ORG"), _m(text, "Lounge Seating", "ORG", 1)]
    heading = text.index("## Lounge Seating")
    items = ((0, 16), (17, 30))
    layout = Layout(headings=((heading, heading + 17),), list_items=items)
    assert "Lounge Seating" not in {a.name for a in build_actors(text, ms, layout=layout)[0]}


def test_a_name_alone_on_a_line_that_is_no_list_item_stays():
    text = "“Read widely and read often.”\n\n> Carel Vranston\n\nThe museum opens at ten.\n"
    actors = _actors(text, [_m(text, "Carel Vranston", "PERSON")])
    assert "Carel Vranston" in actors


def test_a_unit_after_its_bodys_possessive_is_two_organisations():
    text = "Ada Roe teaches at Tarrow University’s Calder School of Management, she said.\n"
    actors = _actors(text, [_m(text, "Tarrow University’s Calder School of Management", "ORG")])
    assert actors.get("Tarrow University", ("",))[0] == "organization", actors
    assert actors.get("Calder School of Management", ("",))[0] == "organization", actors


def test_a_word_written_like_a_brand_after_a_role_is_still_an_organisation():
    text = "“We went local,” said Ryan Farlow, CEO, LawnTender.\n"
    actors = _actors(text, [_m(text, "Ryan Farlow", "PERSON"), _m(text, "LawnTender", "PERSON")])
    assert actors.get("LawnTender", ("",))[0] == "organization", actors


def test_a_plural_possessive_inside_a_partys_name_keeps_it_whole():
    text = "The United People's Front Velmark won four seats, its leader said.\n"
    actors = _actors(text, [_m(text, "United People's Front Velmark", "ORG")])
    assert "United People" not in actors and "Front Velmark" not in actors, actors


def test_a_product_or_paper_name_ending_in_a_job_word_stays_whole():
    text = "Readers of the Intuit Tax Advisor asked about the new rules.\n"
    actors = _actors(text, [_m(text, "Intuit Tax Advisor", "ORG")])
    assert "Intuit Tax Advisor" in actors, actors


@pytest.mark.parametrize(
    ("text", "short", "label"),
    [
        (
            "The flight was made by Tsering Lhamo Dorje, 29, from the base camp.\n\nTsering Lhamo said the wind dropped at noon.\n",
            "Tsering Lhamo",
            "ORG",
        ),
        (
            "The rescue was led by Wilmer Castaño Ruiz, the operator's chief engineer.\n\nWilmer Castaño said the cable held.\n",
            "Wilmer Castaño",
            "PERSON",
        ),
    ],
)
def test_the_opening_words_of_a_longer_name_are_that_person(text, short, label):
    full = text.split(" by ")[1].split(",")[0]
    mentions = [_m(text, full, "PERSON"), _m(text, short, label, nth=1)]
    actors = _actors(text, mentions)
    assert actors[full][0] == "person"
    assert short in actors[full][1]
    assert short not in actors


def test_a_fathers_name_inside_his_sons_is_another_person():
    text = (
        "Ravel Dunmore Jr. took over the yard.\n\nHis father, Ravel Dunmore, said he was proud.\n"
    )
    mentions = [_m(text, "Ravel Dunmore Jr.", "PERSON"), _m(text, "Ravel Dunmore", "PERSON", nth=1)]
    actors = _actors(text, mentions)
    assert "Ravel Dunmore" in actors


def test_a_glued_initial_and_a_name_are_one_person_with_the_name_as_alias():
    text = (
        "The district governor, Ts.Oyunbileg, said the road would reopen on Monday.\n\n"
        "“We have fuel for nine days,” said B.Dolgorsuren, who runs the depot.\n\n"
        "Dolgorsuren said the lorries were waiting at the pass.\n"
    )
    actors = _actors(text, [_m(text, "Oyunbileg", "ORG"), _m(text, "Dolgorsuren", "PERSON", nth=1)])
    assert actors["Ts.Oyunbileg"][0] == "person"
    assert actors["B.Dolgorsuren"] == ("person", ["Dolgorsuren"])
    assert "Ts" not in actors and "Oyunbileg" not in actors


def test_a_title_glued_to_a_name_is_not_an_initial():
    text = "The clinic was opened by Dr.Halvorsen and a nurse from St.Brannock on Monday.\n"
    actors = _actors(text, [])
    assert "Dr.Halvorsen" not in actors and "St.Brannock" not in actors


def test_a_rank_alone_is_no_person():
    text = "The brigade is led by Brigadier General K.Lodoisamba, who arrived on Sunday.\n"
    actors = _actors(text, [_m(text, "Brigadier General", "ORG")])
    assert "Brigadier General" not in actors


def test_a_police_rank_in_capitals_is_a_title():
    text = "The district police spokesperson, ASP Rehema Nalubega, said patrols would double.\n\nASP Nalubega said arrests followed.\n"
    actors = _actors(
        text, [_m(text, "ASP Rehema Nalubega", "PERSON"), _m(text, "ASP Nalubega", "ORG")]
    )
    assert actors == {"Rehema Nalubega": ("person", ["Nalubega"])}


def test_a_role_and_a_title_cut_off_their_name_are_no_actor():
    text = "Speaking on Monday, the Town Clerk, Ms Grace Atwiine, said the market would reopen.\n"
    actors = _actors(
        text, [_m(text, "the Town Clerk, Ms", "ORG"), _m(text, "Grace Atwiine", "PERSON")]
    )
    assert "Town Clerk, Ms" not in actors and "Grace Atwiine" in actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ferry to Isla Marventa was cancelled, so students from Isla Marventa missed the exam.\n",
            "Isla Marventa",
        ),
        (
            "The line runs from the hillside to the station at Puerto Lavandera. Buses to Puerto Lavandera take an hour.\n",
            "Puerto Lavandera",
        ),
    ],
)
def test_a_name_opening_with_a_place_word_that_ner_tagged_org_is_a_place(text, name):
    mentions = [_m(text, name, "ORG"), _m(text, name, "ORG", nth=1)]
    assert _actors(text, mentions)[name][0] == "place"


def test_a_name_ending_in_a_river_or_mountain_word_of_another_language_is_a_place():
    text = "Herders along the Tsagaan Gol lost half their animals.\n\nThe drone flew to the foot of Dorje Ri.\n"
    actors = _actors(text, [_m(text, "Tsagaan Gol", "PERSON"), _m(text, "Dorje Ri", "ORG")])
    assert actors["Tsagaan Gol"][0] == "place" and actors["Dorje Ri"][0] == "place"


def test_a_bodys_number_is_part_of_its_name():
    text = "Forty pupils of Gymnasium No. 7 were taken ill after lunch.\n\nThe canteen of Gymnasium No. 7 was closed.\n"
    mentions = [_m(text, "Gymnasium No", "ORG"), _m(text, "Gymnasium No", "ORG", nth=1)]
    actors = _actors(text, mentions)
    assert actors["Gymnasium No. 7"][0] == "organization"


def test_two_products_before_a_factory_are_one_enterprise():
    text = "He ran the cellars of the Dovrak Glass and Bottle Factory No. 2 for thirty years.\n"
    mentions = [_m(text, "the Dovrak Glass", "ORG"), _m(text, "Bottle Factory No", "ORG")]
    actors = _actors(text, mentions)
    assert actors["Dovrak Glass and Bottle Factory No. 2"][0] == "organization"
    assert "Bottle Factory No" not in actors


def test_a_compound_given_name_opens_the_name_ner_cut_to_the_surname():
    text = "The regional prosecutor Ana Lucía Ferreyra said an inquiry had opened.\n\nFerreyra said the files were copied twice.\n"
    mentions = [_m(text, "Ferreyra", "PERSON"), _m(text, "Ferreyra", "PERSON", nth=1)]
    assert _actors(text, mentions)["Ana Lucía Ferreyra"] == ("person", ["Ferreyra"])


@pytest.mark.parametrize("title", ["Batono", "Kyria", "Varpet"])
def test_courtesy_and_religious_titles_are_not_part_of_the_name(title):
    text = f"The toast was given by {title} Ilarion Dzhavakhov, 80, the oldest man present.\n"
    actors = _actors(text, [_m(text, f"{title} Ilarion Dzhavakhov", "PERSON")])
    assert "Ilarion Dzhavakhov" in actors


def test_a_call_sign_given_instead_of_a_name_is_the_person():
    text = "A deminer who gave his name only by his call sign, Sokil, said the field held nine mines.\n"
    actors = _actors(text, [_m(text, "Sokil", "ORG")])
    assert actors["Sokil"][0] == "person"


@pytest.mark.parametrize("label", ["ORG", "GPE", "LANGUAGE"])
def test_a_language_is_no_actor(label):
    text = (
        "The agreement was read aloud in Tamazight and in Mandarin at the cooperative's meeting.\n"
    )
    mentions = [_m(text, "Tamazight", label), _m(text, "Mandarin", label)]
    actors = _actors(text, mentions)
    assert "Tamazight" not in actors and "Mandarin" not in actors


@pytest.mark.parametrize(
    ("text", "span", "person"),
    [
        (
            "Minister of Coastal Development Huang Mei-ling told the council the plan would change.\n",
            "Coastal Development Huang Mei-ling",
            "Huang Mei-ling",
        ),
        (
            "Minister of Water Sardar Ahsan Qureshi said the canals would be dredged.\n",
            "Water Sardar Ahsan Qureshi",
            "Ahsan Qureshi",
        ),
    ],
)
def test_a_name_after_a_portfolio_of_several_words_is_a_person(text, span, person):
    actors = _actors(text, [_m(text, span, "ORG")])
    assert actors.get(person, ("",))[0] == "person", actors


def test_a_given_name_ner_read_as_a_nationality_opens_the_name():
    text = "Kobvei Arap Lelmet of Kenya won the race.\n\nLelmet said the heat slowed the field.\n"
    mentions = [
        _m(text, "Kobvei", "NORP"),
        _m(text, "Arap Lelmet", "PERSON"),
        _m(text, "Lelmet", "PERSON", nth=1),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Kobvei Arap Lelmet", ("",))[0] == "person", actors


def test_a_nationality_before_a_name_stays_out_of_it():
    text = "Kenyan Arap Lelmet won the race.\n\nLelmet said the heat slowed the field.\n"
    mentions = [
        _m(text, "Kenyan", "NORP"),
        _m(text, "Arap Lelmet", "PERSON"),
        _m(text, "Lelmet", "PERSON", nth=1),
    ]
    assert "Arap Lelmet" in _actors(text, mentions)


def test_a_heading_repeated_over_every_product_is_a_label_whatever_its_words():
    block = "## Key Specs\n\nWeight 240 g, drop 8 mm.\n\n"
    text = "The Corran Glide is our pick.\n\n" + block * 3
    ms = [_m(text, "Key Specs", "PERSON", i) for i in range(3)]
    heads = tuple((m.start, m.end) for m in ms)
    layout = Layout(headings=heads, list_items=())
    assert "Key Specs" not in {a.name for a in build_actors(text, ms, layout=layout)[0]}


def test_a_person_named_in_one_heading_stays():
    text = "## Annie Calloway\n\nThe chef opened her first kitchen in 2019.\n"
    ms = [_m(text, "Annie Calloway", "PERSON")]
    layout = Layout(headings=((0, 17),), list_items=())
    assert "Annie Calloway" in {a.name for a in build_actors(text, ms, layout=layout)[0]}


def test_a_well_known_platform_is_an_organisation_whatever_ner_said():
    text = "Twitter said the posts broke its rules.\n\nThe clips spread on Facebook within hours.\n"
    actors = _actors(text, [_m(text, "Twitter", "PERSON")])
    assert actors["Twitter"][0] == "organization"
    assert actors["Facebook"][0] == "organization"


def test_a_well_known_companys_name_opening_a_longer_one_is_no_person():
    text = "The Nike Strideforge costs 180 dollars.\n\nNike said the shoe sold out.\n"
    mentions = [_m(text, "Nike Strideforge", "PERSON"), _m(text, "Nike", "PERSON", nth=1)]
    actors = _actors(text, mentions)
    assert actors["Nike"][0] == "organization"
    assert actors.get("Nike Strideforge", ("organization",))[0] != "person"


def test_a_name_in_chinese_order_is_a_person_and_its_surname_an_alias():
    text = (
        "Senior Station Officer Brenda Tsui Wai-lam of the harbour brigade said the pumps failed.\n\n"
        "Tsui said the crew reached the pier within minutes.\n"
    )
    actors = _actors(text, [])
    assert actors["Brenda Tsui Wai-lam"] == ("person", ["Tsui"])


def test_a_hyphenated_word_in_lower_case_elsewhere_is_no_chinese_name():
    text = "Table Ping-pong returned to the club.\n\nThe ping-pong tables were new.\n"
    assert "Table Ping-pong" not in _actors(text, [])


@pytest.mark.parametrize("word", ["Democrat", "Sunni"])
def test_a_party_or_faith_before_a_name_is_no_given_name(word):
    text = f"{word} Arlen Voss said the vote was close.\n\nVoss said it twice.\n"
    mentions = [
        _m(text, word, "NORP"),
        _m(text, "Arlen Voss", "PERSON"),
        _m(text, "Voss", "PERSON", nth=1),
    ]
    assert "Arlen Voss" in _actors(text, mentions)


@pytest.mark.parametrize(
    ("text", "ner", "name"),
    [
        (
            "The ministry moved its offices to Villa Serena del Monte in March.\n",
            "Villa Serena",
            "Villa Serena del Monte",
        ),
        (
            "Cottages around Lhota pod Skalou stand empty most of the year.\n",
            "Lhota pod Skalou",
            "Lhota pod Skalou",
        ),
        (
            "Coffee growers in the town of Morro do Cedral sold early this year.\n",
            "Morro",
            "Morro do Cedral",
        ),
        (
            "Boats left the bay of Wied il-Ħut before dawn on Sunday.\n",
            "Wied",
            "Wied il-Ħut",
        ),
    ],
)
def test_a_place_name_goes_on_after_a_connector_of_another_language(text, ner, name):
    actors = _actors(text, [_m(text, ner, "GPE")])
    assert actors.get(name, ("",))[0] == "place", actors


@pytest.mark.parametrize("members", ["Women's", "Farmers'"])
def test_a_bodys_name_goes_on_after_its_members_possessive(members):
    text = f"The deal was signed by the Oudmar {members} Saffron Cooperative on Monday.\n"
    mentions = [_m(text, f"the Oudmar {members}", "ORG"), _m(text, "Saffron Cooperative", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get(f"Oudmar {members} Saffron Cooperative", ("",))[0] == "organization", actors


def test_a_proper_names_possessive_before_a_body_stays_apart():
    text = "She teaches at Harrowgate's Kellan School of Design.\n"
    mentions = [_m(text, "Harrowgate's", "ORG"), _m(text, "Kellan School of Design", "ORG")]
    assert "Kellan School of Design" in _actors(text, mentions)


@pytest.mark.parametrize("word", ["Mami", "Ma", "Papá"])
def test_a_word_for_kin_called_out_in_a_quote_is_no_actor(word):
    """ "She asked me, ‘Mami, are we going to sleep up here?’": how kin is called, no name."""
    assert is_junk(word)


def test_a_business_named_for_its_events_is_an_organisation():
    text = "The dinner was planned by Tamsin Rowe Events, which also supplied the tables.\n"
    actors = _actors(text, [_m(text, "Tamsin Rowe Events", "PERSON")])
    assert actors.get("Tamsin Rowe Events", ("",))[0] == "organization", actors


@pytest.mark.parametrize("role", ["botanist", "engineer", "physicist"])
def test_an_employer_before_a_role_after_an_indefinite_article_is_an_actor(role):
    text = (
        f"“Roots can count,” says Ilse Marr, a University of Tarrowby {role} who studies beans.\n"
    )
    actors = _actors(
        text, [_m(text, "University of Tarrowby", "ORG"), _m(text, "Ilse Marr", "PERSON")]
    )
    assert actors.get("University of Tarrowby", ("",))[0] == "organization", actors


def test_a_name_after_an_indefinite_article_before_no_role_is_still_dropped():
    text = "She ordered a Corvello ristretto and sat by the window.\n"
    assert "Corvello" not in _actors(text, [_m(text, "Corvello", "ORG")])


def test_a_south_asian_administrative_unit_is_a_place():
    text = "Kesharpur Upazila lost its winter crop.\n\nKesharpur Upazila has no cold store.\n"
    mentions = [
        _m(text, "Kesharpur Upazila", "PERSON"),
        _m(text, "Kesharpur Upazila", "PERSON", nth=1),
    ]
    assert _actors(text, mentions)["Kesharpur Upazila"][0] == "place"


@pytest.mark.parametrize(
    "name",
    [
        "Corvanne Maritime inc.",
        "Cervecería Tolmeca S.A. de C.V.",
        "Dastan Cellars CJSC",
        "Velkora Pază SRL",
    ],
)
def test_legal_forms_of_other_countries_make_a_company(name):
    text = f"The contract went to {name} last spring.\n"
    actors = _actors(text, [_m(text, name.split()[0], "PERSON")])
    assert any(
        kind == "organization" and key.startswith(name.split()[0])
        for key, (kind, _a) in actors.items()
    ), actors


def test_a_road_named_by_its_number_is_a_place():
    text = (
        "The landslide closed Highway 47 for a day.\n\nTrucks on Highway 47 waited at the pass.\n"
    )
    actors = _actors(text, [_m(text, "47", "CARDINAL")])
    assert actors.get("Highway 47", ("",))[0] == "place", actors


def test_a_job_title_alone_is_no_actor():
    text = (
        "“It was not a top-down decision,” notes Ilse Varro, Design Lead for Corvane Type. "
        "Good design takes time, and the lead role rotates.\n"
    )
    mentions = [_m(text, "Ilse Varro", "PERSON"), _m(text, "Design Lead", "PERSON")]
    actors = _actors(text, mentions)
    assert "Design Lead" not in actors and "Ilse Varro" in actors


@pytest.mark.parametrize(
    ("text", "ner", "name"),
    [
        (
            "Members of the Orchard Pickers' Fair Pay League blocked the gate on Monday.\n",
            "Fair Pay League",
            "Orchard Pickers' Fair Pay League",
        ),
        (
            "Lawyers at the Upland Widows' Legal Aid Centre filed the claim in May.\n",
            "the Upland Widows'",
            "Upland Widows' Legal Aid Centre",
        ),
    ],
)
def test_a_possessive_inside_a_bodys_name_keeps_the_name_whole(text, ner, name):
    actors = _actors(text, [_m(text, ner, "ORG")])
    assert actors.get(name, ("",))[0] == "organization", actors


def test_a_body_possessing_another_is_not_read_as_one_name():
    text = "The Regional Assembly's Budget Committee met on Friday. The Regional Assembly voted.\n"
    mentions = [_m(text, "Regional Assembly", "ORG"), _m(text, "Budget Committee", "ORG")]
    mentions.append(_m(text, "Regional Assembly", "ORG", 1))
    actors = _actors(text, mentions)
    assert "Regional Assembly's Budget Committee" not in actors and "Regional Assembly" in actors


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Town councillor Dusan Vrana", "Dusan Vrana"),  # whose title it is, in front of it
        ("Harbour Board spokesman Ivo Kral", "Ivo Kral"),
        ("Lowmere Gup Pema Wangdi", "Pema Wangdi"),  # a place before a capitalised title
        ("Ann Marshal Lee", "Ann Marshal Lee"),  # a given name first: all her name
        ("Daraga del Norte", "Daraga del Norte"),  # "del" joins a place's name, no delegate
        ("Harbour Board", "Harbour Board"),
    ],
)
def test_words_before_a_title_are_whose_title_it_is(surface, expected):
    assert clean_surface(surface)[0] == expected


def test_a_name_after_a_business_noun_is_a_company_unless_a_given_name_opens_it():
    text = (
        "Mobile operator Kauri Moana restored text messages on Friday. "
        "Tour operator Ada Lindqvist said bookings had stopped.\n"
    )
    mentions = [_m(text, "Kauri Moana", "PERSON"), _m(text, "Ada Lindqvist", "PERSON")]
    actors = _actors(text, mentions)
    assert actors["Kauri Moana"][0] == "organization"
    assert actors["Ada Lindqvist"][0] == "person"


def test_a_name_alone_that_opens_a_local_institutions_name_is_its_town():
    text = (
        "Boats from Varuhandi joined the search. The Varuhandi Council sent eight boats, and "
        "Varuhandi Regional Hospital kept beds free.\n"
    )
    mentions = [
        _m(text, "Varuhandi", "PERSON"),
        _m(text, "Varuhandi Council", "ORG"),
        _m(text, "Varuhandi Regional Hospital", "ORG"),
    ]
    assert _actors(text, mentions).get("Varuhandi", ("",))[0] == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The bath is run by Tölgyespart Termál Nonprofit Kft., which lost money.\n",
            "Tölgyespart Termál Nonprofit Kft.",
        ),
        (
            "The lorry belonged to Transportes Virgen de Chaska S.A.C. and was insured.\n",
            "Transportes Virgen de Chaska S.A.C.",
        ),
    ],
)
def test_legal_forms_keep_their_dot_and_the_particles_inside_a_name(text, name):
    actors = _actors(text, [_m(text, name.split()[0], "PERSON")])
    assert actors.get(name, ("",))[0] == "organization", actors


@pytest.mark.parametrize("landform", ["valley", "river", "harbour", "ridge"])
def test_a_name_before_a_lower_case_landform_is_a_place_and_takes_it_as_alias(landform):
    text = (
        f"Floods cut the road in the Orvenne {landform} on Monday. Farmers in Orvenne said the "
        "water rose in an hour.\n"
    )
    actors = _actors(text, [_m(text, "Orvenne", "ORG"), _m(text, "Orvenne", "ORG", 1)])
    forms = {name: {name, *aliases} for name, (kind, aliases) in actors.items() if kind == "place"}
    assert any({"Orvenne", f"Orvenne {landform}"} <= names for names in forms.values()), actors


def test_the_word_that_opens_several_bodies_names_is_their_town():
    text = (
        "The Marenne People's Party won, Marenne Television said. Marenne celebrated all night.\n"
    )
    mentions = [
        _m(text, "Marenne", "PERSON", 2),
        _m(text, "Marenne People's Party", "ORG"),
        _m(text, "Marenne Television", "ORG"),
    ]
    assert _actors(text, mentions)["Marenne"][0] == "place"


def test_a_clubs_own_bodies_do_not_make_its_name_a_town():
    text = (
        "Harwell Rovers sold their striker. The Harwell Rovers Supporters' Trust objected, and "
        "Harwell said the fee was fair.\n"
    )
    mentions = [
        _m(text, "Harwell Rovers", "ORG"),
        _m(text, "Harwell Rovers Supporters' Trust", "ORG"),
        _m(text, "Harwell", "ORG", 2),
    ]
    assert _actors(text, mentions).get("Harwell", ("organization",))[0] != "place"


def test_what_only_an_organisation_has_makes_its_owner_one():
    text = (
        "This week on Quillhaven's podcast the editors argue about phones. Quillhaven said "
        "listeners had doubled.\n"
    )
    mentions = [_m(text, "Quillhaven", "PERSON"), _m(text, "Quillhaven", "PERSON", 1)]
    assert _actors(text, mentions)["Quillhaven"][0] == "organization"


def test_a_companys_family_of_names_does_not_make_its_brand_a_town():
    text = (
        "Harlowe Insurance Group grew again. Harlowe Corporation owns it, and Harlowe said "
        "premiums rose.\n"
    )
    mentions = [
        _m(text, "Harlowe Insurance Group", "ORG"),
        _m(text, "Harlowe Corporation", "ORG"),
        _m(text, "Harlowe", "ORG", 2),
    ]
    assert _actors(text, mentions).get("Harlowe", ("organization",))[0] != "place"


@pytest.mark.parametrize(
    "surface", ["Lakeland Health Insurance Report", "National Student Support Accelerator"]
)
def test_a_title_word_inside_a_bodys_name_is_not_cut(surface):
    assert clean_surface(surface)[0] == surface


def test_a_titles_abbreviation_is_no_actor():
    text = "The board, chaired by Amb. Teodor Vasiliu, approved the plan. Amb. Vasiliu spoke.\n"
    mentions = [_m(text, "Amb", "ORG"), _m(text, "Teodor Vasiliu", "PERSON")]
    actors = _actors(text, mentions)
    assert "Amb" not in actors and "Teodor Vasiliu" in actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "María José Olmedo-Reyes was driving home when the road gave way.\n",
            "María José Olmedo-Reyes",
        ),
        ("Substitute Jaden Okafor-Lund scored twice in six minutes.\n", "Jaden Okafor-Lund"),
    ],
)
def test_a_double_barrelled_name_with_accents_or_two_given_names_is_a_person(text, name):
    surname = name.split()[-1]
    actors = _actors(text, [_m(text, surname, "ORG")])
    assert actors.get(name, ("",))[0] == "person", actors


def test_a_name_opening_with_an_accented_capital_is_read_like_any_other():
    text = "Hotels in Écarnel are full this week, and the road to Écarnel is closed.\n"
    assert _actors(text, []).get("Écarnel", ("",))[0] == "place"


@pytest.mark.parametrize(
    "name", ["Centro de Estudios del Valle", "École Saint-Aubin", "Hôpital Sainte-Claire"]
)
def test_an_institution_named_in_another_language_is_an_organisation(name):
    text = f"Staff at {name} stayed late. {name} has 40 beds and a small laboratory.\n"
    mentions = [_m(text, name, "GPE"), _m(text, name, "GPE", 1)]
    assert _actors(text, mentions).get(name, ("",))[0] == "organization"


def test_a_companys_site_named_by_where_it_is_names_a_place():
    text = (
        "Tidewell Ferries ordered two ships from Halvorsund Shipyard. The company will also "
        "refit older vessels at its Halvorsund yard next year.\n"
    )
    mentions = [_m(text, "Tidewell Ferries", "ORG"), _m(text, "Halvorsund", "ORG", 1)]
    assert _actors(text, mentions).get("Halvorsund", ("",))[0] == "place"


def test_a_name_whose_general_election_it_is_is_a_place():
    text = "Polls closed in the evening across the country. Velorra's general election drew 70%.\n"
    assert _actors(text, [_m(text, "Velorra", "ORG")]).get("Velorra", ("",))[0] == "place"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her grandfather spoke only Velsk at home, and the radio was in Velsk too.\n", "Velsk"),
        ("The boys answered in the Tarran slang of the market, laughing.\n", "Tarran"),
        ("Signs in the square are in French, Orvish and Kelmaro, and nobody minds.\n", "Kelmaro"),
        ("She thanked the crowd in Kelmaro and then in Spanish.\n", "Kelmaro"),
        ("The Velsk-language paper has 900 readers in Dunmore.\n", "Velsk"),
    ],
)
def test_a_word_used_as_a_language_is_no_actor(text, word):
    mentions = [_m(text, word, "GPE")]
    assert word not in _actors(text, mentions)


def test_a_place_named_with_languages_nearby_stays_a_place():
    text = "She grew up in Dunmore and speaks French and Spanish at work.\n"
    assert _actors(text, [_m(text, "Dunmore", "GPE")]).get("Dunmore", ("",))[0] == "place"


def test_a_form_of_address_kept_before_the_given_name_is_no_part_of_the_name():
    text = (
        "Teacher Kavo Belumi Tarrant, who runs the night school, said the roof leaks. "
        "Kavo Belumi said the repairs would wait until spring.\n"
    )
    mentions = [_m(text, "Kavo Belumi Tarrant", "PERSON"), _m(text, "Kavo Belumi", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Belumi Tarrant", ("",))[0] == "person", actors
    assert "Kavo Belumi Tarrant" not in actors


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        (  # a clan name several people share: the first word is a given name
            "Dorje Lhamu Trelkar guides on the ridge with Pasang Nima Trelkar. "
            "Dorje Lhamu said the rope held.\n",
            ["Dorje Lhamu Trelkar", "Pasang Nima Trelkar", "Dorje Lhamu"],
            "Dorje Lhamu Trelkar",
        ),
        (  # NER's fragment of the full name, never a mention of its own
            "The prior, Velo Amrit Sanhu, waited. Velo Amrit Sanhu said the bells were old.\n",
            ["Velo Amrit Sanhu", "Velo Amrit"],
            "Velo Amrit Sanhu",
        ),
    ],
)
def test_a_short_form_keeping_the_first_word_alone_makes_no_honorific(text, spans, kept):
    mentions = [_m(text, s, "PERSON") for s in spans]
    if spans[-1] == "Velo Amrit":
        mentions = [_m(text, "Velo Amrit Sanhu", "PERSON"), _m(text, "Velo Amrit", "ORG", 1)]
    assert kept in _actors(text, mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Authority for Harbour Safety and Pilotage said on Monday the buoys had moved.\n",
            "Authority for Harbour Safety and Pilotage",
        ),
        (
            "The Brenna Alliance for Open Waters wrote to the minister in March.\n",
            "Brenna Alliance for Open Waters",
        ),
        (
            "A letter from the Commission for the Protection of Old Orchards was read out.\n",
            "Commission for the Protection of Old Orchards",
        ),
    ],
)
def test_a_body_named_with_what_it_is_for_is_one_organisation(text, name):
    pieces = name.split(" for ")[1].replace("the ", "")
    actors = _actors(text, [_m(text, pieces, "ORG")])
    assert actors.get(name, ("",))[0] == "organization", actors


def test_a_body_named_with_what_it_is_for_stops_before_a_person():
    text = "The Ministry of Harbours and Minister Odile Varga disagreed on Tuesday.\n"
    actors = _actors(text, [_m(text, "Odile Varga", "PERSON")])
    assert "Ministry of Harbours" in actors, actors
    assert actors["Odile Varga"][0] == "person"


def test_a_name_given_to_the_reporter_is_a_person_whatever_ner_reads_elsewhere():
    text = (
        "A porter who gave only his first name, Tavio, said the lifts had failed twice. "
        "Tavio said the stairs were worse.\n"
    )
    mentions = [_m(text, "Tavio", "GPE"), _m(text, "Tavio", "ORG", 1)]
    assert _actors(text, mentions)["Tavio"][0] == "person"


def test_a_given_name_read_as_a_place_before_the_rest_of_the_name_opens_it():
    text = (
        "The flag went up. Coxswain Iñigo Arrieta Zabala, known to all as Txo, spoke to the "
        'crowd.\n\n"We row," Arrieta said.\n'
    )
    mentions = [
        _m(text, "Iñigo", "GPE"),
        _m(text, "Arrieta Zabala", "PERSON"),
        _m(text, "Arrieta", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Iñigo Arrieta Zabala", ("",))[0] == "person", actors
    assert "Iñigo" not in actors


def test_a_title_may_stand_before_four_name_words():
    text = "Transport Minister Ana María Ríos Peña said the bridge would reopen.\n"
    actors = _actors(text, [_m(text, "Ana María", "PERSON")])
    assert "Ana María Ríos Peña" in actors, actors


def test_a_name_before_the_age_apposition_with_the_keeps_all_its_words():
    text = (
        "Iker Lasarte Goñi, the 22-year-old bow, fell asleep on the quay. "
        "Lasarte said he would row again.\n"
    )
    actors = _actors(text, [_m(text, "Lasarte", "PERSON", 1)])
    assert "Iker Lasarte Goñi" in actors, actors


def test_a_second_surname_alone_is_the_person_whose_only_surname_it_is():
    text = (
        "Iker Lasarte Goñi, the 22-year-old bow, slept on the quay. His mother, Edurne Goñi, "
        "brought him soup. Goñi said he had not eaten since dawn. Lasarte said nothing.\n"
    )
    mentions = [
        _m(text, "Iker Lasarte Goñi", "PERSON"),
        _m(text, "Edurne Goñi", "PERSON"),
        _m(text, "Goñi", "PERSON", 2),
        _m(text, "Lasarte", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert "Goñi" in actors["Edurne Goñi"][1]
    assert "Goñi" not in actors["Iker Lasarte Goñi"][1], actors


def test_an_office_named_by_whose_it_is_is_one_body():
    text = "A delegate of the Ombudsman's Office said the quay was closed.\n"
    actors = _actors(text, [_m(text, "the Ombudsman's Office", "ORG")])
    assert "Ombudsman's Office" in actors, actors


def test_a_surname_alone_is_the_person_who_bears_it_first_of_two():
    text = (
        "The two boys, Elvio Quispe Maraza, 17, and his cousin, were freed at dawn. His mother, "
        "Dora Maraza Chura, waited at the gate. Maraza told reporters she had not slept.\n"
    )
    mentions = [
        _m(text, "Elvio Quispe Maraza", "PERSON"),
        _m(text, "Dora Maraza Chura", "PERSON"),
        _m(text, "Maraza", "ORG", 2),
    ]
    actors = _actors(text, mentions)
    assert "Maraza" in actors["Dora Maraza Chura"][1], actors
    assert "Maraza" not in actors["Elvio Quispe Maraza"][1]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Kovač Vrtnarstvo d.o.o.", "Kovač Vrtnarstvo d.o.o."),
        ("Pescas Lafaek Lda", "Pescas Lafaek Lda"),
    ],
)
def test_a_company_keeps_its_legal_form(raw, name):
    text = f"The orchard belongs to {raw}, a family company, which denies the claim.\n"
    actors = _actors(text, [_m(text, raw.rsplit(" ", 1)[0], "ORG")])
    assert actors.get(name, ("",))[0] == "organization", actors


def test_a_place_before_a_nationality_adjective_is_no_language_list():
    text = "A singer was attacked outside her home in Dravno, western Velmark, Velmarkish radio said.\n"
    mentions = [_m(text, "Dravno", "GPE"), _m(text, "Velmark", "GPE")]
    assert _actors(text, mentions).get("Velmark", ("",))[0] == "place"


def test_a_name_opening_with_a_click_letter_is_read_like_any_other():
    text = "The ǃHoaxa Traditional Authority asked for the renaming in 2023, its secretary said.\n"
    actors = {a.name: a.kind for a in analyse(text).actors}
    assert actors.get("ǃHoaxa Traditional Authority") == "organization", actors


def test_a_german_street_word_after_a_name_makes_a_street():
    text = "The bakery on Lindenau Strasse has closed after ninety years.\n"
    actors = _actors(text, [_m(text, "Lindenau Strasse", "PERSON")])
    assert actors.get("Lindenau Strasse", ("",))[0] == "place", actors


def test_an_age_after_a_name_at_the_end_of_a_sentence_marks_a_person():
    text = "The choir's oldest member is Maela Kerdoncuff, 91. The choir meets on Sundays.\n"
    actors = _actors(text, [_m(text, "Maela Kerdoncuff", "GPE")])
    assert actors.get("Maela Kerdoncuff", ("",))[0] == "person", actors


def test_a_word_after_a_title_is_a_given_name_even_when_used_in_lower_case():
    text = (
        "The new road was welcomed by Mr. Hope Banda, President of the Growers' Union. "
        "Banda said there was hope at last.\n"
    )
    mentions = [_m(text, "Hope Banda", "PERSON"), _m(text, "Banda", "PERSON", 1)]
    assert "Hope Banda" in _actors(text, mentions), _actors(text, mentions)


def test_a_role_phrase_ending_in_a_title_is_no_actor():
    text = "“We grew,” said Exchange Board Chairperson Dr. Ada Mwale.\n"
    mentions = [
        _m(text, "Exchange Board Chairperson Dr", "ORG"),
        _m(text, "Ada Mwale", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert "Exchange Board Chairperson Dr" not in actors and "Ada Mwale" in actors, actors


def test_a_title_after_the_comma_belongs_to_the_next_name_not_to_the_place_before():
    text = (
        "The commander of the border post in Velmo, Captain Odile Tarrant, said the road was "
        "open.\n"
    )
    mentions = [_m(text, "Velmo", "ORG"), _m(text, "Odile Tarrant", "PERSON")]
    assert _actors(text, mentions)["Velmo"][0] == "place"


def test_where_a_person_of_a_given_age_comes_from_is_a_place():
    text = (
        "Among those waiting was Mr. Tomas Ilve, 51, from Karuvesi, who drove through the night.\n"
    )
    mentions = [_m(text, "Tomas Ilve", "PERSON"), _m(text, "Karuvesi", "PERSON")]
    assert _actors(text, mentions)["Karuvesi"][0] == "place"


def test_a_city_or_country_the_gazetteer_knows_is_a_place_not_a_person_or_company():
    text = (
        "The start-up raised money from a Rotterdam fund last year. Its servers are in "
        "Singapore, and Botswana is its first market.\n"
    )
    mentions = [
        _m(text, "Rotterdam", "PERSON"),
        _m(text, "Singapore", "GPE"),
        _m(text, "Botswana", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert actors["Rotterdam"][0] == "place" and actors["Botswana"][0] == "place", actors


def test_a_province_an_accented_capital_and_a_country_after_the_are_places_the_gazetteer_knows():
    text = (
        "The co-operative ships its oysters from Zeeland, in the Netherlands, to Nouméa and "
        "Mata-Utu every month.\n"
    )
    mentions = [
        _m(text, "Zeeland", "ORG"),
        _m(text, "Netherlands", "ORG"),
        _m(text, "Nouméa", "PERSON"),
        _m(text, "Mata-Utu", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert all(actors[n][0] == "place" for n in ("Zeeland", "Netherlands", "Nouméa", "Mata-Utu")), (
        actors
    )


def test_a_peoples_word_or_a_saints_name_is_no_province_of_the_gazetteer():
    text = "The Somali traders met at St Mary's Anglican Church on Sunday.\n"
    mentions = [
        _m(text, "Somali", "NORP"),
        _m(text, "St Mary's Anglican Church", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert "Somali" not in actors and actors["St Mary's Anglican Church"][0] == "organization", (
        actors
    )


def test_a_titled_surname_takes_the_given_name_before_it_that_a_quote_read_as_a_body():
    text = (
        "Mavis Treadwell kept the hall. At the wake Brother Orville Treadwell read the psalm. "
        "\"She told me, 'Keep it short, Orville,'\" Brother Treadwell said.\n"
    )
    mentions = [
        _m(text, "Mavis Treadwell", "PERSON"),
        _m(text, "Treadwell", "PERSON", 1),
        _m(text, "Orville", "ORG", 1),
        _m(text, "Treadwell", "PERSON", 2),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Orville Treadwell", ("",))[0] == "person", actors


def test_a_name_after_a_chief_and_a_comma_is_a_person():
    text = (
        "The boys may not play in the final. The district chief, Prawit Chaiyaporn, said his "
        "office would ask the capital for a permit.\n"
    )
    mentions = [_m(text, "Prawit Chaiyaporn", "ORG")]
    actors = _actors(text, mentions)
    assert actors["Prawit Chaiyaporn"][0] == "person", actors


def test_a_surname_led_by_two_particles_takes_the_given_name_before_it():
    text = (
        "Lieke van der Brugge, project leader at the water board, said the dike would hold. "
        '"We will see in winter," Van der Brugge said.\n'
    )
    mentions = [
        _m(text, "van der Brugge", "PERSON"),
        _m(text, "Van der Brugge", "WORK_OF_ART"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Lieke van der Brugge", ("",))[0] == "person", actors


def test_a_role_after_a_speech_verb_is_no_apposition_of_the_body_before_it():
    text = (
        "Anna Smit, project leader at Dammenbureau, said the pilot would answer the questions "
        "the models could not.\n"
    )
    mentions = [_m(text, "Anna Smit", "PERSON"), _m(text, "Dammenbureau", "ORG")]
    actors = _actors(text, mentions)
    assert actors["Dammenbureau"][0] == "organization", actors


@pytest.mark.parametrize("link", ["ole", "arap"])
def test_a_son_of_link_joins_a_given_name_to_the_fathers_name(link):
    text = (
        f"Sironka {link} Mpaayei, the elder who brought the case, raised his stick. "
        f'"We waited two years," {link.capitalize()} Mpaayei said.\n'
    )
    mentions = [
        _m(text, f"Sironka {link} Mpaayei", "ORG"),
        _m(text, f"{link.capitalize()} Mpaayei", "ORG"),
    ]
    actors = _actors(text, mentions)
    name = f"Sironka {link} Mpaayei"
    assert actors.get(name, ("",))[0] == "person", actors
    assert f"{link.capitalize()} Mpaayei" in actors[name][1], actors


def test_a_given_name_and_the_fathers_full_name_after_bint_are_one_person():
    text = (
        "Traders said prices had fallen. Maryam bint Saeed al-Kathiri, who sells resin by the "
        'kilo, said the cheap grades came by road. "Nobody asks," she said.\n'
    )
    mentions = [_m(text, "Maryam", "PERSON"), _m(text, "Saeed al-Kathiri", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Maryam bint Saeed al-Kathiri", ("",))[0] == "person", actors
    assert "Saeed al-Kathiri" not in actors, actors


def test_a_spaced_dash_splits_a_datelines_country_from_the_first_name():
    text = (
        "VEERHAVEN, the Netherlands - Marsk Oyster B.V., the harbour's shellfish company, today "
        "announced a reef pilot.\n"
    )
    mentions = [_m(text, "the Netherlands - Marsk Oyster B.V.", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("Netherlands", ("",))[0] == "place", actors
    assert actors.get("Marsk Oyster B.V.", ("",))[0] == "organization", actors


def test_a_name_before_a_lower_case_division_or_settlement_word_is_a_place():
    text = (
        "The only ambulance serving Wadla Meret district broke down in May. A nurse from "
        "Kasonde village walked the patients to the road.\n"
    )
    mentions = [_m(text, "Wadla Meret", "PERSON"), _m(text, "Kasonde", "ORG")]
    kinds = {a: k for a, (k, _al) in _actors(text, mentions).items()}
    assert kinds.get("Wadla Meret district") == "place", kinds
    assert kinds.get("Kasonde village", kinds.get("Kasonde")) == "place", kinds


def test_a_peoples_word_before_village_of_or_after_a_is_no_place():
    text = (
        "Hail fell on the Tuvrik village of Yeni Kasap on Monday, and on a Morvan valley "
        "further north.\n"
    )
    mentions = [_m(text, "Tuvrik", "ORG"), _m(text, "Morvan", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Tuvrik", ("",))[0] != "place" and "Morvan valley" not in actors, actors


@pytest.mark.parametrize("noun", ["council", "community", "island", "mouth", "slopes"])
def test_a_name_after_a_places_own_council_or_community_of_is_a_place(noun):
    text = f"Last month the {noun} of Varrondo turned down the new quay.\n"
    actors = _actors(text, [_m(text, "Varrondo", "PERSON")])
    assert actors.get("Varrondo", ("",))[0] == "place", actors


def test_where_someone_introduced_by_their_trade_comes_from_is_a_place():
    text = "A welder from Lewisvaag had offered to fix the hull for nothing.\n"
    actors = _actors(text, [_m(text, "Lewisvaag", "ORG")])
    assert actors.get("Lewisvaag", ("",))[0] == "place", actors


def test_a_lone_common_word_after_a_spaced_dash_is_no_name():
    text = "Our picks: Skyvault - Best for families, and Nordshield - Best overall.\n"
    mentions = [_m(text, "Skyvault - Best", "ORG"), _m(text, "Nordshield - Best", "ORG")]
    actors = _actors(text, mentions)
    assert "Best" not in actors and actors.get("Skyvault", ("",))[0] == "organization", actors


@pytest.mark.parametrize("name", ["Southern", "Western", "Midlands", "Central", "Meta"])
def test_a_division_named_by_compass_words_or_a_companys_name_is_not_in_the_gazetteer(name):
    assert name not in known_places()


def test_a_trades_market_after_a_modifier_is_no_place():
    text = "Analysts expect the global Quantumly market to double by 2030.\n"
    actors = _actors(text, [_m(text, "Quantumly", "ORG")])
    assert actors.get("Quantumly", ("",))[0] != "place" and "Quantumly market" not in actors, actors


def test_a_country_before_region_keeps_its_own_name():
    text = "She built the security trade across the southeastern United States region.\n"
    actors = _actors(text, [_m(text, "United States", "GPE")])
    assert actors.get("United States", ("",))[0] == "place", actors
    assert "United States region" not in actors, actors


def test_a_glued_particle_capitalised_at_a_sentence_start_is_the_same_surname():
    text = (
        "Sheikh Hamad bin Saeed al-Rawahi, who holds the old permits, said the trees were "
        "tired. Al-Rawahi said the ministry had not asked the families.\n"
    )
    mentions = [_m(text, "Hamad bin Saeed al-Rawahi", "PERSON"), _m(text, "Al-Rawahi", "ORG")]
    actors = _actors(text, mentions)
    assert "Al-Rawahi" in actors["Hamad bin Saeed al-Rawahi"][1], actors
    assert "Al-Rawahi" not in actors, actors


def test_a_sentence_opening_in_a_name_and_a_comma_opens_where_it_happens():
    text = "The boys went home.\n\nIn Ban Khlong Phai, villagers keep the shirts in a cupboard.\n"
    actors = _actors(text, [_m(text, "Ban Khlong Phai", "PERSON")])
    assert actors.get("Ban Khlong Phai", ("",))[0] == "place", actors


def test_a_sentence_opening_in_a_survey_or_a_body_is_no_place():
    text = (
        "The results came in May.\n\nIn the Healthy Cider Drinkers Survey, most said they "
        "drank less. In Brightpath Coding Bootcamp, you learn by building.\n"
    )
    mentions = [
        _m(text, "the Healthy Cider Drinkers Survey", "WORK_OF_ART"),
        _m(text, "Brightpath Coding Bootcamp", "ORG"),
    ]
    kinds = {a: k for a, (k, _al) in _actors(text, mentions).items()}
    assert "place" not in (
        kinds.get("Healthy Cider Drinkers Survey"),
        kinds.get("Brightpath Coding Bootcamp"),
    ), kinds


def test_a_name_in_apposition_to_a_landform_is_a_place_but_not_to_a_trade():
    text = (
        "The reef will be laid on the Zandeplaat, a tidal flat in the estuary. Joost Meijer, "
        "a mountain guide, said he would watch the birds.\n"
    )
    mentions = [_m(text, "Zandeplaat", "ORG"), _m(text, "Joost Meijer", "PERSON")]
    actors = _actors(text, mentions)
    assert actors["Zandeplaat"][0] == "place" and actors["Joost Meijer"][0] == "person", actors


def test_a_gazetteer_name_the_page_makes_someone_stays_a_person():
    text = "Florence Adeyemi runs the clinic. Florence said the queue was shorter this year.\n"
    mentions = [_m(text, "Florence Adeyemi", "PERSON"), _m(text, "Florence", "PERSON", 1)]
    actors = _actors(text, mentions)
    assert actors["Florence Adeyemi"][0] == "person" and "Florence" not in actors, actors


def test_a_name_after_a_title_and_its_portfolio_is_a_person_ner_missed():
    text = (
        "Deputy Minister of Water and Forests Oskar Valbren, who flew in on Monday, said the "
        "dam would hold. Valbren said so twice.\n"
    )
    actors = _actors(text, [])
    assert actors.get("Oskar Valbren", ("",))[0] == "person", actors


def test_a_generational_suffix_after_a_shared_surname_names_the_one_whose_name_ends_in_it():
    text = (
        "Ramón Ibarra, 64, installed the panels. His son, Ramón Ibarra Jr., 29, drove up with a "
        'laptop. "I only typed a password," Ibarra Jr. said.\n'
    )
    mentions = [
        _m(text, "Ramón Ibarra", "PERSON"),
        _m(text, "Ramón Ibarra Jr.", "PERSON"),
        _m(text, "Ibarra", "PERSON", 2),
    ]
    actors, occurrences = build_actors(text, mentions)
    last = max(occurrences, key=lambda o: o.start)
    assert actors[last.actor].name == "Ramón Ibarra Jr.", (actors, occurrences)


def test_who_after_the_many_of_a_place_is_about_the_many_not_the_place():
    text = (
        "The hall belongs to the children of Tessaluk, who have never seen a film there. "
        "Her mother grew up in Tessaluk.\n"
    )
    mentions = [_m(text, "Tessaluk", "PERSON"), _m(text, "Tessaluk", "ORG", 1)]
    assert _actors(text, mentions)["Tessaluk"][0] == "place", _actors(text, mentions)


def test_a_word_read_as_a_place_only_ever_written_before_a_name_opens_it():
    text = (
        "For forty years Ghjuvan Santu Arrighi has pressed olives. Ghjuvan Santu is the man "
        "who keeps the press; the tax office knows another name.\n"
    )
    mentions = [
        _m(text, "Ghjuvan", "GPE"),
        _m(text, "Santu Arrighi", "PERSON"),
        _m(text, "Ghjuvan Santu", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert "Ghjuvan Santu Arrighi" in actors and "Santu Arrighi" not in actors, actors


def test_a_first_word_also_used_as_a_common_noun_is_a_title():
    text = (
        "The Kapitein of Lawa Tapu has closed the landing. Kapitein Rudi Doekoe said on Monday "
        "that the boats would wait. Doekoe told the station the river was low.\n"
    )
    mentions = [_m(text, "Kapitein Rudi Doekoe", "PERSON"), _m(text, "Doekoe", "PERSON", 1)]
    actors = _actors(text, mentions)
    assert "Rudi Doekoe" in actors and "Kapitein Rudi Doekoe" not in actors, actors


def test_a_first_word_kept_before_the_surname_alone_is_a_title():
    text = (
        "Mma Boitumelo Kgari, a trader at the market, lost her stall. Mma Kgari said the "
        "fire started at night.\n"
    )
    mentions = [_m(text, "Mma Boitumelo Kgari", "PERSON"), _m(text, "Mma Kgari", "PERSON")]
    actors = _actors(text, mentions)
    assert "Boitumelo Kgari" in actors, actors


def test_a_station_before_its_reporter_is_no_given_name():
    text = "Asked by WXBT-TV's Dana Whitfield whether the deal was naive, she said no.\n"
    mentions = [_m(text, "WXBT-TV's", "ORG"), _m(text, "Dana Whitfield", "PERSON")]
    actors = _actors(text, mentions)
    assert "WXBT-TV" in actors and "Dana Whitfield" in actors, actors


def test_the_name_after_a_ruler_and_of_is_the_seat_a_place():
    text = "Chief Tomasi Veleko of Vuna Lalo addressed the crowd. He asked for calm.\n"
    mentions = [_m(text, "Tomasi Veleko", "PERSON"), _m(text, "Vuna Lalo", "PERSON")]
    assert _actors(text, mentions)["Vuna Lalo"][0] == "place", _actors(text, mentions)


def test_a_country_ner_labels_as_a_nationality_is_a_place():
    text = "Teenagers in the high valleys of eastern Tajikistan now text in their own language.\n"
    mentions = [_m(text, "Tajikistan", "NORP")]
    assert _actors(text, mentions).get("Tajikistan", ("",))[0] == "place", _actors(text, mentions)


def test_surname_particles_ner_cut_off_stay_with_the_name():
    text = (
        "Partner Joost van der Wielen said the fund was calm. Van der Wielen said it would wait.\n"
    )
    mentions = [
        _m(text, "Joost van der", "PERSON"),
        _m(text, "Wielen", "PERSON"),
        _m(text, "Wielen", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert "Joost van der Wielen" in actors and "Wielen" not in actors, actors


def test_a_nation_word_before_a_peoples_plural_is_a_community_not_an_actor():
    text = "The mill stands in the village that Turkish Cypriots call by another name.\n"
    mentions = [_m(text, "Turkish Cypriots", "ORG")]
    assert "Turkish Cypriots" not in _actors(text, mentions)


def test_a_neighbourhood_word_opens_a_place_even_when_used_in_lower_case():
    text = (
        "The 83 homes of Barrio Loma Verde lost power. He grew up in the barrio and came back "
        "with a laptop.\n"
    )
    mentions = [_m(text, "Barrio Loma Verde", "PERSON")]
    assert _actors(text, mentions).get("Barrio Loma Verde", ("",))[0] == "place", _actors(
        text, mentions
    )


def test_where_a_route_goes_and_what_lies_above_a_place_are_places():
    text = (
        "Passengers haggled over the fare to Kwata Loto. In the villages above Marisanti the "
        "river is low.\n"
    )
    mentions = [_m(text, "Kwata Loto", "ORG"), _m(text, "Marisanti", "ORG")]
    actors = _actors(text, mentions)
    assert actors["Kwata Loto"][0] == "place" and actors["Marisanti"][0] == "place", actors


def test_a_village_head_of_a_name_makes_it_a_place():
    text = "Kabiten Rudi Doekoe, the village head of Pikin Lobi, said the team came late.\n"
    mentions = [_m(text, "Rudi Doekoe", "PERSON"), _m(text, "Pikin Lobi", "PERSON")]
    assert _actors(text, mentions)["Pikin Lobi"][0] == "place", _actors(text, mentions)


def test_a_name_in_apposition_to_a_relative_is_a_person():
    text = "His younger brother, Lucca, gave up fishing last year and now drives a taxi.\n"
    mentions = [_m(text, "Lucca", "GPE")]
    assert _actors(text, mentions).get("Lucca", ("",))[0] == "person", _actors(text, mentions)


def test_an_organisation_word_ending_a_hyphenated_name_makes_it_a_body():
    text = "An official in the Self-Government, who asked not to be named, said the ice was thin.\n"
    mentions = [_m(text, "the Self-Government", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("Self-Government", ("",))[0] == "organization", actors


def test_a_unit_named_only_beside_a_job_title_is_part_of_the_title():
    text = (
        "Media contact: Dana Oyelowo, Head of Corporate Affairs, Brightwater Holdings plc. "
        "Kofi Mensah, Corporate Affairs Manager, said the plant would open in May.\n"
    )
    mentions = [_m(text, "Corporate Affairs", "ORG"), _m(text, "Corporate Affairs", "ORG", 1)]
    assert "Corporate Affairs" not in _actors(text, mentions), _actors(text, mentions)


@pytest.mark.parametrize("word", ["I'm", "We’re", "Mijo", "Beta"])
def test_a_pronoun_with_its_verb_or_a_parents_word_for_a_child_is_no_actor(word):
    assert is_junk(word)


def test_a_name_with_an_apostrophe_is_still_a_name():
    assert not is_junk("O'Neill")


@pytest.mark.parametrize("surface", ["God", "Thank God", "Allah"])
def test_god_as_people_invoke_him_is_no_actor(surface):
    assert is_junk(surface)


def test_a_common_noun_opening_a_sentence_is_no_actor():
    text = (
        "The prefecture said it would stop covering the losses. Ridership has fallen from "
        "2,400 passengers a day to 900, the operator said.\n"
    )
    assert "Ridership" not in [a.name for a in analyse(text).actors]


def test_a_title_ner_split_off_before_a_name_is_no_actor():
    text = (
        "Police spokesman Divisional Inspector Fritz Alcindor said the seven were safe. Chief "
        "Park Warden Innocent Mugabo said poaching had stopped.\n"
    )
    mentions = [
        _m(text, "Divisional Inspector", "PERSON"),
        _m(text, "Fritz Alcindor", "PERSON"),
        _m(text, "Park Warden", "PERSON"),
        _m(text, "Innocent Mugabo", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert "Divisional Inspector" not in actors and "Park Warden" not in actors, actors


def test_a_name_goes_on_over_en_and_e_and_the_words_after_them():
    text = (
        "The environmental prosecutor's office, the Fiscalía Especializada en Materia Forestal "
        "(FEMF), opened a case. The feud began on the slopes of Maja e Bardhë in 1998.\n"
    )
    mentions = [
        _m(text, "the Fiscalía Especializada", "ORG"),
        _m(text, "Materia Forestal", "GPE"),
        _m(text, "Maja", "GPE"),
    ]
    actors = _actors(text, mentions)
    assert actors["Fiscalía Especializada en Materia Forestal"] == ("organization", ["FEMF"])
    assert "Maja e Bardhë" in actors, actors


def test_a_peoples_word_is_no_actor_whatever_ner_read():
    text = (
        "Nearly half of the Norvelish in Ostrava Bay send money home; Norvelish families "
        "there live on it. The fishermen of the Kaluri village of Tembe Point sell to Norvelish "
        "traders. Ostrava Bay lies south of Ostravia, and Ostravians abroad call it home.\n"
    )
    mentions = [
        _m(text, "Norvelish", "NORP"),
        _m(text, "Norvelish", "NORP", 1),
        _m(text, "Norvelish", "GPE", 2),
        _m(text, "Kaluri", "LOC"),
        _m(text, "Tembe Point", "GPE"),
        _m(text, "Ostrava Bay", "GPE"),
        _m(text, "Ostravia", "GPE"),
        _m(text, "Ostravians", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert "Norvelish" not in actors and "Kaluri" not in actors, actors
    assert "Ostravians" not in actors, actors
    assert actors["Tembe Point"][0] == "place" and actors["Ostravia"][0] == "place", actors


def test_a_company_keeps_its_legal_form_after_a_comma_or_a_joined_name():
    text = (
        "The app is run by Halvara Pay, S.A., which said the error was fixed. Halvara Pay "
        "apologised. The roads were cleared by Ferrand Poulin et Fils inc., a family firm. "
        "Pickers gathered outside Velika Aroma EOOD before dawn, and Trasporti Valmora Sagl "
        "packed the parcels.\n"
    )
    mentions = [
        _m(text, "Halvara Pay", "PERSON"),
        _m(text, "Halvara Pay", "PERSON", 1),
        _m(text, "Ferrand Poulin", "PERSON"),
        _m(text, "Velika Aroma EOOD", "PERSON"),
        _m(text, "Valmora Sagl", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert actors["Halvara Pay, S.A."][0] == "organization", actors
    assert "Halvara Pay" in actors["Halvara Pay, S.A."][1], actors
    assert actors["Ferrand Poulin et Fils inc."][0] == "organization", actors
    assert actors["Velika Aroma EOOD"][0] == "organization", actors
    assert actors["Trasporti Valmora Sagl"][0] == "organization", actors


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("His Royal Highness Fon Atanga Nfor II", "Fon Atanga Nfor II"),
        ("His Excellency Ambassador Rui Tavora", "Rui Tavora"),
        ("Reverend Elder Tavita Lemalu", "Tavita Lemalu"),
    ],
)
def test_a_style_of_address_is_no_part_of_the_name(phrase, name):
    """NER's mention starts at the style's last word ("Highness Fon …", "Elder Tavita …")."""
    text = f"The ceremony was attended by {phrase}, who thanked the crowd.\n"
    actors = _actors(text, [_m(text, " ".join(phrase.split()[-4:]), "PERSON")])
    assert name in actors or any(name in aliases for _, aliases in actors.values()), actors
    assert not any("Highness" in k or "Excellency" in k or "Elder" in k for k in actors), actors


def test_the_first_two_words_of_a_longer_name_are_that_person():
    text = (
        "The palace notable, Shey Wirba Nkwain, read the message. Shey Wirba said the return "
        "had been discussed for years.\n"
    )
    actors = _actors(text, [_m(text, "Shey Wirba Nkwain", "PERSON")])
    assert "Shey Wirba" in actors["Shey Wirba Nkwain"][1], actors


def test_a_place_where_a_language_is_spoken_is_no_language():
    text = "Pupils greet teachers in Russian, as is the custom in Russian-speaking Kavaria.\n"
    actors = _actors(text, [_m(text, "Kavaria", "GPE")])
    assert actors.get("Kavaria", ("",))[0] == "place", actors


def test_a_bodys_name_runs_up_to_its_acronym_and_keeps_its_head_word():
    text = (
        "The Union of Tea Growers in the Highlands (STGH) said in a statement that the "
        "harvest was down by a third.\n"
    )
    mentions = [_m(text, "The Union of Tea Growers", "ORG"), _m(text, "Highlands", "LOC")]
    actors = _actors(text, mentions)
    assert actors["Union of Tea Growers in the Highlands"][0] == "organization", actors
    assert "Highlands" not in actors, actors


def test_a_dateline_in_accented_capitals_is_one_place_and_its_agency():
    text = (
        "DOLNI ŠUMAVÁŘ, Kavaria, July 8 (KPA) - A rocket fell through the roof of a school in "
        "Dolni Šumavář on Monday, the mayor said.\n"
    )
    mentions = [_m(text, "DOLNI", "GPE"), _m(text, "Kavaria", "GPE")]
    actors = _actors(text, mentions)
    assert actors["Dolni Šumavář"][0] == "place", actors
    assert actors["KPA"][0] == "organization", actors
    assert "DOLNI" not in actors and "Dolni" not in actors, actors


def test_mr_or_ms_before_a_shared_surname_picks_the_person_of_that_gender():
    text = (
        "Taulapapa Ioane Leavasa refused to pay.\nHis eldest daughter, Losa Leavasa, moved "
        "away.\n“It was hard,” Ms Leavasa said.\n"
    )
    mentions = [
        _m(text, "Taulapapa Ioane Leavasa", "PERSON"),
        _m(text, "Losa Leavasa", "PERSON"),
        _m(text, "Leavasa", "PERSON", 2),
    ]
    _actors_list, occurrences = build_actors(text, mentions)
    at = text.index("Ms Leavasa") + 3
    owner = next(o for o in occurrences if o.start == at)
    assert _actors_list[owner.actor].name == "Losa Leavasa", _actors_list


def test_a_member_after_her_body_and_a_comma_is_a_person_without_her_letters():
    text = (
        "The constituency's member of the House of Tiers, Daniel Quayle MHK, walked with the "
        "fishermen. Mr Quayle said the fees were unfair.\n"
    )
    actors = _actors(text, [_m(text, "the House of Tiers, Daniel Quayle MHK", "ORG")])
    assert actors["House of Tiers"][0] == "organization", actors
    assert actors["Daniel Quayle"][0] == "person", actors


def test_the_name_someone_is_known_by_is_theirs():
    text = (
        "Yelena Tavir, a mother of two who is known to neighbours as Tanti Mira, heard the bang. "
        "Ilsa Marrow, who chairs the Weavers' Cooperative and is known in the town as Ilsa "
        "hanım, said the patterns were stolen.\n"
    )
    mentions = [
        _m(text, "Yelena Tavir", "PERSON"),
        _m(text, "Tanti Mira", "PERSON"),
        _m(text, "Ilsa Marrow", "PERSON"),
        _m(text, "the Weavers' Cooperative", "ORG"),
        _m(text, "Ilsa hanım", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert "Mira" in actors["Yelena Tavir"][1] and "Mira" not in actors, actors
    assert "Ilsa" not in actors and "Ilsa hanım" not in actors, actors
    assert not actors["Weavers' Cooperative"][1], actors


def test_a_word_that_only_ever_qualifies_a_common_noun_is_a_thing():
    text = (
        "Since the cut, families use the Zelnet calls from the school. The Zelnet calls, they say, "
        "drop every few minutes, and the EPA rules on masts do not help. The EPA rules were written in 2009.\n"
    )
    mentions = [
        _m(text, "Zelnet", "ORG"),
        _m(text, "Zelnet", "ORG", 1),
        _m(text, "EPA", "ORG"),
        _m(text, "EPA", "ORG", 1),
    ]
    actors = _actors(text, mentions)
    assert "Zelnet" not in actors and actors["EPA"][0] == "organization", actors


def test_a_patronymic_marker_ends_the_name():
    text = (
        "Herder Talant Osmon uulu heard the siren first. His niece, Aigul Temir kyzy, called "
        "the school.\n"
    )
    mentions = [_m(text, "Talant Osmon", "PERSON"), _m(text, "Aigul Temir", "PERSON")]
    actors = _actors(text, mentions)
    assert "Talant Osmon uulu" in actors and "Aigul Temir kyzy" in actors, actors


def test_a_settlement_is_a_place():
    text = "Sellers from the Tashi Norbu Settlement in the hills come down every winter.\n"
    actors = _actors(text, [_m(text, "the Tashi Norbu Settlement", "ORG")])
    assert actors["Tashi Norbu Settlement"][0] == "place", actors


def test_a_company_named_without_its_legal_form_later_is_still_the_company():
    text = (
        "The lot was cleared by Pacific Ridge Builders JV in January. Pacific Ridge Builders said "
        "in a statement that it had acted in good faith.\n"
    )
    _list, occurrences = build_actors(text, [_m(text, "Pacific Ridge Builders JV", "ORG")])
    names = {_list[o.actor].name for o in occurrences}
    assert len(occurrences) == 2 and len(names) == 1, (occurrences, _list)


def test_a_city_or_municipality_named_for_its_place_is_its_local_government():
    text = (
        "The City of Harnmouth said the ploughs would run at night. The Municipality of "
        "Vell-sur-Mer closed its ferry office, and the Ostvik Municipality agreed. Visitors "
        "queued outside City Hall.\n"
    )
    mentions = [
        _m(text, "The City of Harnmouth", "GPE"),
        _m(text, "The Municipality of Vell-sur-Mer", "GPE"),
        _m(text, "the Ostvik Municipality", "GPE"),
        _m(text, "City Hall", "FAC"),
    ]
    actors = _actors(text, mentions)
    assert actors["City of Harnmouth"][0] == "organization", actors
    assert actors["Municipality of Vell-sur-Mer"][0] == "organization", actors
    assert actors["Ostvik Municipality"][0] == "organization", actors
    assert actors["City Hall"][0] == "place", actors


def test_a_catalan_double_surname_joined_by_i_is_one_name():
    text = "The mayor, Montserrat Vallès i Puig, opened the hall. Vallès i Puig said it was late.\n"
    mentions = [
        _m(text, "Montserrat Vallès i Puig", "PERSON"),
        _m(text, "Vallès i Puig", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Montserrat Vallès i Puig", ("",))[0] == "person", actors
    assert "Montserrat Vallès" not in actors, actors


def test_a_name_read_as_a_place_that_speaks_is_an_organisation():
    text = (
        "Riders sued Pellacart on Tuesday. Pellacart, which says it works with 9,000 couriers, "
        "denied wrongdoing. The National Fund for Orrenby said it would not comment.\n"
    )
    mentions = [
        _m(text, "Pellacart", "GPE"),
        _m(text, "National Fund for Orrenby", "ORG"),
        _m(text, "Orrenby", "GPE"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Pellacart", ("",))[0] == "organization", actors
    # a place named at the end of a body's name does not speak for itself
    assert actors.get("Orrenby", ("place",))[0] == "place", actors


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Palm Sunday", "GPE"),
        ("Easter", "GPE"),
        ("Carnival", "ORG"),
        ("Cyclone Amarra", "PERSON"),
        ("Tropical Storm Lino", "PERSON"),
    ],
)
def test_a_feast_or_a_storm_is_no_actor(name, label):
    text = f"The road stays shut through {name}, the council said in Tarrow.\n"
    actors = _actors(text, [_m(text, name, label), _m(text, "Tarrow", "GPE")])
    assert name not in actors and name.split()[-1] not in actors, actors


def test_a_kin_word_of_respect_titles_a_person():
    text = "Her neighbour, known to all as Tonton Ti-Paul, was calm. Tonton Ti-Paul shrugged.\n"
    actors = _actors(
        text, [_m(text, "Tonton Ti-Paul", "ORG"), _m(text, "Tonton Ti-Paul", "ORG", 1)]
    )
    assert actors.get("Ti-Paul", ("",))[0] == "person", actors


def test_french_and_italian_connectors_stay_inside_a_name():
    text = (
        "The fishermen's association Voix des Marins du Nord asked for boats. So did the "
        "Cantine Unite delle Valli.\n"
    )
    mentions = [
        _m(text, "Voix des Marins du Nord", "ORG"),
        _m(text, "Cantine Unite delle Valli", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert "Voix des Marins du Nord" in actors and "Voix" not in actors, actors
    assert "Cantine Unite delle Valli" in actors, actors


@pytest.mark.parametrize(
    "name", ["Solarkooperativ Vennhaff", "Eisclub Haldermeer", "Heimatverein Lorsbach"]
)
def test_a_compound_ending_in_a_body_word_names_an_organisation(name):
    text = f"Members of {name} met on Friday. {name} will vote in May.\n"
    actors = _actors(text, [_m(text, name, "PERSON"), _m(text, name, "PERSON", 1)])
    assert actors.get(name, ("",))[0] == "organization", actors


@pytest.mark.parametrize(
    "name", ["Avenida Corrales", "Ciudad Alta", "Villa Tresol", "Piazza Orlandi"]
)
def test_a_street_or_town_word_of_a_romance_language_opens_a_place(name):
    text = f"Thousands walked down {name} on Saturday. {name} was closed to cars.\n"
    actors = _actors(text, [_m(text, name, "PERSON"), _m(text, name, "PERSON", 1)])
    assert actors.get(name, ("",))[0] == "place", actors


def test_a_place_then_its_government_in_lower_case_is_an_organisation():
    text = (
        "The Sarvelo municipal government said on Friday that the square would reopen. "
        "Residents of Sarvelo were relieved, and the Alta Mira de Soto town council agreed.\n"
    )
    mentions = [
        _m(text, "Sarvelo", "GPE"),
        _m(text, "Sarvelo", "GPE", 1),
        _m(text, "Alta Mira de Soto", "GPE"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Sarvelo municipal government", ("",))[0] == "organization", actors
    assert actors.get("Alta Mira de Soto town council", ("",))[0] == "organization", actors
    assert actors.get("Sarvelo", ("",))[0] == "place", actors


def test_a_name_in_capitals_gives_way_to_its_written_form():
    text = "Shares in VELDO rose on Monday. VELDO said sales grew, and Veldo hired staff.\n"
    mentions = [_m(text, "VELDO", "ORG"), _m(text, "Veldo", "ORG"), _m(text, "VELDO", "ORG", 1)]
    actors = _actors(text, mentions)
    assert "Veldo" in actors and "VELDO" not in actors, actors


def test_a_titled_name_known_by_another_name_keeps_it():
    text = (
        "Councillor Pieter du Plessis, known to everyone in Kasteelberg as Oom Piet, voted "
        'against. "We cannot pay for it," Oom Piet said.\n'
    )
    mentions = [
        _m(text, "Pieter du Plessis", "PERSON"),
        _m(text, "Kasteelberg", "GPE"),
        _m(text, "Oom Piet", "PERSON"),
        _m(text, "Oom Piet", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert "Piet" not in actors and "Oom Piet" not in actors, actors
    assert "Pieter du Plessis" in actors, actors


def test_a_name_opening_with_a_body_word_runs_over_what_ner_left():
    text = (
        "Linguists at the Universidad Serrana del Sur helped. The Cofradía de Mariscadores "
        "San Amaro de Lestrove closed the beds. The Associação de Regantes de Boane agreed.\n"
    )
    mentions = [
        _m(text, "Universidad", "GPE"),
        _m(text, "The Cofradía de Mariscadores", "ORG"),
        _m(text, "The Associação de Regantes de Boane", "WORK_OF_ART"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Universidad Serrana del Sur", ("",))[0] == "organization", actors
    assert "Cofradía de Mariscadores San Amaro de Lestrove" in actors, actors
    assert actors.get("Associação de Regantes de Boane", ("",))[0] == "organization", actors


def test_a_first_surname_of_two_is_also_its_bearers():
    text = (
        "Xoán Carlos Pardo Iglesias, 61, has fished here for decades. His son Brais Pardo "
        "joined last year.\n\nOn Wednesday Pardo was mending nets.\n"
    )
    mentions = [
        _m(text, "Xoán Carlos Pardo Iglesias", "PERSON"),
        _m(text, "Brais Pardo", "PERSON"),
        _m(text, "Pardo", "PERSON", 2),
    ]
    found = {a.name: a for a in build_actors(text, mentions)[0]}
    assert "Pardo" in found["Xoán Carlos Pardo Iglesias"].aliases, found


def test_a_name_ner_ended_on_of_runs_on_and_a_province_of_x_is_its_government():
    text = "The Province of Zuidmeer, which funded the pilot, said it would review the grant.\n"
    mentions = [_m(text, "The Province of", "GPE"), _m(text, "Zuidmeer", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("Province of Zuidmeer", ("",))[0] == "organization", actors
    assert "Province" not in actors and "Zuidmeer" not in actors, actors


def test_a_name_cut_at_of_is_not_joined_to_a_whole_second_name():
    text = "Copyrights are owned by the Board of Regents of the University of Tarvania.\n"
    mentions = [
        _m(text, "the Board of Regents of", "ORG"),
        _m(text, "the University of Tarvania", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert "Board of Regents" in actors and "University of Tarvania" in actors, actors


def test_a_republic_is_a_place_even_after_a_countrys_possessive():
    text = "A school in Russia's Tarkha Republic has closed. The Tarkha Republic will rebuild it.\n"
    mentions = [_m(text, "Tarkha Republic", "GPE"), _m(text, "Tarkha Republic", "PERSON", 1)]
    actors = _actors(text, mentions)
    assert actors.get("Tarkha Republic", ("",))[0] == "place", actors


def test_a_lower_case_division_after_a_possessive_country_names_a_place():
    text = (
        "Pumps were switched off in Mozambique's Bilene province. In Bilene province it rained.\n"
    )
    mentions = [_m(text, "Mozambique", "GPE"), _m(text, "Bilene", "GPE")]
    actors = _actors(text, mentions)
    assert "Bilene province" in actors and "Bilene" in actors["Bilene province"][1], actors


def test_a_companys_first_word_is_its_short_name_not_a_place():
    text = (
        "Tamboza Solar, Lda. switched off 900 pumps. Farmers wrote to Tamboza in September, "
        "and Tamboza's servers kept the pumps locked.\n"
    )
    mentions = [
        _m(text, "Tamboza Solar, Lda.", "ORG"),
        _m(text, "Tamboza", "GPE", 1),
        _m(text, "Tamboza", "GPE", 2),
    ]
    actors = _actors(text, mentions)
    assert "Tamboza" in actors["Tamboza Solar, Lda."][1] and "Tamboza" not in actors, actors


@pytest.mark.parametrize("post", ["Head of Communications", "Minister of Fisheries"])
def test_a_post_is_no_actor(post):
    text = f"Media contact: Anne Kremer, {post}, Vennhaff Energy S.A.\n"
    actors = _actors(text, [_m(text, "Anne Kremer", "PERSON"), _m(text, post, "ORG")])
    assert post not in actors, actors


def test_a_byline_with_a_joined_double_surname_is_no_actor():
    text = (
        "Maria Puig i Serra 16 October 2025\n\nThe town hall closed the rehearsal hall. "
        "The castellers met in a car park.\n"
    )
    mentions = [_m(text, "Maria Puig", "PERSON"), _m(text, "Serra", "GPE")]
    actors = _actors(text, mentions)
    assert not any("Puig" in a or "Serra" in a for a in actors), actors


def test_a_byline_opening_with_an_accented_capital_is_no_actor():
    text = (
        "Óscar Élez Barbón 16 October 2025\n\nThe town hall closed the cider bar. "
        "The regulars met in a car park.\n"
    )
    mentions = [_m(text, "Óscar Élez Barbón", "PERSON")]
    actors = _actors(text, mentions)
    assert not any("Barbón" in a for a in actors), actors


def test_a_name_known_by_a_quoted_nickname_is_a_persons():
    text = (
        'Tomás Ferreira Lugo, known in the cane towns as "Chiqui", was detained on Monday. '
        "Ferreira ran the academy, and Chiqui took the money.\n"
    )
    mentions = [_m(text, "Ferreira", "ORG", 1), _m(text, "Chiqui", "ORG", 1)]
    actors = _actors(text, mentions)
    assert actors.get("Tomás Ferreira Lugo", ("",))[0] == "person", actors
    assert "Chiqui" in actors["Tomás Ferreira Lugo"][1], actors


def test_the_opening_words_of_a_bodys_name_are_its_short_name():
    text = (
        "Cantine Sociali pays 70 cents a litre. The Cantine Sociali del Monte Arci board met on "
        "Friday. Andi Besse said nothing; Andi Besse Tenriola, the regent, spoke.\n"
    )
    mentions = [
        _m(text, "Cantine Sociali", "PERSON"),
        _m(text, "Cantine Sociali del Monte Arci", "ORG"),
        _m(text, "Andi Besse", "PERSON"),
        _m(text, "Andi Besse Tenriola", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert "Cantine Sociali" in actors["Cantine Sociali del Monte Arci"][1], actors
    assert "Cantine Sociali" not in actors, actors


def test_an_organisation_noun_in_apposition_before_a_name_makes_it_an_organisation():
    text = (
        "The club's insurer, Mútua Alpina, has written to the members. Its manager at the "
        "site, Joana Prats, said nothing.\n"
    )
    mentions = [_m(text, "Mútua Alpina", "PERSON"), _m(text, "Joana Prats", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Mútua Alpina", ("",))[0] == "organization", actors
    assert actors.get("Joana Prats", ("",))[0] == "person", actors


def test_a_place_named_after_someone_stays_a_place_in_place_context():
    text = "He bought two trucks and a house in Juan Tarrón in one month.\n"
    actors = _actors(text, [_m(text, "Juan Tarrón", "PERSON")])
    assert actors.get("Juan Tarrón", ("",))[0] == "place", actors


def test_a_relative_named_in_passing_does_not_take_the_family_name():
    text = (
        "Gilles Wampach, president of the cooperative, opened the plant. He recalled that his "
        'grandfather, Mett Wampach, had worked in the quarry. "This hole gave us roofs," Wampach '
        "said.\n"
    )
    mentions = [
        _m(text, "Gilles Wampach", "PERSON"),
        _m(text, "Mett Wampach", "PERSON"),
        _m(text, "Wampach", "PERSON", 2),
    ]
    actors, occurrences = build_actors(text, mentions)
    last = next(o for o in occurrences if o.start == text.rindex("Wampach"))
    assert actors[last.actor].name == "Gilles Wampach", [(a.name, a.mentions) for a in actors]


def test_an_eritrean_honorific_is_a_title():
    text = "Everyone here knows Memhir Yemane Haile. Memhir Yemane Haile still has the key.\n"
    mentions = [
        _m(text, "Memhir Yemane Haile", "ORG"),
        _m(text, "Memhir Yemane Haile", "ORG", 1),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Yemane Haile", ("",))[0] == "person", actors


def test_a_role_over_a_numbered_commune_then_a_name_is_a_person():
    text = (
        "The mayor of the Brevanne 3 commune, Sitsofe Agbodjan, said the market would reopen. "
        "Agbodjan said the stalls would be rebuilt.\n"
    )
    mentions = [_m(text, "Sitsofe Agbodjan", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("Sitsofe Agbodjan", ("",))[0] == "person", actors


def test_a_name_someone_is_known_by_never_names_them():
    text = (
        "The cooperative's treasurer, Afiwa Dossou, known on the quay as Mama Afiwa, counted the "
        'boxes. "Nothing is missing," Mama Afiwa said. Mama Afiwa locked the shed.\n'
    )
    mentions = [
        _m(text, "Afiwa Dossou", "PERSON"),
        _m(text, "Mama Afiwa", "PERSON"),
        _m(text, "Mama Afiwa", "PERSON", 1),
        _m(text, "Mama Afiwa", "PERSON", 2),
    ]
    actors = _actors(text, mentions)
    assert "Mama Afiwa" in actors.get("Afiwa Dossou", ("", []))[1], actors


def test_the_name_whom_people_call_someone_is_theirs():
    text = (
        "Amna Osman Hillali, 79, whom the village calls Jidda Amna, kept the keys. "
        "Jidda Amna opened the door.\n"
    )
    mentions = [
        _m(text, "Amna Osman Hillali", "PERSON"),
        _m(text, "Jidda Amna", "PERSON"),
        _m(text, "Jidda Amna", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert list(actors) == ["Amna Osman Hillali"], actors


def test_the_name_a_sentence_calls_him_by_is_the_person_before():
    text = (
        "Teodoro Cálix Ramos carves paddles. He is 70. Everyone on the beach calls him Tata Lolo. "
        "Tata Lolo sells them on Sundays.\n"
    )
    mentions = [
        _m(text, "Teodoro Cálix Ramos", "PERSON"),
        _m(text, "Lolo", "PERSON"),
        _m(text, "Lolo", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert list(actors) == ["Teodoro Cálix Ramos"], actors


def test_the_first_of_two_surnames_used_alone_is_the_person():
    text = (
        "Its treasurer, Rosaura Baide Zelaya, says the fund is empty. "
        '"We paid the nets first," Baide says.\n'
    )
    mentions = [_m(text, "Rosaura Baide Zelaya", "PERSON")]
    actors, occurrences = build_actors(text, mentions)
    at = text.rindex("Baide")
    assert any(
        o.start == at and actors[o.actor].name == "Rosaura Baide Zelaya" for o in occurrences
    )


def test_a_titled_nickname_given_after_a_surname_joins_that_person():
    text = (
        'The elder, Marcos Lequi Ximenes, spoke first. "We wait," he said. Ximenes, 80, whom '
        "fishers call Avô Marcos, closed the bay. Avô Marcos said the fines were fair.\n"
    )
    mentions = [
        _m(text, "Marcos Lequi Ximenes", "PERSON"),
        _m(text, "Ximenes", "PERSON", 1),
        _m(text, "Avô Marcos", "PERSON"),
        _m(text, "Avô Marcos", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert [n for n, (k, _) in actors.items() if k == "person"] == ["Marcos Lequi Ximenes"], actors


def test_a_place_described_by_a_phrase_ending_in_a_body_stays_a_place():
    text = "In Tarvesh, the village by the bank, the bell rang. Tarvesh woke.\n"
    mentions = [_m(text, "Tarvesh", "GPE"), _m(text, "Tarvesh", "GPE", 1)]
    actors = _actors(text, mentions)
    assert actors.get("Tarvesh", ("",))[0] == "place", actors


def test_a_saharan_son_of_particle_joins_the_name():
    text = (
        "The caravan's leader, Intalla ag Ahmeyda, said the well was locked. "
        '"We wait," Ag Ahmeyda said. The mayor, Fadimata welet Bouga, agreed.\n'
    )
    mentions = [
        _m(text, "Intalla", "PERSON"),
        _m(text, "Ahmeyda", "PERSON"),
        _m(text, "Ag Ahmeyda", "PERSON"),
        _m(text, "Fadimata", "PERSON"),
        _m(text, "Bouga", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Intalla ag Ahmeyda", ("",))[0] == "person", actors
    assert "Ag Ahmeyda" in actors["Intalla ag Ahmeyda"][1], actors
    assert actors.get("Fadimata welet Bouga", ("",))[0] == "person", actors


def test_a_name_apposed_to_an_association_is_an_organisation():
    text = "A herders' association, Tinfa Amana, was founded in 1998 by camel breeders.\n"
    mentions = [_m(text, "Tinfa Amana", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Tinfa Amana", ("",))[0] == "organization", actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The council asked the municipality of Olanchito for land. It has none.\n",
            "municipality of Olanchito",
        ),
        ("The locality of Merowe said it would pay for sandbags.\n", "locality of Merowe"),
        (
            "Officers from the Tarumovka district prosecutor's office arrived on Monday.\n",
            "Tarumovka district prosecutor's office",
        ),
        (
            "The Tahoua regional governorate said in a statement that it would act.\n",
            "Tahoua regional governorate",
        ),
    ],
)
def test_a_local_government_named_by_its_level_is_an_organisation(text, name):
    place = name.split()[-1] if " of " in name else name.split()[0]
    actors = _actors(text, [_m(text, place, "ORG")])
    assert actors.get(name, ("",))[0] == "organization", actors


def test_a_place_where_a_commune_lies_is_no_government():
    text = "The press stands in the commune of Aït Brahim, below the pass.\n"
    actors = _actors(text, [_m(text, "Aït Brahim", "GPE")])
    assert "commune of Aït Brahim" not in actors, actors


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "The chairman, Ntate Lerato Khoali, opened the shed.\n",
            "Ntate Lerato Khoali",
            "Lerato Khoali",
        ),
        ("The chief, Morena Thabo Mokete, gave the land.\n", "Morena Thabo Mokete", "Thabo Mokete"),
        (
            "Leroij Neilani Kabua, the paramount chief, gave the plots.\n",
            "Leroij Neilani Kabua",
            "Neilani Kabua",
        ),
    ],
)
def test_an_honorific_before_a_name_is_no_part_of_it(text, mention, name):
    actors = _actors(text, [_m(text, mention, "PERSON")])
    assert actors.get(name, ("",))[0] == "person", actors


def test_a_name_opening_with_an_apostrophe_keeps_it():
    text = (
        "The director, ’Maseeiso Lebona, opened the shed. ’M’e ’Malineo Tau, a weaver who "
        "trained in Maseru, said she was proud.\n"
    )
    actors = _actors(text, [_m(text, "Maseeiso Lebona", "PERSON")])
    assert actors.get("’Maseeiso Lebona", ("",))[0] == "person", actors
    assert actors.get("’Malineo Tau", ("",))[0] == "person", actors


def test_a_name_in_apposition_to_a_trade_is_a_persons():
    text = (
        "## A workshop on the pass\n\n"
        "Ujal Pitscheider, a carpenter in the village, got nine fines. "
        '"Nine times," Pitscheider said.\n'
    )
    actors = _actors(text, [_m(text, "Pitscheider", "PERSON", 1)])
    assert actors.get("Ujal Pitscheider", ("",))[0] == "person", actors


def test_a_junior_and_a_senior_introduced_by_clauses_are_two_people():
    text = (
        "Tully Yazzie Jr., 34, who farms with his father, sold eight cows. "
        "His father, Tully Yazzie Sr., 71, has hauled water all his life.\n"
    )
    actors = _actors(text, [_m(text, "Tully Yazzie Sr.", "ORG")])
    assert actors.get("Tully Yazzie Jr.", ("",))[0] == "person", actors
    assert actors.get("Tully Yazzie Sr.", ("",))[0] == "person", actors


@pytest.mark.parametrize(
    "text",
    [
        "Hunter Wimmer, 31, runs the shop. Wimmer opened it in May.\n",
        "Firefox and Safari do NOT work with the flasher.\n",
    ],
)
def test_a_trade_or_particle_that_opens_a_name_is_no_role(text):
    name = text.split(",")[0] if "," in text else "Safari"
    actors = _actors(text, [_m(text, name, "PERSON")])
    assert name in actors, actors


def test_a_body_named_after_a_place_is_no_name_glued_to_a_word():
    text = (
        "Cornwall Council's report praised the sheds. A council officer agreed. "
        '"Cornwall for ever," said Ada Penrose. Cornwall waited.\n'
    )
    mentions = [
        _m(text, "Cornwall Council", "ORG"),
        _m(text, "Cornwall", "PERSON", 1),
        _m(text, "Ada Penrose", "PERSON"),
        _m(text, "Cornwall", "GPE", 2),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Cornwall Council", ("",))[0] == "organization", actors


def test_a_body_name_runs_on_over_a_plural_ner_took_for_a_person():
    text = (
        "The National Corporation for Antiquities and Museums, the body in charge of heritage, "
        "said the graves must stay.\n"
    )
    mentions = [
        _m(text, "The National Corporation for Antiquities", "ORG"),
        _m(text, "Museums", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("National Corporation for Antiquities and Museums", ("",))[0] == (
        "organization"
    ), actors


def test_a_body_cut_at_of_runs_on_over_the_place_after_it():
    text = "The village sued at the Arbitration Court of the Republic of Tuvania on Monday.\n"
    mentions = [
        _m(text, "the Arbitration Court of", "ORG"),
        _m(text, "the Republic of Tuvania", "GPE"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Arbitration Court of the Republic of Tuvania", ("",))[0] == (
        "organization"
    ), actors


def test_a_country_read_into_a_bodys_name_as_its_possessor_is_left_out():
    text = "Fiji's Department of Biosecurity said it would test every consignment.\n"
    actors = _actors(text, [_m(text, "Fiji's Department of Biosecurity", "ORG")])
    assert actors.get("Department of Biosecurity", ("",))[0] == "organization", actors


@pytest.mark.parametrize(
    "text",
    [
        "Farmers on Velanu, a small island in the north, lost their crop. Velanu Growers Ltd said so.\n",
        "When the families of Velanu heard the news, they left. Velanu waited.\n",
    ],
)
def test_what_a_name_is_said_to_be_or_whose_families_live_there_makes_it_a_place(text):
    mentions = [_m(text, "Velanu", "ORG"), _m(text, "Velanu", "ORG", 1)]
    actors = _actors(text, mentions)
    assert actors.get("Velanu", ("",))[0] == "place", actors


def test_a_placed_name_no_given_name_opens_is_no_persons():
    text = (
        "The final was held in Tijarafe, in the south of Gran Tarajal. Gran Tarajal had waited "
        "years for it, and Gran Tarajal cheered.\n"
    )
    mentions = [_m(text, "Gran Tarajal", "PERSON", i) for i in range(3)]
    actors = _actors(text, mentions)
    assert actors.get("Gran Tarajal", ("",))[0] == "place", actors


@pytest.mark.parametrize(
    "text",
    [
        "Its director, Ada Roe, told KRT the company had paid in advance.\n",
        "In an interview with KRT later that day, Ada Roe said the road was closed.\n",
    ],
)
def test_an_acronym_someone_speaks_to_is_a_newsroom(text):
    actors = _actors(text, [_m(text, "Ada Roe", "PERSON")])
    assert actors.get("KRT", ("",))[0] == "organization", actors


def test_a_places_code_someone_speaks_to_is_no_newsroom():
    text = "Ada Roe told US officials the road was closed.\n"
    actors = _actors(text, [_m(text, "Ada Roe", "PERSON")])
    assert "US" not in actors, actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chief executive Tamsin Ellery went further in a post.\n", "Tamsin Ellery"),
        ("The Secretary of State for Fisheries, Odete Lobo, told a radio station.\n", "Odete Lobo"),
        (
            "Counsel for Ms. Aerts, Fenna Claessens, said her client was innocent.\n",
            "Fenna Claessens",
        ),
    ],
)
def test_a_role_of_two_words_or_with_for_before_a_name_makes_a_person(text, name):
    actors = _actors(text, [_m(text, name, "ORG")])
    assert actors.get(name, ("",))[0] == "person", actors


def test_a_qualified_province_of_a_place_is_its_government():
    text = "The Autonomous Province of Valdora said in a statement that the fines were void.\n"
    actors = _actors(text, [_m(text, "The Autonomous Province of Valdora", "GPE")])
    assert actors.get("Autonomous Province of Valdora", ("",))[0] == "organization", actors


def test_a_headline_word_glued_to_a_persons_name_still_folds_when_it_heads_bodies():
    text = (
        "Mesh said the signal reached every room. What is a Mesh Network? A mesh network uses "
        "nodes, Mesh told us.\n"
    )
    mentions = [
        _m(text, "Mesh", "PERSON"),
        _m(text, "Mesh Network", "PERSON"),
        _m(text, "Mesh", "PERSON", 2),
    ]
    actors = _actors(text, mentions)
    assert "Mesh Network" not in actors, actors


def test_a_body_named_after_a_person_is_no_headline_glued_to_the_name():
    text = (
        "Lerato Dube, 17, died in March. Lerato Dube loved maths. The Lerato Dube Foundation, "
        "which her mother set up, works on road safety. The foundation said so.\n"
    )
    mentions = [
        _m(text, "Lerato Dube", "PERSON"),
        _m(text, "Lerato Dube", "PERSON", 1),
        _m(text, "The Lerato Dube Foundation", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Lerato Dube Foundation", ("",))[0] == "organization", actors


def test_a_given_name_read_as_a_place_elsewhere_still_opens_a_one_word_name():
    text = (
        "Martha Okpik keeps opening her smokehouse anyway. Okpik is 71.\n\n"
        '"Nobody is to blame but the sea, not Martha at her table," the biologist said.\n'
    )
    mentions = [
        _m(text, "Okpik", "PERSON"),
        _m(text, "Okpik", "PERSON", 1),
        _m(text, "Martha", "LOC", 1),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Martha Okpik", ("",))[0] == "person", actors


def test_a_name_after_a_role_shared_with_bodies_is_a_person_when_the_word_before_makes_it_one():
    text = (
        "The chief executive of Harbour Grid Services, Tebwa Kamauri, apologised on the "
        "company's page.\n"
    )
    actors = _actors(text, [])
    assert actors.get("Tebwa Kamauri", ("",))[0] == "person", actors


@pytest.mark.parametrize("title", ["Mzé", "Nei", "Pu", "Make", "Inkhosi"])
def test_honorifics_of_the_indian_ocean_and_pacific_press_are_titles(title):
    assert clean_surface(f"{title} Taniela Vaea")[0] == "Taniela Vaea"


def test_a_name_after_a_role_for_a_body_is_the_role_holders():
    text = (
        "Hornby Water Company cut the supply. A spokeswoman for the company, Lenka Dvorak, said "
        "the company had no choice.\n"
    )
    mentions = [_m(text, "Hornby Water Company", "ORG"), _m(text, "Lenka Dvorak", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Lenka Dvorak", ("",))[0] == "person", actors


def test_an_age_opening_a_name_is_no_part_of_it():
    assert clean_surface("Eleven-year-old Mika Sorensen")[0] == "Mika Sorensen"
    assert clean_surface("12-year-old Mika Sorensen")[0] == "Mika Sorensen"


@pytest.mark.parametrize("trade", ["Hunter", "Herder", "Farmer"])
def test_a_trade_opening_the_sentence_before_a_full_name_is_no_part_of_it(trade):
    text = f"{trade} Tobias Nakoolak, who has waited two weeks, said the fuel ran out.\n"
    mentions = [_m(text, f"{trade} Tobias Nakoolak", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Tobias Nakoolak", ("",))[0] == "person", actors


def test_a_given_name_that_is_also_a_trade_stays_before_one_surname():
    text = "Hunter Brisko said the fuel ran out.\n"
    actors = _actors(text, [_m(text, "Hunter Brisko", "PERSON")])
    assert "Hunter Brisko" in actors, actors


def test_a_long_official_body_name_is_kept_whole():
    text = "The Ministry of Forests and Waters of the Karvel Republic said the dam was safe.\n"
    mentions = [_m(text, "The Ministry of Forests and Waters of the Karvel Republic", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("Ministry of Forests and Waters of the Karvel Republic", ("",))[0] == (
        "organization"
    ), actors


def test_a_court_of_a_republic_runs_on_over_the_republic():
    text = "The cooperative sued in the Arbitration Court of the Karvel Republic in May.\n"
    mentions = [
        _m(text, "the Arbitration Court", "ORG"),
        _m(text, "the Karvel Republic", "GPE"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Arbitration Court of the Karvel Republic", ("",))[0] == "organization"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Last month the Rural Municipality of Aldern Flats said it would lease the land.",
            "Rural Municipality of Aldern Flats",
        ),
        ("The Hamlet of Qilaluk has posted a notice for residents.", "Hamlet of Qilaluk"),
    ],
)
def test_a_capitalised_local_government_of_a_place_is_a_body(sentence, body):
    text = sentence + "\n"
    actors = _actors(text, [])
    assert actors.get(body, ("",))[0] == "organization", actors


def test_a_ministry_listing_its_portfolios_keeps_the_last_one():
    text = "The Ministry of Lagoons, Reefs and the Environment said the clams were protected.\n"
    mentions = [_m(text, "The Ministry of Lagoons, Reefs", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("Ministry of Lagoons, Reefs and the Environment", ("",))[0] == (
        "organization"
    ), actors


def test_a_name_in_apposition_to_kin_is_a_person():
    text = (
        "Marta Vesnova, the chairman's wife and the cooperative's bookkeeper, has another "
        "number in mind.\n"
    )
    actors = _actors(text, [])
    assert actors.get("Marta Vesnova", ("",))[0] == "person", actors


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My Nokomis, my grandmother, lived to 97. I still have my Nokomis's fiddle.\n", "Nokomis"),
        ("“Ataata, my grandfather, used to say the river gives back,” she says.\n", "Ataata"),
        ("My Ama-le, my grandmother, looked at the graph.\n", "My Ama-le"),
    ],
)
def test_what_someone_calls_their_kin_is_no_name(text, word):
    actors = _actors(text, [_m(text, word, "PERSON")])
    assert not any(word in name for name in actors), actors


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Inscriptions name a scribe called Pa-Neb, his wife and four descendants.\n", "Pa-Neb"),
        ("“You are in Morne-Vert, my children, you are safe now,” she said.\n", "Morne-Vert"),
    ],
)
def test_a_name_before_a_list_or_a_plural_kin_noun_stays(text, word):
    actors = _actors(text, [_m(text, word, "PERSON" if "scribe" in text else "GPE")])
    assert word in actors, actors


def test_a_level_of_government_before_the_head_word_belongs_to_the_name():
    text = (
        "Turnout in the municipal elections was low. The mayor said the Horna Lehota Municipal "
        "Council had decided to stop paying.\n"
    )
    actors = _actors(text, [_m(text, "Horna Lehota", "GPE")])
    assert actors.get("Horna Lehota Municipal Council", ("",))[0] == "organization", actors


def test_a_surname_read_as_a_place_closes_the_name_when_it_speaks_alone():
    text = (
        "The groom's father, Ibrahim Said Mchangawi, said his family had saved for years. "
        "“My son will have the wedding,” Mchangawi said.\n"
    )
    mentions = [
        _m(text, "Ibrahim Said", "PERSON"),
        _m(text, "Mchangawi", "GPE"),
        _m(text, "Mchangawi", "GPE", 1),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Ibrahim Said Mchangawi", ("",))[0] == "person", actors


def test_a_lower_case_hyphenated_given_name_joins_the_rest_of_the_name():
    text = "The head of the village, Sat-ool Mergenovich Dongak, said the ice was thin.\n"
    mentions = [_m(text, "Sat", "PERSON"), _m(text, "Mergenovich Dongak", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Sat-ool Mergenovich Dongak", ("",))[0] == "person", actors


def test_a_particle_joins_a_given_name_and_a_surname_ner_read_as_bodies():
    text = "Talks went on with Brahim ould Sidina on Monday. Ould Sidina said little.\n"
    mentions = [
        _m(text, "Brahim", "ORG"),
        _m(text, "Sidina", "ORG"),
        _m(text, "Ould Sidina", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Brahim ould Sidina", ("",))[0] == "person", actors


def test_a_party_word_opening_a_name_before_a_role_in_apposition_is_no_part_of_it():
    text = (
        "Republican Christa Todd Whitlow, the former governor and agency administrator, told "
        "the paper she backed him.\n"
    )
    actors = _actors(text, [])
    assert "Christa Todd Whitlow" in actors and "Republican Christa Todd Whitlow" not in actors


def test_a_name_set_beside_the_kind_of_body_it_is_names_a_body_whatever_ner_read():
    text = "The Vaitupu Falekaupule, the island council, wrote to the department.\n"
    actors = _actors(text, [_m(text, "The Vaitupu Falekaupule", "WORK_OF_ART")])
    assert actors.get("Vaitupu Falekaupule", ("",))[0] == "organization", actors


@pytest.mark.parametrize(
    "surface",
    [
        "Harrow Rock National Monument and Old Mill Pueblo Cultural Center",
        "Sociology, Anthropology and Criminal Justice and Communication, Harrow University",
    ],
)
def test_a_long_run_that_only_ends_in_a_body_word_stays_no_actor(surface):
    assert is_junk(surface)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The flood hit a stream in the Yorski district of the republic.\n", "Yorski"),
        ("The first auction of the season at Lingdam bazaar ended early.\n", "Lingdam"),
    ],
)
def test_a_name_before_a_district_or_a_market_in_lower_case_is_a_place(text, place):
    actors = _actors(text, [_m(text, place, "ORG")])
    kinds = [kind for name, (kind, aliases) in actors.items() if place in (name, *aliases)]
    assert kinds == ["place"], actors


def test_a_people_whose_land_is_named_after_them_is_no_place():
    text = (
        "About 140 people in the Kharut village of Ulsa were cut off. The Ministry of Kharutia "
        "said the road would be rebuilt. He used a Kharut word to thank them.\n"
    )
    mentions = [
        _m(text, "Kharut", "GPE"),
        _m(text, "Kharutia", "GPE"),
        _m(text, "Kharut", "GPE", 1),
    ]
    actors = _actors(text, mentions)
    assert "Kharut" not in actors, actors


@pytest.mark.parametrize("role", ["Schoolteacher", "Shopkeeper", "Farmer"])
def test_a_role_opening_the_sentence_marks_the_name_after_it_a_person(role):
    text = f"{role} Aigerim Chokova said her pupils had studied the beavers.\n"
    actors = _actors(text, [_m(text, "Chokova", "ORG")])
    assert actors.get("Aigerim Chokova", ("",))[0] == "person", actors


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("“I told them 'Sayo', which means thank you,” he said.\n", "Sayo"),
        ("“I wrote 'Ka rawa', thank you, because the power came back,” she said.\n", "Ka"),
        ("“Matna, thank you, to the crew who came all this way,” she said.\n", "Matna"),
    ],
)
def test_a_word_the_text_translates_is_no_actor(text, word):
    actors = _actors(text, [_m(text, word, "PERSON")])
    assert word not in actors, actors


def test_a_press_release_dateline_with_its_year_names_the_place():
    text = "KORLAVIK, 10 November 2026 — Harbour Crafts Ltd today opened a weaving centre.\n"
    actors = _actors(text, [])
    assert actors.get("Korlavik", ("",))[0] == "place", actors


def test_on_a_country_the_gazetteer_knows_names_a_place():
    text = "“Nobody on Tuvalu ever saw that list,” the developer said. It ran on Facebook.\n"
    actors = _actors(text, [])
    assert actors.get("Tuvalu", ("",))[0] == "place", actors
    assert actors.get("Facebook", ("",))[0] != "place", actors


def test_a_known_place_ner_read_as_a_product_is_a_place():
    text = "The server ran two hours ahead of Tarawa. Meters on the atoll rejected tokens.\n"
    actors = _actors(text, [_m(text, "Tarawa", "PRODUCT")])
    assert actors.get("Tarawa", ("",))[0] == "place", actors


def test_the_market_of_a_region_is_trade_not_a_place():
    text = "The firm builds services for the DACH market and the Southeast market.\n"
    actors = _actors(text, [])
    assert not any(kind == "place" for kind, _ in actors.values()), actors


def test_a_word_the_text_puts_before_a_name_and_its_surname_alone_is_a_title():
    text = (
        "“The paper is no money,” said Alkalo Foday Touray, the head of the village. "
        "Alkalo Touray wrote to the ministry in March.\n\n"
        "“The springs come first,” said DI Johann Leitner, who chairs the water cooperative. "
        "“We voted too early,” said Mag.a Sabine Kohlhofer, a councillor.\n"
    )
    analysis = analyse(text)
    names = {q.speaker for q in analysis.quotes} | {a.name for a in analysis.actors}
    assert {"Foday Touray", "Johann Leitner", "Sabine Kohlhofer"} <= names, names
    assert not any(n.startswith(("Alkalo", "DI", "Mag")) for n in names), names


def test_a_word_the_writer_keeps_before_the_first_words_alone_is_a_title():
    text = (
        "Nobody in Ulan-Khol wants the herd gone. Kesho Zurgat Erdniev, the lama of the village "
        "temple, blessed the herds at a ceremony in October.\n\n"
        "“My grandmother said, ‘The herd is the old man’s, you do not chase it with a stick,’” "
        "Kesho Zurgat said. “Now the farmers ask me whether they may chase it with a tractor.”\n\n"
        "“We dry the fish on the roofs,” said Pem Choden Bhutia, a trader. "
        "Pem Choden said the rain had come early.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Zurgat Erdniev", "Zurgat Erdniev", "Pem Choden Bhutia"], speakers


def test_a_family_name_written_first_or_a_first_name_we_miss_is_no_title():
    text = (
        "“We saved the books,” said Laishram Ibetombi Devi. Her husband, Laishram Tomba Singh, "
        "carried the rice. “Scammers love a leak,” said Harjinder Singh Gill, a trader. "
        "Gill said the shop had closed.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == ["Laishram Ibetombi Devi", "Harjinder Singh Gill"], speakers


def test_the_last_words_of_a_full_name_used_alone_are_the_persons_surname():
    text = (
        "Karla Beatriz Orellana de Amaya, a payments consultant, said small firms buy "
        "their fraud models abroad. Orellana de Amaya has audited three of them.\n"
    )
    mentions = [
        _m(text, "Karla Beatriz Orellana de Amaya", "PERSON"),
        _m(text, "Orellana de Amaya", "FAC", 1),
    ]
    actors = _actors(text, mentions)
    assert list(actors) == ["Karla Beatriz Orellana de Amaya"], actors
    assert "Orellana de Amaya" in actors["Karla Beatriz Orellana de Amaya"][1], actors


def test_a_title_or_a_given_name_opens_a_name_ner_began_at_its_middle_part():
    text = (
        "The marketers hired a lawyer, Cllr. Moses T. Kollie Sr., who filed a petition. "
        "The state minister, Hon. Ayen Chol Bol, said the state would pay for new doses.\n"
    )
    names = {a.name for a in analyse(text).actors if a.kind == "person"}
    assert {"Moses T. Kollie Sr.", "Ayen Chol Bol"} <= names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“The leaves do not wait,” said Haj Ali Akbar Mirzaei, who farms above the town.\n",
            "Ali Akbar Mirzaei",
        ),
        (
            "“We are in the same boat,” said the manager, Mohandes Kamran Rostami.\n",
            "Kamran Rostami",
        ),
        ("“I sold forty bags,” said Alhagie Momodou Lamin Bah, a farmer.\n", "Momodou Lamin Bah"),
        ("“The council cannot fix a dock,” said Administrator Carolyn Bain.\n", "Carolyn Bain"),
        ("“We walked every ridge,” said Jimbun anak Pelima, the headman.\n", "Jimbun anak Pelima"),
    ],
)
def test_honorifics_of_many_cultures_and_iban_child_of_names(text, name):
    speakers = [q.speaker for q in analyse(text).quotes]
    assert speakers == [name], speakers


def test_a_double_surname_and_an_island_so_small():
    text = (
        "Argelis Smith Navas sews with the door open. From her doorway on Ukub Senidub, an "
        "island so small you can cross it in four minutes, she can see the sea.\n\n"
        "“A mola is not decoration,” she says.\n\n"
        "Smith is the president of the cooperative. “I saw my mother's hands,” Smith says.\n\n"
        "Nadili Smith, her granddaughter, is nine. “It means I am learning,” she says.\n"
    )
    mentions = [
        _m(text, "Argelis Smith", "PERSON"),
        _m(text, "Navas", "ORG"),
        _m(text, "Ukub Senidub", "PERSON"),
        _m(text, "Smith", "PERSON", 1),
        _m(text, "Smith", "PERSON", 2),
        _m(text, "Nadili Smith", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert actors["Argelis Smith Navas"][0] == "person", actors
    assert actors["Ukub Senidub"][0] == "place", actors
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes[:2] == ["Argelis Smith Navas", "Argelis Smith Navas"], quotes


def test_short_abbreviated_titles_a_date_and_a_members_seat_are_no_actors():
    text = (
        "The letter was signed by its operations manager, Geom. Calogero Schillaci. The deputy "
        "mayor, Vzbgm. Mag.a Sabine Kohlhofer, voted against it.\n\n"
        "The barge reached Pankor on Feb 11, the company said.\n\n"
        "The Member of Parliament for Atiu, Hon. Teariki Pokino, said he would ask for funds.\n"
    )
    mentions = [
        _m(text, "Geom", "PERSON"),
        _m(text, "Calogero Schillaci", "PERSON"),
        _m(text, "Vzbgm", "PERSON"),
        _m(text, "Sabine Kohlhofer", "PERSON"),
        _m(text, "Pankor on Feb 11", "FAC"),
        _m(text, "Parliament", "ORG"),
        _m(text, "Teariki Pokino", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert not {"Geom", "Vzbgm", "Pankor on Feb", "Parliament for Atiu"} & set(actors), actors
    assert actors.get("Pankor", ("",))[0] == "place", actors


def test_a_place_ending_a_line_a_state_and_a_possessor_stay_what_they_are():
    text = (
        "- Jordan releases 32 from the southern town of Karak.\n\n"
        "- Jordan expresses anger at some diplomats.\n\n"
        "PONTIAC, Mich. Tom Ridley, a surgeon, said the hospital would close.\n\n"
        "The cabinet granted a reprieve for media mogul Silvio Berlusconi's Mediaset television "
        "empire.\n"
    )
    mentions = [
        _m(text, "Karak", "GPE"),
        _m(text, "Mich", "GPE"),
        _m(text, "Tom Ridley", "PERSON"),
        _m(text, "Silvio Berlusconi's", "PERSON"),
        _m(text, "Mediaset", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Karak", ("",))[0] == "place", actors
    assert actors.get("Silvio Berlusconi", ("",))[0] == "person", actors
    assert actors.get("Mediaset", ("",))[0] == "organization", actors
    assert any(kind == "place" and "Mich" in [n, *al] for n, (kind, al) in actors.items()), actors


def test_names_on_other_lines_and_a_role_ending_the_line_above_teach_nothing():
    from reader.article.actors.document_titles import without_document_titles

    text = "Shop at Pottery Barn\n\nPottery Barn Kids and Pottery Barn Teen sell beds.\n"
    assert without_document_titles("Pottery Barn Teen", text) == "Pottery Barn Teen"
    text = (
        "Each move includes the following:\n\n- Assigned move coordinator\n"
        "- Full-Value Protection (unless waived)\n"
    )
    actors = _actors(text, [_m(text, "Full-Value Protection", "ORG")])
    assert actors.get("Full-Value Protection", ("",))[0] != "person", actors


def test_a_school_or_water_district_is_a_body_a_lake_district_a_place():
    text = (
        "The Ridgecrest Unified School District refused to pay. Farmers of the Imperial "
        "Irrigation District agreed. He grew up in the Lake District.\n"
    )
    mentions = [
        _m(text, "Ridgecrest Unified School District", "GPE"),
        _m(text, "Imperial Irrigation District", "GPE"),
        _m(text, "Lake District", "LOC"),
    ]
    actors = _actors(text, mentions)
    assert actors["Ridgecrest Unified School District"][0] == "organization", actors
    assert actors["Imperial Irrigation District"][0] == "organization", actors
    assert actors["Lake District"][0] == "place", actors


def test_an_english_word_the_tagger_reads_as_a_common_noun_is_no_actor():
    text = (
        "## Monetization on Twitch\n\nStreamers on Twitch can earn money from Subs, Bits and "
        "Gifts. Viewers buy Stars with a card and send Stars during a live stream. Rina Okafor, "
        "a streamer in Leeds, said the Stars add up.\n"
    )
    names = {a.name: a.kind for a in analyse(text).actors}
    assert "Gifts" not in names, names
    assert names.get("Rina Okafor") == "person" and names.get("Leeds") == "place", names


def test_the_head_of_a_district_in_apposition_is_a_person():
    text = (
        "Orzu Temirkhanov, the head of the Kyzyl-Bulak district, said he had written to the "
        "ministry. “Nobody pays for the barley the deer eat,” Temirkhanov said.\n"
    )
    analysis = analyse(text)
    assert [q.speaker for q in analysis.quotes] == ["Orzu Temirkhanov"]
    assert ("Orzu Temirkhanov", "person") in {(a.name, a.kind) for a in analysis.actors}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Finance Minister Hon. Mele Fusitu said the Treasury had released cash to the "
            "branch. “The boats cannot wait,” Fusitu said.\n",
            "Mele Fusitu",
        ),
        (
            "District Administrator Rosette Payet said she had asked for the plans. "
            "“My office has no copy,” Payet said.\n",
            "Rosette Payet",
        ),
        (
            "The families’ lawyer, Maître Gaëlle Wéma, filed the appeal on Monday. "
            "“The file was open all along,” Maître Gaëlle Wéma said.\n",
            "Gaëlle Wéma",
        ),
    ],
)
def test_office_and_address_titles_are_no_part_of_the_name(text, speaker):
    assert [q.speaker for q in analyse(text).quotes] == [speaker]


def test_a_compound_given_name_opens_a_name_ner_began_at_its_surnames():
    text = (
        "The community’s werken, Ana María Llancafil Huenchuñir, said the divers would be chosen "
        "by the assembly. “Our young people know every rock,” Llancafil said.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Ana María Llancafil Huenchuñir"]


def test_the_first_words_of_a_titled_name_are_that_person():
    text = (
        "“I know where the turtles are,” said Nakhuda Dad Karim Baloch, 56, who captains a "
        "launch. “My father said, ‘The sea keeps no accounts,’” Nakhuda Dad Karim said.\n\n"
        "Back in the harbour, Dad Karim said he has kept the phone. “I keep it to show my "
        "grandchildren,” he said.\n"
    )
    assert {q.speaker for q in analyse(text).quotes} == {"Dad Karim Baloch"}


def test_a_role_then_a_name_of_four_words_between_commas_is_a_person():
    text = (
        "The union’s president, Mir Karam Khan Bizenjo, said families had borrowed money from "
        "traders at high interest to pay the fine. “A fine became a loan,” Bizenjo said.\n"
    )
    # "Mir" is a Baloch chief's honorific, no part of the name (`full_name_honorifics.txt`)
    assert [q.speaker for q in analyse(text).quotes] == ["Karam Khan Bizenjo"]


def test_a_body_named_after_its_place_is_the_body_its_last_word_names_alone():
    text = (
        "Finance Minister Hon. Mele Fusitu said the Tonga Treasury had released cash to the bank."
        "\n\nThe Treasury said in a notice that withdrawals would be “limited to 300 dollars a "
        "week”.\n"
    )
    analysis = analyse(text)
    assert [q.speaker for q in analysis.quotes] == ["Tonga Treasury"]
    assert "Treasury" not in {a.name for a in analysis.actors}


def test_a_long_body_name_opening_with_whose_it_is_stays_whole():
    text = (
        "The Tanana Division of Homeland Security and Emergency Management said it was "
        "“monitoring the situation closely” and had sent generators.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Tanana Division of Homeland Security and Emergency Management"
    ]


def test_a_known_place_alone_is_no_short_form_of_a_body_named_after_a_place():
    text = (
        "Kelso opened a trading desk, Kelso Paris, in March. Traders in Paris said the desk "
        "was small.\n"
    )
    mentions = [
        _m(text, "Kelso", "GPE"),
        _m(text, "Kelso Paris", "ORG"),
        _m(text, "Paris", "ORG", 1),
    ]
    actors = _actors(text, mentions)
    assert "Paris" in actors and "Paris" not in actors["Kelso Paris"][1], actors


def test_a_body_word_used_alone_before_the_full_name_is_another_body():
    text = (
        "The Fed held rates on Wednesday, and markets rose. Economists at the Boston Fed said "
        "the decision was expected, and the Fed would move in June.\n"
    )
    names = {a.name: a.aliases for a in analyse(text).actors}
    assert "Fed" in names and "Fed" not in names.get("Boston Fed", []), names


def test_a_place_after_in_before_a_who_clause_stays_a_place():
    text = (
        "On Niue, the island's two ATMs in Alofi and every card terminal linked to them stopped "
        "working the same night.\n\n"
        "The worst day was pension day, when about 200 older people queued at the bank's single "
        "counter in Alofi for cash withdrawals by hand.\n\n"
        "A member of the bank's staff in Alofi, who asked not to be named because employees had "
        "been told not to comment, said the branch had warned head office in August.\n"
    )
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert kinds.get("Alofi") == "place", kinds


def test_a_given_name_and_a_place_word_surname_is_a_person():
    text = (
        "Visitors have been caught out too. Jenny and Paul Marsh, from Wellington, arrived with "
        "40 dollars in cash. “The dive shop said pay when you can,” Jenny Marsh said.\n"
    )
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert kinds.get("Jenny Marsh") == "person", kinds


def test_a_name_only_written_before_a_currency_is_no_actor():
    text = (
        "Mele Tonga said she had lent about 9,000 New Zealand dollars in groceries since the "
        "machines stopped. The Treasury released 150,000 New Zealand dollars in cash.\n"
    )
    names = {a.name for a in analyse(text).actors}
    assert "New Zealand" not in names and "Mele Tonga" in names, names


@pytest.mark.parametrize(
    ("text", "label", "place"),
    [
        ("Pupils from the Cook Islands sang in the hall.\n", "LOC", "Cook Islands"),
        ("Relatives fled the fighting in Khartoum and Omdurman last year.\n", "NORP", "Omdurman"),
        ("The boats sail from a harbour west of Gwadar every night.\n", "PRODUCT", "Gwadar"),
    ],
)
def test_a_place_whatever_ner_labelled_it_is_a_place(text, label, place):
    actors = _actors(text, [_m(text, place, label)])
    assert actors.get(place, ("",))[0] == "place", actors


def test_a_gazetteer_place_after_from_is_a_place_ner_missed():
    text = "Kaylee Thibodeaux, 24, does the plant's books from Lafayette.\n"
    actors = _actors(text, [_m(text, "Kaylee Thibodeaux", "PERSON")])
    assert actors.get("Lafayette", ("",))[0] == "place", actors


def test_the_two_ends_of_a_route_read_as_one_event_are_places():
    text = "A generator will be flown from Anchorage to Kelp Bay tonight.\n"
    actors = _actors(text, [_m(text, "Anchorage to Kelp Bay", "EVENT")])
    assert actors.get("Anchorage", ("",))[0] == "place", actors
    assert actors.get("Kelp Bay", ("",))[0] == "place", actors


def test_a_romance_body_head_its_connector_and_name_are_one_body():
    text = "The Assessorato regionale delle Infrastrutture said it was monitoring the situation.\n"
    actors = _actors(text, [_m(text, "Assessorato", "ORG")])
    assert "Assessorato regionale delle Infrastrutture" in actors, actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Visitors write to the town too. Northern Lights Tours, a Sapporo agency that sends "
            "two groups a month, said it would stop.\n",
            "Northern Lights Tours",
        ),
        (
            "The Tolga Agro cooperative, which Ochirov chairs, says the farms lost wheat.\n",
            "Tolga Agro",
        ),
    ],
)
def test_a_name_set_beside_the_kind_of_body_it_is_is_an_organisation(text, name):
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert kinds.get(name) == "organization", kinds


def test_a_body_ner_ran_on_into_its_town_and_the_town_are_two_actors():
    text = "Seedlings will be chosen with the Faculty of Forestry in Skopje, where a team works.\n"
    actors = _actors(text, [_m(text, "the Faculty of Forestry in Skopje", "ORG")])
    assert actors.get("Skopje", ("",))[0] == "place", actors
    assert actors.get("Faculty of Forestry", ("",))[0] == "organization", actors


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Mme Awa Konaté", "Awa Konaté"),
        ("El Hadj Oumar Sangaré", "Oumar Sangaré"),
        ("Dona Inês Furtado", "Inês Furtado"),
        ("Aunt Mary Kearsey", "Mary Kearsey"),
    ],
)
def test_forms_of_address_of_french_portuguese_and_kin_are_titles(raw, name):
    assert clean_surface(raw)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Neighbour Tomas Brekke, who keeps three boats at the pier, said the ice came early. "
            "Brekke said he would wait.\n",
            "Tomas Brekke",
        ),
        (  # kept before the name again: the name's own first word
            "Dad Rahim Bugti, who keeps goats above the village, said the road had gone. "
            "Dad Rahim said he would walk.\n",
            "Dad Rahim Bugti",
        ),
    ],
)
def test_an_english_word_once_before_a_given_name_describes_the_person(text, name):
    assert without_document_titles(text.split(",")[0], text) == name


def test_a_name_after_in_opening_a_sentence_is_placed():
    text = (
        "The ferry at Kelembo has been out for a week. In Kelembo, traders wait on the bank. "
        "Kelembo is two hours from the city.\n"
    )
    actors = _actors(text, [_m(text, "Kelembo", "ORG", 1), _m(text, "Kelembo", "ORG", 2)])
    assert actors.get("Kelembo", ("",))[0] == "place", actors


def test_a_placed_name_opening_a_cooperatives_name_is_the_village():
    text = (
        "Farmers in Mahe Pita, in the hills above the port, sold no beans this month. "
        "The Mahe Pita Bean Growers Cooperative said the buyer had left. "
        "Mahe Pita has no other buyer.\n"
    )
    mentions = [
        _m(text, "Mahe Pita", "PERSON"),
        _m(text, "Mahe Pita Bean Growers Cooperative", "ORG"),
        _m(text, "Mahe Pita", "PERSON", 2),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Mahe Pita", ("",))[0] == "place", actors


@pytest.mark.parametrize(
    "text",
    [
        "The council of clan leaders wrote to the land office. The letter was signed by its "
        "chair, Datuak Bandaro Kayo, the title held by Hendri Saputra, 58. “The land is the "
        "clan's,” Datuak Bandaro said.\n",
        "“The land is the clan's,” said Datuak Bandaro Kayo, the adat title of Hendri Saputra, "
        "58, who heads a clan.\n",
    ],
)
def test_a_title_name_is_the_other_name_of_the_person_holding_it(text):
    a = analyse(text)
    kinds = {x.name: (x.kind, x.aliases) for x in a.actors}
    assert kinds.get("Hendri Saputra", ("",))[0] == "person", kinds
    assert "Datuak Bandaro Kayo" in kinds["Hendri Saputra"][1], kinds
    assert [q.speaker for q in a.quotes] == ["Hendri Saputra"], a.quotes


def test_people_after_a_sentence_opening_in_x_are_no_places():
    text = "In Varnholt, Dale Pruitt and Omar Lusk hit home runs for the visitors.\n"
    mentions = [
        _m(text, "Varnholt", "GPE"),
        _m(text, "Dale Pruitt", "PERSON"),
        _m(text, "Omar Lusk", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Dale Pruitt", ("",))[0] == "person", actors
    assert actors.get("Omar Lusk", ("",))[0] == "person", actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The maps were drawn by PT Garis Batas Nusantara, a Bandung firm. PT Garis Batas "
            "Nusantara said the error was fixed.\n",
            "PT Garis Batas Nusantara",
        ),
        (
            "The wagons belong to JSC Steppe Freight Lines, which leases them out.\n",
            "JSC Steppe Freight Lines",
        ),
    ],
)
def test_a_legal_form_before_a_name_makes_an_organisation(text, name):
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert kinds.get(name) == "organization", kinds


def test_a_long_romance_body_name_joined_by_de_is_one_organisation():
    text = (
        "The Associação de Criadores de Gado de Vila Serra (ACGVS), which represents herders "
        "on the island, welcomed the price.\n"
    )
    kinds = {a.name: (a.kind, a.aliases) for a in analyse(text).actors}
    name = "Associação de Criadores de Gado de Vila Serra"
    assert kinds.get(name) == ("organization", ["ACGVS"]), kinds


def test_a_cooperatives_legal_form_after_a_comma_is_part_of_its_name():
    text = (
        "Cooperativa Agrícola Pedra Negra, CRL, owned by 90 families, opened a new press. "
        "Cooperativa Agrícola Pedra Negra, CRL was founded in 1961.\n"
    )
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert kinds.get("Cooperativa Agrícola Pedra Negra, CRL") == "organization", kinds


def test_a_bodys_head_word_ner_left_after_the_name_closes_it():
    text = "The loan came from Kuttiyil. The Kuttiyil Service Co-operative Bank's president, Joseph Mathew, says the loan was repaid.\n"
    mentions = [
        _m(text, "Kuttiyil", "GPE"),
        _m(text, "The Kuttiyil Service Co-operative", "ORG"),
        _m(text, "Bank", "ORG"),
        _m(text, "Joseph Mathew", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Kuttiyil Service Co-operative Bank", ("",))[0] == "organization", actors
    assert "Bank" not in actors, actors


def test_a_head_word_after_a_possessor_opens_the_next_bodys_name():
    text = "The Government of Tallow's Department of Roads and Harbours said it would review the plan.\n"
    mentions = [
        _m(text, "The Government of Tallow's", "ORG"),
        _m(text, "Department of Roads and Harbours", "ORG"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Department of Roads and Harbours", ("",))[0] == "organization", actors
    assert actors.get("Government of Tallow", ("",))[0] == "organization", actors


def test_an_occitan_body_joined_by_dels_is_one_organisation():
    text = "The Associacion dels Apicultors Montanhols del Larzac, the beekeepers' association, has argued all week that the hives were moved.\n"
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert kinds.get("Associacion dels Apicultors Montanhols del Larzac") == "organization", kinds


def test_a_name_opening_with_a_bridge_word_is_a_place():
    text = "The final ewes crossed the Pont Nau at 18:31, followed by two dogs.\n"
    actors = _actors(text, [_m(text, "Pont Nau", "ORG")])
    assert actors.get("Pont Nau", ("",))[0] == "place", actors


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("The national Board of Audit", "Board of Audit"),
        ("provincial Department of Fisheries", "Department of Fisheries"),
        ("de Souza", "de Souza"),
        ("al-Amin Bello", "al-Amin Bello"),
        ("the", "the"),
        ("", ""),
    ],
)
def test_lower_case_words_before_a_bodys_name_are_no_part_of_it(raw, name):
    assert clean_surface(raw)[0] == name


def test_a_name_with_a_legal_form_is_a_company_though_a_place_word_opens_it():
    text = "The marina is planned by Porto Vela Marina d.o.o., a company registered in Podgorica.\n"
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert kinds.get("Porto Vela Marina d.o.o.") == "organization", kinds


def test_a_two_word_title_ner_cut_from_the_name_is_no_actor():
    text = "The council's president El Hadji Oumar Sarr told NRT that the complaint would be examined.\n"
    actors = _actors(text, [_m(text, "El Hadji", "PERSON"), _m(text, "Oumar Sarr", "PERSON")])
    assert "El Hadji" not in actors, actors
    assert actors.get("Oumar Sarr", ("",))[0] == "person", actors


def test_common_words_before_a_head_word_make_no_body():
    text = (
        "Brush up on your self-defense skills at this Martial Arts School in the Harbour Center.\n"
    )
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert "Martial Arts School" not in kinds, kinds


def test_a_word_opening_an_inner_quotation_and_used_in_lower_case_is_no_actor():
    text = (
        "The cooperative's president tells every visitor the same thing. \"Granny said, 'Mwen pa "
        "sav li, mé mwen sav kakow,' which means I do not know it, but I know cocoa,\" said "
        "Marcelline Joseph.\n"
    )
    kinds = {a.name: a.kind for a in analyse(text).actors}
    assert "Mwen" not in kinds, kinds
    assert kinds.get("Marcelline Joseph") == "person", kinds


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Dayang Hajah Nurul Huda binti Haji Kassim", "Nurul Huda binti Haji Kassim"),
        ("Pengiran Haji Ismail bin Pengiran Haji Omar", "Ismail bin Pengiran Haji Omar"),
        ("Yang Berhormat Hajah Zaitun binti Haji Salleh", "Zaitun binti Haji Salleh"),
        ("Datu Amir Dimaporo", "Amir Dimaporo"),
        ("Ustadza Farhana Macarambon", "Farhana Macarambon"),
        ("Dah Sossa Hounkpatin", "Sossa Hounkpatin"),
        ("Soba Tchissola Kalunga", "Tchissola Kalunga"),
        ("Sayyid Kadhim al-Hilli", "Kadhim al-Hilli"),
        ("Deacon Ezra Pinckney", "Ezra Pinckney"),
        ("Shon Tito Rosaria", "Tito Rosaria"),
        ("Keuchik Rusli Mahmud", "Rusli Mahmud"),
    ],
)
def test_honorifics_of_malay_moro_west_african_and_church_news_are_titles(raw, name):
    assert clean_surface(raw)[0] == name


def test_a_long_name_joined_to_the_fathers_is_one_person():
    text = (
        '"We ran the draw twice," Awang Haji Khairul Anwar bin Haji Abdul Rahman, head of '
        "systems at Pelangi Data Sdn Bhd, wrote on Monday. Khairul Anwar said the error was his "
        "team's.\n"
    )
    name = "Awang Haji Khairul Anwar bin Haji Abdul Rahman"
    assert not is_junk(name)
    actors = _actors(text, [_m(text, name, "PERSON"), _m(text, "Pelangi Data Sdn Bhd", "ORG")])
    assert actors.get("Khairul Anwar bin Haji Abdul Rahman", ("",))[0] == "person", actors


def test_a_company_is_called_by_its_own_name_without_trade_word_and_legal_form():
    text = (
        "In May, Transportes Kalandula Verde, Lda, which runs the lorries to the port, raised its "
        'prices. Kalandula Verde said the diesel had cost more. "We wrote to Kalandula Verde," a '
        "trader said. Pelangi Data Sdn Bhd built the app. Pelangi Data said it was sorry.\n"
    )
    actors = _actors(
        text,
        [
            _m(text, "Transportes Kalandula Verde, Lda", "ORG"),
            _m(text, "Kalandula Verde", "PERSON", 1),
            _m(text, "Kalandula Verde", "PERSON", 2),
            _m(text, "Pelangi Data Sdn Bhd", "ORG"),
            _m(text, "Pelangi Data", "PERSON", 1),
        ],
    )
    assert actors.get("Transportes Kalandula Verde, Lda", ("", []))[0] == "organization", actors
    assert "Kalandula Verde" in actors["Transportes Kalandula Verde, Lda"][1], actors
    assert "Pelangi Data" in actors.get("Pelangi Data Sdn Bhd", ("", []))[1], actors


def test_a_unit_named_for_the_pilgrimage_keeps_its_first_word():
    text = "The Hajj Transport Unit, which books the buses, said it would refund the fares.\n"
    actors = _actors(text, [_m(text, "The Hajj Transport Unit", "ORG")])
    assert actors.get("Hajj Transport Unit", ("",))[0] == "organization", actors


def test_a_title_word_that_never_comes_before_a_name_is_a_surname():
    text = (
        "In the primary, Kell faces Harriet Bishop, a former county clerk. By June Bishop had "
        "raised $9,000, and in an interview Bishop had nothing bad to say about her rival.\n"
    )
    actors = _actors(text, [_m(text, "Harriet Bishop", "PERSON"), _m(text, "Kell", "PERSON")])
    assert "Bishop" in actors.get("Harriet Bishop", ("", []))[1], actors


def test_a_name_joined_to_the_fathers_is_one_person_over_ners_pieces():
    text = (
        "Dayang Hajah Nurul Huda binti Haji Kassim, a retired nurse in Kampong Lamunin, said her "
        'sister had called her. "I thought she was joking," Nurul Huda said.\n'
    )
    mentions = [
        _m(text, "Dayang", "GPE"),
        _m(text, "Hajah Nurul", "PERSON"),
        _m(text, "Haji Kassim", "PERSON"),
        _m(text, "Nurul Huda", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Nurul Huda binti Haji Kassim", ("",))[0] == "person", actors
    assert "Haji Kassim" not in actors and "Kassim" not in actors, actors


def test_a_company_run_on_into_its_seat_after_its_legal_form_is_cut_there():
    text = (
        "The shipper, Gentoo Freight Ltd of Port Howard, said in an email that it had delivered "
        "the bait as ordered.\n"
    )
    actors = _actors(text, [_m(text, "Gentoo Freight Ltd of Port Howard", "ORG")])
    assert actors.get("Gentoo Freight Ltd", ("",))[0] == "organization", actors
    assert actors.get("Port Howard", ("",))[0] == "place", actors


def test_a_rarer_given_name_before_a_surname_another_person_bears_is_a_person():
    text = (
        "Ermelinda Sequeira walked out along the bund behind her house. Her nephew, Caetano "
        "Sequeira, is the committee's attorney.\n"
    )
    mentions = [_m(text, "Ermelinda Sequeira", "ORG"), _m(text, "Caetano Sequeira", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Ermelinda Sequeira", ("",))[0] == "person", actors


def test_a_name_before_as_the_person_is_known_is_that_persons_other_name():
    text = (
        "Ermelinda Sequeira tasted the water on her field.\n\n"
        "Tia Linda, as the 71-year-old is known to everyone in Cortalim, has grown rice there for "
        "fifty years. Her nephew, Caetano Sequeira, a lawyer, said the gate was shut.\n"
    )
    mentions = [
        _m(text, "Ermelinda Sequeira", "PERSON"),
        _m(text, "Tia Linda", "PERSON"),
        _m(text, "Caetano Sequeira", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert "Tia Linda" in actors.get("Ermelinda Sequeira", ("", []))[1], actors
    assert "Tia Linda" not in actors, actors


def test_a_surname_after_a_relative_named_in_passing_is_the_subjects():
    text = (
        "Tia Linda has grown rice for fifty years.\n\n"
        'Its attorney, Caetano Sequeira, a nephew of Ermelinda Sequeira, said the gate was shut. "If '
        'the lease is broken, we will act. I must see the log," Sequeira said.\n'
    )
    mentions = [
        _m(text, "Caetano Sequeira", "PERSON"),
        _m(text, "Ermelinda Sequeira", "PERSON"),
        _m(text, "Sequeira", "PERSON", 2),
    ]
    actors, occurrences = build_actors(text, mentions)
    last = [o for o in occurrences if o.start == text.rindex("Sequeira")]
    assert last and actors[last[0].actor].name == "Caetano Sequeira", [
        (o.surface, actors[o.actor].name) for o in occurrences
    ]


def test_a_title_after_a_portfolio_goes_before_a_name_joined_to_the_fathers():
    assert clean_surface("Digital Minister Datuk Seri Amir Hakim bin Rosli")[0] == (
        "Amir Hakim bin Rosli"
    )


def test_a_second_rulers_title_after_a_title_goes_before_a_two_word_name():
    assert clean_surface("Datu Sultan Amir Dimaporo")[0] == "Amir Dimaporo"
    assert clean_surface("Dr Sultan Ahmed")[0] == "Sultan Ahmed"


def test_a_surname_written_first_in_capitals_is_that_persons():
    text = (
        "The reply, signed by KOUDJO Armand, the prefect, was short. Armand Koudjo did not "
        "answer our questions. Koudjo is a son of this department.\n"
    )
    mentions = [
        _m(text, "KOUDJO Armand", "ORG"),
        _m(text, "Armand Koudjo", "PERSON"),
        _m(text, "Koudjo", "ORG", 1),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Armand Koudjo", ("", []))[0] == "person", actors
    assert {"KOUDJO Armand", "Koudjo"} <= set(actors["Armand Koudjo"][1]), actors


def test_a_known_place_owning_a_named_place_is_a_place_of_its_own():
    text = "Residents of a housing estate in Gibraltar's Upper Town say the lifts are broken.\n"
    actors = _actors(text, [_m(text, "Gibraltar", "GPE")])
    assert actors.get("Gibraltar", ("",))[0] == "place", actors
    assert actors.get("Upper Town", ("",))[0] == "place", actors


def test_a_countrys_letters_are_that_country():
    text = (
        "The parts come from the UK. The unit said the system is made to order in the United "
        "Kingdom.\n"
    )
    actors = _actors(text, [_m(text, "UK", "GPE"), _m(text, "United Kingdom", "GPE")])
    assert "UK" in actors.get("United Kingdom", ("", []))[1], actors


def test_a_name_whom_people_know_someone_as_is_their_other_name():
    text = (
        "One of the last rakers, Tito Rosaria, 84, whom the whole of Rincon knows as Chichi, "
        'said he had not expected salt again. "I raked here for thirty years," said Chichi.\n'
    )
    mentions = [_m(text, "Tito Rosaria", "PERSON"), _m(text, "Chichi", "PERSON", 1)]
    actors = _actors(text, mentions)
    assert "Chichi" in actors.get("Tito Rosaria", ("", []))[1], actors


def test_a_name_whose_elders_or_villagers_are_spoken_of_is_a_place():
    text = (
        "Jeremias Tchiwale, a retired teacher and one of Nkhasi's elders, said the cattle had "
        "died. Nkhasi has no other water.\n"
    )
    actors = _actors(text, [_m(text, "Nkhasi", "ORG"), _m(text, "Nkhasi", "ORG", 1)])
    assert actors.get("Nkhasi", ("",))[0] == "place", actors


def test_a_name_after_the_town_hall_of_or_the_cirque_of_is_a_place():
    text = (
        "Forms are at the town hall of Mafaté, the official said. Homes in the cirque of Mafaté "
        "have no street names, Mafaté said.\n"
    )
    mentions = [_m(text, "Mafaté", "PERSON", n) for n in range(3)]
    actors = _actors(text, mentions)
    assert actors.get("Mafaté", ("",))[0] == "place", actors


@pytest.mark.parametrize(
    "name", ["Hoggins Neck", "Pelican Cove", "Ebeltok Atoll", "Red Mesa Canyon"]
)
def test_a_landform_word_ending_a_name_makes_it_a_place(name):
    text = f"{name} is changing fast, and most of the old families have sold up.\n"
    actors = _actors(text, [_m(text, name, "ORG")])
    assert actors.get(name, ("",))[0] == "place", actors


def test_a_known_places_possessive_before_a_lone_head_word_keeps_the_place():
    text = "Stills were seized across Benin's Plateau department last month.\n"
    actors = _actors(text, [_m(text, "Benin", "GPE"), _m(text, "Plateau", "GPE")])
    assert actors.get("Benin", ("",))[0] == "place", actors


def test_a_title_listed_with_its_full_stop_is_a_title_only_so_written():
    assert clean_surface("Del Harrigan")[0] == "Del Harrigan"
    assert clean_surface("Del. Lucia Tenorio")[0] == "Lucia Tenorio"


def test_a_dateline_with_an_accented_country_names_its_place():
    text = (
        "WILLEMSTAD, Curaçao, 11 June 2026 — Kolebra Salt N.V. and a foundation signed a plan to "
        "restore the salt pans on the west coast of Curaçao.\n"
    )
    actors = _actors(text, [_m(text, "Curaçao", "GPE", 1), _m(text, "Kolebra Salt N.V.", "ORG")])
    assert actors.get("Willemstad", ("",))[0] == "place", actors


def test_a_country_ner_missed_or_split_is_a_place():
    text = (
        "Zan Koritnik of Slovenia was third. She grew up on Manihi, in the Tuamotu archipelago "
        "of French Polynesia. Georgia Tech and Chad Smith played.\n"
    )
    mentions = [
        _m(text, "Zan Koritnik", "PERSON"),
        _m(text, "French", "NORP"),
        _m(text, "Polynesia", "GPE"),
        _m(text, "Chad Smith", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Slovenia", ("",))[0] == "place", actors
    assert actors.get("French Polynesia", ("",))[0] == "place", actors
    assert "Polynesia" not in actors and "Georgia" not in actors and "Chad" not in actors, actors


def test_an_italian_legal_form_in_lower_case_ends_a_company_name():
    text = (
        "There is an offer. Caseifici Carnici Uniti s.r.l., a dairy company in the plain, has "
        "offered to buy the milk.\n"
    )
    actors = _actors(text, [_m(text, "Caseifici Carnici Uniti", "PERSON")])
    assert actors.get("Caseifici Carnici Uniti s.r.l.", ("",))[0] == "organization", actors


def test_a_name_that_always_follows_a_storms_word_is_the_storm():
    text = (
        "Live coverage of storm Hjalte, which reached the west coast at midnight. Storm Hjalte "
        "brought the water over the dune, said Karen Vestergaard.\n"
    )
    mentions = [
        _m(text, "Hjalte", "ORG"),
        _m(text, "Hjalte", "ORG", 1),
        _m(text, "Karen Vestergaard", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert "Hjalte" not in actors and "Storm Hjalte" not in actors, actors


def test_a_name_translated_in_brackets_is_the_same_body():
    text = (
        'Fundashon Kunuku Bibu ("Living Farm Foundation") works to protect the salt pans. The '
        "Living Farm Foundation was set up in 2019.\n"
    )
    mentions = [
        _m(text, "Fundashon Kunuku Bibu", "ORG"),
        _m(text, "Living Farm Foundation", "ORG"),
        _m(text, "Living Farm Foundation", "ORG", 1),
    ]
    actors = _actors(text, mentions)
    assert "Living Farm Foundation" in actors.get("Fundashon Kunuku Bibu", ("", []))[1], actors


def test_a_name_only_after_director_of_is_the_directors_portfolio():
    text = (
        "The Directorate of Fisheries Protection agreed. The Director of Fisheries Protection, Dr "
        "Ada Rendell, said the bait would not be wasted.\n"
    )
    mentions = [
        _m(text, "Directorate of Fisheries Protection", "ORG"),
        _m(text, "Fisheries Protection", "ORG", 1),
        _m(text, "Ada Rendell", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert "Fisheries Protection" not in actors, actors


def test_an_expression_of_faith_opening_a_quote_is_no_actor():
    text = '"Alhamdulillah, it was caught before anyone packed a bag," said Ismail Yusof.\n'
    actors = _actors(text, [_m(text, "Alhamdulillah", "ORG"), _m(text, "Ismail Yusof", "PERSON")])
    assert "Alhamdulillah" not in actors, actors


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Sindaco Ada Bellini Rossi", "Ada Bellini Rossi"),
        ("Échevin Marc Dumont", "Marc Dumont"),
        ("Gemeindepräsidentin Vreni Aebi", "Vreni Aebi"),
        ("Sołtys Jan Kwiatek", "Jan Kwiatek"),
        ("Lonko Segundo Painemal Huenchu", "Segundo Painemal Huenchu"),
        ("Douzenier Walter Le Marquand", "Walter Le Marquand"),
        ("Tuai Rumah Ngumbang anak Jugah", "Ngumbang anak Jugah"),
        ("Dougoutigui Seydou Coulibaly", "Seydou Coulibaly"),
        ("Ekashi Kenji Hayashi", "Kenji Hayashi"),
        ("Nai Ban Somsak Chai", "Somsak Chai"),
    ],
)
def test_an_office_title_kept_in_the_local_language_is_no_part_of_the_name(surface, name):
    assert clean_surface(surface) == (name, True)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Thierno Oury Bah Sow", "Oury Bah Sow"),
        ("Mody Saliou Barry", "Saliou Barry"),
        ("Koro Tane Pakarati Hey", "Tane Pakarati Hey"),
        ("Thierno Barry", "Thierno Barry"),  # before one word it is the name's own
        ("Mayi Eliza Banda Phiri", "Eliza Banda Phiri"),
        ("Jero Mangku Wayan Sudira", "Wayan Sudira"),
        ("Kota Ibushi", "Kota Ibushi"),
        ("Don Rafael Ochoa Lugo", "Rafael Ochoa Lugo"),
        ("Don Harlan", "Don Harlan"),
    ],
)
def test_an_honorific_that_is_a_given_name_elsewhere_titles_a_full_name_only(surface, name):
    assert clean_surface(surface)[0] == name


def test_a_name_in_apposition_to_a_trade_from_a_place_is_a_persons():
    text = "Zarina Kutlugildina, a hydrologist from Belorechye who walked the pasture, said it would drain.\n"
    actors = _actors(text, [_m(text, "Belorechye", "GPE")])
    assert actors.get("Zarina Kutlugildina", ("",))[0] == "person", actors


def test_a_name_after_the_village_head_of_a_place_is_a_persons():
    text = "The village head of Tashly, Ural Khamitovich Ishmuratov, said he had written twice.\n"
    actors = _actors(text, [_m(text, "Tashly", "GPE"), _m(text, "Ishmuratov", "ORG")])
    assert actors.get("Ural Khamitovich Ishmuratov", ("",))[0] == "person", actors


def test_a_romance_body_head_before_a_connector_is_no_title():
    text = "The Union des Producteurs de Lanvo (UPL) said the seed had rotted.\n"
    actors = _actors(
        text, [_m(text, "The Union des Producteurs de Lanvo", "ORG"), _m(text, "UPL", "ORG")]
    )
    assert "Union des Producteurs de Lanvo" in actors, actors


@pytest.mark.parametrize(
    "name",
    [
        "Comité du Carnaval de Vellerot",
        "Communauté de communes Pays de la Sorne Haute",
        "Zone de secours Vallée-Sorne",
        "Collectivité européenne d'Ortheim",
        "Ufficio Tecnico Comunale per la Valdena",
    ],
)
def test_a_romance_bodys_name_ner_cut_or_read_as_a_law_is_one_organisation(name):
    text = f"The hall belongs to the {name}, which met on Monday.\n"
    stub = name.split()[0]
    actors = _actors(text, [_m(text, f"the {stub}", "LAW")])
    assert actors.get(name, ("",))[0] == "organization", actors


def test_ners_the_before_a_cut_romance_body_name_gives_way_to_the_whole():
    text = "In June the Ufficio Tecnico Comunale per la Valdena wrote to the village.\n"
    actors = _actors(
        text, [_m(text, "the Ufficio Tecnico Comunale", "ORG"), _m(text, "Valdena", "GPE")]
    )
    assert "Ufficio Tecnico Comunale per la Valdena" in actors, actors


@pytest.mark.parametrize(
    "name",
    ["Urząd Gminy Lisewo", "Dinas Perikanan Lembah Hijau", "Einwohnergemeinde Talwil"],
)
def test_a_polish_indonesian_or_swiss_body_word_opens_an_organisation(name):
    text = f"A letter from the {name} arrived on Monday, and {name} said it was final.\n"
    actors = _actors(text, [_m(text, name, "PERSON"), _m(text, name, "PERSON", 1)])
    assert actors.get(name, ("",))[0] == "organization", actors


def test_a_name_a_trader_comes_from_is_a_place():
    text = "A trader from Lembang, who asked not to be named, said the app had cheated him.\n"
    actors = _actors(text, [_m(text, "Lembang", "PERSON")])
    assert actors.get("Lembang", ("",))[0] == "place", actors


def test_the_ends_of_a_route_between_two_names_are_places():
    text = "The company took over the line between Rudawa and Lisowice in 2023.\n"
    actors = _actors(text, [_m(text, "Rudawa", "NORP"), _m(text, "Lisowice", "NORP")])
    assert actors.get("Rudawa", ("",))[0] == "place", actors
    assert actors.get("Lisowice", ("",))[0] == "place", actors


def test_a_name_after_the_prefect_of_is_a_place():
    text = "The prefect of Doumbé, Sékou Camara, called a meeting on Monday.\n"
    actors = _actors(text, [_m(text, "Doumbé", "PERSON"), _m(text, "Sékou Camara", "PERSON")])
    assert actors.get("Doumbé", ("",))[0] == "place", actors


def test_a_one_word_name_joined_to_a_place_is_a_place():
    text = (
        "Farmers in Kindia-Sud have waited since May. The service sent a team to Kindia-Sud "
        "and Doumbé to take samples.\n"
    )
    mentions = [
        _m(text, "Kindia-Sud", "GPE"),
        _m(text, "Kindia-Sud", "ORG", 1),
        _m(text, "Doumbé", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Doumbé", ("",))[0] == "place", actors


def test_two_words_joined_on_a_line_of_their_own_are_a_heading_not_places():
    text = "Here is how to choose.\n\nSize and Layout\n\nKeyboards come in many sizes in Layout.\n"
    mentions = [_m(text, "Size", "PERSON"), _m(text, "Layout", "GPE"), _m(text, "Layout", "GPE", 1)]
    actors = _actors(text, mentions)
    assert actors.get("Size", ("",))[0] != "place", actors


@pytest.mark.parametrize(
    ("full", "short", "name"),
    [
        ("Jero Mangku Nyoman Sudira", "Jero Mangku", "Nyoman Sudira"),
        ("Nana Abena Mensah", "Nana Abena", "Abena Mensah"),
    ],
)
def test_the_titles_before_a_name_kept_in_its_short_form_name_that_person(full, short, name):
    text = f"The priest, {full}, said the app was wrong.\n\n“It does not know our calendar,” {short} said.\n"
    actors = _actors(text, [_m(text, full, "PERSON"), _m(text, short, "PERSON", 1)])
    assert short in actors.get(name, ("", []))[1], actors


def test_a_name_set_beside_a_places_parliament_is_that_body():
    text = "He wrote to the Jyyn Kengesh, Tuvaland's parliament, in May.\n"
    actors = _actors(text, [_m(text, "Jyyn Kengesh", "GPE"), _m(text, "Tuvaland", "GPE")])
    assert actors.get("Jyyn Kengesh", ("",))[0] == "organization", actors


def test_a_foreign_body_word_and_the_capitalised_words_after_it_are_one_body():
    text = "The livestock office, the Dinas Peternakan Kabupaten Lembah Hijau, said it never endorsed the app.\n"
    mentions = [
        _m(text, "Dinas Peternakan", "PERSON"),
        _m(text, "Kabupaten Lembah Hijau", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Dinas Peternakan Kabupaten Lembah Hijau", ("",))[0] == "organization", actors


def test_a_foreign_bodys_run_stops_before_a_persons_title():
    text = "Banco Rural Director Ada Roe said the bank would pay.\n"
    actors = _actors(text, [_m(text, "Banco Rural Director Ada Roe", "ORG")])
    assert "Banco Rural Director Ada Roe" not in actors, actors
    assert actors.get("Banco Rural", ("",))[0] == "organization", actors


def test_the_one_word_name_a_speaker_talked_with_is_a_newsroom():
    text = "In a call with Wirefeed, Ada Roe said the engineer had misread the errors.\n"
    actors = _actors(text, [_m(text, "Wirefeed", "PERSON"), _m(text, "Ada Roe", "PERSON")])
    assert actors.get("Wirefeed", ("",))[0] == "organization", actors


def test_an_acronym_in_brackets_says_where_a_cut_name_ends():
    text = "The Garo Hills Autonomous District Council (GHADC), which holds the land records, said it would decide.\n"
    actors = _actors(text, [_m(text, "Garo Hills Autonomous", "GPE"), _m(text, "GHADC", "ORG")])
    assert actors.get("Garo Hills Autonomous District Council", ("",))[0] == "organization", actors


def test_a_district_word_after_a_three_word_name_makes_one_place():
    text = "The council of Umlyngka in the West Garo Hills district voted on Sunday.\n"
    actors = _actors(text, [_m(text, "Umlyngka", "GPE"), _m(text, "West Garo Hills", "GPE")])
    assert actors.get("West Garo Hills district", ("",))[0] == "place", actors


def test_the_place_after_a_companys_legal_form_and_of_is_its_seat():
    text = "The contract went to Seilbau Talmatt AG of Reichenau last year.\n"
    actors = _actors(text, [_m(text, "Seilbau Talmatt AG", "ORG"), _m(text, "Reichenau", "PERSON")])
    assert actors.get("Reichenau", ("",))[0] == "place", actors


def test_a_belgian_non_profits_lower_case_legal_form_ends_its_name():
    text = "The fire zone refused the Comité du Carnaval de Vellerot asbl a permit.\n"
    actors = _actors(text, [_m(text, "the Comité du Carnaval de Vellerot", "LAW")])
    assert actors.get("Comité du Carnaval de Vellerot asbl", ("",))[0] == "organization", actors


def test_a_given_name_and_patronymic_address_the_person_of_that_given_name():
    text = (
        "Dorji Mukhanov, 63, farms wheat near Iki-Tal. In the village, people address Mukhanov by "
        "his name and patronymic, Dorji Sanjievich, and bring him their damage.\n\n"
        "“I do not want a fence,” Dorji Sanjievich said. “I want a neighbour who pays.”\n"
    )
    mentions = [
        _m(text, "Dorji Mukhanov", "PERSON"),
        _m(text, "Mukhanov", "PERSON", 1),
        _m(text, "Dorji Sanjievich", "PERSON"),
        _m(text, "Dorji Sanjievich", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert "Dorji Sanjievich" in actors.get("Dorji Mukhanov", ("", []))[1], actors


def test_a_months_name_before_another_name_word_is_a_given_name():
    text = "The union's president, Mir Jan Ahmed Kalhoro, said families had borrowed money.\n"
    actors = _actors(text, [_m(text, "Mir Jan Ahmed Kalhoro", "PRODUCT")])
    assert actors.get("Jan Ahmed Kalhoro", ("",))[0] == "person", actors


def test_a_family_name_put_first_and_used_before_a_noun_is_no_title():
    text = (
        "For a century the Ponnappa family of Kirgur has kept the temple keys. Ponnappa Muthamma, "
        "70, opens the door at dawn. Her cousin Ponnappa Kaveri Achaiah, 41, teaches in Mysuru, "
        "and the eldest, Ponnappa Kushalappa, lives abroad. The Ponnappa household voted on Sunday.\n"
    )
    mentions = [
        _m(text, "Ponnappa Muthamma", "PERSON"),
        _m(text, "Ponnappa Kaveri Achaiah", "PERSON"),
        _m(text, "Ponnappa Kushalappa", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert {"Ponnappa Muthamma", "Ponnappa Kushalappa"} <= set(actors), actors


def test_a_name_someone_was_born_with_is_their_alias():
    text = (
        "Ponnappa Muthamma, 70, opens the door at dawn. She was born Biddanda Muthamma, in a "
        "house across the valley, and married into the family in 1975.\n"
    )
    mentions = [_m(text, "Ponnappa Muthamma", "PERSON"), _m(text, "Biddanda Muthamma", "PERSON")]
    actors = _actors(text, mentions)
    assert "Biddanda Muthamma" in actors.get("Ponnappa Muthamma", ("", []))[1], actors


def test_a_name_opening_with_initials_is_no_place_in_a_list():
    text = "The family's notary in Kirgur, K.P. Achaiah, says the deed is in order.\n"
    mentions = [_m(text, "Kirgur", "GPE"), _m(text, "K.P. Achaiah", "PERSON")]
    assert _actors(text, mentions).get("K.P. Achaiah", ("",))[0] == "person"


@pytest.mark.parametrize("body", ["Kirgur Kodava Samaja", "Tolbagh Bachao Samiti"])
def test_south_asian_body_words_end_an_organisations_name(body):
    text = f"The {body}, the residents' association, said in a notice that it would meet.\n"
    actors = _actors(text, [_m(text, body, "PERSON")])
    assert actors.get(body, ("",))[0] == "organization", actors


def test_a_surname_that_is_a_common_noun_stays_in_a_name_given_an_age():
    text = (
        "Rusi Contractor, 81, who is not a contractor but a retired teacher, signed first.\n\n"
        "Mr Contractor and his sister, Dinaz Contractor, 77, live in Block D. Dinaz said she "
        "would refuse.\n"
    )
    mentions = [_m(text, "Dinaz Contractor", "PERSON"), _m(text, "Dinaz", "PERSON", 1)]
    actors = _actors(text, mentions)
    assert {"Rusi Contractor", "Dinaz Contractor"} <= set(actors), actors


def test_a_place_described_as_a_colony_or_estate_is_a_place():
    text = "The notice went up on the gate of Dadysett Wadi, a housing colony of four blocks in Pune.\n"
    actors = _actors(text, [_m(text, "Dadysett Wadi", "ORG")])
    assert actors.get("Dadysett Wadi", ("",))[0] == "place", actors


def test_a_batak_womans_name_keeps_boru_and_her_clan():
    text = (
        "His wife, Lamria boru Hutapea, keeps the accounts of the cages.\n\n"
        "Lamria said they owed the cooperative for feed.\n"
    )
    mentions = [
        _m(text, "Lamria", "GPE"),
        _m(text, "Hutapea", "PRODUCT"),
        _m(text, "Lamria", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert "Lamria" in actors.get("Lamria boru Hutapea", ("", []))[1], actors


def test_a_colon_inside_a_word_keeps_a_mohawk_name_whole():
    text = "She grew up in Kanehsatà:ke, the Mohawk community across the lake from the city.\n"
    actors = _actors(text, [_m(text, "Kanehsatà", "PERSON")])
    assert actors.get("Kanehsatà:ke", ("",))[0] == "place", actors


def test_a_name_said_to_be_someones_is_a_persons():
    text = "From my uncle Hemi. His name is Tawhirimatea, but on every site he is Hemi.\n"
    actors = _actors(text, [_m(text, "Tawhirimatea", "ORG")])
    assert actors.get("Tawhirimatea", ("",))[0] == "person", actors


def test_a_name_cut_after_and_goes_on_to_the_capitalised_words():
    text = "The Yukon Department of Fish and Game (YDF&G) announced on Monday that the bay would open.\n"
    actors = _actors(text, [_m(text, "The Yukon Department of Fish and", "ORG")])
    assert actors.get("Yukon Department of Fish and Game", ("",))[0] == "organization", actors


def test_a_capitalised_surname_like_a_joining_word_ends_no_name_early():
    text = "Mitali Rani Das, a machinist on Line 3, said the crèche had changed her day.\n"
    actors = _actors(text, [_m(text, "Mitali Rani Das", "PERSON")])
    assert "Mitali Rani Das" in actors, actors


def test_four_name_words_before_a_head_word_after_the_are_one_body():
    text = (
        "A group representing the fleet, the Chatham Sac Roe Trollers Association, said its "
        "members would wait.\n"
    )
    actors = _actors(text, [])
    assert actors.get("Chatham Sac Roe Trollers Association", ("",))[0] == "organization"


def test_a_capitalised_compass_word_before_a_place_is_part_of_its_name():
    text = "Tolvik is a village of 300 people in Northwest Greenland, on the coast.\n"
    actors = _actors(text, [_m(text, "Tolvik", "GPE"), _m(text, "Greenland", "GPE")])
    assert actors.get("Northwest Greenland", ("",))[0] == "place", actors


def test_a_titled_shared_surname_keeps_naming_whom_it_named_first():
    text = (
        "Marjorie Kaya, 81, is an elder of the Tolvik council. Elder Kaya said she learned the "
        "nets as a girl.\n\n"
        "Her grandson, Tyler Kaya, 22, came home to help. Kaya said the work was hard.\n\n"
        'At the end of the meeting, Elder Kaya told him, "Come back before you decide."\n'
    )
    mentions = [
        _m(text, "Marjorie Kaya", "PERSON"),
        _m(text, "Kaya", "PERSON", 1),
        _m(text, "Tyler Kaya", "PERSON"),
        _m(text, "Kaya", "PERSON", 3),
        _m(text, "Kaya", "PERSON", 4),
    ]
    actors, occurrences = build_actors(text, mentions)
    last = max(occurrences, key=lambda o: o.start)
    assert actors[last.actor].name == "Marjorie Kaya", [
        (o.text, actors[o.actor].name) for o in occurrences
    ]


@pytest.mark.parametrize(
    ("titled", "name"),
    [
        ("Ordfører Sigrid Vollan", "Sigrid Vollan"),
        ("Dott.ssa Chiara Benzi", "Chiara Benzi"),
        ("Ketua Kampung Rosli Gimpoton", "Rosli Gimpoton"),
    ],
)
def test_local_office_and_academic_titles_are_no_part_of_the_name(titled, name):
    text = f"The village head, {titled}, said the meeting would be on Friday.\n"
    actors = _actors(text, [_m(text, titled, "PERSON")])
    assert name in actors, actors


def test_emeritus_is_part_of_a_professors_title():
    text = (
        "The recordings were made by Prof. Emeritus Olaf Brekke, who taught at the university. "
        'Brekke said he had acted "in good faith".\n'
    )
    mentions = [_m(text, "Emeritus Olaf Brekke", "PERSON"), _m(text, "Brekke", "PERSON", 1)]
    actors = _actors(text, mentions)
    assert not any("Emeritus" in a for a in actors.get("Olaf Brekke", ("", []))[1]), actors


def test_a_place_word_read_alone_opens_the_name_after_it():
    text = (
        "The tapes were made in Kampung Lotud Baru near Tuaran in 1990. The Ketua Kampung of "
        "the village keeps a copy.\n"
    )
    mentions = [
        _m(text, "Kampung", "GPE"),
        _m(text, "Lotud Baru", "PERSON"),
        _m(text, "Tuaran", "GPE"),
    ]
    actors = _actors(text, mentions)
    assert actors.get("Kampung Lotud Baru", ("",))[0] == "place", actors


def test_a_nickname_inside_a_name_is_no_break_in_its_mention():
    text = (
        'Joaquim "Quim" Furtado, 51, grows onions on the ridge.\n\n'
        '"The well is all we have," Furtado said.\n\n'
        "His mother, Albertina Furtado, 78, sorts the harvest. Quim Furtado said he would "
        "truck in water.\n"
    )
    mentions = [
        _m(text, "Furtado", "PERSON", 1),
        _m(text, "Albertina Furtado", "PERSON"),
        _m(text, "Quim Furtado", "PERSON"),
    ]
    actors, occurrences = build_actors(text, mentions)
    second = sorted(occurrences, key=lambda o: o.start)
    said = next(
        o for o in second if text[o.start : o.end] == "Furtado" and o.start > text.index("have,")
    )
    assert actors[said.actor].name == "Joaquim Furtado", [
        (o.text, actors[o.actor].name) for o in second
    ]
    names = {a.name: a.aliases for a in actors}
    assert "Quim Furtado" in names.get("Joaquim Furtado", []), names


def test_where_a_family_came_from_on_its_way_somewhere_is_a_place():
    text = (
        "His great-grandfather came to Bermuda from the Faial Isles in 1908 and planted onions.\n"
    )
    actors = _actors(text, [_m(text, "Bermuda", "GPE"), _m(text, "the Faial Isles", "ORG")])
    assert actors.get("Faial Isles", ("",))[0] == "place", actors


def test_a_nickname_after_a_shared_surname_is_the_one_named_in_full_before():
    text = (
        "Ebenezer Sweeney has lost nine goats since Easter.\n\n"
        "Mr Sweeney, 61, known across the island as Bro Neezer, keeps goats above the valley.\n\n"
        "His brother Cuthbert Sweeney farms peppers lower down. Bro Neezer said the trucks never "
        "stop.\n\n"
        "His grandson, Tariq Sweeney, 16, films the trucks.\n"
    )
    mentions = [
        _m(text, "Ebenezer Sweeney", "PERSON"),
        _m(text, "Sweeney", "PERSON", 1),
        _m(text, "Bro Neezer", "PERSON"),
        _m(text, "Cuthbert Sweeney", "PERSON"),
        _m(text, "Bro Neezer", "PERSON", 1),
        _m(text, "Tariq Sweeney", "PERSON"),
    ]
    actors = _actors(text, mentions)
    holders = [name for name, (_, aliases) in actors.items() if any("Neezer" in a for a in aliases)]
    assert holders == ["Ebenezer Sweeney"], actors


def test_who_after_where_someone_comes_from_is_about_the_one_before():
    text = (
        "A deckhand from Estonia, who asked me not to print his name, slept in a van. I met "
        "Frida Kahl, a teacher from Bremen, who had booked a year ahead.\n"
    )
    mentions = [
        _m(text, "Estonia", "PERSON"),
        _m(text, "Frida Kahl", "PERSON"),
        _m(text, "Bremen", "PERSON"),
    ]
    actors = _actors(text, mentions)
    assert (actors.get("Estonia", ("",))[0], actors.get("Bremen", ("",))[0]) == (
        "place",
        "place",
    ), actors


def test_a_long_name_after_the_keeps_common_words_the_text_uses_in_lower_case():
    text = (
        "The state opened a sac roe seine fishery in the bay on Monday.\n\n"
        "A group representing the fleet, the Northern Sac Roe Trollers Association, said its "
        "members respect the elders and would wait for the harvest to end.\n"
    )
    actors = _actors(text, [])
    assert actors.get("Northern Sac Roe Trollers Association", ("",))[0] == "organization", actors


@pytest.mark.parametrize("body", ["Circolo Numismatico del Monte", "Giunta di Borgo"])
def test_italian_clubs_and_councils_are_organisations(body):
    text = f"The errors were first reported by the {body}, whose members noticed them.\n"
    actors = _actors(text, [_m(text, body, "PERSON")])
    assert actors.get(body, ("",))[0] == "organization", actors


def test_an_elided_article_joins_a_name_ner_cut_before_it():
    text = "One, Casa d'Aste Lucarelli in Pesaro, said in a listing that the sheet would sell.\n"
    actors = _actors(text, [_m(text, "Casa", "ORG"), _m(text, "Pesaro", "GPE")])
    assert actors.get("Casa d'Aste Lucarelli", ("",))[0] == "organization", actors


def test_a_known_city_read_as_a_body_is_a_place_whatever_names_share_it():
    text = "The chorus was released in March by the Oslo producer Henrik Aasheim under his own label.\n"
    actors = _actors(text, [_m(text, "Oslo", "ORG"), _m(text, "Henrik Aasheim", "PERSON")])
    assert actors.get("Oslo", ("",))[0] == "place", actors


def test_two_names_joined_by_and_stay_two():
    text = "I edit in Adobe After Effects and Photoshop most days, and sometimes in other tools.\n"
    actors = _actors(text, [_m(text, "Adobe After Effects and", "ORG")])
    assert "Adobe After Effects and Photoshop" not in actors, actors


def test_a_romance_body_head_alone_is_no_actor():
    text = "The Universidad said on Monday that the new laboratory would open in May.\n"
    actors = _actors(text, [_m(text, "Universidad", "ORG")])
    assert "Universidad" not in actors, actors


def test_two_given_names_and_two_surnames_read_as_two_people_are_one():
    text = "At dawn Luis Alberto Quintal Mora heard the stream change its voice above his ponds.\n"
    mentions = [_m(text, "Luis Alberto", "PERSON"), _m(text, "Quintal Mora", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Luis Alberto Quintal Mora", ("",))[0] == "person", actors


def test_a_person_beside_words_ner_misread_as_a_person_stays_alone():
    text = "The league went to Lowmere after Tessa Rahim's unbeaten 98 carried them home.\n"
    mentions = [_m(text, "Tessa Rahim's", "PERSON"), _m(text, "unbeaten 98 carried", "PERSON")]
    assert "Tessa Rahim" in _actors(text, mentions)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("His niece came back from Thessaloniki last spring to run the shop.", "Thessaloniki"),
        ("The ferry stops at St Helena twice a month in summer.", "St Helena"),
    ],
)
def test_a_city_or_country_written_without_accents_or_with_st_is_known(sentence, place):
    text = sentence + "\n"
    actors = _actors(text, [_m(text, place, "ORG")])
    assert actors.get(place, ("",))[0] == "place", actors


def test_a_name_people_come_back_from_is_a_place():
    text = "Her brother came back from Kessaly Vale in June to help with the harvest.\n"
    actors = _actors(text, [_m(text, "Kessaly Vale", "ORG")])
    assert actors.get("Kessaly Vale", ("",))[0] == "place", actors


def test_the_compass_side_of_a_name_is_a_place():
    text = "Oren Balt keeps his boat on the north side of Tarrow Brae, near the old pier.\n"
    mentions = [_m(text, "Oren Balt", "PERSON"), _m(text, "Tarrow Brae", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Tarrow Brae", ("",))[0] == "place", actors


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Pfarrer Lukas Ebner", "Lukas Ebner"),
        ("Père Hugo Mintsa", "Hugo Mintsa"),
        ("Kommunalråd Ylva Berg", "Ylva Berg"),
        ("Gemeindevorsteher Ralf Hasler", "Ralf Hasler"),
    ],
)
def test_continental_clergy_and_municipal_titles_are_not_names(raw, name):
    text = f"{raw} said the bells would ring at noon on Sunday.\n"
    actors = _actors(text, [_m(text, raw, "PERSON")])
    assert name in actors and raw not in actors, actors


def test_a_legislators_post_nominal_is_no_part_of_the_name():
    text = "Ada Pendry MLC, who represents Halley Point in the council, said the roof would wait.\n"
    actors = _actors(text, [_m(text, "Ada Pendry MLC", "PERSON")])
    assert "Ada Pendry" in actors and "Ada Pendry MLC" not in actors, actors


@pytest.mark.parametrize("body", ["Verano Billing Anstalt", "Saffron Trails FZE"])
def test_liechtenstein_and_free_zone_legal_forms_end_a_company(body):
    text = f"The bill was sent by {body}, which said the error had been found.\n"
    actors = _actors(text, [_m(text, body, "PERSON")])
    assert actors.get(body, ("",))[0] == "organization", actors


def test_a_name_set_off_after_a_role_in_a_place_is_the_person_not_a_place():
    text = "The firm's site manager in Oyala, Gaston Mvele, said the stakes had been wrong.\n"
    mentions = [_m(text, "Oyala", "GPE"), _m(text, "Gaston Mvele", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Gaston Mvele", ("",))[0] == "person", actors


def test_a_name_a_whom_clause_follows_is_a_persons():
    text = "The chief of the village, Jean-Luc Abessolo Nze, whom everyone calls Papa Nze, walked the line.\n"
    actors = _actors(text, [_m(text, "Jean-Luc Abessolo Nze", "ORG")])
    assert actors.get("Jean-Luc Abessolo Nze", ("",))[0] == "person", actors


def test_a_given_names_full_name_read_as_a_work_is_a_person():
    text = "In that valley a son's name repeats his father's, and the chief's son is called Laurent Mbele Nkani.\n"
    actors = _actors(text, [_m(text, "Laurent Mbele Nkani", "WORK_OF_ART")])
    assert actors.get("Laurent Mbele Nkani", ("",))[0] == "person", actors


def test_a_quoted_title_stays_a_work():
    text = 'She has read "Louise Parker Jones" three times since it came out in May.\n'
    assert "Louise Parker Jones" not in _actors(
        text, [_m(text, "Louise Parker Jones", "WORK_OF_ART")]
    )


def test_a_relatives_name_is_not_proposed_inside_a_longer_name():
    text = (
        "The chief, Papa Nkani, met the surveyors in March.\n\n"
        "His eldest son is called Laurent Mbele Nkani and teaches in Oyala.\n"
    )
    mentions = [_m(text, "Papa Nkani", "PERSON"), _m(text, "Laurent Mbele Nkani", "WORK_OF_ART")]
    actors = _actors(text, mentions)
    assert "Laurent Mbele Nkani" in actors and "Mbele Nkani" not in actors, actors


def test_monsieur_before_a_surname_is_the_man_of_that_surname():
    text = (
        "The company's manager, Lionel Ekome, said the survey was wrong.\n\n"
        '"Nobody wanted this," M. Ekome said.\n'
    )
    mentions = [_m(text, "Lionel Ekome", "PERSON"), _m(text, "M. Ekome", "PERSON")]
    actors = _actors(text, mentions)
    assert "M. Ekome" in actors["Lionel Ekome"][1], actors


def test_an_initial_that_differs_from_the_given_name_is_another_person():
    text = "Lionel Ekome said the survey was wrong.\n\nJ. Ekome, his cousin, disagreed.\n"
    mentions = [_m(text, "Lionel Ekome", "PERSON"), _m(text, "J. Ekome", "PERSON")]
    assert "J. Ekome" not in _actors(text, mentions)["Lionel Ekome"][1]


def test_a_titled_name_after_a_quotation_read_as_a_work_is_a_person():
    text = (
        "The village hired a lawyer, Maître Rose-Anne Obiang Ela.\n\n"
        '"A grave is not a tree," Maître Obiang Ela said.\n'
    )
    mentions = [
        _m(text, "Rose-Anne Obiang Ela", "PERSON"),
        _m(text, "Maître Obiang Ela", "WORK_OF_ART"),
    ]
    actors = _actors(text, mentions)
    assert "Obiang Ela" in actors.get("Rose-Anne Obiang Ela", ("", []))[1], actors


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("The farms lie in Torres municipality, above the river.", "Torres", "Torres municipality"),
        ("Herders from Ethiopia's Awsa region crossed at dawn.", "Awsa", "Awsa region"),
        (
            "The silt came from the Laguna Brava reservoir upstream.",
            "Laguna Brava",
            "Laguna Brava reservoir",
        ),
    ],
)
def test_a_division_or_reservoir_named_in_lower_case_after_its_name_is_a_place(
    sentence, name, place
):
    text = sentence + "\n"
    actors = _actors(text, [_m(text, name, "ORG")])
    assert actors.get(place, ("",))[0] == "place", actors


def test_a_municipality_named_for_a_family_on_the_page_does_not_take_its_surname():
    text = (
        "Ramiro Torres lost his ponds in the flood, and Torres said he would start again.\n\n"
        "The mayor of Torres municipality said she would help the farmers.\n"
    )
    mentions = [
        _m(text, "Ramiro Torres", "PERSON"),
        _m(text, "Torres", "PERSON", 1),
        _m(text, "Torres", "GPE", 2),
    ]
    actors = _actors(text, mentions)
    assert "Torres" in actors.get("Ramiro Torres", ("", []))[1], actors


def test_a_name_a_hamlet_lies_above_is_a_place():
    text = "The stream that feeds his ponds in Pedregal, a hamlet above Mucurí, turned brown.\n"
    actors = _actors(text, [_m(text, "Pedregal", "GPE"), _m(text, "Mucurí", "ORG")])
    assert actors.get("Mucurí", ("",))[0] == "place", actors


def test_a_local_companys_country_in_brackets_stays_in_its_name():
    text = "The agent, Southern Star Freight (St Kitts) Ltd, said the container was discharged in error.\n"
    actors = _actors(text, [_m(text, "Southern Star Freight", "ORG")])
    assert actors.get("Southern Star Freight (St Kitts) Ltd", ("",))[0] == "organization", actors


def test_a_name_with_its_acronym_in_brackets_is_a_body_not_a_person():
    text = (
        "The bills came from the Obermattwasser Selis (OWS), which serves two hamlets.\n\n"
        "The OWS said no payment was required.\n"
    )
    mentions = [_m(text, "the Obermattwasser Selis", "PERSON"), _m(text, "OWS", "ORG", 1)]
    actors = _actors(text, mentions)
    assert actors.get("Obermattwasser Selis", ("", []))[0] == "organization", actors
    assert "OWS" in actors["Obermattwasser Selis"][1], actors


def test_a_partys_acronym_after_a_politicians_name_leaves_a_person():
    text = "The motion was tabled by Ada Mokoena (ANC) on Tuesday.\n"
    actors = _actors(text, [_m(text, "Ada Mokoena", "PERSON")])
    assert actors.get("Ada Mokoena", ("",))[0] == "person", actors


def test_a_feast_that_is_also_a_given_name_after_a_title_is_a_person():
    text = (
        "His father, Hajj Ramadan Belkasem Zuwari, 84, taught in secret.\n\n"
        '"We learned our letters on stones," Hajj Ramadan said.\n'
    )
    mentions = [
        _m(text, "Hajj Ramadan Belkasem Zuwari", "PERSON"),
        _m(text, "Hajj Ramadan", "PERSON", 1),
    ]
    actors = _actors(text, mentions)
    assert "Ramadan" in actors.get("Ramadan Belkasem Zuwari", ("", []))[1], actors


def test_the_head_of_a_body_named_in_lower_case_is_a_person():
    text = "The head of the village school, Madyan Salem Zuwari, said he had bought the paper himself.\n"
    actors = _actors(text, [])
    assert actors.get("Madyan Salem Zuwari", ("",))[0] == "person", actors


def test_a_relatives_name_is_not_proposed_before_a_longer_names_last_word():
    text = (
        "His father, Hajj Salem Belkasem Zuwari, taught in secret.\n\n"
        "The head of the school, Madyan Salem Zuwari, said the letters were wrong.\n"
    )
    mentions = [_m(text, "Hajj Salem", "PERSON"), _m(text, "Salem Belkasem Zuwari", "PERSON")]
    assert "Madyan Salem" not in _actors(text, mentions)


def test_a_fathers_given_name_inside_a_sons_name_leaves_him_his_surname():
    text = (
        "The head of the school, Madyan Salem Zuwari, said the books were wrong.\n\n"
        "His father, Hajj Salem Belkasem Zuwari, 84, was a teacher too.\n\n"
        '"We learned in secret," Hajj Salem said.\n\n'
        '"I write the alphabet every morning," Zuwari said.\n'
    )
    mentions = [
        _m(text, "Madyan Salem Zuwari", "PERSON"),
        _m(text, "Hajj Salem Belkasem Zuwari", "PERSON"),
        _m(text, "Hajj Salem", "PERSON", 1),
        _m(text, "Zuwari", "PERSON", 2),
    ]
    actors = _actors(text, mentions)
    assert "Zuwari" in actors.get("Madyan Salem Zuwari", ("", []))[1], actors


def test_an_office_named_for_a_post_goes_on_with_where_the_post_is():
    text = (
        "The Office of the Governor of Kosrae State said in a statement that talks would follow.\n"
    )
    mentions = [_m(text, "The Office of the Governor", "ORG"), _m(text, "Kosrae State", "ORG")]
    actors = _actors(text, mentions)
    assert actors.get("Office of the Governor of Kosrae State", ("",))[0] == "organization", actors


def test_a_state_named_by_its_kind_goes_on_with_of_and_its_name():
    text = "Colonia is the capital of a state in the Federated States of Micronesia.\n"
    mentions = [_m(text, "the Federated States", "GPE"), _m(text, "Micronesia", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Federated States of Micronesia", ("",))[0] == "place", actors
    assert "Federated States" not in actors, actors


def test_a_company_read_as_a_person_keeps_its_first_word():
    text = "I asked Atoll Link Telecom, who run the only network on the atoll, for help.\n"
    actors = _actors(text, [_m(text, "Atoll Link Telecom", "PERSON")])
    assert "Atoll Link Telecom" in actors and "Link Telecom" not in actors, actors


def test_a_who_clause_after_an_island_someone_is_on_is_about_the_person():
    text = "A teacher on Tafuna, who asked not to be named, said the keyboard helped.\n\nTafuna is the smallest atoll.\n"
    mentions = [_m(text, "Tafuna", "GPE"), _m(text, "Tafuna", "GPE", 1)]
    actors = _actors(text, mentions)
    assert actors.get("Tafuna", ("",))[0] == "place", actors


def test_a_cousin_named_after_the_kin_noun_is_a_person_not_a_work():
    text = "My cousin Falani Tuilagi in Apia pays half of the cost.\n"
    actors = _actors(text, [_m(text, "Falani Tuilagi", "WORK_OF_ART"), _m(text, "Apia", "GPE")])
    assert actors.get("Falani Tuilagi", ("",))[0] == "person", actors


def test_a_demonym_before_a_body_does_not_make_it_a_person():
    text = "The Canarian Lucha Federation said the crowd was the largest in years.\n"
    actors = _actors(text, [_m(text, "The Canarian Lucha Federation", "ORG")])
    assert actors.get("Canarian Lucha Federation", ("",))[0] == "organization", actors


def test_a_german_fire_brigade_is_a_body():
    text = "Last night Feuerwehr Oberau said it had not guarded the pole.\n"
    actors = _actors(text, [_m(text, "Feuerwehr Oberau", "PERSON")])
    assert actors.get("Feuerwehr Oberau", ("",))[0] == "organization", actors


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("At dawn the farmer heard the Quebrada Honda change its voice.", "Quebrada Honda"),
        (
            "He has built eleven boats in the same shed at Pollard Bight since 1990.",
            "Pollard Bight",
        ),
    ],
)
def test_a_ravine_or_a_bight_by_its_landform_word_is_a_place(sentence, place):
    text = sentence + "\n"
    actors = _actors(text, [_m(text, place, "PERSON")])
    assert actors.get(place, ("",))[0] == "place", actors


def test_a_german_town_named_with_its_river_is_one_place():
    text = "The police station in Rosenheim am Inn said the pole was not stolen.\n"
    mentions = [_m(text, "Rosenheim", "GPE"), _m(text, "Inn", "PERSON")]
    actors = _actors(text, mentions)
    assert actors.get("Rosenheim am Inn", ("",))[0] == "place" and "Inn" not in actors, actors


def test_a_name_joined_by_an_ampersand_that_someone_told_is_a_newsroom():
    text = '"The careful pilots will comply," Varga told Wire & Byte. "The others will not."\n'
    actors = _actors(text, [_m(text, "Varga", "PERSON")])
    assert actors.get("Wire & Byte", ("",))[0] == "organization", actors


def test_a_speaker_and_the_newsroom_told_read_as_one_body_are_two():
    text = '"The careful pilots will comply," Varga told Wire & Byte. "The others will not."\n'
    actors = _actors(text, [_m(text, "Varga told Wire & Byte", "ORG")])
    assert actors.get("Varga", ("",))[0] == "person", actors
    assert actors.get("Wire & Byte", ("",))[0] == "organization", actors


def test_a_name_placed_by_its_context_that_only_ner_calls_a_body_is_a_place():
    text = (
        "The crosses of Nkolo-Assi stood in a clearing at the edge of the village.\n\n"
        "The chief of Nkolo-Assi said he had shown the surveyors the graves.\n\n"
        "For now, the families of Nkolo-Assi have put the crosses back.\n"
    )
    mentions = [_m(text, "Nkolo-Assi", "ORG", i) for i in range(3)]
    actors = _actors(text, mentions)
    assert actors.get("Nkolo-Assi", ("",))[0] == "place", actors


def test_a_body_placed_once_but_speaking_as_a_body_stays_a_body():
    text = (
        "The families of Kestrel Mining live in the valley.\n\n"
        "Kestrel Mining said in a statement that it would pay for the damage.\n"
    )
    mentions = [_m(text, "Kestrel Mining", "ORG", i) for i in range(2)]
    actors = _actors(text, mentions)
    assert actors.get("Kestrel Mining", ("",))[0] == "organization", actors


def test_two_one_word_places_read_as_one_are_two():
    text = "He planned to carve the canoe with young people from Tallet and Skeena Bay.\n"
    actors = _actors(text, [_m(text, "Tallet and Skeena", "GPE")])
    assert "Tallet and Skeena" not in actors and actors.get("Tallet", ("",))[0] == "place", actors


def test_a_person_with_their_own_initials_in_brackets_stays_a_person():
    text = "The framework's author, Dawid Henning Hale (DHH), said the release was late.\n"
    actors = _actors(text, [_m(text, "Dawid Henning Hale", "PERSON")])
    assert actors.get("Dawid Henning Hale", ("",))[0] == "person", actors


def test_a_club_a_who_clause_follows_is_still_a_club():
    text = (
        "Welcome to the final. Tarrow Rovers, who have not won a trophy since 1987, kicked off.\n"
    )
    actors = _actors(text, [_m(text, "Tarrow Rovers", "PERSON")])
    assert actors.get("Tarrow Rovers", ("",))[0] == "organization", actors


def test_a_rugby_clubs_initials_end_a_body():
    text = "The cup went to Tarrow RFC for the first time in forty years.\n"
    actors = _actors(text, [_m(text, "Tarrow RFC", "PERSON")])
    assert actors.get("Tarrow RFC", ("",))[0] == "organization", actors


@pytest.mark.parametrize("word", ["Parliament", "Cabinet"])
def test_an_institution_named_by_its_head_word_alone_is_a_body(word):
    text = f"She had raised the matter in {word} twice, she said, and would again in {word}.\n"
    mentions = [_m(text, word, "GPE"), _m(text, word, "GPE", 1)]
    actors = _actors(text, mentions)
    assert actors.get(word, ("",))[0] == "organization", actors


def test_a_name_after_a_lower_case_compass_adjective_is_a_place():
    text = "The mill stands in the Castagna, the chestnut country of north-eastern Corvesa.\n"
    actors = _actors(text, [_m(text, "Corvesa", "PRODUCT")])
    assert actors.get("Corvesa", ("",))[0] == "place", actors


@pytest.mark.parametrize("name", ["I Wayan Darmaja", "Ni Ketut Sariasih"])
def test_a_balinese_name_whose_i_ner_reads_as_the_pronoun_is_a_person(name):
    text = f"The head of the subak, its pekaseh, {name}, said the committee had trusted the app.\n"
    actors = _actors(text, [])
    assert actors.get(name, ("",))[0] == "person", actors


@pytest.mark.parametrize(
    "sentence",
    [
        "He cast the green tiles in his workshop at Solaiyur Kadu last spring.",
        "Up the road at Mucuruba Baja, a woman who runs a guest house threw out her trout.",
    ],
)
def test_where_a_building_stands_or_along_a_road_is_a_place(sentence):
    text = sentence + "\n"
    name = "Solaiyur Kadu" if "Solaiyur" in text else "Mucuruba Baja"
    actors = _actors(text, [_m(text, name, "PERSON")])
    assert actors.get(name, ("",))[0] == "place", actors


def test_a_firm_whose_shed_someone_stands_at_stays_a_firm():
    text = "The smell of boiled crawfish drifted from the shed at Guidry Seafood all morning.\n"
    actors = _actors(text, [_m(text, "Guidry Seafood", "ORG")])
    assert actors.get("Guidry Seafood", ("",))[0] == "organization", actors


def test_a_relative_called_by_kin_alone_is_no_actor():
    text = '"If they knock the shed down, I don\'t know what Uncle will do," the boy said.\n'
    assert "Uncle" not in _actors(text, [_m(text, "Uncle", "PERSON")])


def test_a_capital_named_for_its_country_is_a_place_of_its_own():
    text = (
        "Herders drive the goats down to Kuwait city every month, and Kuwait has no other port.\n"
    )
    actors = _actors(text, [_m(text, "Kuwait", "GPE"), _m(text, "Kuwait", "GPE", 1)])
    assert actors.get("Kuwait city", ("",))[0] == "place" and "Kuwait" in actors, actors


def test_a_surname_that_is_a_body_word_stays_the_persons():
    text = "Ada Mills runs the ferry office.\n\nMills said the timetable would change in May.\n"
    mentions = [_m(text, "Ada Mills", "PERSON"), _m(text, "Mills", "ORG", 1)]
    actors = _actors(text, mentions)
    assert "Mills" in actors.get("Ada Mills", ("", []))[1], actors


def test_a_city_of_a_country_is_no_capital_named_for_it():
    text = "Officials in the western Japan city of Sakai said the outbreak was over.\n"
    actors = _actors(text, [_m(text, "Japan", "GPE"), _m(text, "Sakai", "GPE")])
    assert "Japan city" not in actors, actors
