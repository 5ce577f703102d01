"""Subscriptions, read state and stars both ways, against a real Miniflux, through its REST
API (`kind = "miniflux"`) and its Google Reader API (`kind = "greader"`)."""

from __future__ import annotations

from sync_support import feed_name


def test_a_feed_added_on_either_side_is_on_both_after_sync(reader, feeds, request, tmp_path):
    theirs = feeds.publish(feed_name(request, "theirs"), 4)
    ours = feeds.publish(feed_name(request, "ours"), 3)
    reader.account.subscribe(theirs, category="World")
    reader.ok("add", ours, "--tag", "Harbour")
    local_file = tmp_path / "local.xml"
    mine = feeds.publish(feed_name(request, "file"), 2)
    local_file.write_bytes(feeds.routes[mine.removeprefix(feeds.base)][0])
    reader.ok("add", str(local_file))

    reader.ok("sync")

    assert reader.account.feed_urls() == {theirs: "World", ours: "Harbour"}
    here = reader.feeds()
    assert here[theirs] == ["World"] and here[ours] == ["Harbour"]
    assert str(local_file) in here  # a local file feed stays local
    # The server's entries are stored here, for the feed it had and the one it was given.
    assert len(reader.articles("--feed", theirs)) == 4
    assert len(reader.articles("--feed", ours)) == 3
    synced = {a["link"] for a in reader.articles() if a["feed"] != str(local_file)}
    assert reader.account.links() == synced


def test_a_feed_removed_on_either_side_goes_on_both(reader, feeds, request):
    theirs = feeds.publish(feed_name(request, "theirs"), 3)
    ours = feeds.publish(feed_name(request, "ours"), 3)
    theirs_id = reader.account.subscribe(theirs)
    reader.ok("add", ours)
    reader.ok("sync")
    kept = reader.articles("--feed", theirs)[0]
    reader.ok("bookmark", kept["id"])

    with reader.account.api() as api:
        api.delete(f"/v1/feeds/{theirs_id}").raise_for_status()
    reader.ok("remove", ours)
    reader.ok("sync")

    assert reader.account.feed_urls() == {}
    assert theirs not in reader.feeds() and ours not in reader.feeds()
    # Unsubscribed here because the server dropped it: its bookmark is kept.
    assert [a["link"] for a in reader.articles("--bookmarked")] == [kept["link"]]


def test_read_and_stars_go_both_ways(reader, feeds, request):
    url = feeds.publish(feed_name(request, "news"), 30)
    reader.account.subscribe(url)
    reader.ok("sync")
    rows = reader.articles()
    assert len(rows) == 30 and not any(r["read"] or r["bookmarked"] for r in rows)

    read_here = rows[:20]
    reader.ok("mark-read", *(r["id"] for r in read_here))
    starred_there = {r["link"] for r in rows[20:25]}
    reader.account.star(starred_there)
    reader.ok("sync")

    assert reader.account.links(status="read") == {r["link"] for r in read_here}
    assert {r["link"] for r in reader.articles("--bookmarked")} == starred_there
    assert reader.account.links(starred="true") == starred_there

    dropped = next(r for r in reader.articles("--bookmarked"))
    reader.ok("unbookmark", dropped["id"])
    _code, _out, err = reader.run("sync")
    assert "sent 1 unstar" in err
    assert reader.account.links(starred="true") == starred_there - {dropped["link"]}
    # Replayed again, nothing changes: states are set, never toggled.
    _code, _out, err = reader.run("sync", "--json")
    assert reader.account.links(starred="true") == starred_there - {dropped["link"]}
    assert {r["link"] for r in reader.articles("--bookmarked")} == starred_there - {dropped["link"]}


def test_a_feeds_category_follows_the_side_that_changed_it(reader, feeds, request):
    url = feeds.publish(feed_name(request, "moved"), 2)
    feed_id = reader.account.subscribe(url)  # in the default category there
    reader.ok("add", url, "--tag", "Harbour")  # in a folder here: a category beats none
    reader.ok("sync")
    assert reader.account.feed_urls() == {url: "Harbour"}

    with reader.account.api() as api:
        made = api.post("/v1/categories", json={"title": "World"}).json()
        api.put(f"/v1/feeds/{feed_id}", json={"category_id": made["id"]}).raise_for_status()
    reader.ok("sync")
    assert reader.feeds()[url] == ["World"]
    assert reader.account.feed_urls() == {url: "World"}
