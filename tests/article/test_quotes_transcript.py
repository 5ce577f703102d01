"""Quotations printed without quotation marks: transcript turns and Q&A answers (our text)."""

from __future__ import annotations

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
