"""Sealing and opening protected values. Plaintexts are fictional."""

from __future__ import annotations

import base64
import secrets

import pytest

from recruitwatch.protection import DecryptionError, Keyring, keyring_create, seal, unseal
from recruitwatch.protection.crypto import NONCE_BYTES, TOKEN_PREFIX, is_sealed

# Fictional.
PLAINTEXT = b"Ravshanbek Fictionalov, +7 900 000-11-22"
AAD = b"records.Person.name"


def _keyring(key_id: str = "k-test") -> Keyring:
    return Keyring(active_key_id=key_id, keys={key_id: secrets.token_bytes(32)})


@pytest.fixture
def keyring() -> Keyring:
    return _keyring()


def _split(token: str) -> tuple[str, str, str]:
    prefix, key_id, body = token.split(".", 2)
    return prefix, key_id, body


@pytest.mark.parametrize(
    "plaintext", [PLAINTEXT, b"", b"x", "Вымышленный свидетель".encode(), bytes(range(256)) * 40]
)
def test_seal_unseal_round_trip(keyring, plaintext):
    token = seal(keyring, plaintext, aad=AAD)
    assert unseal(keyring, token, aad=AAD) == plaintext


def test_seal_token_format(keyring):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    prefix, key_id, body = _split(token)
    assert (prefix, key_id) == (TOKEN_PREFIX, "k-test")
    assert is_sealed(token)
    raw = base64.urlsafe_b64decode(body)
    assert len(raw) == NONCE_BYTES + len(PLAINTEXT) + 16
    assert token.isascii()


def test_seal_hides_plaintext(keyring):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    assert b"Fictionalov" not in token.encode()
    assert b"Fictionalov" not in base64.urlsafe_b64decode(_split(token)[2])


def test_seal_same_plaintext_twice_differs(keyring):
    first = seal(keyring, PLAINTEXT, aad=AAD)
    second = seal(keyring, PLAINTEXT, aad=AAD)
    assert first != second
    first_nonce = base64.urlsafe_b64decode(_split(first)[2])[:NONCE_BYTES]
    second_nonce = base64.urlsafe_b64decode(_split(second)[2])[:NONCE_BYTES]
    assert first_nonce != second_nonce
    assert unseal(keyring, first, aad=AAD) == unseal(keyring, second, aad=AAD) == PLAINTEXT


@pytest.mark.parametrize("other_aad", [b"records.Person.contact", b"", AAD + b" ", AAD.upper()])
def test_unseal_wrong_aad_raises(keyring, other_aad):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    with pytest.raises(DecryptionError, match="does not open"):
        unseal(keyring, token, aad=other_aad)


def test_unseal_other_keyring_same_key_id_raises(keyring):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    with pytest.raises(DecryptionError, match="does not open"):
        unseal(_keyring("k-test"), token, aad=AAD)


def test_unseal_other_keyring_without_the_key_id_raises(keyring, tmp_path):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    other = keyring_create(tmp_path / "keyring.json")
    with pytest.raises(DecryptionError, match="lacks"):
        unseal(other, token, aad=AAD)


def _flip(body: str, index: int) -> str:
    replacement = "A" if body[index] != "A" else "B"
    return body[:index] + replacement + body[index + 1 :]


