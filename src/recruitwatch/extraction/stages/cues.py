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
    for sentence in analysis.sentences:
        text, base = sentence.text, sentence.start

        def add(
            kind: str, value: str, start: int, end: int, *, _text: str = text, _base: int = base
        ) -> None:
            found.append(Mention(_base + start, _base + end, _text[start:end], kind, value, ""))

        for m in lexicon.event.finditer(text):
            add("event", "event", m.start(), m.end())
        void = lexicon.no_coercion.search(text)
        voided = void is not None
        if void is not None:
            add("no_coercion", "no_coercion", void.start(), void.end())
        for kind, pattern in lexicon.coercion.items():
            for m in pattern.finditer(text):
                if not voided:
                    add("coercion", kind, m.start(), m.end())
        for modality, pattern in (("feared", lexicon.feared), ("planned", lexicon.planned)):
            for m in pattern.finditer(text):
                add("modality", modality, m.start(), m.end())
        for m in lexicon.generic_place.finditer(text):
            add("generic_place", m.group(0).lower(), m.start(), m.end())
        for status, pattern in lexicon.status.items():
            for m in pattern.finditer(text):
                add("status", status, m.start(), m.end())
        for label, pattern in lexicon.perpetrators.items():
            for m in pattern.finditer(text):
                add("perpetrator", label, m.start(), m.end())
    return replace(analysis, cues=tuple(sorted(found, key=lambda m: (m.start, m.kind))))
