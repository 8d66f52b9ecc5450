"""The fuzzer itself (``python -m fuzz``): it counts outcomes, catches what escapes, and its
samples are valid to begin with. Samples are fictional."""

from __future__ import annotations

import pytest
from fuzz import samples
from fuzz.__main__ import _plan, main
from fuzz.runner import batch_run
from fuzz.targets import ACCEPTED, TARGETS, Target, read_probe, upload_probe


@pytest.mark.parametrize(
    ("seeds", "suffix"),
    [
        (samples.SEED_TEXT, ".txt"),
        (samples.PLAIN_TEXT, ".txt"),
        (samples.MARKDOWN, ".md"),
        (samples.HTML, ".html"),
        (samples.FEEDS, ".rss"),
        (samples.JSON_LINES, ".jsonl"),
        (samples.TELEGRAM, ".json"),
    ],
)
def test_fuzz_samples_read_and_extract(seeds, suffix):
    # Mutations start from valid files: each sample must read and extract unmutated.
    assert all(read_probe(seed, suffix) == ACCEPTED for seed in seeds)


def test_fuzz_plan_shares_the_total_by_weight():
    jobs = _plan(100_000, [t.name for t in TARGETS], base_seed=0)
    assert sum(inputs for _, inputs, _ in jobs) == pytest.approx(100_000, abs=len(TARGETS))
    assert {name for name, _, _ in jobs} == {t.name for t in TARGETS}
    assert len({seed for _, _, seed in jobs}) == len(jobs)


@pytest.mark.parametrize("target", ["blobs", "jsonl", "upload"])
def test_fuzz_batch_counts_every_input_without_unhandled_exceptions(target):
    outcome = batch_run(target, 60, batch_seed=7)
    assert outcome.inputs == 60
    assert outcome.refused + outcome.accepted == 60
    assert outcome.unhandled == 0, outcome.first_failure


def test_fuzz_batch_reports_the_first_unhandled_exception(monkeypatch):
    def broken(data: bytes, parameter: str) -> str:
        if len(data) > 3:
            raise KeyError("fictional bug")
        return upload_probe(data, parameter)

    upload = next(t for t in TARGETS if t.name == "upload")
    monkeypatch.setattr("fuzz.runner.TARGETS", (Target("broken", "x", upload.strategy, broken, 1),))
    outcome = batch_run("broken", 50, batch_seed=1)
    assert outcome.unhandled > 0
    assert "KeyError: 'fictional bug'" in (outcome.first_failure or "")
    assert len(outcome.first_failure_input or b"") > 3


def test_fuzz_main_exits_zero_on_a_clean_run(capsys):
    assert main(["--inputs", "40", "--targets", "blobs,upload", "--workers", "1"]) == 0
    table = capsys.readouterr().out
    assert "unhandled" in table
    assert "upload" in table


def test_fuzz_main_refuses_unknown_targets():
    with pytest.raises(SystemExit):
        main(["--targets", "nonsense"])


def test_issue_fuzz_feed_link_with_unbalanced_bracket_reads_without_url():
    # Found by `make fuzz` (seed 0): urlsplit raised "Invalid IPv6 URL" out of the feed reader.
    from recruitwatch.extraction import read_bytes

    feed = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
        b'<link href="https://exampl[e.org/fictional/2"/><title>Fictional</title>'
        b'<content type="html">&lt;p&gt;A fictional report.&lt;/p&gt;</content></entry></feed>'
    )
    (document,) = read_bytes(feed, origin="f.atom", suffix=".atom").documents
    assert document.url is None
    assert document.text == "A fictional report."