@pytest.mark.parametrize("where", ["nonce", "ciphertext", "tag"])
def test_unseal_tampered_token_raises(keyring, where):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    prefix, key_id, body = _split(token)
    # Flip a full 6-bit character well inside the part, never a padding-bit-only one.
    index = {"nonce": 4, "ciphertext": len(body) // 2, "tag": len(body) - 8}[where]
    tampered = f"{prefix}.{key_id}.{_flip(body, index)}"
    assert base64.urlsafe_b64decode(_split(tampered)[2]) != base64.urlsafe_b64decode(body)
    with pytest.raises(DecryptionError):
        unseal(keyring, tampered, aad=AAD)


@pytest.mark.parametrize("keep", [0, 4, 20, 36, -4, -1])
def test_unseal_truncated_token_raises(keyring, keep):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    prefix, key_id, body = _split(token)
    with pytest.raises(DecryptionError):
        unseal(keyring, f"{prefix}.{key_id}.{body[:keep]}", aad=AAD)


def test_unseal_token_cut_before_body_raises(keyring):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    prefix, key_id, _ = _split(token)
    for cut in (f"{prefix}.{key_id}", prefix, ""):
        with pytest.raises(DecryptionError, match="not a sealed value"):
            unseal(keyring, cut, aad=AAD)


@pytest.mark.parametrize(
    "garbage",
    [
        "Ravshanbek Fictionalov",  # a plaintext left in a protected column
        "rw1..",
        "rw1.k-test.",
        "rw1.k-test.!!!!",
        "rw1.k-test.Вымысел",
        "rw1.k-test.AAAA",
        "rw1.k-test." + "A" * 64,
        "...",
    ],
)
def test_unseal_garbage_raises(keyring, garbage):
    with pytest.raises(DecryptionError):
        unseal(keyring, garbage, aad=AAD)


@pytest.mark.parametrize("prefix", ["rw2", "RW1", "rw0", "", "xrw1"])
def test_unseal_wrong_prefix_raises(keyring, prefix):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    _, key_id, body = _split(token)
    with pytest.raises(DecryptionError, match="not a sealed value"):
        unseal(keyring, f"{prefix}.{key_id}.{body}", aad=AAD)


def test_unseal_returns_plaintext_never_ciphertext(keyring):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    opened = unseal(keyring, token, aad=AAD)
    assert opened == PLAINTEXT
    assert opened != token.encode()
    assert opened not in base64.urlsafe_b64decode(_split(token)[2])


def test_unseal_after_rotation_opens_old_tokens_with_old_key_kept():
    old = _keyring("k-old")
    old_token = seal(old, PLAINTEXT, aad=AAD)
    rotated = Keyring(active_key_id="k-new", keys={**old.keys, "k-new": secrets.token_bytes(32)})
    new_token = seal(rotated, PLAINTEXT, aad=AAD)
    assert _split(new_token)[1] == "k-new"
    assert unseal(rotated, old_token, aad=AAD) == PLAINTEXT
    assert unseal(rotated, new_token, aad=AAD) == PLAINTEXT
    with pytest.raises(DecryptionError, match="lacks"):
        unseal(old, new_token, aad=AAD)


def test_unseal_after_rotation_without_old_key_raises():
    old = _keyring("k-old")
    old_token = seal(old, PLAINTEXT, aad=AAD)
    replaced = _keyring("k-new")
    with pytest.raises(DecryptionError, match="k-old"):
        unseal(replaced, old_token, aad=AAD)


def test_unseal_token_moved_to_other_key_id_raises():
    both = Keyring(
        active_key_id="k-a", keys={"k-a": secrets.token_bytes(32), "k-b": secrets.token_bytes(32)}
    )
    _, _, body = _split(seal(both, PLAINTEXT, aad=AAD))
    with pytest.raises(DecryptionError, match="does not open"):
        unseal(both, f"{TOKEN_PREFIX}.k-b.{body}", aad=AAD)


@pytest.mark.parametrize("value", ["rw1.k.x", "rw1."])
def test_is_sealed_true_for_token_shape(value):
    assert is_sealed(value)


@pytest.mark.parametrize("value", ["", "rw1", "rw2.k.x", "Fictional name"])
def test_is_sealed_false_for_plain_values(value):
    assert not is_sealed(value)


@pytest.mark.parametrize("edit", ["insert!", "insert newline", "extra padding"])
def test_unseal_edited_token_encoding_raises(keyring, edit):
    token = seal(keyring, PLAINTEXT, aad=AAD)
    prefix, key_id, body = _split(token)
    edited_body = {
        "insert!": body[:10] + "!" + body[10:],
        "insert newline": body[:10] + "\n" + body[10:],
        "extra padding": body + "==",
    }[edit]
    with pytest.raises(DecryptionError):
        unseal(keyring, f"{prefix}.{key_id}.{edited_body}", aad=AAD)
