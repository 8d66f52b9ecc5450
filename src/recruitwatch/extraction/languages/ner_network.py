"""natasha's Russian news NER network, evaluated for one text at a time.

slovnet's NumPy model is written for batches of texts, and three of its steps cost more than
the arithmetic they feed:

- each convolution builds its window matrix by copying through a strided view that reads
  across the whole input for every window (a third of the network's time);
- the quantised Navec embedding gathers codes with two-dimensional fancy indexing;
- every token is encoded again (its shape by a regular expression, its id by a dictionary
  lookup), though a report repeats most of its words.

Here the windows come from three shifted slices of the padded input, the codes from one
``take`` on a flat table, and the encoding is cached per word. The arithmetic is slovnet's
own: each layer multiplies the same window matrix by the same weight matrix in the same BLAS
call, and the element-wise steps (bias, ReLU, batch norm, projection) are the same operations
in the same order, so the emissions are bit for bit those of ``NER.__call__``
(tests/extraction/languages/test_ner_network.py compares them with ``np.array_equal``). The
network's weights, vocabularies and CRF are natasha's; nothing is retrained or approximated.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from recruitwatch.extraction.languages.crf_decode import best_tags


@dataclass(frozen=True)
class _Layer:
    #: The convolution as slovnet multiplies it: (inputs × kernel) × filters.
    weight: Any
    bias: Any
    padding: int
    kernel: int
    mean: Any
    std: Any
    scale: Any
    shift: Any


@dataclass(frozen=True, eq=False)  # hashed by identity: the word cache is keyed on it
class NerNetwork:
    """The weights of natasha's ``NewsNERTagger``, laid out for one text at a time."""

    word_ids: Any  # token → word id, natasha's vocabulary
    shape_ids: Any  # word shape → shape id
    word_shape: Any  # slovnet's word_shape function
    unknown_word: int
    unknown_shape: int
    #: Navec's quantised embedding as a flat table: row ``q * centroids + code`` holds the
    #: ``q``-th chunk of a word whose ``q``-th code is ``code``.
    codes: Any
    code_offsets: Any
    code_indexes: Any
    chunk_width: int
    shape_vectors: Any
    layers: tuple[_Layer, ...]
    projection: Any
    projection_bias: Any
    #: The CRF's transition scores (from → to) and the tag name of each tag id.
    transitions: Any
    tag_names: tuple[str, ...]

    @classmethod
    def of(cls, tagger: Any) -> NerNetwork:
        from slovnet.shape import word_shape

        model = tagger.infer.model
        encoder = tagger.infer.encoder
        navec = model.emb.word
        dims, centroids, chunk = navec.codes.array.shape
        layers = []
        for layer in model.encoder.layers:
            filters, inputs, kernel = layer.conv.weight.shape
            layers.append(
                _Layer(
                    weight=layer.conv.weight.array.reshape(filters, inputs * kernel).T,
                    bias=layer.conv.bias.array,
                    padding=layer.conv.padding,
                    kernel=kernel,
                    mean=layer.norm.mean.array,
                    std=layer.norm.std.array,
                    scale=layer.norm.weight.array,
                    shift=layer.norm.bias.array,
                )
            )
        return cls(
            word_ids=encoder.words_vocab.item_ids,
            shape_ids=encoder.shapes_vocab.item_ids,
            word_shape=word_shape,
            unknown_word=encoder.words_vocab.unk_id,
            unknown_shape=encoder.shapes_vocab.unk_id,
            codes=navec.codes.array.reshape(dims * centroids, chunk),
            code_offsets=np.arange(dims) * centroids,
            code_indexes=navec.indexes.array,
            chunk_width=dims * chunk,
            shape_vectors=model.emb.shape.weight.array,
            layers=tuple(layers),
            projection=model.head.proj.weight.array,
            projection_bias=model.head.proj.bias.array,
            transitions=model.head.crf.transitions.array,
            tag_names=tuple(tagger.infer.decoder.tags_vocab.items),
        )

    def encode(self, words: Sequence[str]) -> tuple[Any, Any]:
        """Word and shape ids, as slovnet's ``WordShapeEncoder.item`` gives them."""
        encoded = [self._encode_word(word) for word in words]
        return (
            np.array([word for word, _ in encoded], dtype=np.int64),
            np.array([shape for _, shape in encoded], dtype=np.int64),
        )

    @functools.lru_cache(maxsize=65536)  # noqa: B019 — one network per process, kept for good
    def _encode_word(self, word: str) -> tuple[int, int]:
        return (
            self.word_ids.get(word.lower(), self.unknown_word),
            self.shape_ids.get(self.word_shape(word), self.unknown_shape),
        )

    def tags(self, words: Sequence[str]) -> list[str]:
        """The BIO tag of each word ("B-PER", "O", …), the whole text as one sequence."""
        emissions = self.emissions(words)
        mask = np.ones(len(emissions), dtype=bool)  # one text is never padded
        return [self.tag_names[i] for i in best_tags(emissions, self.transitions, mask)]

    def emissions(self, words: Sequence[str]) -> Any:
        """Tokens × tags scores for the CRF, from the text's tokens in order."""
        word_id, shape_id = self.encode(words)
        count = len(word_id)
        codes = self.codes.take(self.code_indexes[word_id] + self.code_offsets, axis=0)
        x = np.concatenate(
            (codes.reshape(count, self.chunk_width), self.shape_vectors[shape_id]), axis=1
        )
        for layer in self.layers:
            padded = np.zeros((count + 2 * layer.padding, x.shape[1]), dtype=x.dtype)
            padded[layer.padding : layer.padding + count] = x
            # Row w is inputs × kernel, kernel fastest: slovnet's window matrix exactly.
            windows = np.stack([padded[k : k + count] for k in range(layer.kernel)], axis=-1)
            y = np.matmul(windows.reshape(count, -1), layer.weight) + layer.bias
            y = y.clip(0)
            x = (y - layer.mean) / layer.std * layer.scale + layer.shift
        return np.matmul(x, self.projection) + self.projection_bias
