"""Copy detection throughput (issue 7: at least 2,000 article signatures a second on one core).

Articles come from tests/corpus/linking/make_copies.py (fictional: originals, reprints and
near misses, ≈ 170 words each); the same articles four to a document (≈ 680 words, nearer a
real news article) show how the cost grows with length, and the target counts for them too.
One process, one core, one timed pass after a warm-up: on a shared machine, compare figures
taken in one run (docs/copies.md). Also: the CopyIndex as ingestion uses it (query, then add).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table
from tests.corpus.linking.make_copies import generate

from recruitwatch.resolution.copies import NUM_PERM, SHINGLE_WORDS, CopyIndex, copy_signature

ARTICLES = 2_400


@dataclass
class CopyFigures:
    name: str
    documents: int
    words: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds


def _signatures(name: str, texts: list[str]) -> CopyFigures:
    copy_signature(texts[0])  # warm up before timing
    started = time.perf_counter()
    for text in texts:
        copy_signature(text)
    seconds = time.perf_counter() - started
    return CopyFigures(name, len(texts), sum(len(t.split()) for t in texts), seconds)


def _index(texts: list[str]) -> CopyFigures:
    signatures = [copy_signature(text) for text in texts]
    index: CopyIndex[int] = CopyIndex()
    started = time.perf_counter()
    for key, signature in enumerate(signatures):
        index.query(signature)
        index.add(key, signature)
    seconds = time.perf_counter() - started
    return CopyFigures(
        "index: query + add", len(texts), sum(len(t.split()) for t in texts), seconds
    )


def copies_measure(articles: int = ARTICLES) -> list[CopyFigures]:
    records = generate(originals=articles // 2 + 200, seed=5)
    texts = [str(r["text"]) for r in records][:articles]
    if len(texts) < articles:
        raise RuntimeError(f"generator made {len(texts)} articles, {articles} wanted")
    long = ["\n\n".join(texts[(4 * i + j) % len(texts)] for j in range(4)) for i in range(articles)]
    return [
        _signatures("signatures: generated articles", texts),
        _signatures("signatures: four articles a document", long),
        _index(texts),
    ]


def copies_print(console: Console) -> None:
    """The table `make bench` shows (benchmarks/__main__.py calls this)."""
    table = Table("copy detection", "documents", "words/doc", "seconds", "documents/s")
    for figures in copies_measure():
        table.add_row(
            figures.name,
            str(figures.documents),
            f"{figures.words / figures.documents:,.0f}",
            f"{figures.seconds:.2f}",
            f"{figures.per_second:,.0f}",
        )
    console.print(table)
    console.print(
        f"copies: {SHINGLE_WORDS}-word shingles, {NUM_PERM} permutations; "
        "target ≥ 2,000 documents/s on one core, at both lengths"
    )


if __name__ == "__main__":
    copies_print(Console())
