"""Incident grouping: where and when an incident is placed. Texts and people are fictional."""

from datetime import date

import pytest

from recruitwatch.extraction.pipeline import analyse
from recruitwatch.extraction.stages.incidents._places import Builder, Place
from recruitwatch.extraction.stages.incidents._times import sentence_modality
from recruitwatch.extraction.stages.incidents._victims import group_signed, other_victims
from tests.extraction.documents import fictional_document

_STATION = (
    "Aziz, a fictional Tajik worker, had lived in St Petersburg for six years.\n\n"
    "He was taken to a police station, where an officer told him he would be deported unless "
    "he signed a military contract.\n\n"
)


def _incidents_of(text: str, language: str, published: date):  # type: ignore[no-untyped-def]
    """The incidents of a fictional document published on ``published``."""
    return analyse(fictional_document(text, language=language, published=published)).incidents


def test_an_unnumbered_station_named_after_a_region_is_in_that_region():
    """The report names another region further on: the station's is the one named before."""
    text = _STATION + "His cousin later found work in the Leningrad region."
    analysis = analyse(fictional_document(text, language="en"))
    [incident] = analysis.incidents
    assert incident.location.facility == "police station"
    assert incident.location.region == "RU-SPE"


def test_where_an_account_was_told_does_not_place_the_incident():
    """ "…,” he told the Volga Courier in a café near his hostel": the hostel is where he
    spoke, so it neither places nor splits the incident at the police station."""
    text = _STATION + (
        "“Sign, or tomorrow you are on a plane home,” Aziz told the Volga Courier in a café "
        "near his hostel."
    )
    analysis = analyse(fictional_document(text, language="en"))
    [incident] = analysis.incidents
    assert incident.location.facility == "police station"
    assert "threat_of_deportation" in incident.coercion
    assert len(incident.evidence) == 2


_VOLUNTEER = (
    "Prisoners at IK-2 in the Sverdlovsk region were told to sign contracts or face new "
    "criminal cases, a fictional relative said.\n\n"
    "Pavel Orlov, 34, who was convicted of robbery in 2019, told the Ural Courier by telephone "
    "from a training camp in the Rostov region that he had applied to join Wagner in February "
    "while still at IK-2. They did not threaten him, he said."
)


def test_where_the_account_was_given_from_is_not_the_incident_region():
    analysis = analyse(fictional_document(_VOLUNTEER, language="en"))
    regions = {incident.location.region for incident in analysis.incidents}
    assert "RU-ROS" not in regions
    assert regions == {"RU-SVE"}


def test_a_date_in_a_prisoners_history_is_not_the_incident_date():
    """ "convicted of robbery in 2019" dates the conviction; "in February" the recruitment."""
    analysis = analyse(fictional_document(_VOLUNTEER, language="en"))
    volunteer = next(i for i in analysis.incidents if "Orlov" in i.evidence[0].text)
    assert volunteer.date.start == "2023-02"


def test_convicts_named_before_a_date_are_no_conviction_date():
    """Fictional. «осуждённых» is the everyday word for convicts, not «осуждён в 2019 году»:
    the month after it dates the incident the next sentence tells."""
    text = (
        "Около двадцати осуждённых колонии-поселения № 8 под Хабаровском в конце "
        "июля вывезли «на уборку территории». На месте им предложили подписать контракт, а "
        "отказавшимся пригрозили новыми уголовными делами."
    )
    document = fictional_document(text, language="ru", published=date(2024, 8, 5))
    [incident] = analyse(document).incidents
    assert incident.date.start == "2024-07"


def test_an_investigators_refusal_is_no_refusal_of_a_contract():
    """Fictional. «следователь отказал» refuses the lawyer a recording; it is not the prisoner
    turning a contract down, so the charge's paragraph is no incident of its own."""
    text = (
        "По словам адвоката, весной осуждённому вымышленной ИК-31 в Республике Коми угрожали "
        "новым уголовным делом, если он не подпишет контракт.\n\n"
        "14 июля, согласно обвинительному заключению, он во время обыска в камере ШИЗО толкнул "
        "инспектора. Адвокат ходатайствовала о приобщении записи, но следователь отказал."
    )
    document = fictional_document(text, language="ru", published=date(2025, 10, 1))
    [incident] = analyse(document).incidents
    assert "threat_of_prosecution" in incident.coercion


_HOSTEL_THEN_OFFICE = (
    "В вымышленное общежитие на окраине Нерюнгри пришли полицейские вместе с сотрудником "
    "военкомата. Около пятнадцати жильцов посадили в автобус, сказав, что везут их «на "
    "дактилоскопию» в миграционный отдел.\n\n"
    "На самом деле автобус приехал к военкомату Нерюнгринского района. Офицер сказал, что "
    "отказ не принимается: или подписываете, или сидите здесь, пока не подпишете."
)


def test_the_office_the_men_were_driven_to_from_a_hostel_is_the_same_incident():
    """Fictional. The hostel they were taken from and the office the bus brought them to, in
    the next paragraph, are one incident, placed where the threat was made."""
    document = fictional_document(_HOSTEL_THEN_OFFICE, language="ru", published=date(2024, 11, 14))
    [incident] = analyse(document).incidents
    assert incident.location.facility == "military enlistment office"
    assert {"deception", "denial_of_choice"} <= set(incident.coercion)


def test_a_case_brought_to_a_station_in_another_city_is_its_own_incident():
    """Fictional digest: the next entry's "taken to a police station" in another city does not
    join the camp of the entry before."""
    text = (
        "12 августа, Карелия. Около двадцати вымышленных заключённых ИК-9 вывезли из колонии "
        "этапом в Ростовскую область. По словам родственников, уже на месте, в палаточном "
        "лагере, мужчинам велели подписать документы «задним числом», а тех, кто отказывался, "
        "держали на улице без еды. Оба в итоге подписали.\n\n"
        "14 августа, Санкт-Петербург. Мигранта задержали у метро и доставили в отдел полиции. "
        "Там сотрудник полиции сказал ему, что если он не подпишет контракт, его депортируют."
    )
    document = fictional_document(text, language="ru", published=date(2025, 9, 1))
    assert len(analyse(document).incidents) == 2


def test_a_relative_of_a_third_detainee_opens_his_case():
    """Fictional: "The wife of a third detainee … said her husband signed" is his case, not
    more of the lawyer's client's, told in the paragraphs before."""
    text = (
        "Men held at fictional SIZO-3 in Chelyabinsk were told on Tuesday that their cases "
        "would be closed if they signed contracts.\n\n"
        "Timur Galeyev, who represents one of the men, said an investigator told his client: "
        "sign, or we add a second charge.\n\n"
        "The wife of a third detainee, Yulia, said her husband signed on Wednesday. They brought "
        "the contract with everything already filled in, she said."
    )
    document = fictional_document(text, language="en", published=date(2024, 4, 18))
    assert len(analyse(document).incidents) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Редакция направила вопросы в вымышленную ИК-7 в Иркутской области.\n\n"
            "В ведомстве ответили, что «вербовка осуждённых не проводится». По данным вымышленной "
            "инициативы «Окно», с осени 2022 года из колоний области на фронт могли уехать "
            "несколько тысяч человек.",
            "ru",
        ),
        (
            "We sent questions to fictional IK-7 in the Irkutsk region.\n\n"
            "The directorate said that no recruitment takes place. According to the fictional "
            "group Window, since the autumn of 2022 about 300 men have left the region's colonies "
            "for the front.",
            "en",
        ),
    ],
)
def test_an_answer_and_a_tally_since_a_year_are_no_incident(text, language):
    """Fictional: an institution's denial and a count of all who left since a season of a year
    tell no one's case."""
    document = fictional_document(text, language=language, published=date(2024, 5, 1))
    assert [i.evidence[0].text for i in analyse(document).incidents] == []


def test_a_digests_tallies_and_a_bill_join_no_case():
    """Fictional digest: "Eleven messages described threats to parole …" sums the month up,
    and a bill "that would allow courts to suspend cases" is background; the yard meeting of
    6 February is the case, with its own date and coercion."""
    text = (
        "In February the hotline received 61 messages, most from citizens of Uzbekistan, "
        "Tajikistan and Kyrgyzstan. Eleven messages described threats to parole, nine described "
        "threats of deportation and four described beatings.\n\n"
        "1. Komi Republic, IK-31. On 6 February all prisoners of the fictional colony were "
        "ordered out into the yard for a meeting with two officers from the Defence Ministry, "
        "the mother of one prisoner told our hotline. According to her son, the deputy head "
        'said that anyone who refused "would never see parole", and 14 men signed that day.\n\n'
        "On 21 February a bill passed its first reading in the State Duma that would allow "
        "courts to suspend criminal cases against defendants who sign a contract."
    )
    document = fictional_document(text, language="en", published=date(2024, 3, 12))
    [incident] = analyse(document).incidents
    assert incident.date.start == "2024-02-06"
    assert {"denial_of_choice", "other"} <= set(incident.coercion)
    assert incident.victims.nationality == ()


_INTERVIEW = (
    "Nurlan (not his real name), a fictional Kyrgyz courier, spent seven months in SIZO-2 in "
    "Kazan.\n\n"
    "Q: When did people start talking to you about a contract?\n\n"
    "A: At the beginning of August. An operative called me out of the cell to his office. He "
    'said: "You are looking at fifteen years. Sign with the Defence Ministry and your case will '
    'be suspended."\n\n'
    "Q: Were you the only one?\n\n"
    "A: No. In my first cell there was Sherzod, an Uzbek from Fergana.\n\n"
    "Q: What happened to him?\n\n"
    "A: They called him out in the middle of August. When he came back he told me they had "
    "promised him a Russian passport and that his case would be closed, and that otherwise he "
    "was looking at twenty years. After a week he signed."
)


def test_an_interviewees_own_case_and_his_cellmates_are_two():
    """Fictional Q&A. The answer about his own summons is his case, not a lead summarising
    the cellmate's; "They called him out" is the cellmate the answer before ended on."""
    document = fictional_document(_INTERVIEW, language="en", published=date(2023, 11, 20))
    incidents = analyse(document).incidents
    assert len(incidents) == 2
    assert "threat_of_prosecution" in incidents[0].coercion


_TRANSLATED = (
    "The largest meeting took place on 14.03.2024 in the klub of fictional IK-2 in Mordovia. "
    "The deputy head said that whoever does not sign today should forget about parole, "
    "Larisa K. said. About twenty men signed.\n\n"
    "Pavel S. (name changed), 39, refused the contract at the same meeting, his sister Olga "
    "said. Two days later, on 16.03.2024, he was placed in the SHIZO for fifteen days.\n\n"
    "A notice posted in the units on 03.04.2024 says that representatives of the voenkomat "
    "will visit IK-2 again on 15.04.2024.\n\n"
    "In Penza, on 21.03.2024, police drove Firuz M., a fictional Tajik worker, to the "
    "voenkomat instead of the migration department. An officer said he would be deported if "
    "he did not sign. The next day a court ordered his vydvorenie (administrative expulsion), "
    "and he was taken to the TsVSIG."
)


def test_a_translated_reports_meeting_refusal_plan_and_office_keep_their_own_dates_and_places():
    """Fictional. "sign today" is the meeting's demand, not the report's day; Pavel's case
    is dated by the punishment cell after his refusal; "will visit … again on 15.04.2024" is
    a plan; the detention centre a court's expulsion order took Firuz to is not where he was
    threatened."""
    document = fictional_document(_TRANSLATED, language="en", published=date(2024, 4, 8))
    incidents = analyse(document).incidents
    assert [(i.date.start, i.modality) for i in incidents] == [
        ("2024-03-14", "occurred"),
        ("2024-03-16", "occurred"),
        ("2024-04-15", "planned"),
        ("2024-03-21", "occurred"),
    ]
    assert incidents[-1].location.facility == "military enlistment office"


_DIGEST_RU = (
    "С 15 по 21 сентября к нам поступило 27 обращений. Из них 16 касаются колоний, 11 — "
    "мигрантов из Узбекистана и Таджикистана. В семи обращениях говорится об угрозах перевести "
    "в более строгие условия, в пяти — об угрозах выдворения.\n\n"
    "1) Омск, ИК-9. 16 сентября осуждённых вымышленного отряда вызывали в кабинет, где их ждал "
    "представитель Минобороны. Отказавшимся, по словам сестры одного из заключённых, обещали "
    "перевод в ЕПКТ до конца срока.\n\n"
    "2) Иркутск, СИЗО-1. На прошлой неделе следователь предложил обвиняемому Максиму "
    "«приостановить дело», если тот подпишет контракт.\n\n"
    "3) Самара. В конце августа несколько десятков граждан Узбекистана доставили в военкомат, где "
    "отказавшимся пригрозили выдворением."
)


def test_a_russian_digests_tallies_join_no_case_and_a_case_has_only_its_own_teller():
    """Fictional weekly digest: the week's tallies lend case 1 neither date nor nationalities;
    «приостановить дело» is the offer; the sister of case 1 does not tell cases 2 and 3."""
    document = fictional_document(_DIGEST_RU, language="ru", published=date(2025, 9, 22))
    incidents = analyse(document).incidents
    assert [i.date.start for i in incidents] == ["2025-09-16", "2025-09", "2025-08"]
    assert incidents[0].victims.nationality == ()
    assert "promise_of_passport_or_pardon" in incidents[1].coercion
    assert [len(i.sources) for i in incidents[1:]] == [0, 0]


_COMPLAINT = (
    "05.05.2025 в помещении клуба вымышленной ФКУ ИК-7 УФСИН России по Республике Карелия было "
    "проведено собрание осуждённых с участием представителей Министерства обороны. Со слов "
    "моего подзащитного, явка на собрание была обязательной.\n\n"
    "Лыков А. И. от заключения контракта отказался.\n\n"
    "06.05.2025 Лыков А. И. был водворён в штрафной изолятор сроком на 15 суток.\n\n"
    "07.05.2025 один из сотрудников нанёс Лыкову А. И. не менее пяти ударов, требуя «подписать "
    "бумагу».\n\n"
    "Кроме того, со слов Лыкова А. И., 08.05.2025 оперуполномоченный сообщил осуждённому Ю., что "
    "в отношении него будет «инициирована проверка по статье 321 УК РФ»."
)


def test_a_complaint_to_a_prosecutor_tells_the_meeting_the_cell_and_the_threat():
    """Fictional complaint: compulsory attendance, the punishment cell told of him by name
    after his refusal, the blows to make him "sign the paper", and «инициирована проверка».
    «Лыков А. И.», «Лыкову А. И.» and «Лыкова А. И.» are one man, who tells the last case."""
    analysis = analyse(fictional_document(_COMPLAINT, language="ru", published=date(2025, 5, 19)))
    coercion = [set(i.coercion) for i in analysis.incidents]
    assert "denial_of_choice" in coercion[0]
    assert any({"other", "physical_force"} <= c for c in coercion)
    assert "threat_of_prosecution" in coercion[-1]
    assert {p.value for p in analysis.people} >= {"Лыков А. И."}
    assert not any(p.value in ("А. И.", "Лыкова А. И.") for p in analysis.people)
    assert "Лыков А. И." in {s.name for s in analysis.incidents[-1].sources}


_CHANNEL = (
    "14 мая, 10:12\n\n"
    "Хабаровский край, ИК-14\n\n"
    "Нам пишет жена осуждённого: вчера вечером её мужа и ещё около 30 человек из его отряда "
    "завели в клуб, где их ждали «покупатели» из Минобороны.\n\n"
    "#вербовка #ИК14 #Хабаровск"
)


def test_a_channel_posts_case_is_dated_by_its_header_and_its_hashtags_tell_nothing():
    """Fictional channel post: «завели в клуб, где их ждали „покупатели“» is the event; «жена
    осуждённого: вчера» is no conviction's date, so «вчера» is the day before the post; the
    hashtag line is no evidence."""
    document = fictional_document(_CHANNEL, language="ru", published=date(2026, 5, 18))
    [incident] = analyse(document).incidents
    assert incident.date.start == "2026-05-13"
    assert all(not e.text.startswith("#") for e in incident.evidence)


def test_a_planned_visit_on_a_day_without_its_year_is_the_next_such_day():
    """Published 20 May 2024: "will come again on 3 June" is 3 June 2024, not 2023."""
    text = (
        "The administration of IK-5 in the Vladimir region announced that recruiters will come "
        "again on 3 June for prisoners who refused to sign, a fictional relative said."
    )
    document = fictional_document(text, language="en", published=date(2024, 5, 20))
    [incident] = analyse(document).incidents
    assert incident.modality == "planned"
    assert incident.date.start == "2024-06-03"


_PAPERS = (
    "On 12 September five prisoners of IK-10 in Perm Krai were told to sign papers they were "
    "not allowed to read, a fictional wife wrote.\n\n"
)


def test_a_fear_of_what_comes_next_is_its_own_incident():
    text = _PAPERS + (
        "Now he is afraid that he will be put on the next convoy to the front any day, "
        "without being asked."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert [i.modality for i in incidents] == ["occurred", "feared"]


def test_fear_told_in_the_past_stays_in_the_incident():
    text = _PAPERS + "He was scared, and he signed the contract that day."
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert [i.modality for i in incidents] == ["occurred"]


def test_an_office_someone_comes_from_is_not_where_the_incident_is():
    """Fictional: "a man from the enlistment office had brought" a contract to the station."""
    text = (
        "Oybek, a fictional Uzbek driver, was stopped in Nizhny Novgorod and taken to the local "
        "police station. There officers told him he would be deported unless he signed a "
        "contract, which a man from the enlistment office had brought with him."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert incident.location.facility == "police station"


def test_an_office_someone_works_for_is_not_where_the_incident_is_in_russian():
    """Fictional: the investigator «отдела полиции» came to the detention centre; the man «из
    военкомата» sat in an office of the migrant detention centre."""
    text = (
        "Азамат, вымышленный осуждённый, содержится в СИЗО-1 в Саратовской области. 17 мая с "
        "ним беседовал следователь отдела полиции и потребовал подписать контракт, иначе "
        "заведут новое уголовное дело.\n\n"
        "В ЦВСИГ в Красноярске вымышленного Нурлана вызвали в кабинет, где сидел человек из "
        "военкомата. Ему сказали: подпишешь контракт, или тебя депортируют."
    )
    incidents = analyse(fictional_document(text, language="ru")).incidents
    assert [i.location.facility for i in incidents] == ["SIZO-1", "migrant detention center"]


def test_two_from_the_enlistment_office_leave_the_colony_the_place():
    """Fictional: «приехали двое из военкомата» to the colony-settlement the paragraph opened
    with; they came from the office, the settlers were pressed at the colony."""
    text = (
        "Пишет вымышленный Тимофей из колонии-поселения № 26 в Пермском крае. Вчера поселенцев "
        "собрали в столовой, приехали двое из военкомата и замначальника КП. Отказникам "
        "пообещали: отменят выезды домой на выходные и снимут с оплачиваемой работы."
    )
    [incident] = analyse(fictional_document(text, language="ru")).incidents
    assert incident.location.facility == "KP-26"
    assert incident.coercion == ("other",)


def test_a_station_and_an_office_on_one_route_are_one_incident_where_the_coercion_is():
    """Fictional raids: a police station and an enlistment office are two stops of one
    detention, told in either order; the incident is where the pressure was put."""
    to_office = (
        "Police in Novosibirsk rounded up fictional migrants at a market on Saturday and drove "
        "them to a military enlistment office, where they were told they would be deported "
        "unless they signed army contracts.\n\n"
        "“They were promised a quick check at the police station. Instead the buses went "
        "straight to the enlistment office,” a fictional lawyer said.\n\n"
        "At the enlistment office, officials said anyone who refused would be deported."
    )
    at_station = (
        "On 9 January the fictional Myrat was stopped near his work and taken to a police "
        "station. Three officers there told him to sign a Ministry of Defence contract. When "
        "he refused, they beat him.\n\n"
        "He was taken to the enlistment office the next morning."
    )
    found = [
        [
            (i.location.facility, i.date.start)
            for i in analyse(fictional_document(t, language="en")).incidents
        ]
        for t in (to_office, at_station)
    ]
    assert found == [
        [("military enlistment office", "2023-02-11")],
        [("police station", "2023-01-09")],
    ]


def test_papers_kept_at_the_station_leave_the_incident_at_the_office():
    """Fictional hostel raid: the passports kept at the police station are leverage ("other"),
    but the men were pressed to sign at the enlistment office, so the incident is there."""
    text = (
        "On 14 May police officers came to a fictional hostel in Tula, collected the "
        "residents’ passports “for verification” and drove nine men to a police station.\n\n"
        "The next morning the men were taken to the city military enlistment office. There, "
        "an officer told them that their work permits had “irregularities” and that they "
        "would be deported unless they signed. Their passports were not returned. Three of "
        "the men signed that afternoon."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert incident.location.facility == "military enlistment office"
    assert "other" in incident.coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 24 March the fictional news site Steppe Pulse reported that at least five "
            "Kyrgyz prisoners held at IK-27 in Krasnoyarsk Krai were beaten in late February "
            "until they agreed to sign contracts.",
            "en",
        ),
        (
            "24 марта вымышленный канал «Зона» сообщил, что в конце февраля пятерых "
            "заключённых ИК-27 избили, пока они не согласились подписать контракты.",
            "ru",
        ),
    ],
)
def test_the_day_of_a_report_does_not_date_what_it_reports(text, language):
    """Fictional: the report's day comes first in the sentence, the event's month after."""
    [incident] = analyse(
        fictional_document(text, language=language, published=date(2023, 4, 10))
    ).incidents
    assert incident.date.start == "2023-02"


def test_a_month_told_is_kept_before_a_season_announced():
    """Fictional: "In November, the son told his father, … “everyone will go in the spring”"
    is November's: the spring is what was announced, not what the report tells first."""
    text = (
        "A fictional father wrote that his son is serving a sentence in IK-6 in the Saratov "
        "region. In November, the son told his father, the foreign inmates in his colony were "
        "told that “everyone will go in the spring”, whether they wanted to or not."
    )
    [incident] = _incidents_of(text, "en", date(2024, 12, 5))
    assert incident.date.start == "2024-11"


def test_a_letter_dated_within_the_incident_is_its_evidence():
    """Fictional: the letter of 25 February quotes the disciplinary unit of the late-February
    beating told just before; it is that incident's evidence, not the next letter's own."""
    text = (
        "On 24 March a fictional news site reported that five Kyrgyz prisoners of IK-27 in "
        "Krasnoyarsk Krai were beaten in the colony's punishment cell in late February until "
        "they agreed to sign contracts.\n\n"
        "The mother sent a photograph of her son's letter. The letter, dated 25 February, "
        "reads in part: “They keep the five of us in the disciplinary unit, they say we will "
        "stay here until we understand.”"
    )
    incidents = _incidents_of(text, "en", date(2023, 4, 10))
    assert [i.date.start for i in incidents] == ["2023-02"]


