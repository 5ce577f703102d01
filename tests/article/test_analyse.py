"""analyse(): API, Markdown neutralisation, offsets, robustness, lazy loading of spaCy."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.article.analyse import analyse, compact, neutralise_markdown
from reader.models import Analysis

ARTICLE = """# Harbour deal agreed

Officials in [Port Elsing](https://news.example.com/port-elsing?id=3) said on Wednesday
that the harbour would be sold.

> “We have waited ten years for this day,” said **Henrik Solvay**, the harbour master.

- Solvay, 61, joined the harbour authority in 1998.
- “The [buyers](https://example.org/buyers_(list)) must keep every job,” Solvay said.

The buyer, Calder Maritime, said in a statement: "Port Elsing will grow with us."
"""


@pytest.fixture(scope="module")
def result() -> Analysis:
    return analyse(ARTICLE)


def test_importing_the_analysis_layer_does_not_import_spacy():
    code = (
        "import sys\n"
        "import reader.article.analyse, reader.article.quotes, reader.article.actors\n"
        "import reader.article.nlp\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_neutralise_keeps_length_and_removes_syntax():
    out = neutralise_markdown(ARTICLE)
    assert len(out) == len(ARTICLE)
    assert "https" not in out and "](" not in out and "**" not in out
    assert "# " not in out and "> " not in out and "\n- " not in out
    assert "Port Elsing" in out and "buyers" in out


def test_quote_offsets_point_into_the_original_text(result):
    assert len(result.quotes) == 3
    for q in result.quotes:
        span = " ".join(neutralise_markdown(ARTICLE)[q.start : q.end].split())
        assert span == q.text
    first = result.quotes[0]
    assert ARTICLE[first.start : first.end] == "We have waited ten years for this day"
    assert ARTICLE[first.start - 1] == "“"


def test_markdown_does_not_leak(result):
    blob = repr(result.to_json())
    for bad in ("http", "example", "](", "**", "> ", "# "):
        assert bad not in blob
    link_quote = result.quotes[1]
    assert link_quote.text == "The buyers must keep every job"
    assert link_quote.speaker == "Henrik Solvay"


def test_speakers_and_actors(result):
    assert [q.speaker for q in result.quotes] == [
        "Henrik Solvay",
        "Henrik Solvay",
        "Calder Maritime",
    ]
    names = {a.name: a for a in result.actors}
    assert names["Henrik Solvay"].kind == "person"
    assert names["Henrik Solvay"].aliases == ["Solvay"]
    assert names["Henrik Solvay"].mentions == 3
    assert names["Port Elsing"].kind == "place"
    assert names["Calder Maritime"].kind == "organization"


def test_json_round_trip(result):
    assert Analysis.from_json(result.to_json()) == result


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "“",
        '"""',
        "‘’“”«»",
        "\x00\x1b[31m",
        "# \n> \n- ",
        "[](",
        "a" * 5000,
        "“" * 300,
    ],
)
def test_odd_input_does_not_raise(text):
    a = analyse(text)
    assert isinstance(a, Analysis)
    for q in a.quotes:
        assert 0 <= q.start <= q.end <= len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”‘’\"'#>-[]()Xy:")), max_size=200))
def test_fuzz_offsets_stay_in_range(text):
    a = analyse(text)
    for q in a.quotes:
        assert 0 <= q.start <= q.end <= len(text)


def test_whoever_speaks_is_an_actor():
    from reader.article.analyse import speakers_as_actors
    from reader.models import Actor, Quote

    text = "Evadney Coore-Sinclair, the head of the service, said: “Stay inside.”"
    quotes = [Quote("Stay inside.", "Evadney Coore-Sinclair", "said", 60, 72)]
    place = Actor("Harwickshire", "place", 1)
    added = speakers_as_actors(text, quotes, [place], None)
    assert [(a.name, a.kind) for a in added] == [("Evadney Coore-Sinclair", "person")]
    # never the byline's author, an unnamed source, a body, or someone already an actor
    quotes = [
        Quote("x", "Mara Lind", "said", 0, 1),
        Quote("x", "a neighbour", "said", 0, 1),
        Quote("x", "Harwickshire Trading Standards", "said", 0, 1),
        Quote("x", "Evadney Coore-Sinclair", "said", 0, 1),
    ]
    known = Actor("Evadney Coore-Sinclair", "person", 1)
    text = "Mara Lind, a neighbour, Harwickshire Trading Standards, Evadney Coore-Sinclair"
    assert speakers_as_actors(text, quotes, [place, known], "Mara Lind") == []


@pytest.mark.parametrize("opening", ["“[The tides]", "“\\[The tides\\]"])
def test_an_editors_brackets_in_a_quotation_stay_in_its_words(opening):
    text = f"{opening} are rising faster than the sea wall,” said Orla Penhaligon, a surveyor.\n"
    quotes = analyse(text).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Orla Penhaligon", "[The tides] are rising faster than the sea wall")
    ]


def test_a_links_brackets_leave_no_trace_in_a_quotation():
    text = "“The [sea wall](https://harbour.example/wall) is too low,” said Orla Penhaligon.\n"
    assert [q.text for q in analyse(text).quotes] == ["The sea wall is too low"]


def test_a_link_inside_a_quotation_leaves_no_gap_before_a_comma():
    text = (
        "Kevin Marrow suggests “the [Tarn DT 70 headphones](https://tarn.example/dt-70?ref=abc), "
        "which last for years,” for anyone starting out.\n"
    )
    assert [q.text for q in analyse(text).quotes] == [
        "the Tarn DT 70 headphones, which last for years"
    ]


def test_glottal_marks_are_hidden_from_the_model_but_kept_in_offsets():
    text = "ʻEleni Vaiʻola said the Kingdom of ʻOtumalu was calm."
    small, index = compact(text)
    assert small == "Eleni Vaiola said the Kingdom of Otumalu was calm."
    assert len(index) == len(small) + 1
    # a name's opening mark stays in its span; the letters map to themselves
    assert index[0] == 0 and text[index[small.index("Vaiola") + 3]] == "o"
    assert text[index[small.index("Otumalu")] :].startswith("ʻOtumalu")


def test_names_written_with_an_okina_are_actors():
    text = (
        "ʻEleni Vaiʻola, a nurse at the district hospital, said the ward had no power. "
        "“We used torches all night,” Vaiʻola said.\n"
    )
    actors = {a.name: a.kind for a in analyse(text).actors}
    assert actors.get("ʻEleni Vaiʻola") == "person", actors


def test_a_fenced_code_block_gives_no_quotes_and_no_actors():
    text = (
        "Mara Lind wrote the handler in an afternoon.\n\n"
        "```\n"
        'logger.error("Failed to reach Harbour Gateway")\n'
        'button.className = "bg-white Rounded Panel"\n'
        "```\n\n"
        "“It worked the first time,” Lind said.\n"
    )
    result = analyse(text)
    assert [q.text for q in result.quotes] == ["It worked the first time"]
    assert {a.name for a in result.actors} == {"Mara Lind"}
