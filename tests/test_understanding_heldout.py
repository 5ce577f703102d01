"""The held-out set (tests/heldout/README.md) is internally consistent.

Only consistency is checked here: expectations match their sources and every snippet, quote
and name is on its page. No scores are asserted; the held-out set is measured with
``python benchmarks/understanding.py --root tests/heldout`` at the end of a session.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "heldout"
sys.path.insert(0, str(ROOT / "benchmarks"))
import understanding as U  # noqa: E402
from gold_checks import assert_built_from_sources, assert_page_consistent  # noqa: E402

PAGES = U.load_gold(root=HELDOUT)


def test_heldout_set_is_large_and_varied():
    assert len(PAGES) >= 8
    assert len({p.expected["template"] for p in PAGES}) >= 8
    sources = sorted(p.stem for p in (HELDOUT / "src").glob("*.txt"))
    assert sources == [p.name for p in PAGES]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_heldout_page_is_consistent(page):
    """Every snippet, quote and name of the expectation is really on the page."""
    assert_page_consistent(page)


def test_heldout_expectations_match_their_sources():
    """expected/*.json is what build.py makes of src/*.txt (nobody edited one side only)."""
    assert_built_from_sources(PAGES, HELDOUT / "src")
