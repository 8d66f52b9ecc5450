"""Paragraphs and sentences, and the web page's furniture left out of them. All texts
fictional."""

from __future__ import annotations

import pytest

from recruitwatch.extraction import extract
from recruitwatch.extraction.pipeline import analyse
from recruitwatch.extraction.stages.segment import page_furniture
from tests.extraction.documents import fictional_document


@pytest.mark.parametrize(
    "line",
    [
        "[Photo caption: Migrant workers wait outside a police station. Photo: Vostok-Foto]",
        "Photograph: Kestrel Images",
        "Read more: Deported, banned, in debt: what happens to migrants expelled from Russia",
        "READ ALSO: Colony guards accused of beating prisoners",
        "By Firuza Nazarova and Bakhtiyor Sharipov, Radio Kuhsor Tajik Service",
        "Share | Print | Listen to this article · 8 min",
        "Home › Our cases › Prisoners › Sherzod Ergashev",
        "Subscribe to our weekly briefing on the war and its consequences.",
        "Support independent journalism: make a donation today.",
        "[Фото: Забор исправительной колонии. Фото: Илья Сомов / «Отбой»]",
        "Читайте также: «Подписывай, или поедешь на север»",
        "Автор: Дарья Ключникова",
        "Текст: Кирилл Ветров, Алина Сафина",
        "Поделиться · Telegram · VK · Скопировать ссылку",
        "Подписывайтесь на «ТЛТ-Экспресс» в Telegram, чтобы первыми узнавать новости.",
        "Read next: “They kept my passport at the enlistment office”: a builder’s story",
        "Tags: Mordovia · prisons · IK-17 · recruitment · punishment cells",
        "Теги: мигранты, военкомат, рейды",
        "Реклама",
        "ADVERTISEMENT",
        # A header line longer than a line of labels, with a standfirst in it.
        "Meridian Review · Long reads. The second visit: how recruiters returned to a penal "
        "colony after the volunteers ran out, and what happened to the men who said no. Text: "
        "Nadezhda Voronina. 27 April 2023 · 14 min read",
        "Вестник Кубани. Как вербовщики вернулись в колонию после того, как добровольцы "
        "закончились, и что стало с теми, кто отказался. Текст: Ольга Белова. 12 мая 2024 · 5 "
        "минут чтения",
        # in capitals: the quick test for its words folds case as the pattern does
        "6 MIN READ",
        "ВРЕМЯ ЧТЕНИЯ: 7 МИН.",
    ],
)
def test_page_furniture_is_recognised(line):
    assert page_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "By April he was at the front.",
        "Bakyt Osmonov was arrested in January. By April he was at the front.",
        "14:15 | Tyumen Sibir Mehnat has posted a video from a man who says he was beaten.",
        "Etap | 24 February, 21:40",
        "Police took the workers to the enlistment office, photos seen by the Courier show.",
        "По словам Ильхома, их отвезли в военкомат.",
        "«Зона 59», 21 января, 19:40",
        "Tagir Safin was taken to the enlistment office on Monday.",
        "Рекламщик Тимур подписал контракт в военкомате.",
        "He read the contract for 10 minutes and signed it after a 14 min read.",
    ],
)
def test_the_articles_own_lines_are_no_furniture(line):
    assert not page_furniture(line)


def test_furniture_lines_are_left_out_of_the_sentences():
    text = (
        "Police raided a warehouse in Balashikha and took 17 Tajik workers to the enlistment "
        "office, where they were told to sign or be deported.\n\n"
        "[Photo caption: Migrant workers wait outside a police station. Photo: Vostok-Foto]\n\n"
        "Read more: Deported, banned, in debt: what happens to migrants expelled from Russia"
    )
    analysis = analyse(fictional_document(text, language="en"))
    assert [s.paragraph for s in analysis.sentences] == [0]


def test_the_headlines_listed_under_a_related_links_heading_are_furniture():
    """Fictional: the linked headlines, one a line under «Материалы по теме:», tell other
    stories; a list of the article's own points under an ordinary line stays."""
    text = (
        "В вымышленной ИК-35 осуждённых собрали в клубе и заставили подписать контракты.\n\n"
        "Материалы по теме:\n"
        "• В Соликамске осуждённого после отказа от контракта перевели в ЕПКТ\n"
        "• Как получить сведения о родственнике, подписавшем контракт\n\n"
        "Что известно:\n"
        "• 40 осуждённых собрали в клубе"
    )
    sentences = analyse(fictional_document(text, language="ru")).sentences
    assert [s.text[:6] for s in sentences] == ["В вымы", "Что из", "• 40 о"]


def test_an_appeal_to_subscribe_after_the_last_line_is_no_sentence():
    """Fictional translated piece: the permission line, then the appeal in the same line."""
    text = (
        "Вымышленного Нурбека задержали на рынке и отвезли в отдел полиции.\n\n"
        "Перевод публикуется с разрешения редакции. Подписывайтесь на рассылку «Перевала»: "
        "лучшие материалы раз в неделю."
    )
    sentences = analyse(fictional_document(text, language="ru")).sentences
    assert [s.text[:10] for s in sentences] == ["Вымышленно", "Перевод пу"]


def test_a_caption_adds_nothing_to_the_incident_beside_it():
    text = (
        "Police raided a warehouse in Balashikha and took 17 Tajik workers to the enlistment "
        "office, where they were told to sign or be deported.\n\n"
        "[Photo caption: A recruitment advertisement in Moscow, October 2024. Photo: Vostok]"
    )
    (incident,) = extract(fictional_document(text, language="en")).incidents
    assert [e.text[:6] for e in incident.evidence] == ["Police"]
    assert all(s.name != "Photo" for s in incident.sources)


def test_direct_speech_broken_by_the_tellers_words_is_one_sentence():
    """Fictional: «…по одному, — пишет Денис. — Мне сказал: …» is one quotation; a sentence
    that ends with a full stop and no dash after it still ends there."""
    text = (
        "«На прошлой неделе начальник отряда вызывал нас по одному, — пишет вымышленный Денис. "
        "— Мне сказал: не подпишешь — поедешь в ШИЗО». Мать плачет. Отец молчит."
    )
    sentences = analyse(fictional_document(text, language="ru")).sentences
    assert [s.text[:12] for s in sentences] == ["«На прошлой ", "Мать плачет.", "Отец молчит."]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_page_with_no_line_breaks_is_read_in_paragraphs_of_thirty_sentences(language):
    """A page that comes as one line (markup stripped) is not one paragraph of thousands of
    sentences, which every rule reading an incident's paragraph would read whole."""
    sentence = (
        "The warehouse in Balashikha was quiet that day. "
        if language == "en"
        else "На складе в Балашихе в тот день было тихо. "
    )
    analysis = analyse(fictional_document(sentence * 70, language=language))
    numbers = [s.paragraph for s in analysis.sentences]
    assert numbers == [0] * 30 + [1] * 30 + [2] * 10