def test_a_case_told_in_summary_and_then_in_full_is_one_incident():
    """Fictional feature: the summary ("he signed … in May while he was held in a detention
    centre"), a paragraph on how he came there, and the account ("signed on May 14 together
    with two other Kyrgyz men") tell one case of May, not two."""
    text = (
        "The fictional Kubat, 23, came home from the front in a coffin last week. According to "
        "his mother, he signed a contract with the Ministry of Defence in May while he was held "
        "in a migrant detention centre in Sakharovo, after officers there told him that he "
        "would otherwise be deported.\n\n"
        "In April, he was stopped at a document check near a metro station in Moscow. His "
        "registration had expired and a court ordered his expulsion. He was taken to the "
        "migrant detention centre in Sakharovo.\n\n"
        "His cousin said officers began talking to the detainees about contracts at the start "
        "of May. Kubat signed on May 14 together with two other Kyrgyz men from the same block, "
        "the cousin said. “The officer brought the papers to the block and waited while they "
        "signed.”"
    )
    incidents = _incidents_of(text, "en", date(2024, 7, 1))
    [may] = [i for i in incidents if (i.date.start or "").startswith("2024-05")]
    assert may.date.start == "2024-05-14"
    assert {"threat_of_deportation", "forced_signing"} <= set(may.coercion)
    assert len(may.evidence) == 3


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Police raided a fictional hostel in Kazan on 3 March and drove 20 men to the "
            "enlistment office, where they were told they would be deported unless they "
            "signed.\n\n"
            "Sobir, a fictional bricklayer from the same hostel, told us he had signed a "
            "contract in December of his own accord.",
            "en",
            1,
        ),
        (
            "3 марта полиция устроила рейд в вымышленном общежитии в Казани и отвезла 20 "
            "человек в военкомат, где им пригрозили депортацией, если они не подпишут "
            "контракт.\n\n"
            "Вымышленный Зафар из того же общежития ещё в декабре сам пришёл в военкомат и "
            "подписал контракт.",
            "ru",
            1,
        ),
        (
            "3 марта полиция устроила рейд в вымышленном общежитии в Казани и отвезла 20 "
            "человек в военкомат, где им пригрозили депортацией, если они не подпишут "
            "контракт.\n\n"
            "Вымышленный Анвар из Самарканда ещё в феврале сам пришёл в пункт отбора на "
            "контрактную службу в Казани.",
            "ru",
            1,
        ),
        (
            "3 марта полиция устроила рейд в вымышленном общежитии в Казани и отвезла 20 "
            "человек в военкомат, где им пригрозили депортацией, если они не подпишут "
            "контракт.\n\n"
            "Его сосед по общежитию в Казани в октябре сам подписал контракт в военкомате.",
            "ru",
            1,
        ),
        (
            "Police raided a fictional hostel in Kazan on 3 March and drove 20 men to the "
            "enlistment office, where they were told they would be deported unless they "
            "signed.\n\n"
            "Sobir, a fictional bricklayer from the same hostel, asked to sign a contract at the "
            "Kazan enlistment office in December.",
            "en",
            1,
        ),
        # Asked by others is no volunteering.
        (
            "Police raided a fictional hostel in Kazan on 3 March and drove 20 men to the "
            "enlistment office, where they were told they would be deported unless they "
            "signed.\n\n"
            "Sobir, a fictional bricklayer, was asked to sign a contract at the Kazan enlistment "
            "office in December.",
            "en",
            2,
        ),
        # Doubt is proposed: it may yet be coercion.
        (
            "Police raided a fictional hostel in Kazan on 3 March and drove 20 men to the "
            "enlistment office, where they were told they would be deported unless they "
            "signed.\n\n"
            "Sobir, a fictional bricklayer, signed a contract at the Kazan enlistment office "
            "in December; it is unclear whether he did so voluntarily.",
            "en",
            2,
        ),
    ],
)
def test_one_who_went_of_his_own_accord_is_no_incident(text, language, expected):
    incidents = analyse(
        fictional_document(text, language=language, published=date(2025, 3, 20))
    ).incidents
    assert len(incidents) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police raided a fictional hostel in Samara on 3 March and drove 20 men to the "
            "enlistment office, where they were told they would be deported unless they "
            "signed.\n\n"
            "The fictional researcher Timur Abdullaev believes that the threat of deportation "
            "has become the recruiters' cheapest tool. Those already held in detention centres "
            "awaiting expulsion are particularly vulnerable, he said.",
            "en",
        ),
        (
            "3 марта полиция устроила рейд в вымышленном общежитии в Самаре и отвезла 20 "
            "человек в военкомат, где им пригрозили депортацией, если они не подпишут "
            "контракт.\n\n"
            "Вымышленный правозащитник Андрей Зимин считает, что угроза выдворения стала для "
            "вербовщиков самым дешёвым инструментом. «Прямой приказ подписать контракт "
            "встречается редко. Водворение в ШИЗО за отказ — прямое нарушение закона».",
            "ru",
        ),
    ],
)
def test_an_experts_view_of_the_practice_is_no_incident(text, language):
    """Fictional commentary after a raid: the expert's view anchors no second incident."""
    incidents = analyse(
        fictional_document(text, language=language, published=date(2025, 3, 20))
    ).incidents
    assert len(incidents) == 1


def test_a_lawyers_view_of_his_clients_case_still_tells_it():
    """Fictional: "His lawyer argues that the expulsion was retaliation for his refusal" is a
    claim about one man's case, not a view of the practice."""
    text = (
        "A fictional Tajik worker, Rahim, was expelled from Russia on 12 May after a week in "
        "the migrant detention centre in Omsk. His lawyer argues that the expulsion was "
        "retaliation for his refusal to sign a contract with the Ministry of Defence."
    )
    incidents = _incidents_of(text, "en", date(2025, 6, 1))
    assert any("retaliation" in e.text for i in incidents for e in i.evidence)


def test_a_paragraph_between_an_incidents_own_lends_it_nationalities_and_sources():
    """Fictional wire report: the second paragraph tells no event, only who the men were and
    who says so; it belongs to the raid told around it."""
    text = (
        "Police in Novosibirsk rounded up about 60 fictional migrants at a market and drove "
        "them to a military enlistment office, where they were told they would be deported "
        "unless they signed army contracts.\n\n"
        "Most of the men were citizens of Kyrgyzstan and Uzbekistan, according to Open Road.\n\n"
        "At the enlistment office, officials said anyone who refused would be deported."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert set(incident.victims.nationality) == {"KG", "UZ"}
    assert "Open Road" in [s.name for s in incident.sources]


def test_an_announced_visit_said_to_be_no_rumour_is_planned():
    text = (
        "Not a rumour: the fictional FSIN directorate for Chuvashia has announced that "
        "Ministry of Defence representatives will hold meetings with convicts from 16 to 20 "
        "March to explain the conditions of military service under contract."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert (incident.modality, incident.location.region, incident.date.start) == (
        "planned",
        "RU-CU",
        "2023-03-16",
    )


def test_a_list_read_out_in_another_month_is_another_incident():
    """Fictional NGO report: a beating in March, then a list read out in May, both at IK-11."""
    text = (
        "On 12 March, three prisoners of penal colony No. 11 in the Krasnoyarsk region who had "
        "refused to sign contracts were beaten by guards.\n\n"
        "In May, the administration of IK-11 read out a list of 40 prisoners and told them to "
        "prepare for transfer to a training ground."
    )
    incidents = _incidents_of(text, "en", date(2024, 6, 20))
    assert [(i.location.facility, i.date.start) for i in incidents] == [
        ("IK-11", "2024-03-12"),
        ("IK-11", "2024-05"),
    ]


def test_a_courts_refusal_is_not_an_incident():
    text = (
        "Вымышленный суд отказал в принятии жалобы к рассмотрению. Первая инстанция "
        "отказалась рассматривать жалобу."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert not [c for c in analysis.cues if c.kind == "event"]


def test_one_recruits_unclear_signing_at_a_numbered_colony_is_an_incident():
    """The recruit is named in the sentence before; the signing is told of "him"."""
    text = (
        "Сухроб, вымышленный гражданин Таджикистана, отбывает срок в ИК-17 в Красноярском "
        "крае. В июле он подписал контракт с Минобороны. Так что неясно, подписал ли он "
        "добровольно."
    )
    [incident] = analyse(fictional_document(text, language="ru")).incidents
    assert (incident.location.facility, incident.coercion) == ("IK-17", ())
    assert incident.victims.nationality == ("TJ",)


def test_an_institutions_claim_of_voluntary_signing_is_no_incident():
    text = (
        "The fictional directorate of IK-4 said that all contracts at IK-4 were signed "
        "exclusively on a voluntary basis."
    )
    assert analyse(fictional_document(text, language="en")).incidents == ()


def test_a_victims_nationality_is_read_where_he_was_introduced():
    text = (
        "Aziz (not his real name), a fictional Tajik citizen, had lived in St Petersburg for "
        "years.\n\n"
        "Last month he was taken to a police station, where officers told him to sign a "
        "military contract.\n\n"
        "“Sign, or tomorrow you are on a plane home,” an officer told Aziz, he said."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert [i.victims.nationality for i in incidents] == [("TJ",)]


def test_a_statement_about_the_pattern_is_no_incident():
    text = (
        "Fictional lawyers say the pattern has grown more common since the summer: document "
        "checks that end not with a fine but with an offer that is hard to refuse."
    )
    assert analyse(fictional_document(text, language="en")).incidents == ()


def test_a_plan_known_by_rumour_is_feared_and_an_announced_one_planned():
    rumour = (
        "At KP-28 in the fictional settlement, people here say that next time foreigners will "
        "not be asked, they will just be put on a list."
    )
    announced = (
        "At KP-28 in the fictional settlement, the administration has announced that next time "
        "foreigners will not be asked, they will just be put on a list."
    )
    assert [i.modality for i in analyse(fictional_document(rumour, language="en")).incidents] == [
        "feared"
    ]
    assert [
        i.modality for i in analyse(fictional_document(announced, language="en")).incidents
    ] == ["planned"]


def test_headings_and_tallies_are_no_incidents():
    """A title-case heading, a subheading that quotes, a monitor's count of complaints and an
    official's "fake" are no incidents; the report's own paragraph is (fictional)."""
    english = (
        "III. Raids, Enlistment Offices and Threats of Deportation\n\n"
        "Fictional Watch received 163 complaints about threats of deportation this year.\n\n"
        "On 3 March police detained Jamshed at a market in Moscow and took him to the "
        "enlistment office, where officers threatened him with deportation."
    )
    [incident] = analyse(fictional_document(english, language="en")).incidents
    assert "Jamshed" in incident.evidence[0].text
    russian = (
        "Колония: «Отказ не предусмотрен»\n\n"
        "ГУФСИН назвало сообщения об избиениях в ИК-2 «фейком».\n\n"
        "В марте в ИК-2 в Мордовии осуждённых избили за отказ подписать контракт."
    )
    [incident] = analyse(fictional_document(russian, language="ru")).incidents
    assert incident.evidence[0].text.startswith("В марте")
    # (a hyphenated designation among the words before «фейком», and the directorate's
    # "all signed voluntarily" after it)
    russian = russian.replace(
        "в ИК-2 «фейком».",
        "в ИК-22 «фейком». В ведомстве добавили, что «все осуждённые заключают контракты "
        "исключительно добровольно».",
    )
    [incident] = analyse(fictional_document(russian, language="ru")).incidents
    assert incident.evidence[0].text.startswith("В марте")


def test_an_age_after_a_colony_is_not_its_number():
    text = (
        "Об этом рассказал освободившийся из колонии 41-летний Глеб. "
        "Его заставили подписать контракт в ИК-7 в Коми."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert [f.value for f in analysis.facilities] == ["IK-7"]


def test_a_paragraph_that_opens_with_another_month_tells_another_incident():
    """ "The first visit was in mid-December … The second came in early February …": each
    paragraph's threat is its own visit, dated by the paragraph's opening (fictional)."""
    text = (
        "The first visit to IK-7 in the Komi Republic was in mid-December. Prisoners were "
        "gathered in the club and promised a pardon if they signed.\n\n"
        "The second visit came in early February. Officers told each prisoner who refused to "
        "sign that he would face a new criminal case."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert [(i.date.start, i.coercion) for i in incidents] == [
        ("2022-12", ("promise_of_passport_or_pardon",)),
        ("2023-02", ("threat_of_prosecution",)),
    ]


def test_a_planned_visit_on_a_weekday_is_the_next_such_day():
    """Published Thursday 16 February 2023: recruiters "will come on Tuesday" is the 21st."""
    text = (
        "The administration of IK-5 in the Vladimir region announced that recruiters will "
        "come on Tuesday."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert (incident.modality, incident.date.start) == ("planned", "2023-02-21")


_LETTER = (
    "The letter was written by a prisoner serving a sentence in penal colony IK-23 in "
    "Zabaykalsky Krai. His lawyer in Moscow has seen it.\n\n"
    "A.\n\nB.\n\nC.\n\nD.\n\n"
    "In September recruiters visited the unit. Three men were told that if they did not sign "
    "a contract, they would be deported straight after release."
)


def test_the_one_facility_of_a_report_places_its_unplaced_incidents():
    """However far below: a letter from IK-23 tells what happened at IK-23."""
    [incident] = analyse(fictional_document(_LETTER, language="en")).incidents
    assert incident.location.facility == "IK-23"
    assert incident.location.region == "RU-ZAB"


def test_with_two_facilities_an_unplaced_incident_stays_unplaced():
    text = _LETTER.replace("His lawyer", "He was moved there from SIZO-2; his lawyer")
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert incident.location.facility is None


def test_a_named_volunteers_own_account_is_an_incident_at_any_office():
    text = (
        "Daulet Ormanov is a Kazakh citizen who was working in Volgograd. Last autumn he walked "
        "into the enlistment office in Volgograd on his own and signed a contract."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert incident.coercion == ()
    assert incident.location.facility == "military enlistment office"


def test_an_officials_claim_of_a_voluntary_signing_is_no_account_of_its_own():
    text = (
        "Timur Aliev was beaten at the enlistment office in Volgograd until he signed.\n\n"
        "The police say he signed voluntarily."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    # Beaten until he signed: a forced signing; the police's word adds no incident.
    assert [i.coercion for i in incidents] == [("physical_force", "forced_signing")]


def test_a_volunteer_named_earlier_in_the_paragraph_and_told_of_as_he_is_an_incident():
    text = (
        "“Timur,” 22, a fictional Uzbek citizen, was detained in a raid. He said he had not "
        "been threatened. He told the fictional researchers that he had asked the officers "
        "to take him to the enlistment office, and that he signed a contract there on March 6."
    )
    [incident] = _incidents_of(text, "en", date(2024, 6, 1))
    assert incident.coercion == ()
    assert incident.date.start == "2024-03-06"


def test_a_prosecutors_account_of_a_voluntary_signature_is_no_incident():
    text = (
        "The prosecutor, fictional Captain of Justice Pyotr Lensky, told the court that "
        "Gorin's signature is on every page of the contract and that it was signed in the "
        "presence of an officer of the enlistment office."
    )
    assert analyse(fictional_document(text, language="en")).incidents == ()


def test_the_leads_summary_of_an_incident_told_in_full_below_is_not_a_second_incident():
    text = (
        "KHABAROVSK - A fictional former detainee told a military court on Thursday that he "
        "signed a contract at SIZO-1 in Khabarovsk only after an investigator threatened him "
        "with new charges.\n\n"
        "Pavel Gorin, 34, is charged with desertion.\n\n"
        "In late October he was held at SIZO-1 in Khabarovsk when an investigator had him "
        'brought to an interview room. "He said that if I did not sign, he would add two more '
        'episodes to my case," Gorin told the court. "And if I signed, the case would be '
        'closed."'
    )
    incidents = _incidents_of(text, "en", date(2024, 3, 15))
    assert [(i.location.facility, i.date.start) for i in incidents] == [("SIZO-1", "2023-10")]
    # The lead's sentence stays in the evidence: nothing the reviewer should see is lost.
    assert incidents[0].evidence[0].text.startswith("KHABAROVSK - A fictional former detainee")


def test_a_leads_last_week_is_the_day_told_below():
    """Fictional wire story: the lead's "last week" holds the "March 7" of the full account,
    so the lead is its summary, not an incident of its own."""
    text = (
        "MOSCOW, March 14 (Fictional Wire) - At least five inmates of a penal colony in "
        "Russia's Republic of Karelia were beaten and locked in punishment cells last week "
        "after refusing to sign contracts, their relatives said.\n\n"
        "A fictional mother, Vera Lukina, said recruiters came to Penal Colony No. 11 on "
        'March 7. "My son refused, and that evening the guards beat him and four others and '
        'locked them in punishment cells," she said.'
    )
    incidents = _incidents_of(text, "en", date(2023, 3, 14))
    assert [(i.location.facility, i.location.region, i.date.start) for i in incidents] == [
        ("IK-11", "RU-KR", "2023-03-07")
    ]


def test_a_lead_about_another_facility_stays_its_own_incident():
    text = (
        "Guards at IK-3 in the Vladimir region beat fictional prisoners who refused to sign "
        "contracts, relatives said.\n\n"
        "At SIZO-1 in Khabarovsk, investigators threatened detainees with new charges and "
        "beat those who refused to sign."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert [i.location.facility for i in incidents] == ["IK-3", "SIZO-1"]


def test_what_the_law_says_is_not_an_incident():
    for text, language in [
        (
            "Закон не предусматривает заключения контракта лицом, содержащимся в ЦВСИГ, под "
            "угрозой выдворения.",
            "ru",
        ),
        (
            "The law does not allow a detainee in a deportation centre to sign a military "
            "contract under threat of deportation.",
            "en",
        ),
    ]:
        assert not analyse(fictional_document(text, language=language)).incidents


def test_refusing_to_say_where_a_man_went_is_no_recruitment():
    analysis = analyse(
        fictional_document(
            "Администрация вымышленного центра сообщила, что задержанный «убыл», и отказалась "
            "сообщить, куда именно.",
            language="ru",
        )
    )
    assert not analysis.incidents


def test_an_announced_threat_to_whoever_refuses_has_happened():
    for text, language in [
        (
            "28 ноября сотрудники военкомата собрали задержанных вымышленного ЦВСИГ и "
            "объявили, что тех, кто откажется подписать контракт, выдворят.",
            "ru",
        ),
        (
            "On 28 November officers at the fictional SIZO-3 announced that anyone who refused "
            "to sign a contract would face a new criminal case.",
            "en",
        ),
    ]:
        [incident] = analyse(fictional_document(text, language=language)).incidents
        assert incident.modality == "occurred"


def test_one_of_the_group_introduced_by_name_continues_its_incident():
    text = (
        "В Казани полицейские провели рейд в вымышленном общежитии и доставили 12 человек в "
        "военкомат.\n\n"
        "Один из задержанных, Шерзод (имя изменено), рассказал, что в военкомате им сказали: "
        "кто не подпишет контракт, поедет домой с запретом въезда."
    )
    [incident] = analyse(fictional_document(text, language="ru")).incidents
    assert len(incident.evidence) == 2
    assert "threat_of_deportation" in incident.coercion


def test_an_interviewers_question_tells_no_incident():
    from tests.extraction.stages.test_attribution import _DASH_INTERVIEW

    incidents = analyse(fictional_document(_DASH_INTERVIEW, language="ru")).incidents
    assert [i.modality for i in incidents] == ["occurred", "feared"]
    assert not any("уголовное дело" in e.text for i in incidents for e in i.evidence)
    assert "threat_of_prosecution" not in {c for i in incidents for c in i.coercion}


def test_the_states_course_and_estimates_are_background():
    for text, language in [
        (
            "Russia began recruiting prisoners for the war in the summer of 2022, through the "
            "Wagner Group, which promised pardons. Rights groups estimate that tens of "
            "thousands of convicts have signed contracts. Legislation adopted since then "
            "allows convicts who sign up to be released.",
            "en",
        ),
        (
            "Россия начала вербовать заключённых летом 2022 года, обещая помилование. По "
            "оценкам правозащитников, контракты подписали десятки тысяч осуждённых.",
            "ru",
        ),
    ]:
        assert not analyse(fictional_document(text, language=language)).incidents


def test_a_mothers_fear_and_a_brothers_own_going_are_incidents():
    """«заставят подписать» is the feared event, and the forced signing feared is its
    coercion, as the annotations code a fear (tests/corpus/07, blind4/ru/03, blind6/ru/02);
    «сам ушёл с «Вагнером»» is a volunteer's."""
    text = (
        "Сейчас сына этапируют в вымышленную колонию. Я очень боюсь, что там его заставят "
        "подписать контракт.\n\n"
        "Мой младший брат Николай в январе 2023 года сам ушёл с «Вагнером» из ИК-5 в Пермском "
        "крае — его никто не заставлял."
    )
    incidents = analyse(fictional_document(text, language="ru")).incidents
    assert [(i.modality, i.coercion) for i in incidents] == [
        ("feared", ("forced_signing",)),
        ("occurred", ()),
    ]


def test_a_pretext_told_the_paragraph_before_the_enlistment_office_is_the_incidents():
    """The lie comes before the truth: «едем на дактилоскопию» in one paragraph, the
    enlistment office in the next. The pretext and the day it opens with are the incident's."""
    text = (
        "— Это было в начале апреля. На объект заехали два автобуса с полицией. Сказали: едем "
        "на дактилоскопию, через час вернём.\n\n"
        "— Привезли не в полицию, а в военкомат. Там сказали: кто не подпишет, того выдворят."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2025, 5, 14)))
    (incident,) = analysis.incidents
    assert set(incident.coercion) == {"deception", "threat_of_deportation"}
    assert incident.date.start == "2025-04"


def test_a_pretext_with_no_recruitment_after_it_is_no_incident():
    text = (
        "Сказали: едем на дактилоскопию, через час вернём.\n\n"
        "Через час всех действительно отпустили домой."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert analysis.incidents == ()


def test_a_submissions_requests_and_a_general_denial_are_no_incidents():
    for text, language in [
        (
            "We respectfully ask the fictional Special Rapporteur to request information on "
            "safeguards against recruitment under threat of deportation.",
            "en",
        ),
        (
            "Officials have repeatedly denied that anyone is recruited against their will.",
            "en",
        ),
        (
            "Since 2022 Russian law has allowed foreigners who sign a contract to apply for "
            "citizenship.",
            "en",
        ),
        ("Просим прокуратуру проверить, не заставляют ли мигрантов подписывать контракты.", "ru"),
    ]:
        assert not analyse(fictional_document(text, language=language)).incidents, text


@pytest.mark.parametrize(
    ("text", "language", "forced"),
    [
        (
            "Police took Aziz, a fictional Tajik worker, to the enlistment office in Kazan. An "
            "officer said he would be deported unless he signed a contract. Aziz signed.",
            "en",
            True,
        ),
        (
            "Police took Aziz, a fictional Tajik worker, to the enlistment office in Kazan. An "
            "officer said he would be deported unless he signed a contract. Aziz refused.",
            "en",
            False,
        ),
        (
            "В июле опер сказал вымышленному Руслану в ИК-7: «Не подпишешь — пойдёшь по новому "
            "уголовному делу». Руслан подписал в том же июле.",
            "ru",
            True,
        ),
        (
            "В июле опер сказал вымышленному Руслану в ИК-7: «Не подпишешь — пойдёшь по новому "
            "уголовному делу». Руслан не подписал.",
            "ru",
            False,
        ),
        (
            # Leverage, then the signature: forced.
            "In January the head of security at IK-10 in the Vladimir region told the "
            "fictional Rustam that his parole application would be lost unless he signed. He "
            "signed on 29 January.",
            "en",
            True,
        ),
        (
            "Officers at IK-10 in the Vladimir region beat the fictional refusers with batons "
            "until they agreed to sign.",
            "en",
            True,
        ),
        (
            # Signed on a lie, his passport taken "for the paperwork": deceived, not forced.
            "В декабре вымышленного Азамата обманули в Екатеринбурге: позвали на стройку, а "
            "привели в пункт отбора на контракт. Там у него забрали паспорт и дали подписать "
            "бумаги. Азамат подписал.",
            "ru",
            False,
        ),
    ],
)
def test_a_signature_given_after_a_threat_is_a_forced_signing(text, language, forced):
    analysis = analyse(fictional_document(text, language=language))
    [incident] = analysis.incidents
    assert ("forced_signing" in incident.coercion) is forced


def test_a_date_told_between_undated_anchors_parts_a_case_told_at_another_time():
    """Fictional. The lead and the office are undated; the date between them (of what the
    police did) is the case's, so the October case after it is another incident."""
    text = (
        "Fictional Uzbek workers in the Sverdlovsk region say police bring them to the military "
        "enlistment office instead of the migration service.\n\n"
        "On 2 November police officers came to a car wash and took Jasur to the police station."
        "\n\n"
        "In the evening they brought him to the military commissariat. An officer told him he "
        "would be deported unless he signed.\n\n"
        "In mid-October a similar case happened in Verkhnyaya Pyshma. Police put the workers "
        "into a bus, saying that they would go for fingerprinting. But the bus went to the "
        "enlistment office."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2024, 11, 18)))
    assert [i.date.start for i in analysis.incidents] == ["2024-11-02", "2024-10"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The first recruiters, from Wagner, came in the autumn of 2022. About twenty men "
            "from my detachment signed contracts with them.\n\n"
            "The ministry's people were different. In October last year I was called to the "
            "operations department of fictional IK-14. A major was sitting there. They put "
            "the contract on the table and said: “Sign, or we open a new case.”",
            "en",
        ),
        (
            "Первые вербовщики, из «Вагнера», приехали осенью 2022 года. Кто-то пошёл с ними "
            "за деньгами.\n\n"
            "С министерскими было иначе. В октябре прошлого года меня вызвали в оперчасть "
            "вымышленной ИК-14. Там сидел майор. Мне положили контракт на стол и сказали: "
            "«Не подпишешь — заведём новое дело».",
            "ru",
        ),
    ],
)
def test_a_date_told_earlier_in_the_paragraph_dates_the_threat_after_it(text, language):
    """Fictional. The threat's sentence names no date; the paragraph's own "in October last
    year", two sentences before it, does — so it is not the autumn of 2022's incident."""
    analysis = analyse(fictional_document(text, language=language, published=date(2024, 6, 18)))
    threatened = [i for i in analysis.incidents if "threat_of_prosecution" in i.coercion]
    assert [i.date.start for i in threatened] == ["2023-10"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "According to figures from the fictional regional court system, at least 140 "
            "criminal cases were suspended after the accused signed contracts.",
            "en",
        ),
        (
            "When a prisoner complains, the answer is always the same: he signed voluntarily "
            "after threats of a punishment cell.",
            "en",
        ),
        (
            "The fictional rights group Free Yard estimates that at least 50,000 inmates signed "
            "contracts under threat of new criminal cases in 2023.",
            "en",
        ),
        (
            "A garrison court sentenced a fictional former inmate of IK-4, who had signed a "
            "contract under threats, to five years for leaving his unit.",
            "en",
        ),
        (
            "По данным МВД России, за девять месяцев из страны выдворили более 40 тысяч "
            "вымышленных иностранцев, которым предлагали подписать контракт.",
            "ru",
        ),
        (
            "С осени 2022 года иностранцы, заключившие контракт с Минобороны, могут получить "
            "российское гражданство в упрощённом порядке; отказавшимся грозит выдворение.",
            "ru",
        ),
        (
            "Другой сценарий — обман: мигрантов везут «на дактилоскопию», а привозят в военкомат.",
            "ru",
        ),
        (
            "Fictional Open Barracks Project publish today the extract below from their joint "
            "report on recruitment under threat of deportation in detention centres.",
            "en",
        ),
        (
            "Between August and December 2025 our organisations documented cases in which "
            "fictional detainees were pressed to sign contracts under threat of deportation.",
            "en",
        ),
        (
            "Вербовка в местах лишения свободы идёт в России почти два года, и вымышленные "
            "осуждённые жалуются на угрозы новыми делами.",
            "ru",
        ),
        (
            "Главная из них — закон, принятый в июне 2023 года: он позволяет освобождать от "
            "наказания тех, кто заключил контракт, а отказавшимся грозят новыми делами.",
            "ru",
        ),
        (
            "Летом 2022 года по колониям ездили вербовщики «Вагнера», обещавшие помилование "
            "через полгода вымышленным осуждённым.",
            "ru",
        ),
        (
            "In 2022 Wagner recruiters toured prisons across Russia, promising fictional "
            "inmates a pardon after six months.",
            "en",
        ),
        (
            "Since the summer of 2022, Wagner recruiters have toured dozens of Russian prisons, "
            "offering fictional inmates a pardon after six months at the front.",
            "en",
        ),
        (
            "Estimates of how many prisoners signed vary widely; one figure often repeated is "
            "around 50,000 fictional recruits promised a pardon.",
            "en",
        ),
        (
            "Since 2022, fictional foreigners who serve under a military contract may obtain "
            "Russian citizenship under a simplified procedure; those who refuse face expulsion.",
            "en",
        ),
        (
            "Самый распространённый — рейд полиции на рынок, после которого задержанных везут "
            "в вымышленный военкомат и грозят выдворением.",
            "ru",
        ),
        (
            "Суд приговорил вымышленного бывшего заключённого ИК-3, подписавшего контракт под "
            "угрозой ШИЗО, к пяти годам за самовольное оставление части.",
            "ru",
        ),
    ],
)
def test_figures_the_law_a_type_of_case_and_a_desertion_sentence_are_no_incidents(text, language):
    assert analyse(fictional_document(text, language=language)).incidents == ()


def test_the_date_of_a_deportation_that_followed_splits_nothing():
    """Fictional: the threat and two signatures in November; the third man's expulsion in
    December is the same incident's sequel."""
    text = (
        "In November 2025 detainees of the fictional Tyumen centre for foreign nationals were "
        "told that those who refused would be expelled with a ban on re-entry. Two of them "
        "signed contracts; the third refused and was expelled to Tajikistan in December."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2026, 2, 10)))
    assert [i.date.start for i in analysis.incidents] == ["2025-11"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Вымышленные полицейские задержали продавцов, сказав, что их везут в миграционный "
            "центр «на дактилоскопию».",
            "ru",
        ),
        (
            "Police put the fictional workers into a bus, saying that they were being taken to "
            "the migration centre.",
            "en",
        ),
        (
            "Вымышленных продавцов посадили в автобус и сказали, что везут в отдел полиции "
            "«для дактилоскопии».",
            "ru",
        ),
        ("Через три недели вымышленный Умед позвонил брату из Донецкой области.", "ru"),
        ("“They were told it was a transfer to a colony in the Ulyanovsk region.", "en"),
        ("Two days later my fictional son called from a camp in the Krasnodar region.", "en"),
    ],
)
def test_a_pretexts_destination_and_where_a_call_came_from_place_nothing(text, language):
    from recruitwatch.extraction.stages.incidents._places import sentence_place

    analysis = analyse(fictional_document(text, language=language))
    [sentence] = analysis.sentences
    assert sentence_place(analysis, sentence).empty


