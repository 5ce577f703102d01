# ruff: noqa: E501  (a hearing record is kept one turn a line)
"""Quotations printed without quotation marks: transcript turns and Q&A answers (our text)."""

from __future__ import annotations

from reader.article.actors import Mention, build_actors
from reader.article.analyse import analyse

TRANSCRIPT = """\
Teachers rallied at the Harbour Capitol on Monday, reports Sergio Valdés-Omar.

VALDES-OMAR: Most people here are teachers, like Rosie Quarrell.

QUARRELL: We buy our own supplies. Every one of us does.

VALDES-OMAR: Quarrell has taught maths for eleven years.
"""

INTERVIEW = """\
Edith Brannock has run the Lantern cinema in Port Wennet since 1971, when she took it over.
Her nephew runs the box office. We spoke in the back row before the evening show.

**Do you still watch every film?**

Every single one, at least once. My father had a rule about that.

**Will you ever retire?**

When I can't climb the stairs to the box. Not before.

## About the Lantern

The Lantern opened in 1932 and seats 240.
"""


def _quotes(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in analyse(text).quotes}


def test_a_transcript_turn_is_a_quote_by_the_labelled_person():
    quotes = _quotes(TRANSCRIPT)
    assert quotes["We buy our own supplies. Every one of us does."] == "Rosie Quarrell"
    assert quotes["Most people here are teachers, like Rosie Quarrell."] == "Sergio Valdés-Omar"


def test_one_labelled_line_is_not_a_transcript():
    text = "Update: The Harbour Trust said on Monday that the ferry would run.\n\nIt did.\n"
    assert _quotes(text) == {}


def test_answers_under_bold_questions_are_the_interviewees():
    quotes = _quotes(INTERVIEW)
    assert quotes["Every single one, at least once. My father had a rule about that."] == (
        "Edith Brannock"
    )
    assert quotes["When I can't climb the stairs to the box. Not before."] == "Edith Brannock"
    assert not any(t.startswith("The Lantern opened") for t in quotes)  # under a heading
    assert not any(t.startswith("Edith Brannock has run") for t in quotes)  # the introduction


HEARING = """\
The harbour committee heard from the ferry operator on Tuesday. An extract of the record follows.

**The Chair (Mr. Ewan Dallimore):** I call this meeting to order. Mr. Tarrant, you have five minutes.

**Mr. Oskar Tarrant (Chief Executive, Wennet Ferries Ltd.):** Thank you. Our ship is forty years old and tired.

**Ms. Rhona Calloway (Port Wennet North, Ind.):** Mr. Tarrant, your own letter says, and I quote, "the ship is sound until 2030." What changed since then?

**The Chair:** Thank you. The meeting is suspended.
"""


def test_a_hearing_record_labels_turns_with_brackets_and_roles():
    quotes = _quotes(HEARING)
    by_start = {text.split()[0]: speaker for text, speaker in quotes.items()}
    assert by_start["I"] == "Ewan Dallimore"
    assert by_start["Thank"] in ("Oskar Tarrant", "Ewan Dallimore")
    assert quotes["Thank you. Our ship is forty years old and tired."] == "Oskar Tarrant"
    assert quotes["Thank you. The meeting is suspended."] == "Ewan Dallimore"


def test_words_a_turn_quotes_keep_their_speaker_and_the_rest_is_the_turns():
    quotes = _quotes(HEARING)
    assert quotes["Mr. Tarrant, your own letter says, and I quote"] == "Rhona Calloway"
    assert "the ship is sound until 2030." in quotes
    assert quotes["What changed since then?"] == "Rhona Calloway"


def test_a_turn_labelled_with_the_given_names_is_the_full_names_owner():
    text = (
        "The drone was flown by Pemba Yangzom Lama, 29, who runs a rescue company in the valley.\n\n"
        "**Ridgeline:** How did you start flying?\n\n"
        "**Pemba Yangzom:** My uncle repaired radios, and I learned from him in his shop.\n\n"
        "**Ridgeline:** What comes next for the company?\n\n"
        "**Pemba Yangzom:** Winter flights to the clinic when the pass is closed by snow.\n"
    )
    speakers = _quotes(text)
    assert (
        speakers["My uncle repaired radios, and I learned from him in his shop."]
        == "Pemba Yangzom Lama"
    )
    assert (
        speakers["Winter flights to the clinic when the pass is closed by snow."]
        == "Pemba Yangzom Lama"
    )


