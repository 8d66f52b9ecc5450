"""Generated fictional reports for benchmarks: varied enough to exercise the readers, cheap to
make in any number. Every text says it is fictional.

The sentences carry a news article's typography — dashes, parentheses, hyphenated ages,
possessives, quotes — because it changes what tokenisation costs: spaCy's tokenizer serves
plain words from its cache (≈ 0.15 µs a word) but re-checks its special cases over the whole
text once such punctuation is in it (≈ 1–3 µs a word on the fictional articles of
``tests/corpus``), and the benchmark's "× tokenisation" must compare with the real cost."""

from __future__ import annotations

import random
from datetime import date, timedelta

_EN_SENTENCES = (
    "This is a generated fictional report for benchmarking RecruitWatch.",
    "According to his mother, {name} was told to sign a contract at IK-{n} in the {region} region.",
    "Police stopped {name} near a building site and drove him to the enlistment office.",
    "The advocate said dozens of prisoners had been threatened with new criminal cases.",
    "“They told us we had no choice,” a relative said by phone at the end of {month}.",
    "Recruiters promised a pardon and a Russian passport to those who agreed.",
    "{name} (not his real name), a {age}-year-old {nation} citizen, was stopped near the metro.",
    "The colony’s administration — which did not respond to questions — denied any pressure.",
    "In {month}, officers at SIZO-{n} read out a list of names; nobody was asked.",
    "“Sign, or you’ll be deported,” {name} recalls an officer saying — he signed the same day.",
    "His sister’s lawyer (a fictional person) says about {n}0 men were sent to the front.",
)
_RU_SENTENCES = (
    "Это сгенерированный вымышленный отчёт для замеров RecruitWatch.",
    "По словам матери, {name} заставили подписать контракт в ИК-{n} в {region_ru}.",
    "Полицейские задержали {name} у стройки и отвезли в военкомат.",
    "Правозащитница рассказала, что десяткам заключённых угрожали новыми делами.",
    "«Нам сказали, что выбора нет», — рассказал родственник в конце {month_ru}.",
    "{name} (имя изменено), {age}-летний гражданин, работал на стройке — его задержали у метро.",
    "— Вам угрожали депортацией? — Да, и сказали, что иначе будет новое дело.",
    "Администрация ИК-{n} на запрос не ответила; в УФСИН давление отрицают.",
)
_NAMES = ("Timur K.", "Aziz R.", "Farrukh S.", "Bakhtiyor N.", "Oleg M.")
_NATIONS = ("Uzbek", "Tajik", "Kyrgyz")
_REGIONS = ("Vladimir", "Rostov", "Sverdlovsk", "Krasnodar", "Samara")
_REGIONS_RU = ("Владимирской области", "Ростовской области", "Свердловской области")
_MONTHS = ("January", "March", "October")
_MONTHS_RU = ("января", "марта", "октября")


def generated_report(index: int, *, russian: bool) -> str:
    """One report in the seed text format (``date YYYY-MM-DD headline`` first line)."""
    rng = random.Random(index)
    published = date(2022, 1, 1) + timedelta(days=rng.randrange(1000))
    pool = _RU_SENTENCES if russian else _EN_SENTENCES
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        sentences = [
            rng.choice(pool).format(
                name=rng.choice(_NAMES),
                n=rng.randint(1, 20),
                region=rng.choice(_REGIONS),
                region_ru=rng.choice(_REGIONS_RU),
                month=rng.choice(_MONTHS),
                month_ru=rng.choice(_MONTHS_RU),
                age=rng.randint(19, 58),
                nation=rng.choice(_NATIONS),
            )
            for _ in range(rng.randint(2, 5))
        ]
        paragraphs.append(" ".join(sentences))
    headline = "Сгенерированный отчёт" if russian else "Generated fictional report"
    return f" date {published.isoformat()} {headline} {index}\n\n" + "\n\n".join(paragraphs) + "\n"
