"""Splitting a pattern into its alternatives: a text matches the whole exactly when it
matches one of the parts. Texts are fictional."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recruitwatch.extraction.languages import english, russian
from recruitwatch.extraction.languages.lexicon import alternatives


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        ("a|b", ["a", "b"]),
        # one whole non-capturing group is split in turn, at any depth
        ("(?:a|b)|c", ["a", "b", "c"]),
        ("(?:f|(?:g|h))", ["f", "g", "h"]),
        # not whole: two groups in sequence, a repeated group, a prefix before a group
        ("(?:c)(?:d|e)", ["(?:c)(?:d|e)"]),
        ("(?:x|y)?", ["(?:x|y)?"]),
        (r"\((?:k|l)", [r"\((?:k|l)"]),
        # a bar inside a class or escaped is no alternative
        (r"[|(]|\|", ["[|(]", r"\|"]),
        ("[]|]x|y", ["[]|]x", "y"]),
        # a capturing group or a look-around is not split
        ("(a|b)|(?!c|d)e", ["(a|b)", "(?!c|d)e"]),
    ],
)
def test_alternatives_split(pattern, parts):
    assert [p.pattern for p in alternatives(re.compile(pattern))] == parts


def test_alternatives_keep_the_flags():
    parts = alternatives(re.compile("(?:Sign|Recruit)", re.IGNORECASE))
    assert all(p.flags & re.IGNORECASE for p in parts)
    assert parts[1].search("RECRUITED")


_ADVICE = [english.LEXICON.advice, russian.LEXICON.advice]
_SENTENCES = [
    "If you are stopped by the police, do not sign anything.",
    "Under Russian law, taking part in a conflict abroad is a criminal offence.",
    "In most cases the men were released after a day.",  # (fictional)
    "Если мигранта задержали, не подписывайте ничего без адвоката.",
    "В большинстве таких случаев задержанных отпускали.",
    "He signed the contract on 3 March.",
]


@pytest.mark.parametrize("pattern", _ADVICE)
@given(text=st.one_of(st.sampled_from(_SENTENCES), st.text(max_size=80)))
def test_a_text_matches_the_whole_exactly_when_it_matches_a_part(pattern, text):
    parts = alternatives(pattern)
    assert len(parts) > 20
    assert bool(pattern.search(text)) == any(p.search(text) for p in parts)
