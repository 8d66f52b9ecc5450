"""A document's text as HTML with the evidence spans of its claims marked.

The text is data, never markup: every piece is escaped and the only tags in the result are
the ``<mark>`` elements added here, so a document holding ``<script>`` shows it as text.

Offsets (``Claim.span_start`` / ``span_end``) refer to ``Document.text`` as stored. For a
reader who may not see identities the names in the text are replaced (``access.identity``),
which changes lengths, so the spans are applied to the stored text first and each piece is
redacted on its own. A name must not be cut by a span's edge (half a name would escape the
redactor), so a span whose edge falls inside a name grows to take the whole name in.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from recruitwatch.publish.redaction import Redactor

Span = tuple[int, int]


def spans_merge(spans: Iterable[Span], *, length: int) -> list[Span]:
    """Spans clipped to ``[0, length]``, empty ones dropped, overlapping or touching ones
    joined, in text order. Claims often share a span (a retelling quotes what it retells)."""
    merged: list[Span] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _widen_over_names(spans: list[Span], names: list[Span]) -> list[Span]:
    """Each span grown so that no name straddles one of its edges."""
    widened = []
    for start, end in spans:
        for name_start, name_end in names:
            if name_start < start < name_end:
                start = name_start
            if name_start < end < name_end:
                end = name_end
        widened.append((start, end))
    return widened


def text_marked(text: str, spans: Iterable[Span], *, redactor: Redactor) -> SafeString:
    """``text`` escaped, with ``<mark>`` around each span, names redacted by ``redactor``."""
    marked = spans_merge(spans, length=len(text))
    if redactor.pattern is not None and marked:
        names = [found.span() for found in redactor.pattern.finditer(text)]
        marked = spans_merge(_widen_over_names(marked, names), length=len(text))
    pieces: list[str] = []
    position = 0
    for start, end in marked:
        pieces.append(escape(redactor.redact(text[position:start])))
        pieces.append("<mark>" + escape(redactor.redact(text[start:end])) + "</mark>")
        position = end
    pieces.append(escape(redactor.redact(text[position:])))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped above
