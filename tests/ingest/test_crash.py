"""Crash safety: a writer killed with SIGKILL in the middle of an ingest damages nothing.

Each run forks a child that ingests two fictional documents with the real service
(``document_ingest``: a document, its incidents and claims in one transaction) and reports
progress through a pipe: one byte before each document's transaction, one for every row
written inside it. The parent reads a random number of those bytes, then kills the child
with SIGKILL — no sleeps, the kill lands wherever the child has got to. After every run:

- the database is sound (SQLite: ``PRAGMA integrity_check`` and ``foreign_key_check``;
  PostgreSQL: it answers, and the checks below hold);
- every document has exactly the incidents and claims its complete ingest stores (measured
  on uninterrupted calibration runs): nothing half-ingested;
- no incident without claims, no claim pointing at a missing incident, document or claim;
- no identifier counter behind the identifiers handed out.

On SQLite the runs use a real database file in WAL mode, as a deployment does (the suite's
own test database is in memory, which a second process cannot open). On PostgreSQL they use
the suite's test database; each child opens its own connection.

All documents are fictional.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import re
import select
import signal
import sqlite3
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connections
from django.db.models import Count
from django.db.models.signals import post_save
from django.db.utils import load_backend

from recruitwatch.extraction import Document as ReadDocument
from recruitwatch.extraction import read_bytes
from recruitwatch.ingest.services import document_ingest
from recruitwatch.records.models import (
    Claim,
    Document,
    Facility,
    IdentifierCounter,
    Incident,
    Source,
)

RUNS = 200
SEED = 20240118  # the kill points are random but repeatable
BEGIN, WRITE, DONE = b"B", b"w", b"D"
# How long the parent waits for one progress byte before calling the child stuck. A guard
# against a hung test, not a timing assumption: a healthy child writes within milliseconds.
STUCK_SECONDS = 120
ALIAS = "crash"

# Two short fictional reports, each yielding an incident with claims. Short and English:
# the test is about storing, and each run should cost little more than its fork.
TEMPLATES = (
    "Fictional report. Prisoners of penal colony IK-6 in Sverdlovsk region were told to sign "
    "contracts with the Wagner Group, according to the mother of one of them.",
    "Fictional report. Police took migrant workers from a building site in Yekaterinburg to "
    "an enlistment office and threatened them with deportation, a lawyer said.",
)

RECORD_MODELS = (Document, Incident, Claim, Source, Facility)
_NUMBER = re.compile(r"^([A-Z]+)-(?:(\d{4})-)?(\d+)$")


def _reads(run: int) -> list[ReadDocument]:
    """The run's documents: same bodies each run (so the same proposals), new titles (so new
    bytes, new documents). Extraction reads the body only."""
    documents = []
    for number, body in enumerate(TEMPLATES):
        raw = f" date 2024-01-18 Fictional crash report {run}-{number}\n\n{body}\n".encode()
        (document,) = read_bytes(raw, origin=f"crash-{run}-{number}.txt", suffix=".txt").documents
        documents.append(document)
    return documents


def _child(write_fd: int, database: dict[str, Any], reads: list[ReadDocument]) -> None:
    """Ingest ``reads`` on a connection of this process's own, reporting progress."""
    backend = load_backend(database["ENGINE"])
    connections["default"] = backend.DatabaseWrapper(dict(database), "default")

    def row_written(**_: Any) -> None:
        os.write(write_fd, WRITE)

    post_save.connect(row_written, weak=False)
    for read in reads:
        os.write(write_fd, BEGIN)
        document_ingest(read=read)
    os.write(write_fd, DONE)
    signal.pause()  # finished: wait for the SIGKILL like every other run


