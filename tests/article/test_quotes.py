# ruff: noqa: E501  (fixture prose is kept one paragraph per line)
"""Quotes and speakers: marks, multi-paragraph quotes, attribution rules, dedupe, filters."""

from __future__ import annotations

import pytest

from reader.article.analyse import analyse
from reader.article.quotes import extract_quotes, find_spans


def _speakers(text: str) -> dict[str, str | None]:
    """Each quotation of `text` and who said it."""
    return {q.text: q.speaker for q in analyse(text).quotes}


PLANT = """# Valtora to build chip plant in Brenmoor

Valtora Semiconductor said on Tuesday it would build a $4 billion chip plant in Brenmoor, the largest investment in the region's history.

“We are committed to this region for the long term,” said Mara Lind, chief executive of Valtora Semiconductor. “The plant will employ 3,000 people.”

Lind told reporters in Kestrel City that construction would begin next spring. “Nobody else offered us this kind of talent,” she added.

The mayor of Brenmoor, Tomas Harlow, called the deal "a reckless gamble" with public money. "We have seen this before," Harlow said. "Companies come, take the subsidies and leave."

> “We are committed to this region for the long term.”

According to one of the sources, Valtora had also looked at sites in Orsk Province. "Orsk was never serious," one of the sources said. "It was a bargaining chip."

An official who asked not to be named said: “Mara Lind negotiated every detail herself.”

The Ministry of Industry welcomed the deal. "This is a vote of confidence in our workers," the ministry said in a statement.

Harlow, 58, a former union leader, has long opposed subsidies.

“I will fight this,” Harlow warned.

“The money would be better spent on schools,” he said. “And on hospitals.

“And on roads that are falling apart.”

Valtora shares rose 3% on the Kestrel Stock Exchange. The film “The Long Night Home” was shot in Brenmoor, in what locals call the “old town”.
"""

TALKS = """Brandt rejects pipeline terms

President Elena Vasquez of Marovia met Prime Minister Oskar Brandt in Tallinor on Monday to discuss the gas pipeline.

Brandt's spokesman, Piet Gorski, said: "The prime minister raised the question of transit fees."

Brandt said:

“We will not sign anything that hurts our farmers.”

Speaking after the meeting, Vasquez struck a different tone. ‘We are close to a deal,’ she said. ‘Very close.’

According to Gorski, “the two leaders will meet again in March.” Gorski added that Brandt "remains open" to a compromise.

A spokesperson for Nordgas said in an email: "We do not comment on ongoing negotiations."

Dr Ines Kahl, an energy economist at Tallinor University, told the Marovia Herald that the costs were "wildly underestimated".

"Nobody has done the math," Kahl said.

Kahl's colleague, Jonas Weber, disagreed. "The numbers are fine," he said.

"Vasquez is wrong about this," Weber wrote on social media, "and she knows it."

On Friday, opposition leader Lukas Fenn called it "a giveaway to a foreign monopoly".
"""


@pytest.fixture(scope="module")
def plant():
    return analyse(PLANT)


@pytest.fixture(scope="module")
def talks():
    return analyse(TALKS)


def by_text(analysis, start):
    hits = [q for q in analysis.quotes if q.text.startswith(start)]
    assert len(hits) == 1, (start, [q.text for q in analysis.quotes])
    return hits[0]


@pytest.mark.parametrize(
    ("start", "speaker", "cue"),
    [
        ("We are committed", "Mara Lind", "said"),  # said X, apposition after
        ("The plant will employ", "Mara Lind", None),  # continuation after "said X."
        ("Nobody else offered", "Mara Lind", "added"),  # she added → last named person
        ("a reckless gamble", "Tomas Harlow", "called"),  # partial quote, apposition subject
        ("We have seen this before", "Tomas Harlow", "said"),  # surname → full name
        ("Companies come", "Tomas Harlow", None),
        ("Orsk was never serious", "one of the sources", "said"),  # anonymous, kept as such
        ("It was a bargaining chip", "one of the sources", None),
        (
            "Mara Lind negotiated",
            "one of the sources",
            "said",
        ),  # not the name inside: "an official who asked not to be named" is a source
        (
            "This is a vote of confidence",
            "Ministry of Industry",
            "said",
        ),  # "the ministry" → the org
        ("I will fight this", "Tomas Harlow", "warned"),
        ("The money would be better spent", "Tomas Harlow", "said"),  # he → Harlow
    ],
)
def test_plant_speakers(plant, start, speaker, cue):
    q = by_text(plant, start)
    assert (q.speaker, q.cue) == (speaker, cue)


def test_multi_paragraph_quote_is_one_quote(plant):
    q = by_text(plant, "And on hospitals")
    assert q.text == "And on hospitals. And on roads that are falling apart."
    assert q.speaker == "Tomas Harlow"
    assert PLANT[q.start : q.end].startswith("And on hospitals.\n\n“And on roads")
    assert PLANT[q.end] == "”"


def test_pull_quote_listed_once(plant):
    assert sum("committed to this region" in q.text for q in plant.quotes) == 1


def test_titles_and_scare_quotes_are_not_quotes(plant):
    texts = [q.text for q in plant.quotes]
    assert not any("Long Night Home" in t for t in texts)
    assert "old town" not in texts
    assert len(plant.quotes) == 13


def test_offsets_cover_the_quoted_words_without_marks(plant):
    for q in plant.quotes:
        assert PLANT[q.start - 1] in '“"‘'
        assert PLANT[q.start : q.end].split()[0] == q.text.split()[0]


