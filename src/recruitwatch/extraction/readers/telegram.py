"""Telegram Desktop chat exports (``result.json``): one document per message with text.

The export of one chat (Telegram Desktop → Export chat history → JSON) is an object::

    {"name": "Chat name", "type": "public_channel", "id": 123,
     "messages": [{"id": 7, "type": "message", "date": "2023-01-31T12:00:00",
                   "from": "…", "text": "…" or ["plain", {"type": "bold", "text": "…"}]}]}

Service messages (joins, pins) and messages without text (a photo with no caption) are skipped
without a word; a message that cannot be read is reported by its id and the others are kept.

Who wrote a message (``from``, ``from_id``) is personal data: it is never copied into a
document. The same holds for the name of a one-to-one chat, which is the other person's name.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from recruitwatch.extraction.errors import ReadError
from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.extraction.readers._bytes import bytes_decode, sha256_hex, text_normalise
from recruitwatch.extraction.readers._result import ReadResult
from recruitwatch.extraction.types import Document

NOT_AN_EXPORT = "not a Telegram Desktop export (result.json)"
# Chat types whose "name" is a person's name; their documents are titled by the type instead.
_PERSONAL_CHAT_TYPES = frozenset({"personal_chat"})


def _export_load(text: str) -> dict[str, Any]:
    try:
        export = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}; {NOT_AN_EXPORT}"
        ) from None
    except ValueError:
        # e.g. an integer of more than 4,300 digits, which Python refuses to convert
        raise ReadError("invalid JSON (a value is too large)") from None
    except RecursionError:
        raise ReadError("JSON nested too deeply") from None
    if not isinstance(export, dict):
        raise ReadError(f"{NOT_AN_EXPORT}: the file holds a JSON {type(export).__name__}")
    if "messages" not in export and isinstance(export.get("chats"), dict):
        raise ReadError(f"{NOT_AN_EXPORT}: this is a whole-account export; export one chat instead")
    if not isinstance(export.get("messages"), list):
        raise ReadError(f"{NOT_AN_EXPORT}: no 'messages' list")
    return export


def _chat_label(export: dict[str, Any]) -> str:
    chat_type = export.get("type")
    if chat_type in _PERSONAL_CHAT_TYPES:
        return "personal chat"
    name = export.get("name")
    if not isinstance(name, str):
        return "Telegram chat"
    # One line; a damaged character (lone surrogate) becomes "?" rather than losing the title.
    name = " ".join(text_normalise(name).split()).encode("utf-8", "replace").decode("utf-8")
    return name or "Telegram chat"


def _message_text(value: object) -> str:
    """The text as shown: a string, or the concatenated text of a list of parts."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise ReadError("'text' is neither a string nor a list of parts")
    parts: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
        else:
            raise ReadError("a part of 'text' is neither a string nor an object with 'text'")
    return "".join(parts)


def _message_date(value: object) -> date | None:
    """The message's calendar date; exports write local time without a zone."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReadError("'date' must be text")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ReadError(f"'date' is not an ISO date: {value[:40]!r}") from None


def _message_document(
    message: dict[str, Any], *, message_id: int, chat_id: object, chat_label: str, origin: str
) -> Document | None:
    """The message as a document; None for messages that hold no text to read."""
    if message.get("type") != "message":
        return None  # service messages: "joined", "pinned", calls
    text = text_normalise(_message_text(message.get("text", ""))).strip()
    if not text:
        return None  # media without a caption
    published = _message_date(message.get("date"))
    try:
        canonical = json.dumps(
            [chat_id, message_id, text], ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")
    except UnicodeEncodeError:
        raise ReadError("the text contains damaged Unicode (a lone surrogate)") from None
    return Document(
        text=text,
        sha256=sha256_hex(canonical),
        size_bytes=len(canonical),
        reader="telegram",
        origin=f"{origin}#{message_id}",
        title=f"{chat_label}: message {message_id}",
        published=published,
        language=language_detect(text),
        channel="messenger",
        url=None,
    )


def read_telegram(raw: bytes, origin: str) -> ReadResult:
    """A chat's ``result.json``: ``origin#<message id>`` for each message with text."""
    export = _export_load(bytes_decode(raw))
    chat_id = export.get("id")
    if not isinstance(chat_id, int | str) or isinstance(chat_id, bool):
        chat_id = None
    chat_label = _chat_label(export)
    documents: list[Document] = []
    errors: list[ReadError] = []
    for position, message in enumerate(export["messages"], start=1):
        message_id = message.get("id") if isinstance(message, dict) else None
        if not isinstance(message, dict) or type(message_id) is not int:
            what = "not an object" if not isinstance(message, dict) else "no numeric 'id'"
            errors.append(ReadError(f"message at position {position}: {what}"))
            continue
        try:
            document = _message_document(
                message,
                message_id=message_id,
                chat_id=chat_id,
                chat_label=chat_label,
                origin=origin,
            )
        except ReadError as exc:
            errors.append(ReadError(f"message {message_id}: {exc}"))
            continue
        if document is not None:
            documents.append(document)
    if not documents and not errors:
        raise ReadError("no messages with text in the chat export")
    return ReadResult(documents=tuple(documents), errors=tuple(errors))
