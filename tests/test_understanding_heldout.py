"""The held-out set (tests/heldout/README.md) and the development sets are consistent.

tests/heldout, when present, is the current held-out generation: do not tune rules on it.
tests/devset to tests/devset25 are earlier held-out generations: their failures were read, so
they are now used for development alongside tests/gold. Only consistency is checked here for all
of them: expectations match their sources and every snippet, quote and name is on its page. No
scores are asserted; the held-out set is measured with
``python benchmarks/understanding.py --root tests/heldout`` at the end of a session.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "heldout": ROOT / "tests" / "heldout",
    "devset": ROOT / "tests" / "devset",
    "devset2": ROOT / "tests" / "devset2",
    "devset3": ROOT / "tests" / "devset3",
    "devset4": ROOT / "tests" / "devset4",
    "devset5": ROOT / "tests" / "devset5",
    "devset6": ROOT / "tests" / "devset6",
    "devset7": ROOT / "tests" / "devset7",
    "devset8": ROOT / "tests" / "devset8",
    "devset9": ROOT / "tests" / "devset9",
    "devset10": ROOT / "tests" / "devset10",
    "devset11": ROOT / "tests" / "devset11",
    "devset12": ROOT / "tests" / "devset12",
    "devset13": ROOT / "tests" / "devset13",
    "devset14": ROOT / "tests" / "devset14",
    "devset15": ROOT / "tests" / "devset15",
    "devset16": ROOT / "tests" / "devset16",
    "devset17": ROOT / "tests" / "devset17",
    "devset18": ROOT / "tests" / "devset18",
    "devset19": ROOT / "tests" / "devset19",
    "devset20": ROOT / "tests" / "devset20",
    "devset21": ROOT / "tests" / "devset21",
    "devset22": ROOT / "tests" / "devset22",
    "devset23": ROOT / "tests" / "devset23",
    "devset24": ROOT / "tests" / "devset24",
    "devset25": ROOT / "tests" / "devset25",
}
sys.path.insert(0, str(ROOT / "benchmarks"))
import understanding as U  # noqa: E402
from gold_checks import assert_built_from_sources, assert_page_consistent  # noqa: E402

PAGES = {name: U.load_gold(root=root) for name, root in SETS.items()}
ALL_PAGES = [(name, page) for name, pages in PAGES.items() for page in pages]


@pytest.mark.parametrize("name", SETS)
def test_heldout_set_is_large_and_varied(name):
    pages = PAGES[name]
    assert len(pages) >= 8
    assert len({p.expected["template"] for p in pages}) >= 8
    sources = sorted(p.stem for p in (SETS[name] / "src").glob("*.txt"))
    assert sources == [p.name for p in pages]


@pytest.mark.parametrize(("name", "page"), ALL_PAGES, ids=lambda x: getattr(x, "name", x))
def test_heldout_page_is_consistent(name, page):
    """Every snippet, quote and name of the expectation is really on the page."""
    assert_page_consistent(page)


@pytest.mark.parametrize("name", SETS)
def test_heldout_expectations_match_their_sources(name):
    """expected/*.json is what build.py makes of src/*.txt (nobody edited one side only)."""
    assert_built_from_sources(PAGES[name], SETS[name] / "src")
