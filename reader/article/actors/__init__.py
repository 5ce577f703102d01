"""Named actors of an article: spaCy NER mentions, cleaned, merged and re-typed by rules.

spaCy (run once by `reader.article.analyse`) only proposes entity mentions; `build_actors` turns
them into actors in named passes, each a module of its own:

1. `candidates` — mentions repaired (split, widened, "(ACRONYM)" tails) and mentions NER missed
   proposed from constructions ("the islands of A and B", "X Ltd", "in X"); each mention's
   surface cleaned (titles, "the", possessives) and junk dropped (`surface`);
2. `kinds` — evidence per surface: the NER label, titles and roles, "the company X", "in X",
   a wire dateline, demonyms, the world's known places (`gazetteer`); a surname typed like its
   full name;
3. `filtering` — capitalised ordinary words and common nouns dropped; then kinds are decided
   (`domains`: a name the page's links spell as a shop's domain is a company);
4. `merging` — surfaces grouped into actors (surnames → full names, acronyms → expansions);
5. `occurrences` — every mention of every actor counted in one scan; actors ranked.

Word lists are data (`data/*.txt`, read by `lexicon`). PERSON → person; ORG → organization;
GPE/LOC/FAC → place; NORP, dates, products, events and works of art are not actors.
This package never imports spaCy itself.
"""

from __future__ import annotations

from reader.article.actors.candidates import propose
from reader.article.actors.filtering import (
    drop_ordinary_words,
    drop_people_words,
    fold_glued_words,
    fold_honorifics,
    inner_places_only,
)
from reader.article.actors.kinds import (
    apply_constructions,
    brand_votes,
    collect_surfaces,
    decide_kinds,
    document_context,
    gazetteer_votes,
    linked_companies,
    short_form_votes,
    speaking_votes,
    surname_votes,
)
from reader.article.actors.lexicon import TITLES, is_org_head
from reader.article.actors.merging import (
    Merger,
    names_born_as,
    names_called_by_pronoun,
    names_known_as,
    names_known_before,
    names_translated,
    names_with_article,
    possessed_institutions,
    titles_held_by,
)
from reader.article.actors.model import LABEL_KINDS, ActorMention, Layout, Mention
from reader.article.actors.occurrences import find_occurrences, rank
from reader.article.actors.surface import clean_surface, is_junk
from reader.article.actors.syntax import common_nouns
from reader.article.actors.textindex import TextIndex
from reader.article.parsed import Parsed
from reader.models import Actor

__all__ = [
    "LABEL_KINDS",
    "TITLES",
    "ActorMention",
    "Layout",
    "Mention",
    "build_actors",
    "clean_surface",
    "is_junk",
    "is_org_head",
]


def build_actors(
    text: str,
    mentions: list[Mention],
    parsed: Parsed | None = None,
    layout: Layout | None = None,
    link_names: frozenset[str] = frozenset(),
) -> tuple[list[Actor], list[ActorMention]]:
    """Merge NER mentions of `text` into actors; return them (by salience) and every occurrence.

    `parsed` (spaCy's parse of the same text) is optional: unit tests hand in mentions only.
    `layout`: where the page's own headings and list items are in the text.
    `link_names`: the names the page's links spell as commercial domains (`domains`).
    """
    index = TextIndex(text)
    mentions, found = propose(text, list(mentions), index)
    surfaces, demonyms = collect_surfaces(text, mentions, found, index)
    apply_constructions(text, surfaces, found)
    document_context(text, surfaces, demonyms, index)
    gazetteer_votes(surfaces)
    speaking_votes(text, surfaces, index)
    brand_votes(surfaces)
    short_form_votes(surfaces)
    fold_glued_words(text, surfaces, index)
    fold_honorifics(surfaces, index)
    drop_ordinary_words(text, surfaces, index, common_nouns(parsed), layout or Layout())
    drop_people_words(text, surfaces, demonyms, index)
    surname_votes(surfaces)
    kinds = decide_kinds(surfaces)
    linked_companies(kinds, surfaces, link_names)
    found.nicknames.update(names_known_as(text, surfaces, kinds))
    found.nicknames.update(names_known_before(text, surfaces, kinds))
    found.nicknames.update(names_translated(text, surfaces, kinds))
    found.nicknames.update(names_called_by_pronoun(text, surfaces, kinds))
    found.nicknames.update(names_born_as(text, surfaces, kinds))
    found.nicknames.update(titles_held_by(text, surfaces, kinds))
    merger = Merger(surfaces, kinds)
    merger.people(found, text)
    merger.organisations_and_places(found)
    merger.short_forms(found)
    merger.untagged_surnames(index)
    merger.untagged_first_surnames(index)
    merger.untagged_leading_names(index)
    merger.landforms(found)
    merger.canonical_names(found, text)
    possessed_institutions(text, merger.groups, merger.kinds)
    occurrences = find_occurrences(text, merger.groups, merger.owner)
    counts = {o.actor: 1 for o in occurrences}
    dropped = inner_places_only(merger.groups, surfaces, counts)
    names_with_article(text, merger.groups)
    return rank(merger.groups, surfaces, occurrences, dropped), occurrences
