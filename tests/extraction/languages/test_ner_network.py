"""The one-text NER network gives slovnet's emissions bit for bit. Texts are fictional."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.extraction.languages.russian import models, ner_network, segmented
from tests.extraction.documents import corpus_documents

_WRITTEN = [
    "Ольга Романова рассказала, что Иван Петров (имя изменено) подписал контракт в ИК-6.",
    "Полицейские задержали Farrukh S. у стройки и отвезли в военкомат №3 — 12.05.2023!",
    "Да.",
    "«СИЗО-1» … ПОДПИШИ?! Xx-Yy ёлка-Палка 2011-2020",
]


def _slovnets(words: list[str]):
    infer = models().ner.infer
    (batch,) = infer.encoder([words])
    return batch, infer.model(batch.word_id, batch.shape_id, batch.pad_mask)[0]


def _words(text: str) -> list[str]:
    return [token.text for token in segmented(text).tokens]


def _russian_texts() -> list[str]:
    return [
        document.text
        for document in corpus_documents()
        if (document.language or language_detect(document.text)) == "ru"
    ]


@pytest.mark.parametrize("text", [*_WRITTEN, *_russian_texts()])
def test_emissions_equal_slovnets_bit_for_bit(text):
    words = _words(text)
    _, theirs = _slovnets(words)
    ours = ner_network().emissions(words)
    assert ours.dtype == theirs.dtype
    assert np.array_equal(ours, theirs)


@pytest.mark.parametrize("text", _WRITTEN)
def test_word_and_shape_ids_equal_slovnets(text):
    words = _words(text)
    batch, _ = _slovnets(words)
    word_id, shape_id = ner_network().encode(words)
    assert word_id.tolist() == batch.word_id[0].tolist()
    assert shape_id.tolist() == batch.shape_id[0].tolist()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=30))
def test_any_words_give_slovnets_emissions(words):
    _, theirs = _slovnets(words)
    assert np.array_equal(ner_network().emissions(words), theirs)
