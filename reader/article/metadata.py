"""Title, byline and publication date of an article page.

Works on the page's own lxml tree (before readability mutates anything). Every value is
passed through `reader.sanitize.clean_line`.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from reader.sanitize import clean_line

try:  # orjson is a runtime dependency; json is the fallback for odd payloads
    import orjson

    def _loads(text: str) -> Any:
        return orjson.loads(text)
except ImportError:  # pragma: no cover
    _loads = json.loads

_MAX_JSONLD = 2_000_000
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")
_BY = re.compile(r"^\s*(?:(?:written|posted|reported|words|story|text)\s+)?by[:\s]+", re.I)
_ARTICLE_TYPES = re.compile(r"article|posting|report|blog|news|webpage|creativework", re.I)


def _meta(doc, *keys: str) -> str | None:
    """First non-empty content of <meta name|property|itemprop=key>, in key order."""
    wanted = {k.lower(): i for i, k in enumerate(keys)}
    found: dict[int, str] = {}
    for meta in doc.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key in wanted and wanted[key] not in found:
                found[wanted[key]] = content.strip()
    return found[min(found)] if found else None


# --------------------------------------------------------------------------- JSON-LD
def jsonld_objects(doc) -> list[dict[str, Any]]:
    """Every JSON object of the page's ld+json scripts, @graph and lists flattened."""
    objects: list[dict[str, Any]] = []
    for script in doc.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        text = (script.text or "").strip()
        if not text or len(text) > _MAX_JSONLD:
            continue
        try:
            data = _loads(text)
        except Exception:
            try:
                data = json.loads(text, strict=False)
            except Exception:
                continue
        stack = [data]
        while stack and len(objects) < 200:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
    return objects


def _types(obj: dict[str, Any]) -> str:
    kind = obj.get("@type")
    if isinstance(kind, list):
        return " ".join(str(k) for k in kind)
    return str(kind or "")


def _article_objects(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    arts = [o for o in objects if _ARTICLE_TYPES.search(_types(o)) and "Page" not in _types(o)]
    pages = [o for o in objects if "Page" in _types(o)]
    return arts + pages


# --------------------------------------------------------------------------- title
def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def _strip_site(title: str, sites: list[str], h1s: list[str]) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    # A heading of the page that is a leading run of the title's parts wins.
    normed_h1 = {_norm(h) for h in h1s if h}
    for cut in range(len(parts) - 1, 0, -1):
        head = _joined_head(title, cut)
        if _norm(head) in normed_h1:
            return head
    site_norms = {_norm(s) for s in sites if s and _norm(s)}
    last, first = parts[-1], parts[0]
    if site_norms and (_norm(last) in site_norms or any(s in _norm(last) for s in site_norms)):
        return _joined_head(title, len(parts) - 1)
    sep = _TITLE_SEPARATORS.search(title)
    if site_norms and _norm(first) in site_norms and sep is not None:
        return title[sep.end() :].strip()
    # No cross-check: drop a short trailing segment behind a longer headline.
    if len(last.split()) <= 4 and len(_joined_head(title, len(parts) - 1).split()) >= 4:
        return _joined_head(title, len(parts) - 1)
    return title


def _joined_head(title: str, keep: int) -> str:
    """The title up to (not including) the separator after the first `keep` parts."""
    matches = list(_TITLE_SEPARATORS.finditer(title))
    if keep - 1 < len(matches):
        return title[: matches[keep - 1].start()].strip()
    return title.strip()


def _site_names(doc, url: str | None) -> list[str]:
    names = [
        _meta(doc, "og:site_name") or "",
        _meta(doc, "application-name") or "",
        _meta(doc, "twitter:site") or "",
    ]
    names = [n.lstrip("@") for n in names if n]
    if url:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            host = ""
        labels = [p for p in host.split(".") if p not in ("www", "com", "org", "net", "co", "uk")]
        names.extend(labels)
        if labels:
            names.append(".".join(host.split(".")[-2:]))
    return names


def extract_title(doc, url: str | None, objects: list[dict[str, Any]]) -> str | None:
    title_el = doc.find(".//title")
    tag_title = clean_line(title_el.text_content()) if title_el is not None else ""
    og = clean_line(_meta(doc, "og:title", "twitter:title"))
    h1s = [clean_line(h.text_content()) for h in doc.iter("h1")][:5]
    ld = ""
    for obj in _article_objects(objects):
        headline = obj.get("headline") or ""
        if isinstance(headline, str) and headline.strip():
            ld = clean_line(headline)
            break
    sites = _site_names(doc, url)
    candidates = [t for t in (og, tag_title, ld) if t]
    if not candidates:
        return h1s[0] if h1s and h1s[0] else None
    checks = h1s + [c for c in (og, ld) if c]
    headings = {_norm(h) for h in h1s if h}
    for cand in candidates:
        if _norm(cand) in headings:  # the page's own heading: a dash clause is the headline's
            return clean_line(cand)
    for cand in candidates:
        stripped = _strip_site(cand, sites, checks)
        if stripped and stripped != cand:
            return clean_line(stripped)
    # Nothing to strip: og:title, unless the <title> is a longer match of a heading.
    best = candidates[0]
    return clean_line(best) or None


# --------------------------------------------------------------------------- byline
def _names(value: Any, depth: int = 0) -> list[str]:
    if depth > 4 or value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [n for v in value[:10] for n in _names(v, depth + 1)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            return [name]
        if isinstance(name, (list, dict)):
            return _names(name, depth + 1)
    return []


def _clean_name(text: str | None) -> str:
    text = clean_line(text, 300)
    if not text or _looks_like_url(text):
        return ""
    text = _BY.sub("", text).strip(" ,;|-–—:")
    text = re.split(r"\s+(?:\||•|·)\s+|\s+(?:updated|published|posted)\b", text, flags=re.I)[0]
    return text.strip(" ,;|-–—:") if 1 < len(text) <= 120 else ""


def _looks_like_url(text: str) -> bool:
    return bool(re.match(r"^(?:https?:)?//|^www\.", text.strip(), re.I))


def _join(names: list[str]) -> str | None:
    seen: list[str] = []
    for name in names:
        name = _clean_name(name)
        if name and name.lower() not in (s.lower() for s in seen):
            seen.append(name)
    return ", ".join(seen[:6]) if seen else None


def extract_byline(doc, objects: list[dict[str, Any]]) -> str | None:
    meta = _meta(
        doc, "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"
    )
    if meta:
        got = _join([meta])
        if got:
            return got
    for obj in _article_objects(objects):
        got = _join(_names(obj.get("author")) or _names(obj.get("creator")))
        if got:
            return got
    for xpath in (
        "//*[@rel='author']",
        "//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' author ')]",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' author ')]",
    ):
        try:
            found = doc.xpath(xpath)
        except etree.XPathError:
            continue
        names = []
        for el in found[:6]:
            if el.tag == "meta" or el.tag == "link":
                names.append(el.get("content") or "")
                continue
            inner = el.xpath(".//*[@itemprop='name']")
            if inner:
                names.append(inner[0].get("content") or inner[0].text_content())
            else:
                names.append(el.text_content())
        got = _join(names)
        if got:
            return got
    return None