def test_a_fear_of_what_is_to_come_is_its_own_incident_beside_the_threat_told():
    """Fictional. «боится, что … заставят» is a fear of the future, told while the
    investigator's threat (what happened) is the incident."""
    text = (
        "В марте к вымышленному Артёму в СИЗО-2 Казани пришёл следователь: «Не подпишешь — "
        "добавим ещё две статьи». Артём не подписал. Но он боится, что после отказа его "
        "переведут в другую камеру и там заставят подписать силой."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert [i.modality for i in analysis.incidents] == ["occurred", "feared"]


def test_a_numbered_facility_keeps_the_region_it_was_named_with():
    """Fictional. ИК-2 is in Buryatia; a front line named in between does not move it."""
    text = (
        "Заключённые исправительной колонии № 2 в Бурятии рассказали о вербовке.\n\n"
        "Через три недели вымышленный Баир оказался в штурмовом подразделении в Донецкой "
        "области.\n\n"
        "В декабре в ИК-2 вымышленному Дилшоду пригрозили выдворением, если он не подпишет "
        "контракт."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert [(i.location.facility, i.location.region) for i in analysis.incidents][-1] == (
        "IK-2",
        "RU-BU",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В начале апреля вымышленного Артёма в ИК-7 избили после отказа подписать контракт."
            "\n\nАдвокат семьи направил жалобу в прокуратуру. «Это не единичный случай. Ещё двое "
            "осуждённых этой колонии после отказа от контракта тоже оказались в ШИЗО».",
            "ru",
        ),
        (
            "In early April the fictional Artyom was beaten at IK-7 after he refused to sign a "
            "contract.\n\nThe family's lawyer filed a complaint. Two other prisoners of the colony "
            "were put in a punishment cell after refusing to sign contracts.",
            "en",
        ),
    ],
)
def test_other_victims_told_in_a_later_paragraph_are_another_incident(text, language):
    analysis = analyse(fictional_document(text, language=language, published=date(2024, 5, 15)))
    assert len(analysis.incidents) == 2


def test_the_inside_of_the_reports_one_colony_is_there_whatever_region_came_since():
    """Fictional court report: the colony is in the Kursk region; the defendant was arrested
    in Pskov; the punishment cells he tells of are the colony's."""
    text = (
        "Вымышленный Николай отбывал срок в исправительной колонии № 11 Курской области.\n\n"
        "Задержали его в октябре в Пскове, у сестры.\n\n"
        "В декабре он отказался подписывать контракт, после чего его трижды помещали в ШИЗО, "
        "а оперативник колонии пригрозил новым делом."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    [incident] = analysis.incidents
    assert (incident.location.facility, incident.location.region) == ("IK-11", "RU-KRS")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The fictional Daniyar is serving his sentence at IK-8.\n\nIn early February "
            "recruiters came to the colony and promised a pardon. About twenty inmates signed "
            "the contracts that day.\n\nDaniyar refused to sign. Two days later he was put in "
            "a punishment cell and threatened with a new criminal case.",
            "en",
        ),
        (
            "В начале апреля в ИК-7 приехали вербовщики. Вымышленный Артём от контракта "
            "отказался. Его избили и пригрозили новым делом.\n\n"
            "По словам Артёма, из его отряда контракты подписали около 40 человек.",
            "ru",
        ),
    ],
)
def test_one_who_refused_and_a_group_who_signed_are_two_incidents(text, language):
    """Fictional. Those who signed and the one punished for refusing are different victims,
    whichever is told first."""
    analysis = analyse(fictional_document(text, language=language, published=date(2024, 5, 15)))
    assert len(analysis.incidents) == 2
    refuser = next(i for i in analysis.incidents if "threat_of_prosecution" in i.coercion)
    assert not any(
        word in span.text for span in refuser.evidence for word in ("twenty", "40 человек")
    )


def test_a_refusal_by_many_does_not_part_them_from_those_who_signed():
    """Fictional: "Many refused" is not one person's story."""
    text = (
        "In early February recruiters came to IK-8 and threatened the inmates with new "
        "criminal cases. About twenty fictional inmates signed the contracts that day. Many "
        "refused."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2024, 5, 15)))
    assert len(analysis.incidents) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police detained the fictional workers at a hostel in St Petersburg last Tuesday and "
            "threatened them "
            "with deportation unless they signed army contracts. Their lawyer, the fictional "
            "Anvar Tashkent, filed complaints for five of the men and said he expected "
            "more checks of this kind before the districts report their recruitment figures.",
            "en",
        ),
        (
            "В прошлый вторник полицейские задержали вымышленных рабочих в общежитии в "
            "Санкт-Петербурге и пригрозили им выдворением, если они не подпишут контракт. Их "
            "адвокат, вымышленный Анвар Ташкентов, ожидает новых рейдов с вербовщиками до "
            "конца года.",
            "ru",
        ),
    ],
)
def test_more_of_the_same_expected_is_a_feared_incident_of_its_own(text, language):
    """Fictional. The raid happened; the checks expected are feared, not part of it."""
    analysis = analyse(fictional_document(text, language=language, published=date(2024, 11, 18)))
    assert sorted(i.modality for i in analysis.incidents) == ["feared", "occurred"]


def test_a_paragraph_that_says_it_is_background_tells_no_incident():
    """Fictional live page: the background entry's pardon is not the night signing's."""
    text = (
        "09:45 The fictional Svetlana says men who refused to sign at IK-13 in the Saratov "
        "region were beaten on Sunday night. Her husband signed.\n\n"
        "12:20 Some background for readers who are new to this story. Since the spring the "
        "Ministry of Defence has been recruiting prisoners itself, offering a pardon."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2023, 9, 22)))
    [incident] = analysis.incidents
    assert "promise_of_passport_or_pardon" not in incident.coercion


def test_a_paragraph_opening_on_a_separate_case_is_another_incident():
    """Fictional: the report says the next case is separate, though the colony is the same."""
    text = (
        "The fictional Konstantin B., an inmate of IK-13 in the Saratov region, was beaten on "
        "Sunday night after refusing to sign a contract.\n\n"
        "A separate case from the same colony. The fictional Galina O. says her son has not "
        "received his medication since he turned down a recruiter."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2023, 9, 22)))
    assert len(analysis.incidents) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "14:05 — Officers told the fictional couriers they would be deported.\n\n"
            "15:30 — A different story: we spoke to a café owner. He signed a contract.",
            "en",
        ),
        (
            "14:05 — Вымышленным курьерам сказали, что их вышлют.\n\n"
            "15:30 — Другая история: мы поговорили с владельцем кафе. Он подписал контракт.",
            "ru",
        ),
    ],
)
def test_an_entry_opening_on_a_different_story_turns_to_other_victims(text, language):
    """A live blog's entry that says its story is another ("15:30 — A different story: …")
    does not go on with the case of the entry before."""
    analysis = analyse(fictional_document(text, language=language))
    first, *_, last = analysis.sentences
    assert other_victims(analysis, Builder(place=Place(), anchors=[first]), last)


def test_a_plan_is_dated_by_the_date_after_its_words():
    """Fictional: "on Thursday" is when the plan was told; the 29th is when it is for."""
    text = (
        "The fictional Svetlana says that on Thursday the deputy head of IK-13 in the Saratov "
        "region told the prisoners that the recruiters will come back on 29 September."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2023, 9, 22)))
    [incident] = analysis.incidents
    assert (incident.modality, incident.date.start) == ("planned", "2023-09-29")


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        (
            "The fictional Ruslan, an inmate of IK-12 in the Sverdlovsk region, turned the "
            "contract down in January. In February, the insulin that the medical unit had given "
            "him daily stopped arriving. On 20 February he signed.",
            "en",
            "2023-02",
        ),
        (
            "Вымышленный Олег, осуждённый ИК-2 в Бурятии, отказался от предложения «Вагнера» в "
            "феврале. В марте в колонию приехали представители министерства, его избили "
            "дубинками, и на следующий день он подписал контракт.",
            "ru",
            "2023-03",
        ),
    ],
)
def test_what_followed_one_refusal_in_its_paragraph_is_the_same_incident(text, language, month):
    """Fictional. The refusal's month does not split off the punishment and the signing that
    followed, nor date them."""
    analysis = analyse(fictional_document(text, language=language, published=date(2023, 5, 22)))
    [incident] = analysis.incidents
    assert incident.date.start.startswith(month)


def test_where_someone_lives_now_does_not_move_the_incident():
    """Fictional: Novosibirsk is where he lives after his release, not where it happened; the
    departure told next is still at IK-3."""
    text = (
        "The fictional Dmitry refused to sign at IK-3 in the Kemerovo region on 14 October and "
        "was put in a punishment cell.\n\n"
        "He was released in March and now lives with his aunt in Novosibirsk.\n\n"
        "He says that on 22 November 40 men were driven out of the gates in two buses. Many of "
        "them had been promised a pardon."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2023, 5, 22)))
    assert [i.location.region for i in analysis.incidents] == ["RU-KEM", "RU-KEM"]


def test_a_threat_feared_is_an_incident_without_a_recruitment_word():
    """Fictional: no one has come yet; what he fears is the threat itself."""
    text = (
        "Her fictional brother Bekzod is awaiting trial in SIZO-1 in Yekaterinburg.\n\n"
        '"He is afraid they will tell him: sign, or we will add more charges," she says.'
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2023, 5, 22)))
    [incident] = analysis.incidents
    assert (incident.modality, incident.coercion) == ("feared", ("threat_of_prosecution",))


def test_a_release_date_does_not_date_the_incident():
    """Fictional interview: June is when he left the colony, not when he was threatened."""
    text = (
        "Вымышленный Виктор, 41 год, вышел на свободу в июне этого года, отсидев шесть лет в "
        "исправительной колонии № 9 в Карелии. За это время вербовщики приходили к нему "
        "трижды.\n\n"
        "— Из нашего отряда уехали девятнадцать человек. Остальных дожимали: кого ШИЗО, кого "
        "разговорами про новое дело."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2024, 10, 8)))
    assert [i.date.start for i in analysis.incidents] == [None]


def test_a_refusal_signed_is_no_forced_signing():
    """Fictional: the form he signed said he refused."""
    text = (
        "Вымышленный Виктор отбывал срок в ИК-9 в Карелии. Сразу после собрания он подписал "
        "бумагу, что отказывается. На следующий день ему пригрозили новым делом."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2024, 10, 8)))
    assert all("forced_signing" not in i.coercion for i in analysis.incidents)
    assert any("threat_of_prosecution" in i.coercion for i in analysis.incidents)


def test_a_facilitys_own_region_places_it_not_where_a_relative_lives():
    """Fictional: the mother lives in Kirov; the colony is the Komi Republic's."""
    text = (
        "Жительница Кирова, вымышленная Светлана, рассказала, что её сына в ИК-4 УФСИН по "
        "Республике Коми заставили подписать контракт, пригрозив новым делом."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2024, 2, 20)))
    [incident] = analysis.incidents
    assert (incident.location.facility, incident.location.region) == ("IK-4", "RU-KO")


def test_one_who_refused_is_kept_beside_the_group_who_signed_after_him():
    """Fictional press release: Maxim's refusal is not a summary of the twelve who signed."""
    text = (
        "Вымышленный Максим Ш. отбывает наказание в ИК-4 в Республике Коми.\n\n"
        "По словам Максима, в конце января ему пригрозили новым сроком, если он не подпишет "
        "контракт. Он отказался.\n\n"
        "Максим также пишет, что из его отряда контракт подписали двенадцать человек, после "
        "того как им тоже пообещали новые сроки."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2024, 2, 20)))
    assert len(analysis.incidents) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Вымышленному Максиму в ИК-4 в Коми пригрозили новым сроком, если он не подпишет "
            "контракт. «Угроза подбросить запрещённые вещества и избиение руками других "
            "осуждённых — это классическая схема давления», — заявил юрист.",
            "ru",
        ),
        (
            "The fictional Maxim was threatened with a new case at IK-4 in Komi unless he signed "
            "a contract. A threat of a new case and beatings by other inmates are a classic "
            "pressure tactic, the lawyer said.",
            "en",
        ),
    ],
)
def test_a_lawyers_classic_scheme_is_not_the_incident(text, language):
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert len(incident.evidence) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В конце января вымышленному Максиму в ИК-4 в Коми пригрозили новым сроком, если он "
            "не подпишет контракт. Он отказался.\n\n"
            "На следующий вечер двое осуждённых избили его в бытовой комнате отряда.",
            "ru",
        ),
        (
            "In late January the fictional Maxim was threatened with a new sentence at IK-4 in "
            "Komi unless he signed a contract. He refused.\n\n"
            "The next evening two inmates beat him in the detachment's washroom.",
            "en",
        ),
    ],
)
def test_what_was_done_to_him_in_the_next_paragraph_is_his_incident(text, language):
    """Fictional. A beating told with no recruitment word, right after his refusal."""
    [incident] = analyse(
        fictional_document(text, language=language, published=date(2024, 2, 20))
    ).incidents
    assert "physical_force" in incident.coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The cell\n\n"
            "The fictional Denis said no. Two weeks later he was taken to the punishment cell at "
            "IK-4 in the Vologda region. Twice, his mother says, guards came at night and beat "
            "him.\n\n"
            "A month after that, in late October, Denis signed with Wagner.",
            "en",
        ),
        (
            "ШИЗО\n\n"
            "Вымышленный Денис отказался. Через две недели его поместили в ШИЗО в ИК-4 в "
            "Вологодской области. Дважды, по словам матери, ночью его избивали охранники.\n\n"
            "Через месяц, в конце октября, Денис подписал контракт.",
            "ru",
        ),
    ],
)
def test_what_was_done_to_him_the_paragraph_before_he_signed_is_his_incident(text, language):
    """Fictional. The cell and the beating, told before the signing they led to."""
    [incident] = analyse(
        fictional_document(text, language=language, published=date(2023, 2, 12))
    ).incidents
    assert "physical_force" in incident.coercion
    assert len(incident.evidence) >= 2


def test_a_threat_to_the_narrator_the_paragraph_before_he_signed_is_his_incident():
    """Fictional. "I would be deported" is said to him, before the signing it led to."""
    text = (
        "On 14 October police took me to the district police department.\n\n"
        "There an officer in civilian clothes told me that my registration was fictitious "
        "and that a criminal case would be opened for it, and after that I would be "
        "deported.\n\n"
        "After that we were driven to the military enlistment office, and I signed the "
        "contract."
    )
    [incident] = _incidents_of(text, "en", date(2023, 11, 12))
    assert {"threat_of_deportation", "threat_of_prosecution"} <= set(incident.coercion)
    assert incident.location.facility == "police station"


def test_a_round_ups_items_dated_to_other_days_are_other_incidents_of_their_own_day():
    """Fictional. A hotline's monthly round-up: its tally and its "round-up" are no raid;
    each item is its own case, dated by the day it opens with, not the "August" told of the
    man's patent."""
    text = (
        "Fictional Aid runs a hotline for migrants. This is our round-up for September.\n\n"
        "The numbers. Our hotline took 318 calls in September. Seventy-four of them were about "
        "enlistment offices.\n\n"
        "Kotelniki, 5 September. Police raided a workers' dormitory. Eleven men were put on a "
        "bus and driven to the military enlistment office. Four of the eleven signed "
        "contracts.\n\n"
        "Sadovod market, 12 September. A man from Osh was stopped by two police officers. They "
        "told him he would face criminal charges unless he came with them to the enlistment "
        "office.\n\n"
        "Moscow, 19 September. A Tajik citizen whose work patent had run out in August was "
        "detained at a metro station and taken to the police station. There officers told him "
        "that he would be deported unless he signed a contract. He refused."
    )
    incidents = _incidents_of(text, "en", date(2024, 10, 3))
    assert [i.date.start for i in incidents] == ["2024-09-05", "2024-09-12", "2024-09-19"]


def test_an_explainers_questions_and_law_tell_no_incident_but_its_cases_do():
    """Fictional legal explainer: questions opening each answer, and the law told of anyone
    ("the case can be closed", "Nothing in the law obliges", "A migrant … who signs may be
    offered"), are no cases; the client's case is."""
    text = (
        "What does the law say? A criminal case against a suspect can be suspended if he signs "
        "a contract. If he is later decorated, the case can be closed for good. Nothing in the "
        "law obliges anyone to sign.\n\n"
        "What happens if you refuse? A fictional client held in SIZO-1 in Novosibirsk turned "
        "the offer down in September. Two weeks later the investigator threatened him with a "
        "new criminal case.\n\n"
        "Is everyone who signs under pressure? No. A migrant without a Russian passport who "
        "signs may be offered fast-track citizenship. If it was signed under threat, that is a "
        "ground to challenge the suspension."
    )
    incidents = _incidents_of(text, "en", date(2024, 12, 3))
    assert [i.location.facility for i in incidents] == ["SIZO-1"]
    assert incidents[0].coercion == ("threat_of_prosecution",)


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a monthly round-up: the tally is no case; an item dated to a day, the next to a month
        (
            "Цифры. В марте к нам обратились 156 человек, из них 38 — по поводу военкоматов.\n\n"
            "Общежитие на улице Вымышленной, 11 марта. Ночью полиция провела проверку. "
            "Восьмерых мужчин увезли в районный военкомат. Там им сказали, что если они не "
            "подпишут контракт, их гражданство аннулируют. Двое подписали.\n\n"
            "Стройка в Вымышленном районе, в двадцатых числах марта. Гражданина Киргизии задержали "
            "и доставили в отдел полиции. «Либо контракт, либо депортация», — так, по словам его "
            "брата, звучал выбор. Он отказался.",
            date(2025, 4, 2),
            ["2025-03-11", "2025-03"],
        ),
        # a helpline log: each entry opens with its day in bold
        (
            "**16 октября, понедельник, 22:14.** Голосовое сообщение, мужчина: «Утром на стройке "
            "была облава. Полиция всех отвезла в военкомат. Там сказали: кто не подпишет контракт, "
            "того вышлют. Мой брат подписал».\n\n"
            "**19 октября, четверг, 23:40.** Голосовое сообщение, мужчина: «Сегодня в отделе мне "
            "сказали: завтра приходи в военкомат, иначе заведут уголовное дело».",
            date(2023, 10, 25),
            ["2023-10-16", "2023-10-19"],
        ),
    ],
)
def test_a_russian_round_ups_or_logs_items_of_other_days_are_other_cases(text, published, dates):
    """Fictional: each item is its own case, dated by the day or month it opens with."""
    assert [i.date.start for i in _incidents_of(text, "ru", published)] == dates


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In SIZO-1 in Kazan the investigator told the fictional Ruslan that his case can be "
            "closed if he signs a contract. Ruslan signed on 3 May.",
            "en",
        ),
        (
            "В СИЗО-1 Казани следователь сказал вымышленному Руслану, что дело может быть "
            "прекращено, если он подпишет контракт. Руслан подписал 3 мая.",
            "ru",
        ),
    ],
)
def test_a_case_closed_for_a_signature_told_to_him_is_a_promise_not_the_law(text, language):
    """Fictional: the explainer's law ("the case can be closed") said to him is the offer
    made to him, part of his case, not background."""
    [incident] = _incidents_of(text, language, date(2024, 6, 1))
    assert incident.evidence[0].text.startswith(text.split(". ")[0])


