"""A record's history in the reader's language: field labels, actions, and the notes the
software writes, recognised by their form; anything else shown as written, marked English.
Identifiers and digests are fictional."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.utils import translation

from recruitwatch.records.history_display import FIELD_LABELS, note_shown
from recruitwatch.records.labels import source_label_shown, withheld_shown


def test_every_field_of_a_record_model_has_a_label():
    names = {
        field.name
        for model in apps.get_app_config("records").get_models()
        for field in model._meta.get_fields()
        if field.concrete
        and field.name != "id"
        and model.__name__ != "IdentifierCounter"  # numbering, not a record
    }
    assert names - set(FIELD_LABELS) == set()


@pytest.mark.parametrize(
    ("note", "english", "russian"),
    [
        ("review: accepted", "review: accepted", "проверка: принято"),
        (
            "review: merged INC-2026-0002 into INC-2026-0001",
            "INC-2026-0002 merged into INC-2026-0001",
            "INC-2026-0002 объединён с INC-2026-0001",
        ),
        (
            "review: rejected; reason sha256 0a1b2c3d4e5f6071",
            "review: rejected; reason SHA-256 0a1b2c3d4e5f6071",
            "проверка: отклонено; причина, SHA-256 0a1b2c3d4e5f6071",
        ),
        (
            "verification unverified -> corroborated, 2 independent source(s); "
            "VER-0001 reason sha256 0a1b2c3d4e5f6071",
            "verification Unverified → Corroborated, independent sources: 2; VER-0001, "
            "reason SHA-256 0a1b2c3d4e5f6071",
            "верификация: Не проверено → Подтверждено несколькими источниками, независимых "
            "источников: 2; VER-0001, "
            "причина, SHA-256 0a1b2c3d4e5f6071",
        ),
        ("graded B2", "graded B2", "оценка B2"),
    ],
)
def test_notes_the_software_writes_are_translated(note, english, russian):
    with translation.override("en"):
        assert note_shown(note) == (english, "")
    with translation.override("ru"):
        assert note_shown(note) == (russian, "")


def test_other_notes_are_shown_as_written_and_marked_english():
    with translation.override("ru"):
        assert note_shown("typed by an administrator") == ("typed by an administrator", "en")
        assert note_shown("") == ("", "")


def test_generated_source_labels_are_shown_in_the_readers_language():
    with translation.override("ru"):
        assert source_label_shown("relative (SRC-0001)") == "Родственник (SRC-0001)"
        assert source_label_shown("Lakeside Courier") == "Lakeside Courier"  # an outlet
        assert source_label_shown("nonsense (SRC-0001)") == "nonsense (SRC-0001)"
        assert withheld_shown("[name withheld]") == "[имя скрыто]"
    with translation.override("en"):
        assert source_label_shown("relative (SRC-0001)") == "Relative (SRC-0001)"
