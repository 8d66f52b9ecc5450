"""Every page in English and Russian (issue 5, point 7): the Russian catalogue is complete,
nothing in it is fuzzy, its placeholders match the English, and the compiled .mo the app
loads is the catalogue as it stands."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "src" / "recruitwatch" / "locale"
CATALOGUE = LOCALE / "ru" / "LC_MESSAGES" / "django.po"
COMPILED = LOCALE / "ru" / "LC_MESSAGES" / "django.mo"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]+\}")


def _entries() -> list[polib.POEntry]:
    return [entry for entry in polib.pofile(str(CATALOGUE)) if not entry.obsolete]


def test_every_message_is_translated_and_none_is_fuzzy():
    entries = _entries()
    assert len(entries) > 100
    untranslated = [e.msgid for e in entries if not e.translated()]
    fuzzy = [e.msgid for e in entries if "fuzzy" in e.flags]
    assert untranslated == []
    assert fuzzy == []


def test_placeholders_survive_translation():
    for entry in _entries():
        wanted = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = list(entry.msgstr_plural.values()) or [entry.msgstr]
        for text in translations:
            # A singular form may name the number in words ("один") instead of its placeholder.
            if entry.msgid_plural and text is not translations[-1]:
                continue
            assert sorted(PLACEHOLDER.findall(text)) == wanted, entry.msgid


def test_the_compiled_catalogue_is_the_current_one():
    compiled = {(e.msgctxt, e.msgid): e for e in polib.mofile(str(COMPILED))}
    for entry in _entries():
        found = compiled.get((entry.msgctxt, entry.msgid))
        assert found is not None, f"not compiled: {entry.msgid!r} (run msgfmt, see docs)"
        if entry.msgid_plural:
            forms = {int(k): v for k, v in entry.msgstr_plural.items()}
            assert {int(k): v for k, v in found.msgstr_plural.items()} == forms, entry.msgid
        else:
            assert found.msgstr == entry.msgstr, entry.msgid


@pytest.mark.parametrize("message", ["Log in", "Documents"])
def test_the_app_speaks_russian(message):
    with translation.override("ru"):
        assert translation.gettext(message) != message
