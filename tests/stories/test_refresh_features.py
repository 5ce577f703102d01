"""A refresh works out each analysed article's story features from the body in hand, batch
by batch while later pages are still analysed, and places the articles with them: the same
stories as reading every body back from the store after the last page, without the reads."""

from __future__ import annotations

from reader.config import Settings, resolve_paths
from reader.models import Analysis
from reader.refresh import refresh
from reader.store.store import Store
from reader.stories import add_articles
from reader.stories.storage import StoryFile


def _no_analysis(text: str) -> Analysis:
    return Analysis(quotes=[], actors=[])


def test_refresh_places_articles_from_the_bodies_in_hand(outlets, tmp_path, monkeypatch):
    store = Store(resolve_paths(tmp_path / "data"))
    try:
        for url in outlets.feeds:
            store.add_feed(url)
        reads: list[str] = []
        load_body = Store.load_body

        def counted(self: Store, aid: str) -> dict | None:
            reads.append(aid)
            return load_body(self, aid)

        monkeypatch.setattr(Store, "load_body", counted)
        summary = refresh(store, Settings(), analyser=_no_analysis, workers=1)
        assert summary.pages == len(outlets.articles)
        assert reads == []  # no body read back to place it
        monkeypatch.undo()

        stories = StoryFile(store.paths)
        placed = stories.load(evidence=True).to_json()
        for path in (stories.path, stories.evidence_path):
            path.unlink()
        ids = [r.id for r in store.articles()]
        assert add_articles(store, sorted(ids)) == len(ids)
        assert stories.load(evidence=True).to_json() == placed
    finally:
        store.close()
