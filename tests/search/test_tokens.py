"""The tokenizer and stemmer, and excerpts: no database. Every text here is fictional."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitwatch.protection import keyring_create
from recruitwatch.search.snippets import NAME_MARGIN, excerpt, opening
from recruitwatch.search.tokens import (
    MAX_QUERY_WORDS,
    query_tokens,
    stem,
    text_tokens,
    tokens_serialise,
    words,
)


def _stems(text: str) -> list[str]:
    return [word.stem for word in words(text)]


@pytest.mark.parametrize(
    ("forms", "stemmed"),
    [
        (["колония", "колонии", "колонию", "колоний", "Колонией"], "колон"),
        (["colony", "colonies", "Colony's", "COLONIES"], "coloni"),
        (["заключённых", "заключенных", "ЗАКЛЮЧЁННЫХ"], "заключен"),
        (["коло́ния", "колония"], "колон"),  # a stress accent does not split the word
    ],
)
def test_words_inflected_forms_share_a_stem(forms, stemmed):
    assert {tuple(_stems(form)) for form in forms} == {(stemmed,)}


def test_words_pick_the_stemmer_by_script_and_keep_offsets():
    text = "IK-6: колонии, penal colonies; 2023"
    found = list(words(text))
    assert [w.stem for w in found] == ["ik", "6", "колон", "penal", "coloni", "2023"]
    assert [text[w.start : w.end] for w in found] == [
        "IK",
        "6",
        "колонии",
        "penal",
        "colonies",
        "2023",
    ]


def test_stop_words_are_not_indexed():
    assert _stems("the colony in Vladimir and в колонии") == ["coloni", "vladimir", "колон"]
    assert stem("the") == ""


def test_tokens_are_sixteen_letters_a_to_p_and_hide_the_stem():
    tokens = text_tokens(["Fictional penal colony report"])
    assert len(tokens) == 4
    for token in tokens:
        assert re.fullmatch(r"[a-p]{16}", token)
    assert not any(stemmed in " ".join(tokens) for stemmed in ("coloni", "penal", "report"))


def test_tokens_depend_on_the_blind_index_key(tmp_path: Path):
    other = keyring_create(tmp_path / "other-keyring.json")
    assert text_tokens(["колония"]) != text_tokens(["колония"], keyring=other)
    assert text_tokens(["колония"], keyring=other) == text_tokens(["колонии"], keyring=other)


def test_query_tokens_keep_order_drop_repeats_and_stop_at_the_limit():
    assert query_tokens("colony colonies колония") == [
        *text_tokens(["colony"]),
        *text_tokens(["колония"]),
    ]
    many = " ".join(f"word{n}" for n in range(MAX_QUERY_WORDS + 10))
    assert len(query_tokens(many)) == MAX_QUERY_WORDS


def test_tokens_serialise_sorts_and_deduplicates():
    assert tokens_serialise(["cc", "aa", "cc", "bb"]) == "aa bb cc"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_is_tokenised_and_each_of_its_words_finds_it(text):
    indexed = text_tokens([text])
    for word in words(text):
        searched = query_tokens(text[word.start : word.end])
        assert len(searched) == 1
        assert searched[0] in indexed


def test_excerpt_marks_the_first_inflected_match_and_cuts_at_spaces():
    text = ("Fictional filler words here. " * 10) + "Prisoners of the colonies were told to sign."
    found = excerpt(text, set(query_tokens("colony")))
    assert found is not None
    assert found.match == "colonies"
    assert found.cut_start
    assert not found.cut_end
    assert found.before.endswith("Prisoners of the ")
    assert found.after == " were told to sign."
    assert not found.before.startswith(("ere", "ds", "s "))  # never mid-word
    assert excerpt(text, set(query_tokens("колония"))) is None


class _Masker:
    """Masks one fictional name, as a reader's redactor would."""

    def __init__(self, name: str, label: str) -> None:
        self.name, self.label = name, label

    def spans(self, text):
        return [(m.start(), m.end(), self.label) for m in re.finditer(re.escape(self.name), text)]


def test_excerpt_replaces_names_whole_and_skips_a_match_inside_a_name():
    name = "Ravshan Colonyev"  # fictional
    text = f"{name} was seen. " + "x " * 30 + f"Later {name} was taken to the colony."
    found = excerpt(text, set(query_tokens("colony")), names=_Masker(name, "[Migrant R.]"))
    assert found is not None
    assert found.match == "colony"  # not the "Colonyev" inside the name
    shown = found.before + found.match + found.after
    assert "Ravshan" not in shown
    assert "[Migrant R.]" in shown


def test_excerpt_never_shows_half_a_name_at_its_edge():
    name = "Dilnoza Karimova-Longname"  # fictional
    text = "y " * NAME_MARGIN + f"{name} " + "z" * 40 + " colony " + "w " * 200
    found = excerpt(text, set(query_tokens("colony")), names=_Masker(name, "[Witness D.]"))
    assert found is not None
    shown = found.before + found.match + found.after
    assert "Karimova" not in shown
    assert "noza" not in shown


def test_opening_masks_names_too():
    shown = opening("Dilnoza Karimova says hello.", names=_Masker("Dilnoza Karimova", "[W]"))
    assert shown.before == "[W] says hello."


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(min_size=1, max_size=12))
def test_excerpt_of_any_text_is_a_piece_of_it(text, query):
    tokens = set(query_tokens(query))
    found = excerpt(text, tokens)
    if found is None:
        return
    assert set(query_tokens(found.match)) & tokens
    assert " ".join(found.before.split()) in " ".join(text.split())
