"""`newsreader` on the command line: the headless twin of every feature of the app.

JSON goes to stdout, messages to stderr. Bad input gets one line of error and a non-zero
exit with nothing written. Heavy imports (Textual, spaCy, httpx) happen inside the command
that needs them so `newsreader --help` stays instant.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import orjson

from reader import __version__
from reader.config import ConfigError, Settings, load_settings, resolve_paths
from reader.sanitize import clean_line

_WRITE_ERRORS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EROFS", "EFBIG") if hasattr(errno, name)
)


class CliError(Exception):
    """A one-line, user-facing failure."""


def _out_json(data: Any) -> None:
    sys.stdout.buffer.write(orjson.dumps(data) + b"\n")
    sys.stdout.flush()


def _say(message: str) -> None:
    print(message, file=sys.stderr)


# Stores opened by this command, with how many of their warnings were printed: a damaged
# shard or body is only found when a command reads it, after `_open` has returned.
_opened: list[tuple[Any, list[int]]] = []


def _flush_warnings() -> None:
    for store, shown in _opened:
        for warning in store.warnings[shown[0] :]:
            _say(f"warning: {warning}")
        shown[0] = len(store.warnings)


def _open(args: argparse.Namespace) -> tuple[Settings, Any]:
    from reader.store.store import Store

    paths = resolve_paths(args.data_dir)
    settings = load_settings(paths)
    store = Store(paths)
    if settings.sync:  # every local action goes to the sync journal
        from reader.sync.journal import attach

        attach(store, paths)
    _opened.append((store, [0]))
    _flush_warnings()
    return settings, store


# ----------------------------------------------------------------------------- feeds
def cmd_add(args: argparse.Namespace) -> int:
    from reader.subscribe import SubscribeError, resolve_sources

    settings, store = _open(args)
    if args.starter:
        from reader.firstrun import add_starter_feeds

        added = add_starter_feeds(store)
        _say(f"subscribed to {len(added)} starter feeds; fetch them with `newsreader refresh`")
    elif not args.sources:
        raise CliError("give a feed URL, a page URL or a file (or --starter)")
    try:
        found = resolve_sources(args.sources, settings)
    except SubscribeError as exc:
        raise CliError(str(exc)) from exc
    failed = 0
    for source, result in found:
        if isinstance(result, str):
            _say(f"error: {source}: {result}")
            failed += 1
            continue
        if store.feed(result.url) is not None:
            _say(f"already subscribed: {result.url}")
            continue
        store.add_feed(result.url, title=result.title, tags=args.tag or [])
        _say(f"subscribed: {clean_line(result.title) or result.url} <{result.url}>")
    return 1 if failed else 0


def cmd_remove(args: argparse.Namespace) -> int:
    from reader.store.db import StoreError

    _settings, store = _open(args)
    for url in args.urls:
        try:
            store.remove_feed(_feed_url(url))
        except StoreError as exc:
            raise CliError(str(exc)) from exc
        _say(f"removed: {url}")
    return 0


def _feed_url(url: str) -> str:
    """Local feeds are stored by absolute path: accept the path as the user typed it."""
    if url.startswith(("http://", "https://")):
        return url
    path = Path(url).expanduser()
    return str(path.resolve()) if path.exists() else url


def cmd_feeds(args: argparse.Namespace) -> int:
    _settings, store = _open(args)
    counts = store.unread_counts()
    rows = [
        {
            "url": f.url,
            "title": f.title,
            "tags": f.tags,
            "unread": counts.get(f.url, 0),
            "last_refresh": f.last_refresh,
            "error": f.error,
        }
        for f in sorted(store.feeds(), key=lambda f: (f.title or f.url).casefold())
    ]
    if args.json:
        _out_json(rows)
        return 0
    for row in rows:
        mark = "!" if row["error"] else " "
        tags = f" [{', '.join(row['tags'])}]" if row["tags"] else ""
        print(f"{mark} {row['unread']:5d}  {clean_line(row['title']) or row['url']}{tags}")
        print(f"         {row['url']}")
        if row["error"]:
            print(f"         error: {row['error']}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from reader.feeds.opml import OpmlError, read_opml

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from exc
    try:
        outlines = read_opml(data)
    except OpmlError as exc:
        raise CliError(f"{args.file}: {exc}") from exc
    _settings, store = _open(args)
    added = store.add_feeds((o.url, o.title, o.tags) for o in outlines)
    _say(f"imported {len(added)} new feeds ({len(outlines) - len(added)} already there)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from reader.demo import DEMO_URL
    from reader.feeds.opml import OutlineFeed, write_opml

    _settings, store = _open(args)
    from reader.store.records import KEPT_URL

    # The bundled demo and the kept bookmarks have no address to subscribe to elsewhere.
    feeds = [f for f in store.feeds() if f.url not in (DEMO_URL, KEPT_URL)]
    data = write_opml(OutlineFeed(url=f.url, title=f.title, tags=f.tags) for f in feeds)
    if args.file:
        from reader.store.atomic import write_atomic

        write_atomic(Path(args.file), data)
        _say(f"exported {len(feeds)} feeds to {args.file}")
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    from reader.refresh import FeedOutcome
    from reader.sync.refresh import refresh  # the plain refresh when sync is not set up

    settings, store = _open(args)
    feeds = store.feeds()
    if not feeds:
        _say("no feeds: add one with `newsreader add URL`")
        return 1
    tty = sys.stderr.isatty()

    def progress(outcome: FeedOutcome, done: int, total: int) -> None:
        if outcome.status == "failed":
            _say(
                f"\r\x1b[Kfailed: {clean_line(outcome.title, 80)}: {outcome.error}"
                if tty
                else f"failed: {clean_line(outcome.title, 80)}: {outcome.error}"
            )
        if tty:
            print(
                f"\r\x1b[K[{done}/{total}] {clean_line(outcome.title, 60)}",
                end="",
                file=sys.stderr,
                flush=True,
            )

    wanted = [_feed_url(u) for u in args.feed] if args.feed else None
    summary = refresh(
        store,
        settings,
        feeds=wanted,
        jobs=args.jobs,
        fetch_pages=settings.fetch_pages and not args.feeds_only,
        analyser=None if args.feeds_only else _analyser(),
        progress=progress,
    )
    if tty:
        print("\r\x1b[K", end="", file=sys.stderr)
    _say(summary.line())
    attempted = [o for o in summary.outcomes if o.status != "skipped"]
    nothing_done = attempted and all(o.status == "failed" for o in attempted)
    return 1 if nothing_done else 0


def _analyser() -> Any:
    from reader.article.analyse import analyse

    return analyse


def cmd_sync(args: argparse.Namespace) -> int:
    """Sync with the server of config.toml's [sync]: one line (or JSON) of what changed."""
    from reader.sync.backend import SyncError
    from reader.sync.engine import check_login, run_sync

    settings, store = _open(args)
    try:
        if args.check:
            user = check_login(settings)
            _say(f"logged in as {clean_line(user) or '(unnamed)'}")
            return 0
        report = run_sync(store, store.paths, settings)
    except SyncError as exc:
        raise CliError(f"sync: {exc}") from exc
    for warning in report.warnings:
        _say(f"warning: {clean_line(warning)}")
    if args.json:
        _out_json(report.to_json())
    else:
        _say(report.line())
    return 0