@pytest.mark.parametrize(
    ("start", "speaker", "cue"),
    [
        ("The prime minister raised", "Piet Gorski", "said"),  # X's spokesman, Y, said:
        ("We will not sign", "Oskar Brandt", "said"),  # "Brandt said:" closing previous paragraph
        ("We are close to a deal", "Elena Vasquez", "said"),  # single curly marks, she
        ("Very close.", "Elena Vasquez", None),  # short but a full sentence of the same speaker
        ("the two leaders will meet", "Piet Gorski", "according to"),
        ("remains open", "Piet Gorski", "added"),
        ("We do not comment", "Nordgas", "said"),  # an unnamed spokesperson: the body
        ("wildly underestimated", "Ines Kahl", "told"),  # Dr title stripped
        ("Nobody has done the math", "Ines Kahl", "said"),
        ("The numbers are fine", "Jonas Weber", "said"),  # he → the person just named
        ("Vasquez is wrong about this", "Jonas Weber", "wrote"),
        ("and she knows it", "Jonas Weber", "wrote"),  # interrupted quote
        ("a giveaway to a foreign monopoly", "Lukas Fenn", "called"),
    ],
)
def test_talks_speakers(talks, start, speaker, cue):
    q = by_text(talks, start)
    assert (q.speaker, q.cue) == (speaker, cue)


def test_told_reporters_cue():
    a = analyse(
        "Anika Roos, the head of the Saltmarsh Rowing Club, spoke on Sunday.\n\n"
        "Roos told reporters: “We will row again next season, whatever the weather.”"
    )
    assert [(q.speaker, q.cue) for q in a.quotes] == [("Anika Roos", "told reporters")]


def test_surname_first_then_full_name_later():
    a = analyse(
        "Okafor defends budget\n\n"
        "“This budget protects the poorest households,” Okafor said on Thursday.\n\n"
        "Finance minister Chidi Okafor presented the plan to parliament in Lagosa."
    )
    assert a.quotes[0].speaker == "Chidi Okafor"


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "“He told me ‘never again’ and walked out of the room,” said Ruth Amsel."
    qs = extract_quotes(text)
    assert [q.text for q in qs] == ["He told me ‘never again’ and walked out of the room"]


def test_find_spans_handles_apostrophes_and_unbalanced_marks():
    text = "The workers’ union said it won’t strike. “Unclosed quote runs to the end"
    spans = find_spans(text)
    assert [s.text for s in spans] == ["Unclosed quote runs to the end"]


def test_straight_single_quotes():
    text = "'We are not for sale,' said the chairman of Brisk Foods, Paolo Renzi."
    qs = extract_quotes(text)
    assert [q.text for q in qs] == ["We are not for sale"]
    assert qs[0].cue == "said"


def test_no_model_needed_for_anonymous_speaker():
    text = '"The deal is dead," a senior official said.'
    qs = extract_quotes(text)
    assert [(q.speaker, q.cue) for q in qs] == [("a senior official", "said")]


def test_unmarked_block_quote_attributed_by_next_paragraph():
    text = (
        "Cells from Pellar Energy were recalled in Vossberg.\n\n"
        "> Small defects in a cell are enough to start a fire.\n\n"
        "That is how Dr Lotte Brand, a chemist at Vossberg University, put it."
    )
    a = analyse(text)
    assert [(q.text, q.speaker) for q in a.quotes] == [
        ("Small defects in a cell are enough to start a fire.", "Lotte Brand")
    ]
    assert text[a.quotes[0].start : a.quotes[0].end] == a.quotes[0].text


GRID = """Power was cut to 30,000 homes on Sunday.

“Our crews will work through the night,” said Brightline Grid's operations director, Helga Monsen.

Tomas Ekeli of the Institute for Energy Policy was less sure. He said the company should "stop promising dates it cannot meet".

The owner of the substation, Varde Holdings, said in a statement that it was "working with the grid".

Fire chief Arvid Sollie said the blaze had been put out. He said: "Nobody was hurt."
"""


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("Our crews will work", "Helga Monsen"),  # "said Org's role, Name": the person
        ("stop promising dates", "Tomas Ekeli"),  # "said the company should": not the speaker
        ("working with the grid", "Varde Holdings"),  # "The owner of X, Org,": the org
        ("Nobody was hurt", "Arvid Sollie"),  # "Fire chief X said … He said:": X
    ],
)
def test_speaker_constructions(start, speaker):
    quotes = analyse(GRID).quotes
    hits = [q for q in quotes if q.text.startswith(start)]
    assert hits, [q.text for q in quotes]
    assert hits[0].speaker == speaker, [(q.text, q.speaker) for q in quotes]


# --- rules added with the second batch of gold pages ---------------------------------------

DOCS = """A misconfigured server at Brannock, the ticketing company, exposed customer data for a month, according to an audit published on Tuesday.

The audit, carried out by the consultancy Ostrander Pike, found that the server had been left open during a move. “We cannot rule out that the files were copied,” the report says.

The 20-page report, which Brannock has published in full, lists three failures.

“Each failure alone was harmless. Together they were not,” the report concludes.

Brannock said in a statement that it would contact every customer. The statement said the company had “accepted every finding”.

The Selby Cycling Federation left the rider out of its squad for two years. Its selection panel has since changed its mind. “We were wrong about her,” its report says.
"""


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("We cannot rule out", "Ostrander Pike"),  # "the report" of "an audit … by X"
        ("Each failure alone", "Ostrander Pike"),  # the author, not who published it
        ("accepted every finding", "Brannock"),  # "the statement" of "X said in a statement"
        ("We were wrong about her", "Selby Cycling Federation"),  # "its report": last org
    ],
)
def test_document_speaks_for_its_author(start, speaker):
    quotes = analyse(DOCS).quotes
    hits = [q for q in quotes if q.text.startswith(start)]
    assert hits, [q.text for q in quotes]
    assert hits[0].speaker == speaker, [(q.text, q.speaker) for q in quotes]


PEOPLE = """The flaw was found by Pavel Orlik, a researcher in Tarnow. Orlik spent two days trying to reach the company.

“Their security page pointed to a mailbox that bounced,” Orlik told reporter Jonas Velde. “In the end I wrote to their technology chief.”

That chief, Greta Vollmer, confirmed his account. She said the hole was closed within an hour. “He did everything right,” she said.

Not everyone agreed. One fisherman, mending nets on the quay at Dunmore, said the ferry had been empty for years. “You can't blame them for counting heads,” he said, asking not to be named.

At the village school, head teacher Ilona Mertz said the club would close early. “Parents have been very understanding,” she said.
"""


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        # the one told ("told reporter Jonas Velde") does not take the floor for the next quote
        ("In the end I wrote", "Pavel Orlik"),
        # "confirmed his account" must not make Vollmer a man: "She said …" outvotes it
        ("He did everything right", "Greta Vollmer"),
        # an occupation by its ending ("fisherman") is an unnamed speaker (the reason for not
        # naming him comes only after the quotation: the description stays)
        ("You can't blame them", "one fisherman"),
        # "head teacher Ilona Mertz said": two lower-case title words, still the subject
        ("Parents have been very", "Ilona Mertz"),
    ],
)
def test_people_rules(start, speaker):
    quotes = analyse(PEOPLE).quotes
    hits = [q for q in quotes if q.text.startswith(start)]
    assert hits, [q.text for q in quotes]
    assert hits[0].speaker == speaker, [(q.text, q.speaker) for q in quotes]


