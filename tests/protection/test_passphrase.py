"""Laptop mode: the keyring encrypted under an Argon2id-derived key. Passphrases fictional."""

from __future__ import annotations

import base64
import json

import pytest

from recruitwatch.protection import (
    KeyringError,
    KeyringLockedError,
    PassphraseError,
    keyring_create,
    keyring_load,
)
from recruitwatch.protection.keyring import keyring_is_locked, keyring_write
from recruitwatch.protection.passphrase import (
    LOCKED_MESSAGE,
    PASSPHRASE_ENV,
    lock_create,
    lock_forget,
    passphrase_choose,
    passphrase_obtain,
)

PASSPHRASE = "fictional lantern orchard velvet"
WRONG = "fictional lantern orchard velvex"


@pytest.fixture(autouse=True)
def _forget_unlocked_keys():
    lock_forget()
    yield
    lock_forget()


@pytest.fixture
def locked_path(tmp_path):
    path = tmp_path / "keyring.json"
    keyring_create(path, lock=lock_create(PASSPHRASE))
    lock_forget()  # as a new process would start
    return path


def test_locked_keyring_file_holds_no_key_material(tmp_path):
    path = tmp_path / "keyring.json"
    keyring = keyring_create(path, lock=lock_create(PASSPHRASE))
    text = path.read_text()
    document = json.loads(text)
    assert set(document) == {"format", "kdf", "sealed"}
    assert document["kdf"]["algorithm"] == "argon2id"
    for key in [*keyring.keys.values(), keyring.index_key]:
        assert base64.b64encode(key).decode() not in text
    assert keyring.active_key_id not in text
    assert keyring_is_locked(path)


def test_locked_keyring_refuses_without_passphrase(locked_path):
    with pytest.raises(KeyringLockedError, match="RECRUITWATCH_PASSPHRASE"):
        keyring_load(locked_path)


def test_locked_keyring_refuses_wrong_passphrase(locked_path):
    with pytest.raises(PassphraseError, match="does not open"):
        keyring_load(locked_path, passphrase=lambda: WRONG)


def test_locked_keyring_opens_with_passphrase(locked_path):
    keyring = keyring_load(locked_path, passphrase=lambda: PASSPHRASE)
    assert keyring.lock is not None
    assert len(keyring.active_key) == 32


def test_locked_keyring_asks_once_per_process(locked_path):
    asked: list[int] = []

    def ask() -> str:
        asked.append(1)
        return PASSPHRASE

    first = keyring_load(locked_path, passphrase=ask)
    second = keyring_load(locked_path, passphrase=ask)
    assert first == second
    assert len(asked) == 1


def test_locked_keyring_rewrite_stays_locked(locked_path):
    keyring = keyring_load(locked_path, passphrase=lambda: PASSPHRASE)
    keyring_write(locked_path, keyring.with_new_master_key())
    assert keyring_is_locked(locked_path)
    lock_forget()
    with pytest.raises(KeyringLockedError):
        keyring_load(locked_path)
    assert len(keyring_load(locked_path, passphrase=lambda: PASSPHRASE).keys) == 2


@pytest.mark.parametrize("field", ["time_cost", "memory_cost_kib", "parallelism", "salt"])
def test_locked_keyring_with_edited_kdf_parameters_does_not_open(locked_path, field):
    document = json.loads(locked_path.read_text())
    document["kdf"][field] = (
        base64.b64encode(b"\x00" * 16).decode() if field == "salt" else document["kdf"][field] - 1
    )
    locked_path.write_text(json.dumps(document))
    with pytest.raises(KeyringError):
        keyring_load(locked_path, passphrase=lambda: PASSPHRASE)


def test_locked_keyring_with_edited_ciphertext_does_not_open(locked_path):
    document = json.loads(locked_path.read_text())
    sealed = document["sealed"]
    document["sealed"] = sealed[:20] + ("A" if sealed[20] != "A" else "B") + sealed[21:]
    locked_path.write_text(json.dumps(document))
    with pytest.raises(KeyringError):
        keyring_load(locked_path, passphrase=lambda: PASSPHRASE)


def test_passphrase_removed_gives_a_plain_keyring(locked_path):
    keyring = keyring_load(locked_path, passphrase=lambda: PASSPHRASE)
    keyring_write(locked_path, keyring.with_lock(None))
    lock_forget()
    assert not keyring_is_locked(locked_path)
    assert keyring_load(locked_path) == keyring


@pytest.mark.parametrize("weak", ["", "short", "elevenchars"])
def test_weak_passphrase_refused(weak):
    with pytest.raises(PassphraseError):
        lock_create(weak)


def test_passphrase_obtain_reads_environment(monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert passphrase_obtain() == PASSPHRASE


def test_passphrase_obtain_without_terminal_or_environment_raises(monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("recruitwatch.protection.passphrase._interactive", lambda: False)
    with pytest.raises(KeyringLockedError) as caught:
        passphrase_obtain()
    assert str(caught.value) == LOCKED_MESSAGE


def test_passphrase_choose_prompts_twice_and_refuses_a_mismatch(monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("recruitwatch.protection.passphrase._interactive", lambda: True)
    answers = iter([PASSPHRASE, WRONG])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(PassphraseError, match="differ"):
        passphrase_choose()
    answers = iter([PASSPHRASE, PASSPHRASE])
    assert passphrase_choose() == PASSPHRASE


def test_passphrase_choose_without_prompt_or_environment_raises(monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("recruitwatch.protection.passphrase._interactive", lambda: True)
    with pytest.raises(PassphraseError, match=PASSPHRASE_ENV):
        passphrase_choose(allow_prompt=False)