# -------------------------------------------------------------------------- articles
def cmd_list(args: argparse.Namespace) -> int:
    _settings, store = _open(args)
    feed = _feed_url(args.feed) if args.feed else None
    if feed is not None and store.feed(feed) is None:
        raise CliError(f"not subscribed to {args.feed}")
    rows = store.articles(
        unread=args.unread, bookmarked=args.bookmarked, feed=feed, tag=args.tag, limit=args.limit
    )
    _print_rows(store, rows, args.json)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    _settings, store = _open(args)
    rows = store.search(args.query, limit=args.limit)
    if store.search_index.rebuilt:
        _say(f"search index rebuilt: {store.search_index.rebuilt}")
    _print_rows(store, rows, args.json)
    return 0


def _print_rows(store: Any, rows: list[Any], as_json: bool) -> None:
    """`list` and `search` print the same rows the same way."""
    if as_json:
        from reader.stories import story_ids

        also = store.also_in(rows)
        story = story_ids(store)
        _out_json(
            [
                {**r.to_list_json(), "also_in": also.get(r.id, []), "story": story.get(r.id)}
                for r in rows
            ]
        )
        return
    for r in rows:
        flags = ("N" if not r.read else " ") + ("*" if r.bookmarked else " ")
        date = (r.published or r.added or "")[:10]
        print(f"{r.id}  {flags} {date}  {clean_line(r.title, 100)}")


