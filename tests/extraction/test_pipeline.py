"""The pipeline end to end on short fictional texts, and its declared stage order."""

from __future__ import annotations

from datetime import date

import pytest

from recruitwatch.extraction import Document, extract, result_contract
from recruitwatch.extraction.pipeline import STAGES, Stage, check_order
from tests.extraction.documents import fictional_document


def _document(text: str, *, language: str, published: date = date(2023, 2, 16)) -> Document:
    return fictional_document(text, language=language, published=published)


def test_stage_order_provides_every_requirement():
    check_order()
    with pytest.raises(AssertionError, match="requires"):
        check_order((Stage("incidents", STAGES[-1].run, ("cues",), ("incidents",)),))


# Fictional.
ENGLISH = (
    "Fictional report. In early January, about 40 prisoners at Penal Colony No. 2 in the "
    "Sverdlovsk region were told to sign contracts with the Ministry of Defence. "
    "\u201cThey were not given a choice,\u201d said Irina Kozlova, a human rights lawyer.\n\n"
    "In Moscow, police stopped Uzbek migrants on the street and said they would be deported "
    "unless they signed army contracts, according to Ms Kozlova."
)


def test_extract_english_incidents_fields_and_evidence():
    output = result_contract(extract(_document(ENGLISH, language="en")))
    incidents = output["incidents"]
    assert len(incidents) == 2
    colony, street = incidents
    assert colony["location"]["facility"] == "IK-2"
    assert colony["location"]["region"] == "RU-SVE"
    assert colony["date"] == {"start": "2023-01", "precision": "month"}
    assert set(colony["coercion"]) == {"forced_signing", "denial_of_choice"}
    assert colony["victims"]["count"] == 40
    assert colony["victims"]["status"] == "prisoner"
    assert {"name": "Irina Kozlova", "role": "advocate", "pseudonym": False} in colony["sources"]
    assert street["location"]["facility"] is None
    assert street["coercion"] == ["threat_of_deportation"]
    assert street["victims"]["nationality"] == ["UZ"]
    for incident in incidents:
        for span in incident["evidence"]:
            assert ENGLISH[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He signed a contract at IK-3 in the Perm region; nobody threatened him, "
        "he said it was voluntary.",
        "It remains unclear whether the prisoners of IK-3 in the Perm region signed "
        "the contracts voluntarily.",
    ],
)
def test_extract_never_invents_coercion(sentence):
    output = result_contract(extract(_document("Fictional. " + sentence, language="en")))
    assert all(incident["coercion"] == [] for incident in output["incidents"])


def test_extract_person_merely_mentioned_yields_no_incident():
    text = (
        "Fictional. Ivan Petrov, a regional official, presented road statistics in the Perm region."
    )
    assert result_contract(extract(_document(text, language="en")))["incidents"] == []


# Fictional.
RUSSIAN = (
    "Вымышленный текст. В конце января около 30 заключённых исправительной колонии № 4 в "
    "Республике Мордовия заставили подписать контракты с Минобороны. Выбора им не дали, "
    "рассказала правозащитница Анна Сергеева.\n\n"
    "Фарход (имя изменено) боится, что его отправят на фронт."
)


def test_extract_russian_incident_and_pseudonym():
    output = result_contract(extract(_document(RUSSIAN, language="ru")))
    first = output["incidents"][0]
    assert first["location"]["facility"] == "IK-4"
    assert first["location"]["region"] == "RU-MO"
    assert first["date"]["start"] == "2023-01"
    assert "forced_signing" in first["coercion"]
    assert first["victims"]["count"] == 30
    assert any(s["name"] == "Анна Сергеева" and s["role"] == "advocate" for s in first["sources"])
    pseudonyms = [p["name"] for p in output["people"] if p["pseudonym"]]
    assert pseudonyms == ["Фарход"]


def test_extract_empty_and_mixed_script_text_gives_no_incident():
    for text in ("", "ИК-6 IK-6 ИК-6 " * 50, "ǅ" * 1000):
        assert result_contract(extract(_document(text, language="en")))["incidents"] == []


def test_extract_refuses_text_over_the_limit_with_a_clear_error(monkeypatch):
    from recruitwatch.extraction import ExtractionError, pipeline

    monkeypatch.setattr(pipeline, "MAX_EXTRACT_CHARACTERS", 100)
    with pytest.raises(ExtractionError, match="too long"):
        extract(_document("Fictional prisoners at IK-6 were told to sign. " * 10, language="en"))


@pytest.mark.parametrize("language", ["ru", "en"])
def test_unassigned_code_points_do_not_crash_extraction(language):
    """pymorphy3 looks up character names; a code point with none (U+17000 is unassigned in
    older Unicode tables, U+E0000 always) must not take extraction down."""
    text = "Заключённых ИК-4 в Мордовии \U00017000 заставили подписать контракты \U000e0000."
    if language == "en":
        text = "Prisoners at IK-4 in Mordovia \U00017000 were forced to sign contracts \U000e0000."
    result = extract(_document(text, language=language))
    assert len(result.incidents) == 1