def test_pronoun_skips_the_one_told():
    text = (
        "Mira Castell, who has run the project since 2019, told Netwire that nobody had asked "
        "the maintainers. “We found out from a leaked draft,” she said.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Mira Castell"], [(q.text, q.speaker) for q in quotes]


def test_quote_marks_in_a_heading_are_not_a_quote():
    text = (
        "The council cut the evening buses. “I will fight it,” said Councillor Rosa Pell.\n\n"
        "## 'We will manage, we always do'\n\n"
        "Mother of three Ellen Skye put it more bluntly. “We will manage, we always do,” said Ellen Skye.\n"
    )
    quotes = analyse(text).quotes
    hits = [q for q in quotes if q.text.startswith("We will manage")]
    assert len(hits) == 1 and hits[0].speaker == "Ellen Skye", [(q.text, q.speaker) for q in quotes]
    assert not any(text.index("##") < q.start < text.index("Mother") for q in quotes)


@pytest.mark.parametrize("title", ["Pr.", "Insp.", "Cllr."])
def test_a_title_abbreviation_before_the_name_is_not_the_speaker(title):
    text = (
        f"“The audit will be published in full, every year, to every member,” said {title} Dara "
        f"Moll, who chairs the review board. {title} Moll said the first report was due in May.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Dara Moll"], [(q.text, q.speaker) for q in quotes]


def test_the_ones_promised_are_not_the_speaker():
    text = (
        "The nurses were promised 300 euros each for covering the holidays, but “half of the ward "
        "has not been paid for Easter”, a doctor at the Velmont Clinic told the Courier.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["a doctor at the Velmont Clinic"], [
        (q.text, q.speaker) for q in quotes
    ]


def test_a_place_in_the_speakers_phrase_is_not_the_speaker():
    text = (
        "A ferry captain in Ostrava Nova, who has worked the strait for years, put it more simply: “Nobody "
        "will sail this route in winter. Not for that money.”\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["a ferry captain in Ostrava Nova"], [
        (q.text, q.speaker) for q in quotes
    ]


@pytest.mark.parametrize(
    ("noun", "clause", "speaker"),
    [
        ("worker", "who has kept a stall there for years", "a worker at one of the night markets"),
        # a noun no list knows: the reason for not naming brings the person in, a source
        ("porter", "who asked not to be named for fear of losing his stall", "one of the sources"),
    ],
)
def test_an_unnamed_source_keeps_where_they_work_and_is_he_after_their_clause(
    noun, clause, speaker
):
    text = (
        "The owner, Tomas Lindqvist, denied that the stalls had been sold twice. “We have every "
        "receipt,” he said.\n\n"
        f"A {noun} at one of the night markets, {clause}, said the lorries came after midnight. "
        "“Everybody in the market knew. Nobody asked questions at that hour,” he said.\n"
    )
    quotes = {q.text[:10]: q.speaker for q in analyse(text).quotes}
    assert quotes["Everybody "] == speaker, quotes


def test_a_document_speaks_for_its_possessor_whose_name_holds_of():
    text = (
        "The Ministry of Transport's own explanatory memorandum says the levy will “bring the "
        "old piers back into use within a decade”.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Ministry of Transport"], [
        (q.text, q.speaker) for q in quotes
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marsh responded to the question on Facebook writing, “Yes, I will. That was a poor "
        "choice of words.”",
        "Marsh responded to Okoro’s question on Facebook writing, “Yes, I will. That was a poor "
        "choice of words.”",
    ],
)
def test_the_platform_words_appeared_on_is_not_the_speaker(sentence):
    quotes = analyse(sentence + "\n").quotes
    assert quotes and all(q.speaker != "Facebook" for q in quotes), [
        (q.text, q.speaker) for q in quotes
    ]


def test_the_person_after_an_employer_and_job_titles_speaks():
    text = (
        "“Hosts want meaning this year, not only beautiful tables,” says Tamsin Rowe Events "
        "Co-Owner and Lead Planner Greta Lind.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Greta Lind"], [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The chief spoke through his notable, Wirba Nkwain, who read Chief Tanyi Mbah's "
            "message. “The drum has come home,” the message said.\n",
            "Tanyi Mbah",
        ),
        (
            "Kestrel Payments Ltd published a blog post on Monday about the error. The blog post calls "
            "the bug “a units mistake, not a rate mistake”.\n",
            "Kestrel Payments",
        ),
    ],
)
def test_a_message_or_a_blog_post_speaks_for_its_author(text, speaker):
    quotes = analyse(text).quotes
    assert quotes and all(speaker in (q.speaker or "") for q in quotes), [
        (q.text, q.speaker) for q in quotes
    ]


def test_a_body_shortened_to_its_head_word_speaks():
    text = (
        "The post is run by the Northern Frost Protection Detachment. The detachment said in "
        "a written reply that the rocket had “functioned normally”.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Northern Frost Protection Detachment"], [
        (q.text, q.speaker) for q in quotes
    ]


@pytest.mark.parametrize(
    "text",
    [
        "An operator at the post, who asked not to be named, said: “We saw the cloud and had "
        "two minutes.”\n",
        "Reverend Tavita Lemalu said the church had stayed out of the dispute. “We pray for both "
        "sides,” he said.\nA matai who sits in the fono and asked not to be named because the "
        "council had not met since the decision said the court did not understand village life. "
        "“We saw the cloud and had two minutes,” he said.\n",
    ],
)
def test_an_unnamed_source_brought_in_with_a_reason_is_one_of_the_sources(text):
    quotes = analyse(text).quotes
    assert quotes[-1].speaker == "one of the sources", [(q.text, q.speaker) for q in quotes]


