"""Telegram Desktop chat export reader: one document per message with text.

Every chat, sender, message and number here is fictional.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from recruitwatch.extraction import ReadError, read_bytes, read_path
from recruitwatch.extraction.readers.telegram import NOT_AN_EXPORT, read_telegram

SENDER = "Fictional Ivanov Sender"

# A fictional export of a public channel, shaped like Telegram Desktop's result.json.
EXPORT = {
    "name": "Fictional Testgrad News",
    "type": "public_channel",
    "id": 1000000001,
    "messages": [
        {
            "id": 1,
            "type": "service",
            "date": "2023-01-30T09:00:00",
            "actor": SENDER,
            "action": "create_channel",
            "text": "",
            "text_entities": [],
        },
        {
            "id": 2,
            "type": "message",
            "date": "2023-01-31T12:00:00",
            "from": SENDER,
            "from_id": "channel1000000001",
            "text": "A fictional recruiter visited the Testgrad depot.",
            "text_entities": [
                {"type": "plain", "text": "A fictional recruiter visited the Testgrad depot."}
            ],
        },
        {
            "id": 3,
            "type": "message",
            "date": "2023-02-01T23:59:59",
            "from": SENDER,
            "text": [
                "Вымышленных рабочих увезли ",
                {"type": "bold", "text": "ночью"},
                ", подробности: ",
                {"type": "link", "text": "https://example.org/fictional/3"},
                " и ",
                {"type": "text_link", "text": "здесь", "href": "https://example.org/f"},
                ".",
            ],
        },
        {
            "id": 4,
            "type": "message",
            "date": "2023-02-02T08:00:00",
            "from": SENDER,
            "photo": "photos/photo_1.jpg",
            "text": "",
        },
    ],
}


def _raw(export: object) -> bytes:
    return json.dumps(export, ensure_ascii=False).encode()


def _with_messages(*messages: object, **top: object) -> bytes:
    return _raw({**EXPORT, **top, "messages": list(messages)})


def test_read_telegram_messages_become_documents():
    result = read_telegram(_raw(EXPORT), "result.json")
    assert result.errors == ()
    first, second = result.documents
    assert first.text == "A fictional recruiter visited the Testgrad depot."
    assert first.title == "Fictional Testgrad News: message 2"
    assert first.published == date(2023, 1, 31)
    assert first.origin == "result.json#2"
    assert first.language == "en"
    assert second.origin == "result.json#3"
    assert second.published == date(2023, 2, 1)
    assert second.language == "ru"
    assert {d.reader for d in result.documents} == {"telegram"}
    assert {d.channel for d in result.documents} == {"messenger"}
    assert {d.url for d in result.documents} == {None}


def test_read_telegram_text_parts_joined():
    second = read_telegram(_raw(EXPORT), "result.json").documents[1]
    assert second.text == (
        "Вымышленных рабочих увезли ночью, подробности: https://example.org/fictional/3 и здесь."
    )


def test_read_telegram_service_and_media_only_messages_skipped_silently():
    result = read_telegram(_raw(EXPORT), "result.json")
    assert [d.origin for d in result.documents] == ["result.json#2", "result.json#3"]
    assert result.errors == ()


def test_read_telegram_sender_name_never_in_title_or_origin():
    for document in read_telegram(_raw(EXPORT), "result.json").documents:
        for value in (document.title, document.origin):
            assert SENDER not in value
            assert "Ivanov" not in value


def test_read_telegram_personal_chat_name_not_used_as_title():
    # In a one-to-one chat the chat's name is the other person's name.
    raw = _with_messages(
        {"id": 9, "type": "message", "from": SENDER, "text": "Fictional hello."},
        name=SENDER,
        type="personal_chat",
    )
    (document,) = read_telegram(raw, "result.json").documents
    assert document.title == "personal chat: message 9"
    assert "Ivanov" not in document.title


def test_read_telegram_hash_is_of_chat_id_message_id_and_text():
    first = read_telegram(_raw(EXPORT), "result.json").documents[0]
    canonical = json.dumps(
        [1000000001, 2, "A fictional recruiter visited the Testgrad depot."],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    assert first.sha256 == hashlib.sha256(canonical).hexdigest()
    assert first.size_bytes == len(canonical)


def test_read_telegram_same_export_read_twice_gives_same_hashes():
    first = read_telegram(_raw(EXPORT), "result.json").documents
    # A later export of the same chat: more messages, a renamed chat, different formatting.
    later = {**EXPORT, "name": "Renamed fictional channel"}
    later["messages"] = [
        *EXPORT["messages"],
        {"id": 5, "type": "message", "text": "A newer fictional post."},
    ]
    again = read_telegram(json.dumps(later, indent=1).encode(), "other.json").documents
    assert [d.sha256 for d in again[:2]] == [d.sha256 for d in first]


def test_read_telegram_same_text_in_other_messages_hashes_differently():
    text = "Fictional repeated text."
    raw = _with_messages(
        {"id": 1, "type": "message", "text": text}, {"id": 2, "type": "message", "text": text}
    )
    first, second = read_telegram(raw, "result.json").documents
    assert first.sha256 != second.sha256


def test_read_telegram_text_normalised():
    raw = _with_messages({"id": 1, "type": "message", "text": "  Серге\u0438\u0306\r\nпишет  "})
    (document,) = read_telegram(raw, "result.json").documents
    assert document.text == "Сергей\nпишет"


def test_read_telegram_missing_date_is_none():
    (document,) = read_telegram(
        _with_messages({"id": 1, "type": "message", "text": "Fictional."}), "result.json"
    ).documents
    assert document.published is None


BAD_MESSAGES = [
    ({"id": 7, "type": "message", "text": 42}, "message 7: 'text' is neither"),
    ({"id": 7, "type": "message", "text": None}, "message 7: 'text' is neither"),
    ({"id": 7, "type": "message", "text": {"text": "x"}}, "message 7: 'text' is neither"),
    ({"id": 7, "type": "message", "text": ["ok", 3]}, "message 7: a part of 'text'"),
    ({"id": 7, "type": "message", "text": [{"type": "bold"}]}, "message 7: a part of 'text'"),
    ({"id": 7, "type": "message", "text": "x", "date": "31.01.2023"}, "message 7: 'date'"),
    ({"id": 7, "type": "message", "text": "x", "date": "2023-02-30T00:00"}, "message 7: 'date'"),
    ({"id": 7, "type": "message", "text": "x", "date": 1675166400}, "message 7: 'date'"),
    ({"type": "message", "text": "x"}, "message at position 2: no numeric 'id'"),
    ({"id": "7", "type": "message", "text": "x"}, "message at position 2: no numeric 'id'"),
    ({"id": True, "type": "message", "text": "x"}, "message at position 2: no numeric 'id'"),
    ("a string", "message at position 2: not an object"),
    (None, "message at position 2: not an object"),
]


@pytest.mark.parametrize(("bad", "reason"), BAD_MESSAGES)
def test_read_telegram_bad_message_reported_others_kept(bad, reason):
    good = {"id": 1, "type": "message", "text": "Fictional one."}
    last = {"id": 3, "type": "message", "text": "Fictional three."}
    result = read_telegram(_with_messages(good, bad, last), "result.json")
    assert [d.origin for d in result.documents] == ["result.json#1", "result.json#3"]
    (error,) = result.errors
    assert isinstance(error, ReadError)
    assert str(error).startswith(reason)
    assert SENDER not in str(error)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "invalid JSON at line 1"),
        (b"[1, 2, 3]", f"{NOT_AN_EXPORT}: the file holds a JSON list"),
        (b'"fictional"', f"{NOT_AN_EXPORT}: the file holds a JSON str"),
        (b'{"name": "Fictional"}', f"{NOT_AN_EXPORT}: no 'messages' list"),
        (b'{"messages": {"1": "x"}}', f"{NOT_AN_EXPORT}: no 'messages' list"),
        (b'{"version": "1.0.0", "dependencies": {}}', f"{NOT_AN_EXPORT}: no 'messages' list"),
        (b'{"about": "x", "chats": {"list": []}}', "whole-account export"),
        (b'{"messages": []}', "no messages with text"),
        (b'{"messages": [{"id": 1, "type": "service", "text": ""}]}', "no messages with text"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"messages": [], "n": ' + b"1" * 5000 + b"}", "too large"),
    ],
)
def test_read_telegram_bad_file_raises_one_line(raw, reason):
    with pytest.raises(ReadError) as caught:
        read_telegram(raw, "result.json")
    message = str(caught.value)
    assert reason in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "raw", [b"", b"  \n", b"%PDF-1.4 fictional", '{"name": "й"}'.encode("cp1251")]
)
def test_read_telegram_whole_file_problems_raise(raw):
    with pytest.raises(ReadError):
        read_telegram(raw, "result.json")


def test_read_telegram_lone_surrogate_in_text_is_a_message_error():
    raw = b'{"id": 1, "messages": [{"id": 5, "type": "message", "text": "a \\ud800 b"}]}'
    result = read_telegram(raw, "result.json")
    assert result.documents == ()
    assert str(result.errors[0]).startswith("message 5: ")


def test_read_telegram_utf16_export_reads_like_utf8():
    utf8 = read_telegram(_raw(EXPORT), "result.json").documents
    utf16 = read_telegram(json.dumps(EXPORT).encode("utf-16"), "result.json").documents
    assert [(d.text, d.sha256) for d in utf16] == [(d.text, d.sha256) for d in utf8]


def test_read_path_json_suffix_uses_the_telegram_reader(tmp_path):
    path = tmp_path / "result.json"
    path.write_bytes(_raw(EXPORT))
    result = read_path(path)
    assert [d.reader for d in result.documents] == ["telegram", "telegram"]
    assert result.documents[0].origin == "result.json#2"


def test_read_bytes_other_json_refused_saying_what_is_read():
    with pytest.raises(ReadError, match=r"not a Telegram Desktop export \(result\.json\)"):
        read_bytes(b'{"fictional": true}', origin="settings.json", suffix=".json")
