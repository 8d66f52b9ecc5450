"""Excerpts of a result around the first word that matched, with names masked.

The index holds no words, so where the match is must be found again in the text: the text
is split into words exactly as the index splits them, and the first word whose token is one
of the query's is the match. Only a window around it is looked at:

1. the window reaches ``NAME_MARGIN`` characters beyond the excerpt on each side, longer
   than any name, so every name that touches the excerpt lies whole inside the window;
2. the names in the window are found by the reader's masker (``NameMasker``: the spans
   the redactor of ``access.identity`` would replace, and with what); a match inside a
   name is skipped (what the reader sees there is a label, not the word they searched);
3. the excerpt is cut at spaces, widened to take in any name it would cut, and the names
   in it replaced. The page marks the match with <mark> and escapes the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Protocol

from recruitwatch.search.tokens import hasher, words

# 60 characters before the match and 160 after: about two lines of the results column,
# enough to read the sentence a match sits in.
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 160
# 200 characters: longer than any name or alias a person record holds in practice; a name
# longer than this at the very edge of the window could be cut and then not recognised.
NAME_MARGIN = 200
# Matches tried before giving up on finding one outside a name (then the text's opening).
MAX_ATTEMPTS = 20


class NameMasker(Protocol):
    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) of each name in ``text``, in order, not overlapping."""


@dataclass(frozen=True)
class Excerpt:
    before: str
    match: str
    after: str
    cut_start: bool
    cut_end: bool


class _NoNames:
    def spans(self, text: str) -> list[tuple[int, int, str]]:
        return []


def _space_right(text: str, index: int) -> int:
    """``index`` moved right past the next space (an excerpt does not begin mid-word)."""
    if index <= 0:
        return 0
    space = text.find(" ", index)
    return space + 1 if space != -1 else index


def _space_left(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    space = text.rfind(" ", 0, index)
    return space if space > 0 else index


def _masked(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> str:
    """``text[start:end]`` with the names in it replaced, whitespace collapsed."""
    out, position = [], start
    for span_start, span_end, replacement in spans:
        if span_end <= start or span_start >= end:
            continue
        out += [text[position:span_start], replacement]
        position = span_end
    out.append(text[position:end])
    return " ".join("".join(out).split())


def _widen(start: int, end: int, spans: list[tuple[int, int, str]]) -> tuple[int, int]:
    """The region widened so no name is cut by its edges."""
    for span_start, span_end, _ in spans:
        if span_start < start < span_end:
            start = span_start
        if span_start < end < span_end:
            end = span_end
    return start, end


def _cut(
    text: str, low: int, high: int, spans: list[tuple[int, int, str]], match: tuple[int, int]
) -> Excerpt:
    """The excerpt of ``text`` from about ``low`` to ``high`` around ``match``."""
    start = _space_right(text, low) if low > 0 else 0
    end = max(_space_left(text, high), match[1])
    start, end = _widen(min(start, match[0]), end, spans)
    before = _masked(text, start, match[0], spans)
    after = _masked(text, match[1], end, spans)
    return Excerpt(
        before=before + (" " if before and text[match[0] - 1].isspace() else ""),
        match=text[match[0] : match[1]],
        after=(" " if after and text[match[1]].isspace() else "") + after,
        cut_start=start > 0,
        cut_end=end < len(text),
    )


def excerpt(
    text: str,
    tokens: Collection[str],
    *,
    names: NameMasker | None = None,
    token_of: Callable[[str], str] | None = None,
) -> Excerpt | None:
    """The excerpt of ``text`` around its first word with one of ``tokens`` outside a name;
    None when there is none (the match was in another field, or only inside names).
    ``token_of`` (stem → token) saves looking up the keyring per text on a page of many."""
    if not text or not tokens:
        return None
    masker = names or _NoNames()
    token_of = token_of or hasher().token
    attempts = 0
    for word in words(text):
        if token_of(word.stem) not in tokens:
            continue
        attempts += 1
        if attempts > MAX_ATTEMPTS:
            return None
        offset = max(0, word.start - CONTEXT_BEFORE - NAME_MARGIN)
        window = text[offset : word.end + CONTEXT_AFTER + NAME_MARGIN]
        spans = masker.spans(window)
        match = (word.start - offset, word.end - offset)
        if any(start < match[1] and match[0] < end for start, end, _ in spans):
            continue  # the reader sees a label here, not the word
        found = _cut(window, match[0] - CONTEXT_BEFORE, match[1] + CONTEXT_AFTER, spans, match)
        return Excerpt(
            before=found.before,
            match=found.match,
            after=found.after,
            cut_start=found.cut_start or offset > 0,
            cut_end=found.cut_end or offset + len(window) < len(text),
        )
    return None


def opening(text: str, *, names: NameMasker | None = None) -> Excerpt:
    """The start of ``text``, names masked, for a result matched in another field."""
    window = text[: CONTEXT_BEFORE + CONTEXT_AFTER + NAME_MARGIN]
    spans = (names or _NoNames()).spans(window)
    end = _space_left(window, CONTEXT_BEFORE + CONTEXT_AFTER)
    _, end = _widen(0, end, spans)
    return Excerpt(
        before=_masked(window, 0, end, spans),
        match="",
        after="",
        cut_start=False,
        cut_end=end < len(text),
    )