def test_asking_the_reporter_not_to_print_a_name_makes_one_of_the_sources():
    text = (
        "One younger trader, who asks me not to print her name, calls the mall “a cage with "
        "escalators”.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["one of the sources"], [
        (q.text, q.speaker) for q in quotes
    ]


def test_the_paper_that_saw_a_letter_did_not_write_it():
    text = (
        "The family received the order in a letter from the Tavaleni Village Council. The letter, "
        "a copy of which was seen by the Herald, says the family had “shown disrespect”.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Tavaleni Village Council"], [
        (q.text, q.speaker) for q in quotes
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Vantor Drones AG tested deliveries to the hut. The company has suspended the trial and "
        "says in an incident report published this week that the cable was missing. The report "
        "describes the collision as “a mapping failure”.\n",
        "Ostberg Spa Kft. runs the bath. The company's own business plan for 2025 says the well "
        "“produces water of exceptional temperature”.\n",
    ],
)
def test_a_document_put_out_by_the_company_speaks_for_it(text):
    quotes = analyse(text).quotes
    assert quotes and quotes[-1].speaker in ("Vantor Drones AG", "Ostberg Spa Kft."), [
        (q.text, q.speaker) for q in quotes
    ]


def test_a_bodys_letter_named_by_its_noun_is_that_bodys():
    text = (
        "Lobsang Dhondup, a monk at the Rabten Khangsar, the monastery that blesses the lake, "
        "said it had written to the governor. The monastery's letter says the permit "
        "“ignores the lake's oldest custom”.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Rabten Khangsar"], [(q.text, q.speaker) for q in quotes]


def test_a_persons_statement_speaks_for_them_in_their_paragraph():
    text = (
        "Its director, Vesna Kordić, said in a statement that the valves had been set wrongly. "
        "“The aim was fairness. The result was not,” the statement said.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Vesna Kordić"], [(q.text, q.speaker) for q in quotes]


def test_the_owner_of_an_answer_before_a_colon_speaks_it():
    text = (
        "The regulator published its guidance on Thursday. “Banners must be shown once,” the "
        "guidance says.\n\n"
        "I asked the commissioner, Ilse Marten-Obi, what would happen first. Her answer was "
        "short: “Nothing much. People will wait and see.”\n"
    )
    quotes = _speakers(text)
    assert quotes["Nothing much. People will wait and see."] == "Ilse Marten-Obi", quotes


def test_a_gloss_of_a_quotation_is_its_speakers_translation():
    text = (
        "“Kernow bys vykken,” Demelza Trewin said when I asked her, which is Cornish for "
        "“Cornwall for ever”. “But it has to be for Tuesdays too,” she said.\n"
    )
    quotes = {q.text: q.speaker for q in analyse(text, author="Jory Pascoe").quotes}
    assert quotes["Cornwall for ever"] == "Demelza Trewin", quotes


def test_a_saying_translated_by_its_speaker_is_theirs():
    text = (
        "IN-TEDOUA, Niger, Oct 3 (CPA) - A salt caravan was turned away from a fenced well, "
        "herders said on Friday.\n\n"
        "Its leader, Intalla ag Ahmeyda, said the camels were thirsty.\n\n"
        "“My grandfather watered his camels here,” Ag Ahmeyda said by satellite phone.\n\n"
        "He used a Tamasheq saying, “Aman iman,” and translated it himself: “Water is life. "
        "Everybody in the desert knows it.”\n"
    )
    quotes = _speakers(text)
    assert quotes["Water is life. Everybody in the desert knows it."] == "Intalla ag Ahmeyda", (
        quotes
    )


def test_a_document_the_text_called_its_is_that_organisations():
    text = (
        "The Kpota Net Menders' Cooperative asked the town hall for a firebreak. The "
        "cooperative's president, Afi Dossou, read from a copy of its last letter.\n\n"
        "The letter warned that “one spark can burn the whole quay”.\n"
    )
    quotes = analyse(text).quotes
    assert [q.speaker for q in quotes] == ["Kpota Net Menders' Cooperative"], [
        (q.text, q.speaker) for q in quotes
    ]


def test_a_body_the_report_says_something_about_did_not_write_it():
    text = (
        "The blackout has been explained in an incident report published by Harbour Grid "
        "Services Ltd, which runs the island's meters.\n\n"
        "The report says a settings change pushed by Voltline Pty Ltd put the server two hours "
        "ahead.\n\n"
        "“The meters did exactly what they were built to do,” the report says.\n"
    )
    quotes = _speakers(text)
    assert quotes["The meters did exactly what they were built to do"] == (
        "Harbour Grid Services Ltd"
    ), quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The prefect of the Dembeni region, Ahmed Soudjay, said the state would step in only "
            "if there was “a threat to public order”.\n",
            "Ahmed Soudjay",
        ),
        (
            "A spokeswoman for the regional department of the Harbour Ministry, Ines Varga, said "
            "the divers had finished. “The water is four metres deep,” she said.\n",
            "Ines Varga",
        ),
    ],
)
def test_the_name_in_apposition_after_a_role_of_something_speaks(text, speaker):
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == [speaker], quotes


def test_it_after_a_statement_channel_is_the_body_spoken_of():
    text = (
        "According to the Kessel Ministry of Farming, few fields remain.\n\n"
        "The ministry said it was aware of the case. In a statement, it said it would "
        "“support the growers in court” but gave no money.\n"
    )
    quotes = _speakers(text)
    assert quotes["support the growers in court"] == "Kessel Ministry of Farming", quotes


def test_she_after_the_chairmans_wife_is_the_wife():
    text = (
        "A mill worker who asked not to be named said the company had bought cheaper grain.\n\n"
        "Marta Vesnova, the chairman's wife and the cooperative's bookkeeper, has another "
        "number in mind.\n\n"
        "“The bank does not ask about the grain,” she said.\n"
    )
    quotes = _speakers(text)
    assert quotes["The bank does not ask about the grain"] == "Marta Vesnova", quotes


