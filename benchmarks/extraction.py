"""Extraction throughput, English and Russian, and its cost relative to tokenisation alone.

Tokenisation is what each language's pipeline would do anyway: spaCy's tokenizer for
English, natasha's segmenter (razdel) for Russian. Timed in one process on one core.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import generated_report
from recruitwatch.extraction import Document, extract, read_bytes, read_path
from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.extraction.pipeline import MAX_EXTRACT_CHARACTERS

ROOT = Path(__file__).resolve().parents[1]


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
    return _measure(_documents(count, russian=russian), russian=russian)


def written_measure(rounds: int = 20) -> ExtractionFigures:
    """The English fictional articles and testimonies written by hand (``tests/corpus`` and
    ``examples/``), each extracted ``rounds`` times: prose as reporters write it, beside the
    generated sentences."""
    paths = [*sorted((ROOT / "tests/corpus").glob("*.txt")), *sorted((ROOT / "examples").iterdir())]
    english = [
        document
        for path in paths
        if path.suffix in {".txt", ".md", ".html", ".jsonl"} and path.name != "README.md"
        for document in read_path(path).documents
        if (document.language or language_detect(document.text)) == "en"
    ]
    return _measure(english * rounds, russian=False)


def _measure(documents: list[Document], *, russian: bool) -> ExtractionFigures:
    count = len(documents)
    for document in documents[:20]:  # load models and fill caches before timing
        extract(document)
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


def long_document_measure() -> LongDocumentFigures:
    """One document of as many generated English reports joined as fit under the extractor's
    1,000,000-character limit: the cost must grow with the length, not with its square — a
    Telegram export or a scraped page can be this long."""
    text = " date 2023-01-01 Generated long fictional report"
    index = 0
    while True:
        body = "\n\n" + generated_report(index, russian=False).split("\n", 1)[1]
        if len(text) + len(body) > MAX_EXTRACT_CHARACTERS - 100:
            break
        text += body
        index += 1
    document = read_bytes(text.encode(), origin="long.txt", suffix=".txt").documents[0]
    started = time.perf_counter()
    result = extract(document)
    return LongDocumentFigures(
        characters=len(document.text),
        words=len(document.text.split()),
        seconds=time.perf_counter() - started,
        incidents=len(result.incidents),
    )
