"""Stage cues: what each sentence says about recruitment and coercion.

Per sentence, as mentions: ``event`` (a recruitment event is reported), ``coercion`` (value:
the coercion type), ``no_coercion`` (voluntary, negated or doubtful: voids the sentence's
coercion cues), ``modality`` (feared / planned), ``generic_place`` (a place that is not a
facility), ``status`` (prisoner / migrant / conscript), ``perpetrator``.
"""

from __future__ import annotations

from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.types import Mention


def cues(analysis: Analysis) -> Analysis:
    lexicon = analysis.lexicon
    found: list[Mention] = []
    # (kind, value or None for the match lower-cased, pattern), in the order cues are added.
    # Coercion comes after the no_coercion search that may void it.
    modal = (("modality", "feared", lexicon.feared), ("modality", "planned", lexicon.planned))
    later = (
        *modal,
        ("generic_place", None, lexicon.generic_place),
        *(("status", status, p) for status, p in lexicon.status.items()),
        *(("perpetrator", label, p) for label, p in lexicon.perpetrators.items()),
    )
    # A pattern whose literals the sentence lacks cannot match there: it is skipped.
    may_match = analysis.literals().may_match
    for sentence in analysis.sentences:
        text, base = sentence.text, sentence.start

        def add(
            kind: str, value: str, start: int, end: int, *, _text: str = text, _base: int = base
        ) -> None:
            found.append(Mention(_base + start, _base + end, _text[start:end], kind, value, ""))

        if may_match(lexicon.event, sentence.start, sentence.end):
            for m in lexicon.event.finditer(text):
                add("event", "event", m.start(), m.end())
        void = (
            lexicon.no_coercion.search(text)
            if may_match(lexicon.no_coercion, sentence.start, sentence.end)
            else None
        )
        if void is not None:
            add("no_coercion", "no_coercion", void.start(), void.end())
        else:  # "voluntary", "did not threaten", "unclear whether" void the coercion cues
            for kind, pattern in lexicon.coercion.items():
                if may_match(pattern, sentence.start, sentence.end):
                    for m in pattern.finditer(text):
                        add("coercion", kind, m.start(), m.end())
        for cue, value, pattern in later:
            if may_match(pattern, sentence.start, sentence.end):
                for m in pattern.finditer(text):
                    add(cue, value or m.group(0).lower(), m.start(), m.end())
    return replace(analysis, cues=tuple(sorted(found, key=lambda m: (m.start, m.kind))))
