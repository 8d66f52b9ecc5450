"""Point 1 of the account security issue: how passwords are hashed and what they must be.

The production settings are checked as written (tests/settings.py swaps in a fast hasher)."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import get_password_validators, validate_password
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from recruitwatch.web import settings as production

VALIDATORS = get_password_validators(production.AUTH_PASSWORD_VALIDATORS)


def test_passwords_hashed_with_argon2_first():
    assert production.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_passwords_argon2_hash_is_produced(settings):
    from django.contrib.auth.hashers import check_password, make_password

    settings.PASSWORD_HASHERS = production.PASSWORD_HASHERS
    hashed = make_password("fictional-passphrase-for-a-test")
    assert hashed.startswith("argon2$argon2id$")
    assert check_password("fictional-passphrase-for-a-test", hashed)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=11))
def test_passwords_shorter_than_12_characters_refused(password):
    with pytest.raises(ValidationError) as caught:
        validate_password(password, password_validators=VALIDATORS)
    assert "password_too_short" in {error.code for error in caught.value.error_list}


@pytest.mark.parametrize("password", ["q1w2e3r4t5y6", "qwerty123456", "1qaz2wsx3edc"])
def test_passwords_common_ones_refused_even_when_long(password):
    assert len(password) >= 12
    with pytest.raises(ValidationError) as caught:
        validate_password(password, password_validators=VALIDATORS)
    assert "password_too_common" in {error.code for error in caught.value.error_list}


def test_passwords_long_uncommon_accepted():
    validate_password("fictional-kettle-orbit-7", password_validators=VALIDATORS)