def test_none_of_them_signed_is_no_forced_signing_and_lawmakers_acts_are_no_case():
    """Fictional: the threat is told, but "None of the six signed"; what lawmakers added to
    the grounds for taking citizenship away is background."""
    text = (
        "A year ago, lawmakers added the failure to register for military service to the "
        "grounds on which acquired Russian citizenship can be taken away.\n\n"
        "Bakhodir says that on 19 February police took him and five other men from a fictional "
        "warehouse to the enlistment office. “They told us that people like us either serve or "
        "go back to Tajikistan,” he said. None of the six signed, and they were released the "
        "next morning."
    )
    [incident] = _incidents_of(text, "en", date(2025, 3, 18))
    assert incident.coercion == ("threat_of_deportation",)


def test_a_son_who_signed_up_himself_for_a_pardon_is_no_case():
    """Fictional: «записался сам: «Его никто не уговаривал, он хотел помилования»» — the pardon
    is his motive, not a promise that pressed him."""
    text = (
        "В вымышленной ИК-3 в Оренбургской области осуждённого Ерлана после отказа вызвали к "
        "оперативникам и сказали, что против него возбудят новое уголовное дело. Через три дня "
        "Ерлан подписал контракт.\n\n"
        "Мать вымышленного осуждённого Сергея К. говорит, что её сын записался сам: «Его никто "
        "не уговаривал, он хотел помилования»."
    )
    incidents = _incidents_of(text, "ru", date(2023, 12, 1))
    assert [i.coercion for i in incidents] == [("threat_of_prosecution", "forced_signing")]


def test_the_storm_z_background_a_volunteer_and_a_regions_estimate_are_no_cases():
    """Fictional, after blind33/en/01: what recruiters "now offer prisoners", a man who "had
    asked to be put on the list", and a group's estimate over a region's colonies are no
    cases; "There was no list of volunteers" does not make the listed men volunteers; "As of
    early July" dates no event."""
    text = (
        "When Wagner stopped coming, the Ministry of Defence took its place. Its recruiters now "
        "offer prisoners a place in so-called Storm-Z assault units and a pardon.\n\n"
        "At Fictional Colony No. 2 in the Perm region, on 14 April, about forty prisoners were "
        "lined up in the yard and told to sign. “There was no list of volunteers. There was a "
        "list,” said the wife of one of them. He signed, he told her, because the paper was "
        "already filled in. The men were promised a pardon.\n\n"
        "Azamat, another prisoner, refused. He was put in the punishment cell the same evening. "
        "As of early July he still had not signed.\n\n"
        "Others needed no persuading. Vitaly had asked to be put on the list back in March. He "
        "wanted the pardon and the money.\n\n"
        "A fictional rights group estimates that at least 300 men from colonies in the region "
        "signed Storm-Z contracts between March and June."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2023, 7, 20)))
    assert "Storm" not in {p.value for p in analysis.people}
    assert [i.date.start for i in analysis.incidents] == ["2023-04-14", "2023-04-14"]
    assert "forced_signing" in analysis.incidents[0].coercion


def test_a_witnesss_words_of_a_blow_to_another_open_no_incident_of_their_own():
    """Fictional. The raid's incident keeps the blow a witness saw; none starts at it."""
    text = (
        "Police raided a fictional dormitory in Sokol on Sunday and took about 40 men to the "
        "police department.\n\n"
        "Rooms of six beds rent for 4,000 roubles a month.\n\n"
        "“A boy asked where they were taking us, and an officer hit him in the face,” a worker "
        "said.\n\n"
        "At the police department an officer from the enlistment office laid out contracts, and "
        "at least six men signed."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert not any(e.text.startswith("“A boy") for i in incidents for e in i.evidence[:1])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Since 2023 the Defence Ministry has recruited prisoners directly in Russia's "
            "colonies, offering release and a clean record in exchange for service at the front.",
            "en",
        ),
        (
            "С 2023 года Минобороны вербует заключённых прямо в колониях, обещая освобождение "
            "и снятие судимости в обмен на службу на фронте.",
            "ru",
        ),
    ],
)
def test_a_practice_told_from_the_year_it_began_is_no_incident(text, language):
    """Fictional background paragraph: a practice since a year, no one's case."""
    assert analyse(fictional_document(text, language=language)).incidents == ()


def test_his_pressure_since_a_month_is_still_his_incident():
    text = (
        "Since March 2024 the fictional Oleg has been pressed by the administration of IK-12 in "
        "the Perm region to sign a contract, and he was put in the punishment cell twice."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert incident.coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police in Tver stopped the fictional Dilshod and told him he would be deported "
            "unless he signed a contract.\n\n"
            "His friend Bakhrom signed a contract last week.",
            "en",
        ),
        (
            "Полицейские в Твери остановили вымышленного Дилшода и сказали, что его вышлют, "
            "если он не подпишет контракт.\n\n"
            "Его друг Бахром подписал контракт на прошлой неделе.",
            "ru",
        ),
    ],
)
def test_one_sentence_of_a_signing_with_no_pressure_or_facility_is_no_incident(text, language):
    """Fictional. The threat is an incident; the friend's signing, told in one sentence with
    no pressure and no facility, gives a reviewer nothing to hold."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.coercion == ("threat_of_deportation",)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police took three fictional Kyrgyz workers from a market in Kazan to the enlistment "
            "office on Tuesday, where an officer told them they would be deported unless they "
            'signed. The mother of one of them said her son signed "because he was scared" '
            "and has been told he will be sent to a training ground.",
            "en",
        ),
        (
            "Во вторник полиция отвезла троих вымышленных киргизских рабочих с рынка в Казани в "
            "военкомат, где офицер сказал, что их вышлют, если они не подпишут контракт. Мать "
            "одного из них рассказала, что сын подписал, потому что испугался, и его отправят "
            "на полигон.",
            "ru",
        ),
    ],
)
def test_what_is_feared_or_planned_after_he_signed_is_the_signings_sequel(text, language):
    """Fictional. He signed; being sent to a training ground next is no fear of its own."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.modality == "occurred"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The fictional Bektur, nineteen, is held in SIZO-2 in Novosibirsk.\n\n"
            "Last week he wrote to his mother that he is afraid they will put him in the same "
            "cell after the verdict and beat him until he signs.",
            "en",
        ),
        (
            "Вымышленный Бектур, девятнадцати лет, содержится в СИЗО-2 в Новосибирске.\n\n"
            "На прошлой неделе он написал матери, что боится: после приговора его посадят в ту "
            "же камеру и будут избивать, пока он не подпишет.",
            "ru",
        ),
    ],
)
def test_a_beating_feared_until_he_signs_is_a_feared_incident(text, language):
    """Fictional. A beating he fears is told for itself, as a threat he fears is."""
    [incident] = analyse(
        fictional_document(text, language=language, published=date(2023, 11, 20))
    ).incidents
    assert incident.modality == "feared"
    assert "physical_force" in incident.coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The fictional Igor Maltsev, whom she defended in court in 2021, signed a contract at "
            "IK-3 in the Ryazan region in May after an officer threatened him with a new case.",
            "en",
        ),
        (
            "Вымышленный Игорь Мальцев, которого она защищала в суде в 2021 году, подписал "
            "контракт в ИК-3 в Рязанской области в мае, после того как оперативник пригрозил "
            "ему новым делом.",
            "ru",
        ),
    ],
)
def test_a_date_in_a_clause_about_the_man_does_not_date_what_he_did(text, language):
    [incident] = analyse(
        fictional_document(text, language=language, published=date(2023, 9, 14))
    ).incidents
    assert incident.date.start == "2023-05"


def test_what_no_one_may_suffer_is_no_incident():
    text = (
        "The fictional Ilya was told at IK-9 in the Perm region that he would be sent to a "
        "punishment cell unless he signed. No patient may be denied medical care to make him "
        "sign anything, the group said."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert len(incident.evidence) == 1


def test_the_start_of_a_state_neither_splits_nor_dates_what_happened():
    """Fictional digest item: held since May; threatened and signed in June."""
    text = (
        "1. Tatarstan. The fictional Firdavs N. has been held since May at the detention centre "
        "for foreign nationals in Kazan, awaiting expulsion. On 11 June two men from the "
        "enlistment office told him he could sign a contract or be deported. He signed on 14 "
        "June, his cousin told our volunteer."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2024, 7, 5)))
    [incident] = analysis.incidents
    assert incident.date.start == "2024-06-11"


def test_a_numbered_context_item_is_background():
    text = (
        "2. Perm Krai, KP-26. On 3 June the fictional inmates were gathered in the club and "
        "threatened with transfer to a strict-regime colony unless they signed.\n\n"
        "3. Context. Officials attribute the fall in prison numbers to amnesties and do not "
        "mention recruitment, or the pardons promised to those who sign."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2024, 7, 5)))
    [incident] = analysis.incidents
    assert "promise_of_passport_or_pardon" not in incident.coercion


def test_a_letters_own_date_does_not_date_what_it_tells():
    """Fictional press release: the letter is dated 1 February; it tells of late January."""
    text = (
        "Вымышленная Светлана передала центру письмо сына, датированное 1 февраля.\n\n"
        "По словам Максима, в конце прошлого месяца в ИК-4 в Коми ему пригрозили новым сроком, "
        "если он не подпишет контракт."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2024, 2, 20)))
    [incident] = analysis.incidents
    assert incident.date.start == "2024-01"


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        (
            "В прошлый четверг вымышленному Д. в СИЗО-1 в Саратове пригрозили новым делом, если "
            "он не подпишет контракт. Д. отказался.\n\n"
            "Дальше хуже. В тот же вечер из их камеры на такую же беседу вывели ещё четверых. "
            "Их тоже уговаривали подписать контракт, одного ударили по лицу.",
            "ru",
            2,
        ),
        (
            "On Thursday the fictional Jasur was threatened with deportation at the enlistment "
            "office in Tula unless he signed.\n\n"
            "Jasur and three other men signed that afternoon.",
            "en",
            1,
        ),
    ],
)
def test_more_taken_the_same_way_are_another_incident_but_those_with_him_are_not(
    text, language, count
):
    analysis = analyse(fictional_document(text, language=language, published=date(2024, 12, 4)))
    assert len(analysis.incidents) == count


def test_a_pretexts_destination_for_everyone_places_nothing():
    """Fictional: the migration centre was the pretext; the buses went to the enlistment
    office."""
    text = (
        "Police raided a building site in Kazan on Tuesday. They said everyone without proper "
        "registration would be taken to the migration centre in Zelenodolsk.\n\n"
        "Instead the buses stopped outside the military enlistment office, where an officer "
        "told the fictional workers they would be deported unless they signed contracts."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2025, 3, 6)))
    places = {i.location.facility for i in analysis.incidents}
    assert "migration center" not in places


def test_one_mans_lead_is_not_folded_into_another_mans_story_at_the_same_colony():
    """Fictional: Igor's pills are told first; Andrei's punishment cell later, at the same
    colony, is not Igor's story told in full."""
    text = (
        "Вымышленному Игорю в ИК-7 в Карелии перестали выдавать таблетки, пока он не подпишет "
        "контракт.\n\n"
        "В колонии работает медчасть.\n\n"
        "Вымышленный Андрей, осуждённый ИК-7, отказался подписать контракт, и ему перестали "
        "выдавать лекарства, а потом отправили в ШИЗО."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2025, 2, 12)))
    assert len(analysis.incidents) == 2


def test_where_he_lives_now_in_russian_moves_nothing():
    text = (
        "Вымышленного Андрея в ИК-7 в Карелии прошлой осенью отправили в ШИЗО за отказ "
        "подписать контракт.\n\n"
        "Сейчас он живёт в Вологде. По его словам, там ему грозили новым делом, если он не "
        "подпишет контракт."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2025, 2, 12)))
    assert {i.location.region for i in analysis.incidents} == {"RU-KR"}


def test_a_courts_calendar_does_not_date_the_incident_but_what_it_heard_does():
    """Fictional court report."""
    text = (
        "The Omsk Regional Court on Tuesday began hearing the appeal of the fictional Sardor T., "
        "who says police threatened him with deportation unless he signed a contract.\n\n"
        "His cellmate told the court that in February guards beat them until they signed."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2024, 6, 20)))
    assert [i.date.start for i in analysis.incidents] == ["2024-02"]


def test_an_undated_incident_told_after_a_dated_raid_is_of_that_day():
    """Fictional: the raid is dated; the enlistment office, in the next paragraph, is not."""
    text = (
        "On Tuesday at five in the morning police buses drove up to the fictional hostel in "
        "Yekaterinburg.\n\n"
        "At the enlistment office an officer told the men: a contract, or deportation."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2025, 4, 17)))
    [incident] = analysis.incidents
    assert incident.date.start == "2025-04-15"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 15 June police took the fictional market workers in Novosibirsk to the enlistment "
            "office and threatened them with deportation unless they signed.\n\n"
            "The lawyer Roza I. says she intends to file complaints with the prosecutor's office "
            "on behalf of the men who signed contracts.",
            "en",
        ),
        (
            "15 июня полиция отвезла вымышленных рабочих рынка в Новосибирске в военкомат и "
            "пригрозила им выдворением, если они не подпишут контракт.\n\n"
            "Адвокат Роза И. намерена обжаловать контракты, которые подписали задержанные.",
            "ru",
        ),
    ],
)
def test_a_lawyers_next_legal_step_is_no_incident(text, language):
    analysis = analyse(fictional_document(text, language=language, published=date(2024, 6, 20)))
    assert [i.modality for i in analysis.incidents] == ["occurred"]


def test_the_place_a_threat_names_is_not_where_the_incident_is():
    text = (
        "Fictional Almaz and 11 other traders were driven to a district military enlistment "
        "office.\n\n"
        "“He put the paper in front of me and said: sign, or tomorrow you are in the "
        "deportation centre,” Almaz said. He refused."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert [i.location.facility for i in incidents] == ["military enlistment office"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("“Sign, or tomorrow you are in the deportation centre,” fictional Almaz said.", "en"),
        ("If he refused, he would be sent to a detention centre for foreigners.", "en"),
        ("«Подписывай, или завтра ты в ЦВСИГ», — рассказал вымышленный Алмаз.", "ru"),
        ("Сказали, что если не подпишет, его отправят в ЦВСИГ.", "ru"),
        ("«Или контракт, или сегодня же едете в ЦВСИГ», — вспоминает вымышленный Ильхом.", "ru"),
    ],
)
def test_a_sentence_that_threatens_a_place_is_not_placed_there(text, language):
    from recruitwatch.extraction.stages.incidents._places import sentence_place

    analysis = analyse(fictional_document(text, language=language))
    assert analysis.facilities  # the centre is found …
    assert sentence_place(analysis, analysis.sentences[0]).facility is None  # … not as the place


def test_the_day_a_report_was_denied_does_not_date_the_incident():
    """Fictional: the lead's "on Wednesday" is the day of the denial; the lead is the summary
    of the incident told below, on May 28."""
    text = (
        "OMSK, June 5 (Fictional Wire) - The prison service in Russia's Omsk region on "
        "Wednesday denied a report by a rights group that inmates of a local penal colony had "
        "been threatened with losing their chance of parole unless they signed contracts.\n\n"
        "The group said officers at Penal Colony No. 9 in the Omsk region summoned at least 12 "
        "inmates to the colony's headquarters on May 28. There, the men were told that they "
        "would lose their parole unless they signed contracts."
    )
    incidents = _incidents_of(text, "en", date(2024, 6, 5))
    assert [(i.location.facility, i.date.start) for i in incidents] == [("IK-9", "2024-05-28")]


def test_the_day_a_lawyer_spoke_does_not_date_the_beating_in_russian():
    text = (
        "Вымышленный адвокат Олег Серов 3 июня сообщил, что в начале мая его подзащитного "
        "избили в ИК-2 за отказ подписать контракт."
    )
    incidents = _incidents_of(text, "ru", date(2024, 6, 5))
    assert [(i.location.facility, i.date.start) for i in incidents] == [("IK-2", "2024-05")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Если вашего родственника принуждают подписать контракт, напишите нам — мы не "
            "раскрываем имён без согласия.",
            "ru",
        ),
        (
            "If your relative is being forced to sign a contract, write to us: we never publish "
            "names without consent.",
            "en",
        ),
    ],
)
def test_an_outlets_appeal_to_readers_is_no_incident(text, language):
    assert analyse(fictional_document(text, language=language)).incidents == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В октябре в ИК-24 приехали вербовщики. Вымышленный Улугбек подписал контракт: ему "
            "пообещали помилование.\n\n"
            "Не всех заключённых ИК-24 вербовщикам удалось убедить. Осуждённый Николай Верещагин "
            "после отказа подписать контракт столкнулся с угрозами: ему пообещали новое дело.",
            "ru",
        ),
        (
            "In October recruiters came to IK-24. Fictional Ulugbek signed a contract after they "
            "promised him a pardon.\n\n"
            "Not every inmate could be persuaded. Inmate Nikolai Vereshchagin refused to sign "
            "and was threatened with a new criminal case.",
            "en",
        ),
    ],
)
def test_a_paragraph_that_introduces_another_inmate_after_its_first_sentence_is_his(text, language):
    incidents = analyse(fictional_document(text, language=language)).incidents
    assert len(incidents) == 2
    assert "threat_of_prosecution" in incidents[1].coercion
    assert "threat_of_prosecution" not in incidents[0].coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Wagner began recruiting in Russian prisons in the summer of 2022, promising inmates "
            "a pardon after six months of fighting.",
            "en",
        ),
        (
            "Since early 2023 Russia's Ministry of Defence has itself been signing up convicts. "
            "Changes to the law in 2024 extended recruitment to suspects, whose criminal cases "
            "can be suspended if they sign a contract.",
            "en",
        ),
        (
            "An analysis of court records by a fictional news site found that courts suspended "
            "at least 190 criminal cases because the defendants had signed military contracts.",
            "en",
        ),
        (
            "Вербовка заключённых в ЧВК «Вагнер» началась летом 2022 года: им обещали "
            "помилование через полгода.",
            "ru",
        ),
        (
            "По оценке вымышленного проекта «Право за решёткой», из колоний области на фронт "
            "уехали не менее 1500 человек, подписавших контракты.",
            "ru",
        ),
    ],
)
def test_the_campaigns_course_and_its_tallies_are_background(text, language):
    assert analyse(fictional_document(text, language=language)).incidents == ()


def test_a_man_named_after_the_words_that_point_back_to_him_continues_the_incident():
    """Fictional: "a former inmate … who spoke to us" is then "The former inmate, Oleg"."""
    text = (
        "Sergei, a fictional prisoner, was serving his sentence at a colony-settlement, KP-3, "
        "in Russia's Perm region.\n\n"
        "In early March last year, according to his wife and to a former inmate of the "
        "settlement who spoke to us, a representative of the local enlistment office and the "
        "settlement's deputy head gathered the men in the canteen.\n\n"
        "The former inmate, Oleg, who asked that his surname not be published, was in the "
        "room. He says the men were told that they would serve in engineering units behind the "
        "front line. Eleven men signed that day."
    )
    incidents = _incidents_of(text, "en", date(2025, 2, 20))
    assert [(i.location.facility, i.location.region, i.date.start) for i in incidents] == [
        ("KP-3", "RU-PER", "2024-03")
    ]


def test_the_month_a_witness_came_out_of_the_sizo_does_not_split_the_beating():
    """Fictional: the cellmate's release in August is not a second incident."""
    text = (
        "В июле вымышленного Руслана перевели в другую камеру СИЗО-1 Краснодара, где его "
        "несколько дней избивали сокамерники. Били до тех пор, пока он не написал заявление о "
        "желании заключить контракт с Минобороны.\n\n"
        "О случившемся мать узнала от одного из бывших сокамерников сына, который вышел из "
        "СИЗО в августе и разыскал её через соцсети. Она обратилась в редакцию. Бывший "
        "сокамерник говорить с журналистами отказался, но передал через неё, что избиения "
        "происходили «с ведома оперативников»."
    )
    incidents = _incidents_of(text, "ru", date(2024, 9, 30))
    assert [(i.location.facility, i.date.start) for i in incidents] == [("SIZO-1", "2024-07")]


def test_a_count_of_the_incidents_day_before_a_remark_on_volunteers_stays_the_incidents():
    """Fictional: the community leader's "40 that day" is the raid's count; his remark that
    some sign of their own will is another matter."""
    text = (
        "В пятницу полиция задержала торговцев на вымышленном рынке и отвезла их в военкомат. "
        "Там офицер сказал: кто не подпишет контракт, того депортируют.\n\n"
        "Руководитель вымышленной общественной организации таджикистанцев Бахром Юлдашев "
        "утверждает, что в военкомат в тот день увезли не меньше 40 человек. Юлдашев добавил, "
        "что некоторые земляки подписывают контракты и по собственному желанию."
    )
    incidents = analyse(fictional_document(text, language="ru")).incidents
    assert incidents[0].victims.count == 40


def test_a_roundups_lead_is_no_incident_and_the_raid_before_the_office_is_its_start():
    """Fictional roundup: the lead sums up three cities' cases; the Novosibirsk raid
    paragraph dates and names the men of the incident told in the next one."""
    text = (
        "ALMATY, Oct 27 (Fictional Wire) - Labour migrants from Central Asia in three Russian "
        "cities have described being pressed to sign military contracts after routine document "
        "checks. Below are the main cases.\n\n"
        "Police raided a construction site in Novosibirsk on Tuesday and detained dozens of "
        "workers, most of them citizens of Uzbekistan.\n\n"
        "A fictional lawyer, Ruslan Akhmedov, said 30 men were taken by bus to the district "
        "military enlistment office, where they were told they would be deported if they did "
        "not sign a contract."
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2023, 10, 27)))
    assert [
        (i.location.region, i.date.start, i.victims.nationality) for i in analysis.incidents
    ] == [("RU-NVS", "2023-10-24", ("UZ",))]
    assert "Labour" not in {p.value for p in analysis.people}


def test_the_offer_made_to_volunteers_is_no_coercion_of_them():
    text = (
        "The first recruiters came to fictional IK-29 in October 2022. Six months at the front "
        "and a pardon, they said. Eleven men from our detachment signed that day. As far as I "
        "know nobody was forced at that first visit."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert incidents
    assert all(i.coercion == () for i in incidents)


def test_an_offer_where_voluntariness_is_unclear_stays_an_inducement():
    text = (
        "Fictional citizen B. K., serving a sentence in colony No. 24 in the Volgograd Region, "
        "signed a contract after a representative of the Ministry of Defence promised him that "
        "his criminal record would be expunged. The Ministry has not been able to establish "
        "whether his consent was given voluntarily."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert [i.coercion for i in incidents] == [("promise_of_passport_or_pardon",)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Not all of the fictional accounts can be verified. But taken together they describe "
            "a recurring scenario: a document check, a bus ride, and a room where a man explains "
            "that signing is the only way to avoid deportation.",
            "en",
        ),
        (
            "A fictional lawyer said her group had tried to challenge two contracts in court on "
            "the grounds that they were signed under duress; both claims were rejected.",
            "en",
        ),
        (
            "His fictional wife wants to know what her husband actually signed, and who told him "
            "he would be building fortifications.",
            "en",
        ),
        (
            "Вымышленная жена хочет узнать, что именно подписал муж и кто обещал ему работу в "
            "тылу.",
            "ru",
        ),
    ],
)
def test_a_generalisation_an_open_question_and_a_court_challenge_are_no_incident(text, language):
    assert analyse(fictional_document(text, language=language)).incidents == ()


def test_a_features_opening_about_the_man_whose_story_follows_is_not_its_own_incident():
    text = (
        "Вымышленная Мавлюда живёт под Наманганом. О том, что её сын Улугбек уехал из колонии "
        "на войну, она узнала в середине ноября от незнакомого мужчины.\n\n"
        "Улугбек отбывал наказание в ИК-24 в Волгоградской области.\n\n"
        "В октябре в колонию приехали вербовщики. «Ему сказали, что он будет охранять склады в "
        "тылу и через полгода получит помилование», — рассказывает его брат. Улугбек подписал "
        "контракт."
    )
    incidents = _incidents_of(text, "ru", date(2022, 12, 15))
    assert [(i.location.facility, i.date.start) for i in incidents] == [("IK-24", "2022-10")]


