"""Ingestion runs extraction and stores proposed incidents whose evidence spans, sliced from
the stored text, are the quoted sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recruitwatch.ingest.services import paths_ingest
from recruitwatch.records.models import Claim, Document, Incident
from tests.conftest import REPO

pytestmark = pytest.mark.django_db

CORPUS = REPO / "tests" / "corpus"
SEED = REPO.parent / "shared" / "corpus" / "seed" / "000.txt"


def _quotes(text_path: Path) -> list[str]:
    gold = json.loads(text_path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return [q for incident in gold["incidents"] for q in incident["evidence_quotes"]]


@pytest.mark.parametrize(
    "path", [CORPUS / "01.txt", CORPUS / "06.txt", SEED], ids=["en", "ru", "seed"]
)
def test_ingest_stores_proposals_whose_spans_slice_to_quoted_sentences(path):
    if not path.exists():
        pytest.skip(f"{path} is not on this machine (shared/ is laid beside the repository)")
    report = paths_ingest([path])
    assert report.proposed, "no incident proposed"
    document = Document.objects.get()
    claims = list(Claim.objects.filter(document=document))
    assert claims
    stored_text = document.text
    for claim in claims:
        assert claim.quote == stored_text[claim.span_start : claim.span_end]
        assert claim.quote
        assert claim.quote.strip() == claim.quote
    quoted = {claim.quote for claim in claims}
    found = [q for q in _quotes(path) if q in quoted]
    assert found, "no annotated evidence sentence is among the stored spans"
    assert set(Incident.objects.values_list("review_state", flat=True)) == {"proposed"}


def test_ingest_twice_proposes_once(tmp_path):
    path = CORPUS / "01.txt"
    first = paths_ingest([path])
    second = paths_ingest([path])
    assert first.proposed
    assert not second.proposed
    assert Incident.objects.count() == len(first.proposed)


def test_ingest_keeps_a_document_extraction_refuses(tmp_path, monkeypatch):
    from recruitwatch.extraction import pipeline

    monkeypatch.setattr(pipeline, "MAX_EXTRACT_CHARACTERS", 100)
    path = tmp_path / "long.txt"
    path.write_text("Fictional prisoners at IK-6 in the Perm region were told to sign. " * 10)
    report = paths_ingest([path])
    assert len(report.added) == 1
    assert not report.proposed
    assert "too long to extract" in str(report.problems[0])
    assert Document.objects.count() == 1


def test_second_hand_account_is_stored_as_a_chain_of_retellings(tmp_path):
    """A relative cited by one outlet that another outlet cites: one relative source, each
    outlet a claim that retells the one inside it, not a new account (fictional)."""
    path = tmp_path / "retold.txt"
    path.write_text(
        "date 2023-02-16 Fictional report\n\n"
        "Northbridge Daily reported, citing Valley Voice, that his sister said prisoners at "
        "IK-3 in the Vladimir region were threatened with new criminal cases if they refused "
        "to sign contracts.\n",
        encoding="utf-8",
    )
    paths_ingest([path])
    claims = Claim.objects.select_related("source", "retells__source")
    first_hand = [c for c in claims if c.retells is None]
    assert [c.source.kind for c in first_hand] == ["relative"]
    chain = []
    claim = first_hand[0]
    while (retelling := claims.filter(retells=claim).first()) is not None:
        chain.append(retelling.source.label)
        claim = retelling
    assert chain == ["Valley Voice", "Northbridge Daily"]
    assert {c.source.kind for c in claims if c.retells is not None} == {"outlet"}
