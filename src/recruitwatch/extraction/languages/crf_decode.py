"""The most likely tag sequence under natasha's NER CRF, for one text at a time.

slovnet's ``CRF.decode`` is written for a batch: at every token it reshapes, builds an index
grid with ``np.indices`` and gathers the best scores through it — nine NumPy calls a token on
arrays of 8 × 8 numbers, where the call overhead is the whole cost. In the Russian pipeline
that loop took as long as the neural network before it. This is the same Viterbi recursion
for a batch of one: the scores are added in slovnet's order (previous + transition, then
emission) in the same float32, the best predecessor is ``argmax`` (the first of equal scores,
as there), and masked positions keep their score as ``np.where`` does there, so the tags are
identical (tests/extraction/languages/test_crf_decode.py compares them).
"""

from __future__ import annotations

from typing import Any

import numpy as np


def best_tags(emissions: Any, transitions: Any, mask: Any) -> list[int]:
    """Tag ids for one sequence: ``emissions`` is tokens × tags, ``transitions`` tags × tags
    (from → to) and ``mask`` is true where a token is real, not padding."""
    length = emissions.shape[0]
    if length == 0:
        return []
    # Laid out to → from, so each step is one add into a reused buffer and a row-wise max.
    into = np.ascontiguousarray(transitions.T)
    score = emissions[0].copy()
    candidates = np.empty_like(into)
    history = []
    for index in range(1, length):
        np.add(score, into, out=candidates)  # previous score + transition …
        candidates += emissions[index][:, None]  # … + emission, in slovnet's order
        history.append(candidates.argmax(1))
        if mask[index]:
            candidates.max(1, out=score)
    size = int(mask.sum()) - 1
    best = int(score.argmax())
    tags = [best]
    if size > 0:
        for best_previous in reversed(np.stack(history[:size]).tolist()):
            best = best_previous[best]
            tags.append(best)
    tags.reverse()
    return tags