def test_an_opening_quote_of_the_man_whose_story_follows_is_not_its_own_incident():
    """Fictional; the opening names its speaker where the NER finds no person, only a
    speaker."""
    text = (
        "Шухрат говорит, что подпись поставил не глядя. «Мне сказали: это бумага о "
        "том, что ты не уедешь из Москвы. Я подписал», — рассказывает он.\n\n"
        "В начале сентября, рассказывает Шухрат, к базе подъехали автобусы с полицейскими. "
        "Рабочих привезли в районный военкомат.\n\n"
        "«Офицер сказал: это выдворение и запрет на въезд на пять лет. Или подписываешь», — "
        "вспоминает он. Подписали не меньше десяти человек."
    )
    incidents = _incidents_of(text, "ru", date(2023, 11, 20))
    assert [i.location.facility for i in incidents] == ["military enlistment office"]
    assert "threat_of_deportation" in incidents[0].coercion


def test_a_cellmate_who_signed_after_the_refusal_is_not_the_refusers_incident():
    text = (
        "В середине августа к вымышленному Сергею Х. в СИЗО-1 пришёл следователь. «Подпишешь — "
        "дело приостановят. Не подпишешь — найдём ещё пять эпизодов», — рассказал адвокат.\n\n"
        "Сергей отказался.\n\n"
        "По словам адвоката, сокамерник Сергея в начале августа подписал контракт и через "
        "неделю покинул изолятор."
    )
    incidents = _incidents_of(text, "ru", date(2024, 9, 5))
    refusal = incidents[0]
    assert "threat_of_prosecution" in refusal.coercion
    assert not any("сокамерник" in e.text for e in refusal.evidence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In most of these cases the fictional people who contacted us had been detained "
            "during document checks and then taken to a military enlistment office.",
            "en",
        ),
        (
            "В большинстве таких случаев вымышленных мигрантов задерживали при проверке "
            "документов и везли в военкомат, где требовали подписать контракт.",
            "ru",
        ),
    ],
)
def test_a_summary_over_the_cases_is_no_incident(text, language):
    assert analyse(fictional_document(text, language=language)).incidents == ()


def test_the_mass_recruitment_that_began_in_2022_is_background():
    text = (
        "Массовая вербовка заключённых началась летом 2022 года, когда по колониям стали ездить "
        "вымышленные представители группы Вагнера и обещать помилование."
    )
    assert analyse(fictional_document(text, language="ru")).incidents == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Under Kyrgyz law, taking part in a foreign armed conflict is a criminal offence, "
            "and the fictional ministry has urged citizens not to sign up.",
            "en",
        ),
        (
            "По законам Кыргызстана за участие в вооружённых конфликтах за рубежом грозит "
            "уголовная ответственность, и вымышленное министерство призывает не подписывать "
            "контракты.",
            "ru",
        ),
    ],
)
def test_what_a_home_countrys_law_makes_a_crime_is_background(text, language):
    from recruitwatch.extraction.stages.incidents._grouping import _advice_sentences

    analysis = analyse(fictional_document(text, language=language))
    assert analysis.sentences[0].start in _advice_sentences(analysis)


_LABELLED_INTERVIEW = {
    "en": (
        "Q: When did the recruiters come to fictional IK-14?\n\n"
        "In October last year I was called to the operations department, where a major was "
        "recruiting prisoners. They put the contract on the table and said: “Sign, or we open "
        "a new case.”\n\n"
        "Q: What did you do?\n\n"
        "I said I would not sign. That same evening I was put in the punishment cell.\n\n"
        "Q: How many men signed contracts after such threats?\n\n"
        "I cannot say."
    ),
    "ru": (
        "Вопрос: Когда в вымышленную ИК-14 приехали вербовщики?\n\n"
        "Ответ: В октябре прошлого года меня вызвали в оперчасть, где майор вербовал "
        "заключённых. Мне положили контракт на стол и сказали: «Не подпишешь — заведём новое "
        "дело».\n\n"
        "Вопрос: Сколько человек подписали контракт после таких угроз?\n\n"
        "Ответ: Не могу сказать."
    ),
}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_labelled_interviewers_question_anchors_nothing(language):
    """Fictional. "Q: How many men signed contracts after such threats?" asks; it tells no
    incident, whether the answers are labelled or not."""
    text = _LABELLED_INTERVIEW[language]
    analysis = analyse(fictional_document(text, language=language, published=date(2024, 6, 18)))
    [incident] = analysis.incidents
    assert not [e.text for e in incident.evidence if e.text.startswith(("Q:", "Вопрос:"))]
    assert "threat_of_prosecution" in incident.coercion
    assert "forced_signing" not in incident.coercion


def test_what_was_done_to_the_narrator_after_the_next_question_is_the_incidents():
    """Fictional. "What did you do?" stands between the threat and "That same evening I was
    put in the punishment cell": the question does not part the answer from the incident,
    and "I was put" is done to him."""
    text = _LABELLED_INTERVIEW["en"]
    analysis = analyse(fictional_document(text, language="en", published=date(2024, 6, 18)))
    [incident] = analysis.incidents
    assert "other" in incident.coercion
    assert any("punishment cell" in e.text for e in incident.evidence)


def test_a_region_a_transfer_threatens_is_not_where_the_incident_is():
    """Fictional. The threatened transfer names Murmansk; the incident stays in Karelia, as one
    incident, and the threat is leverage ("other")."""
    text = (
        "Fictional Maxim, held in Penal Colony No. 7 in the Republic of Karelia, signed a "
        "contract in October. He had been told, he said, that if he refused again he would be "
        "“transferred north, to the Murmansk colonies, where nobody will find you”."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert incident.location.region == "RU-KR"
    assert "other" in incident.coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "1. 2 октября, Липецкая область\n\n"
            "Мать осуждённого рассказала, что её сын после отказа подписать контракт был избит "
            "сотрудниками вымышленной ИК-4. Она увидела синяки на свидании 5 октября.",
            "ru",
        ),
        (
            "Case 1 — 2 October, Lipetsk region\n\n"
            "A prisoner's mother said her son was beaten by staff of fictional IK-4 after he "
            "refused to sign a contract. She saw the bruises during a visit on 5 October.",
            "en",
        ),
    ],
)
def test_a_list_items_heading_dates_its_case(text, language):
    """Fictional. The item's heading says when; the visit on 5 October is when it was seen."""
    analysis = analyse(fictional_document(text, language=language, published=date(2025, 11, 3)))
    assert [i.date.start for i in analysis.incidents] == ["2025-10-02"]


def test_a_town_in_the_colonys_region_leaves_the_colony_the_place_of_what_follows():
    """ "4. Altai Republic, IK-1. Arkady T. … his wife, living in Gorno-Altaisk …": the town
    names where the wife lives, in the colony's own region; the case is the colony's."""
    text = (
        "3. Smolensk region, LIU-2. Relatives of two patients told us that patients who refuse "
        "to sign contracts have been told that medicines are “limited”.\n\n"
        "4. Altai Republic, IK-1. Arkady V., a fictional Russian citizen serving a sentence in "
        "the colony, told our lawyer that on 28 December an officer warned him that his wife, "
        "a citizen of Kyrgyzstan living in Gorno-Altaisk without registration, “will be on a "
        "plane to Bishkek within a week” unless he signed a contract. He signed the same day."
    )
    incident = analyse(fictional_document(text, language="en")).incidents[-1]
    assert incident.location.facility == "IK-1"
    assert incident.location.region == "RU-AL"


_DATA_STORY_OPENING = (
    "Recruiters came to Penal Colony No. 10 in the Sverdlovsk region in September 2023, and "
    "officers beat the fictional refusers until they agreed to sign.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "The Vymysl Desk downloaded and read 1,412 rulings that mention a military contract.",
        "We also obtained a spreadsheet compiled inside one colony in the Sverdlovsk region, "
        "listing 312 inmates with columns headed “agreed” and “refused”.",
        "Only 58 of the 1,412 rulings record a convict saying he had been pressured to sign.",
        "Twenty-two mention the punishment cell, nineteen a threatened new criminal case.",
        "In 211 more, a defendant’s criminal case is suspended because he has signed a contract.",
        "These numbers reflect where courts publish their decisions as much as where "
        "recruitment happened.",
    ],
)
def test_a_data_storys_counts_of_documents_are_no_incident(text):
    analysis = analyse(fictional_document(_DATA_STORY_OPENING + text, language="en"))
    evidence = [span.text for incident in analysis.incidents for span in incident.evidence]
    assert text not in evidence


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyz law treats participation in armed conflicts abroad as a criminal offence, and "
        "citizens who were forced to sign contracts risk prosecution at home.",
        "Several deputies said men were forced to sign, and called on the government to say "
        "publicly that it would not prosecute them.",
    ],
)
def test_the_law_at_home_and_a_call_on_the_government_are_no_incident(text):
    opening = (
        "Police took the fictional Bektur to the enlistment office in Tyumen in March and "
        "threatened him with deportation unless he signed.\n\n"
    )
    analysis = analyse(fictional_document(opening + text, language="en"))
    evidence = [span.text for incident in analysis.incidents for span in incident.evidence]
    assert text not in evidence


def test_a_deportation_centre_threatened_does_not_part_the_threat_from_the_office():
    """ "Those who don't, your permit is cancelled today and you go to the deportation centre":
    the centre is where he would go, so the threat stays with the enlistment office he was
    taken to."""
    text = (
        "BEKZOD: When the bus stopped I saw the sign. It was the military enlistment office in "
        "Lyubertsy.\n\n"
        "REPORTER: What happened inside?\n\n"
        "BEKZOD: A man in uniform gave us papers. He said: “Those who don’t sign, your residence "
        "permit is cancelled today and you go to the deportation centre.”"
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert incident.location.facility == "military enlistment office"
    assert "threat_of_deportation" in incident.coercion


def test_a_programmes_introduction_of_the_campaign_is_no_incident():
    text = (
        "ANCHOR: Good evening. Since Russia changed its rules last year, men who have recently "
        "received Russian citizenship must register for military service or lose it. But "
        "migrants and their lawyers say that in some raids the men who are rounded up are "
        "pushed to sign contracts to fight in Ukraine. Our reporter has been talking to one "
        "of them."
    )
    assert not analyse(fictional_document(text, language="en")).incidents


def test_a_court_reports_lead_dated_by_the_hearing_is_the_defendants_story_below():
    text = (
        "В Калужском районном суде во вторник продолжилось рассмотрение уголовного дела "
        "вымышленного гражданина Узбекистана Шерзода Р. Сам подсудимый настаивает, что после "
        "задержания полицейские в отделе полиции пытались вынудить его подписать контракт "
        "под угрозой уголовного дела и депортации.\n\n"
        "Шерзода задержали 6 августа на автомойке в Калуге. По его словам, в отделе полиции "
        "оперуполномоченный положил перед ним бланк контракта и сказал: «Подпишешь — дело "
        "закроют. Не подпишешь — депортация». Контракт он так и не подписал."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2024, 11, 28)))
    [incident] = analysis.incidents
    assert incident.date.start == "2024-08-06"
    assert "threat_of_deportation" in incident.coercion


def test_amendments_that_allow_a_case_to_be_suspended_are_background():
    opening = (
        "6 августа полицейские в Калуге пригрозили вымышленному Шерзоду депортацией, если он "
        "не подпишет контракт.\n\n"
    )
    text = (
        "Такие приостановления стали возможны после того, как весной 2024 года вступили в силу "
        "поправки, позволяющие приостанавливать уголовные дела в отношении тех, кто подписал "
        "контракт, и снимать с них обвинения."
    )
    analysis = analyse(
        fictional_document(opening + text, language="ru", published=date(2024, 11, 28))
    )
    evidence = [span.text for incident in analysis.incidents for span in incident.evidence]
    assert text not in evidence


def test_a_raid_told_two_paragraphs_before_the_office_opens_the_incident():
    """Fictional wire story: the raid's day and town, a worker's quote, then the station and
    the enlistment office where the threat was made: one incident, dated and placed by the
    raid's paragraph, at the office (the fingerprints taken at the station are no pretext)."""
    text = (
        "The raid took place on Tuesday morning at a site in Krasnogorsk, where fictional "
        "workers from Tajikistan were building a block of flats.\n\n"
        "“They put everyone on the bus,” said Firuz, a fictional plasterer.\n\n"
        "The men were first driven to a local police station, where their fingerprints were "
        "taken. In the afternoon, 15 of them were driven to the town’s military enlistment "
        "office.\n\n"
        "There, a man in uniform told them that a court would order their expulsion unless "
        "they signed a contract."
    )
    [incident] = _incidents_of(text, "en", date(2025, 4, 17))
    assert incident.date.start == "2025-04-15"
    assert incident.location.region == "RU-MOS"
    assert incident.location.facility == "military enlistment office"
    assert incident.coercion == ("threat_of_deportation",)


