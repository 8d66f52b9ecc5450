"""The passphrase rule, its normalisation, and how the command obtains it (fictional)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitwatch.backup.errors import ArchiveFormatError, PassphraseError
from recruitwatch.backup.kdf import KdfParameters, key_derive, passphrase_check
from recruitwatch.backup.prompt import PASSPHRASE_ENV, passphrase_obtain

KDF = KdfParameters(time_cost=1, memory_cost_kib=1024, parallelism=1)
SALT = b"fictional-salt16"


@pytest.mark.parametrize("passphrase", ["", "short", "elevenchars"])
def test_passphrase_check_refuses_empty_and_short(passphrase):
    with pytest.raises(PassphraseError):
        passphrase_check(passphrase)


def test_passphrase_check_counts_characters_not_bytes():
    passphrase_check("twelve chars")
    with pytest.raises(PassphraseError, match="too short"):
        passphrase_check("ёёёёёёёёёёё")  # 11 characters, 22 bytes


def test_key_derive_same_passphrase_in_any_unicode_form_gives_one_key():
    composed = "пароль-фиктивный-é"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert key_derive(composed, salt=SALT, parameters=KDF) == key_derive(
        decomposed, salt=SALT, parameters=KDF
    )


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=30), st.text(min_size=1, max_size=30))
def test_key_derive_differs_for_different_passphrases(first, second):
    if unicodedata.normalize("NFC", first) == unicodedata.normalize("NFC", second):
        return
    assert key_derive(first, salt=SALT, parameters=KDF) != key_derive(
        second, salt=SALT, parameters=KDF
    )


@pytest.mark.parametrize(
    "parameters",
    [
        KdfParameters(time_cost=0, memory_cost_kib=1024, parallelism=1),
        KdfParameters(time_cost=1, memory_cost_kib=4, parallelism=1),
        KdfParameters(time_cost=1, memory_cost_kib=8 * 1024 * 1024, parallelism=1),
        KdfParameters(time_cost=1, memory_cost_kib=1024, parallelism=0),
    ],
)
def test_kdf_parameters_out_of_range_are_refused(parameters):
    with pytest.raises(ArchiveFormatError):
        key_derive("fictional passphrase", salt=SALT, parameters=parameters)


def test_passphrase_obtain_from_environment():
    env = {PASSPHRASE_ENV: "fictional env passphrase"}
    assert passphrase_obtain(confirm=True, environ=env) == "fictional env passphrase"
    with pytest.raises(PassphraseError, match="too short"):
        passphrase_obtain(confirm=True, environ={PASSPHRASE_ENV: "short"})
    with pytest.raises(PassphraseError, match="empty"):
        passphrase_obtain(confirm=False, environ={PASSPHRASE_ENV: ""})


def test_passphrase_obtain_without_terminal_or_environment_refuses():
    with pytest.raises(PassphraseError, match=PASSPHRASE_ENV):
        passphrase_obtain(confirm=False, environ={}, interactive=False)


def test_passphrase_obtain_prompts_twice_and_refuses_a_mismatch():
    answers = iter(["fictional typed passphrase", "fictional typed passphrase"])
    prompts: list[str] = []

    def prompt(text):
        prompts.append(text)
        return next(answers)

    got = passphrase_obtain(confirm=True, environ={}, interactive=True, prompt=prompt)
    assert got == "fictional typed passphrase"
    assert len(prompts) == 2

    different = iter(["fictional typed passphrase", "fictional typo passphrase"])
    with pytest.raises(PassphraseError, match="differ"):
        passphrase_obtain(
            confirm=True, environ={}, interactive=True, prompt=lambda _: next(different)
        )


def test_passphrase_obtain_for_restore_prompts_once():
    prompts: list[str] = []

    def prompt(text):
        prompts.append(text)
        return "fictional typed passphrase"

    passphrase_obtain(confirm=False, environ={}, interactive=True, prompt=prompt)
    assert len(prompts) == 1
