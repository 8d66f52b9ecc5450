"""`make bench`: place and facility resolution, strings per second, one process, one core.

The strings are the generated fictional benchmark (tests/corpus/linking/generated.places.txt),
repeated; each is resolved from scratch except for the word-lemma cache the resolver keeps
(reports repeat word forms, so that cache is part of real-world speed). Building the gazetteer
indexes (about a second, once per process) is timed separately.

    python -c "from benchmarks.resolution_places import places_resolution_print; \\
               places_resolution_print()"
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

MENTIONS = Path(__file__).resolve().parent.parent / "tests/corpus/linking/generated.places.txt"
REPEATS = 10


@dataclass(frozen=True)
class PlacesFigures:
    strings: int
    seconds: float
    index_seconds: float

    @property
    def strings_per_second(self) -> float:
        return self.strings / self.seconds


def places_resolution_measure(repeats: int = REPEATS) -> PlacesFigures:
    from recruitwatch.resolution.places import place_resolve
    from recruitwatch.resolution.places_index import en_place_index, ru_place_index

    mentions = [m for m in MENTIONS.read_text(encoding="utf-8").splitlines() if m.strip()]
    started = time.perf_counter()
    en_place_index()
    ru_place_index()
    index_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(repeats):
        for mention in mentions:
            place_resolve(mention)
    return PlacesFigures(len(mentions) * repeats, time.perf_counter() - started, index_seconds)


def places_resolution_print(console: Console | None = None) -> None:
    """Measure and print one line (the call `benchmarks/__main__.py` makes)."""
    figures = places_resolution_measure()
    (console or Console()).print(
        f"place resolution: {figures.strings:,} strings in {figures.seconds:.2f} s "
        f"({figures.strings_per_second:,.0f} strings/s, one core); gazetteer indexes built "
        f"in {figures.index_seconds:.2f} s"
    )


if __name__ == "__main__":
    places_resolution_print()
