"""The independence rule: copies and retellings count once; distinct tellers in distinct
documents count apart. Every document, source and name is fictional."""

from __future__ import annotations

import pytest

from recruitwatch.linking.services.copies import copy_groups_join
from recruitwatch.records.models import Claim, Incident, Source
from recruitwatch.records.services.identifiers import record_create
from recruitwatch.verification.corroboration import independent_sources
from tests.linking.fixtures import ingest_text

pytestmark = pytest.mark.django_db


def _document(tmp_path, name, sentence):
    return ingest_text(
        tmp_path, name, f"date 2023-04-12 Fictional note {name}\n\nFictional text. {sentence}\n"
    )


def _source(label, kind="outlet", name=""):
    return record_create(Source, label=label, kind=kind, name=name)


def _claim(incident, document, source, retells=None):
    return record_create(
        Claim,
        incident=incident,
        document=document,
        source=source,
        retells=retells,
        span_start=0,
        span_end=10,
    )


@pytest.fixture
def documents(tmp_path):
    return [
        _document(tmp_path, f"{n}.txt", f"Unrelated fictional sentence number {n} about weather.")
        for n in ("one", "two", "three")
    ]


def test_distinct_tellers_in_distinct_documents_count_apart(documents):
    incident = record_create(Incident, summary="Fictional")
    _claim(incident, documents[0], _source("Fictional Outlet A"))
    _claim(incident, documents[1], _source("Fictional Outlet B"))
    assert len(independent_sources(incident)) == 2


def test_copies_count_once_even_under_different_tellers(documents):
    incident = record_create(Incident, summary="Fictional")
    _claim(incident, documents[0], _source("Fictional Outlet A"))
    _claim(incident, documents[1], _source("Fictional Outlet B"))
    copy_groups_join(first=documents[0], second=documents[1], actor=None, why="test")
    sources = independent_sources(incident)
    assert len(sources) == 1
    assert sources[0].documents == tuple(sorted([documents[0].identifier, documents[1].identifier]))


def test_retellings_count_once_with_what_they_retell(documents):
    incident = record_create(Incident, summary="Fictional")
    mother = _source("relative (fictional)", kind="relative", name="Fictional Mother Name")
    inner = _claim(incident, documents[0], mother)
    # An outlet in another document retells the mother's account: not a new source.
    _claim(incident, documents[1], _source("Fictional Outlet B"), retells=inner)
    sources = independent_sources(incident)
    assert len(sources) == 1
    assert sources[0].retellings == 1


def test_the_same_private_teller_in_two_documents_counts_once(documents):
    incident = record_create(Incident, summary="Fictional")
    first = _source("relative (one)", kind="relative", name="Fictional Teller")
    second = _source("relative (two)", kind="relative", name="fictional  teller")
    _claim(incident, documents[0], first)
    _claim(incident, documents[1], second)
    assert len(independent_sources(incident)) == 1


def test_one_document_is_one_source_however_many_it_quotes(documents):
    incident = record_create(Incident, summary="Fictional")
    _claim(incident, documents[0], _source("Fictional Outlet A"))
    _claim(incident, documents[0], _source("advocate (fictional)", kind="advocate"))
    assert len(independent_sources(incident)) == 1


def test_a_chain_ingested_from_one_report_is_one_source(tmp_path):
    """Extraction's attribution chain (relative → two outlets) gives claims that retell one
    another: one source (fictional outlets and relative)."""
    ingest_text(
        tmp_path,
        "retold.txt",
        "date 2023-02-16 Fictional report\n\n"
        "Northbridge Daily reported, citing Valley Voice, that his sister said prisoners at "
        "IK-3 in the Vladimir region were threatened with new criminal cases if they refused "
        "to sign contracts.\n",
    )
    incident = Incident.objects.get()
    assert incident.claims.count() >= 3
    assert len(independent_sources(incident)) == 1
