"""The literal prefilter: a pattern it rules out can never match there. Texts are fictional
or from the fictional test corpus."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recruitwatch.extraction.literals import (
    _EQUIVALENT_CLASSES,
    LiteralFilter,
    pattern_literals,
    pattern_prefixes,
    text_fold,
)
from recruitwatch.extraction.pipeline import analyse, stage_patterns
from tests.extraction.documents import corpus_documents, fictional_document

# Every pattern a stage may skip: the lexicons' and the stage modules' own.
PATTERNS = stage_patterns()


def test_equivalent_classes_are_re_extra_cases():
    """The fold table is Python's own table of case equivalences beyond lower-casing."""
    casefix = pytest.importorskip("re._casefix")
    pairs = {(a, b) for a, others in casefix._EXTRA_CASES.items() for b in others}
    classes = {ch: cls for cls in _EQUIVALENT_CLASSES for ch in cls}
    assert all(classes[chr(a)] == classes[chr(b)] for a, b in pairs)
    assert {ord(ch) for cls in _EQUIVALENT_CLASSES for ch in cls} == {
        c for pair in pairs for c in pair
    }


def test_lower_is_simple_lower_case_but_for_dotted_capital_i():
    """``str.lower`` of one character is the simple lower case ``re`` compares, save ``İ``."""
    sre = pytest.importorskip("_sre")
    differing = [
        code
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code < 0xE000
        and (len(chr(code).lower()) != 1 or ord(chr(code).lower()) != sre.unicode_tolower(code))
    ]
    assert differing == [0x130]


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (re.compile(r"(?<!\w)(?:sign(?:ed)?\s+up|recruit\w*)(?!\w)", re.I), {"sign", "recruit"}),
        (re.compile(r"(?<!\w)(?:deport|expel)\w*", re.I), {"deport", "expel"}),
        # The most selective requirement: the longer of two words that must both occur.
        (re.compile(r"Penal\s+Colony"), {"colony"}),
        (re.compile(r"(?:a|b)?c+dd"), {"dd"}),
        (re.compile(r"\d{1,3}\s+\w+"), None),
        (re.compile(r"(?:sign|)x?"), None),
        (re.compile(r"(?=never)\w+"), None),
        # A string holding another of the set adds nothing: "signed" implies "sign".
        (re.compile(r"signed|sign|recruiters|recruit"), {"sign", "recruit"}),
    ],
)
def test_pattern_literals(pattern, literals):
    assert pattern_literals(pattern) == (frozenset(literals) if literals else None)


@pytest.mark.parametrize(
    ("pattern", "prefixes"),
    [
        (re.compile(r"(?<!\w)(?:sign(?:ed)?\s+up|recruit\w*)(?!\w)", re.I), {"sign", "recruit"}),
        (re.compile(r"W(?:ill|ould)\s+be"), {"will", "would"}),
        (re.compile(r"(?=x)abc"), {"abc"}),
        (re.compile(r"ab(?:c|)d"), {"ab"}),
        (re.compile(r"(?:ab)+c"), {"ab"}),
        # A small class is its characters; \d is the ten ASCII digits (the fold writes
        # other decimal digits as "0").
        (re.compile(r"\d+ men"), set("0123456789")),
        (re.compile(r"[A-C]x", re.I), {"a", "b", "c"}),
        (re.compile(r"[A-Z]x", re.I), None),  # a class of more than ten characters
        (re.compile(r"[^a]x"), None),
        (re.compile(r"\w+ men"), None),
        # An optional head: a match starts with it or with what follows it.
        (re.compile(r"(?:ab)?c"), {"ab", "c"}),
        (re.compile(r"(?:about\s+)?(?:\d+|some)\s+men"), {"about", "some", *"0123456789"}),
        (re.compile(r"(?:ab)?\w"), None),
        # "apr" covers "april".
        (re.compile(r"(?:apr|april|may)\s+1"), {"apr", "may"}),
        (re.compile(r"^\W*instead"), None),
    ],
)
def test_pattern_prefixes(pattern, prefixes):
    assert pattern_prefixes(pattern) == (frozenset(prefixes) if prefixes else None)


def _same(found, expected) -> bool:
    return [(m.span(), m.groups()) for m in found] == [(m.span(), m.groups()) for m in expected]


def test_finditer_tries_only_where_a_match_can_start():
    pattern = re.compile(r"(?<!\w)(?:in|during)\s+(?P<year>20\d\d)(?!\w)", re.I)
    text = "Fictional. In 2022 they came; during 2023 and in 2024 again. Spin 2025."
    found = LiteralFilter(text)
    assert found._starts(pattern, 0, len(text)) is not None  # the prefix path is taken
    assert _same(found.finditer(pattern, text), pattern.finditer(text))
    assert [m.group("year") for m in found.finditer(pattern, text)] == ["2022", "2023", "2024"]
    crowded = "in " * 40 + "in 2020"  # prefixes everywhere: an ordinary search instead
    assert LiteralFilter(crowded)._starts(pattern, 0, len(crowded)) is None
    assert _same(LiteralFilter(crowded).finditer(pattern, crowded), pattern.finditer(crowded))


def test_text_fold_writes_other_decimal_digits_as_zero():
    """``\\d`` matches "٣" and "३": folded to "0", they are found by a search for digits."""
    assert text_fold("IK-٣ and ३ men, 12") == "ik-0 and 0 men, 12"
    pattern = re.compile(r"(?<!\w)\d+\s+men")
    assert [m.group(0) for m in LiteralFilter("IK ३ men").finditer(pattern, "IK ३ men")] == [
        "३ men"
    ]


