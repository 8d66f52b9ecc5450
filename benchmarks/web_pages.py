"""Server time of the caseworker's busiest pages with 100,000 incidents on SQLite (issue 5).

1. A fresh data directory (``recruitwatch init``) is filled with fictional benchmark data by
   ``bulk_create``: 50 facilities over 30 regions, 100,000 incidents over 36 months with
   coercion types, nationalities and review/verification states spread unevenly (a few
   facilities report most, as in the press), a tenth of them with a claim on one of 5,000
   documents, some with a person involved, and one restricted case of 200 incidents the
   benchmark user is not a member of (so the restriction subqueries are paid for).
2. Django's test Client, signed in as an editor past both login steps (force_login and the
   session's second-step mark, as ``tests.web.helpers.sign_in`` does), requests each page
   once to warm up, then ``REQUESTS`` times; the median and p95 of the wall time of each
   request (server side: no network, no browser) are printed as a table.

A page whose URL does not resolve yet is reported as "not built". Every value is generated
and fictional: no real person, facility report or event.

    .venv/bin/python -m benchmarks.web_pages

``BENCH_INCIDENTS`` changes the number of incidents; ``BENCH_WEB_DATA_DIR`` keeps the data
directory (built on the first run, reused afterwards) to time changes without rebuilding.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

INCIDENTS = int(os.environ.get("BENCH_INCIDENTS", "100000"))
REQUESTS = 50
FACILITIES = 50
REGIONS = 30
MONTHS = 36
FIRST_MONTH = date(2022, 9, 1)
# One incident in CLAIMED_EVERY has a claim; documents carry two claims each.
CLAIMED_EVERY = 10
PEOPLE = 2_000
INVOLVED_EVERY = 20
RESTRICTED_INCIDENTS = 200
BATCH = 2_000
SEED = 5
TARGET_P95_MS = 150.0

# Thirty federal subjects with penal colonies named in reports (ISO 3166-2).
REGION_CODES = (
    "RU-VLA", "RU-ROS", "RU-SVE", "RU-CHE", "RU-MOS", "RU-TVE", "RU-IVA", "RU-KRA",
    "RU-BA", "RU-TA", "RU-PER", "RU-KEM", "RU-IRK", "RU-NVS", "RU-OMS", "RU-SAM",
    "RU-SAR", "RU-VGG", "RU-KDA", "RU-STA", "RU-NIZ", "RU-YAR", "RU-KOS", "RU-RYA",
    "RU-TUL", "RU-KLU", "RU-BRY", "RU-ORL", "RU-KRS", "RU-VOR",
)  # fmt: skip
NATIONALITIES = ("UZ", "TJ", "KG", "KZ", "AZ", "AM", "UA", "BY", "TM")


def _pages() -> list[tuple[str, str]]:
    """The pages timed: (what, URL name or path with its query)."""
    return [
        ("review queue", "/review/"),
        ("search: text", "/search/?q=penal+colony"),
        ("search: facets only", "/search/?region=RU-VLA&coercion=threat_of_prosecution"),
        ("dashboard", "/dashboard/"),
    ]


def _month(index: int) -> date:
    year, month = divmod(FIRST_MONTH.month - 1 + index, 12)
    return date(FIRST_MONTH.year + year, month + 1, 1)


def _facilities() -> list[Any]:
    from recruitwatch.records.models import Facility

    facilities = [
        Facility(
            identifier=f"FAC-{number:04d}",
            facility_type="penal_colony",
            number=number,
            region=REGION_CODES[number % REGIONS],
            canonical_name=f"IK-{number}",
        )
        for number in range(1, FACILITIES + 1)
    ]
    return Facility.objects.bulk_create(facilities)


def _nationalities(rng: random.Random) -> list[str]:
    draw = rng.random()
    if draw < 0.6:
        return ["RU"]
    return [] if draw < 0.7 else [rng.choice(NATIONALITIES)]


def _incident_fields(rng: random.Random, facilities: list[Any], weights: list[float]) -> dict:
    from recruitwatch.records.choices import Coercion

    facility = rng.choices(facilities, weights)[0] if rng.random() < 0.8 else None
    month = rng.randrange(MONTHS)
    dated = rng.random() > 0.05
    return {
        "facility": facility,
        "region": facility.region if facility else rng.choice(REGION_CODES),
        "country": "RU",
        "date_start": _month(month).replace(day=rng.randint(1, 28)) if dated else None,
        "date_precision": "day" if dated else "unknown",
        "coercion": [] if rng.random() < 0.1 else rng.sample(Coercion.values, rng.randint(1, 2)),
        "victim_nationalities": _nationalities(rng),
        "victim_status": rng.choices(
            ["prisoner", "migrant", "conscript", "other"], [60, 25, 10, 5]
        )[0],
        "victim_count_low": rng.randint(1, 40),
        "review_state": rng.choices(["accepted", "proposed", "rejected"], [55, 30, 15])[0],
        "verification_state": rng.choices(
            ["unverified", "corroborated", "verified", "disputed"], [60, 25, 10, 5]
        )[0],
    }


def _number(incident: Any) -> int:
    return int(incident.identifier.rsplit("-", 1)[1])


def _document(number: int, outlets: list[Any]) -> Any:
    from recruitwatch.records.models import Document

    text = (
        f"Fictional benchmark report {number}: prisoners of a penal colony were told to sign "
        "contracts or face new charges."
    )
    return Document(
        identifier=f"DOC-2025-{number:06d}",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        channel="news",
        title=f"Fictional report {number}",
        text=text,
        language="en",
        reader="plaintext",
        size_bytes=len(text.encode()),
        source=outlets[number % len(outlets)],
    )


def bench_data_build(incidents: int = INCIDENTS, *, console: Console | None = None) -> None:
    """Fill the (empty, migrated) database with the fictional benchmark data."""
    from django.db import connection, transaction

    from recruitwatch.access.services import case_restrict
    from recruitwatch.records.models import (
        Case,
        Claim,
        Document,
        IdentifierCounter,
        Incident,
        Involvement,
        Person,
        Source,
    )

    rng = random.Random(SEED)
    started = time.perf_counter()
    with transaction.atomic():
        facilities = _facilities()
        weights = [1 / (rank + 1) for rank in range(len(facilities))]  # a few report most
        outlets = Source.objects.bulk_create(
            Source(identifier=f"SRC-{n:04d}", label=f"Fictional Outlet {n}", kind="outlet")
            for n in range(1, 21)
        )
        people = Person.objects.bulk_create(
            (
                Person(
                    identifier=f"PER-{n:05d}",
                    pseudonym=f"Fictional person {n}",
                    name=f"Benchmark Person {n}",
                    nationalities=["RU"],
                    status="prisoner",
                )
                for n in range(1, PEOPLE + 1)
            ),
            batch_size=BATCH,
        )
        documents: list[Any] = []
        for start in range(0, incidents, BATCH):
            rows = []
            for number in range(start + 1, min(start + BATCH, incidents) + 1):
                fields = _incident_fields(rng, facilities, weights)
                place = fields["facility"].canonical_name if fields["facility"] else "a colony"
                rows.append(
                    Incident(
                        identifier=f"INC-2025-{number:06d}",
                        summary=f"Fictional benchmark incident {number} at {place}.",
                        **fields,
                    )
                )
            created = Incident.objects.bulk_create(rows)
            claimed = [i for i in created if _number(i) % CLAIMED_EVERY == 0]
            batch_documents = Document.objects.bulk_create(
                _document(len(documents) + n // 2 + 1, outlets) for n in range(0, len(claimed), 2)
            )
            documents.extend(batch_documents)
            claims = [
                Claim(
                    identifier=f"CLM-{_number(incident):06d}",
                    incident=incident,
                    document=batch_documents[n // 2],
                    source=batch_documents[n // 2].source,
                    span_start=0,
                    span_end=40,
                )
                for n, incident in enumerate(claimed)
            ]
            involvements = [
                Involvement(
                    identifier=f"INV-{_number(incident):06d}",
                    person=people[_number(incident) % len(people)],
                    incident=incident,
                    role="victim",
                )
                for incident in created
                if _number(incident) % INVOLVED_EVERY == 0
            ]
            Claim.objects.bulk_create(claims)
            Involvement.objects.bulk_create(involvements)
        # Proposals waiting from a few hours to a year: the backlog's ages.
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE records_incident SET created_at = "
                "datetime('now', '-' || (id * 7919 % 8760) || ' hours')"
            )
        restricted = Case.objects.create(identifier="CASE-2025-0001", title="Fictional case")
        restricted.incidents.add(
            *Incident.objects.order_by("?").values_list("pk", flat=True)[:RESTRICTED_INCIDENTS]
        )
        case_restrict(case=restricted)
        for prefix, year, last in (
            ("INC", 2025, incidents),
            ("DOC", 2025, len(documents)),
            ("FAC", 0, FACILITIES),
            ("PER", 0, PEOPLE),
            ("SRC", 0, len(outlets)),
            ("CASE", 2025, 1),
        ):
            IdentifierCounter.objects.update_or_create(
                prefix=prefix, year=year, defaults={"last_value": last}
            )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    if console is not None:
        console.print(
            f"built {incidents:,} incidents, {len(documents):,} documents, "
            f"{incidents // CLAIMED_EVERY:,} claims in {time.perf_counter() - started:.0f} s"
        )


def _search_index_rebuild(data_dir: Path) -> None:
    """bulk_create bypasses the search index: index every record once (kept data directories
    remember it with a marker file)."""
    marker = data_dir / "bench-search-indexed"
    if marker.exists():
        return
    from recruitwatch.search.services import search_reindex

    search_reindex()
    marker.write_text("indexed\n", encoding="utf-8")


def _user() -> Any:
    from django.contrib.auth import get_user_model

    from recruitwatch.access import roles
    from recruitwatch.access.services import role_assign, roles_ensure

    roles_ensure()
    user, created = get_user_model().objects.get_or_create(username="fictional-bench-editor")
    if created:
        role_assign(user=user, role=roles.EDITOR)
    return user


def _time(request: Callable[[], Any]) -> tuple[float, float, int]:
    """(median ms, p95 ms, status of the last answer) over REQUESTS requests after a warm-up."""
    request()
    timings, status = [], 0
    for _ in range(REQUESTS):
        started = time.perf_counter()
        response = request()
        timings.append((time.perf_counter() - started) * 1000)
        status = response.status_code
    timings.sort()
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    return statistics.median(timings), p95, status


def pages_measure(console: Console) -> Table:
    from django.test import Client
    from django.urls import Resolver404, resolve
    from tests.web.helpers import sign_in

    client = sign_in(Client(), _user())
    table = Table("page", "URL", "median ms", "p95 ms", "status", "p95 < 150 ms")
    for what, url in _pages():
        try:
            resolve(url.split("?")[0])
        except Resolver404:
            table.add_row(what, url, "—", "—", "not built", "—")
            continue
        median, p95, status = _time(lambda url=url: client.get(url))
        verdict = "yes" if p95 < TARGET_P95_MS and status == 200 else "NO"
        table.add_row(what, url, f"{median:.1f}", f"{p95:.1f}", str(status), verdict)
    return table


def _environment(data_dir: Path) -> bool:
    """Point Django at ``data_dir``; True when it already holds a database to reuse."""
    os.environ["RECRUITWATCH_DATA_DIR"] = str(data_dir)
    os.environ.pop("RECRUITWATCH_DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "recruitwatch.web.settings"
    existed = (data_dir / "recruitwatch.sqlite3").exists()
    import django
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()  # the test Client's host, and no outgoing mail
    if existed:
        call_command("migrate", verbosity=0)  # a kept directory may predate a migration
    else:
        call_command("init", "--no-input", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return existed


def main() -> int:
    console = Console(width=110)
    kept = os.environ.get("BENCH_WEB_DATA_DIR", "").strip()
    workdir = Path(kept) if kept else Path(tempfile.mkdtemp(prefix="recruitwatch-web-bench-"))
    reused = _environment(workdir)
    if not reused:
        bench_data_build(INCIDENTS, console=console)
    started = time.perf_counter()
    _search_index_rebuild(workdir)
    console.print(f"search index: {time.perf_counter() - started:.0f} s")
    console.print(pages_measure(console))
    console.print(
        f"{INCIDENTS:,} fictional incidents on SQLite; {REQUESTS} requests per page after one "
        "warm-up, Django test Client signed in as an editor (server time, no network)"
    )
    if not kept:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
