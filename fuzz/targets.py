"""What the fuzzer runs: one target per input family, each a strategy and a probe.

A probe returns ``"refused"`` (a clean ReadError, ExtractionError or UploadRefused, or a
read that yielded only per-part errors) or ``"accepted"``; anything it raises is an
unhandled exception, which is a bug. Beyond "does not crash", the probes check what ingest
relies on, so a value that would make storing fail is caught here rather than in a database:
evidence spans lie inside the text and quote it, dates are real dates, counts fit a column.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from hypothesis import strategies as st

from fuzz import samples
from fuzz.strategies import blobs, mutated
from recruitwatch.extraction import (
    ExtractionError,
    ReadError,
    extract,
    read_bytes,
    result_contract,
    supported_suffixes,
)
from recruitwatch.extraction.types import Document, ExtractionResult
from recruitwatch.ingest.uploads import UploadRefused, upload_check

REFUSED = "refused"
ACCEPTED = "accepted"
# PositiveIntegerField: the largest count a database column holds on every backend.
_MAX_COUNT = 2**31 - 1


class InvariantBroken(AssertionError):
    """A probe's check failed: the input was handled, but the result is wrong."""


def _check(condition: object, message: str) -> None:
    # Not ``assert``: the checks must hold under ``python -O`` too.
    if not condition:
        raise InvariantBroken(message)


Input = tuple[bytes, str]  # the bytes, and the suffix (readers) or declared name (uploads)


@dataclass(frozen=True)
class Target:
    name: str
    what: str
    strategy: st.SearchStrategy[Input]
    probe: Callable[[bytes, str], str]
    #: Share of the total number of inputs.
    weight: float


def _storable(document: Document, result: ExtractionResult) -> None:
    """Raise AssertionError for a proposal ingest could not store."""
    text = document.text
    for incident in result.incidents:
        for span in incident.evidence:
            _check(
                0 <= span.start < span.end <= len(text),
                f"span {span.start}:{span.end} outside a text of {len(text)} characters",
            )
            _check(text[span.start : span.end] == span.text, "span text is not the quoted text")
        if incident.date.start:
            parts = [int(part) for part in incident.date.start.split("-")]
            date(parts[0], *(parts[1:] or [1]), *([1] if len(parts) < 3 else []))
        count = incident.victims.count
        _check(count is None or 0 <= count <= _MAX_COUNT, f"victim count {count} out of range")


def read_probe(raw: bytes, suffix: str) -> str:
    """Read with the reader for ``suffix``; extract every document that reads."""
    try:
        result = read_bytes(raw, origin="fuzz", suffix=suffix)
    except ReadError as exc:
        _check(str(exc), "a ReadError must say why")
        return REFUSED
    _check(
        all(isinstance(error, ReadError) and str(error) for error in result.errors),
        "every per-part error must be a ReadError saying why",
    )
    extracted = 0
    for document in result.documents:
        _check(document.text.strip(), "a document without text")
        try:
            extraction = extract(document)
        except ExtractionError:
            continue
        _storable(document, extraction)
        json.dumps(result_contract(extraction), ensure_ascii=False).encode("utf-8")
        extracted += 1
    return ACCEPTED if extracted else REFUSED


def upload_probe(data: bytes, declared_name: str) -> str:
    try:
        checked = upload_check(data, declared_name)
    except UploadRefused as exc:
        _check(str(exc) and "\n" not in str(exc), "a refusal must say why in one line")
        return REFUSED
    _check(checked.data == data, "checked data differs from the upload")
    _check(checked.download_name, "no download name")
    return ACCEPTED


def _format(name: str, what: str, seeds: list[bytes], suffixes: list[str], weight: float) -> Target:
    strategy = st.tuples(mutated(seeds, samples.DICTIONARY), st.sampled_from(suffixes))
    return Target(name, what, strategy, read_probe, weight)


_SUFFIXES = list(supported_suffixes())

TARGETS = (
    Target(
        "blobs",
        "random bytes, every reader",
        st.tuples(blobs(), st.sampled_from(_SUFFIXES)),
        read_probe,
        0.16,
    ),
    _format("seed-text", "seed format (date header)", samples.SEED_TEXT, [".txt"], 0.08),
    _format("txt", "plain text", samples.PLAIN_TEXT, [".txt", ".text"], 0.08),
    _format("markdown", "Markdown", samples.MARKDOWN, [".md"], 0.08),
    _format("html", "HTML (trafilatura)", samples.HTML, [".html", ".htm"], 0.10),
    _format("feeds", "RSS / Atom (feedparser)", samples.FEEDS, [".rss", ".atom"], 0.10),
    _format("jsonl", "JSON Lines", samples.JSON_LINES, [".jsonl"], 0.08),
    _format("telegram", "Telegram result.json", samples.TELEGRAM, [".json"], 0.08),
    Target(
        "upload",
        "upload_check: blobs and mutated files",
        st.tuples(
            st.one_of(blobs(), mutated(samples.UPLOADS, samples.DICTIONARY)),
            st.text(max_size=300),
        ),
        upload_probe,
        0.24,
    ),
)
