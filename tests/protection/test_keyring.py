"""The keyring file: created 0600, never overwritten, validated on load."""

from __future__ import annotations

import base64
import json
import os
import stat

import pytest

from recruitwatch.protection import (
    KeyringError,
    KeyringExistsError,
    KeyringMissingError,
    KeyringPermissionError,
    keyring_create,
    keyring_load,
)
from recruitwatch.protection.keyring import KEY_BYTES, KEYRING_FORMAT, keyring_write


@pytest.fixture
def keyring_path(tmp_path):
    return tmp_path / "data" / "keyring.json"


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _write(path, document: object | str, mode: int = 0o600) -> None:
    path.write_text(document if isinstance(document, str) else json.dumps(document))
    path.chmod(mode)


def test_keyring_create_writes_owner_only_file(keyring_path):
    keyring = keyring_create(keyring_path)
    assert keyring_path.is_file()
    assert _mode(keyring_path) == 0o600
    assert keyring.active_key_id.startswith("k-")
    assert len(keyring.active_key) == KEY_BYTES


def test_keyring_create_mode_ignores_permissive_umask(keyring_path):
    previous = os.umask(0)
    try:
        keyring_create(keyring_path)
    finally:
        os.umask(previous)
    assert _mode(keyring_path) == 0o600


def test_keyring_create_file_format(keyring_path):
    keyring = keyring_create(keyring_path)
    document = json.loads(keyring_path.read_text())
    assert document["format"] == KEYRING_FORMAT
    assert document["active"] == keyring.active_key_id
    entry = document["keys"][keyring.active_key_id]
    assert base64.b64decode(entry["key"]) == keyring.active_key
    assert entry["created"].endswith("+00:00")


def test_keyring_create_refuses_to_overwrite(keyring_path):
    keyring_create(keyring_path)
    before = keyring_path.read_bytes()
    with pytest.raises(KeyringExistsError, match="already exists"):
        keyring_create(keyring_path)
    assert keyring_path.read_bytes() == before


def test_keyring_create_refuses_to_overwrite_any_file(keyring_path):
    keyring_path.parent.mkdir(parents=True)
    keyring_path.write_text("not a keyring, but someone's file")
    with pytest.raises(KeyringExistsError):
        keyring_create(keyring_path)
    assert keyring_path.read_text() == "not a keyring, but someone's file"


def test_keyring_create_two_keyrings_differ(tmp_path):
    first = keyring_create(tmp_path / "a.json")
    second = keyring_create(tmp_path / "b.json")
    assert first.active_key != second.active_key
    assert first.active_key_id != second.active_key_id


def test_keyring_load_round_trip(keyring_path):
    created = keyring_create(keyring_path)
    loaded = keyring_load(keyring_path)
    assert loaded == created
    assert loaded.key(created.active_key_id) == created.active_key


def test_keyring_load_several_keys(keyring_path):
    keyring_path.parent.mkdir(parents=True)
    old, new = os.urandom(KEY_BYTES), os.urandom(KEY_BYTES)
    keys = {"k-old": {"key": _b64(old)}, "k-new": {"key": _b64(new)}}
    _write(keyring_path, {"format": 1, "active": "k-new", "keys": keys})
    loaded = keyring_load(keyring_path)
    assert loaded.active_key == new
    assert loaded.key("k-old") == old


def test_keyring_key_unknown_id_raises(keyring_path):
    keyring = keyring_create(keyring_path)
    with pytest.raises(KeyringError, match="no key 'k-missing'"):
        keyring.key("k-missing")


def test_keyring_load_missing_file_raises(keyring_path):
    with pytest.raises(KeyringMissingError, match="recruitwatch init"):
        keyring_load(keyring_path)


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o606, 0o700 | 0o070, 0o777])
def test_keyring_load_readable_by_others_raises(keyring_path, mode):
    keyring_create(keyring_path)
    keyring_path.chmod(mode)
    with pytest.raises(KeyringPermissionError, match="chmod 600"):
        keyring_load(keyring_path)


@pytest.mark.parametrize("mode", [0o600, 0o400])
def test_keyring_load_owner_only_modes_accepted(keyring_path, mode):
    keyring_create(keyring_path)
    keyring_path.chmod(mode)
    assert keyring_load(keyring_path).active_key_id


GOOD_KEY = _b64(b"\x01" * KEY_BYTES)

