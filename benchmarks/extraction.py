"""Extraction throughput, English and Russian, and its cost relative to tokenisation alone.

Tokenisation is what each language's pipeline would do anyway: spaCy's tokenizer for
English, natasha's segmenter (razdel) for Russian. Timed in one process on one core.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from benchmarks.corpus import generated_report
from recruitwatch.extraction import Document, extract, read_bytes


@dataclass
class ExtractionFigures:
    language: str
    documents: int
    words: int
    seconds: float
    tokenise_seconds: float

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds

    @property
    def ratio_to_tokenisation(self) -> float:
        return self.seconds / self.tokenise_seconds


def _documents(count: int, *, russian: bool) -> list[Document]:
    return [
        read_bytes(
            generated_report(i, russian=russian).encode(), origin=f"{i}.txt", suffix=".txt"
        ).documents[0]
        for i in range(count)
    ]


def _tokenise(documents: list[Document], *, russian: bool) -> float:
    if russian:
        from razdel import tokenize

        started = time.perf_counter()
        for document in documents:
            list(tokenize(document.text))
        return time.perf_counter() - started
    from recruitwatch.extraction.languages.english import nlp

    tokenizer = nlp().tokenizer
    started = time.perf_counter()
    for document in documents:
        tokenizer(document.text)
    return time.perf_counter() - started


def extraction_measure(count: int, *, russian: bool) -> ExtractionFigures:
    documents = _documents(count, russian=russian)
    extract(documents[0])  # load models before timing
    started = time.perf_counter()
    for document in documents:
        extract(document)
    seconds = time.perf_counter() - started
    return ExtractionFigures(
        language="ru" if russian else "en",
        documents=count,
        words=sum(len(d.text.split()) for d in documents),
        seconds=seconds,
        tokenise_seconds=_tokenise(documents, russian=russian),
    )


@dataclass
class LongDocumentFigures:
    characters: int
    words: int
    seconds: float
    incidents: int


def long_document_measure(reports: int = 540) -> LongDocumentFigures:
    """One document of many generated English reports joined (≈ 990,000 characters, just
    under the extractor's 1,000,000-character limit): the cost must grow with the length, not
    with its square — a Telegram export or a scraped page can be this long."""
    bodies = [generated_report(i, russian=False).split("\n", 1)[1] for i in range(reports)]
    text = " date 2023-01-01 Generated long fictional report\n\n" + "\n\n".join(bodies)
    document = read_bytes(text.encode(), origin="long.txt", suffix=".txt").documents[0]
    started = time.perf_counter()
    result = extract(document)
    return LongDocumentFigures(
        characters=len(document.text),
        words=len(document.text.split()),
        seconds=time.perf_counter() - started,
        incidents=len(result.incidents),
    )