def test_text_fold_keeps_offsets_and_folds_case_equivalents():
    assert text_fold("Sign ſIGN ᲀойна Σ") == "sign sign война ς"
    assert text_fold("İstanbul") is None  # lower-cases to two characters


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        # Fictional. re.IGNORECASE matches these though their lower cases differ.
        (re.compile(r"sign\w*", re.I), "He was made to ſign."),
        (re.compile(r"вербов\w*", re.I), "Его заᲀербовали."),
        (re.compile(r"ΟΔΟΣ", re.I), "οδος"),
        (re.compile(r"kazakh", re.I), "\u212aazakh workers"),
        (re.compile(r"(?i:istanbul)"), "İstanbul"),
    ],
)
def test_filter_passes_case_equivalents(pattern, text):
    assert pattern.search(text)
    assert LiteralFilter(text).may_match(pattern)


def test_filter_rules_out_text_without_the_literals():
    pattern = re.compile(r"(?<!\w)(?:deport|expel)\w*", re.I)
    text = "Fictional: they were told to sign. Then DEPORTATION was threatened."
    found = LiteralFilter(text)
    assert not found.may_match(pattern, 0, 34)
    assert found.may_match(pattern, 35, len(text))


@pytest.fixture(scope="module")
def corpus():
    """The fictional corpus's documents, each with its sentences as the pipeline cuts them."""
    documents = corpus_documents()
    return [(document, analyse(document).sentences) for document in documents]


def test_filter_never_rules_out_a_match_in_the_corpus(corpus):
    """Every pattern, on every corpus document and each of its sentences (as the stages run
    them): where it matches, the filter lets it run."""
    checked = 0
    for document, sentences in corpus:
        text = document.text
        found = LiteralFilter(text)
        for pattern in PATTERNS:
            if pattern.search(text):
                assert found.may_match(pattern), pattern.pattern
                checked += 1
        for sentence in sentences:
            for pattern in PATTERNS:
                if pattern.search(sentence.text):
                    assert found.may_match(pattern, sentence.start, sentence.end), pattern.pattern
                    checked += 1
    assert checked > 1000


def test_finditer_finds_what_finditer_finds_in_the_corpus(corpus):
    for document, sentences in corpus:
        text = document.text
        found = LiteralFilter(text)
        for pattern in PATTERNS:
            assert _same(found.finditer(pattern, text), pattern.finditer(text)), pattern.pattern
        for sentence in sentences[:40]:
            for pattern in PATTERNS:
                assert _same(
                    found.finditer(pattern, sentence.text, sentence.start),
                    pattern.finditer(sentence.text),
                ), pattern.pattern


def _words() -> list[str]:
    words = {w for p in PATTERNS for w in pattern_literals(p) or ()}
    return sorted(words | {w.upper() for w in words} | {w.capitalize() for w in words})


_PIECES = st.one_of(
    st.sampled_from(_words()),
    st.sampled_from(["İ", "ſ", "K", "Σ", "ᲀ", "ς", " ", "  ", "\n", ", ", ". ", "-", "«", "»"]),
    st.sampled_from(["12", "2023", "No. 6", "IK-3", "ИК-2", "of", "the", "to", "не", "на"]),
    st.sampled_from(["٣", "३", "٢٠٢٣", "about", "около", "dozens"]),
    st.text(max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30))
@example(["Signed", " ", "contracts"])
@example(["не", " ", "заставлял"])
def test_filter_never_rules_out_a_match(pieces):
    text = "".join(pieces)
    found = LiteralFilter(text)
    for pattern in PATTERNS:
        if pattern.search(text):
            assert found.may_match(pattern), pattern.pattern
        assert _same(found.finditer(pattern, text), pattern.finditer(text)), pattern.pattern


def _sentence_matches_expected(analysis, pattern):
    return [
        (index, m.span(), m.groups())
        for index, sentence in enumerate(analysis.sentences)
        for m in pattern.finditer(sentence.text)
    ]


def _sentence_matches_found(analysis, pattern):
    return [(index, m.span(), m.groups()) for index, m in analysis.sentence_matches(pattern)]


def test_sentence_matches_are_each_sentences_finditer_in_the_corpus(corpus):
    """Analysis.sentence_matches tries a pattern where the whole text says a match could
    start: it finds exactly what a search of each sentence finds."""
    for document, _ in corpus:
        analysis = analyse(document)
        for pattern in PATTERNS:
            expected = _sentence_matches_expected(analysis, pattern)
            assert _sentence_matches_found(analysis, pattern) == expected, pattern.pattern


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=40))
@example(["Signed", ". ", "Instead", " ", "contracts"])
def test_sentence_matches_are_each_sentences_finditer(pieces):
    analysis = analyse(fictional_document("".join(pieces), language="en"))
    for pattern in PATTERNS:
        expected = _sentence_matches_expected(analysis, pattern)
        assert _sentence_matches_found(analysis, pattern) == expected, pattern.pattern


def test_a_pattern_no_stage_registered_is_scanned_for_after_its_first_use():
    """Fictional text. A new pattern is added to the automaton on first use; the filter's
    answers are those of a search."""
    pattern = re.compile(r"(?<!\w)(?:zebra|okapi)\s+\d+", re.I)
    text = "Fictional: Zebra 12 and okapi 7, zebras none."
    found = LiteralFilter(text)
    assert _same(found.finditer(pattern, text), pattern.finditer(text))
    assert [m.group(0) for m in found.finditer(pattern, text)] == ["Zebra 12", "okapi 7"]
    assert found.starts(pattern) == [11, 24, 33]
    assert not found.may_match(pattern, 0, 11)
