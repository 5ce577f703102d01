"""The held-out set (tests/heldout/README.md) is internally consistent.

Only consistency is checked here: expectations match their sources and every snippet, quote
and name is on its page. No scores are asserted; the held-out set is measured with
``python benchmarks/understanding.py --root tests/heldout`` at the end of a session.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "heldout"
sys.path.insert(0, str(ROOT / "benchmarks"))
import understanding as U  # noqa: E402

PAGES = U.load_gold(root=HELDOUT)


def _builder():
    spec = importlib.util.spec_from_file_location(
        "gold_build", ROOT / "tests" / "gold" / "build.py"
    )
    build = importlib.util.module_from_spec(spec)
    sys.modules["gold_build"] = build  # dataclasses look their module up
    spec.loader.exec_module(build)
    return build


def test_heldout_set_is_large_and_varied():
    assert len(PAGES) >= 8
    assert len({p.expected["template"] for p in PAGES}) >= 8
    sources = sorted(p.stem for p in (HELDOUT / "src").glob("*.txt"))
    assert sources == [p.name for p in PAGES]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_heldout_page_is_consistent(page):
    """Every snippet, quote and name of the expectation is really on the page."""
    from lxml import html as lxml_html

    text = U.norm_text(lxml_html.fromstring(page.html).text_content())
    exp = page.expected
    for s in [*exp["present"], *exp["absent"]]:
        snippet = s if isinstance(s, str) else s["text"]
        assert U.norm_text(snippet) in text, snippet
    for p in exp["paragraphs"]:
        assert U.norm_text(p) in text, p
    kinds = {x["kind"] for x in exp["absent"]}
    assert {"cookie", "footer"} <= kinds and len(kinds) >= 6
    assert {x["kind"] for x in exp["present"]} >= {"first paragraph", "last paragraph"}
    for quote in exp["quotes"]:
        assert U.norm_quote(quote["text"]) in U.norm_quote(text), quote
        assert quote["speaker"]
    for actor in exp["actors"]:
        assert actor["kind"] in ("person", "organization", "place")
        for form in [actor["name"], *actor["aliases"]]:
            assert U.norm_text(form) in text, form
    assert exp["quotes"] and exp["actors"]


def test_heldout_expectations_match_their_sources():
    """expected/*.json is what build.py makes of src/*.txt (nobody edited one side only)."""
    build = _builder()
    for page in PAGES:
        src = build.parse_source(HELDOUT / "src" / f"{page.name}.txt")
        tpl = build.TEMPLATES[src.meta["template"]](src)
        assert tpl.render() == page.html.decode("utf-8"), page.name
        assert build.expectations(src, tpl) == page.expected, page.name
        assert build.check(src, page.expected) == [], page.name