def test_a_raid_still_to_come_opens_no_incident():
    text = (
        "I can't tell you whether the raid will happen, but the fictional workers are sure it "
        "will.\n\n"
        "“They pack their bags every evening,” said Gulnora, a fictional lawyer.\n\n"
        "In October two of them signed contracts at the enlistment office."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert all("raid will happen" not in i.evidence[0].text for i in incidents)


def test_workers_quoted_about_one_raid_tell_it_and_an_earlier_raid_is_its_own():
    """Fictional wire story: the lead ("this week"), the raid's day below, two workers
    quoted after their words, then "The Krasnogorsk raid followed a similar operation last
    month … in Yekaterinburg": one incident for the raid, dated by its day, and another for
    Yekaterinburg, placed there."""
    text = (
        "KRASNOGORSK, Russia, April 17 (Fictional Wire) - Police who raided a construction "
        "site outside Moscow this week took a group of workers to a military enlistment "
        "office, where they were told they would be deported unless they signed contracts.\n\n"
        "The raid took place on Tuesday morning at a site in Krasnogorsk.\n\n"
        "“They put everyone on the bus,” said Firuz, a fictional plasterer.\n\n"
        "In the afternoon, 15 of them were driven to the town’s military enlistment office, "
        "according to Firuz.\n\n"
        "“He said: either you go to the front for a year, or you go home and never come back,” "
        "said Ulugbek, a fictional bricklayer.\n\n"
        "The Krasnogorsk raid followed a similar operation last month at a market in "
        "Yekaterinburg, where police detained about 30 traders. Eleven of them were driven to "
        "an enlistment office and told they would face criminal charges unless they signed."
    )
    incidents = _incidents_of(text, "en", date(2025, 4, 17))
    assert [(i.location.region, i.date.start) for i in incidents] == [
        ("RU-MOS", "2025-04-15"),
        ("RU-SVE", "2025-03"),
    ]


def test_a_colony_that_did_not_answer_is_not_the_place_of_what_follows():
    """Fictional feature: the man is moved from a Komi colony to one in the Kirov region; "The
    Komi colony did not answer written questions" does not take his beating back to Komi."""
    text = (
        "In the autumn of 2022 recruiters from Wagner came to Penal Colony No. 1 in the Komi "
        "Republic and promised a pardon. Andrei, a fictional prisoner, refused.\n\n"
        "A month later he arrived at Penal Colony No. 11 in the Kirov region. The Komi colony "
        "did not answer written questions.\n\n"
        "On 3 March 2023 three officers beat him until he agreed to sign a contract."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    beaten = [i for i in incidents if "physical_force" in i.coercion]
    assert [(i.location.facility, i.location.region) for i in beaten] == [("IK-11", "RU-KIR")]


def test_the_training_ground_he_was_taken_to_is_not_where_he_was_pressed():
    """Fictional: after the beating at the colony, "taken to a training ground in the Rostov
    region" is where he went, not a place of an incident."""
    text = (
        "Andrei, a fictional prisoner of Penal Colony No. 11 in the Kirov region, was beaten on "
        "3 March 2023 until he agreed to sign a contract.\n\n"
        "Andrei was taken to a training ground in the Rostov region on 6 March and was at the "
        "front within a month."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert "RU-ROS" not in [i.location.region for i in incidents]


def test_counts_from_documents_analysed_by_the_outlet_are_background():
    text = (
        "In June 37 fictional prisoners left IK-25 in the Irkutsk region for the front; it is "
        "unclear whether any signed under pressure.\n\n"
        "According to pardon decrees and court rulings analysed by Fictional Files, at least "
        "146 former inmates of the colony were promised a pardon in 2023."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert all("promise_of_passport_or_pardon" not in i.coercion for i in incidents)


def test_what_next_time_brings_is_the_plan_unless_it_is_feared():
    """Fictional colony-settlement: the visit set for 30 August and "next time they will not
    talk: everyone signs" are one planned incident with its denial of choice; a wife's "I am
    afraid that next time they will just put him on the list" stays a fear."""
    text = (
        "В прошлую пятницу осуждённых вымышленной КП-9 в Удмуртии собрали в столовой, и 11 "
        "человек подписали контракт под угрозой лишить их УДО.\n\n"
        "Следующий приезд представителей Минобороны назначен на 30 августа. «Сказали, что в "
        "следующий раз разговаривать не будут: подпишут все, без исключений», — рассказал он."
    )
    incidents = _incidents_of(text, "ru", date(2024, 8, 22))
    planned = [i for i in incidents if i.modality == "planned"]
    assert [(i.date.start, i.coercion) for i in planned] == [("2024-08-30", ("denial_of_choice",))]
    feared = analyse(
        fictional_document(
            "Жена боится, что в следующий раз его просто впишут в список.", language="ru"
        )
    )
    assert sentence_modality(feared, feared.sentences[0]) == "feared"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Several of the fictional people we have assisted said they feared prosecution at "
            "home as much as the war itself.",
            "en",
        ),
        (
            "Вымышленные мигранты, подписавшие контракт, боятся уголовного дела на родине.",
            "ru",
        ),
    ],
)
def test_prosecution_at_home_and_a_hotlines_tally_are_background(text, language):
    assert analyse(fictional_document(text, language=language)).incidents == ()


def test_a_hotlines_tally_after_a_case_is_no_incident_of_its_own():
    text = (
        "On 20 January police detained seven fictional men at a warehouse in the Leningrad "
        "region and took them to a police station, where they were told they would be "
        "deported unless they signed contracts.\n\n"
        "Fictional Aid has operated a hotline since 2021. In 2024 the hotline received 1,164 "
        "calls, of which 208 concerned recruitment into the Russian armed forces. Not all of "
        "those calls concerned pressure: 61 came from men who wanted to sign a contract and "
        "asked about pay."
    )
    incidents = analyse(fictional_document(text, language="en")).incidents
    assert [i.evidence[0].text[:13] for i in incidents] == ["On 20 January"]


def test_days_counted_from_the_raid_date_the_next_incident():
    """Fictional: a raid on Wednesday 8 October, then «Через два дня после рейда» one of the
    men, moved to a detention centre, is beaten there: 10 October."""
    text = (
        "В прошлую среду полиция провела рейд в общежитии в Казани и отвезла 18 вымышленных "
        "мигрантов в военкомат, где им пригрозили выдворением, если не подпишут контракт.\n\n"
        "Одного из отказавшихся, вымышленного Нурлана, поместили в центр временного "
        "содержания иностранных граждан. Через два дня после рейда сотрудник центра избил "
        "его и снова предложил подписать контракт."
    )
    incidents = _incidents_of(text, "ru", date(2025, 10, 14))
    assert [i.date.start for i in incidents] == ["2025-10-08", "2025-10-10"]


def test_i_do_not_know_the_details_is_no_information():
    """blind10/ru/01's former colony doctor: «Бывшие коллеги говорят, что вербовщики
    приезжают раз в месяц, но подробностей я не знаю» was his own first-person incident."""
    from recruitwatch.extraction.languages import russian

    text = "Коллеги говорят, что вербовщики приезжают раз в месяц, но подробностей я не знаю."
    assert russian.LEXICON.no_information.search(text)


def test_thousands_of_prisoners_and_no_one_colony_are_statistics_not_an_incident():
    text = (
        "Estimates compiled by fictional researchers suggest that Wagner recruited between "
        "40,000 and 50,000 prisoners in the Krasnodar region before it stopped. The promise "
        "was always the same: a pardon and, for foreigners, a Russian passport."
    )
    assert analyse(fictional_document(text, language="en")).incidents == ()


def test_a_numbered_colony_keeps_its_incident_of_a_thousand_men():
    text = (
        "At IK-10 in the Chelyabinsk region, 1,140 convicts were forced to sign contracts "
        "after recruiters promised them a pardon."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert incident.victims.count == 1140


def test_what_is_dated_after_the_report_is_a_plan_not_an_event():
    text = (
        "Relatives of prisoners at the fictional penal colony IK-14 in Krasnodar Krai have told "
        'us that the administration has announced a second "meeting with representatives of '
        'the Ministry of Defence" for 25 January. According to the relatives, the deputy head '
        'of the colony told prisoners that "nobody will be asked whether he wants to go; the '
        'list has already been drawn up."'
    )
    analysis = analyse(fictional_document(text, language="en", published=date(2024, 1, 15)))
    [incident] = analysis.incidents
    assert (incident.date.start, incident.modality) == ("2024-01-25", "planned")


def test_a_speaker_named_after_words_that_run_over_sentences_is_no_newcomer():
    text = (
        "В прошлый четверг полиция задержала на рынке в Тольятти четырнадцать вымышленных "
        "продавцов из Узбекистана. Их посадили в автобус и сказали, что везут в отдел полиции "
        "«для дактилоскопии».\n\n"
        "«В отделе нас даже из автобуса не вывели. Постояли полчаса, потом поехали дальше, и "
        "мы приехали в военкомат», — рассказывает 41-летний Фаррух, гражданин Узбекистана.\n\n"
        "В военкомате задержанных завели в актовый зал. По словам Фарруха, военный сказал: или "
        "контракт, или выдворение."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert len(analysis.incidents) == 1


def test_a_similar_case_told_next_is_another_incident():
    text = (
        "В прошлый четверг вымышленных продавцов рынка в Тольятти отвезли в военкомат, где им "
        "пригрозили выдворением, если они не подпишут контракт.\n\n"
        "Похожая история произошла в конце прошлого месяца в Самаре. Вымышленного Зафара "
        "доставили в отдел полиции.\n\n"
        "«Мне сказали: подпишешь контракт — дело заводить не будут», — рассказал Зафар."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert len(analysis.incidents) == 2


def _proposal(analysis, paragraph, date_start, coercion):
    from recruitwatch.extraction.types import (
        DateValue,
        IncidentProposal,
        Location,
        Span,
        Victims,
    )

    [sentence] = analysis.paragraph_sentences(paragraph)
    return IncidentProposal(
        summary=sentence.text,
        modality="occurred",
        victims=Victims("prisoners", None, (), "prisoner"),
        perpetrators=(),
        location=Location(facility="IK-11", region="RU-MO", country="RU"),
        date=DateValue(start=date_start, precision="month" if date_start else "unknown"),
        coercion=coercion,
        sources=(),
        evidence=(Span(sentence.start, sentence.end, sentence.text),),
    )


@pytest.mark.parametrize(
    ("summary_coercion", "kept"),
    [
        # The summary adds nothing: the dated account stands alone, with the summary's words.
        (("threat_of_prosecution",), 1),
        # The summary tells what the dated account does not: both stay.
        (("physical_force",), 2),
        # No coercion at all is no summary of a coerced case ("Nurbek signed"): both stay.
        ((), 2),
    ],
)
def test_an_undated_summary_of_a_case_told_again_with_its_date_is_one_incident(
    summary_coercion, kept
):
    from recruitwatch.extraction.stages.incidents._leads import without_undated_repeats

    text = (
        "В вымышленной колонии ИК-11 в Мордовии отказавшимся угрожали новыми делами.\n\n"
        "В конце января в ИК-11 отказавшимся пригрозили новыми уголовными делами."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    undated = _proposal(analysis, 0, None, summary_coercion)
    dated = _proposal(analysis, 1, "2023-01", ("threat_of_prosecution", "forced_signing"))
    found = without_undated_repeats(analysis, [undated, dated])
    assert len(found) == kept
    assert found[-1].date.start == "2023-01"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The fictional Bakyt went to Russia in 2019 and worked as a courier in Yekaterinburg. "
            "His wife says he was made to sign a military contract while in SIZO-1.",
            "en",
        ),
        (
            "Вымышленный Бакыт приехал на заработки в Россию в 2019 году. Жена говорит, что в "
            "СИЗО-1 его заставили подписать контракт.",
            "ru",
        ),
    ],
)
def test_the_year_a_migrant_came_to_russia_does_not_date_the_incident(text, language):
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.date.start != "2019"


def test_another_man_brought_in_undated_is_his_own_case_not_a_summary():
    """examples/01 (fictional): Oleg, "a second prisoner", put in a punishment cell and
    signing on the fourth day, undated, is his own case beside the dated visit of November."""
    from recruitwatch.extraction import extract, read_path
    from tests.conftest import REPO

    [document] = read_path(REPO / "examples" / "01-ik-colony-news.txt").documents
    incidents = extract(document).incidents
    assert any("punishment cell for three days" in e.text for i in incidents for e in i.evidence)


def test_a_transfer_promised_to_those_who_refuse_is_no_place_of_the_incident():
    """Fictional: «пообещали этап «в Якутию»» is where the refusers would be sent, not a
    second place that splits the meeting at IK-3 in Zabaykalsky Krai."""
    text = (
        "Около сотни осуждённых вымышленной ИК-3 УФСИН по Забайкальскому краю построили на "
        "плацу для встречи с представителями Министерства обороны. Тем, кто откажется подписать "
        "контракт, пообещали этап «в Якутию, подальше от семей»."
    )
    [incident] = analyse(fictional_document(text, language="ru")).incidents
    assert incident.location.region == "RU-ZAB"
    assert len(incident.evidence) == 2


@pytest.mark.parametrize(
    ("text", "language", "facility", "day"),
    [
        (
            "A fictional Uzbek prisoner, Bahodir, held in IK-13 in the Saratov region, signed a "
            "contract on 4 October after a recruiter threatened him with deportation, his sister "
            "Gulnora said.\n\n"
            "Correction: The article said that Bahodir is held in IK-13 and that the meeting "
            "took place on 4 October. Both details were wrong: he is held in IK-17, and the "
            "meeting took place on 14 October.",
            "en",
            "IK-17",
            "2023-10-14",
        ),
        (
            "Осуждённых вымышленной ИК-3 в Забайкальском крае во вторник, 7 февраля, построили "
            "на плацу, и тех, кто отказался подписать контракт, отправили в ШИЗО, рассказала "
            "Ольга С.\n\n"
            "Уточнение (11 ноября, 11:20): в первоначальной версии заметки говорилось, что "
            "встреча в ИК-3 прошла 7 февраля. Как уточнила Ольга С., осуждённых построили на "
            "плацу в понедельник, 6 февраля.",
            "ru",
            "IK-3",
            "2023-02-06",
        ),
    ],
)
def test_a_correction_amends_the_incident_it_names_and_opens_none(text, language, facility, day):
    """A correction appended to a fictional report: the first facility and day it names that
    differ from the incident's are the right ones (the wrong ones are repeated first), the
    correction is evidence, and it tells no incident of its own."""
    document = fictional_document(text, language=language, published=date(2023, 11, 12))
    [incident] = analyse(document).incidents
    assert (incident.location.facility, incident.date.start) == (facility, day)
    assert any(e.text.startswith(("Both details", "Как уточнила")) for e in incident.evidence)


@pytest.mark.parametrize(
    "note",
    [
        # background corrected, no incident's person or facility named
        "This article was amended on 17 June 2024. An earlier version said Wagner stopped "
        "recruiting prisoners in March 2023; it was February 2023.",
        # the body put right already: the note repeats the wrong month first
        "This article was amended on 17 June 2024. An earlier version gave the month of the "
        "beatings at IK-6 as April 2024.",
    ],
)
def test_an_editors_note_that_corrects_nothing_told_amends_nothing(note):
    """Fictional editor's notes: one corrects background; the other says the article was
    amended, so its body ("in May 2024") is right and the earlier version's April is not."""
    text = (
        "Guards at the fictional IK-6 in the Tver region beat prisoners who refused to sign "
        "contracts in May 2024.\n\n"
        "Editor’s note: " + note
    )
    document = fictional_document(text, language="en", published=date(2024, 6, 18))
    [incident] = analyse(document).incidents
    assert incident.date.start == "2024-05"


@pytest.mark.parametrize(
    ("label", "language"),
    [
        ("Update, 8 March 2024:", "en"),
        ("UPD:", "en"),
        ("Обновлено 8 марта:", "ru"),
    ],
)
def test_an_update_note_saying_the_article_was_corrected_tells_no_incident(label, language):
    """A fictional web article's update note repeats the wrong count beside the right one:
    the body was already put right, so the note opens no incident of its own."""
    body = {
        "en": "At least 34 inmates of the fictional IK-17 in Mordovia signed contracts on 20 "
        "February after two weeks in the punishment cells.\n\n",
        "ru": "Не менее 34 осуждённых вымышленной ИК-17 в Мордовии подписали контракты 20 "
        "февраля после двух недель в ШИЗО.\n\n",
    }[language]
    note = {
        "en": " An earlier version of this article said that 43 inmates had signed contracts; "
        "the correct figure is at least 34. The article has been corrected.",
        "ru": " В первоначальной версии заметки говорилось, что контракты подписали 43 "
        "осуждённых; верная цифра — не менее 34. Текст заметки исправлен.",
    }[language]
    document = fictional_document(body + label + note, language=language)
    [incident] = analyse(document).incidents
    assert all(not e.text.startswith(label) for e in incident.evidence)


def test_each_dated_letter_tells_its_own_incident():
    """A fictional mother quotes her son's letters: the club meeting of the 1st and the
    threats of the week before the letter of the 19th are two incidents, though both fall in
    February; the ministry's unanswered "letter of 3 May" opens nothing."""
    text = (
        "Вымышленная Людмила хранит письма сына в коробке из-под обуви.\n\n"
        "В письме от 2 февраля вымышленный Денис писал из ИК-41 в Кемеровской области: «Вчера "
        "нас всех собрали в клубе, и двое из Минобороны сказали, что кто откажется подписать "
        "контракт, тот поедет в ШИЗО».\n\n"
        "Следующее письмо датировано 19 февраля. «На прошлой неделе начальник отряда вызывал "
        "нас по одному и грозил ШИЗО тем, кто не подпишет контракт»."
    )
    incidents = analyse(fictional_document(text, language="ru")).incidents
    assert sorted(i.date.start for i in incidents) == ["2023-02", "2023-02-01"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Начальник отряда вызывал нас по одному.", "ru"),
        ("The head of the unit called us in one by one.", "en"),
        ("После отбоя тридцать человек посадили в автобус и увезли.", "ru"),
        ("After lights-out they put the men on a bus and drove them away.", "en"),
        ("About 40 foreign inmates were called to the colony’s headquarters on 17 January.", "en"),
        ("The men were brought to the office of the colony’s deputy head.", "en"),
        ("In March, recruiters went there too.", "en"),
    ],
)
def test_called_in_one_by_one_and_taken_away_by_bus_are_events(text, language):
    analysis = analyse(fictional_document(text, language=language))
    assert any(c.kind == "event" for c in analysis.cues)


def test_next_time_in_a_threat_made_as_he_is_beaten_is_no_plan():
    """Fictional: "They told him that the next time he would fall down the stairs", after
    the beating, is the threat of the beating's incident, not a plan of its own; "warned that
    next time they will get a new case", without one, stays the next visit's."""
    beaten = (
        "On 11 March two duty officers at the fictional IK-10 in Zabaykalsky Krai took Andrei "
        "to a room without cameras and beat him with a truncheon. They told him that the next "
        "time he would fall down the stairs and that a report adding years to his sentence "
        "was already written. The next day he signed a contract."
    )
    document = fictional_document(beaten, language="en", published=date(2023, 6, 1))
    [incident] = analyse(document).incidents
    assert incident.modality == "occurred"
    assert "threat_of_prosecution" in incident.coercion
    warned = (
        "Recruiters visited the fictional IK-11 in the Tver region on 3 February. Those still "
        "refusing were warned that next time they will get a new case for disobedience."
    )
    assert "planned" in {
        i.modality for i in analyse(fictional_document(warned, language="en")).incidents
    }


def test_checks_announced_for_a_day_after_the_report_are_proposed_without_coercion():
    """Fictional: "will begin joint checks … on 1 February", published 20 January, is an
    announced operation even with "No one will be forced to sign anything" beside it."""
    text = (
        "The fictional commission said police and enlistment office staff will begin joint "
        "checks at markets in Vladivostok on 1 February. No one will be forced to sign "
        "anything, its deputy head said."
    )
    document = fictional_document(text, language="en", published=date(2026, 1, 20))
    [incident] = analyse(document).incidents
    assert (incident.modality, incident.coercion, incident.date.start) == (
        "planned",
        (),
        "2026-02-01",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sverdlovsk region — 14 reports\nPrimorsky Krai — 4 reports\n\n"
            "The most common forms of pressure, according to those who wrote to the fictional "
            "hotline, were threats to parole and, for migrants, threats of deportation. "
            "In August police in Yekaterinburg drove several dozen Uzbek workers to an "
            "enlistment office and threatened them with deportation.",
            "en",
        ),
        (
            "Свердловская область — 14 обращений\nПриморский край — 4 обращения\n\n"
            "Наиболее частыми формами давления, по словам заявителей вымышленной горячей линии, "
            "были угрозы лишить УДО и угрозы выдворением. "
            "В августе в Екатеринбурге полиция доставила несколько десятков граждан Узбекистана "
            "в военкомат, где им угрожали выдворением.",
            "ru",
        ),
    ],
)
def test_the_most_common_forms_of_pressure_are_a_tally_not_a_case(text, language):
    """An annual report's summary of which threats came up most, after its tally by region,
    is no case of its own."""
    document = fictional_document(text, language=language, published=date(2025, 2, 25))
    [incident] = analyse(document).incidents
    assert [e.text[:9] for e in incident.evidence] in (["In August"], ["В августе"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Since March the relatives of twelve prisoners of KP-9 in the Tomsk region have "
            "written to the fictional Siberian Watch. They fear that the men will be sent to the "
            "front before their terms end.",
            "en",
        ),
        (
            "The other fictional residents of the hostel in Kazan are afraid that the police "
            "will come back now that the holidays are over.",
            "en",
        ),
        (
            "С марта родственники двенадцати заключённых КП-9 в Томской области обращаются в "
            "вымышленную «Сибирскую вахту». Они боятся, что мужчин отправят на фронт до конца "
            "срока.",
            "ru",
        ),
    ],
)
def test_a_fear_of_what_will_be_done_is_a_feared_incident_not_a_plan(text, language):
    """ "They fear that the men will be sent": the fear governs the "will", so it is feared (it
    had been read as a plan); a fear of something said to come, at a place, is proposed like a
    plan, with no coercion."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.modality == "feared"
    assert incident.coercion == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In September police took thirty fictional warehouse workers from a depot in Moscow "
            "straight to the enlistment office, where an officer told them they would be "
            "deported unless they signed a contract. Ten of them signed, Bair among them.\n\n"
            "Three weeks later Bair was in an assault unit in the Donetsk region. “If he had "
            "known where they were taking him, he would never have signed,” his mother says.",
            "en",
        ),
        (
            "В сентябре полицейские привезли тридцать вымышленных грузчиков со склада в Москве "
            "сразу в военкомат, где офицер сказал им, что их вышлют, если они не подпишут "
            "контракт. Подписали десять человек, среди них Баир.\n\n"
            "Через три недели Баир оказался в штурмовом подразделении в Донецкой области. «Если "
            "бы он знал, куда его везут, он бы никогда не подписал», — говорит его мать.",
            "ru",
        ),
    ],
)
def test_the_front_a_recruit_was_sent_to_is_neither_the_place_nor_another_incident(text, language):
    """A region of the front told after the incident is where the recruit went: it had opened
    an incident of its own in Ukraine, which took the mother's words from the raid's."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.location.region == "RU-MOW"
    assert incident.location.facility == "military enlistment office"
    assert "never" in incident.evidence[-1].text or "никогда" in incident.evidence[-1].text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In September police took thirty fictional warehouse workers from a depot in Moscow "
            "straight to the enlistment office, where an officer told them they would be "
            "deported unless they signed a contract. Ten of them signed, Bair among them.\n\n"
            "Three weeks later Bair was in an assault unit in the Donetsk region. “If he had "
            "known where they were taking him, he would never have signed,” his mother says.\n\n"
            "In almost all cases the pattern is the same: a raid at a market or a hostel, a "
            "police station, the threat of deportation and a contract as the only way out.",
            "en",
        ),
        (
            "В сентябре полицейские привезли тридцать вымышленных грузчиков со склада в Москве "
            "сразу в военкомат, где офицер сказал им, что их вышлют, если они не подпишут "
            "контракт. Подписали десять человек, среди них Баир.\n\n"
            "Через три недели Баир оказался в штурмовом подразделении в Донецкой области. «Если "
            "бы он знал, куда его везут, он бы никогда не подписал», — говорит его мать.\n\n"
            "Почти во всех случаях схема похожа: облава на рынке или в общежитии, отдел полиции, "
            "угроза выдворения — и контракт как единственный выход.",
            "ru",
        ),
    ],
)
def test_a_pattern_told_over_all_cases_is_not_the_incident_told_before(text, language):
    """ "In almost all cases the pattern is the same: …" generalises; it had joined the raid."""
    incidents = analyse(fictional_document(text, language=language)).incidents
    raid = incidents[0]
    assert raid.location.region == "RU-MOW"
    assert not any("pattern" in e.text or "схема" in e.text for e in raid.evidence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In January recruiters came to IK-4 in the Tver region and promised the fictional "
            "prisoners a pardon after six months of service. Dmitry refused.\n\n"
            "A week later he was sent to the punishment cell for “not greeting an officer”. In "
            "February he was put there twice more.\n\n"
            "In early March Dmitry signed the contract.",
            "en",
        ),
        (
            "В январе в ИК-4 в Тверской области приехали вербовщики и пообещали вымышленным "
            "заключённым помилование через полгода службы. Дмитрий отказался.\n\n"
            "Через неделю его отправили в штрафной изолятор за то, что он «не поздоровался с "
            "сотрудником». В феврале он попадал туда ещё дважды.\n\n"
            "В начале марта Дмитрий подписал контракт.",
            "ru",
        ),
    ],
)
def test_one_who_refused_and_later_signed_is_one_incident_dated_when_he_gave_in(text, language):
    """The refusal in January and the signing in March, named as the same man within a few
    paragraphs, are one incident (they had been January's and March's), dated March."""
    document = fictional_document(text, language=language, published=date(2023, 7, 5))
    [incident] = analyse(document).incidents
    assert incident.location.facility == "IK-4"
    assert incident.date.start == "2023-03"


def test_a_raid_the_police_plan_is_planned_and_dated_ahead():
    """ "police plan a raid at the market on Saturday" is a plan (it had been told as done,
    and dated the Saturday before)."""
    text = (
        "The fictional channel Kama Watch claims that police in Kazan plan a raid at the "
        "central market on Saturday to fill the enlistment quota."
    )
    document = fictional_document(text, language="en", published=date(2025, 3, 13))
    [incident] = analyse(document).incidents
    assert (incident.modality, incident.date.start) == ("planned", "2025-03-15")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Live: the day in the fictional Kazan.\n\n"
            "14:05 — A lawyer is now at the enlistment office in Kazan. She says officers told "
            "three couriers they would be deported unless they signed. One of them signed an "
            "hour ago.",
            "en",
        ),
        (
            "Онлайн: день в вымышленной Казани.\n\n"
            "14:05 — Адвокат сейчас в военкомате в Казани. По её словам, трём курьерам сказали, "
            "что их вышлют, если они не подпишут контракт. Один из них подписал час назад.",
            "ru",
        ),
    ],
)
def test_a_live_blogs_timed_entry_tells_of_the_blogs_day(text, language):
    """An entry stamped with the time of day and no date of its own is of the day the live
    blog is published."""
    document = fictional_document(text, language=language, published=date(2025, 3, 13))
    [incident] = analyse(document).incidents
    assert incident.date.start == "2025-03-13"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In March police took three fictional couriers to the enlistment office in Kazan and "
            "told them they would be deported unless they signed.\n\n"
            "The regional government says 1,240 people signed contracts in Tatarstan in February. "
            "Tens of thousands more have signed across the country.\n\n"
            "One of the three couriers signed after nine hours, his lawyer says.",
            "en",
        ),
        (
            "В марте полицейские привезли трёх вымышленных курьеров в военкомат в Казани и "
            "сказали, что их вышлют, если они не подпишут контракт.\n\n"
            "По данным правительства, в феврале в Татарстане контракты подписали 1240 человек. "
            "По всей стране подписали ещё десятки тысяч.\n\n"
            "Один из трёх курьеров подписал контракт через девять часов, говорит его адвокат.",
            "ru",
        ),
    ],
)
def test_the_campaigns_figures_neither_join_nor_close_the_case_told_around_them(text, language):
    """A region's monthly total between two parts of one case had closed the case (another
    month) and opened a second incident with the part after it."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.location.facility == "military enlistment office"
    assert "forced_signing" in incident.coercion
    assert not any("1,240" in e.text or "1240" in e.text for e in incident.evidence)


def test_a_case_named_after_the_campaigns_figures_is_still_a_case():
    text = (
        "Wagner recruited between 40,000 and 50,000 prisoners in 2022. Among them was the "
        "fictional Ivan Sorokin of IK-6 in the Vladimir region, who was beaten until he signed."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert incident.location.facility == "IK-6"
    assert "physical_force" in incident.coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "09:25 — Police took three fictional couriers to the enlistment office in "
            "Novosibirsk and told them they would be deported unless they signed.\n\n"
            "12:20 — Sport: the amateur club Sibirskiye Medvedi lost its friendly against an "
            "Omsk side 2-3 in overtime.\n\n"
            "14:05 — One of the three couriers signed an hour ago, their lawyer says.",
            "en",
        ),
        (
            "09:25 — Полицейские привезли трёх вымышленных курьеров в военкомат в Новосибирске "
            "и сказали, что их вышлют, если они не подпишут контракт.\n\n"
            "12:20 — Спорт: любительский клуб «Сибирские медведи» проиграл омской команде со "
            "счётом 2:3.\n\n"
            "14:05 — Один из трёх курьеров подписал контракт час назад, говорит их адвокат.",
            "ru",
        ),
    ],
)
def test_a_sports_entry_between_two_of_a_case_places_nothing(text, language):
    """A friendly lost to "an Omsk side" names another region: it had closed the case, and
    the entry after it became a second incident."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.location.region == "RU-NVS"
    assert "forced_signing" in incident.coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "THE CLAIM: “On Saturday police rounded up 200 migrants at the market in Kazan and "
            "forced every one of them to sign an army contract.”\n\n"
            "OUR RATING: PARTLY FALSE. A raid did take place, and the fictional Sherzod says he "
            "was driven to the enlistment office, where an officer told him to sign or be "
            "deported.",
            "en",
        ),
        (
            "Что утверждается. В телеграм-каналах пишут: «В Казани полиция согнала на рынке 200 "
            "мигрантов и заставила всех подписать контракт».\n\n"
            "Вердикт: частично правда. Облава была, и вымышленный Шерзод говорит, что его "
            "отвезли в военкомат, где офицер сказал: подпиши, или тебя вышлют.",
            "ru",
        ),
    ],
)
def test_a_fact_checks_claim_is_not_an_incident_of_its_own(text, language):
    """The claim quoted to be checked had been a second incident beside what the check
    found."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert "200" not in incident.evidence[0].text


def test_a_closing_line_that_restates_the_days_case_joins_it():
    """The report's last line names the case's day and place again, with no coercion: it had
    been a second incident; its words and speaker now join the case."""
    text = (
        "On 28 September police drove about thirty fictional loaders from a market in Kazan to "
        "the enlistment office, where an officer told them to sign or be deported, Sherzod "
        "Kholov said.\n\n"
        "The raid was filmed by a trader; the video has since been deleted.\n\n"
        "What happened at the enlistment office in Kazan on 28 September deserves an "
        "investigation, said the fictional lawyer Dina Safina."
    )
    document = fictional_document(text, language="en", published=date(2024, 10, 8))
    [incident] = analyse(document).incidents
    assert incident.date.start == "2024-09-28"
    assert "investigation" in incident.evidence[-1].text


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("He told me he signed because he was afraid of a new term more than of the front.", "en"),
        (
            "Он сказал мне: подписал, потому что боюсь нового срока больше, чем фронта.",
            "ru",
        ),
    ],
)
def test_the_fear_someone_signed_for_is_what_happened(sentence, language):
    """ "signed because I am afraid of a new term": the signing happened; the fear is its
    reason (it had made the incident a feared one)."""
    analysis = analyse(fictional_document(sentence, language=language))
    assert sentence_modality(analysis, analysis.sentences[0]) == "occurred"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In May police took the fictional Timur from a hostel in Perm to the enlistment "
            "office, where an officer told him he would be deported unless he signed. He "
            "signed.\n\nHe was wounded at the front. He is now in a military hospital in "
            "Rostov-on-Don. “I had no choice,” he told his brother.",
            "en",
        ),
        (
            "В мае полицейские привезли вымышленного Тимура из общежития в Перми в военкомат, "
            "где офицер сказал, что его вышлют, если он не подпишет контракт. Он подписал. "
            "\n\nНа фронте его ранило. Сейчас он в госпитале в Ростове-на-Дону. «У меня не было "
            "выбора», — сказал он брату.",
            "ru",
        ),
    ],
)
def test_a_hospital_a_recruit_was_taken_to_is_not_the_incidents_place(text, language):
    """The city named with the military hospital is where he went after signing: it had
    closed the incident with another region and split his words off."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.location.region == "RU-PER"
    assert "choice" in incident.evidence[-1].text or "выбора" in incident.evidence[-1].text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "3 June — An investigator tells the fictional Dima in SIZO-1 in Tver that he will "
            "get eight years unless he signs a contract. He signs.\n\n"
            "20 November — His lawyer files a complaint with the prosecutor's office asking that "
            "the contract be recognised as signed under duress.",
            "en",
        ),
        (
            "3 июня — Следователь говорит вымышленному Диме в СИЗО-1 в Твери, что тот получит "
            "восемь лет, если не подпишет контракт. Он подписывает.\n\n"
            "20 ноября — Его адвокат подаёт жалобу в прокуратуру с просьбой признать контракт "
            "подписанным под принуждением.",
            "ru",
        ),
    ],
)
def test_a_complaint_filed_later_is_no_incident_of_its_own(text, language):
    """The lawyer's complaint, a timeline's step months later, had been an incident of forced
    signing in November."""
    document = fictional_document(text, language=language, published=date(2024, 11, 25))
    [incident] = analyse(document).incidents
    assert incident.location.facility == "SIZO-1"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Can the police take me to the enlistment office?\n\n"
            "In March police in Tyumen took the fictional Rustam to the enlistment office, where "
            "an officer told him to sign or lose his passport.",
            "en",
        ),
        (
            "Может ли полиция отвезти меня в военкомат?\n\n"
            "В марте полицейские в Тюмени отвезли вымышленного Рустама в военкомат, где офицер "
            "сказал ему подписать контракт или лишиться паспорта.",
            "ru",
        ),
    ],
)
def test_an_explainers_question_in_the_readers_words_is_no_evidence(text, language):
    """ "Can the police take me to the enlistment office?" asks; it had been the case's first
    piece of evidence."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert "?" not in incident.evidence[0].text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In March officers at IK-11 in the Kirov region beat the fictional Andrei until he "
            "signed a contract.\n\n"
            "He was wounded in May. He does not know whether he will be sent back, and his "
            "mother still does not know whether the criminal case against him will be "
            "reopened.",
            "en",
        ),
        (
            "В марте сотрудники ИК-11 в Кировской области избивали вымышленного Андрея, пока "
            "он не подписал контракт.\n\n"
            "В мае его ранило. Он не знает, отправят ли его обратно, а мать до сих пор не "
            "знает, возобновят ли против него уголовное дело.",
            "ru",
        ),
    ],
)
def test_not_knowing_whether_something_will_be_done_tells_no_incident(text, language):
    """ "He does not know whether he will be sent back" is no plan, and a case that may be
    reopened no threat: each had been an incident of its own."""
    document = fictional_document(text, language=language, published=date(2023, 7, 5))
    [incident] = analyse(document).incidents
    assert incident.location.facility == "IK-11"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Visitors came to pre-trial detention centre No. 1 in Irkutsk. The fictional lawyer "
            "said an investigator and a man who introduced himself as “from the military "
            "commissariat” told his client that two more episodes would be added to his case "
            "unless he signed a contract.",
            "en",
        ),
        (
            "В СИЗО-1 Иркутска пришли посетители. По словам вымышленного адвоката, следователь "
            "и мужчина, который представился сотрудником военкомата, сказали его подзащитному, "
            "что ему добавят ещё два эпизода, если он не подпишет контракт.",
            "ru",
        ),
    ],
)
def test_the_office_a_visitor_says_he_is_from_is_not_where_the_incident_is(text, language):
    """ "a man who introduced himself as “from the military commissariat”": the office he is
    from; the remand prison is where it happened (it had become the enlistment office)."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.location.facility == "SIZO-1"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In April police in Krasnodar took the fictional Rustam to a police station, where "
            "an officer told him to sign a contract or be deported.\n\n"
            "Marina Zhelezova, a lawyer at the fictional Kuban Migrant Legal Clinic, says that "
            "neither a police officer nor an enlistment officer has the right to present a "
            "contract as an alternative to a protocol. “Expulsion is decided by a court, not by "
            "a captain in a police station,” she said. “Nobody can sign for you.”",
            "en",
        ),
        (
            "В апреле полицейские в Краснодаре привезли вымышленного Рустама в отдел полиции, "
            "где офицер сказал ему подписать контракт или его вышлют.\n\n"
            "Вымышленный адвокат Марина Железова говорит, что ни полицейский, ни сотрудник "
            "военкомата не вправе предлагать задержанному контракт. «Выдворение назначает "
            "только суд, а не капитан в отделе полиции», — сказала она.",
            "ru",
        ),
    ],
)
def test_a_lawyers_account_of_the_law_is_no_incident(text, language):
    """What the law allows, told by a lawyer, is no part of the case (in a report it had been
    an incident of its own, with the threat of expulsion its words name)."""
    document = fictional_document(text, language=language, published=date(2025, 5, 6))
    [incident] = analyse(document).incidents
    assert incident.location.facility == "police station"
    assert not any("court" in e.text or "суд" in e.text for e in incident.evidence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In June two policemen in Tobolsk stopped the fictional Shukhrat, looked at his "
            "patent and said he would be deported unless he signed a contract. He signed.\n\n"
            "His cousin Firdavs, who lived in the same hostel, was stopped by the same two men "
            "a week later and given the same choice. He left for Dushanbe the next morning.",
            "en",
        ),
        (
            "В июне двое полицейских в Тобольске остановили вымышленного Шухрата, посмотрели "
            "его патент и сказали, что его вышлют, если он не подпишет контракт. Он подписал.\n\n"
            "Его двоюродный брат Фирдавс, живший в том же общежитии, через неделю получил такое "
            "же предложение. На следующее утро он уехал в Душанбе.",
            "ru",
        ),
    ],
)
def test_the_same_choice_given_to_another_is_his_own_incident(text, language):
    """ "given the same choice" tells what was done to the cousin: it had anchored nothing."""
    document = fictional_document(text, language=language, published=date(2023, 9, 1))
    assert len(analyse(document).incidents) == 2


