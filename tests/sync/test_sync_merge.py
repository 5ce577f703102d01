"""The three-way merge against a real server, the first sync of feeds both sides already
read, a refused login, and secrets that stay out of our files and output."""

from __future__ import annotations

from sync_support import feed_name, write_config


def by_link(reader) -> dict[str, dict[str, object]]:
    return {r["link"]: r for r in reader.articles()}


def set_read(account, links: set[str], status: str) -> None:
    entries = account.get("/v1/entries", limit=1000)["entries"]
    ids = [e["id"] for e in entries if e["url"] in links]
    with account.api() as api:
        api.put("/v1/entries", json={"entry_ids": ids, "status": status}).raise_for_status()


def test_each_field_takes_the_side_that_changed_and_local_wins_a_conflict(reader, feeds, request):
    url = feeds.publish(feed_name(request, "merge"), 6)
    reader.account.subscribe(url)
    reader.ok("sync")
    links = sorted(by_link(reader))
    here = {link: row["id"] for link, row in by_link(reader).items()}
    was_read = {links[3], links[4]}  # read on both sides at the last sync
    reader.ok("mark-read", *(here[link] for link in was_read))
    reader.ok("sync")
    assert reader.account.links(status="read") == was_read

    reader.ok("mark-read", here[links[0]])  # changed here only
    set_read(reader.account, {links[1]}, "read")  # changed there only
    set_read(reader.account, {links[3], links[4]}, "unread")  # changed there...
    reader.ok("mark-unread", here[links[3]])  # ...and here, unread then read again:
    reader.ok("mark-read", here[links[3]])  # a local decision, which wins
    reader.ok("sync")

    expected = {links[0], links[1], links[3]}  # links[4]: unread there, untouched here
    assert reader.account.links(status="read") == expected
    assert {link for link, row in by_link(reader).items() if row["read"]} == expected


def test_a_first_sync_pairs_articles_already_read_here_and_keeps_them_read(reader, feeds, request):
    url = feeds.publish(feed_name(request, "first"), 5)
    config = (reader.data / "config.toml").read_text()
    (reader.data / "config.toml").unlink()  # reading here before sync is set up
    reader.ok("add", url)
    reader.ok("refresh", "--feeds-only")
    rows = reader.articles()
    reader.ok("mark-read", rows[0]["id"], rows[1]["id"])
    reader.account.subscribe(url)
    set_read(reader.account, {rows[2]["link"]}, "read")
    (reader.data / "config.toml").write_text(config)

    reader.ok("sync")

    after = reader.articles()
    assert sorted(r["id"] for r in after) == sorted(r["id"] for r in rows)  # no duplicates
    read = {rows[0]["link"], rows[1]["link"], rows[2]["link"]}
    assert {r["link"] for r in after if r["read"]} == read
    assert reader.account.links(status="read") == read


def test_a_refused_login_says_so_in_one_line_and_changes_nothing(reader, feeds, request):
    url = feeds.publish(feed_name(request, "login"), 2)
    reader.ok("add", url)
    write_config(reader.data, reader.kind, reader.account, secret="not-the-secret")

    for argv in (("sync",), ("sync", "--check")):
        code, out, err = reader.run(*argv)
        assert code != 0 and out == ""
        assert err.count("\n") == 1 and "login failed" in err
    assert reader.account.feed_urls() == {}


def test_secrets_never_reach_our_files_or_output(reader, feeds, request):
    reader.account.subscribe(feeds.publish(feed_name(request, "secret"), 2))
    secret = reader.account.api_key if reader.kind == "miniflux" else reader.account.password
    shown = [reader.run("sync", "--check"), reader.run("sync", "--json"), reader.run("sync")]
    assert all(code == 0 for code, _out, _err in shown)
    assert not any(secret in out + err for _code, out, err in shown)
    config = reader.data / "config.toml"
    for path in reader.data.rglob("*"):
        if path.is_file() and path != config:
            assert secret.encode() not in path.read_bytes(), path