FAQ = """\
Marta Lindqvist, an analyst at Norrbank, says premiums will keep rising this year.

### FAQ

**What share of the market do the largest insurers hold?**

The ten largest insurers hold about half of the market.

**How much did the industry write in premiums?**

About 900 million crowns last year.
"""


def test_answers_under_an_faq_heading_are_nobodys_quotes():
    assert not any(s == "Marta Lindqvist" for s in _quotes(FAQ).values())


def test_an_interviewee_is_introduced_by_a_full_name():
    text = (
        "Billing for hosted runners changes in March, Dependabot users were told.\n\n"
        "**Which jobs are affected by this change?**\n\nJobs that run in private repositories.\n\n"
        "**When does the change start?**\n\nOn the first of March.\n"
    )
    assert not any(s == "Dependabot" for s in _quotes(text).values())


EMBEDDED_INTERVIEW = """\
The ferry timetable app sent islanders to empty quays all week, said Oona Peltari, 70, who waits \
for the morning boat every day.

We spoke to the app's designer, Ilkka Rämö-Saari, by phone from Turku.

**Kestrelpost: Why did the app show boats that never came?**

It read the summer timetable in November. Nobody switched it over.

**Kestrelpost: Islanders say nobody answered their emails.**

That is true, and I am sorry for it. We had one person reading them.

**Kestrelpost: Will it happen again?**

Not with the same timetable. We test the switch now.
"""


def test_the_interviewee_is_the_one_the_introduction_says_was_interviewed():
    quotes = _quotes(EMBEDDED_INTERVIEW)
    assert quotes["It read the summer timetable in November. Nobody switched it over."] == (
        "Ilkka Rämö-Saari"
    )


def test_a_bold_prompt_without_a_question_mark_is_the_interviewers():
    quotes = _quotes(EMBEDDED_INTERVIEW)
    assert not any("nobody answered their emails" in t for t in quotes)
    assert quotes["That is true, and I am sorry for it. We had one person reading them."] == (
        "Ilkka Rämö-Saari"
    )


def test_a_turn_label_may_open_with_an_accented_capital():
    text = (
        "The harbour master, Dana Šťastná, answered the council's questions on Monday.\n\n"
        "**Council: Why was the quay closed?**\n\n"
        "**Šťastná:** The piles were rotten. We saw it at low tide.\n\n"
        "**Council: For how long?**\n\n"
        "**Šťastná:** Until the new piles are driven in, in May.\n"
    )
    assert _quotes(text)["The piles were rotten. We saw it at low tide."] == "Dana Šťastná"


def test_a_bold_line_without_the_interviewers_label_is_no_prompt():
    text = (
        "Movers compared: we asked the firms and their customers. Rhoda Kettle-Ames moved twice.\n\n"
        "**Which mover was cheapest?**\n\nThe smaller firm, by about a fifth.\n\n"
        "**Did anything break?**\n\nOne mirror, which they paid for.\n\n"
        "**Get a quote from Allied Haulage**\n\n"
        "Compare three estimates before you book.\n"
    )
    quotes = _quotes(text)
    assert "Compare three estimates before you book." not in quotes, quotes


LABELLED_INTERVIEW = """\
Yangchen Dolma, 52, runs the only women's trekking agency in the valley. Her colleague, \
Padma Lhamo, 30, guides in summer. We spoke to Dolma in Leh.

Q: How did you start?

A: I carried loads for a hiking group in 1998. Nobody asked my name.

Q: Is it harder for women guides now?

A: Less than before. The families trust us now.
"""


def test_an_interview_printed_with_q_and_a_labels_is_the_interviewees():
    quotes = _quotes(LABELLED_INTERVIEW)
    assert quotes["I carried loads for a hiking group in 1998. Nobody asked my name."] == (
        "Yangchen Dolma"
    ), quotes
    assert quotes["Less than before. The families trust us now."] == "Yangchen Dolma", quotes


def test_labelled_questions_after_the_authors_own_words_are_the_sites():
    text = (
        "I have tested every drip brewer on the market this year, and the Kettleby Brewmaster "
        "is my pick. Jonas Weller, who designed it, lives in Utrecht.\n\n"
        "Q: Is drip coffee better than espresso?\n\nA: It depends what you like.\n\n"
        "Q: Should I descale it?\n\nA: Every month, with citric acid.\n"
    )
    assert "It depends what you like." not in _quotes(text)


