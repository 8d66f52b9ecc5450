"""``python -m fuzz``: run every target, print a summary table, exit 1 on any unhandled exception.

Options (environment variables in brackets):

  --inputs N      total inputs over all targets [FUZZ_INPUTS, default 100000]
  --targets a,b   only these targets (default: all)
  --seed S        base seed; the same seed repeats the same inputs [FUZZ_SEED, default 0]
  --workers W     processes [FUZZ_WORKERS, default: CPU count]
  --atheris NAME  coverage-guided fuzzing of one target with atheris, if installed; further
                  arguments go to libFuzzer (e.g. -runs=100000 -max_len=65536)
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from fuzz import samples
from fuzz.runner import BATCH_INPUTS, Outcome, batch_run, target_get
from fuzz.targets import TARGETS, read_probe

DEFAULT_INPUTS = 100_000
# The first failing input is printed up to this length; the whole of it goes to a file.
FAILURE_PRINT_CHARS = 4000


def _plan(total: int, names: list[str], base_seed: int) -> list[tuple[str, int, int]]:
    """(target, inputs, seed) batches: each target gets its weight's share of ``total``."""
    chosen = [t for t in TARGETS if t.name in names]
    weights = sum(t.weight for t in chosen)
    jobs: list[tuple[str, int, int]] = []
    for number, target in enumerate(chosen):
        share = max(1, round(total * target.weight / weights))
        batch = 0
        while share > 0:
            size = min(BATCH_INPUTS, share)
            jobs.append((target.name, size, base_seed * 1_000_003 + number * 10_007 + batch))
            share -= size
            batch += 1
    return jobs


def _warm() -> None:
    """Load the language models once, before the workers fork, so each shares them."""
    for sample in (samples.SEED_TEXT[0], samples.SEED_TEXT[1]):
        read_probe(sample, ".txt")


def _job(job: tuple[str, int, int]) -> Outcome:
    return batch_run(*job)


def _table(outcomes: dict[str, Outcome], seconds: float) -> Table:
    table = Table(title=f"Fuzzing: {sum(o.inputs for o in outcomes.values()):,} inputs")
    for column in ("target", "what", "inputs", "clean refusals", "successes", "unhandled"):
        table.add_column(column, justify="left" if column in ("target", "what") else "right")
    table.add_column("slowest input", justify="right")
    for target in TARGETS:
        outcome = outcomes.get(target.name)
        if outcome is None:
            continue
        table.add_row(
            target.name,
            target.what,
            f"{outcome.inputs:,}",
            f"{outcome.refused:,}",
            f"{outcome.accepted:,}",
            f"[red]{outcome.unhandled:,}[/red]" if outcome.unhandled else "0",
            f"{outcome.slowest_seconds:.2f} s",
        )
    total = Outcome("total")
    for outcome in outcomes.values():
        total.merge(outcome)
    table.add_row(
        "total",
        f"{seconds:.0f} s wall clock",
        f"{total.inputs:,}",
        f"{total.refused:,}",
        f"{total.accepted:,}",
        str(total.unhandled),
        f"{total.slowest_seconds:.2f} s",
        style="bold",
    )
    return table


def _atheris(name: str, libfuzzer_args: list[str]) -> None:
    import atheris  # optional: `pip install atheris`; never a project dependency

    from fuzz.targets import _SUFFIXES, upload_probe

    target = target_get(name)

    def one_input(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        if target.probe is upload_probe:
            parameter = provider.ConsumeUnicodeNoSurrogates(64)
        else:
            parameter = _SUFFIXES[provider.ConsumeIntInRange(0, len(_SUFFIXES) - 1)]
        target.probe(provider.ConsumeBytes(provider.remaining_bytes()), parameter)

    atheris.instrument_all()
    atheris.Setup([sys.argv[0], *libfuzzer_args], one_input)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--inputs", type=int, default=int(os.environ.get("FUZZ_INPUTS", DEFAULT_INPUTS))
    )
    parser.add_argument("--targets", default=",".join(t.name for t in TARGETS))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", 0)))
    parser.add_argument(
        "--workers", type=int, default=int(os.environ.get("FUZZ_WORKERS", os.cpu_count() or 1))
    )
    parser.add_argument("--atheris", metavar="TARGET")
    args, rest = parser.parse_known_args(argv)
    console = Console(highlight=False)
    if args.atheris:
        _atheris(args.atheris, rest)
        return 0
    if rest:
        parser.error(f"unknown arguments: {' '.join(rest)}")
    names = [name.strip() for name in args.targets.split(",") if name.strip()]
    unknown = sorted(set(names) - {t.name for t in TARGETS})
    if unknown or args.inputs < 1:
        parser.error(
            f"unknown target(s) {', '.join(unknown)}; known: {', '.join(t.name for t in TARGETS)}"
            if unknown
            else "--inputs must be at least 1"
        )
    jobs = _plan(args.inputs, names, args.seed)
    _warm()
    outcomes: dict[str, Outcome] = {}
    started = time.perf_counter()
    context = multiprocessing.get_context("fork")
    with (
        Progress(
            TextColumn("Fuzzing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as progress,
        context.Pool(max(1, args.workers)) as pool,
    ):
        task = progress.add_task("fuzz", total=sum(inputs for _, inputs, _ in jobs))
        for outcome in pool.imap_unordered(_job, jobs):
            outcomes.setdefault(outcome.target, Outcome(outcome.target)).merge(outcome)
            progress.update(task, advance=outcome.inputs)
    console.print(_table(outcomes, time.perf_counter() - started))
    console.print(f"seed {args.seed}, {len(jobs)} batches of up to {BATCH_INPUTS:,} inputs")
    failed = [o for o in outcomes.values() if o.unhandled]
    for outcome in failed:
        folder = Path(tempfile.mkdtemp(prefix=f"fuzz-{outcome.target}-"))
        (folder / "input.bin").write_bytes(outcome.first_failure_input or b"")
        console.print(
            f"[red]{outcome.target}: first unhandled exception[/red] (input saved to "
            f"{folder / 'input.bin'})",
        )
        console.print((outcome.first_failure or "")[:FAILURE_PRINT_CHARS], markup=False)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
