"""Server time of the search page with 100,000 incidents on SQLite (issue 5: p95 < 150 ms).

Run: ``.venv/bin/python -m tests.search.bench_search_page`` (BENCH_INCIDENTS, BENCH_PEOPLE
and BENCH_ROUNDS change the sizes). Builds a throwaway data directory with generated,
fictional records — incidents at a few hundred facilities, people with invented names,
documents — indexes them with ``search_reindex`` (timed too), then requests the page as a
viewer (no identity access: excerpts are redacted) and as an administrator, for a spread of
queries and filters, and prints the median and p95 of each. Not collected by pytest.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

INCIDENTS = int(os.environ.get("BENCH_INCIDENTS", "100000"))
PEOPLE = int(os.environ.get("BENCH_PEOPLE", "5000"))
DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", "2000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "20"))
BATCH = 2000

# Invented sentence parts, English and Russian (fictional, like every record made here).
EN = [
    "Prisoners held in penal colony {f} say recruiters threatened new charges.",
    "Migrant workers were stopped at a market and taken to the enlistment office.",
    "A relative says he was promised a pardon after six months at the front.",
    "Inmates of the colony were gathered in the club building and told to sign.",
    "Officers collected names on a list before anyone agreed.",
    "He was placed in a punishment cell after he refused to sign the contract.",
]
RU = [
    "Заключённых колонии {f} склоняли к подписанию контрактов.",
    "Мигрантов задержали на рынке и доставили в военкомат.",
    "Родственники говорят, что ему обещали помилование.",
    "Осуждённых исправительной колонии собрали в клубе и угрожали новыми делами.",
    "Сотрудники изолятора заранее составили список желающих.",
]
REGIONS = ["RU-VLA", "RU-ROS", "RU-MOW", "RU-SPE", "RU-SVE", "RU-CHE", "RU-KDA", "RU-BA"]
COERCION = ["threat_of_deportation", "threat_of_prosecution", "physical_force", "deception"]
NATIONALITIES = ["UZ", "TJ", "KG", "RU"]
FIRST = ["Ravshan", "Farrukh", "Dilnoza", "Oleg", "Artyom", "Timur", "Aziz", "Sardor"]
LAST = ["Ergashev", "Saidakhmedov", "Karimova", "Kurbatkin", "Tokhirov", "Yusupov"]
QUERIES = [
    ("", {}),
    ("колония", {}),
    ("penal colony", {}),
    ("колонии", {"region": "RU-VLA"}),
    ("", {"review_state": "accepted", "coercion": "physical_force"}),
    ("enlistment office", {"nationality": "UZ"}),
    ("pardon", {"date_from": "2023-01-01", "date_to": "2023-12-31"}),
]


def _setup() -> bool:
    """Point Django at the benchmark's data directory; whether it still needs its records.

    BENCH_DATA_DIR keeps the directory between runs (generating 100,000 incidents and
    indexing them takes minutes); without it a temporary one is used."""
    kept = os.environ.get("BENCH_DATA_DIR")
    data_dir = Path(kept) if kept else Path(tempfile.mkdtemp(prefix="rw-search-bench-")) / "d"
    os.environ["RECRUITWATCH_DATA_DIR"] = str(data_dir)
    os.environ.pop("RECRUITWATCH_DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "recruitwatch.web.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("init", "--no-input", stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command("migrate", verbosity=0)  # a kept directory from before a new migration
    return not (data_dir / "bench-populated").exists()


def _populate() -> None:
    import datetime

    from django.db import transaction

    from recruitwatch.records.models import Facility, Incident, Person
    from recruitwatch.records.services.identifiers import record_create

    rng = random.Random(5)  # noqa: S311 - a repeatable fictional corpus, nothing secret
    facilities = [
        record_create(
            Facility,
            facility_type="penal_colony" if n % 3 else "sizo",
            number=n,
            region=REGIONS[n % len(REGIONS)],
            canonical_name=f"IK-{n}" if n % 3 else f"SIZO-{n}",
        )
        for n in range(1, 301)
    ]
    with transaction.atomic():
        Person.objects.bulk_create(
            [
                Person(
                    identifier=f"PER-{n:06d}",
                    name=f"{rng.choice(FIRST)} {rng.choice(LAST)}-{n}",
                    pseudonym=f"Person {n}",
                )
                for n in range(PEOPLE)
            ],
            batch_size=BATCH,
        )
    start = datetime.date(2022, 1, 1)
    for first in range(0, INCIDENTS, BATCH):
        rows = []
        for n in range(first, min(INCIDENTS, first + BATCH)):
            facility = rng.choice(facilities)
            sentences = rng.sample(EN, 2) if n % 2 else rng.sample(RU, 2)
            summary = " ".join(sentences).format(f=facility.canonical_name)
            rows.append(
                Incident(
                    identifier=f"INC-2024-{n:06d}",
                    summary=summary,
                    victim_description="группа заключённых" if n % 2 else "a group of prisoners",
                    facility=facility,
                    region=facility.region,
                    coercion=rng.sample(COERCION, rng.randint(0, 2)),
                    victim_nationalities=rng.sample(NATIONALITIES, rng.randint(0, 1)),
                    victim_status=rng.choice(["prisoner", "migrant", "other"]),
                    review_state=rng.choice(["proposed"] * 6 + ["accepted"] * 3 + ["rejected"]),
                    date_start=start + datetime.timedelta(days=rng.randint(0, 1000)),
                )
            )
        with transaction.atomic():
            Incident.objects.bulk_create(rows)
    _documents(rng)


def _documents(rng: random.Random) -> None:
    import hashlib

    from recruitwatch.extraction import Document as ReadDocument
    from recruitwatch.records.services.documents import document_create

    for n in range(DOCUMENTS):
        text = " ".join(rng.choice(EN + RU).format(f="IK-6") for _ in range(40))
        text = f"Fictional generated report {n}. {text}"
        raw = text.encode()
        read = ReadDocument(
            text=text,
            sha256=hashlib.sha256(raw).hexdigest(),
            size_bytes=len(raw),
            reader="bench",
            origin="bench.txt",
            title=f"Generated report {n}",
            language="en",
        )
        document_create(read=read)


def _users() -> dict[str, object]:
    from django.contrib.auth import get_user_model

    from recruitwatch.access import roles
    from tests.access.helpers import user_with_role

    existing = get_user_model().objects.filter(username__startswith="bench-")
    found = {user.username.removeprefix("bench-"): user for user in existing}
    return found or {
        "viewer": user_with_role("bench-viewer", roles.VIEWER),
        "admin": user_with_role("bench-admin", roles.ADMIN),
    }


def _machine_ms() -> float:
    """How fast this machine is right now: a pure-Python loop (about 15 ms when idle on a
    2020s laptop core), printed beside the figures, since a shared machine varies."""
    started = time.perf_counter()
    sum(range(10**6))
    return (time.perf_counter() - started) * 1000


def main() -> int:
    needs_records = _setup()
    from django.test import Client

    from recruitwatch.search.services import search_reindex
    from tests.web.helpers import sign_in

    if needs_records:
        started = time.perf_counter()
        _populate()
        print(
            f"generated {INCIDENTS:,} incidents, {PEOPLE:,} people, {DOCUMENTS:,} documents "
            f"in {time.perf_counter() - started:.0f} s"
        )
        started = time.perf_counter()
        counts = search_reindex()
        seconds = time.perf_counter() - started
        print(
            f"search_reindex: {counts} in {seconds:.1f} s "
            f"({sum(counts.values()) / seconds:,.0f} records/s)"
        )
        (Path(os.environ["RECRUITWATCH_DATA_DIR"]) / "bench-populated").touch()
    print(f"machine: sum(range(10**6)) took {_machine_ms():.1f} ms")
    for who, user in _users().items():
        client = Client(HTTP_HOST="localhost")
        sign_in(client, user)
        timings: list[float] = []
        for query, filters in QUERIES:
            params = {"q": query, **filters} if query else dict(filters)
            one: list[float] = []
            for _ in range(ROUNDS):
                started = time.perf_counter()
                response = client.get("/search/", params)
                one.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.status_code
            timings += one
            print(f"  {who:<6} {params!s:<60} median {statistics.median(one):6.1f} ms")
        p95 = statistics.quantiles(timings, n=20)[-1]
        print(
            f"{who}: search page median {statistics.median(timings):.1f} ms, "
            f"p95 {p95:.1f} ms over {len(timings)} requests"
        )
    print(f"machine: sum(range(10**6)) took {_machine_ms():.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
