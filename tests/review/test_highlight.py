"""The review page's marked document text: escaped, spans merged, names never cut in half.
The texts and names are fictional."""

from __future__ import annotations

import pytest

from recruitwatch.publish.redaction import redactor_build
from recruitwatch.review.highlight import spans_merge, text_marked

NO_NAMES = redactor_build([])


@pytest.mark.parametrize(
    ("spans", "merged"),
    [
        ([(0, 4)], [(0, 4)]),
        ([(5, 9), (0, 4)], [(0, 4), (5, 9)]),
        ([(0, 4), (2, 8)], [(0, 8)]),  # overlapping
        ([(0, 4), (4, 8)], [(0, 8)]),  # touching
        ([(0, 4), (0, 4)], [(0, 4)]),  # a retelling shares its span
        ([(3, 3), (8, 40)], [(8, 10)]),  # empty dropped, clipped to the text
    ],
)
def test_spans_merge_joins_sorts_and_clips(spans, merged):
    assert spans_merge(spans, length=10) == merged


def test_text_marked_marks_exactly_the_span():
    text = "Fictional: prisoners were told to sign. Nothing else."
    marked = text_marked(text, [(11, 39)], redactor=NO_NAMES)
    assert marked == "Fictional: <mark>prisoners were told to sign.</mark> Nothing else."


def test_text_marked_escapes_the_text_and_adds_only_marks():
    text = 'A <script>alert("x")</script> & <b>bold</b> fictional note'
    marked = text_marked(text, [(2, 29)], redactor=NO_NAMES)
    assert "<script>" not in marked
    assert "<b>" not in marked
    assert marked.startswith("A <mark>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</mark>")
    assert marked.count("<") == marked.count("<mark>") + marked.count("</mark>")


def test_text_marked_redacts_names_and_widens_a_span_cut_through_one():
    redactor = redactor_build([(["Farrukh Tojiev"], "Migrant F.")])
    text = "Police detained Farrukh Tojiev near Tver (fictional)."
    start = text.index("Tojiev")  # the claim's span starts inside the name
    marked = text_marked(text, [(start, len(text))], redactor=redactor)
    assert "Farrukh" not in marked
    assert "Tojiev" not in marked
    assert marked == "Police detained <mark>Migrant F. near Tver (fictional).</mark>"


def test_text_marked_without_spans_is_the_escaped_text():
    assert text_marked("a < b", [], redactor=NO_NAMES) == "a &lt; b"
