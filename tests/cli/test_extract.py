"""`recruitwatch extract` and `recruitwatch eval` as a caseworker runs them (no database)."""

from __future__ import annotations

import json

from tests.conftest import REPO

CORPUS = REPO / "tests" / "corpus"


def test_extract_prints_contract_json(run_cli):
    result = run_cli("extract", "--format", "json", str(CORPUS / "01.txt"), check=True)
    output = json.loads(result.stdout)
    assert set(output) >= {
        "document",
        "incidents",
        "people",
        "organizations",
        "facilities",
        "figures",
    }
    assert output["document"]["published"] == "2023-03-24"
    assert len(output["document"]["sha256"]) == 64
    text = (CORPUS / "01.txt").read_text(encoding="utf-8").split("\n", 1)[1].strip("\n").rstrip()
    for incident in output["incidents"]:
        assert incident["modality"] in {"occurred", "feared", "planned"}
        for span in incident["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]


def test_extract_text_format_and_bad_input(run_cli, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run_cli("extract", "--format", "text", str(CORPUS / "06.txt"), str(bad))
    assert result.returncode == 1
    assert result.stdout.startswith("== ")
    assert f"{bad}: empty file" in result.stderr
    assert "Traceback" not in result.stderr


def test_eval_prints_summary_last(run_cli):
    result = run_cli("eval", str(CORPUS), check=True)
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("incident_f1=")
    assert "docs=14" in last