def cmd_stories(args: argparse.Namespace) -> int:
    """Stories across outlets: one event, the articles of every feed that reported it."""
    from reader.stories import list_stories

    if args.since <= 0:
        raise CliError("--since takes a positive number of days")
    _settings, store = _open(args)
    stories = list_stories(store, args.since)
    if args.json:
        _out_json([s.to_json() for s in stories])
        return 0
    for s in stories:
        counts = f"{len(s.feeds)} outlets, {len(s.articles)} articles"
        print(f"{s.id}  {counts}  {clean_line(s.title, 90)}")
        for q in s.quotes:
            carried = f"{len(q.articles)} article{'s' if len(q.articles) != 1 else ''}"
            print(f"    “{clean_line(q.text, 80)}” — {clean_line(q.speaker) or '?'} ({carried})")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from reader.reading import (
        analyse_and_keep,
        article_links,
        needs_analysis,
        page_missing,
        stored_body,
    )

    settings, store = _open(args)
    record = store.article(args.id)
    if record is None:
        raise CliError(f"no article with id {args.id}")
    body = stored_body(store, record.id)
    if args.fetch and page_missing(body):
        from reader.refresh import fetch_article

        body = fetch_article(store, settings, record.id) or body
    if needs_analysis(body):
        body = analyse_and_keep(store, record.id, body)
    if args.mark_read:
        store.set_read([record.id])
    data = {
        "id": record.id,
        "title": record.title,
        "link": record.link,
        "published": record.published or body.get("published"),
        "author": record.author or body.get("byline"),
        "text": body.get("text", ""),
        "quotes": body.get("quotes", []),
        "actors": body.get("actors", []),
        "links": article_links(body.get("text", "")),
    }
    if args.json:
        _out_json(data)
        return 0
    print(clean_line(data["title"]))
    meta = " · ".join(clean_line(x) for x in (data["author"], data["published"], data["link"]) if x)
    if meta:
        print(meta)
    print()
    print(data["text"] or "(no text stored for this article)")
    return 0


def _set_flags(args: argparse.Namespace, flag: str, value: bool) -> int:
    from reader.store.db import StoreError

    _settings, store = _open(args)
    ids = list(args.ids)
    if getattr(args, "all", False) or getattr(args, "feed", None):
        ids += _bulk_ids(store, args)
    elif not ids:
        raise CliError("give article ids" + (", --feed URL or --all" if flag == "read" else ""))
    try:
        if flag == "read":
            store.set_read(ids, value)
        else:
            store.set_bookmarked(ids, value)
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    if len(ids) != len(args.ids):
        _say(f"marked {len(ids)} article{'s' if len(ids) != 1 else ''} read")
    return 0


def _bulk_ids(store: Any, args: argparse.Namespace) -> list[str]:
    """`mark-read --feed URL` / `--all`: the unread articles of a feed, or of every feed."""
    if args.all:
        return [r.id for r in store.articles(unread=True)]
    feed = _feed_url(args.feed)
    if store.feed(feed) is None:
        raise CliError(f"not subscribed to {args.feed}")
    return [r.id for r in store.articles(unread=True, feed=feed)]


# --------------------------------------------------------------------------- extract
def cmd_extract(args: argparse.Namespace) -> int:
    from reader.extract import extract_sources

    settings = load_settings(resolve_paths(args.data_dir))
    failed = 0
    for result in extract_sources(
        args.sources, settings, plain=args.plain, analysis=not args.no_analysis
    ):
        if "error" in result:
            failed += 1
        if result.get("warning"):
            _say(f"warning: {result['source']}: {result['warning']}")
        if args.json:
            _out_json(result)
        elif "error" in result:
            _say(f"error: {result['source']}: {result['error']}")
        else:
            print(clean_line(result["title"] or result["source"]))
            print()
            print(result["text"])
            print()
    return 1 if failed else 0


# ------------------------------------------------------------------------------- app
def cmd_app(args: argparse.Namespace) -> int:
    from reader.tui.run import run_app

    return run_app(resolve_paths(args.data_dir))