def test_she_means_the_name_opening_the_sentence_before_when_its_verb_was_lost():
    text = (
        "Marta Vesnova said the bank had called twice. “We have paid every month,” she said.\n\n"
        "## Old pickers\n\n"
        "Hops have grown around the village for as long as anyone can remember. Ilem "
        "Tarkhanova, 81, the oldest picker in the village, remembers picking by hand into "
        "wicker baskets.\n\n"
        "“My grandmother picked hops here,” she said.\n"
    )
    quotes = _speakers(text)
    assert quotes["My grandmother picked hops here"] == "Ilem Tarkhanova", quotes


def test_the_brewery_is_the_body_named_for_brewing():
    text = (
        "The cooperative's only customer, Karsk Craft Brewing JSC, sent the harvest back.\n\n"
        "The brewery said in a letter that the hops were “not of merchantable quality”.\n"
    )
    quotes = _speakers(text)
    assert quotes["not of merchantable quality"] == "Karsk Craft Brewing JSC", quotes


def test_he_after_the_writer_called_someone_is_that_person():
    text = (
        "Their operations manager, Kyle Brant, replied by email. He wrote that the lease had "
        "been “approved in principle” in September.\n\n"
        "I called the municipality's reeve, Gord Halverson, who was friendly and in a hurry. "
        "He told me the council had “followed every step the province requires”.\n"
    )
    quotes = _speakers(text)
    assert quotes["followed every step the province requires"] == "Gord Halverson", quotes


def test_what_a_body_issues_speaks_for_it():
    text = (
        "The mayor said the Horna Lehota Municipal Council had decided in September to stop "
        "paying for the standpipe.\n\n"
        "The council's resolution, adopted on 12 September, says the village would “no longer "
        "cover the costs of water”.\n"
    )
    quotes = _speakers(text)
    assert quotes["no longer cover the costs of water"] == "Horna Lehota Municipal Council", quotes


def test_an_order_speaks_for_the_body_that_issues_such_orders():
    text = (
        "The closures are spelled out in emergency orders issued each June by the Delta "
        "Fisheries Service, which manages the lower river.\n\n"
        "This year's order describes the run as “well below the level needed”.\n"
    )
    quotes = _speakers(text)
    assert quotes["well below the level needed"] == "Delta Fisheries Service", quotes


def test_he_after_a_person_introduced_with_an_age_is_that_person():
    text = (
        "The committee's secretary, Ahmed Msaidie, said there would be no exception. "
        "“They are the ones who pay,” he said.\n\n"
        "One of them is Nassur Ali Bacar, 29, a mechanic who has been engaged for six years. "
        "“I still cannot afford to marry her,” he said.\n"
    )
    quotes = _speakers(text)
    assert quotes["I still cannot afford to marry her"] == "Nassur Ali Bacar", quotes


def test_a_persons_messages_do_not_make_them_the_author_of_the_message_quoted():
    text = (
        "The release is the twelfth of Alvarez's messages since the account became public.\n\n"
        "The message, sent to her chief of staff and forwarded to Alvarez, called it “critical” "
        "that she give the speech.\n"
    )
    quotes = _speakers(text)
    assert quotes["critical"] != "Alvarez", quotes


def test_the_minister_is_the_one_named_after_a_portfolio_list_and_an_honorific():
    text = (
        "The centre was opened by the Minister of Commerce, Industry and Trade, the Hon. Sipho "
        "Mavundla, on Friday.\n\n"
        "The minister called the centre “exactly the investment this country needs”.\n\n"
        "“When a woman can sell abroad, the economy is working,” the Hon. Sipho Mavundla said.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Sipho Mavundla", "Sipho Mavundla"], quotes


def test_the_council_is_the_body_the_text_called_a_council():
    text = (
        "The Vaitupu Falekaupule, the island council, wrote to the department in November. In "
        "the letter, the council called the merger “a serious matter for families”.\n"
    )
    quotes = _speakers(text)
    assert quotes["a serious matter for families"] == "Vaitupu Falekaupule", quotes


def test_the_owners_of_a_body_are_not_the_body():
    text = (
        "Tollmouth Rovers play the final today. The club's owners said they would “back the "
        "manager whatever happens”.\n"
    )
    quotes = _speakers(text)
    assert quotes["back the manager whatever happens"] != "Tollmouth Rovers", quotes


def test_speaking_on_condition_that_he_not_be_named_makes_one_of_the_sources():
    text = (
        "A notable who voted against the cap, speaking on condition that he not be named "
        "because the matter divides families, said the reform would weaken the village. "
        "“Without it, we are a place where people sleep,” he said.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["one of the sources"], quotes


def test_the_one_asked_to_explain_is_not_the_speaker():
    text = (
        "The Republican Road Agency of Kessel said it had closed the crossing and that the "
        "contractor had been asked to explain “the discrepancy between the measurements”.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Republican Road Agency of Kessel"], quotes


def test_the_body_a_possessive_opens_onto_speaks():
    text = (
        "The Government of Kivalliq's Department of Community and Harbour Services, which plans "
        "the sealift, said it would review the schedule “with communities and carriers”.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Department of Community and Harbour Services"], quotes


def test_a_herdsman_is_a_man_so_she_is_someone_else():
    text = (
        "Dawa Lhamo runs the dairy at the foot of the pass. The herdsman, Tsering Yangchen, "
        "walked down from the pass in the snow.\n\n"
        "“We lost nine animals in one night,” she said.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Dawa Lhamo"], quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kestrel Remit Ltd froze 300 accounts in March. The company's incident note, posted "
            "on its website, says “no funds were lost at any moment”.\n",
            "Kestrel Remit Ltd",
        ),
        (
            "Bakary Touray said he had written to the governor in December. His letter, which "
            "the agency has seen, describes the notes as “paper without a promise”.\n",
            "Bakary Touray",
        ),
        (
            "The Harrow City Corporation said in a press release that stalls were allocated by "
            "lottery. The release added that the corporation “will not be intimidated”.\n",
            "Harrow City Corporation",
        ),
        (
            "Piers Lamonte, head of research at the investment bank Oldbridge Mercantile, said in "
            "a note to clients that prices would recover.\n\nThe note adds a warning: “A second "
            "bad harvest would change the picture entirely.”\n",
            "Piers Lamonte",
        ),
    ],
)
def test_a_document_speaks_for_the_one_whose_it_is(text, speaker):
    quotes = [q.speaker for q in analyse(text).quotes]
    assert [s.removeprefix("The ") for s in quotes] == [speaker], quotes


