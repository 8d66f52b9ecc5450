"""Extraction throughput, English and Russian, and its cost relative to tokenisation alone.

Tokenisation is what each language's pipeline would do anyway: spaCy's tokenizer for
English, natasha's segmenter (razdel) for Russian. Timed in one process on one core.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

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


def _tokeniser(*, russian: bool) -> Callable[[str], object]:
    """Plain tokenisation of one text: razdel for Russian (natasha's segmenter tokenises
    with it), spaCy's tokenizer of the English pipeline for English."""
    if russian:
        from razdel import tokenize

        return lambda text: list(tokenize(text))
    from recruitwatch.extraction.languages.english import nlp

    return cast(Callable[[str], object], nlp().tokenizer)


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


# Documents extracted, then tokenised, per block (about a second of extraction).
_BLOCK = 50


def language_pipeline_measure(count: int, *, russian: bool) -> ExtractionFigures:
    """The language pipeline alone, as the segment stage runs it (spaCy's tokenizer,
    sentencizer and entity ruler; natasha's segmentation and NER), on the same generated
    reports: the part of the extraction's cost no rule of this project's adds, so the least
    the whole could cost relative to tokenisation."""
    if russian:
        from recruitwatch.extraction.languages.russian import natasha_doc

        run: Callable[[str], object] = natasha_doc
    else:
        from recruitwatch.extraction.languages.english import nlp

        run = nlp()
    return _measure(_documents(count, russian=russian), russian=russian, work=run)


def _measure(
    documents: list[Document],
    *,
    russian: bool,
    work: Callable[[str], object] | None = None,
) -> ExtractionFigures:
    """Extraction and plain tokenisation timed block by block, each block of documents
    extracted and then tokenised: a shared machine's speed drifts by half within a minute,
    and timing the two in separate passes let that drift into the ratio. Tokenisation runs
    in a loop of its own, as a tokenizer benchmark would, not interleaved document by
    document (that left its caches cold and inflated it by about a third)."""
    count = len(documents)
    tokenise = _tokeniser(russian=russian)
    run = (lambda document: work(document.text)) if work is not None else extract
    for document in documents[:20]:  # load models and fill caches before timing
        run(document)
        tokenise(document.text)
    seconds = tokenise_seconds = 0.0
    for first in range(0, count, _BLOCK):
        block = documents[first : first + _BLOCK]
        started = time.perf_counter()
        for document in block:
            run(document)
        extracted = time.perf_counter()
        for document in block:
            tokenise(document.text)
        seconds += extracted - started
        tokenise_seconds += time.perf_counter() - extracted
    return ExtractionFigures(
        language="ru" if russian else "en",
        documents=count,
        words=sum(len(d.text.split()) for d in documents),
        seconds=seconds,
        tokenise_seconds=tokenise_seconds,
    )


@dataclass
class LongDocumentFigures:
    characters: int
    words: int
    seconds: float
    incidents: int


def long_document_measure(*, one_line: bool = False) -> LongDocumentFigures:
    """One document of as many generated English reports joined as fit under the extractor's
    1,000,000-character limit: the cost must grow with the length, not with its square — a
    Telegram export or a scraped page can be this long. ``one_line`` joins them with no line
    breaks at all, as a page whose markup was stripped can come: one paragraph of every date,
    name and place, where anything that looks back over the paragraph would go quadratic."""
    header = " date 2023-01-01 Generated long fictional report\n\n"
    joint = " " if one_line else "\n\n"
    bodies: list[str] = []
    size = len(header)
    while True:
        body = generated_report(len(bodies), russian=False).split("\n", 1)[1].strip()
        if one_line:
            body = " ".join(body.split())
        if size + len(joint) + len(body) > MAX_EXTRACT_CHARACTERS - 100:
            break
        bodies.append(body)
        size += len(joint) + len(body)
    text = header + joint.join(bodies)
    return _long_extraction(text, "long.txt")


def _long_extraction(text: str, origin: str) -> LongDocumentFigures:
    """Read ``text`` as a plain-text file and time its extraction alone."""
    document = read_bytes(text.encode(), origin=origin, suffix=".txt").documents[0]
    started = time.perf_counter()
    result = extract(document)
    return LongDocumentFigures(
        characters=len(document.text),
        words=len(document.text.split()),
        seconds=time.perf_counter() - started,
        incidents=len(result.incidents),
    )


# One case told at length in the first person: a migrant's statement to his lawyer, as long as
# the extractor takes. Fictional and repetitive on purpose: every paragraph is the same
# incident, so the builder of one case grows to thousands of paragraphs.
_TESTIMONY_OPENING = "“I, Kanybek, a citizen of the Kyrgyz Republic, state the following.\n\n"
_TESTIMONY_PARAGRAPH = (
    "On 3 March police took me to the station in Kazan. An officer told me I would be deported "
    "unless I signed a contract. My wife and my son are in Osh. I refused, and they kept me "
    "until night. The next day I signed."
)


def long_testimony_measure() -> LongDocumentFigures:
    """One fictional first-person statement of one case, just under the 1,000,000-character
    limit: what asks "who tells this?" and "is this the same case?" of every sentence must
    not look back over the whole case each time (it did: 564 s before 2026-11-29)."""
    header = " date 2024-05-01 Generated long fictional statement\n\n"
    parts = [_TESTIMONY_OPENING]
    size = len(header) + len(_TESTIMONY_OPENING)
    while size + len(_TESTIMONY_PARAGRAPH) + 2 <= MAX_EXTRACT_CHARACTERS - 100:
        parts.append(_TESTIMONY_PARAGRAPH)
        size += len(_TESTIMONY_PARAGRAPH) + 2
    return _long_extraction(header + "\n\n".join(parts), "statement.txt")
