"""Russian: natasha (segmenter, news NER, morphology — its models ship inside the package) and
the cue lexicon. Cues are stems, so one pattern covers the grammatical cases.

natasha 1.6 imports pymorphy2, which does not run on Python 3.11; pymorphy3 is its maintained,
API-compatible continuation, so it is registered under the old name before natasha loads.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass
from typing import Any

from recruitwatch.extraction.languages.lexicon import Lexicon, stems, witness_words, words
from recruitwatch.extraction.languages.ner_network import NerNetwork

# An outlet's name in Russian prose: quoted («Саранский курьер»), optionally after what it is
# (издание, газета, телеканал); which bare names are outlets the lexicon's list says.
_OUTLET_RU = (
    r"(?:(?:издани\w+|газет\w+|телеканал\w*|канал\w*|сайт\w*|портал\w*|агентств\w+|телеграм-канал\w*|"
    r"Telegram-канал\w*|проект\w*)\s+)?(?P<name>«[^«»]{2,60}»|[А-ЯЁA-Z][\w.-]*(?:\s+[А-ЯЁA-Z][\w.-]*){0,2})"
)

MONTHS_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)  # fmt: skip
MONTHS_PREPOSITIONAL = (
    "январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
    "октябре", "ноябре", "декабре",
)  # fmt: skip

NUMBER_WORDS = {
    "один": 1, "одного": 1, "два": 2, "двух": 2, "две": 2, "три": 3, "трёх": 3, "трех": 3,
    "четыре": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "десяти": 10, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "сто": 100,
}  # fmt: skip


def _install_pymorphy_shim() -> None:
    import pymorphy3
    import pymorphy3.analyzer

    sys.modules.setdefault("pymorphy2", pymorphy3)
    sys.modules.setdefault("pymorphy2.analyzer", pymorphy3.analyzer)


@dataclass(frozen=True)
class RussianModels:
    segmenter: Any
    ner: Any
    morph_vocab: Any


@functools.cache
def models() -> RussianModels:
    """Load natasha once per process (about a second; the models are ~30 MB on disk)."""
    _install_pymorphy_shim()
    from natasha import MorphVocab, NewsEmbedding, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return RussianModels(
        segmenter=Segmenter(), ner=NewsNERTagger(embedding), morph_vocab=MorphVocab()
    )


def natasha_doc(text: str, *, with_ner: bool = True) -> Any:
    doc = segmented(text)
    if with_ner:
        tag_ner(doc)
    return doc


def segmented(text: str) -> Any:
    """natasha's ``Doc.segment`` without its intermediate records.

    natasha wraps each of razdel's tokens twice (a ``Token``, then a ``DocToken``) before it
    keeps it; building the ``DocToken`` from razdel's token directly makes the same document
    (tests/extraction/languages/test_russian.py compares them) at two thirds of the cost."""
    _install_pymorphy_shim()
    from natasha import Doc
    from natasha.doc import DocSent, DocToken
    from razdel import sentenize, tokenize

    doc = Doc(text)
    doc.tokens = [DocToken(t.start, t.stop, t.text) for t in tokenize(text)]
    # natasha's segmenter gives no sentence for an empty text (razdel gives one empty one).
    doc.sents = [DocSent(s.start, s.stop, s.text) for s in sentenize(text)] if text else []
    doc.envelop_sent_tokens()
    return doc


@functools.cache
def ner_network() -> NerNetwork:
    return NerNetwork.of(models().ner)


def tag_ner(doc: Any) -> None:
    """natasha's news NER over the tokens the segmenter already found.

    ``Doc.tag_ner`` hands the tagger the raw text, which slovnet then tokenises a second time
    with the same razdel rules and searches back into the text word by word: a fifth of the
    NER's cost, spent finding tokens the document already holds. The model, its vocabularies
    and its CRF are natasha's own, evaluated by :class:`NerNetwork` and decoded by
    :func:`~recruitwatch.extraction.languages.crf_decode.best_tags` (both give slovnet's numbers without its batch bookkeeping), and the
    whole text stays one sequence as in ``Doc.tag_ner``, so every word is tagged in the same
    context and the spans are the same (tests/extraction/languages/test_russian.py compares
    them)."""
    from natasha.doc import DocSpan
    from slovnet.bio import bio_spans

    tokens = doc.tokens or []
    if not tokens:
        doc.spans = []
        return
    tags = ner_network().tags([token.text for token in tokens])
    doc.spans = [
        DocSpan(span.start, span.stop, span.type, doc.text[span.start : span.stop])
        for span in bio_spans(tokens, tags)
    ]
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()


_OBJ_RU = r"(?:их|его|её|ее|нас|меня|заключ\w+|осужд\w+|мигрант\w*|мужчин\w*|рабоч\w+)"

# Unnamed people who may be the ones telling, in the nominative (the one who says) and the
# genitive («по словам собеседника»): a dative or instrumental form is the one told.
_WITNESS = witness_words(
    {
        "собеседник": r"собеседни(?:к|ка|ца|цы)",
        "источник": r"источник(?:а)?",
        "продавщица": r"продавщиц(?:а|ы)",
        "продавец": r"продав(?:ец|ца)",
        "сосед": r"сосед(?:а|ка|ки)?",
        "житель": r"жител(?:ь|я|ьница|ьницы)",
        "жилец": r"жил(?:ец|ьца)",
        "свидетель": r"свидетел(?:ь|я|ьница|ьницы)",
        "очевидец": r"очевид(?:ец|ца|ица|ицы)",
        "сокамерник": r"сокамерни(?:к|ка)",
        "коллега": r"коллег(?:а|и)",
        "знакомый": r"знаком(?:ый|ого|ая|ой)",
        "заключённый": r"заключ[её]нн(?:ый|ого)",
        "осуждённый": r"осужд[её]нн(?:ый|ого)",
        "рабочий": r"рабоч(?:ий|его)",
        "бригадир": r"бригадир(?:а)?",
        "подписчик": r"подписчи(?:к|ка|ца|цы)",
        "читатель": r"читател(?:ь|я|ьница|ьницы|и|ей)",
    }
)

LEXICON = Lexicon(
    language="ru",
    event=re.compile(
        r"(?<!\w)(?:подпис\w*\s+(?:\w+\s+){0,2}контракт\w*|подпиш\w*\s+(?:\w+\s+){0,2}контракт\w*|контракт\w*\s+(?:с\s+)?(?:минобороны|министерством|вагнер\w*|чвк)"
        r"|заключ\w+\s+(?:\w+\s+){0,2}контракт\w*|служб\w+\s+по\s+контракту|встреч\w+\s+с\s+осужд[её]нн\w+|заявлени\w+\s+(?:\w+\s+){0,3}контракт\w*"
        r"|заверб\w+|вербов\w+|вербовщик\w*\s+(?:приезжал|приходил)\w*"
        r"|отправ\w+\s+(?:\w+\s+){0,3}(?:на\s+(?:фронт|войну|передовую|сво)|в\s+(?:зону\s+сво|украину))"
        r"|(?:заставил|вынудил|принудил|принуждал|заставлял|застав[яи]т|вынуд[яи]т|принуд[яи]т)\w*\s+(?:\w+\s+){0,2}(?:подпис|воевать|ехать|поехать|отправ|пойти)"
        # Gone to war with Wagner: «сам ушёл с «Вагнером» из ИК-5».
        r"|(?:ушёл|ушел|ушла|ушли|уехал\w*)\s+(?:\w+\s+){0,2}?с\s+[«\"]?(?:вагнер|чвк)\w*"
        r"|военкомат\w*|военн\w+\s+комиссариат\w*|пункт\w*\s+отбора"
        r"|мобилиз\w+|на\s+фронт|на\s+передовую|в\s+зону\s+сво|на\s+сво|на\s+войну|воевать"
        r"|подписал\w*|подписыва\w*|подпишешь|подпиши(?:те)?|будут\s+(?:отправлен\w*|этапирован\w*)|приедут\s+(?:вербовщик\w*|представител\w*)"
        r"|отказал\w*(?!\s+от\s+(?:комментари|вопрос)|\s+в\s|\s+рассматрива|\s+(?:сообщ|назва|ответ|коммент|уточн|раскры|объясн|поясн))|вербовщик\w*|(?:внесли|включили|внесены|включены)\s+в\s+списк\w*|списк\w+\s+(?:добровольц|заключ|фамили)\w*"
        r"|зачита\w*\s+(?:\w+\s+)?фамили\w*|вызвал\w*\s+(?:\w+\s+){0,3}(?:в\s+кабинет|к\s+начальник\w*|к\s+следовател\w*)"
        r"|(?:приехал\w*|пришл\w*|прибыл\w*)\s+(?:\w+\s+){0,2}представител\w+\s+(?:минобороны|министерства|вагнер\w*|чвк)"
        # A meeting or "campaign" held with them: «кампания с участием представителей Минобороны».
        r"|с\s+участием\s+(?:\w+\s+){0,2}?(?:представител\w+|сотрудник\w+|вербовщик\w*)\s+(?:минобороны|министерства\s+обороны|военкомат\w*|вагнер\w*|чвк)"
        r"|(?:собрали|построили|выстроили)\s+(?:\w+\s+){0,3}(?:на\s+плацу|в\s+клубе|в\s+столовой|в\s+актовом\s+зале)"
        r"|(?:вывезли|увезли|вывозят|увозят)\s+(?:\w+\s+){0,4}?(?:человек|заключ[её]нн\w+|осужд[её]нн\w+|пациент\w*|мужчин\w*)"
        r"|пришёл\s+следовател\w*|пришел\s+следовател\w*|сказал\w*,?\s+что\s+(?:он\s+)?(?:из|от)\s+(?:чвк|вагнер\w*|минобороны))(?!\w)",
        re.IGNORECASE,
    ),
    coercion={
        "threat_of_deportation": stems(
            r"депорт",
            r"выдвор",
            r"выслать",
            r"высылк",
            r"запрет\w*\s+(?:на\s+)?въезд",
            r"отправ\w+\s+домой",
            r"на\s+самол[её]т",
            r"лиш\w+\s+(?:\w+\s+)?гражданств",
            r"аннулир\w+\s+(?:\w+\s+)?(?:патент|гражданств|вид)",
        ),
        "threat_of_prosecution": re.compile(
            r"(?<!\w)(?:нов\w+\s+(?:уголовн\w+\s+)?(?:дел\w*|срок\w*|обвинени\w*|стать\w+)|уголовн\w+\s+дел\w*"
            r"|(?:добав|прибав|продл)\w+\s+(?:\w+\s+){0,2}срок|подброс\w+\s+(?:\w+\s+){0,2}наркот\w*"
            r"|экстремис\w+|госизмен\w+|добав\w+[»”\"]?\s+(?:\w+\s+){0,2}(?:стать|эпизод)\w*"
            # «следователь найдёт ещё статью», «пришьют дело»
            r"|(?:найд[её]т|найдут|пришь[её]т|пришьют|повесят|повесит)\s+(?:ещ[её]\s+)?(?:\w+\s+)?(?:стать\w*|эпизод\w*|дел[оа])"
            r"|(?:пойд[её]шь|сядешь|получишь|сядет|получит)\s+на\s+\S+\s+лет"
            # «добавят ещё лет пять», «станешь обвиняемым»: a longer term, a new charge.
            r"|(?:добав|прибав)\w+\s+(?:ещ[её]\s+)?(?:\w+\s+)?(?:лет|год\w*)"
            r"|(?:станешь|станет|станут|сделают|сделаем)\s+обвиняем\w*"
            # «оформлю тебе 321-ю», «заведут дело»: a charge drawn up, often by its article.
            r"|(?:оформ|завед|возбуд)\w*\s+(?:\w+\s+){0,2}?(?:\d{3}(?:\.\d)?-?[юй]|стать\w+|дел[оа])"
            r")(?!\w)",
            re.IGNORECASE,
        ),
        "physical_force": stems(
            r"избива",
            r"избил",
            r"избит",
            r"избиени",
            r"побо",
            r"пытк",
            r"пыта(?:л|ли|ла|ть|ют)\b",  # пытали (tortured), not пытались (tried)
            r"дубинк",
            r"скрутил",
            r"заломил",
            r"примен\w+\s+силу",
            r"электрошок",
            r"удар",
            r"били\b",
            r"бить\b",
            # What a beating leaves: «вернулись с разбитыми лицами».
            r"разбит\w*\s+(?:лиц|нос|губ|голов)",
        ),
        "deception": re.compile(
            r"(?<!\w)(?:обман\w*|под\s+предлогом|якобы|(?:на|для)\s+провер\w+\s+документ\w*|(?<=«)для\s+проверки(?=»)|вместо\s+(?:этого\s+)?(?:отвезли|привезли|доставили)"
            r"|ввел\w*\s+в\s+заблуждение|солгал\w*|обещал\w*,?\s+что\s+(?:это\s+)?(?:ненадолго|формальност)"
            r"|дактилоскопи\w*|вместо\s+этого|сказали,?\s+что\s+(?:их\s+|его\s+)?(?:везут|повезут|отвезут)"
            # A rear post promised, the assault given: «обещал работу строителем в тылу»,
            # «сказали, что будем копать окопы … А отправили в штурм».
            r"|(?:обещ\w+|сказали,?\s+что|уверял\w*)\s+(?:\w+\W+){0,8}?(?:в\s+тылу|тылов\w+|окоп\w*|блиндаж\w*"
            r"|строител\w*|водител\w*|на\s+восстановлени\w*)"
            r"|(?:^|\s)(?:а|но)\s+(?:потом\s+|в\s+итоге\s+)?(?:отправили|определили|перевели|бросили)\s+(?:\w+\s+){0,2}(?:в\s+)?штурм\w*)(?!\w)",
            re.IGNORECASE,
        ),
        "forced_signing": re.compile(
            r"(?<!\w)(?:(?:заставил|вынудил|принудил|принуждал|заставлял|вынуждал)\w*\s+"
            + _OBJ_RU
            + r"?\s*подпис\w*"
            r"|подпис\w+\s+(?:\w+\s+){0,3}под\s+давлением|велели\s+подписать|сказали\s+подписать|вложил\w*\s+(?:\w+\s+)?ручку"
            r"|подписал\w*\s+не\s+читая|не\s+дали\s+прочитать"
            # Contracts handed out with everything filled in: only the signature is theirs.
            r"|(?:уже|заранее)\s+заполненн\w+)(?!\w)",
            re.IGNORECASE,
        ),
        "denial_of_choice": re.compile(
            r"(?<!\w)(?:без\s+(?:их\s+|его\s+|её\s+|ее\s+)?(?:согласия|спроса)|выбора\s+(?:не|нет)|не\s+было\s+выбора|не\s+оставил\w*\s+выбора"
            r"|против\s+(?:их|его|её|своей)\s+воли|не\s+спрашива\w*|не\s+спросил\w*|не\s+могли\s+отказаться|внесли\s+в\s+списк\w*|отказы\s+не\s+принима\w*|отказ\w*\s+не\s+предусмотрен\w*|не\s+будут\s+спрашивать"
            r"|(?:заставил|вынудил|принудил)\w*\s+(?:\w+\s+)?(?:воевать|ехать|поехать|пойти))(?!\w)",
            re.IGNORECASE,
        ),
        "other": re.compile(
            r"(?<!\w)(?:лиш\w+\s+(?:\w+\s+){0,2}(?:свидани\w*|передач\w*|лечени\w*|звонк\w*|удо|зарплат\w*)"
            r"|(?:не\s+дадут|не\s+будут\s+давать|перестанут\s+давать|отменят)\s+(?:\w+\s+){0,2}(?:свидани\w*|передач\w*|лекарств\w*|лечени\w*)"
            r"|без\s+(?:\w+\s+)?(?:лечени\w*|лекарств\w*|таблеток|терапи\w*)"
            r"|выпишут\s+(?:\w+\s+){0,3}до\s+окончания\s+лечени\w*"
            # Disciplinary punishment is leverage inside the prison, not a criminal case.
            r"|штрафн\w+\s+изолятор\w*|шизо|нарушени\w+\s+режима|рапорт\w*"
            # Visits and parcels taken away: «свидания отменили», «передачи возвращали».
            r"|(?:отмен\w+|запрет\w+)\s+(?:\w+\s+){0,2}(?:свидани\w*|передач\w*|звонк\w*)"
            r"|(?:свидани\w*|передач\w*|звонк\w*)\s+(?:\w+\s+){0,2}(?:отмен\w*|запрет\w*|вернул\w*|возвраща\w*)"
            # Papers taken so a migrant cannot leave or work: «у меня забрали паспорт».
            r"|(?:забрал\w*|отобрал\w*|изъял\w*|отнял\w*)\s+(?:у\s+\w+\s+)?(?:\w+\s+)?(?:паспорт\w*|патент\w*|документ\w*)"
            # Parole or a lighter regime put at stake: «УДО можно и не получить», «вернут на
            # общий режим».
            # Citizenship taken away: «гражданство … могут лишить», «лишат гражданства».
            r"|(?:лиш\w+|отбер\w+|аннулир\w+)\s+(?:\w+\s+){0,3}гражданств\w*|гражданств\w*\W+(?:\w+\W+){0,6}?(?:лишить|лишат|отберут|отнимут|аннулир\w+)"
            r"|удо\s+(?:\w+\s+){0,3}не\s+(?:получ|дад|дат)\w*|(?:вернут|переведут|отправят)\s+(?:\w+\s+){0,2}на\s+(?:общий|строгий|особый)\s+режим"
            # Treatment stopped for those who refuse: «курс лечения «закончится»», «не получал таблеток».
            r"|(?:лечени\w*|терапи\w*|препарат\w*|лекарств\w*|таблет\w*)\W+(?:\w+\W+){0,2}(?:законч|прекрат|отмен)\w*"
            r"|не\s+(?:получал\w*|дают|давали|выдают|выдавали|выдали)\s+(?:\w+\s+){0,2}(?:таблеток|лекарств\w*|препарат\w*|лечени\w*)"
            # Care given for a signature: «Подпишешь контракт — будешь лечиться в госпитале».
            r"|подпиш\w*[^.!?]{0,40}?(?:лечить|лечиться|лечись)\b)(?!\w)",
            re.IGNORECASE,
        ),
        "promise_of_passport_or_pardon": re.compile(
            r"(?<!\w)(?:(?:обещ\w*|предлаг\w*|предложил\w*|получ(?:ит|ат|ите|ишь|ить|аете|ают|ает|им)|в\s+обмен|взамен|ускорен\w*|упрощ[её]нн\w*|дадут|выдадут|одобр\w*)\W+(?:\w+\W+){0,6}?(?:российск\w+\s+)?(?:паспорт\w*|гражданств\w*|вид\w*\s+на\s+жительство|ВНЖ|РВП)"
            # «Кто подпишет контракт, тому гражданство через полгода»: the offer as a condition.
            r"|(?:кто|если)\s+подпиш\w*[^.!?»]{0,40}?(?:гражданств\w*|паспорт\w*|вид\w*\s+на\s+жительство|ВНЖ)"
            # «гражданство через год», «через полгода получишь паспорт»: the offer's term.
            r"|(?:гражданств\w*|паспорт\w*)\s+через\s+(?:год|полгода|\w+\s+(?:месяц\w*|лет|года))"
            r"|через\s+(?:год|полгода|\w+\s+(?:месяц\w*|лет|года))\s+(?:\w+\s+){0,2}(?:гражданств\w*|паспорт\w*|гражданин\w*)"
            r"|дел\w*\W+(?:\w+\W+)?(?:приостан[ао]в|прекрат|закро)\w*|помилов\w*|амнист\w*|снят\w*\s+судимост\w*|погаш\w*\s+судимост\w*|судимост\w*\s+(?:\w+\s+){0,2}(?:снят|сним|погас|погаш)\w*|снять\s+обвинени\w*|прекрат\w*\s+(?:уголовн\w+\s+)?дел\w*|чист\w+\s+биографи\w*)",
            re.IGNORECASE,
        ),
    },
    no_coercion=re.compile(
        r"(?<!\w)(?:добровольн\w*|сам\w*\s+(?:решил|захотел|вызвал|пош[её]л|пришл|приш[её]л|явил|записал)\w*|(?:никто\s+)?не\s+(?:угрожал|заставлял|принуждал|давил)\w*"
        r"|по\s+собственному\s+желанию|неясно|не\s+ясно|непонятно|остается\s+неизвестным|остаётся\s+неизвестным)(?!\w)",
        re.IGNORECASE,
    ),
    feared=stems(
        r"бои[тш]с",
        r"бо(?:юсь|имся|ятся)",
        r"боял",
        r"опаса",
        r"беспоко",
        r"страх",
        r"могут\s+(?:отправить|заставить)",
        r"может\s+(?:быть\s+)?(?:отправлен|мобилизован)",
    ),
    planned=stems(
        r"планир",
        r"собираются\s+отправить",
        r"готовят\s+(?:к\s+)?отправк",
        r"намерен",
        r"следующ\w+\s+(?:парти|групп|этап)",
        r"объявил\w*,?\s+что",
        r"приедут",
        r"будут\s+отправлен",
    ),
    generic_place=re.compile(
        r"(?<!\w)(?:на\s+улице|на\s+стройк\w+|на\s+строительн\w+\s+площадк\w+|на\s+рынк\w+|на\s+склад\w*|в\s+метро|у\s+метро"
        r"|на\s+станци\w+\s+метро|в\s+общежити\w+|на\s+остановк\w+)(?!\w)",
        re.IGNORECASE,
    ),
    status={
        "prisoner": stems(
            r"заключ[её]нн",
            r"осужд[её]нн",
            r"колони",
            r"сизо",
            r"тюрьм",
            r"арестант",
            r"зэк",
            r"обвиняем",
        ),
        "migrant": stems(
            r"мигрант", r"трудов\w+\s+мигрант", r"гастарбайтер", r"рабоч\w+", r"патент", r"иностран"
        ),
        "conscript": stems(r"призывник", r"срочник", r"мобилизованн"),
    },
    perpetrators={
        "police": stems(r"полици", r"полицейск", r"омон", r"силовик", r"сотрудник\w*\s+мвд"),
        "Wagner Group": stems(r"вагнер", r"чвк"),
        "Ministry of Defence": stems(r"минобороны", r"министерств\w+\s+обороны"),
        "recruiters": stems(r"вербовщик"),
        "colony administration": stems(
            r"администраци\w+\s+(?:колонии|сизо|учреждения)",
            r"сотрудник\w*\s+(?:колонии|сизо|фсин)",
            r"конвой",
        ),
        "enlistment office staff": stems(r"сотрудник\w*\s+военкомат", r"военком\b"),
        "FSIN": stems(r"фсин", r"уфсин"),
    },
    organizations={
        "Wagner Group": stems(r"вагнер", r"чвк\s+«?вагнер"),
        "Russia Behind Bars": stems(r"рус[иь]\s+сидящ"),
        "Russian Interior Ministry": stems(r"мвд", r"министерств\w+\s+внутренних\s+дел"),
        "Ministry of Defence": stems(r"минобороны", r"министерств\w+\s+обороны"),
        "FSIN": stems(r"фсин", r"уфсин"),
        "police": stems(r"полици"),
    },
    nationalities={
        "UZ": stems(r"узбек"),
        "TJ": stems(r"таджик"),
        "KG": stems(r"киргиз", r"кыргыз"),
        "KZ": stems(r"казах"),
        "TM": stems(r"туркмен"),
        "RU": words(r"гражданин\w*\s+россии", r"российск\w+\s+гражданств\w*", r"граждан\w*\s+рф"),
        "Central Asia": stems(r"(?:средней|центральной)\s+азии", r"среднеазиатск"),
    },
    relative=re.compile(
        r"(?<!\w)(?P<relation>мат(?:ь|ери|ерью)|отц\w*|отец|жен\w|муж\b|муж[аеу]|сестр\w*|брат\w*|сын\w*|доч\w*|родител\w*|родственни[кц]\w*|семь\w+)(?!\w)",
        re.IGNORECASE,
    ),
    attribution=(
        re.compile(
            # «По словам …» opens a sentence as often as it follows a comma.
            r"(?i:по\s+словам|как\s+(?:рассказал|сообщил|заявил)\w*)\s+(?P<name>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+){0,2}|[А-ЯЁ]\.(?=[\s,]))"
        ),
        re.compile(
            r"(?i:рассказал\w*|сообщил\w*|заявил\w*|говорит|пояснил\w*|отметил\w*|считает|пишет|написал\w*|подтвердил\w*|цитирует|приводит)\s+(?:\w+,?\s+){0,4}?(?P<name>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+){0,2}|[А-ЯЁ]\.(?=[\s,]))"
        ),
        # After a quotation and its dash: «…», — сказал Зафар. Only there is «сказал» the
        # speaker's verb; elsewhere it is as often the threat told («сказали, что иначе…»).
        re.compile(
            r"[»”\"],?\s*[—–]\s*(?i:сказал|добавил|ответил|уточнил)\w*\s+(?:\w+\s+){0,2}?(?P<name>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+){0,2}|[А-ЯЁ]\.(?=[\s,]))"
        ),
        # The name before its verb: «Ольга пересказала…», «Кодиров говорит, что…», past a
        # pseudonym's note or a clause about them («Шухрат (имя изменено), рассказал»,
        # «Геннадий Чусовитин, к которому обратились семьи, сказал «Кама-Посту»»). «Сказал»
        # speaks only to the one told here: alone it is as often the threat told.
        re.compile(
            r"(?P<name>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+){0,2}|[А-ЯЁ]\.(?=[\s,]))"
            r"(?:\s*\([^()\n]{1,40}\))?(?:,\s+[^,.!?«»()\n]{1,80},)?,?\s+"
            r"(?:рассказал\w*|пересказал\w*|сообщил\w*|заявил\w*|говорит|пояснил\w*|вспоминает|пишет|написал\w*|утверждает|цитирует"
            r"|сказал\w*(?=\s+(?:«|издани|журналист|корреспондент|нам(?!\w)|мне(?!\w))))(?!\w)"
        ),
    ),
    pseudonym_marker=re.compile(
        r"\(?\s*(?:имя\s+изменено[^)]{0,40}|имена\s+изменены[^)]{0,40}|фамилия\s+изменена)\s*\)?",
        re.IGNORECASE,
    ),
    expulsion_done=re.compile(
        r"^(?!.*(?:если|иначе|грози|пригроз|угрож|пока\s+не|не\s+подпиш|или\s+контракт))"
        r".*(?:суд\w*\s+(?:\w+\s+){0,3}назначил\w*\s+(?:\w+\s+){0,2}(?:выдворени|депортаци)\w*"
        r"|(?<!\w)(?:выдворили|депортировали|выслали)(?!\w)|(?<!\w)(?:был|была|были)\s+(?:выдворен|депортирован|выслан)\w*)",
        re.IGNORECASE,
    ),
    pseudonym_before=re.compile(
        r"(?:\bназов[её]м\s+(?:его|её|ее)|\bпопросил[аи]?\s+(?:называть|назвать)\s+(?:его|её|ее|себя|их)"
        r"|\bназвал(?:ся|ась))\s+$",
        re.IGNORECASE,
    ),
    pseudonyms_declared=re.compile(
        r"\b(?:все\s+)?имена\s+(?:\w+\s+){0,3}(?:изменены|заменены)|\bмы\s+изменили\s+(?:\w+\s+)?имена",
        re.IGNORECASE,
    ),
    advice=re.compile(
        r"^\W*(?:если\s+(?:вам|вас|вы)\b|не\s+подписывайте)|\b(?:требуйте|звоните|обращайтесь)\b"
        r"|схема\s+(?:одна|одинаков\w*|везде)|как\s+правило|в\s+каждом\s+(?:случае|из\s+случаев)"
        # A monitor's tally («получили 163 жалобы», «по подсчётам …») sums incidents up.
        r"|\b(?:получил\w*|зарегистрировал\w*|зафиксировал\w*)\s+(?:более\s+|свыше\s+|не\s+менее\s+)?\d[\d\s]*\s+(?:жалоб|обращени|сообщени)\w*"
        r"|по\s+подсч[её]там\b"
        # What the law says is background: «Закон не предусматривает заключения контракта…».
        r"|\b(?:закон\w*|кодекс\w*|указ\w*|поправк\w*)\s+(?:[«\"][^»\"]{0,80}[»\"]\s+)?(?:\w+\s+){0,3}?(?:не\s+)?(?:предусматрива|запреща|допуска|разреша|позволя|гласит|требу)\w*"
        # So is the state's course and the estimates of all it did: «Россия начала вербовать
        # заключённых летом 2022 года», «по оценкам правозащитников, десятки тысяч …».
        r"|^\W*(?:Россия|Москва|Кремль|российские\s+власти)\s+(?:\w+\s+){0,2}?(?:начал\w*|упростил\w*|принял\w*|ввел\w*|ввёл\w*|настаива\w*)"
        r"|\bпо\s+(?:некоторым\s+|разным\s+|их\s+)?оценкам\b"
        # An official denial: «назвало сообщения … «фейком»».
        r"|\bназвал\w*\s+(?:\w+\s+){0,5}?[«\"]?(?:фейк\w*|ложь\w*|ложн\w+|провокаци\w+)"
        # A submission's requests: «Просим прокуратуру проверить…», «Призываем власти…».
        r"|^\W*(?:просим|призываем|требуем|рекомендуем)\b"
        # Official figures («По данным МВД России, … более 40 тысяч»), what the law lets anyone
        # do («могут получить российское гражданство в упрощённом порядке», «в закон о
        # гражданстве добавили…»), a scenario told as a type («Другой сценарий — обман»), and
        # a court's sentence for desertion are background, not incidents.
        r"|^\W*по\s+(?:официальным\s+)?(?:данным|статистике)\s+(?:МВД|ФСИН|Росстата|Минобороны|МИД|Судебного|судебн\w+|ведомств\w+|министерств\w+|погранич\w+|официальн\w+)"
        r"|\b(?:могут|может|смогут|сможет)\s+(?:\w+\s+){0,2}?получить\s+(?:\w+\s+)?гражданств\w*\s+в\s+упрощ[её]нном"
        r"|\bв\s+закон\w*\s+(?:\w+\s+){0,3}?(?:добавил\w*|внесл\w*|внес[её]н\w*|включил\w*)"
        r"|^\W*(?:друг\w+|втор\w+|трет\w+|перв\w+|самый\s+частый|типичный)\s+сценари\w*"
        r"|\bприговорил\w*\b[^!?]{0,240}?(?:самовольн\w+\s+оставлени\w*|дезертир\w*|оставил\w*\s+(?:воинскую\s+)?част\w*|СОЧ)",
        re.IGNORECASE,
    ),
    no_information=re.compile(
        r"(?<!\w)(?:не\s+(?:назвал\w*|сообщил\w*|ответил\w*|знают|знаем|комментир\w*|уточнил\w*|раскрыва\w*)|отказал\w*\s+от\s+(?:вопросов|комментари\w*)|отказал\w*\s+(?:сообщ|назва|уточн|раскры)\w*"
        r"|не\s+удалось\s+(?:связаться|получить)|с\s+20\d\d\s+года"
        r"|(?:г?уфсин|фсин|мвд|гувд|пресс-служб\w+|ведомств\w+|министерств\w+)[^.]{0,120}?(?:заявил\w*|сообщил\w*|ответил\w*|отрицают|опроверг\w*)"
        r"|не\s+соответству\w+\s+действительности)(?!\w)",
        re.IGNORECASE,
    ),
    roles={
        "advocate": stems(
            r"правозащит",
            r"адвокат",
            r"юрист",
            r"активист",
            r"руководител\w+\s+(?:фонда|организации|проекта|группы|центра|движения)",
            r"координатор",
            r"основател",
            r"директор",
        ),
        "official": stems(
            r"пресс-служб",
            r"чиновник",
            r"представител\w+\s+(?:мвд|фсин|министерства)",
            r"прокурор",
            r"депутат",
        ),
        "journalist": stems(r"журналист", r"корреспондент", r"редактор"),
    },
    outlets={
        "Би-би-си": words(r"(?:Русск\w+\s+служб\w+\s+)?Би-би-си", r"BBC"),
        "Медиазона": stems(r"Медиазон"),
        "Медуза": stems(r"Медуз"),
        "Важные истории": words(r"Важн\w+\s+истори\w+", r"iStories"),
        "Верстка": stems(r"Верстк"),
        "Новая газета": words(r"Нов\w+\s+газет\w*(?:\s+Европ\w*)?"),
        "Радио Свобода": words(r"Радио\s+Свобод\w*", r"Настоящ\w+\s+врем\w+"),
        "Радио Озоди": words(r"Радио\s+Озоди", r"Озоди"),
        "Азаттык": words(r"(?:Радио\s+)?Азаттык"),
        "Вот Так": words(r"Вот\s+Так"),
        "Коммерсант": stems(r"Коммерсант"),
        "Фонтанка": stems(r"Фонтанк"),
        "Сибирь.Реалии": words(r"Сибирь\.Реалии"),
        "Русь сидящая": words(r"Рус\w+\s+сидящ\w+"),
    },
    outlet_named=re.compile(
        r"(?<!\w)(?:издани\w+|газет\w+|телеканал\w*|канал\w*|сайт\w*|портал\w*|агентств\w+|"
        r"телеграм-канал\w*|Telegram-канал\w*)\s+«(?P<name>[^«»]{2,60})»",
        re.IGNORECASE,
    ),
    retelling={
        "outer": (
            re.compile(
                r"(?<!\w)(?:сообща\w+|пиш\w+|написал\w*|опубликовал\w*|выяснил\w*|узнал\w*|"
                r"приводит\s+(?:\w+\s+){0,2}слова|по\s+(?:данным|информации)|как\s+"
                r"(?:сообщил\w*|пишет|выяснил\w*))\s+" + _OUTLET_RU,
                re.IGNORECASE,
            ),
            re.compile(
                _OUTLET_RU
                + r",?\s+(?:со\s+ссылкой\s+на\s+(?:\w+\s+){1,3}?)?(?:сообщ\w+|пиш\w+|выяснил\w*|узнал\w*|написал\w*)(?!\w)",
                re.IGNORECASE,
            ),
            # The outlet named after its verb in the nominative («сообщило издание «…»»);
            # in the dative («сообщил изданию») it is the one told.
            re.compile(
                r"(?<!\w)(?:сообщил\w*|рассказал\w*|написал\w*|заявил\w*)\s+"
                r"(?:издание|газета|телеканал|агентство|портал|сайт|телеграм-канал|Telegram-канал)"
                r"\s+(?P<name>«[^«»]{2,60}»)",
                re.IGNORECASE,
            ),
        ),
        "cited": (re.compile(r"(?<!\w)со\s+ссылкой\s+на\s+" + _OUTLET_RU, re.IGNORECASE),),
        # Чей это доклад: «Центр … «Мост» публикует раздел 3 доклада», «Издание «Двинская
        # неделя» опубликовало рассказ Ольги …».
        "publisher": (
            re.compile(
                _OUTLET_RU + r"\s+(?:публику\w+|опубликовал\w*|выпустил\w*|подготовил\w*|"
                r"представил\w*)\s+(?:\w+\s+){0,3}?(?:доклад\w*|отч[её]т\w*|раздел\w*|"
                r"рассказ\w*|письм\w*|исследовани\w*|материал\w*|выдержк\w*|свидетельств\w*|"
                r"обзор\w*|хроник\w*)",
                re.IGNORECASE,
            ),
        ),
        "listener": (
            re.compile(
                r"(?<!\w)(?:рассказал\w*|сообщил\w*|заявил\w*|сказал\w*|признал\w*|"
                r"пояснил\w*|в\s+интервью|в\s+беседе\s+с)\s+(?:\w+\s+){0,2}?" + _OUTLET_RU,
                re.IGNORECASE,
            ),
            re.compile(
                _OUTLET_RU + r"\s+(?:заявил\w*|рассказал\w*|сообщил\w*|сказал\w*|пояснил\w*)",
                re.IGNORECASE,
            ),
        ),
    },
    told_before=re.compile(
        r"(?<!\w)(?i:рассказ\w*|сказал\w*|написал\w*|пишет|сообщил\w*|позвонил\w*|"
        r"передал\w*|признал\w*\s+в\s+разговоре\s+с)\s+$"
    ),
    # Nominative (the one who says) and genitive («по словам собеседника»): a dative or
    # instrumental form is the one told or spoken of.
    witness=_WITNESS[0],
    witness_nouns=_WITNESS[1],
    initial_introduced=(
        re.compile(
            r"(?<!\w)(?i:осужд[её]нн\w*|заключ[её]нн\w*|мигрант\w*|пациент\w*|задержанн\w*|"
            r"арестант\w*)\s+(?P<initial>[А-ЯЁ])\.(?!\w)"
        ),
        re.compile(
            r"(?<![\w.])(?P<initial>[А-ЯЁ])\.,\s+(?:\d{2}\s+(?:лет|год)|гражданин|гражданка|уроженец)"
        ),
    ),
    rights_group=re.compile(
        r"(?<!\w)(?i:правозащит|центр|групп|проект|фонд|комитет|мониторинг|помощ|инициатив|"
        r"организаци|ассоциаци|союз)"
    ),
    outlet_needs_quotes=True,
)
