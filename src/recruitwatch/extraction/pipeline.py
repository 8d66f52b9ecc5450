"""The extraction pipeline: the one place that fixes the order of the stages.

Each stage is a pure function ``Analysis -> Analysis`` and declares which fields it
requires and which it provides; :func:`check_order` (run by a test) proves every
requirement is provided by an earlier stage.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.errors import ExtractionError
from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.extraction.literals import register_patterns
from recruitwatch.extraction.stages.attribution import attribution
from recruitwatch.extraction.stages.counts import counts
from recruitwatch.extraction.stages.cues import cues
from recruitwatch.extraction.stages.dates import dates
from recruitwatch.extraction.stages.facilities import facilities
from recruitwatch.extraction.stages.incidents import incidents
from recruitwatch.extraction.stages.mentions import mentions
from recruitwatch.extraction.stages.outlets import outlets
from recruitwatch.extraction.stages.places import places
from recruitwatch.extraction.stages.segment import segment
from recruitwatch.extraction.types import Document


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Analysis], Analysis]
    requires: tuple[str, ...]
    provides: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("segment", segment, (), ("parsed", "sentences", "tokens")),
    Stage("facilities", facilities, (), ("facilities",)),
    Stage("places", places, ("parsed", "tokens"), ("places",)),
    Stage("dates", dates, (), ("dates",)),
    Stage("cues", cues, ("sentences",), ("cues",)),
    Stage(
        "mentions",
        mentions,
        ("parsed", "sentences", "places", "facilities"),
        ("people", "organizations", "nationalities"),
    ),
    Stage(
        "outlets",
        outlets,
        ("sentences", "people", "places", "facilities", "organizations", "nationalities"),
        ("outlets",),
    ),
    Stage(
        "attribution", attribution, ("sentences", "people", "cues", "outlets"), ("sources", "via")
    ),
    Stage("counts", counts, (), ("counts",)),
    Stage(
        "incidents",
        incidents,
        (
            "sentences",
            "facilities",
            "places",
            "dates",
            "cues",
            "people",
            "nationalities",
            "sources",
            "via",
            "counts",
        ),
        ("incidents",),
    ),
)


def check_order(stages: tuple[Stage, ...] = STAGES) -> None:
    """Raise if a stage requires a field no earlier stage provides."""
    provided: set[str] = set()
    for stage in stages:
        missing = set(stage.requires) - provided
        if missing:
            raise AssertionError(f"stage {stage.name} requires {sorted(missing)} before it runs")
        provided.update(stage.provides)


# 1,000,000 characters: spaCy's own default ceiling, about 150,000 words — twenty times the
# longest report seen. Beyond it a text is a dump, not a report, and the rules' cost grows
# with sentence length.
MAX_EXTRACT_CHARACTERS = 1_000_000


def _patterns_in(value: object) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str) and value.pattern:
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _patterns_in(item)


def stage_patterns() -> list[re.Pattern[str]]:
    """Every regular expression of the lexicons and of the stage modules, once each: all the
    literal prefilter may be asked about (the tests check it on each)."""
    from recruitwatch.extraction.languages import english, russian

    found: dict[int, re.Pattern[str]] = {}
    values: list[object] = [*vars(english.LEXICON).values(), *vars(russian.LEXICON).values()]
    # Every module of the stages, those a stage's function lives in and those it calls into
    # (the incidents stage is a package of several).
    for name, module in list(sys.modules.items()):
        if name.startswith(f"{__package__}.stages.") and module is not None:
            values += vars(module).values()
    for value in values:
        found.update((id(p), p) for p in _patterns_in(value))
    return list(found.values())


@functools.cache
def _patterns_registered() -> None:
    """One automaton for all the stages' patterns, built once (see
    :func:`~recruitwatch.extraction.literals.register_patterns`)."""
    register_patterns(stage_patterns())


def analyse(document: Document) -> Analysis:
    """Run every stage over ``document``."""
    from recruitwatch.extraction.languages import english, russian

    if len(document.text) > MAX_EXTRACT_CHARACTERS:
        raise ExtractionError(
            f"text of {len(document.text):,} characters is too long to extract "
            f"(limit {MAX_EXTRACT_CHARACTERS:,}); split it into reports"
        )

    _patterns_registered()
    language = document.language or language_detect(document.text) or "en"
    lexicon = russian.LEXICON if language == "ru" else english.LEXICON
    analysis = Analysis(document=document, language=language, lexicon=lexicon)
    for stage in STAGES:
        analysis = stage.run(analysis)
    return analysis