def test_an_answer_that_quotes_someone_is_the_guests_around_the_quote():
    text = (
        "Aroha Tevita grades pearls on Manihi. We spoke to Tevita in Papeete.\n\n"
        "**The bureau says the app is a toy. What do you say?**\n\n"
        "I say a toy that is right nine times out of ten is a good toy. My grandfather used to "
        "say, “The buyer has a boat, and the boat leaves with the price.” I want the lagoon to "
        "have a price too.\n\n"
        "**Who uses it now?**\n\n"
        "About 400 farms, mostly in the Tuamotu, and a few of the big buyers.\n\n"
        "## The bureau's view\n\n"
        "A grader, who asked not to be named, disagreed. “It cannot see what a loupe sees,” "
        "he said.\n"
    )
    quotes = {q.text: q.speaker for q in analyse(text).quotes}
    mine = [t for t, s in quotes.items() if s == "Aroha Tevita"]
    assert any(t.startswith("I say a toy") for t in mine), quotes
    assert any(t.startswith("I want the lagoon") for t in mine), quotes
    assert quotes["It cannot see what a loupe sees"] != "Aroha Tevita", quotes
    assert not any("asked not to be named" in t for t in quotes), quotes


def test_a_name_that_opens_its_sentence_and_takes_herself_is_a_person():
    text = (
        "Heimata Le Caill-Teriitahi grew up diving for oysters on the lagoon of Manihi and "
        "taught herself to code during the pandemic. Her app grades pearls from a photo.\n"
    )
    mentions = [Mention(0, 26, "Heimata Le Caill-Teriitahi", "ORG")]
    actors = {a.name: a.kind for a in build_actors(text, mentions)[0]}
    assert actors == {"Heimata Le Caill-Teriitahi": "person"}, actors


def test_a_prompt_stated_in_bold_between_questions_opens_an_answer():
    text = (
        "Teremoana Pitt, 34, builds tide tables for the reef villages of Aitutaki. We spoke to "
        "Pitt in Arutanga.\n\n"
        "**How did it start?**\n\n"
        "My aunt asked me why the tables from the capital were always an hour out.\n\n"
        "**Some growers call the tables a leash.**\n\n"
        "I hear that. A table that tells you the tide is a help, and one that tells the council "
        "where you were is another thing.\n\n"
        "**What comes next?**\n\n"
        "Two more islands, if they want it.\n"
    )
    quotes = {q.text: q.speaker for q in analyse(text).quotes}
    assert (
        quotes.get(
            "I hear that. A table that tells you the tide is a help, and one that "
            "tells the council where you were is another thing."
        )
        == "Teremoana Pitt"
    ), quotes


def test_an_answer_that_says_we_is_the_guests_unless_it_reports_another():
    text = (
        "Teremoana Pitt, 34, builds tide tables for the reef villages of Aitutaki. We spoke to "
        "Pitt in Arutanga.\n\n"
        "**Does the council use the data?**\n\n"
        'The council asked for it, and wrote that it was "for planning only". We said no. The '
        "data belongs to the villages, not to us.\n\n"
        "**What comes next?**\n\n"
        "Two more islands, if they want it.\n\n"
        'Her cousin, Mata Urirau, walked us to the reef before we left. "She learnt to code in '
        'Auckland and came back to count the tide," he said.\n'
    )
    quotes = {q.text: q.speaker for q in analyse(text).quotes}
    guest = [t for t, s in quotes.items() if s == "Teremoana Pitt"]
    assert any("We said no" in t for t in guest), quotes
    assert quotes.get("She learnt to code in Auckland and came back to count the tide") == (
        "Mata Urirau"
    ), quotes


def test_bold_sentences_all_through_a_guide_are_no_prompts():
    text = (
        "Teremoana Pitt, 34, writes about tide tables. We spoke to Pitt in Arutanga.\n\n"
        "**How do I read a tide table?**\n\n"
        "Start with the harbour's own table.\n\n"
        "**Keep it simple at first.**\n\n"
        'We think the reef tables are "the best place to start" for most people.\n\n'
        "**Write the times down somewhere.**\n\n"
        "A notebook by the door does the job.\n\n"
        "**Check the moon phase too.**\n\n"
        "Spring tides come with the full and the new moon.\n\n"
        "**What about the council's tables?**\n\n"
        "They are an hour out.\n"
    )
    quotes = {q.text: q.speaker for q in analyse(text).quotes}
    assert not any(t.startswith("We think the reef tables") for t in quotes), quotes


