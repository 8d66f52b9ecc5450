"""Person linking at scale: 100,000 generated mentions linked from scratch (time and peak
memory), and one new mention against the 100,000 (p95 latency over 300 queries).

Mentions come from the committed fictional generator (tests/corpus/linking/make_people.py),
20,000 persons; the first 100,000 mentions are linked. Targets (issue 7): ≤ 60 s on 2 cores
and ≤ 2 GB; p95 ≤ 100 ms. Linking runs in one process on one core.

    .venv/bin/python -m benchmarks.linking_people
"""

from __future__ import annotations

import importlib.util
import resource
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from recruitwatch.resolution.people import PersonMention, people_link
from recruitwatch.resolution.people_attributes import mention_from_json, mention_prepare
from recruitwatch.resolution.people_index import PeopleIndex

GENERATOR = Path(__file__).resolve().parent.parent / "tests/corpus/linking/make_people.py"
MENTIONS = 100_000
QUERIES = 300


@dataclass
class LinkingFigures:
    mentions: int
    persons_found: int
    seconds: float
    peak_rss_mb: float
    query_p50_ms: float
    query_p95_ms: float
    queries: int


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_people", GENERATOR)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the generator {GENERATOR}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_people"] = module
    spec.loader.exec_module(module)
    return module


def _mentions(count: int, *, seed: int) -> list[PersonMention]:
    raw, _ = _generator().generate(count // 5 + 1, seed=seed, unique_names=False)
    return [mention_from_json(obj, line=i) for i, obj in enumerate(raw[:count], start=1)]


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def linking_measure(mentions: int = MENTIONS, queries: int = QUERIES) -> LinkingFigures:
    batch = _mentions(mentions, seed=1)
    started = time.perf_counter()
    result = people_link(batch, explain=False)
    seconds = time.perf_counter() - started
    peak = _peak_rss_mb()

    # One new mention against an index of the 100,000: the incremental path ingestion uses.
    index = PeopleIndex()
    for mention in batch:
        index.add(mention_prepare(mention))
    positions = {mention.id: position for position, mention in enumerate(batch)}
    for cluster in result.clusters:  # the persons as the batch left them
        for other in cluster[1:]:
            index.join(positions[cluster[0]], positions[other])
    fresh = _mentions(queries * 5, seed=2)[:queries]
    timings = []
    for number, mention in enumerate(fresh):
        renamed = PersonMention(
            id=f"q{number}",
            name=mention.name,
            birth_date=mention.birth_date,
            nationality=mention.nationality,
            facility=mention.facility,
            region=mention.region,
        )
        started = time.perf_counter()
        index.link_new(mention_prepare(renamed))
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return LinkingFigures(
        mentions=len(batch),
        persons_found=len(result.clusters),
        seconds=seconds,
        peak_rss_mb=max(peak, _peak_rss_mb()),
        query_p50_ms=statistics.median(timings),
        query_p95_ms=timings[int(len(timings) * 0.95) - 1],
        queries=len(timings),
    )


def main() -> None:
    figures = linking_measure()
    print(
        f"link {figures.mentions:,} mentions: {figures.seconds:.1f} s, "
        f"{figures.persons_found:,} persons, peak RSS {figures.peak_rss_mb:,.0f} MB; "
        f"one new mention vs {figures.mentions:,}: p50 {figures.query_p50_ms:.1f} ms, "
        f"p95 {figures.query_p95_ms:.1f} ms over {figures.queries} queries"
    )


if __name__ == "__main__":
    main()
