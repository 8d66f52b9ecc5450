"""`make bench`: throughput of reading, of extraction (English and Russian, and its cost
relative to tokenisation alone), and of ingesting (read + extract + encrypt + store) into a
fresh SQLite data directory; then place resolution, copy signatures, corroboration, people
linking, and the server time of the busiest web pages with 100,000 incidents.

One run over generated fictional reports (half English, half Russian); figures are printed
as tables. Run on the machine you care about: the README quotes the reference machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from benchmarks.copies import copies_print
from benchmarks.corpus import generated_report
from benchmarks.corroboration import corroboration_bench
from benchmarks.extraction import (
    extraction_measure,
    language_pipeline_measure,
    long_document_measure,
    long_testimony_measure,
    written_measure,
)
from benchmarks.linking_people import main as linking_people_main
from benchmarks.resolution_places import places_resolution_print

DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", "2000"))


def _write_corpus(folder: Path) -> tuple[list[Path], int]:
    paths, words = [], 0
    for index in range(DOCUMENTS):
        text = generated_report(index, russian=index % 2 == 1)
        path = folder / f"{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        words += len(text.split())
    return paths, words


def main() -> int:
    console = Console()
    workdir = Path(tempfile.mkdtemp(prefix="recruitwatch-bench-"))
    os.environ["RECRUITWATCH_DATA_DIR"] = str(workdir / "data")
    os.environ.pop("RECRUITWATCH_DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "recruitwatch.web.settings"
    corpus = workdir / "corpus"
    corpus.mkdir()
    paths, words = _write_corpus(corpus)

    from recruitwatch.extraction import read_path

    started = time.perf_counter()
    for path in paths:
        read_path(path)
    read_seconds = time.perf_counter() - started

    import django
    from django.core.management import call_command

    django.setup()
    call_command("init", "--no-input", stdout=open(os.devnull, "w"))  # noqa: SIM115
    from recruitwatch.ingest.services import paths_ingest

    started = time.perf_counter()
    report = paths_ingest(paths)
    ingest_seconds = time.perf_counter() - started
    if len(report.added) != DOCUMENTS:
        console.print(f"[red]ingest failed[/red]: {report.problems[:3]}")
        return 1

    table = Table("benchmark", "documents", "seconds", "documents/s", "words/s")
    for name, seconds in (
        ("read (readers only)", read_seconds),
        ("ingest (read + extract + encrypt + store, SQLite)", ingest_seconds),
    ):
        table.add_row(
            name,
            str(DOCUMENTS),
            f"{seconds:.2f}",
            f"{DOCUMENTS / seconds:,.0f}",
            f"{words / seconds:,.0f}",
        )
    console.print(table)
    console.print(f"corpus: {DOCUMENTS} generated fictional reports, {words:,} words")

    extraction = Table(
        "extraction", "documents", "seconds", "documents/s", "words/s", "× tokenisation"
    )
    measured = [
        (language, extraction_measure(DOCUMENTS // 2, russian=language == "ru"))
        for language in ("en", "ru")
    ]
    measured.append(("en, tests/corpus + examples", written_measure()))
    measured += [
        (
            f"{language}, language pipeline only",
            language_pipeline_measure(DOCUMENTS // 2, russian=language == "ru"),
        )
        for language in ("en", "ru")
    ]
    for name, figures in measured:
        extraction.add_row(
            name,
            str(figures.documents),
            f"{figures.seconds:.2f}",
            f"{figures.documents_per_second:,.1f}",
            f"{figures.words_per_second:,.0f}",
            f"{figures.ratio_to_tokenisation:,.1f}×",
        )
    console.print(extraction)
    console.print(
        f"extraction: {DOCUMENTS} generated documents in all, then the hand-written English"
        " fictional reports 20 times over, then the language pipeline alone (spaCy's"
        " tokenizer, sentencizer and entity ruler; natasha's segmentation and NER) on the"
        " generated ones: the least the extraction could cost; one process, one core; each"
        " block of 50 documents extracted, then tokenised"
    )
    for label, measure in (
        ("one long English document", lambda: long_document_measure(one_line=False)),
        ("the same on one line", lambda: long_document_measure(one_line=True)),
        ("one long first-person statement of one case", long_testimony_measure),
    ):
        long = measure()
        console.print(
            f"{label}: {long.characters:,} characters, {long.words:,} words, "
            f"{long.seconds:.1f} s ({long.words / long.seconds:,.0f} words/s), "
            f"{long.incidents:,} incidents"
        )
    places_resolution_print(console)
    copies_print(console)
    corroboration_bench(console, documents=200)
    linking_people_main()
    shutil.rmtree(workdir, ignore_errors=True)
    # The web pages with 100,000 incidents, in a process of their own: Django is set up
    # here for this run's data directory, and that benchmark builds its own.
    console.print("web pages with many incidents (benchmarks/web_pages.py; BENCH_INCIDENTS):")
    pages = subprocess.run([sys.executable, "-m", "benchmarks.web_pages"], check=False)
    return pages.returncode


if __name__ == "__main__":
    sys.exit(main())