def test_who_did_not_want_his_name_used_is_an_unnamed_source():
    text = (
        "One volunteer, who did not want his name used because he works for a state "
        "department, said the club had asked for a sluice gate for years. “Every year we write "
        "the same letter,” he told us.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["one of the sources"], quotes


def test_a_convenor_in_apposition_is_a_person():
    text = (
        "Women of the locality have opened a community kitchen. Its convenor, Huidrom "
        "Sanatombi Devi, said they had cooked for 600 people by noon. “The men go to the boats "
        "and the women go to the pots,” Sanatombi said.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Huidrom Sanatombi Devi"], quotes


def test_the_company_is_not_the_news_outlet_told_things():
    text = (
        "KERR JARGA, Gambia, Feb 12 (CPA) - Farmers are still waiting for their money.\n\n"
        "Saloum Agro-Trading Company's managing director, Lamin K. Jobe, said every note would "
        "be honoured. “We have not run away,” Jobe told CPA.\n\n"
        "In a statement issued on Monday, the company said the credit notes were “a temporary "
        "bridge”.\n"
    )
    quotes = _speakers(text)
    assert quotes["a temporary bridge"] == "Saloum Agro-Trading Company", quotes


def test_one_of_the_companys_drivers_who_asked_not_to_be_named_is_a_source():
    text = (
        "One of the company's drivers, who asked me not to print his name, told me the bus was "
        "never empty. “Fourteen is the winter,” he said.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["one of the sources"], quotes


def test_a_title_with_its_dot_does_not_end_the_sentence_of_its_cue():
    text = (
        "The marketers hired a lawyer, Cllr. Moses T. Kollie Sr., who filed a petition. "
        "“A lottery that nobody saw is not a lottery. It is a gift,” Cllr. Kollie said.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Moses T. Kollie Sr."], quotes


def test_his_letter_is_a_persons_words_so_they_is_not_him():
    text = (
        "The Farmers Union of Kerr Jarga backed the village head. Bakary Touray said he had "
        "written to the governor in December. His letter, which the agency has seen, describes "
        "the notes as “paper without a promise”.\n\n“We will march to Banjul,” they said.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Bakary Touray", "Farmers Union of Kerr Jarga"], quotes


def test_a_unit_of_a_named_body_speaks_for_the_body():
    text = (
        "The Orvell office of the Ministry of Water and Forests said in a statement that it had "
        "“sent an engineer to the dam”.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Ministry of Water and Forests"], quotes


def test_a_body_named_by_its_remit_in_lower_case_keeps_the_remit():
    text = (
        "The directorate for coastal fisheries said in a written answer that “all permits "
        "were issued lawfully”.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["the directorate for coastal fisheries"], quotes


def test_the_department_is_the_department_described_in_lower_case_before():
    text = (
        "A clerk at the Tallow county roads department said the department had no spare grader. "
        "The department said in a statement that it was “reviewing the schedule”.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Tallow county roads department"], quotes


def test_the_letter_is_from_the_body_that_wrote_to_someone_just_before():
    text = (
        "A spokesperson for the Highways Board said no date had been set.\n\n"
        "The Penhallow Oyster Pickers' Society, which has nine members, wrote to the parish "
        "council last week. The letter, seen by the Courier, says the members “want only the "
        "access they have always had”.\n"
    )
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == ["Penhallow Oyster Pickers' Society"], quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Salt Road Traders Association collected the names of affected families and "
            "sent a letter to the company and to the regulator, the Consumer Board. The letter "
            "describes families “eating from the shop on credit”.\n",
            "Salt Road Traders Association",
        ),
        (
            "Pelican Freight Ltd. runs two ships to the island.\n\nCaptain Rolle said the dock "
            "was unsafe. He added that the company had written to the Ministry of Works twice. "
            "A copy of the second letter, seen by this newspaper, says the company “cannot "
            "accept liability” for calls at the dock.\n",
            "Pelican Freight Ltd.",
        ),
    ],
)
def test_a_letter_is_from_the_one_that_sent_or_wrote_it_just_before(text, speaker):
    quotes = [q.speaker for q in analyse(text).quotes]
    assert quotes == [speaker], quotes


