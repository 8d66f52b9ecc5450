"""Generate the fictional syndicated-copy set: tests/corpus/linking/generated.copies.jsonl.

    python tests/corpus/linking/make_copies.py            # rewrites the file (seed fixed)

EVERYTHING HERE IS FICTIONAL: names are random first names joined to random surnames from the
lists below, outlets and people are invented, facility numbers and dates are drawn at random.
Any resemblance to a real person or case is chance.

Each line is ``{"id", "group", "text", "fictional": true}``; documents of one group are copies
of one story. What is in it:

- **originals** — articles made from sentence templates (English and Russian) with varied
  facts (person, relative, facility, region, month, promise, threat, counts);
- **reprints** of an original, 0–5 each (sometimes a reprint of a reprint): a new headline,
  a byline and tagline, "Read more" and subscription lines, an outlet's own fund-raising
  sentence, a dateline, truncation to a lead, light edits (synonyms, a dropped sentence, a
  typo, other quotes and dashes, numbers written otherwise);
- **near misses that must not group**: *follow-ups* (the same person, facility and region,
  newly written, quoting one or two sentences of the original) and *template twins* (the
  sentence templates of an original, in its order, with other facts — the form-letter case).
"""

# Template sentences stay one per line, to be read and reviewed as sentences (E501); the
# random generator is seeded so the set is repeatable, and nothing here is secret (S311).
# ruff: noqa: E501, S311

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

SEED = 7_2024
OUTPUT = Path(__file__).with_name("generated.copies.jsonl")
FOOTER = "Generated fictional text for RecruitWatch tests"

FIRST = [
    ("Timur", "Тимур"), ("Aziz", "Азиз"), ("Farrukh", "Фаррух"), ("Bakhtiyor", "Бахтиёр"),
    ("Oleg", "Олег"), ("Rustam", "Рустам"), ("Dilshod", "Дилшод"), ("Sergei", "Сергей"),
    ("Umed", "Умед"), ("Erkin", "Эркин"), ("Nurlan", "Нурлан"), ("Ilya", "Илья"),
    ("Jamshid", "Джамшид"), ("Ruslan", "Руслан"), ("Sanjar", "Санжар"), ("Pavel", "Павел"),
    ("Azamat", "Азамат"), ("Kirill", "Кирилл"), ("Sherzod", "Шерзод"), ("Maksim", "Максим"),
]  # fmt: skip
SURNAMES = [
    ("Karimov", "Каримов"), ("Tashkentov", "Ташкентов"), ("Rakhimov", "Рахимов"),
    ("Yusupov", "Юсупов"), ("Melnikov", "Мельников"), ("Saidzoda", "Саидзода"),
    ("Toktosunov", "Токтосунов"), ("Ermakov", "Ермаков"), ("Abdulloev", "Абдуллоев"),
    ("Kuznetsov", "Кузнецов"), ("Nazarov", "Назаров"), ("Sobirov", "Собиров"),
    ("Orlov", "Орлов"), ("Zhumabaev", "Жумабаев"), ("Ismoilov", "Исмоилов"),
    ("Volkov", "Волков"), ("Khamidov", "Хамидов"), ("Safarov", "Сафаров"),
]  # fmt: skip
REGIONS = [
    ("Vladimir", "Владимирской области"), ("Rostov", "Ростовской области"),
    ("Sverdlovsk", "Свердловской области"), ("Krasnodar", "Краснодарском крае"),
    ("Samara", "Самарской области"), ("Omsk", "Омской области"), ("Kirov", "Кировской области"),
    ("Kostroma", "Костромской области"), ("Tver", "Тверской области"),
    ("Chelyabinsk", "Челябинской области"), ("Perm", "Пермском крае"),
    ("Mordovia", "Мордовии"),
]  # fmt: skip
RELATIVES = [("mother", "мать"), ("brother", "брат"), ("wife", "жена"), ("sister", "сестра")]
MONTHS = [
    ("January", "января", "январе"), ("March", "марта", "марте"), ("May", "мая", "мае"),
    ("July", "июля", "июле"), ("September", "сентября", "сентябре"),
    ("November", "ноября", "ноябре"),
]  # fmt: skip
PROMISES = [
    ("a pardon", "помилование"), ("200,000 roubles a month", "200 000 рублей в месяц"),
    ("Russian citizenship", "российское гражданство"), ("a clean record", "снятие судимости"),
]  # fmt: skip
THREATS = [
    ("a new criminal case", "новым уголовным делом"), ("deportation", "депортацией"),
    ("a beating", "избиением"), ("solitary confinement", "штрафным изолятором"),
]  # fmt: skip
OUTLETS = [
    "Taiga Post", "Steppe Review", "Volga Watch", "Ural Ledger", "Northern Courier",
    "Caspian Times", "Oka Herald", "Kama Review", "Irtysh Post", "Don Watch",
]  # fmt: skip

