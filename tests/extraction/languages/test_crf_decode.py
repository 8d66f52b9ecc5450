"""The batch-of-one Viterbi decode gives slovnet's own tags, padding included."""

from __future__ import annotations

import numpy as np
import pytest

from recruitwatch.extraction.languages.crf_decode import best_tags
from recruitwatch.extraction.languages.russian import models


@pytest.fixture(scope="module")
def crf():
    return models().ner.infer.model.head.crf


@pytest.mark.parametrize("length", [1, 2, 3, 17, 400])
@pytest.mark.parametrize("seed", range(5))
def test_tags_equal_slovnets_decode(crf, length, seed):
    rng = np.random.default_rng(seed)
    tags_count = crf.transitions.array.shape[0]
    emissions = (rng.normal(size=(1, length, tags_count)) * 4).astype(np.float32)
    mask = np.ones((1, length), dtype=bool)
    (theirs,) = crf.decode(emissions, mask)
    assert best_tags(emissions[0], crf.transitions.array, mask[0]) == theirs.tolist()


def test_padding_at_the_end_is_decoded_as_slovnet_does(crf):
    rng = np.random.default_rng(7)
    tags_count = crf.transitions.array.shape[0]
    emissions = rng.normal(size=(1, 30, tags_count)).astype(np.float32)
    mask = np.ones((1, 30), dtype=bool)
    mask[0, 22:] = False
    (theirs,) = crf.decode(emissions, mask)
    ours = best_tags(emissions[0], crf.transitions.array, mask[0])
    assert len(ours) == 22
    assert ours == theirs.tolist()


def test_equal_scores_choose_the_first_tag_as_slovnet_does(crf):
    tags_count = crf.transitions.array.shape[0]
    emissions = np.zeros((1, 6, tags_count), dtype=np.float32)
    flat = np.zeros_like(crf.transitions.array)
    mask = np.ones((1, 6), dtype=bool)
    crf_transitions = crf.transitions.array
    try:
        crf.transitions.array = flat
        (theirs,) = crf.decode(emissions, mask)
    finally:
        crf.transitions.array = crf_transitions
    assert best_tags(emissions[0], flat, mask[0]) == theirs.tolist() == [0] * 6


def test_an_empty_sequence_has_no_tags(crf):
    tags_count = crf.transitions.array.shape[0]
    empty = np.zeros((0, tags_count), dtype=np.float32)
    assert best_tags(empty, crf.transitions.array, np.zeros(0, dtype=bool)) == []