def _article_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """The commands over stored articles: list, search, show and the flags."""
    p = command("list", "list stored articles, newest first")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--unread", action="store_true")
    group.add_argument("--bookmarked", action="store_true")
    p.add_argument("--feed", metavar="URL")
    p.add_argument("--tag", metavar="T", help="the feeds of one folder (case ignored)")
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = command("search", "full-text search of stored articles (title, text, actor names)")
    p.add_argument("query", metavar="QUERY", help="every word must match; case and accents ignored")
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = command("stories", "stories across outlets: one event, every feed, who said what")
    p.add_argument("--since", type=float, default=7.0, metavar="DAYS", help="default 7")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stories)

    p = command("show", "show a stored article's clean text (works offline)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.add_argument("--mark-read", action="store_true")
    p.add_argument(
        "--fetch",
        action="store_true",
        help="fetch and clean the article's page first if it is not stored yet",
    )
    p.set_defaults(func=cmd_show)

    for name, flag, value, text in (
        ("mark-read", "read", True, "mark articles read"),
        ("mark-unread", "read", False, "mark articles unread"),
        ("bookmark", "bookmark", True, "bookmark articles"),
        ("unbookmark", "bookmark", False, "remove bookmarks"),
    ):
        p = command(name, text)
        p.add_argument("ids", nargs="*" if name == "mark-read" else "+", metavar="ID")
        if name == "mark-read":
            bulk = p.add_mutually_exclusive_group()
            bulk.add_argument("--feed", metavar="URL", help="every article of this feed")
            bulk.add_argument("--all", action="store_true", help="every stored article")
        p.set_defaults(func=lambda a, f=flag, v=value: _set_flags(a, f, v))


def build_parser() -> argparse.ArgumentParser:
    data_help = (
        "keep all data under DIR (default: $NEWSREADER_HOME or the platform's user data folder)"
    )
    # Accepted before or after the command; SUPPRESS keeps a subcommand from resetting it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_help)
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="A terminal news reader. Without a command, opens the app.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help=data_help)
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    p = command("add", "subscribe to feeds (a feed URL, a page URL to autodiscover, or a file)")
    p.add_argument("sources", nargs="*", metavar="URL|PATH")
    p.add_argument("--tag", action="append", help="tag (folder) for the new feeds")
    p.add_argument(
        "--starter", action="store_true", help="subscribe to a few public news and technology feeds"
    )
    p.set_defaults(func=cmd_add)

    p = command("remove", "unsubscribe and delete a feed's stored articles")
    p.add_argument("urls", nargs="+", metavar="URL")
    p.set_defaults(func=cmd_remove)

    p = command("feeds", "list subscriptions with unread counts and errors")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_feeds)

    p = command("import", "subscribe to the feeds of an OPML file (folders become tags)")
    p.add_argument("file", metavar="FILE.opml")
    p.set_defaults(func=cmd_import)

    p = command("export", "write subscriptions as OPML 2.0 (to FILE or stdout)")
    p.add_argument("file", nargs="?", metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = command("refresh", "fetch every feed, then clean and analyse new articles")
    p.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="feeds fetched at once; also the most worker processes cleaning pages",
    )
    p.add_argument("--feeds-only", action="store_true", help="skip the article pages")
    p.add_argument("--feed", action="append", metavar="URL", help="only this feed")
    p.set_defaults(func=cmd_refresh)

    p = command("sync", "sync subscriptions, read state and bookmarks with the [sync] server")
    p.add_argument("--json", action="store_true")
    p.add_argument("--check", action="store_true", help="only say whether the login works")
    p.set_defaults(func=cmd_sync)

    _article_commands(command)

    p = command("extract", "clean article pages (URLs or HTML files) without storing them")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--plain", action="store_true", help="plain text instead of Markdown")
    p.add_argument("--no-analysis", action="store_true", help="skip quotes and actors")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_app)
    from reader.store.db import StoreError

    try:
        return func(args)
    except (CliError, ConfigError, StoreError) as exc:
        _say(f"newsreader: {exc}")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # A full disk, a read-only or vanished folder: one line, not a traceback. The store's
        # files are written atomically, so what was there before is still intact.
        reason = exc.strerror or str(exc) or type(exc).__name__
        if exc.errno in _WRITE_ERRORS:
            _say(f"newsreader: could not save: {reason}")
        else:
            where = f" ({exc.filename})" if exc.filename else ""
            _say(f"newsreader: {reason}{where}")
        return 1
    finally:
        _flush_warnings()
        for store, _shown in _opened:
            with contextlib.suppress(Exception):  # closing must never hide the real outcome
                store.close()
        _opened.clear()


if __name__ == "__main__":
    raise SystemExit(main())
