"""Pages cleaned and analysed by worker processes give the bodies one process gives.

Real parts: a real HTTP server on 127.0.0.1 serving feeds and pages of our own writing,
real store files, real spawned worker processes (and the real spaCy model for analysis).
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.article.analyse import analyse
from reader.config import Settings, resolve_paths
from reader.models import Analysis, ParsedEntry
from reader.refresh import refresh
from reader.refresh_pool import (
    MIN_POOL_PAGES,
    PagePool,
    batched,
    can_cross,
    make_bodies,
    make_body,
    pays_off,
    worker_count,
)
from reader.store.store import Store

TOWNS = ["Morwick", "Lannock", "Saltern", "Brenhaven", "Kelby", "Oriston"]


def _page(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    paragraphs = [
        f"The harbour board of {town} voted on Tuesday to keep the night ferry running "
        f"through the winter, the {n}th time this year it has changed the timetable.",
        f'"We will run it as long as people ride it," said Ilse Brandvold, who chairs the '
        f"board. Members from {town} and Lannock backed the plan after a long debate.",
        "The ferry company said its crews would need a week to adjust the rotas, and asked "
        "passengers to check the posted times before they travel to the quay.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>Ferry story {n}</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>Ferry story {n}</h1>{body}</article><footer>Contact us</footer>"
        "</body></html>"
    )


def _serve(server: HTTPServer, pages: int) -> str:
    base = server.url_for("").rstrip("/")
    items = "".join(
        f"<item><guid>s{n}</guid><title>Ferry story {n}</title><link>{base}/s{n}</link>"
        f"<description>Short summary {n}.</description>"
        f"<pubDate>Mon, 0{n % 9 + 1} Jun 2026 10:00:00 +0000</pubDate></item>"
        for n in range(pages)
    )
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour</title>"
        f"<link>{base}/</link>{items}</channel></rss>"
    )
    server.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    for n in range(pages):
        server.expect_request(f"/s{n}").respond_with_data(_page(n), content_type="text/html")
    return f"{base}/feed.xml"


def _bodies(data: Path, **options: object) -> tuple[dict[str, dict], object]:
    store = Store(resolve_paths(data))
    try:
        summary = refresh(store, Settings(), **options)  # type: ignore[arg-type]
        bodies = {r.id: store.load_body(r.id) for r in store.articles()}
        hits = store.search("Brandvold")
    finally:
        store.close()
    assert len(hits) == len(bodies)  # every body's text reached the search index
    return bodies, summary


def _subscribed(tmp_path: Path, name: str, url: str) -> Path:
    data = tmp_path / name
    store = Store(resolve_paths(data))
    store.add_feed(url)
    store.close()
    return data


@pytest.fixture
def server():
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    yield srv
    srv.clear()
    if srv.is_running():
        srv.stop()


def test_workers_store_the_bodies_one_process_stores(tmp_path, server):
    url = _serve(server, 30)
    alone, summary_alone = _bodies(_subscribed(tmp_path, "one", url), workers=1)
    pooled, summary = _bodies(_subscribed(tmp_path, "two", url), workers=2)
    assert summary.pages == summary_alone.pages == 30
    assert all(b and b["source"] == "page" and "Brandvold" in b["text"] for b in pooled.values())
    assert pooled == alone
    assert multiprocessing.active_children() == []  # the workers are gone


@pytest.mark.slow
def test_workers_analyse_with_the_model_as_one_process_does(tmp_path, server):
    url = _serve(server, 4)
    alone, _ = _bodies(_subscribed(tmp_path, "one", url), workers=1, analyser=analyse)
    pooled, _ = _bodies(_subscribed(tmp_path, "two", url), workers=2, analyser=analyse)
    assert pooled == alone
    for body in pooled.values():
        assert body["analysed"] is True
        assert any(q["speaker"] == "Ilse Brandvold" for q in body["quotes"])
        assert {"Ilse Brandvold", "Lannock"} <= {a["name"] for a in body["actors"]}


def test_a_refresh_in_a_thread_leaves_that_process_responsive(tmp_path, server):
    """As the app runs it: the refresh in a worker thread, the pool in other processes;
    the calling thread keeps getting the GIL while pages are made."""
    url = _serve(server, 30)
    data = _subscribed(tmp_path, "app", url)
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(_bodies(data, workers=2)))
    worker.start()
    gaps: list[float] = []
    last = time.perf_counter()
    while worker.is_alive():
        time.sleep(0.01)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    worker.join()
    assert len(done) == 1 and len(done[0][0]) == 30
    assert max(gaps) < 1.0, max(gaps)  # a frame a second at the very worst, on a busy box
    assert multiprocessing.active_children() == []


def test_a_closure_analyser_stays_in_process(tmp_path, server):
    """An analyser that cannot cross to a process (a test stub, a closure) is run here."""
    url = _serve(server, MIN_POOL_PAGES)
    seen: list[str] = []

    def stub(text: str) -> Analysis:
        seen.append(text)
        return Analysis([], [])

    bodies, _ = _bodies(_subscribed(tmp_path, "stub", url), analyser=stub)
    assert len(seen) == len(bodies) == MIN_POOL_PAGES


def test_a_batch_of_pages_gives_what_one_page_at_a_time_gives() -> None:
    """A worker cleans a few pages and analyses their texts together (`analyse_many`):
    the bodies are those of `make_body`, page by page, with `analyse`."""
    pages = []
    for n in range(5):
        link = f"https://example.org/s{n}"
        entry = ParsedEntry(guid=None, title=f"Ferry story {n}", link=link, published=None)
        pages.append((entry, _page(n).encode(), link, None))
    pages.append((pages[0][0], None, None, "page not fetched: 404"))  # the feed's text
    one = [make_body(*page, analyse) for page in pages]
    assert make_bodies(pages, batched(analyse)) == one
    assert all(body and body["analysed"] for body in one[:5])
    assert make_bodies(pages, batched(lambda text: Analysis([], []))) == [
        make_body(*page, lambda text: Analysis([], [])) for page in pages
    ]


def test_batches_shrink_towards_the_end() -> None:
    pool = PagePool.__new__(PagePool)  # the sizing alone: no workers started
    pool.workers, pool.batch, pool._waiting, pool._to_come = 2, 4, [], None
    assert pool._batch_size() == 4  # the number of pages unknown
    sizes = {}
    for left in (40, 16, 12, 8, 7, 1, 0):
        pool._to_come = left
        sizes[left] = pool._batch_size()
    assert sizes == {40: 4, 16: 4, 12: 3, 8: 2, 7: 1, 1: 1, 0: 1}


def test_pool_sizes():
    assert worker_count(1) == 1
    assert 1 <= worker_count(None) <= (multiprocessing.cpu_count() or 1)
    assert not pays_off(MIN_POOL_PAGES - 1, 2, analyse)
    assert pays_off(MIN_POOL_PAGES, 2, analyse)
    assert not pays_off(1000, 1, analyse)
    assert not can_cross(lambda text: text)


def test_fast_attribute_ruler_sets_what_spacy_sets() -> None:
    """The pipeline's attribute ruler, matched by `FastAttributes`, gives the same tokens as
    spaCy's own `Matcher` (the pool's per-page CPU depends on it; the analysis reads pos_)."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

    from reader.article.nlp import FastAttributes, get_nlp

    text = (
        "Ilse Brandvold said: \u201cWe will run it.\u201d Y'all ain't got nothin' there.\n\n"
        "There is a ferry, and it's late. The council did what it had to do.\n\n"
        "Headline without stop\n\nThe Morwick Courier, 5 June. Who's next? "
    ) * 3
    nlp = get_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match.__self__, FastAttributes)
    ours = nlp(text)
    theirs = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":  # spaCy's own matcher and setter, not the instance's
            type(ruler).set_annotations(ruler, theirs, type(ruler).match(ruler, theirs))
        else:
            theirs = proc(theirs)
    cols = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
    assert (theirs.to_array(cols) == ours.to_array(cols)).all()


_OWNER = """
import sys, time
from reader.refresh_pool import PagePool
pool = PagePool(2, None)
pool.warm_up()
time.sleep(3)
print(" ".join(str(pid) for pid in pool._executor._processes), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie waiting for its new parent to reap it has ended)."""
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_workers_end_when_the_refresh_process_is_killed():
    """`kill -9` of the app or of `newsreader refresh` leaves no worker waiting forever."""
    import signal
    import subprocess
    import sys

    owner = subprocess.Popen([sys.executable, "-c", _OWNER], stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout is not None
        workers = [int(p) for p in owner.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(p) for p in workers)
    finally:
        owner.send_signal(signal.SIGKILL)
        owner.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in workers)