# --------------------------------------------------------------------------- date
_ISO = re.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?)?",
    re.I,
)


def parse_date(value: str | None) -> str | None:
    """ISO-8601 UTC "YYYY-MM-DDTHH:MM:SSZ" when a time is given, else "YYYY-MM-DD"."""
    value = clean_line(value, 100)
    if not value:
        return None
    match = _ISO.match(value)
    if match:
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
        try:
            if match.group(4) is None:
                return (
                    datetime(year, month, day).strftime("%Y-%m-%d")
                    if 1900 <= year <= 2200
                    else None
                )
            tz = _tz(match.group(7))
            when = datetime(
                year,
                month,
                day,
                int(match.group(4)),
                int(match.group(5)),
                int(match.group(6) or 0),
                tzinfo=tz,
            )
        except ValueError:
            return None
        return _utc(when)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return _utc(when)


def _tz(text: str | None) -> timezone:
    if not text or text.upper() in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _utc(when: datetime) -> str | None:
    try:
        when = when.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if not 1900 <= when.year <= 2200:
        return None
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


_BYLINE_LEAD = re.compile(r"^\s*(?:by|from)\s+", re.I)
_BYLINE_CUT = re.compile(r"\s*(?:[,|/•·–—(]|\bfor\b).*$", re.I)


def author_name(byline: str | None) -> str | None:
    """The one person a byline names ("By Mara Quell, Staff Writer" → "Mara Quell"), or None
    when it names several or none."""
    if not byline or re.search(r"\band\b|&", byline):
        return None
    name = _BYLINE_CUT.sub("", _BYLINE_LEAD.sub("", byline)).strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return name


def extract_published(doc, objects: list[dict[str, Any]]) -> str | None:
    candidates: list[str | None] = [
        _meta(
            doc,
            "article:published_time",
            "og:published_time",
            "datePublished",
            "published_time",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "date",
            "sailthru.date",
            "parsely-pub-date",
        )
    ]
    for obj in _article_objects(objects):
        value = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(value, str):
            candidates.append(value)
    try:
        for el in doc.xpath("//*[@itemprop='datePublished']")[:3]:
            candidates.append(el.get("content") or el.get("datetime") or el.text_content())
        times = doc.xpath("//time[@pubdate]") + doc.xpath("//time[@datetime]")
    except etree.XPathError:
        times = []
    for el in times[:3]:
        candidates.append(el.get("datetime") or el.text_content())
    for value in candidates:
        got = parse_date(value)
        if got:
            return got
    return None