@pytest.fixture
def crash_database(tmp_path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(alias the parent checks with, settings the child connects with)."""
    default = connections["default"].settings_dict
    if connections["default"].vendor != "sqlite":
        yield "default", dict(default)
        return
    database = {**default, "NAME": str(tmp_path / "crash.sqlite3")}
    # A copy of the migrated in-memory test database, by SQLite's backup API: the same
    # schema as `migrate` gives, in milliseconds rather than seconds.
    connections["default"].ensure_connection()
    target = sqlite3.connect(database["NAME"])
    try:
        connections["default"].connection.backup(target)
    finally:
        target.close()
    backend = load_backend(database["ENGINE"])
    connections[ALIAS] = backend.DatabaseWrapper(dict(database), ALIAS)
    try:
        yield ALIAS, database
    finally:
        connections[ALIAS].close()
        del connections[ALIAS]


def _progress_read(read_fd: int, stop_after: int | None) -> list[bytes]:
    """Progress bytes until ``stop_after`` of them (None: until DONE) or DONE or EOF."""
    seen: list[bytes] = []
    while stop_after is None or len(seen) < stop_after:
        ready, _, _ = select.select([read_fd], [], [], STUCK_SECONDS)
        if not ready:
            raise AssertionError(f"the ingesting child sent nothing for {STUCK_SECONDS} s")
        byte = os.read(read_fd, 1)
        if not byte or byte == DONE:
            seen.append(byte or b"")
            break
        seen.append(byte)
    return seen


def _run(
    context: Any, alias: str, database: dict[str, Any], reads: list[ReadDocument], stop: int | None
) -> list[bytes]:
    """One child ingesting ``reads``, killed after ``stop`` progress bytes."""
    connections.close_all()  # no connection crosses the fork (in-memory SQLite stays open)
    if alias != "default":
        connections[alias].close()
    read_fd, write_fd = os.pipe()
    child = context.Process(target=_child, args=(write_fd, database, reads), daemon=True)
    child.start()
    os.close(write_fd)
    try:
        seen = _progress_read(read_fd, stop)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        os.close(read_fd)
    assert seen[-1:] != [b""], f"the child died by itself (exit code {child.exitcode})"
    assert child.exitcode == -signal.SIGKILL
    return seen


def _identifier_problems(alias: str) -> list[str]:
    """Counters never behind the largest number handed out, per prefix and year."""
    largest: Counter[tuple[str, int]] = Counter()
    for model in RECORD_MODELS:
        for identifier in model.objects.using(alias).values_list("identifier", flat=True):
            match = _NUMBER.match(identifier)
            if match is None:
                return [f"malformed identifier {identifier!r}"]
            key = (match.group(1), int(match.group(2) or 0))
            largest[key] = max(largest[key], int(match.group(3)))
    counters = {
        (c.prefix, c.year): c.last_value for c in IdentifierCounter.objects.using(alias).all()
    }
    return [
        f"counter {prefix}/{year} at {counters.get((prefix, year))}, identifier {number} exists"
        for (prefix, year), number in largest.items()
        if counters.get((prefix, year), 0) < number
    ]


def _damage(alias: str, expected: dict[str, tuple[int, int]]) -> list[str]:
    """Everything wrong with the database; ``expected`` maps a document's SHA-256 to the
    (incidents, claims) of its complete ingest."""
    problems: list[str] = []
    connection = connections[alias]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA integrity_check")
            if cursor.fetchall() != [("ok",)]:
                problems.append("integrity_check failed")
            cursor.execute("PRAGMA foreign_key_check")
            problems.extend(f"foreign key broken: {row}" for row in cursor.fetchall())
        else:
            cursor.execute("SELECT 1")
            if cursor.fetchone() != (1,):
                problems.append("the database does not answer")
    claims = Claim.objects.using(alias)
    per_document = {
        row["document_id"]: (row["incidents"], row["claims"])
        for row in claims.values("document_id").annotate(
            incidents=Count("incident_id", distinct=True), claims=Count("id")
        )
    }
    for document_id, sha256 in Document.objects.using(alias).values_list("id", "sha256"):
        stored = per_document.get(document_id, (0, 0))
        if stored != expected.get(sha256):
            problems.append(f"document {document_id} half-ingested: {stored} of {expected[sha256]}")
    incidents = Incident.objects.using(alias)
    documents = Document.objects.using(alias)
    orphans = incidents.annotate(claim_count=Count("claims")).filter(claim_count=0).count()
    if orphans:
        problems.append(f"{orphans} incident(s) without claims")
    dangling = (
        claims.exclude(incident_id__in=incidents.values("id")).count()
        + claims.exclude(document_id__in=documents.values("id")).count()
        + claims.filter(retells__isnull=False).exclude(retells_id__in=claims.values("id")).count()
    )
    if dangling:
        problems.append(f"{dangling} claim(s) pointing nowhere")
    return problems + _identifier_problems(alias)


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_sigkill_mid_ingest_leaves_no_corrupt_database_and_no_half_document(crash_database):
    alias, database = crash_database
    rng = random.Random(SEED)  # noqa: S311 - kill points, not secrets
    context = multiprocessing.get_context("fork")
    runs = [_reads(run) for run in range(RUNS + 2)]
    # Warm up in this process before any fork (language models, keyring, model metadata), so
    # each child starts ready: the first run's documents, ingested here on the suite's own
    # connection (on PostgreSQL that is the checked database; they are complete documents).
    for read in runs[0]:
        document_ingest(read=read)

    # Two uninterrupted calibration runs: what a complete ingest of each template stores,
    # and how many progress bytes a run sends once sources and facilities exist.
    for calibration in runs[:2]:
        seen = _run(context, alias, database, calibration, stop=None)
        assert seen[-1] == DONE
    progress_bytes = len(seen) - 1
    by_template = {}
    for number, read in enumerate(runs[1]):
        document = Document.objects.using(alias).get(sha256=read.sha256)
        by_template[number] = (
            Claim.objects.using(alias)
            .filter(document=document)
            .aggregate(incidents=Count("incident_id", distinct=True), claims=Count("id"))
        )
    expected = {
        read.sha256: (by_template[number]["incidents"], by_template[number]["claims"])
        for reads in runs
        for number, read in enumerate(reads)
    }
    assert all(claims > 0 for _, claims in expected.values()), "templates must propose"
    assert _damage(alias, expected) == []

    corrupt = half_ingested = killed_inside_transaction = 0
    for reads in runs[2:]:
        seen = _run(context, alias, database, reads, stop=rng.randint(1, progress_bytes))
        started = seen.count(BEGIN)
        last_begin = max(i for i, byte in enumerate(seen) if byte == BEGIN)
        writes_in_last = seen[last_begin:].count(WRITE)
        stored = Document.objects.using(alias).filter(sha256__in=[r.sha256 for r in reads])
        if stored.count() < started and writes_in_last > 0:
            killed_inside_transaction += 1
        problems = _damage(alias, expected)
        corrupt += any("integrity" in p or "foreign key" in p for p in problems)
        half_ingested += sum("half-ingested" in p for p in problems)
        assert problems == [], problems

    print(  # figures for docs/security/hostile-input.md (pytest -s shows them)
        f"crash: {RUNS} runs killed, {killed_inside_transaction} inside a transaction that had "
        f"written rows, {corrupt} corrupt databases, {half_ingested} half-ingested documents, "
        f"{Document.objects.using(alias).count()} documents stored"
    )
    assert (RUNS, corrupt, half_ingested) == (RUNS, 0, 0)
    # The kills really landed inside transactions that had written rows, and those rolled
    # back: otherwise this test would prove nothing.
    assert killed_inside_transaction >= RUNS // 4, killed_inside_transaction