def test_a_clause_about_the_body_before_said_in_a_statement_keeps_it_the_author():
    text = (
        'Pelangi Data Sdn Bhd said in a separate statement that it had "offered its full help".'
        '\n\nThe Pilgrim Affairs Office, which runs the ballot, said in a statement that "no '
        'applicant has lost a place". It said a new draw would be held "before a public notary".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("before a public notary") == "Pilgrim Affairs Office", quotes


def test_the_lower_case_head_word_of_a_portuguese_village_body_means_that_body():
    text = (
        "The lease was auctioned by the Comunidade de Siridao last year.\n\n"
        "The comunidade, which is run by its members through an elected committee, said in a "
        'written reply that the auction had been "conducted by the book".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("conducted by the book") == "Comunidade de Siridao", quotes


def test_it_after_a_body_that_spoke_in_an_unsigned_statement_is_that_body():
    text = (
        "Ada Roe runs the shop in Hell-Bourg.\n\n"
        'The district council said in a statement that it "regretted the delays". It said the '
        'rejected files would be "looked at first".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("looked at first") == quotes.get("regretted the delays"), quotes
    assert "statement" not in (quotes.get("looked at first") or ""), quotes


def test_a_body_named_in_apposition_to_the_phrase_that_speaks_is_the_speaker():
    text = (
        "Datalis SAS built the portal for the council.\n\n"
        "The association that represents the hamlets of the cirque, the Association des Hameaux "
        'de Cilaos, said in a letter to the prefect that the portal had "shut out the very '
        'people it was for".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("shut out the very people it was for") == (
        "Association des Hameaux de Cilaos"
    ), quotes


def test_the_sheikh_is_the_one_person_given_that_title():
    text = (
        "Sheikh Karim Hassan al-Zubaidi, whose reed guesthouse stands at the water's edge, said "
        "the village had written to the council.\n\n"
        '"The guests come to drink tea and then they want a boat," the sheikh said.\n'
    )
    quotes = _speakers(text)
    assert quotes.get("The guests come to drink tea and then they want a boat") == (
        "Karim Hassan al-Zubaidi"
    ), quotes


def test_a_quote_running_into_a_paragraph_that_only_closes_it_is_one_quote():
    text = (
        "Its chair, Ada Roe, said the deal took five years.\n\n"
        '"When we started, people told us the pans were finished. We kept counting birds.\n\n'
        'My grandmother harvested here as a girl. I think she would laugh at how long it took."\n'
    )
    quotes = [(q.text, q.speaker) for q in analyse(text).quotes]
    assert any("I think she would laugh" in t and s == "Ada Roe" for t, s in quotes), quotes


def test_a_dutch_academic_title_in_lower_case_is_no_speaker():
    text = (
        '"A salt pan is a living thing," said ing. Rudy Statius-Muller, director of Kolebra Salt '
        'Company. "We are opening its mouth again."\n'
    )
    quotes = _speakers(text)
    assert quotes.get("A salt pan is a living thing") == "Rudy Statius-Muller", quotes


def test_a_reply_signed_by_someone_is_theirs():
    text = (
        "The chief wrote to the prefect asking for the stills back. The reply, signed by Armand "
        'Houngbo, the prefect, said the matter was "with the competent services".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("with the competent services") == "Armand Houngbo", quotes


def test_a_relative_of_the_one_speaking_is_one_of_the_sources():
    text = (
        "Teremoana Pitt, 34, builds tide tables on Aitutaki.\n\n"
        'My grandmother used to say, "The sea does not send letters before it comes." Pitt '
        "said she still believes it.\n"
    )
    quotes = _speakers(text)
    assert quotes.get("The sea does not send letters before it comes.") == "one of the sources", (
        quotes
    )


def test_a_document_by_the_body_named_for_its_head_word_is_that_bodys():
    text = (
        "When the Andean Highland Railway (AHR) opened sales, every seat was gone in a minute. "
        "According to a technical note published by the railway, the system held each seat "
        '"whether or not payment was made".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("whether or not payment was made") == "Andean Highland Railway", quotes


def test_a_letter_from_a_body_whose_members_wrote_is_the_bodys():
    text = (
        "The closures are a constant subject at the Kusko Tribal Council, whose members have "
        "written to the managers every spring. A letter sent this April, which Jimmie keeps in a "
        'coffee tin, asks for "a few fish for the elders" and calls the closures "a loss".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("a few fish for the elders") == "Kusko Tribal Council", quotes


def test_a_man_named_in_apposition_is_male_for_he():
    text = (
        "By custom the keys should pass to the eldest man of the household. That man, Ponnappa "
        "Kushalappa, 80, lives in Chennai.\n\n"
        'It was Kushalappa who suggested her. "I can keep the keys from Chennai, or she can keep '
        'them at the door," he says by phone.\n'
    )
    quotes = _speakers(text)
    assert quotes.get("I can keep the keys from Chennai, or she can keep them at the door") == (
        "Ponnappa Kushalappa"
    ), quotes


def test_an_unnamed_speakers_hyphened_noun_is_kept_whole():
    text = 'Her brother-in-law once told her, "The river keeps its own accounts," and left.\n'
    quotes = _speakers(text)
    assert quotes.get("The river keeps its own accounts") == "her brother-in-law", quotes


def test_a_letter_is_by_the_body_that_wrote_it_after_its_acronym():
    text = (
        "Tapedeck Sdn Bhd runs the archive app.\n\n"
        "The Tuaran Chant Keepers' Association (TCKA), which represents singers and their "
        "families, has written to the company demanding free access. The letter calls the "
        'paywall "a locked door on our mothers".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("a locked door on our mothers") == "Tuaran Chant Keepers' Association", quotes


def test_which_after_where_a_body_is_describes_the_body():
    text = (
        "The first tapes are kept at the Tuaran Institute of Song, a small research library "
        'in Kota Belud, which said it had "no objection to the tapes being heard".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("no objection to the tapes being heard") == "Tuaran Institute of Song", quotes


def test_she_after_the_writer_met_her_is_the_one_met():
    text = (
        'Its chair, Sigrun Dahl, called the rents "a scandal". Dahl says the union is not '
        "against visitors.\n\n"
        "On the quay below the racks I met Hedda Lunde, a nurse from Bergen, who had booked a "
        'year ahead. She had not known. "I thought the crews lived in houses," she said.\n'
    )
    quotes = _speakers(text)
    assert quotes.get("I thought the crews lived in houses") == "Hedda Lunde", quotes


def test_a_local_office_set_beside_a_name_is_that_persons_role():
    text = (
        "The village is led in ritual matters by the oloye. The oloye, Adunni Bakare, is the "
        "fisherman's aunt.\n\n"
        '"The lagoon there is closed to nets," the oloye said.\n'
    )
    quotes = _speakers(text)
    assert quotes.get("The lagoon there is closed to nets") == "Adunni Bakare", quotes


def test_a_book_named_before_its_author_is_no_role():
    text = (
        "The author of the book, Hamish Tolland, stands by it.\n\n"
        'The book calls the guards "hired help". Tolland said that was fair.\n'
    )
    quotes = _speakers(text)
    assert quotes.get("hired help") != "Hamish Tolland", quotes


def test_a_speech_verb_set_in_between_commas_takes_the_subject_after_it():
    text = 'The plan, said the harbour master, was "a first step for the bay".\n'
    quotes = _speakers(text)
    assert quotes.get("a first step for the bay") == "the harbour master", quotes


def test_a_letter_by_a_body_whose_relative_clause_is_long_is_the_bodys():
    text = (
        "The Tuaran Chant Keepers' Association (TCKA), which represents singers and their "
        "families in every village of the district, has written to the company demanding free "
        'access. The letter calls the paywall "a locked door on our mothers".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("a locked door on our mothers") == "Tuaran Chant Keepers' Association", quotes


def test_a_bodys_office_speaks_for_the_body():
    text = (
        "The Justice Ministry's office for land claims said in a written reply that the case "
        'was "under review".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("under review") == "Justice Ministry", quotes


def test_her_group_is_the_body_named_after_that_noun():
    text = (
        "The loudest opposition has come from Dr Roshan Kapadia, who leads a tenants' group, "
        "Dadysett Wadi Bachao Samiti.\n\n"
        'Her group has written to the trust, calling its survey "a report written backwards".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("a report written backwards") == "Dadysett Wadi Bachao Samiti", quotes


def test_the_club_is_the_body_called_a_club_in_apposition():
    text = (
        "The errors were first reported by the Circolo Numismatico del Monte, a collectors' club "
        "based in Faetano. Its president said the club had written to the mint "
        '"within an hour of opening the parcel".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("within an hour of opening the parcel") == "Circolo Numismatico del Monte", (
        quotes
    )


@pytest.mark.parametrize(
    "who",
    ["A spokesperson for the Tolvik Harbour Authority", "A Tolvik Harbour Authority spokeswoman"],
)
def test_an_unnamed_spokesperson_speaks_for_the_body_named_with_them(who):
    text = f'The ferries stopped. {who} said crews were "checking every berth before dawn".\n'
    quotes = _speakers(text)
    assert quotes.get("checking every berth before dawn") == "Tolvik Harbour Authority", quotes


def test_the_spokesperson_later_is_the_body_of_the_one_brought_in():
    text = (
        'A spokesperson for the Tolvik Harbour Authority said it was "watching the berths". '
        '"We do not take sides," the spokesperson said.\n'
    )
    quotes = _speakers(text)
    assert quotes.get("We do not take sides") == "Tolvik Harbour Authority", quotes


def test_a_spokesman_for_a_body_ner_cut_short_speaks_for_the_whole_body():
    text = (
        "A spokesman for the Ministry for Ports and Coasts said officials were "
        '"reviewing every berth" but would not comment further.\n'
    )
    quotes = _speakers(text)
    assert quotes.get("reviewing every berth") == "Ministry for Ports and Coasts", quotes


@pytest.mark.parametrize("scope", ["regional", "federal", "state"])
def test_a_spokesperson_for_a_body_named_after_its_level_of_government_speaks_for_it(scope):
    text = (
        f"A spokeswoman for the {scope} Ministry of Ports said the berths were "
        '"under review" until spring.\n'
    )
    quotes = _speakers(text)
    assert quotes.get("under review") == "Ministry of Ports", quotes


def test_a_name_word_two_people_share_is_the_one_of_them_named_last():
    text = (
        "Marta Ekuba Salo, who runs the night patrols, said the lorries came after dark. "
        '"We count every nest," Ekuba told the agency.\n\n'
        "The patrols were started by her father, Tomás Ekuba Rilo, a retired ferryman. "
        '"The beach was ours before the road," Ekuba said.\n'
    )
    quotes = _speakers(text)
    assert quotes.get("We count every nest") == "Marta Ekuba Salo", quotes
    assert quotes.get("The beach was ours before the road") == "Tomás Ekuba Rilo", quotes


def test_the_newsroom_a_statement_was_sent_to_is_no_company_of_the_story():
    text = (
        "The lorries belong to Varela Obras S.A., which is widening the coast road. In a "
        "statement sent to Coastwire on Wednesday, the company said that "
        '"all permits are in order".\n'
    )
    quotes = _speakers(text)
    assert quotes.get("all permits are in order") == "Varela Obras S.A.", quotes


def test_an_email_sent_by_a_role_and_a_name_is_that_persons():
    text = (
        "The jury was shown an email, sent in May 2024 by the company's then finance director, "
        'Rosalind Achterberg, to the owner. It reads: "We cannot keep paying suppliers late."\n'
    )
    quotes = _speakers(text)
    assert quotes.get("We cannot keep paying suppliers late.") == "Rosalind Achterberg", quotes


def test_one_of_the_people_cited_unnamed_is_one_of_the_sources():
    text = (
        "Talks stalled over the food, according to two people in the room.\n\n"
        '"We are arguing about sausages now," one of the people said.\n'
    )
    assert _speakers(text) == {"We are arguing about sausages now": "one of the sources"}


def test_an_unnamed_manager_of_the_body_just_named_speaks_for_it():
    text = (
        "There is only one network on the islands, Reefline Telecom. When I asked them to sell "
        'phones with the keyboard, their manager replied that they "do not preinstall '
        'third-party software".\n'
    )
    assert _speakers(text) == {"do not preinstall third-party software": "Reefline Telecom"}


def test_the_report_a_body_owned_a_sentence_before_is_that_bodys():
    text = (
        "Inspectors from the Vine Quality Authority (VQA) raided three cellars on Tuesday.\n\n"
        "The Prosecutor General's Office said it had opened an investigation.\n\n"
        "According to the authority's laboratory report, most samples came from the lowlands. "
        "The report says the wine “cannot have come from the valley”.\n"
    )
    assert _speakers(text)["cannot have come from the valley"] == "Vine Quality Authority"


def test_some_people_calling_something_a_name_are_no_source():
    text = 'The dish is what some people call "a bitter invention" of the mountains.\n'
    assert "one of the sources" not in _speakers(text).values()


def test_a_spokesperson_after_a_body_named_in_the_paragraph_speaks_for_it():
    text = (
        "The Department of Orchards and Fisheries said it was examining the request. A "
        'spokesperson said the department "supports initiatives that protect regional products".\n'
    )
    spoken = _speakers(text)
    assert spoken["supports initiatives that protect regional products"] == (
        "Department of Orchards and Fisheries"
    )


def test_a_spokesperson_does_not_look_back_past_their_paragraph():
    text = (
        "Ada Loi, an economist at the University of Marrow, said prices would fall again.\n\n"
        'The police said the road was reopened. A spokesman said officers had "let the protest '
        'run its course".\n'
    )
    assert _speakers(text)["let the protest run its course"] != "University of Marrow"