EN_LEAD = [
    "{name}, a {age}-year-old prisoner at IK-{n} in the {region} region, was pressed to sign a contract with the army in {month}, his {rel} says.",
    "Recruiters visited IK-{n} in the {region} region in {month} and told {name}, {age}, that he had no choice but to go to the front, according to his {rel}.",
    "The {rel} of {name}, who is serving a sentence in colony No. {n} in the {region} region, says he was threatened with {threat} unless he signed up.",
]
EN_BODY = [
    "According to his {rel}, {name} was told to sign a contract at IK-{n} in the {region} region.",
    "The recruiters promised {promise} to anyone who agreed to serve for six months.",
    "Those who refused were threatened with {threat}, the {rel} said.",
    "At least {count} prisoners from the colony were taken away in one night in {month}.",
    "{name} had {years} years of his sentence left when the recruiters arrived.",
    "The colony administration did not respond to a request for comment.",
    "Lawyer {lawyer} said the contracts were signed without a lawyer present.",
    "The men were driven to a training ground near the border in closed lorries.",
    "His {rel} last heard from him in {month}, when he called from a borrowed phone.",
    "Human-rights groups have documented dozens of similar cases in the {region} region.",
    "A guard reportedly told the prisoners that those who stayed would regret it.",
    "The Federal Penitentiary Service has denied that anyone is recruited under pressure.",
    "{name} was convicted in {conv_year} and had never served in the army.",
    "The {rel} has filed a complaint with the regional prosecutor's office.",
    "Several prisoners who refused were moved to punishment cells for {days} days.",
    "Relatives say {count} men from the same unit have not been heard from since {month}.",
    "The recruitment took place in the colony's club, with officers standing by the door.",
    "None of the men were given a copy of the contract they signed.",
    "The prosecutor's office in the {region} region said it was looking into the complaint.",
    "A former inmate of IK-{n} described the same visit and the same promises.",
]
EN_QUOTE = [
    "“They told us we had no choice,” {name} told his {rel} by phone.",
    "“He was scared, he said they would start a new case against him,” the {rel} said.",
    "“Nobody asked whether we wanted to go,” a prisoner from IK-{n} wrote in a letter.",
    "“I signed because they said otherwise I would not survive the winter,” {name} said.",
]
RU_LEAD = [
    "{name_ru}, {age}-летнего заключённого ИК-{n} в {region_ru}, в {month_ru_loc} заставили подписать контракт с Минобороны, рассказала его {rel_ru}.",
    "В ИК-{n} в {region_ru} вербовщики пригрозили {threat_ru} заключённому {name_ru_dat}, если он не поедет на фронт, сообщает его {rel_ru}.",
]
RU_BODY = [
    "По словам родственников, вербовщики обещали {promise_ru} всем, кто согласится.",
    "Тем, кто отказывался, угрожали {threat_ru}, рассказала {rel_ru}.",
    "Не менее {count} заключённых вывезли из колонии за одну ночь в {month_ru_loc}.",
    "Администрация колонии не ответила на запрос редакции.",
    "Адвокат {lawyer_ru} говорит, что контракты подписывали без защитника.",
    "Заключённых везли на полигон у границы в закрытых грузовиках.",
    "В последний раз родные слышали его голос в {month_ru_loc}, когда он позвонил с чужого телефона.",
    "Правозащитники задокументировали десятки похожих случаев в {region_ru}.",
    "ФСИН отрицает, что кого-либо вербуют под давлением.",
    "Родственники подали жалобу в региональную прокуратуру.",
    "Несколько отказавшихся перевели в штрафной изолятор на {days} суток.",
    "Копию контракта никому из заключённых не выдали.",
    "Бывший заключённый ИК-{n} описал тот же визит и те же обещания.",
    "Вербовка проходила в клубе колонии, у дверей стояли сотрудники.",
]
RU_QUOTE = [
    "«Нам сказали, что выбора нет», — рассказал {name_ru} родственникам по телефону.",
    "«Он боялся, говорил, что на него заведут новое дело», — говорит {rel_ru}.",
    "«Никто не спрашивал, хотим ли мы ехать», — написал в письме заключённый ИК-{n}.",
]
EN_HEADLINES = [
    "Prisoner in {region} colony pressed to sign army contract",
    "'No choice': {name}'s {rel} on recruitment at IK-{n}",
    "Recruiters return to {region} colony, relatives say",
    "How IK-{n} sent its prisoners to the front",
]
RU_HEADLINES = [
    "Заключённого ИК-{n} заставили подписать контракт",
    "«Выбора нет»: вербовка в колонии в {region_ru}",
    "Как ИК-{n} отправляла заключённых на фронт",
]
SYNONYMS_EN = {
    "said": "stated", "prisoners": "inmates", "colony": "prison camp", "told": "informed",
    "threatened": "menaced", "promised": "offered", "relatives": "family members",
    "recruiters": "recruiting officers", "taken": "removed",
}  # fmt: skip
SYNONYMS_RU = {
    "рассказала": "сообщила", "заключённых": "осуждённых", "угрожали": "грозили",
    "обещали": "сулили", "колонии": "исправительной колонии", "родственники": "родные",
}  # fmt: skip


