"""Valid, fictional samples of every format the readers and the upload check accept.

The fuzzer mutates these: a mutation of a valid file gets much further into a parser than
random bytes do. Every name, place and event here is invented.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile

_STORY = (
    "Fictional report. Prisoners of penal colony IK-6 in Sverdlovsk region were told to sign "
    "contracts with the Wagner Group, according to the mother of one of them, Ms Example. "
    "She said the guards threatened them with solitary confinement. At the end of January "
    "about 20 men were taken to an enlistment office in Yekaterinburg."
)
_STORY_RU = (
    "Вымышленный отчёт. Заключённых исправительной колонии № 6 в Свердловской области "
    "заставили подписать контракт, сообщает издание «Пример». По словам матери одного из "
    "них, им угрожали ШИЗО."
)

SEED_TEXT = [
    f" date 2023-02-16 Fictional headline about IK-6\n\n{_STORY}\n".encode(),
    f"date 2024-01-18 Вымышленный заголовок\n{_STORY_RU}\n".encode(),
]
PLAIN_TEXT = [
    f"{_STORY}\n\n{_STORY_RU}\n".encode(),
    ("\ufeff" + _STORY).encode(),
    "\ufeff".encode("utf-16-le") + _STORY.encode("utf-16-le"),
]
MARKDOWN = [
    f"# Fictional statement of an advocate\n\nDate: 2024-02-10\n\n{_STORY}\n\n- point\n".encode(),
    f"Вымышленное заявление\n=====\n\nДата: 2023-12-01\n\n{_STORY_RU}\n".encode(),
]
HTML = [
    (
        "<!DOCTYPE html><html lang=en><head><title>Fictional article</title>"
        '<meta name="date" content="2023-02-16"><script>var x=1;</script></head><body>'
        f"<article><h1>Fictional article</h1><p>{_STORY}</p><p>{_STORY}</p></article>"
        "<footer>© fictional</footer></body></html>"
    ).encode(),
    (
        '<html><head><meta property="article:published_time" content="2024-01-05T10:00:00">'
        f"</head><body><div><p>{_STORY_RU}</p><table><tr><td>ИК-6</td></tr></table></div>"
        "</body></html>"
    ).encode(),
]
FEEDS = [
    (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Fictional Post</title><language>en</language><item><title>Fictional item</title>"
        "<link>https://example.org/fictional/1</link>"
        "<pubDate>Wed, 01 Feb 2023 01:00:00 +0300</pubDate>"
        f"<description>&lt;p&gt;{_STORY}&lt;/p&gt;</description></item>"
        f"<item><title>Second</title><description><![CDATA[<p>{_STORY_RU}</p>]]></description>"
        "</item></channel></rss>"
    ).encode(),
    (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fictional</title>'
        '<entry><title type="html">Fictional &amp; entry</title>'
        '<link href="https://example.org/fictional/2"/><id>urn:uuid:fictional</id>'
        "<published>2023-04-01T01:30:00+03:00</published>"
        f'<content type="html">&lt;p&gt;{_STORY}&lt;/p&gt;</content></entry></feed>'
    ).encode(),
]
JSON_LINES = [
    "\n".join(
        json.dumps(record, ensure_ascii=ascii_only)
        for record, ascii_only in (
            ({"text": _STORY, "title": "Fictional", "published": "2023-02-16"}, True),
            ({"text": _STORY_RU, "channel": "messenger", "language": "ru"}, False),
            ({"text": "Fictional short note.", "url": "https://example.org/f"}, True),
        )
    ).encode()
]
TELEGRAM = [
    json.dumps(
        {
            "name": "Fictional channel",
            "type": "public_channel",
            "id": 1234567,
            "messages": [
                {"id": 1, "type": "service", "action": "create_channel"},
                {"id": 2, "type": "message", "date": "2023-01-31T12:00:00", "text": _STORY},
                {
                    "id": 3,
                    "type": "message",
                    "date": "2023-02-01T09:00:00",
                    "from": "Fictional Sender",
                    "text": ["Plain ", {"type": "bold", "text": _STORY_RU}],
                },
            ],
        },
        ensure_ascii=False,
    ).encode()
]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# Tiny synthetic files: enough header for the type check, no real image or document.
UPLOADS = [
    b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(17),
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
    b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
    b"RIFF\x1a\x00\x00\x00WEBPVP8 \x00\x00",
    _STORY.encode(),
    b'{"text": "fictional"}',
    b"name,region\nFictional A,RU-SVE\nFictional B,RU-KDA\n",
    HTML[0],
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    _zip({"letter.txt": _STORY.encode(), "scan.png": b"\x89PNG\r\n\x1a\n" + bytes(8)}),
    _zip({"inner.zip": _zip({"a.txt": b"fictional"})}),
    gzip.compress(_STORY.encode()),
    gzip.compress(bytes(200_000)),
    b"\x7fELF\x02\x01\x01" + bytes(56),
    b"MZ\x90\x00\x03" + bytes(59),
    b"#!/bin/sh\necho fictional\n",
]

# Tokens that make mutations meaningful to the parsers: markup, JSON, dates, encodings.
DICTIONARY = [
    token.encode() if isinstance(token, str) else token
    for token in (
        "<html>",
        "<body>",
        "<p>",
        "</p>",
        "<script>",
        "<svg ",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "&amp;",
        "&#0;",
        "&#xD800;",
        "&#1114112;",
        '<!DOCTYPE x [<!ENTITY e "x">]>',
        "&e;",
        "<item>",
        "</item>",
        "<entry>",
        "<description>",
        '<content type="html">',
        '{"text": "',
        '"}',
        '"messages": [',
        "]",
        "{",
        "}",
        "null",
        "1e999",
        "-0",
        "9" * 5000,
        '"\\ud800"',
        '"published": "2023-02-30"',
        '"channel": "x"',
        "date 2023-02-16 ",
        "date 9999-99-99 ",
        "# ",
        "Date: ",
        "\r\n",
        "\r",
        "\u2028",
        "\x00",
        "\x0c",
        "\ufeff",
        "й",
        "Вымышленный",
        "ИК-6",
        "IK-6",
        "SIZO-1",
        "Wagner",
        "according to",
        "said",
        b"\xff",
        b"\xc0\x80",
        b"\xed\xa0\x80",
        b"\xf4\x90\x80\x80",
        b"PK\x03\x04",
        b"\x1f\x8b",
        b"%PDF-",
        b"\x7fELF",
        b"MZ",
        b"#!",
        b"ustar",
    )
]
