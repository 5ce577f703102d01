"""Acceptance test: cleaning and analysis measured against the hand-annotated gold set.

The gold pages are our own fictional writing (tests/gold/README.md). The first half of this
file checks the scorer itself on tiny handmade predictions and checks that the gold set is
internally consistent; the second half runs the real pipeline over every page (the model is
loaded once) and asserts the team's targets.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from reader.models import Actor, Quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import understanding as U  # noqa: E402
from gold_checks import assert_built_from_sources, assert_page_consistent  # noqa: E402

GOLD_PAGES = U.load_gold()


def q(text: str, speaker: str | None) -> Quote:
    return Quote(text=text, speaker=speaker, cue=None, start=0, end=len(text))


def a(name: str, kind: str, *aliases: str) -> Actor:
    return Actor(name=name, kind=kind, mentions=1, aliases=list(aliases))


# --------------------------------------------------------------------------- the scorer itself


def test_norm_text_folds_quotes_dashes_space_and_case():
    assert U.norm_text("“Hello”\u00a0 — it’s\nME") == '"hello" - it\'s me'


def test_strip_markdown_keeps_link_text_only():
    md = "## Head\n\n- item with [a link](https://x.test/a) and **bold**\n\n> quoted"
    assert U.strip_markdown(md) == "Head\n\nitem with a link and bold\n\nquoted"


def test_clean_lost_and_leaked_and_pullquote_count():
    exp = {
        "title": "A Title",
        "present": [{"text": "first words here", "kind": "first paragraph"}, "a heading"],
        "paragraphs": ["first words here", "second para"],
        "absent": [
            {"text": "Remind me later", "kind": "donation"},
            {"text": "said the pull", "kind": "pullquote", "max": 1},
        ],
    }
    good = U.score_clean(
        exp, "A title", "", "First words here.\nA Heading\nSecond para. “He said the pull.”"
    )
    assert good["passed"] and good["title_ok"] and not good["paragraphs_lost"]
    bad = U.score_clean(
        exp,
        "A Title | Site",
        "",
        "first words here. Remind me LATER. said the pull ... said the pull",
    )
    assert not bad["passed"] and not bad["title_ok"]
    assert bad["lost"] == ["a heading"] and bad["paragraphs_lost"] == ["second para"]
    assert {x["kind"] for x in bad["leaked"]} == {"donation", "pullquote"}


def test_clean_reads_markdown_text_as_well_as_plain():
    exp = {"present": ["see the report"], "absent": []}
    assert U.score_clean(exp, None, "see the [report](https://r.test)", "")["passed"]


def test_quote_matching_by_normalised_containment():
    assert U.quote_matches("We are deeply sorry", "“We are deeply sorry,”")
    assert U.quote_matches(
        "don't meet the number", "If we don’t meet the number, we don’t deserve it"
    )
    assert U.quote_matches(
        "They can take the job. They can't take the view",
        "‘They can take the job. They can’t take the view’",
    )
    assert not U.quote_matches("We are deeply sorry", "We are sorry")
    # a prediction that covers most of the gold snippet still counts
    assert U.quote_matches(
        "The job is not finished, but the end", "The job is not finished, but the"
    )


def test_wrong_speaker_missed_quote_and_extra_are_counted():
    gold = [
        {"text": "Every crown comes back", "speaker": "Rafael Osterman"},
        {
            "text": "serious doubts",
            "speaker": "Northern Farmers' Union",
            "speaker_alt": ["the Northern Farmers' Union"],
        },
        {"text": "nobody checks", "speaker": "Elin Marsh"},
        {"text": "Hanna has told Achebe", "speaker": "one of the sources"},
    ]
    pred = [
        q("Every crown comes back to us", "Dr Rafael Osterman"),  # title ignored
        q("serious doubts", "the Northern Farmers' Union"),
        q("We are against promises nobody checks", "Marsh"),  # surname only: wrong
        q("Hanna has told Achebe to settle", "Hanna"),  # the named person is not the speaker
        q("something nobody said", "Elin Marsh"),
    ]
    s = U.score_quotes(gold, pred)
    assert (s["gold"], s["found"], s["right_speaker"]) == (4, 4, 2)
    assert {w["gold"] for w in s["wrong_speaker"]} == {"Elin Marsh", "one of the sources"}
    assert s["extra"] == ["something nobody said"]
    assert U.score_quotes(gold, [])["missed"] == gold


def test_speaker_matching():
    g = {"text": "x", "speaker": "Miriam Achebe"}
    assert U.speaker_matches(g, "miriam achebe")
    assert U.speaker_matches(g, "Dr Miriam Achebe")
    assert not U.speaker_matches(g, "Achebe")
    assert not U.speaker_matches(g, None)


def test_actor_recall_junk_kinds_and_optional():
    gold = [
        {"name": "Valtora Semiconductor", "kind": "organization", "aliases": ["Valtora"]},
        {"name": "Marcus Hale", "kind": "person", "aliases": ["Hale"]},
        {"name": "Brennholt", "kind": "place", "aliases": []},
        {"name": "Elin Marsh", "kind": "person", "aliases": []},
    ]
    pred = [
        a("Valtora", "organization"),  # matches by gold alias
        a("Marcus Hale", "person", "Hale"),
        a("Brennholt", "person"),  # right name, wrong kind
        a("Thursday", "other"),  # junk
        a("Advertisement", "organization"),  # junk
        a("Binny", "other"),  # optional: ignored
    ]
    s = U.score_actors(gold, pred, optional=["Binny"])
    assert s["per_kind"]["organization"]["found"] == 1
    assert s["per_kind"]["person"]["found"] == 1 and s["per_kind"]["person"]["gold"] == 2
    assert s["per_kind"]["place"]["found"] == 0
    assert [m["name"] for m in s["missed"]] == ["Elin Marsh"]
    assert s["wrong_kind"] == [{"name": "Brennholt", "gold": "place", "predicted": ["person"]}]
    assert s["junk"] == ["Thursday (other)", "Advertisement (organization)"]
    assert s["predicted"] == 5 and s["matched"] == 3


def test_unmerged_surname_duplicates():
    pred = [
        a("Marcus Hale", "person"),
        a("Hale", "person"),
        a("Valtora", "organization"),
        a("Marsh", "person"),
        a("Hale", "organization"),
    ]
    assert U.unmerged_duplicates(pred) == ["Hale (vs Marcus Hale)"]
    assert U.score_actors([], pred)["unmerged"] == ["Hale (vs Marcus Hale)"]


def test_totals_and_check_targets_flag_each_miss():
    exp = {"title": "T", "present": ["body"], "absent": ["junk"], "quotes": [], "actors": []}
    ok = U.PageResult("p", "x", U.score_clean(exp, "T", "", "body"), ms=5)
    ok.quotes = U.score_quotes([{"text": "hi there", "speaker": "A B"}], [q("hi there", "A B")])
    ok.actors = U.score_actors(
        [{"name": "A B", "kind": "person", "aliases": []}], [a("A B", "person")]
    )
    assert U.check_targets(U.totals([ok])) == []
    bad = U.PageResult("p", "x", U.score_clean(exp, "T", "", "body junk"), ms=5)
    bad.quotes = U.score_quotes([{"text": "hi there", "speaker": "A B"}], [q("hi there", "C D")])
    bad.actors = U.score_actors(
        [
            {"name": "A B", "kind": "person", "aliases": ["B"]},
            {"name": "Xland", "kind": "place", "aliases": []},
        ],
        [a("Monday", "other"), a("A B", "person"), a("B", "person")],
    )
    t = U.totals([bad])
    assert (
        t["clean_pass"] == 0
        and t["quote_right_speaker"] == 0
        and t["junk"] == 1
        and t["unmerged"] == 1
    )
    fails = " ".join(U.check_targets(t))
    for word in ("clean", "speaker", "unmerged", "organisation+place", "junk"):
        assert word in fails


def test_a_crashing_page_is_reported_not_raised():
    page = GOLD_PAGES[0]

    def boom(html, url):
        raise ValueError("nope")

    r = U.score_page(page, boom, None)
    assert r.error == "ValueError: nope" and not r.clean["passed"]


# --------------------------------------------------------------------------- the gold set itself


def test_gold_set_is_large_and_varied():
    assert len(GOLD_PAGES) >= 24
    assert len({p.expected["template"] for p in GOLD_PAGES}) >= 9


@pytest.mark.parametrize("page", GOLD_PAGES, ids=lambda p: p.name)
def test_gold_page_is_consistent(page):
    """Every snippet, quote and name of the expectation is really on the page."""
    assert_page_consistent(page)


def test_gold_expectations_match_their_sources():
    """expected/*.json is what build.py makes of src/*.txt (nobody edited one side only)."""
    assert_built_from_sources(GOLD_PAGES, ROOT / "tests" / "gold" / "src")


# --------------------------------------------------------------------------- acceptance


def _have(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


@pytest.fixture(scope="module")
def gold_results():
    """Clean and analyse every gold page once, with the model loaded once."""
    clean_fn, analyse_fn = U.load_pipeline(no_analysis=not _have("reader.article.analyse"))
    results = U.run(GOLD_PAGES, clean_fn, analyse_fn)
    totals = U.totals(results)
    print(json.dumps({k: v for k, v in totals.items() if not isinstance(v, dict)}, indent=1))
    return results, totals


def test_no_page_crashes(gold_results):
    results, _ = gold_results
    assert [r.name for r in results if r.error] == []


def test_clean_text_meets_targets(gold_results):
    results, t = gold_results
    lost = {
        r.name: r.clean["lost"] + r.clean["paragraphs_lost"]
        for r in results
        if r.clean["lost"] or r.clean["paragraphs_lost"]
    }
    assert lost == {}, "paragraphs lost"
    leaked = {r.name: [x["kind"] for x in r.clean["leaked"]] for r in results if r.clean["leaked"]}
    assert t["clean_pass"] >= U.TARGETS["clean_pass"], leaked


def test_quotes_meet_targets(gold_results):
    results, t = gold_results
    if "quote_recall" not in t:
        pytest.fail("reader.article.analyse is not available")
    wrong = {
        r.name: [w["text"] for w in r.quotes["wrong_speaker"]]
        + [m["text"] for m in r.quotes["missed"]]
        for r in results
        if r.quotes["wrong_speaker"] or r.quotes["missed"]
    }
    assert t["quote_recall"] >= U.TARGETS["quote_right_speaker"], wrong
    assert t["quote_right_speaker"] >= U.TARGETS["quote_right_speaker"], wrong


def test_actors_meet_targets(gold_results):
    results, t = gold_results
    if "quote_recall" not in t:
        pytest.fail("reader.article.analyse is not available")
    missed_people = {
        r.name: [
            m["name"]
            for m in r.actors["missed"] + r.actors["wrong_kind"]
            if m.get("kind", m.get("gold")) == "person"
        ]
        for r in results
    }
    assert t["person_recall"] == 1.0, {k: v for k, v in missed_people.items() if v}
    assert t["unmerged"] == 0, {
        r.name: r.actors["unmerged"] for r in results if r.actors["unmerged"]
    }
    assert t["org_place_recall"] >= U.TARGETS["org_place_recall"]
    junk = {r.name: r.actors["junk"] for r in results if r.actors["junk"]}
    assert t["junk"] == 0, junk  # the target: no junk actors at all