def test_how_a_fear_is_known_is_part_of_the_feared_incident():
    """The complaint that tells of the fear, with no coercion of its own, had been an
    occurred incident beside the feared one."""
    text = (
        "• Prisons. The fictional commissioner, Galina Sorokina, said she had received a "
        "complaint from relatives of prisoners at colony-settlement No. 9 near Syzran about "
        'a "meeting with representatives of the Ministry of Defence" announced there for '
        "next week. The relatives fear the men will be pressured to sign. Sorokina said she "
        "had asked the regional prison service to explain the purpose of the meeting."
    )
    document = fictional_document(text, language="en", published=date(2025, 9, 12))
    [incident] = analyse(document).incidents
    assert (incident.modality, incident.location.facility) == ("feared", "KP-9")
    assert len(incident.evidence) >= 2


def test_a_promise_to_come_back_is_a_plan_and_more_who_signed_their_own_incident():
    """«пообещал вернуться в четверг» is the next visit's plan (it had been told as done, in
    the refuser's incident); «подписали ещё как минимум четверо», told after he refused, are
    other victims."""
    text = (
        "12 февраля к вымышленному Шерзоду в ЦВСИГ в Сахарово пришёл сотрудник пункта отбора и "
        "сказал, что его вышлют, если он не подпишет контракт. Шерзод отказался.\n\n"
        "По словам Шерзода, в его блоке контракты подписали ещё как минимум четверо.\n\n"
        "Представитель пункта отбора пообещал вернуться в четверг «за окончательным ответом»."
    )
    analysis = analyse(fictional_document(text, language="ru", published=date(2025, 2, 18)))
    assert "planned" in [i.modality for i in analysis.incidents]
    more = next(s for s in analysis.sentences if "ещё как минимум" in s.text)
    assert group_signed(analysis, more)


def test_a_surveys_tally_is_no_incident_but_two_interviewees_named_are():
    """ "Twenty-seven of the 41 respondents reported at least one direct approach" sums the
    survey up (it had been an incident); "Two of the interviewees, T.S. and F.M., signed"
    names two people."""
    tally = (
        "Twenty-seven of the 41 fictional respondents reported at least one direct approach to "
        "sign a contract with the Ministry of Defence in the Samara region. Nineteen of these "
        "approaches took place during document checks or raids by police."
    )
    named = (
        "Two of the interviewees, T.S. and F.M., signed contracts at the migrant detention "
        "centre in Tyumen after being told their expulsion would be cancelled."
    )
    assert analyse(fictional_document(tally, language="en")).incidents == ()
    assert len(analyse(fictional_document(named, language="en")).incidents) == 1


@pytest.mark.parametrize(
    "note",
    [
        "(This story has been corrected to say Toktogulov signed on Feb. 28, not Feb. 27, in "
        "paragraph 2)",
        "(Текст исправлен: Токтогулов подписал контракт 28 февраля, а не 27-го.)",
    ],
)
def test_a_note_that_the_body_was_put_right_anchors_nothing(note):
    """Fictional wire story: the note repeats the signing with the wrong day beside the
    right one; it is neither a second incident nor evidence of the first."""
    text = (
        "BISHKEK, March 4 (Steppe Wire) - Police took the fictional Ulan Toktogulov from a "
        "hostel in Balashikha to the enlistment office on the night of Feb. 27 and told him he "
        "would be deported unless he signed, his wife Aizhan said.\n\n"
        "Toktogulov signed the contract on the morning of Feb. 28.\n\n" + note
    )
    incidents = _incidents_of(text, "en", date(2024, 3, 4))
    assert len(incidents) == 1
    assert not any(note[:20] in e.text for e in incidents[0].evidence)


def test_the_city_a_lawyer_works_in_is_not_where_it_happened():
    """Fictional: "said Velichko, a Moscow lawyer" does not move the client's case in the Tver
    region to Moscow, nor split it from the visit told before."""
    text = (
        "When the fictional Irina Velichko visited her client in IK-10 in the Tver region on "
        "January 16, he asked her whether a new criminal case could really be opened against "
        "him for refusing to go to war.\n\n"
        "“I told him that refusing a contract is not a crime,” said Velichko, a Moscow lawyer. "
        "“The next day he signed anyway.”"
    )
    incidents = _incidents_of(text, "en", date(2023, 3, 1))
    assert [i.location.region for i in incidents] == ["RU-TVE"]


def test_prisoners_driven_to_an_enlistment_office_are_their_colonys_incident():
    """Fictional: the settlers of KP-5 taken by bus to the enlistment office are KP-5's."""
    text = (
        "Вымышленная колония-поселение № 5 в Вологодской области.\n\n"
        "В феврале поселенцев посадили в автобус и отвезли в военкомат. Там им сказали, что "
        "тех, кто не подпишет контракт, вернут в колонию строгого режима."
    )
    incidents = _incidents_of(text, "ru", date(2024, 4, 1))
    assert [i.location.facility for i in incidents] == ["KP-5"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The fictional Azamat, who became a Russian citizen in 2022, was handed a summons at "
            "a site in Kazan in September. There, officers took his passport and told him he "
            "would lose his citizenship unless he signed.",
            "en",
            "2024-09",
        ),
        (
            "Вымышленный Азамат, получивший российское гражданство в 2021 году, в сентябре был "
            "доставлен в военкомат Казани, где ему пригрозили лишением гражданства.",
            "ru",
            "2024-09",
        ),
        (
            "Вымышленный Фаррух приехал в Россию семь лет назад, а в 2023 году получил "
            "российское гражданство. Повестку ему вручили на складе, а в военкомате Ногинска "
            "сказали: не подпишешь — лишим гражданства и вышлем.",
            "ru",
            None,
        ),
    ],
)
def test_the_year_he_became_a_citizen_does_not_date_his_case(text, language, expected):
    incidents = analyse(
        fictional_document(text, language=language, published=date(2024, 10, 29))
    ).incidents
    assert [i.date.start for i in incidents] == [expected]


@pytest.mark.parametrize(
    "doubt",
    [
        "The fictional Courier was unable to establish which account is accurate.",
        "The fictional Watch cannot say whether anyone pushed him to sign.",
        "It is impossible to know from a letter which it was.",
    ],
)
def test_the_reports_own_doubt_leaves_no_coercion(doubt):
    """Fictional: his brother says he was told he would otherwise be deported; the report
    says it cannot tell. That is no coercion to propose ("it remains unclear whether it was
    voluntary" in the contract's words)."""
    text = (
        "The fictional Firdavs was held in August in the migrant detention centre in "
        "Yegoryevsk. Within two weeks he had signed a contract.\n\n"
        "His brother says Firdavs signed only because he was told that otherwise he would "
        "be deported. " + doubt
    )
    incidents = _incidents_of(text, "en", date(2024, 10, 17))
    assert incidents
    assert all(i.coercion == () for i in incidents)


_AZIZ = {
    "en": "Aziz was detained on 3 March. Police officers forced him to sign a contract at the "
    "police station in Tver, his lawyer said.",
    "ru": "Азиза задержали 3 марта. В отделе полиции в Твери полицейские заставили его "
    "подписать контракт, рассказал его адвокат.",
}


def _told_after_aziz(text: str, language: str) -> list[list[str]]:
    """The evidence of each incident of a fictional report: Aziz's case, then ``text``."""
    document = fictional_document(f"{_AZIZ[language]}\n\n{text}", language=language)
    return [[e.text for e in i.evidence] for i in analyse(document).incidents]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The press service of the Tver region police said in a written reply that "
            "information about migrants being forced to sign contracts “does not correspond "
            "to reality”.",
            "en",
        ),
        (
            "A spokeswoman for the Tver police said that document checks are routine and that "
            "the police “have nothing to do with military contracts”.",
            "en",
        ),
        (
            "В пресс-службе УМВД по Тверской области на запрос редакции ответили, что "
            "сведения о принуждении иностранцев к подписанию контрактов «не соответствуют "
            "действительности».",
            "ru",
        ),
        (
            "Ранее в ведомстве заявляли, что заключение контрактов иностранцами — «исключительно "
            "добровольное решение».",
            "ru",
        ),
        (
            "В ответе УМВД говорится, что «фактов принуждения иностранных граждан к заключению "
            "контрактов не выявлено».",
            "ru",
        ),
        (
            "В ГУ МВД по Тверской области «Тверскому курьеру» сообщили, что информация о "
            "принуждении иностранцев к подписанию контрактов «не подтвердилась».",
            "ru",
        ),
        (
            "Пресс-служба УМВД по Тверской области в ответ на запрос редакции сообщила, что "
            "задержанных иностранцев доставили в военкомат для постановки на воинский учёт.",
            "ru",
        ),
    ],
)
def test_an_official_denial_in_answer_to_the_reporter_is_no_incident(text, language):
    """Fictional: what the denial denies is told elsewhere; the denial is no case of its
    own, nor part of his."""
    [evidence] = _told_after_aziz(text, language)
    assert text not in evidence


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Foreigners have the right to sign a contract with the Defence Ministry.", "en"),
    ],
)
def test_what_the_law_lets_a_whole_class_do_is_no_incident(text, language):
    """Fictional background: the law and a yearly figure, no one's case."""
    [evidence] = _told_after_aziz(text, language)
    assert text not in evidence


def test_the_service_in_a_colonys_name_is_no_official_statement():
    """Fictional: «ГУФСИН» names the colony and «с Министерством обороны» the contracts; the
    wife tells it, so the sentence is informative."""
    text = (
        "Позавчера из исправительной колонии № 2 ГУФСИН России по Иркутской области вывезли 30 "
        "осуждённых, подписавших контракты с Министерством обороны, сообщила агентству жена "
        "одного из них."
    )
    [incident] = analyse(fictional_document(text, language="ru")).incidents
    assert incident.location.facility == "IK-2"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A group of prisoners who had signed contracts was taken from IK-2 in the Irkutsk "
            "region on Wednesday, the wife of one of them said.",
            "en",
        ),
        (
            "В среду из ИК-2 в Иркутской области вывезли группу осуждённых, подписавших "
            "контракты, сообщила жена одного из них.",
            "ru",
        ),
    ],
)
def test_a_group_taken_as_one_is_someone_in_particular(text, language):
    """Fictional: with no coercion told, a group taken from a colony is still a case."""
    [incident] = analyse(fictional_document(text, language=language)).incidents
    assert incident.location.facility == "IK-2"


def test_an_official_statement_of_what_comes_next_is_no_planned_incident():
    """Fictional: the ministry's statement on soldiers exchanged tells no recruitment plan."""
    text = (
        "The exchanged soldiers were flown to Moscow on Friday.\n\nThe Defence Ministry said in "
        "a brief statement that the returned servicemen were being given medical help and "
        "would be taken to Moscow region hospitals for treatment."
    )
    assert analyse(fictional_document(text, language="en")).incidents == ()


def test_an_explainers_question_heading_joins_no_incident():
    """Fictional explainer: the question under which the next section answers is a heading."""
    text = (
        "Police officers forced Aziz to sign a contract at the police station in Tver, his "
        "lawyer said.\n\nWhat about people who are already awaiting deportation?\n\n"
        "They are held in special centres."
    )
    [incident] = analyse(fictional_document(text, language="en")).incidents
    assert [e.text for e in incident.evidence] == [text.split("\n")[0]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In May police drove Ulugbek from a metro station to the enlistment office in Kazan. "
            "“Either you sign or you are on a plane to Tashkent,” they told him. He signed.\n\n"
            "Ulugbek was sent to a training ground in June.",
            "en",
        ),
    ],
)
def test_where_he_was_sent_after_signing_is_the_same_incident(text, language):
    """Fictional: the month he was sent to a training ground neither splits nor dates it."""
    document = fictional_document(text, language=language, published=date(2024, 9, 19))
    [incident] = analyse(document).incidents
    assert incident.date.start == "2024-05"


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("Отдельно правозащитники рассказали о", "ru"),
    ],
)
def test_a_case_told_separately_is_another_incident(opening, language):
    """Fictional: the club meeting, then «Отдельно … рассказали о» the man who refused and
    was beaten a week later."""
    text = (
        "6 мая около 40 осуждённых вымышленной ИК-35 в Пермском крае собрали в клубе колонии. "
        "Начальник отдела безопасности объявил, что контракт должны подписать все, кому нет 45 "
        "лет. В тот же день контракты подписал 31 человек.\n\n"
        f"{opening} гражданине Узбекистана Джамшиде Рахимове, который в клубе от подписания "
        "отказался. 13 мая, по словам его матери, Рахимова поместили в штрафной изолятор, где "
        "двое сотрудников колонии избили его."
    )
    incidents = analyse(fictional_document(text, language=language)).incidents
    assert [i.date.start for i in incidents] == ["2022-05-06", "2022-05-13"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В конце февраля, по словам матери, к Азамату в центр временного содержания "
            "иностранных граждан в Самарской области пришёл «человек в форме». «Ему сказали: "
            "подпишешь контракт — получишь гражданство. Не подпишешь — отправим домой с запретом "
            "въезда на десять лет», — рассказала мать.\n\n"
            "4 марта Азамат подписал контракт с Министерством обороны.",
            "ru",
        ),
        (
            "In late February, his mother said, a man in uniform came to see Azamat at the "
            "detention centre for foreign nationals in the Samara region. “They told him: sign "
            "and you get citizenship; refuse and you fly home with a ten-year ban,” she said.\n\n"
            "On 4 March Azamat signed a contract with the Defence Ministry.",
            "en",
        ),
    ],
)
def test_his_signature_after_the_pressure_ends_that_incident(text, language):
    """Fictional: the threats of late February, then the next paragraph's signing on 4 March,
    are one forced signing, not February's threats and March's volunteer."""
    document = fictional_document(text, language=language, published=date(2025, 4, 10))
    [incident] = analyse(document).incidents
    assert "forced_signing" in incident.coercion


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("We also know of a second case from the same week.", "en"),
        ("Нам известно ещё об одном случае на той же неделе.", "ru"),
    ],
)
def test_a_second_case_announced_is_another_incident(opening, language):
    """Fictional: the raid's case, then "We also know of a second case": the courier
    threatened at the police station is his own incident, not the raid's."""
    first = {
        "en": "On Saturday, 7 October, police drove six Kyrgyz workers from the vegetable base "
        "in Kazan to the enlistment office, where an officer said they would be deported "
        "unless they signed. Two of them signed.",
        "ru": "В субботу, 7 октября, полицейские отвезли шестерых граждан Киргизии с овощной "
        "базы в Казани в военкомат, где им пригрозили выдворением, если они не подпишут "
        "контракт. Двое подписали.",
    }[language]
    second = {
        "en": "At the police station an officer told the courier he could sign a contract or "
        "go home for good.",
        "ru": "В отделе полиции курьеру сказали, что если он не подпишет контракт, его "
        "вышлют навсегда.",
    }[language]
    text = f"{first}\n\n{opening}\n\n{second}"
    incidents = analyse(fictional_document(text, language=language)).incidents
    assert len(incidents) == 2
    assert second in [e.text for e in incidents[1].evidence]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A case imagined for the reader, and the law.
        (
            "Imagine you are stopped on the street and told that your patent is invalid. You are "
            "put in a car and, instead of a police station, you arrive at an enlistment office.",
            "en",
        ),
        (
            "No. Lawyers stress that neither the police nor a detention centre has the power to "
            "make anyone sign a contract.",
            "en",
        ),
        (
            "Представьте: вас задержали на улице и сказали, что патент недействителен. Вас "
            "сажают в машину и везут не в отдел полиции, а в военкомат.",
            "ru",
        ),
        # What can be complained of.
        (
            "Угроза возбудить дело по статье 321, если она звучит как условие подписания "
            "контракта, сама по себе может быть предметом жалобы.",
            "ru",
        ),
        (
            "A threat of a new criminal case, made as the condition of signing, can in itself be "
            "grounds for a complaint.",
            "en",
        ),
        # A help box.
        ("What to do if you are taken to the voenkomat:", "en"),
        ("A patent cannot be cancelled by an enlistment officer.", "en"),
        ("Что делать, если вас отвезли в военкомат:", "ru"),
        # Advice to the reader after a colon, what only a court can do, and the law on
        # anyone in the case.
        (
            "Our lawyer's advice, for everyone: if police threaten you with deportation, ask "
            "for the record of your detention. A threat is not a decision: only a court can "
            "order expulsion.",
            "en",
        ),
        (
            "“If a prisoner withdraws his consent before he is sent to the training ground, the "
            "contract should not be executed,” the lawyer said.",
            "en",
        ),
        (
            "Полицейский не может выдворить вас сам — это решает только суд. И не подписывайте "
            "ничего, чего не прочитали.",
            "ru",
        ),
        (
            "Если осуждённый отзовёт согласие до отправки на полигон, контракт с Минобороны не "
            "должен исполняться, говорит адвокат.",
            "ru",
        ),
        # A speaker's advice in a radio transcript.
        (
            "АБДУЛЛАЕВ: Если следователь обещает, что дело прекратят, попросите записать это "
            "обещание. Если полиция угрожает вам выдворением, помните, что выдворить может "
            "только суд. И никогда не подписывайте ничего без адвоката.",
            "ru",
        ),
        # A fact-check's verdict on a claim.
        (
            "The video shows buses of a football club's fans. It has nothing to do with the "
            "market or with enlistment. Claims like this spread fast because they sound "
            "plausible: migrant-rights groups have documented cases of migrants being pressured "
            "to sign contracts after police checks.",
            "en",
        ),
        # A reading of the practice, and the outlet's tally of those it spoke to.
        (
            "Юристы, с которыми мы говорили, объясняют, почему угроза выдворения так действует "
            "на иностранных осуждённых. Запрет въезда для них означает разлуку с семьёй на годы. "
            "Обещание паспорта, наоборот, выглядит как единственный способ эту семью сохранить. "
            "«Вербовщики это прекрасно понимают», — говорит юрист. Из семи наших "
            "собеседников-осуждённых контракт подписали трое.",
            "ru",
        ),
        (
            "“It is the same sequence I have seen in every colony: a refusal, then a penalty, "
            "then a signature,” the lawyer said. An entry ban means years apart from family, and "
            "recruiters understand this very well. Of the 14 families we spoke to, four have lost "
            "a relative at the front.",
            "en",
        ),
        # The state's habits, the rules' course, the campaign's scale, and the outlet's method.
        (
            "Russia expels tens of thousands of foreigners every year. Foreigners may sign "
            "contracts with the Russian army, and a decree promises fast-track citizenship to "
            "those who serve. In 2024 the rules for migrants were tightened several times.",
            "en",
        ),
        (
            "Весной 2024 года вступил в силу закон, который разрешил заключать контракт с "
            "Минобороны подозреваемым. Уголовное дело такого человека приостанавливается.",
            "ru",
        ),
        (
            "В феврале 2023 года вербовка в колониях, по данным правозащитников, прекратилась. "
            "Счёт завербованных идёт на десятки тысяч. Мы изучили 23 судебных решения о "
            "приостановке уголовных дел в связи с заключением контракта.",
            "ru",
        ),
    ],
)
def test_an_explainers_hypotheticals_law_and_help_join_no_incident(text, language):
    """Fictional explainer paragraphs after Aziz's case: a hypothetical, the law, what can be
    complained of, a help box; none is an incident or part of his."""
    [evidence] = _told_after_aziz(text, language)
    assert all(e in _AZIZ[language] for e in evidence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "28 августа вымышленного Журабека и ещё семерых осуждённых ИК-2 в Мордовии по одному "
            "вызывали к заместителю начальника колонии. Журабек подписал в тот же день.\n\n"
            "Журабеку 29 лет. В Россию он приехал в 2018 году, работал на стройках в "
            "Подмосковье.\n\n"
            "Второй заключённый — 34-летний гражданин Узбекистана Жахонгир. По словам жены, "
            "Жахонгир подписывать отказался, и его в тот же вечер водворили в ШИЗО на 15 суток.",
            "ru",
        ),
        (
            "On 28 August the fictional Jurabek and seven other inmates of IK-2 in Mordovia were "
            "called in one by one to the deputy head's office. Jurabek signed that day.\n\n"
            "Jurabek is 29. He came to Russia in 2018 and worked on building sites in the Moscow "
            "region.\n\n"
            "The second prisoner is Zhakhongir, a 34-year-old Uzbek citizen. According to his "
            "wife, he refused, and that same evening he was put in the punishment cell for 15 "
            "days.",
            "en",
        ),
    ],
)
def test_that_same_evening_is_the_day_told_before(text, language):
    """Fictional: the refuser's punishment cell is dated by the day told two paragraphs up,
    not by the year a man came to Russia told in between."""
    document = fictional_document(text, language=language, published=date(2024, 9, 5))
    incidents = analyse(document).incidents
    cell = [i for i in incidents if any(" 15 " in e.text for e in i.evidence)]
    assert [i.date.start for i in cell] == ["2024-08-28"]