def test_an_answer_saying_we_that_names_a_person_is_the_writers_report():
    text = (
        "Teremoana Pitt, 34, builds tide tables. We spoke to Pitt and to Mata Urirau in "
        "Arutanga.\n\n"
        "**Which tables work best?**\n\n"
        "Our candidates agreed that the harbour tables are better. Mata Urirau said they are "
        '"an hour closer to the truth" than the capital\'s.\n\n'
        "**What comes next?**\n\n"
        "Two more islands, if they want it.\n"
    )
    quotes = {q.text: q.speaker for q in analyse(text).quotes}
    assert not any(t.startswith("Our candidates agreed") for t in quotes), quotes


GUEST = (
    "Wiremu Tane, 52, is a bridge rigger from Ōtaki. Ana Kerr, a safety adviser who tested his "
    "winch, told Tidewire it was sound. We spoke to Tane on a call from a site office.\n\n"
)


def test_a_short_prompt_after_the_last_question_opens_a_first_person_answer():
    text = (
        GUEST + "**How did it start?**\n\n"
        "My brother dropped a load in 2020 and asked for a better winch.\n\n"
        "**What comes next?**\n\n"
        "Two more yards, if they want it.\n\n"
        "**Last thing.**\n\n"
        "Kia ora to the riggers who told me I was wrong. Tell my brother to ring his mother.\n"
    )
    quotes = _quotes(text)
    assert quotes.get(
        "Kia ora to the riggers who told me I was wrong. Tell my brother to ring his mother."
    ) == ("Wiremu Tane"), quotes


def test_a_closing_note_after_the_last_question_is_no_prompt():
    text = (
        GUEST + "**How did it start?**\n\n"
        "My brother dropped a load in 2020 and asked for a better winch.\n\n"
        "**What comes next?**\n\n"
        "Two more yards, if they want it.\n\n"
        "**This interview has been edited.**\n\n"
        "The winch is sold by a cooperative in Levin.\n"
    )
    assert not any(t.startswith("The winch is sold") for t in _quotes(text))


def test_an_answer_saying_mine_with_a_body_named_is_the_guests():
    text = (
        GUEST + "**How did it start?**\n\n"
        "My brother dropped a load in 2020 and asked for a better winch.\n\n"
        "**Does the town have a view?**\n\n"
        'The Ōtaki Riggers Union put out a statement backing the winch. It called rigging "a '
        'trade that has buried too many of our fathers". Every family has a name on that list, '
        "including mine.\n"
    )
    quotes = _quotes(text)
    assert any(t.startswith("Every family has a name") for t in quotes), quotes


def test_a_pronoun_in_an_answer_finds_the_person_the_answer_names():
    text = (
        GUEST + "**How did it start?**\n\n"
        "From my uncle Hemi. His name is Tawhirimatea, but on every site he is Hemi. He fell "
        'four metres in 2019. In the hospital he said, "Wiremu, I have done that move a '
        'thousand times." So we built a winch that shouts.\n\n'
        "**What comes next?**\n\n"
        "Two more yards, if they want it.\n"
    )
    quotes = _quotes(text)
    assert quotes.get("Wiremu, I have done that move a thousand times.") == "Tawhirimatea", quotes


def test_i_in_an_answer_is_the_one_answering():
    text = (
        GUEST + "**How did it start?**\n\n"
        'On my first day a foreman asked if I was lost. I said, "Kia ora," and went up.\n\n'
        "**What comes next?**\n\n"
        "Two more yards, if they want it.\n"
    )
    quotes = analyse(text, author="Piri Hale").quotes
    assert {q.text: q.speaker for q in quotes}.get("Kia ora") == "Wiremu Tane", quotes


def test_the_writers_own_bold_line_after_the_last_question_is_no_prompt():
    text = (
        GUEST + "**How did it start?**\n\n"
        "My brother dropped a load in 2020 and asked for a better winch.\n\n"
        "**What comes next?**\n\n"
        "Two more yards, if they want it.\n\n"
        "**Personally, I log every lift.**\n\n"
        "I note the load, the wind and the time.\n"
    )
    assert "I note the load, the wind and the time." not in _quotes(text)
