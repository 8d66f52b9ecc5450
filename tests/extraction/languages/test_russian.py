"""Russian segmentation and NER over the segmenter's own tokens find what natasha's
``Doc.segment`` and ``Doc.tag_ner`` find. Texts are fictional."""

import pytest

from recruitwatch.extraction.languages.detect import language_detect
from recruitwatch.extraction.languages.russian import models, natasha_doc, segmented, tag_ner
from tests.extraction.documents import corpus_documents

_WRITTEN = [
    "Ольга Романова рассказала, что Иван Петров (имя изменено) подписал контракт в ИК-6.",
    "Полицейские задержали Farrukh S. у стройки и отвезли в военкомат.",
    "По словам матери, Бахтиёра Н. заставили подписать контракт.\n\nАдвокат Мария Смирнова "
    "считает, что давление продолжится.",
    "   ",
    "«Подпиши, или поедешь домой», — вспоминает Тимур.",
]


def _russian_texts() -> list[str]:
    return [
        document.text
        for document in corpus_documents()
        if (document.language or language_detect(document.text)) == "ru"
    ]


def _natashas_own(text):
    from natasha import Doc

    doc = Doc(text)
    doc.segment(models().segmenter)
    return doc


def _spans(doc):
    return [(span.start, span.stop, span.type, span.text) for span in doc.spans]


@pytest.mark.parametrize("text", [*_WRITTEN, *_russian_texts()])
def test_tagging_the_segmenters_tokens_equals_natashas_own_tagging(text):
    ours = natasha_doc(text)
    theirs = _natashas_own(text)
    theirs.tag_ner(models().ner)
    assert _spans(ours) == _spans(theirs)
    assert [[t.text for t in span.tokens] for span in ours.spans] == [
        [t.text for t in span.tokens] for span in theirs.spans
    ]


@pytest.mark.parametrize("text", [*_WRITTEN, "", "Одно.", *_russian_texts()])
def test_segmenting_equals_natashas_own_segmenting(text):
    ours, theirs = segmented(text), _natashas_own(text)
    assert ours == theirs  # natasha's records compare every field, tokens of sentences included
    assert [[t.text for t in sent.tokens] for sent in ours.sents] == [
        [t.text for t in sent.tokens] for sent in theirs.sents
    ]


def test_corpus_has_russian_texts_to_compare():
    assert len(_russian_texts()) >= 4


def test_a_text_without_tokens_has_no_spans():
    doc = natasha_doc("", with_ner=False)
    tag_ner(doc)
    assert doc.spans == []


def test_people_are_found():
    doc = natasha_doc(_WRITTEN[0])
    assert [span.text for span in doc.spans if span.type == "PER"] == [
        "Ольга Романова",
        "Иван Петров",
    ]