DAMAGED = [
    ("empty file", ""),
    ("truncated JSON", '{"format": 1, "active": "k-a", "keys": {'),
    ("not JSON", "k-a = secret"),
    ("JSON list", "[1, 2, 3]"),
    ("JSON string", '"keyring"'),
    ("JSON null", "null"),
    ("no format", {"active": "k-a", "keys": {"k-a": {"key": GOOD_KEY}}}),
    ("wrong format", {"format": 3, "active": "k-a", "keys": {"k-a": {"key": GOOD_KEY}}}),
    (
        "format 2 without index key",
        {"format": 2, "active": "k-a", "keys": {"k-a": {"key": GOOD_KEY}}},
    ),
    (
        "short index key",
        {
            "format": 2,
            "active": "k-a",
            "keys": {"k-a": {"key": GOOD_KEY}},
            "index_key": {"id": "b-a", "key": _b64(b"\x01" * 16)},
        },
    ),
    ("format as bool", {"format": True, "active": "k-a", "keys": {"k-a": {"key": GOOD_KEY}}}),
    ("format as text", {"format": "1", "active": "k-a", "keys": {"k-a": {"key": GOOD_KEY}}}),
    ("no keys", {"format": 1, "active": "k-a"}),
    ("empty keys", {"format": 1, "active": "k-a", "keys": {}}),
    ("keys as list", {"format": 1, "active": "k-a", "keys": [GOOD_KEY]}),
    ("entry as text", {"format": 1, "active": "k-a", "keys": {"k-a": GOOD_KEY}}),
    ("entry without key", {"format": 1, "active": "k-a", "keys": {"k-a": {}}}),
    ("key as number", {"format": 1, "active": "k-a", "keys": {"k-a": {"key": 7}}}),
    ("no active", {"format": 1, "keys": {"k-a": {"key": GOOD_KEY}}}),
    ("unknown active", {"format": 1, "active": "k-b", "keys": {"k-a": {"key": GOOD_KEY}}}),
    ("bad base64", {"format": 1, "active": "k-a", "keys": {"k-a": {"key": "not base64!!"}}}),
    ("url-safe base64", {"format": 1, "active": "k-a", "keys": {"k-a": {"key": "-_" * 22}}}),
    ("short key", {"format": 1, "active": "k-a", "keys": {"k-a": {"key": _b64(b"\x01" * 16)}}}),
    ("long key", {"format": 1, "active": "k-a", "keys": {"k-a": {"key": _b64(b"\x01" * 64)}}}),
    (
        "one short key among good ones",
        {
            "format": 1,
            "active": "k-a",
            "keys": {"k-a": {"key": GOOD_KEY}, "k-old": {"key": _b64(b"\x02" * 31)}},
        },
    ),
]


@pytest.mark.parametrize(("what", "document"), DAMAGED, ids=[what for what, _ in DAMAGED])
def test_keyring_load_damaged_file_raises(keyring_path, what, document):
    keyring_path.parent.mkdir(parents=True)
    _write(keyring_path, document)
    with pytest.raises(KeyringError) as caught:
        keyring_load(keyring_path)
    assert type(caught.value) is KeyringError
    assert str(keyring_path) in str(caught.value)


def test_keyring_load_non_utf8_file_raises(keyring_path):
    keyring_path.parent.mkdir(parents=True)
    keyring_path.write_bytes(b'{"format": 1, "active": "\xff\xfe"}')
    keyring_path.chmod(0o600)
    with pytest.raises(KeyringError, match="damaged"):
        keyring_load(keyring_path)


def test_keyring_load_directory_raises_keyring_error(keyring_path):
    keyring_path.mkdir(parents=True, mode=0o700)
    keyring_path.chmod(0o700)
    with pytest.raises(KeyringError):
        keyring_load(keyring_path)


def test_keyring_create_has_a_separate_blind_index_key(keyring_path):
    keyring = keyring_create(keyring_path)
    assert keyring.index_key is not None
    assert len(keyring.index_key) == KEY_BYTES
    assert keyring.index_key not in keyring.keys.values()
    assert keyring.index_key_id.startswith("b-")
    assert keyring_load(keyring_path).blind_index_key() == keyring.index_key


def test_keyring_load_reads_format_1_without_index_key(keyring_path):
    keyring_path.parent.mkdir(parents=True)
    _write(keyring_path, {"format": 1, "active": "k-a", "keys": {"k-a": {"key": GOOD_KEY}}})
    loaded = keyring_load(keyring_path)
    assert loaded.index_key is None
    with pytest.raises(KeyringError, match="recruitwatch init"):
        loaded.blind_index_key()
    upgraded = loaded.with_index_key()
    keyring_write(keyring_path, upgraded)
    assert keyring_load(keyring_path) == upgraded
    assert json.loads(keyring_path.read_text())["format"] == KEYRING_FORMAT


def test_keyring_write_replaces_atomically_with_owner_only_mode(keyring_path):
    keyring = keyring_create(keyring_path)
    previous = os.umask(0)
    try:
        keyring_write(keyring_path, keyring.with_new_master_key())
    finally:
        os.umask(previous)
    assert _mode(keyring_path) == 0o600
    assert len(keyring_load(keyring_path).keys) == 2
    assert [p.name for p in keyring_path.parent.iterdir()] == [keyring_path.name]


def test_keyring_rotation_helpers(keyring_path):
    keyring = keyring_create(keyring_path)
    rotated = keyring.with_new_master_key()
    assert rotated.active_key_id != keyring.active_key_id
    assert rotated.retired_key_ids == [keyring.active_key_id]
    assert rotated.index_key == keyring.index_key
    pruned = rotated.without_retired_keys()
    assert list(pruned.keys) == [rotated.active_key_id]
    assert pruned.retired_key_ids == []


def test_keyring_repr_shows_no_key_material(keyring_path):
    keyring = keyring_create(keyring_path)
    shown = repr(keyring)
    for key in [*keyring.keys.values(), keyring.index_key]:
        assert repr(key) not in shown
        assert base64.b64encode(key).decode() not in shown