def test_how_many_of_the_group_signed_by_a_later_day_ends_its_pressure():
    """Fictional: the punishment cell in the last week of February and "eleven of the
    fourteen had signed by 1 March" are one incident, not February's and March's."""
    document = fictional_document(
        "Fourteen inmates of the fictional IK-2 in the Sverdlovsk region were moved to the "
        "punishment cell in late February and told they would stay there until they "
        "signed contracts.\n\n"
        "Eleven of the fourteen had signed by 1 March, according to Dilfuza Karimova, whose "
        "brother Jurabek Karimov is serving eight years there.",
        language="en",
        published=date(2024, 3, 12),
    )
    assert len(analyse(document).incidents) == 1


def test_a_man_called_by_his_first_name_who_signs_after_threats_ends_them():
    """Fictional: "Jamshid signed" a month after the threats put on Jamshid Ergashev is their
    end, and the incident keeps August, when he was pressed."""
    document = fictional_document(
        "Jamshid Ergashev, 34, is serving eight years at the fictional IK-8 in the Omsk region. "
        "In August an officer of the colony called him in twice. The first time he was told "
        "he would be pardoned after six months. The second time, after he had said no, the "
        "officer told him that a new case would add eight years.\n\n"
        "Jamshid signed in early September.",
        language="en",
        published=date(2023, 11, 2),
    )
    [incident] = analyse(document).incidents
    assert incident.date.start == "2023-08"
    assert "forced_signing" in incident.coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ilya (not his real name) was serving eight years at the fictional IK-2 in the "
            "Sverdlovsk region when the recruiters came in October 2022. After his second refusal "
            "they put him in the punishment cell until he changed his mind, his sister says.\n\n"
            "At IK-7 in the Omsk region, two former inmates told us, on 17 November 2022 at least "
            "30 men were called out of their barracks and put on a bus without being asked.\n\n"
            "Back to Ilya. His lawyer, Vera Lanskaya, confirmed that he spent ten days in the "
            "punishment cell that October. According to Lanskaya, Ilya signed the contract on his "
            "eleventh day in the cell.",
            "en",
        ),
        (
            "Сергей (имя изменено) отбывал срок в вымышленной ИК-3 в Краснодарском крае. В "
            "сентябре 2022 года Сергей отказался подписывать контракт, и его отправили в ШИЗО, "
            "рассказала его жена.\n\n"
            "В ИК-10 в Ростовской области, по словам бывшего осуждённого, 19 ноября 2022 года не "
            "менее 25 человек заставили подписать контракты и в ту же ночь увезли из колонии.\n\n"
            "Его адвокат Игорь Белкин подтвердил, что в сентябре Сергей провёл в ШИЗО десять "
            "суток. По словам Белкина, контракт Сергей подписал на четвёртый день.",
            "ru",
        ),
    ],
)
def test_a_report_going_back_to_a_case_it_began_adds_to_that_case(text, language):
    """Fictional long read: the case begun in the first paragraph, interrupted by another
    colony's, is taken up again ("Back to Ilya", a lawyer confirming): one incident at IK-2 or
    IK-3 with the cell and the signing, not a third at the other colony."""
    incidents = analyse(fictional_document(text, language=language)).incidents
    assert len(incidents) == 2
    first = incidents[0]
    assert first.location.facility in ("IK-2", "IK-3")
    assert any(("signed" in e.text or "подписал" in e.text) for e in first.evidence)
    assert "forced_signing" in first.coercion


def test_the_outlets_note_on_its_investigation_is_no_part_of_the_first_case():
    """Fictional: the opening note on who carried out the investigation is not evidence of
    the case told after it."""
    document = fictional_document(
        "This investigation was carried out by the fictional Lantern Desk, a small team of "
        "reporters who have followed the recruitment of Russian prisoners since 2022.\n\n"
        "In March, according to a prisoner of IK-13 in Mordovia, the deputy head of the colony "
        "gathered the women of two units in the club and read out a list. “Anyone on the list "
        "who refuses can forget about parole,” he said. At least 20 women signed contracts "
        "that month.",
        language="en",
        published=date(2025, 5, 20),
    )
    [incident] = analyse(document).incidents
    assert not any("Lantern Desk" in e.text for e in incident.evidence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In the second week of March, a team of recruiters from the Ministry of Defence "
            "visited Correctional Colony No. 10 in the Saratov region, according to relatives of "
            "four prisoners who spoke to the fictional Volga Desk. The men were gathered in the "
            "club hall and told about pay, bonuses and the length of the contract. Nobody signed, "
            "the relatives say, and the recruiters left the same afternoon.",
            "en",
        ),
        (
            "ИК-11. В середине июля в колонию в Челябинской области приезжали вербовщики. По "
            "словам родственников трёх осуждённых, вербовщики выступили в клубе, рассказали о "
            "выплатах, но никто не записался, и в тот же день они уехали.",
            "ru",
        ),
        (
            "Another prisoner of the fictional IK-10, Yevgeny, signed a contract in March and "
            "wrote to his wife that nobody had pushed him.",
            "en",
        ),
        (
            "СЕРГЕЙ: Я хочу сказать, что не все подписывают под давлением. Я сам подписал "
            "контракт в прошлом году в вымышленном СИЗО-1, меня никто не заставлял.",
            "ru",
        ),
        (
            "Bobur, 31, whom we met at a café, told us he had signed at an enlistment office in "
            "May. “I went for the money, and I read everything before I signed,” he said.",
            "en",
        ),
        (
            "Talant, 27, from Kyrgyzstan, was stopped by police at a metro station in the "
            "fictional city of Verkhnegorsk on 17 September and taken to the police station for "
            "a document check. His patent was in order, and he was released after three hours. "
            "“Nobody said a word about the army, nobody offered me anything,” he told us. We "
            "mention this only because his story was forwarded in several chats as a “forced "
            "recruitment”. It was not.",
            "en",
        ),
    ],
)
def test_a_visit_where_nobody_signed_and_a_free_signing_are_no_incident(text, language):
    """Fictional non-events: recruiters who left with no one signed, and men who say nobody
    pushed them."""
    assert analyse(fictional_document(text, language=language)).incidents == ()


def test_one_mans_story_over_months_is_one_incident_and_a_group_he_was_among_is_another():
    """Fictional: Firuz refused in November, was beaten, and was expelled in December: one
    incident, told of him by "he". A group of men told after it ("he was one of 40 men") stays
    its own, and so does another outlet's report of its own case."""
    document = fictional_document(
        "Firuz, a 19-year-old from Khujand, was held in the fictional detention centre for "
        "foreign nationals in Sakharovo, Moscow. In late November, he says, a recruiter addressed "
        "the men in his block and he refused to sign. That night two guards took him to the "
        "shower room and beat him with a rubber baton.\n\n"
        "He was kept in an isolation cell for four days and expelled to Dushanbe in December.\n\n"
        "In January, the fictional news site Steppe Wire reported that dozens of Central Asian "
        "prisoners had been sent to the front from a colony in the Rostov region after being "
        "told they had no choice.",
        language="en",
        published=date(2025, 2, 3),
    )
    incidents = analyse(document).incidents
    firuz = [i for i in incidents if any("beat him" in e.text for e in i.evidence)]
    assert len(firuz) == 1
    assert any("expelled to Dushanbe" in e.text for e in firuz[0].evidence)
    assert not any("Steppe Wire" in e.text for e in firuz[0].evidence)


def test_another_outlets_report_of_men_sent_to_the_front_is_no_sequel_of_a_signing():
    """Fictional: after Nurbek "signed" and "was at a training ground", another outlet's report
    that dozens of prisoners "had been sent to the front" is its own case, not where he was
    sent."""
    document = fictional_document(
        "Nurbek, 26, is held in the fictional SIZO-2 in the Saratov region. In February, "
        "according to his sister, an investigator told him that the charges would be dropped if "
        "he signed a contract, and that otherwise he faced fifteen years. He signed.\n\n"
        "In March, his family learned from a short video call that he was at a training ground "
        "in the Rostov region. In January, the fictional news site Steppe Wire reported that "
        "dozens of Central Asian prisoners had been sent to the front from a colony in the "
        "Rostov region after being told they had no choice.",
        language="en",
        published=date(2023, 4, 12),
    )
    incidents = analyse(document).incidents
    nurbek = [i for i in incidents if any("He signed" in e.text for e in i.evidence)]
    assert len(nurbek) == 1
    assert not any("Steppe Wire" in e.text for e in nurbek[0].evidence)


def test_a_man_named_again_a_little_later_is_still_his_incident():
    """Fictional: whether Karimov can withdraw, "as of 2 April", is the end of the 6 March
    pressure on him, not another incident."""
    document = fictional_document(
        "Бахтиёра Каримова 6 марта вызвали к начальнику отряда вымышленной ИК-9 в Карелии. Там "
        "ему сказали, что если он не подпишет контракт, ему «добавят срок» по новому делу. Он "
        "подписал на следующий день.\n\n"
        "Удастся ли Каримову отказаться от контракта, пока неизвестно: по данным на 2 апреля, "
        "Каримов ещё находился в колонии.",
        language="ru",
        published=date(2023, 4, 3),
    )
    assert len(analyse(document).incidents) == 1


def test_the_men_an_outlet_spoke_to_who_tell_what_was_done_are_a_case():
    """Fictional: "We spoke to two of the men, who said they were beaten …" is the outlet's
    source telling the case, not its method."""
    document = fictional_document(
        "Police raided a building site in the fictional town of Verkhnegorsk on 3 March and took "
        "twelve Uzbek workers to the enlistment office. We spoke to two of the men, who said "
        "they were beaten there until they signed contracts.",
        language="en",
        published=date(2024, 3, 20),
    )
    [incident] = analyse(document).incidents
    assert any("We spoke to two" in e.text for e in incident.evidence)


def test_a_threat_told_before_a_doubt_in_its_paragraph_stays_the_incidents():
    """The family doubts whether he was forced to sign; the threat he told his mother of the
    day after the raid is still the raid's (fictional people and market)."""
    text = (
        "Fictional Outlet, an invented weekly.\n\n"
        "Zarema Tolibova has not heard from her son since December.\n\n"
        "On 12 December police officers detained Anvar Tolibov and five other men at a market "
        "in Moscow and took their passports. They were driven to a military enlistment office "
        "and told to sign contracts.\n\n"
        "Anvar called his mother on 13 December. “He said: they still have my passport, they "
        "say I have to sign or I will be deported,” Ms Tolibova recalled. The family does not "
        "know whether Anvar signed, or whether anyone stood over him when he did.\n\n"
        "This text is fictional."
    )
    [incident] = _incidents_of(text, "en", date(2024, 1, 10))
    assert "threat_of_deportation" in incident.coercion


def test_where_the_recruit_died_at_the_front_is_no_second_region_of_the_report():
    """Fictional: the report's one Russian region is the colony's, though the son died near
    Bakhmut (Donetsk region) and an enlistment office called to say so."""
    text = (
        "Мать заключённого Сергея живёт в Рубцовске.\n\n"
        "В январе в исправительную колонию № 4 приехали вербовщики. Опер пригрозил Сергею "
        "новым делом, и он подписал контракт.\n\n"
        "В апреле ей позвонили из военкомата и сообщили, что сын погиб под Бахмутом.\n\n"
        "Этот текст вымышлен."
    )
    [incident] = _incidents_of(text, "ru", date(2024, 2, 1))
    assert (incident.location.facility, incident.location.region) == ("IK-4", "RU-ALT")


def test_a_job_near_moscow_then_the_office_in_moscow_is_one_story_at_the_office():
    """Fictional: the loose place of the job sold ("near Moscow", the Moscow region) and the
    enlistment office in the city the next paragraph names are one incident, at the office."""
    text = (
        "Fictional Review, an invented magazine.\n\n"
        "Ramesh paid an agent last September for what he was told was a job guarding a "
        "warehouse near Moscow.\n\n"
        "The next morning he was driven to a military enlistment office in Moscow, where an "
        "officer pointed at a guard and said: first sign, then questions.\n\n"
        "This text is fictional."
    )
    [incident] = _incidents_of(text, "en", date(2024, 3, 1))
    assert incident.location.region == "RU-MOW"
    assert {"deception", "forced_signing"} <= set(incident.coercion)


def test_an_undated_story_counted_from_an_arrival_takes_the_arrivals_date():
    """Fictional interview: "A week after we arrived" counts from the May told an answer before."""
    text = (
        "The Fictional Lantern spoke to Kumar (not his real name).\n\n"
        "Lantern: How did you get there?\n\n"
        "Kumar: An agency advertised jobs for cooks. I flew to Moscow at the beginning of May "
        "last year with eight other men.\n\n"
        "Lantern: What happened when you arrived?\n\n"
        "Kumar: A man from the agency took us to a hotel in Podolsk. At the hotel he collected "
        "our passports. A week after we arrived, a bus took us to an office where soldiers hit "
        "me and I signed a contract.\n\n"
        "This interview is fictional."
    )
    [incident] = _incidents_of(text, "en", date(2025, 9, 3))
    assert (incident.date.start, incident.date.precision) == ("2024-05", "month")


def test_a_lawyer_named_by_office_is_no_new_person_of_the_case():
    """Fictional trial: the lawyer's motion and what his witness confirms are the raid's."""
    text = (
        "«Фиктивная хроника», новостной сайт.\n\n"
        "В конце августа 2023 года полиция устроила рейд в общежитии в Котельниках. «Нас "
        "посадили в автобус и отвезли в военкомат. Капитан сказал: или подписываете контракт, "
        "или завтра депортация», — сказал подсудимый Бекзод Алиев.\n\n"
        "Адвокат Нурлан Исаков попросил приобщить к делу показания земляка подсудимого. По "
        "словам адвоката, тот подтверждает рейд, но не знает, что происходило с Бекзодом в "
        "военкомате.\n\n"
        "Этот текст вымышлен."
    )
    [incident] = _incidents_of(text, "ru", date(2025, 10, 8))
    assert "threat_of_deportation" in incident.coercion


def test_a_second_episode_told_apart_is_another_incident():
    """Fictional appeal: the threat in the unit the day after signing is told as an episode
    of its own, not as more of the enlistment office's."""
    text = (
        "«Фиктивный обозреватель», независимое издание.\n\n"
        "Как сказано в жалобе, 18.11.2025 полицейские доставили Рустама в военкомат. Там "
        "сотрудник военкомата заявил ему, что его «вышлют в Узбекистан», если он не подпишет "
        "контракт. Рустам подписал контракт в тот же вечер.\n\n"
        "В пункте 5 адвокат описывает второй эпизод: 19 ноября в воинской части командир "
        "пригрозил Рустаму уголовным делом.\n\n"
        "Этот текст вымышлен."
    )
    first, second = _incidents_of(text, "ru", date(2026, 2, 10))
    assert "threat_of_deportation" in first.coercion
    assert second.coercion == ("threat_of_prosecution",)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Fictional Wire, an invented agency.\n\n"
            "Otabek, 31, from the Fergana region, was taken by police from a Moscow market to "
            "the enlistment office and told he would be deported unless he signed.\n\n"
            "This text is fictional.",
            "en",
        ),
        (
            "«Фиктивная лента», информационное агентство.\n\n"
            "Отабек, 31 год, родом из Ферганы, был доставлен полицией с рынка в Москве в "
            "военкомат, где ему пригрозили выдворением, если он не подпишет контракт.\n\n"
            "Этот текст вымышлен.",
            "ru",
        ),
        (
            "«Фиктивная лента», информационное агентство.\n\n"
            "Пост посвящён 26-летнему курьеру из Ташкента, которого задержали у общежития в "
            "Москве и отвезли в военкомат, где ему пригрозили депортацией, если он не подпишет "
            "контракт.\n\n"
            "Этот текст вымышлен.",
            "ru",
        ),
    ],
)
def test_where_a_man_comes_from_is_his_nationality(text, language):
    """Fictional: "from the Fergana region" makes him Uzbek; "his mother called us from Osh"
    would not."""
    [incident] = _incidents_of(text, language, date(2025, 3, 1))
    assert incident.victims.nationality == ("UZ",)


def test_a_recruiters_hospital_visit_and_the_signature_after_it_are_one_incident():
    """Fictional follow-up story: a Wagner representative's visit to a prison hospital is a
    recruitment event, and "Denis, who … has been treated since last summer, signed" in the
    next paragraph is the same incident, dated by the visit (the state's start in a relative
    clause dates nothing)."""
    text = (
        "Eastern Desk has spoken to the wife of a prisoner held at Medical Correctional "
        "Institution No. 7 in the Perm region. She asked us to call her husband Denis, which is "
        "not his real name.\n\n"
        "According to his wife, in mid-February a man who introduced himself as a Wagner "
        "representative came to the hospital with two colony officers. He told them that the "
        "company would give them the best treatment and a pardon.\n\n"
        "Denis, who is 38 and has been treated for tuberculosis since last summer, signed."
    )
    [incident] = _incidents_of(text, "en", date(2023, 3, 15))
    assert incident.location.facility == "LIU-7"
    assert incident.date.start == "2023-02"
    assert "promise_of_passport_or_pardon" in incident.coercion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Как сообщили агентству в администрации городского округа, в мае в миграционном "
            "центре планируется открыть пункт отбора на военную службу по контракту, где "
            "мигранты смогут получить консультацию.",
            "ru",
        ),
        (
            "The city administration said it plans to open a recruitment point at the migration "
            "centre in May, where migrants can get advice on contracts.",
            "en",
        ),
    ],
)
def test_an_office_to_be_opened_is_no_incident(text, language):
    """Fictional agency items: a recruitment point to be opened is an institution's plan,
    with no one recruited."""
    assert _incidents_of(text, language, date(2025, 4, 11)) == ()


def test_a_fear_of_what_was_threatened_is_the_threats_incident():
    """Fictional agency item: the threat made on Monday, then a wife's words that he fears
    it will be carried out, are one incident that occurred."""
    text = (
        "Восьми осуждённым колонии-поселения № 6 в Воронежской области, отказавшимся подписать "
        "контракт, в понедельник пригрозили переводом в колонию общего режима, сообщили "
        "родственники.\n\n"
        "«Мужу сказали прямо: или контракт, или поедешь в колонию», — рассказала жена одного из "
        "осуждённых.\n\n"
        "«Он боится, что до конца месяца его переведут в колонию общего режима."
    )
    [incident] = _incidents_of(text, "ru", date(2023, 6, 15))
    assert incident.modality == "occurred"
    assert "other" in incident.coercion
    assert incident.date.start == "2023-06-12"


def test_where_a_man_came_back_from_is_not_his_nationality():
    """Fictional: «вернулся из Ташкента» tells a journey, not where he comes from."""
    text = (
        "Курьер, который в марте вернулся из Ташкента, был задержан у общежития в Москве и "
        "отвезён в военкомат, где ему пригрозили депортацией, если он не подпишет контракт."
    )
    [incident] = _incidents_of(text, "ru", date(2025, 3, 20))
    assert incident.victims.nationality == ()


def test_a_refusal_left_alone_is_no_incident():
    """Fictional follow-up story: after Denis's signing, "another patient … refused and was
    not pressed further" tells nothing done to that man: no incident of his own."""
    text = (
        "Eastern Desk has spoken to the wife of a prisoner held at Medical Correctional "
        "Institution No. 7 in the Perm region. She asked us to call her husband Denis.\n\n"
        "According to his wife, in mid-February a man who introduced himself as a Wagner "
        "representative came to the hospital. He told them that the company would give them "
        "the best treatment and a pardon.\n\n"
        "Denis, who is 38 and has been treated for tuberculosis since last summer, signed.\n\n"
        "Another patient in the same ward, an older man, refused and was not pressed further, "
        "Denis told his wife."
    )
    [incident] = _incidents_of(text, "en", date(2023, 3, 15))
    assert "promise_of_passport_or_pardon" in incident.coercion


def test_a_death_notice_and_a_homecoming_that_never_came_date_no_incident():
    """Fictional follow-up story: the mother's account of the recruiters' promise is the
    January visit's, not dated by the notice of her son's death in March nor by the October
    he "was going to come home" in."""
    text = (
        "As reported last month, at least 17 prisoners of IK-29 in the Perm region signed "
        "contracts with Wagner after recruiters visited the colony at the end of January. The "
        "men had been lined up on the parade ground.\n\n"
        "Two of the men from that group have been killed. The mother of one of them received a "
        'notice in early March that her son had died. "He was going to come home in October," '
        "she said. She said her son had told her on the phone that the recruiters had promised "
        "the men a pardon after six months."
    )
    [incident] = _incidents_of(text, "en", date(2023, 3, 15))
    assert incident.date.start == "2023-01"
    assert "promise_of_passport_or_pardon" in incident.coercion


def test_a_pressure_since_a_year_told_of_him_is_his_case():
    """Fictional: "Since March 2024 he has been threatened …" is his own story, not the
    practice since a year (the pronoun check had been shadowed by another pattern's name)."""
    text = (
        "Since March 2024 he has been threatened with a new criminal case in the Vladimir "
        "region if he does not sign a contract."
    )
    [incident] = _incidents_of(text, "en", date(2024, 6, 1))
    assert incident.coercion == ("threat_of_prosecution",)


def test_a_hedge_on_the_outcome_is_no_incident():
    """Fictional: "Whether they came back with a contract or with a deportation paper, I
    cannot say" tells nothing done to them."""
    text = (
        "Police took 15 workers from the dormitory in Orenburg to the enlistment office. “Whether "
        "they came back with a contract or with a deportation paper, I cannot say.”"
    )
    incidents = _incidents_of(text, "en", date(2025, 6, 10))
    assert all("threat_of_deportation" not in i.coercion for i in incidents)


def test_a_hotlines_tally_is_no_incident():
    """Fictional press release: "In 61 of them, callers said …" counts calls, after the
    release's last case."""
    text = (
        "On 3 June, the foreman at a construction site in the Kaluga region told Aibek, a Kyrgyz "
        "bricklayer, that police would come on Friday and that workers without papers would go "
        "either to the enlistment office or home. Aibek left the site the same day.\n\n"
        "Since January 2025 the fictional hotline has received 146 calls concerning military "
        "contracts. In 61 of them, callers said that police or migration officers had threatened "
        "them with expulsion."
    )
    incidents = _incidents_of(text, "en", date(2025, 6, 10))
    assert all("threat_of_deportation" not in i.coercion for i in incidents)


def test_an_undated_lead_about_the_same_man_at_the_same_office_is_his_story():
    """Fictional feature (the blind38 set's first six paragraphs): the opening's voice note —
    Firdavs at the enlistment office, his passport taken, "no other way", no date — and the
    raid told below it, at the same office, are one incident, dated by the raid."""
    text = (
        "By Meredith Ashgrove, The Lakeshore Courier\n\nDUSHANBE, Tajikistan — The last voice "
        "note Mavluda Nazarova received from her son lasts 41 seconds. In it, Firdavs, 23, "
        "says he is standing in the yard of a military enlistment office in the Siberian city "
        "of Novosibirsk, that the police have taken his passport and that he has “no other "
        "way” but to sign.\n\n“He said, ‘Mama, don’t cry, they told me it is only for one "
        "year,’” Nazarova, 52, said in a telephone interview from her village in the Khatlon "
        "region, the southern cotton belt that sends tens of thousands of young men to Russia "
        "every year. “Then nothing. Seven weeks, nothing.”\n\nFirdavs Nazarov is one of a "
        "growing number of Central Asian labor migrants who, according to relatives, lawyers "
        "and U.S. officials, have been pushed into Russia’s military as Moscow tries to "
        "replenish its forces in Ukraine without announcing a new mobilization.\n\nAccording "
        "to his mother, who pieced the story together from his voice notes and from a "
        "co-worker who later called her, Nazarov was working the night shift at a wholesale "
        "warehouse in Novosibirsk’s Leninsky district on a Friday in late February when "
        "police officers arrived with two buses. About 20 workers, among them Firdavs, were "
        "told they were being taken to a police station for a document check.\n\nInstead, the "
        "buses drove to a district enlistment office. There, Nazarova said, an officer told "
        "the men that their work permits had “violations” and that they would be deported "
        "with a five-year ban on returning to Russia unless they signed a one-year contract "
        "with the Defense Ministry. Firdavs signed shortly before dawn, she said. He sent the "
        "voice note an hour later."
    )
    incidents = _incidents_of(text, "en", date(2024, 4, 18))
    at_the_office = [i for i in incidents if i.location.facility == "military enlistment office"]
    assert len(at_the_office) == 1
    assert at_the_office[0].date.start == "2024-02"
    assert "threat_of_deportation" in at_the_office[0].coercion
