"""Running a target for a number of inputs with hypothesis, counting outcomes.

Hypothesis generates; the probe runs inside a ``@given`` test that never fails: outcomes are
counted, and the first unhandled exception is kept with its input. Runs are split into
batches, each with its own seed, so a long run keeps hypothesis's bookkeeping small and a
batch can be repeated exactly from its seed.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field

from hypothesis import HealthCheck, Phase, given, seed, settings

from fuzz.targets import ACCEPTED, TARGETS, Target

BATCH_INPUTS = 2000


@dataclass
class Outcome:
    target: str
    inputs: int = 0
    refused: int = 0
    accepted: int = 0
    unhandled: int = 0
    seconds: float = 0.0
    slowest_seconds: float = 0.0
    first_failure: str | None = None  # repr of the input, then the traceback
    first_failure_input: bytes | None = field(default=None, repr=False)

    def merge(self, other: Outcome) -> None:
        self.inputs += other.inputs
        self.refused += other.refused
        self.accepted += other.accepted
        self.unhandled += other.unhandled
        self.seconds += other.seconds
        self.slowest_seconds = max(self.slowest_seconds, other.slowest_seconds)
        if self.first_failure is None and other.first_failure is not None:
            self.first_failure = other.first_failure
            self.first_failure_input = other.first_failure_input


def target_get(name: str) -> Target:
    for target in TARGETS:
        if target.name == name:
            return target
    raise KeyError(name)


def batch_run(target_name: str, inputs: int, batch_seed: int) -> Outcome:
    """Run ``inputs`` generated inputs against one target (repeatable from ``batch_seed``)."""
    target = target_get(target_name)
    outcome = Outcome(target=target.name)

    def probe(case: tuple[bytes, str]) -> None:
        data, parameter = case
        started = time.perf_counter()
        try:
            result = target.probe(data, parameter)
        except Exception as exc:
            outcome.unhandled += 1
            if outcome.first_failure is None:
                outcome.first_failure = f"input: {data!r}\nparameter: {parameter!r}\n" + "".join(
                    traceback.format_exception(exc)
                )
                outcome.first_failure_input = data
        else:
            if result == ACCEPTED:
                outcome.accepted += 1
            else:
                outcome.refused += 1
        finally:
            elapsed = time.perf_counter() - started
            outcome.inputs += 1
            outcome.seconds += elapsed
            outcome.slowest_seconds = max(outcome.slowest_seconds, elapsed)

    attempt = 0
    while outcome.inputs < inputs:
        remaining = inputs - outcome.inputs
        run = settings(
            max_examples=remaining,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )(seed(batch_seed * 1000 + attempt)(given(target.strategy)(probe)))
        run()
        attempt += 1
        if attempt > 50:  # the strategy cannot produce more distinct inputs
            break
    return outcome
