"""Company names the page's own links spell: "<brand>.com", "studio.<brand>.co.uk".

Product pages and reviews link each brand they name to its shop ("$150 at Korvo", "Shop Men's
at <brand>.com"), and NER, which has never met most brands, reads them as people or places. A one
word name (or a name of words that is not a person's: "Tarn Music") that is spelled by the
domain of a link on the page, on a commercial top-level domain, is an organisation.
"""

from __future__ import annotations

import re

# A host after "https://" or its URL-encoded form inside an affiliate link, or a bare host
# written in the text ("Shop at <brand>.com").
_HOST = re.compile(
    r"(?:https?(?::|%3A)(?://|%2F%2F))?(?:[a-z0-9-]+\.)*?([a-z0-9-]{2,})"
    r"\.(?:com|net|io|ai|app|co|shop|store|tv)(?:\.[a-z]{2})?(?![a-z0-9-])",
    re.I,
)


def link_names(text: str) -> frozenset[str]:
    """The second-level labels of the commercial domains in `text` (links and bare hosts)."""
    return frozenset(m.group(1).lower() for m in _HOST.finditer(text))


def squashed(name: str) -> str:
    """A name as a domain spells it: letters and digits only, lower case ("Under Armour" →
    "underarmour")."""
    return re.sub(r"[^0-9a-z]", "", name.lower())
