"""The extraction quality gate: corpus scores may not fall below the committed floors
(tests/extraction/quality_baseline.json). Scored the same way as the team's scorer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from recruitwatch.extraction import extract, read_path, result_contract
from recruitwatch.extraction.evaluation import corpus_score
from tests.conftest import REPO

BASELINE = json.loads((Path(__file__).parent / "quality_baseline.json").read_text())
CORPORA = {
    "tests/corpus": REPO / "tests" / "corpus",
    "tests/corpus/blind/en": REPO / "tests" / "corpus" / "blind" / "en",
    "tests/corpus/blind/ru": REPO / "tests" / "corpus" / "blind" / "ru",
    "tests/corpus/blind2/en": REPO / "tests" / "corpus" / "blind2" / "en",
    "tests/corpus/blind2/ru": REPO / "tests" / "corpus" / "blind2" / "ru",
    "tests/corpus/blind3/en": REPO / "tests" / "corpus" / "blind3" / "en",
    "tests/corpus/blind3/ru": REPO / "tests" / "corpus" / "blind3" / "ru",
    "tests/corpus/blind4/en": REPO / "tests" / "corpus" / "blind4" / "en",
    "tests/corpus/blind4/ru": REPO / "tests" / "corpus" / "blind4" / "ru",
    "tests/corpus/blind5/en": REPO / "tests" / "corpus" / "blind5" / "en",
    "tests/corpus/blind5/ru": REPO / "tests" / "corpus" / "blind5" / "ru",
    "tests/corpus/blind6/en": REPO / "tests" / "corpus" / "blind6" / "en",
    "tests/corpus/blind6/ru": REPO / "tests" / "corpus" / "blind6" / "ru",
    "tests/corpus/blind7/en": REPO / "tests" / "corpus" / "blind7" / "en",
    "tests/corpus/blind7/ru": REPO / "tests" / "corpus" / "blind7" / "ru",
    "tests/corpus/blind8/en": REPO / "tests" / "corpus" / "blind8" / "en",
    "tests/corpus/blind8/ru": REPO / "tests" / "corpus" / "blind8" / "ru",
    "tests/corpus/blind9/en": REPO / "tests" / "corpus" / "blind9" / "en",
    "tests/corpus/blind9/ru": REPO / "tests" / "corpus" / "blind9" / "ru",
    "tests/corpus/blind10/en": REPO / "tests" / "corpus" / "blind10" / "en",
    "tests/corpus/blind10/ru": REPO / "tests" / "corpus" / "blind10" / "ru",
    "tests/corpus/blind11/en": REPO / "tests" / "corpus" / "blind11" / "en",
    "tests/corpus/blind11/ru": REPO / "tests" / "corpus" / "blind11" / "ru",
    "tests/corpus/blind12/en": REPO / "tests" / "corpus" / "blind12" / "en",
    "tests/corpus/blind12/ru": REPO / "tests" / "corpus" / "blind12" / "ru",
    "tests/corpus/blind13/en": REPO / "tests" / "corpus" / "blind13" / "en",
    "tests/corpus/blind13/ru": REPO / "tests" / "corpus" / "blind13" / "ru",
    "tests/corpus/blind14/en": REPO / "tests" / "corpus" / "blind14" / "en",
    "tests/corpus/blind14/ru": REPO / "tests" / "corpus" / "blind14" / "ru",
    "tests/corpus/blind15/en": REPO / "tests" / "corpus" / "blind15" / "en",
    "tests/corpus/blind15/ru": REPO / "tests" / "corpus" / "blind15" / "ru",
    "tests/corpus/blind16/en": REPO / "tests" / "corpus" / "blind16" / "en",
    "tests/corpus/blind16/ru": REPO / "tests" / "corpus" / "blind16" / "ru",
    "tests/corpus/blind17/en": REPO / "tests" / "corpus" / "blind17" / "en",
    "tests/corpus/blind17/ru": REPO / "tests" / "corpus" / "blind17" / "ru",
    "tests/corpus/blind18/en": REPO / "tests" / "corpus" / "blind18" / "en",
    "tests/corpus/blind18/ru": REPO / "tests" / "corpus" / "blind18" / "ru",
    "tests/corpus/blind19/en": REPO / "tests" / "corpus" / "blind19" / "en",
    "tests/corpus/blind19/ru": REPO / "tests" / "corpus" / "blind19" / "ru",
    "tests/corpus/blind20/en": REPO / "tests" / "corpus" / "blind20" / "en",
    "tests/corpus/blind20/ru": REPO / "tests" / "corpus" / "blind20" / "ru",
    "tests/corpus/blind21/en": REPO / "tests" / "corpus" / "blind21" / "en",
    "tests/corpus/blind21/ru": REPO / "tests" / "corpus" / "blind21" / "ru",
    "tests/corpus/blind22/en": REPO / "tests" / "corpus" / "blind22" / "en",
    "tests/corpus/blind22/ru": REPO / "tests" / "corpus" / "blind22" / "ru",
    "tests/corpus/blind23/en": REPO / "tests" / "corpus" / "blind23" / "en",
    "tests/corpus/blind23/ru": REPO / "tests" / "corpus" / "blind23" / "ru",
    "tests/corpus/blind24/en": REPO / "tests" / "corpus" / "blind24" / "en",
    "tests/corpus/blind24/ru": REPO / "tests" / "corpus" / "blind24" / "ru",
    "tests/corpus/blind25/en": REPO / "tests" / "corpus" / "blind25" / "en",
    "tests/corpus/blind25/ru": REPO / "tests" / "corpus" / "blind25" / "ru",
    "tests/corpus/blind26/en": REPO / "tests" / "corpus" / "blind26" / "en",
    "tests/corpus/blind26/ru": REPO / "tests" / "corpus" / "blind26" / "ru",
    "tests/corpus/blind27/en": REPO / "tests" / "corpus" / "blind27" / "en",
    "tests/corpus/blind27/ru": REPO / "tests" / "corpus" / "blind27" / "ru",
    "tests/corpus/blind28/en": REPO / "tests" / "corpus" / "blind28" / "en",
    "tests/corpus/blind28/ru": REPO / "tests" / "corpus" / "blind28" / "ru",
    "tests/corpus/blind29/en": REPO / "tests" / "corpus" / "blind29" / "en",
    "tests/corpus/blind29/ru": REPO / "tests" / "corpus" / "blind29" / "ru",
    "tests/corpus/blind30/en": REPO / "tests" / "corpus" / "blind30" / "en",
    "tests/corpus/blind30/ru": REPO / "tests" / "corpus" / "blind30" / "ru",
    "tests/corpus/blind31/en": REPO / "tests" / "corpus" / "blind31" / "en",
    "tests/corpus/blind31/ru": REPO / "tests" / "corpus" / "blind31" / "ru",
    "tests/corpus/blind32/en": REPO / "tests" / "corpus" / "blind32" / "en",
    "tests/corpus/blind32/ru": REPO / "tests" / "corpus" / "blind32" / "ru",
    "tests/corpus/blind33/en": REPO / "tests" / "corpus" / "blind33" / "en",
    "tests/corpus/blind33/ru": REPO / "tests" / "corpus" / "blind33" / "ru",
    "tests/corpus/blind34/en": REPO / "tests" / "corpus" / "blind34" / "en",
    "tests/corpus/blind34/ru": REPO / "tests" / "corpus" / "blind34" / "ru",
    "tests/corpus/blind35/en": REPO / "tests" / "corpus" / "blind35" / "en",
    "tests/corpus/blind35/ru": REPO / "tests" / "corpus" / "blind35" / "ru",
    "tests/corpus/blind36/en": REPO / "tests" / "corpus" / "blind36" / "en",
    "tests/corpus/blind36/ru": REPO / "tests" / "corpus" / "blind36" / "ru",
    "tests/corpus/blind37/en": REPO / "tests" / "corpus" / "blind37" / "en",
    "tests/corpus/blind37/ru": REPO / "tests" / "corpus" / "blind37" / "ru",
    "tests/corpus/blind38/en": REPO / "tests" / "corpus" / "blind38" / "en",
    "tests/corpus/blind38/ru": REPO / "tests" / "corpus" / "blind38" / "ru",
    "seed": REPO.parent / "shared" / "corpus" / "seed",
}


def _extract_file(path: Path) -> dict[str, Any]:
    return result_contract(extract(read_path(path).documents[0]))


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_extraction_scores_stay_above_floors(name):
    corpus = CORPORA[name]
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not on this machine (shared/ is laid beside the repository)")
    score = corpus_score(corpus, _extract_file)
    floors = BASELINE[name]
    print(f"{name}: {score.summary()}")
    assert score.incident_f1 >= floors["incident_f1"], score.summary()
    assert score.fields >= floors["fields"], score.summary()
    assert score.invented_coercion <= floors["invented_coercion_max"], score.summary()