@dataclass
class Story:
    russian: bool
    facts: dict[str, str]
    templates: list[str]  # lead first; paragraph breaks as "\n"


def _dative(first_name: str) -> str:
    """Russian dative of a first name from FIRST (Тимур → Тимуру, Илья → Илье)."""
    return first_name[:-1] + "е" if first_name.endswith(("а", "я")) else first_name + "у"


def _facts(rng: random.Random) -> dict[str, str]:
    first = rng.choice(FIRST)
    last = rng.choice(SURNAMES)
    region, region_ru = rng.choice(REGIONS)
    rel, rel_ru = rng.choice(RELATIVES)
    month, month_ru, month_ru_loc = rng.choice(MONTHS)
    promise, promise_ru = rng.choice(PROMISES)
    threat, threat_ru = rng.choice(THREATS)
    lawyer_first, lawyer_last = rng.choice(FIRST), rng.choice(SURNAMES)
    return {
        "name": f"{first[0]} {last[0]}",
        "name_ru": f"{first[1]} {last[1]}",
        "name_ru_dat": f"{_dative(first[1])} {last[1]}у",
        "age": str(rng.randint(21, 58)),
        "n": str(rng.randint(1, 40)),
        "region": region,
        "region_ru": region_ru,
        "rel": rel,
        "rel_ru": rel_ru,
        "month": month,
        "month_ru": month_ru,
        "month_ru_loc": month_ru_loc,
        "promise": promise,
        "promise_ru": promise_ru,
        "threat": threat,
        "threat_ru": threat_ru,
        "lawyer": f"{lawyer_first[0]} {lawyer_last[0]}",
        "lawyer_ru": f"{lawyer_first[1]} {lawyer_last[1]}",
        "count": str(rng.randint(5, 120)),
        "years": str(rng.randint(2, 14)),
        "days": str(rng.randint(5, 30)),
        "conv_year": str(rng.randint(2010, 2021)),
    }


def _templates(
    rng: random.Random, russian: bool, exclude: frozenset[str] = frozenset()
) -> list[str]:
    """A story's sentence templates in order, "\n" between paragraphs; none from ``exclude``."""
    pools = (RU_LEAD, RU_BODY, RU_QUOTE) if russian else (EN_LEAD, EN_BODY, EN_QUOTE)
    lead, body, quote = ([t for t in pool if t not in exclude] for pool in pools)
    chosen = rng.sample(body, min(len(body), rng.randint(6, 11))) + rng.sample(
        quote, min(len(quote), rng.randint(1, 2))
    )
    rng.shuffle(chosen)
    out = [rng.choice(lead), "\n"]
    for i, template in enumerate(chosen):
        out.append(template)
        if i % rng.randint(2, 3) == 1:
            out.append("\n")
    return out


def _render(story: Story) -> list[str]:
    """Paragraphs of the story's body."""
    paragraphs: list[list[str]] = [[]]
    for template in story.templates:
        if template == "\n":
            paragraphs.append([])
        else:
            paragraphs[-1].append(template.format(**story.facts))
    return [" ".join(p) for p in paragraphs if p]


def _headline(rng: random.Random, story: Story) -> str:
    pool = RU_HEADLINES if story.russian else EN_HEADLINES
    return rng.choice(pool).format(**story.facts)


def _original(rng: random.Random, story: Story, outlet: str) -> str:
    return "\n\n".join([_headline(rng, story), *_render(story), outlet, FOOTER])


def _edit_words(rng: random.Random, paragraphs: list[str], russian: bool) -> list[str]:
    """Light edits over a whole article: one to five words replaced by a synonym, up to two
    typos (two letters swapped in a long word)."""
    words = "\n\n".join(paragraphs).split(" ")
    table = SYNONYMS_RU if russian else SYNONYMS_EN
    positions = [i for i, w in enumerate(words) if w in table]
    for i in rng.sample(positions, min(len(positions), rng.randint(1, 5))):
        words[i] = table[words[i]]
    for _ in range(rng.randint(0, 2)):
        long = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
        if long:
            i = rng.choice(long)
            w = words[i]
            j = rng.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words).split("\n\n")


