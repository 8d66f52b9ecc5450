"""Data keys wrapped by master keys; values and files sealed under data keys. Fictional data."""

from __future__ import annotations

import secrets

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitwatch.protection import DecryptionError, Keyring
from recruitwatch.protection.envelope import (
    data_key_generate,
    data_key_unwrap,
    data_key_wrap,
    value_aad,
    value_open,
    value_seal,
    wrapped_key_aad,
    wrapped_key_master_id,
)
from recruitwatch.protection.files import file_open, file_seal

AAD = wrapped_key_aad(table="records_person", column="data_key", binding="PER-0001")
VALUE_AAD = value_aad(table="records_person", column="name", identifier="PER-0001")
SHA = "ab" * 32


def _keyring(key_id: str = "k-one") -> Keyring:
    return Keyring(active_key_id=key_id, keys={key_id: secrets.token_bytes(32)})


def test_data_key_wrap_round_trip_names_the_master_key():
    keyring = _keyring()
    data_key = data_key_generate()
    token = data_key_wrap(keyring, data_key, aad=AAD)
    assert token.startswith("rwk1.k-one.")
    assert wrapped_key_master_id(token) == "k-one"
    assert data_key_unwrap(keyring, token, aad=AAD) == data_key
    assert data_key.hex() not in token


def test_data_key_unwrap_other_row_raises():
    keyring = _keyring()
    token = data_key_wrap(keyring, data_key_generate(), aad=AAD)
    other_row = wrapped_key_aad(table="records_person", column="data_key", binding="PER-0002")
    with pytest.raises(DecryptionError, match="does not open"):
        data_key_unwrap(keyring, token, aad=other_row)


def test_data_key_unwrap_without_the_master_key_raises():
    token = data_key_wrap(_keyring(), data_key_generate(), aad=AAD)
    with pytest.raises(DecryptionError, match="lacks"):
        data_key_unwrap(_keyring("k-two"), token, aad=AAD)


def test_data_key_unwrap_with_other_key_material_raises():
    token = data_key_wrap(_keyring(), data_key_generate(), aad=AAD)
    with pytest.raises(DecryptionError, match="does not open"):
        data_key_unwrap(_keyring(), token, aad=AAD)


@pytest.mark.parametrize("token", ["", "rwk1", "rwk1..", "rw2.abc", "rwk1.k-one.!!"])
def test_data_key_unwrap_garbage_raises(token):
    with pytest.raises(DecryptionError):
        data_key_unwrap(_keyring(), token, aad=AAD)


def test_value_seal_round_trip_and_binding():
    data_key = data_key_generate()
    token = value_seal(data_key, b"Fictional Name", aad=VALUE_AAD)
    assert token.startswith("rw2.")
    assert value_open(data_key, token, aad=VALUE_AAD) == b"Fictional Name"
    for other in (
        value_aad(table="records_person", column="name", identifier="PER-0002"),
        value_aad(table="records_person", column="contact", identifier="PER-0001"),
        value_aad(table="records_source", column="name", identifier="PER-0001"),
    ):
        with pytest.raises(DecryptionError):
            value_open(data_key, token, aad=other)
    with pytest.raises(DecryptionError):
        value_open(data_key_generate(), token, aad=VALUE_AAD)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=3000), st.integers(min_value=1, max_value=700))
def test_file_seal_round_trip_any_size_and_chunking(data, chunk):
    key = data_key_generate()
    sealed = file_seal(key, data, binding=SHA, chunk_bytes=chunk)
    assert file_open(key, sealed, binding=SHA) == data


def test_file_open_refuses_truncation_reordering_and_other_binding():
    key = data_key_generate()
    data = bytes(range(256)) * 4  # fictional bytes, four chunks of 256
    sealed = file_seal(key, data, binding=SHA, chunk_bytes=256)
    record = 12 + 256 + 16
    header, body = sealed[:8], sealed[8:]
    chunks = [body[i : i + record] for i in range(0, len(body), record)]
    assert len(chunks) == 4
    for changed in (
        header + b"".join(chunks[:3]),  # last chunk dropped at a chunk boundary
        header + b"".join([chunks[1], chunks[0], *chunks[2:]]),  # reordered
        header + b"".join(chunks)[:-1],  # one byte short
        header,  # no chunks at all
    ):
        with pytest.raises(DecryptionError):
            file_open(key, changed, binding=SHA)
    with pytest.raises(DecryptionError):
        file_open(key, sealed, binding="cd" * 32)
    with pytest.raises(DecryptionError):
        file_open(data_key_generate(), sealed, binding=SHA)
    with pytest.raises(DecryptionError, match="not a sealed file"):
        file_open(key, b"rw1.k-x.AAAA", binding=SHA)
