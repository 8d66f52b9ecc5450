"""Facility canonicalisation: one facility however it is written. Texts are fictional."""

import pytest

from recruitwatch.extraction.stages.facilities import facility_mentions


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("He was sent to Penal Colony Number Six in the Vladimir region.", "IK-6", "penal_colony"),
        ("Inmates of IK-6 said so.", "IK-6", "penal_colony"),
        (
            "Заключённые ИК-6 УФСИН России по Владимирской области рассказали.",
            "IK-6",
            "penal_colony",
        ),
        ("в исправительной колонии № 4 в Мордовии", "IK-4", "penal_colony"),
        ("penal colony no. 12", "IK-12", "penal_colony"),
        ("held in SIZO-1 in Rostov", "SIZO-1", "sizo"),
        ("в СИЗО-2 Казани", "SIZO-2", "sizo"),
        ("pre-trial detention centre No. 3", "SIZO-3", "sizo"),
        ("colony-settlement KP-28 in the Samara region", "KP-28", "colony_settlement"),
        ("в колонии-поселении № 5", "KP-5", "colony_settlement"),
        ("ЛИУ-3 в Свердловской области", "LIU-3", "prison_hospital"),
        ("held at Medical Correctional Institution No. 7", "LIU-7", "prison_hospital"),
        ("a treatment and correctional facility No. 12", "LIU-12", "prison_hospital"),
        (
            "At the Moscow migration-center, they sign people up.",
            "Moscow migration center",
            "migration_center",
        ),
        ("его отвезли в ЦВСИГ", "migrant detention center", "migration_center"),
        ("держат в СУВСИГ", "migrant detention center", "migration_center"),
        (
            "в центре временного содержания иностранных граждан",
            "migrant detention center",
            "migration_center",
        ),
        ("пришли в миграционный центр за патентом", "migration center", "migration_center"),
        (
            "held at a detention centre for foreign nationals",
            "migrant detention center",
            "migration_center",
        ),
        ("moved to a deportation centre", "migrant detention center", "migration_center"),
        (
            "found himself in a military enlistment office",
            "military enlistment office",
            "enlistment_office",
        ),
        ("привезли в военкомат", "military enlistment office", "enlistment_office"),
    ],
)
def test_facility_mentions_canonical_form(text, value, kind):
    found = facility_mentions(text)
    assert [(m.value, m.detail) for m in found][:1] == [(value, kind)]
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    "text",
    ["The colony was built in 1956.", "Колония 2022 года постройки.", "Six prisoners were moved."],
)
def test_facility_mentions_ignore_numbers_that_are_not_facility_numbers(text):
    assert facility_mentions(text) == []


def test_a_colonys_regime_between_noun_and_number_is_the_same_colony():
    from recruitwatch.extraction.pipeline import analyse
    from tests.extraction.documents import fictional_document

    analysis = analyse(
        fictional_document(
            "Осуждённый отбывает наказание в колонии строгого режима № 7 в Кировской области.",
            language="ru",
        )
    )
    assert [f.value for f in analysis.facilities] == ["IK-7"]


def test_a_colony_with_its_number_marker_is_a_penal_colony():
    found = facility_mentions("I served five years in Colony No. 29 in the fictional region.")
    assert [(m.value, m.detail) for m in found] == [("IK-29", "penal_colony")]
    assert facility_mentions("The colony 41-year-old inmates call home.") == []
