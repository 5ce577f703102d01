"""Consistency checks shared by the gold set and the held-out set (same format, same builder).

Imported by tests/test_understanding_gold.py and tests/test_understanding_heldout.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import understanding as U  # noqa: E402


def builder() -> ModuleType:
    """tests/gold/build.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location(
        "gold_build", ROOT / "tests" / "gold" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules["gold_build"] = build  # dataclasses look their module up
    spec.loader.exec_module(build)
    return build


def assert_page_consistent(page) -> None:  # type: ignore[no-untyped-def]
    """Every snippet, quote and name of the expectation is really on the page."""
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


def assert_built_from_sources(pages, src_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """expected/*.json and pages/*.html are what build.py makes of src/*.txt."""
    build = builder()
    for page in pages:
        src = build.parse_source(src_dir / f"{page.name}.txt")
        tpl = build.TEMPLATES[src.meta["template"]](src)
        assert tpl.render() == page.html.decode("utf-8"), page.name
        assert build.expectations(src, tpl) == page.expected, page.name
        assert build.check(src, page.expected) == [], page.name
