"""Ingest services, in-process on the suite's database. Texts are fictional."""

from __future__ import annotations

import pytest

from recruitwatch.ingest.services import paths_expand, paths_ingest
from recruitwatch.records.models import Document
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.django_db


def test_paths_expand_skips_readme_hidden_and_unsupported(tmp_path):
    (tmp_path / "README.md").write_text("# notes about this folder")
    (tmp_path / ".hidden.txt").write_text("fictional")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "01.expected.json").write_text("{}")
    (tmp_path / "result.json").write_text("{}")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "report.txt").write_text("fictional")
    assert [p.name for p in paths_expand([tmp_path])] == ["result.json", "report.txt"]
    # Named explicitly, a README is read like any other file.
    assert [p.name for p in paths_expand([tmp_path / "README.md"])] == ["README.md"]


def test_paths_ingest_examples_stores_text_and_metadata():
    report = paths_ingest(list(paths_expand([EXAMPLES])))
    assert not report.problems
    assert len(report.added) == 10
    seed_format = Document.objects.get(published="2024-01-18")
    assert seed_format.reader == "plaintext"
    assert seed_format.title.startswith("Mother of Uzbek worker")
    assert not seed_format.text.startswith("date")
    russian = Document.objects.filter(language="ru")
    assert russian.count() == 3
    messenger = Document.objects.filter(channel="messenger")
    assert messenger.count() == 3
    assert all(d.origin.startswith("08-messenger-notes.jsonl:") for d in messenger)


def test_paths_ingest_same_bytes_twice_creates_nothing(tmp_path):
    report_path = tmp_path / "a.txt"
    report_path.write_text(" date 2023-03-01 Fictional\n\nA fictional report.\n")
    copy_path = tmp_path / "copy-of-a.txt"
    copy_path.write_bytes(report_path.read_bytes())
    report = paths_ingest([report_path, copy_path])
    assert (len(report.added), len(report.already_present)) == (1, 1)
    assert Document.objects.count() == 1


def test_paths_ingest_channel_option_applies_when_input_is_silent(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text("Fictional testimony taken by phone.")
    paths_ingest([path], channel="testimony")
    assert Document.objects.get().channel == "testimony"