def _reprint(rng: random.Random, story: Story, paragraphs: list[str], outlet: str) -> str:
    """A reprint by another outlet of the given paragraphs."""
    body = list(paragraphs)
    if rng.random() < 0.35 and len(body) > 2:  # truncated to a lead
        body = body[: max(2, round(len(body) * rng.uniform(0.5, 0.85)))]
        body.append(f"Read the full story at {outlet}.")
    if rng.random() < 0.6:
        body = _edit_words(rng, body, story.russian)
    if rng.random() < 0.3 and len(body) > 3:  # a sentence dropped
        k = rng.randrange(1, len(body))
        sentences = body[k].split(". ")
        if len(sentences) > 1:
            sentences.pop(rng.randrange(len(sentences)))
            body[k] = ". ".join(sentences)
    if rng.random() < 0.4:  # other quotes and dashes
        body = [
            p.replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"') for p in body
        ]
        body = [p.replace(" — ", " - ") for p in body]
    if rng.random() < 0.3:  # numbers written otherwise
        body = [p.replace("200,000", "200 000").replace("No. ", "No ") for p in body]
    if rng.random() < 0.4:  # a dateline
        body[0] = f"{story.facts['region'].upper()} ({outlet}) — {body[0]}"
    top = [_headline(rng, story)]
    if rng.random() < 0.6:
        top.append(rng.choice([f"By {outlet} staff", "By Staff Reporter", "Автор: редакция"]))
    if rng.random() < 0.4:
        top.append(f"Photo: {outlet}")
    bottom = []
    if rng.random() < 0.5:
        bottom.append(
            f"This story was first published by {rng.choice(OUTLETS)} and is republished "
            "with permission."
        )
    if rng.random() < 0.5:
        bottom.append(
            f"{outlet} is funded by its readers. Support independent journalism by becoming "
            "a member today."
        )
    if rng.random() < 0.5:
        bottom.append(
            rng.choice(
                [
                    "Read more: Recruitment in colonies, a timeline",
                    "Subscribe to our Telegram channel",
                    "Подписывайтесь на наш канал в Telegram",
                    "Читайте также: Как вербуют в колониях",
                ]
            )
        )
    bottom.append(f"{outlet} — independent news from the regions")
    return "\n\n".join([*top, *body, *bottom, FOOTER])


def _follow_up(rng: random.Random, story: Story) -> Story:
    """The same case, newly written: same facts, other sentences, one or two reused."""
    fresh = _templates(rng, story.russian, exclude=frozenset(story.templates))
    reused = [t for t in story.templates[1:] if t != "\n"]
    for template in rng.sample(reused, min(len(reused), rng.randint(1, 2))):
        if template not in fresh:
            fresh.insert(rng.randrange(2, len(fresh) + 1), template)
    facts = dict(story.facts)
    facts["month"], facts["month_ru"], facts["month_ru_loc"] = rng.choice(MONTHS)
    return Story(story.russian, facts, fresh)


def generate(originals: int = 240, seed: int = SEED) -> list[dict[str, object]]:
    """The records of the set, in a shuffled order (deterministic for a given seed)."""
    rng = random.Random(seed)
    records: list[dict[str, object]] = []

    def emit(group: str, text: str) -> None:
        records.append({"group": group, "text": text, "fictional": True})

    for g in range(originals):
        story = Story(russian := rng.random() < 0.3, _facts(rng), _templates(rng, russian))
        outlet = rng.choice(OUTLETS)
        group = f"g{g:04d}"
        emit(group, _original(rng, story, outlet))
        versions = [_render(story)]
        for _ in range(rng.choice([0, 0, 1, 1, 2, 2, 3, 4, 5])):
            source = rng.choice(versions)
            reprint = _reprint(rng, story, source, rng.choice(OUTLETS))
            emit(group, reprint)
            body = [p for p in reprint.split("\n\n") if len(p.split()) > 12]
            if body and rng.random() < 0.3:
                versions.append(body)  # a later reprint copies this reprint
        if rng.random() < 0.35:
            emit(f"{group}f", _original(rng, _follow_up(rng, story), rng.choice(OUTLETS)))
        if rng.random() < 0.2:
            twin = Story(russian, _facts(rng), story.templates)
            emit(f"{group}t", _original(rng, twin, rng.choice(OUTLETS)))
    rng.shuffle(records)
    for i, record in enumerate(records):
        record["id"] = f"DOC-{i:05d}"
    return [
        {"id": r["id"], "group": r["group"], "text": r["text"], "fictional": True} for r in records
    ]


def main() -> int:
    records = generate()
    with OUTPUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    groups = {r["group"] for r in records}
    print(f"{len(records)} documents, {len(groups)} groups -> {OUTPUT.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
