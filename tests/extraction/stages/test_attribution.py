"""Who says so, and through whom: sources and their retelling chains. All texts fictional."""

from __future__ import annotations

import pytest

from recruitwatch.extraction import Document, extract, result_contract
from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.pipeline import analyse
from tests.extraction.documents import fictional_document


def _document(text: str, language: str) -> Document:
    return fictional_document(text, language=language)


def _sources(text: str, language: str = "en") -> list[dict[str, object]]:
    output = result_contract(extract(_document(text, language)))
    return [s for incident in output["incidents"] for s in incident["sources"]]


def _analysis(text: str, language: str = "en") -> Analysis:
    return analyse(_document(text, language))


def test_relative_cited_by_an_outlet_keeps_the_outlet_as_via_not_as_a_new_source():
    sources = _sources(
        "The regional news site Valley Voice reported on Monday, citing the wife of one "
        "prisoner, that inmates at IK-3 in the Vladimir region were forced to sign contracts."
    )
    assert sources == [
        {"name": "wife", "role": "relative", "pseudonym": False, "via": "Valley Voice"}
    ]


def test_chain_runs_from_the_reporting_outlet_to_the_cited_one():
    sources = _sources(
        "Northbridge Daily reported, citing Valley Voice, that his sister said prisoners at "
        "IK-3 in the Vladimir region were threatened with new criminal cases if they refused "
        "to sign contracts."
    )
    assert [s.get("via") for s in sources] == ["Northbridge Daily → Valley Voice"]
    assert all(s["name"] not in {"Northbridge Daily", "Valley Voice"} for s in sources)


def test_outlet_alone_is_the_source_with_the_journalist_role():
    sources = _sources(
        "According to Valley Voice, prisoners at IK-3 in the Vladimir region were forced to "
        "sign contracts with the Ministry of Defence."
    )
    assert sources == [{"name": "Valley Voice", "role": "journalist", "pseudonym": False}]


def test_as_reported_names_no_outlet():
    """Fictional follow-up story: "As reported last month, …" is the outlet's own earlier
    report, not an outlet called "As"."""
    analysis = _analysis(
        "As reported last month, at least 17 prisoners of IK-29 in the Perm region signed "
        "contracts after recruiters visited the colony."
    )
    assert analysis.outlets == ()
    assert analysis.sources == ()


def test_outlet_that_was_only_told_something_is_never_a_source_by_itself():
    analysis = _analysis(
        "A guard told Valley Voice that prisoners at IK-3 were forced to sign contracts."
    )
    assert [m.detail for m in analysis.outlets] == ["listener"]
    assert analysis.sources == ()


def test_a_name_introduced_as_an_outlet_is_not_a_person():
    analysis = _analysis(
        "The news site Valley Voice said prisoners at IK-3 were forced to sign contracts. "
        "Valley Voice could not confirm how many."
    )
    assert all("Valley" not in p.value for p in analysis.people)


def test_a_person_is_not_mistaken_for_an_outlet():
    analysis = _analysis(
        "Prisoners at IK-3 were forced to sign contracts, Irina Kozlova, a lawyer, told "
        "Valley Voice."
    )
    assert [m.value for m in analysis.outlets] == ["Valley Voice"]
    assert [m.value for m in analysis.sources] == ["Irina Kozlova"]


def test_russian_outlet_in_quotes_is_folded_across_case_forms_and_kept_as_via():
    text = (
        "Заключённых колонии ИК-4 в Республике Мордовия заставили подписать контракты, "
        "сообщает издание «Вымышленный вестник» со ссылкой на сестру одного из осуждённых. "
        "В УФСИН «Вымышленному вестнику» заявили, что нарушений нет."
    )
    analysis = _analysis(text, "ru")
    assert {m.value for m in analysis.outlets} == {"Вымышленный вестник"}
    assert {(m.text, m.value) for m in analysis.via} == {
        ("сестра одного из осуждённых", "Вымышленный вестник")
    }


def test_a_quoted_phrase_before_the_noun_reports_is_no_outlet():
    """Fictional: «сообщения» is the reports called untrue, not an outlet's verb."""
    text = (
        "Управление ФСИН назвало «не соответствующими действительности» сообщения о том, что в "
        "вымышленной ИК-35 осуждённых принуждали подписывать контракты."
    )
    assert _analysis(text, "ru").outlets == ()


def test_russian_outlet_named_only_in_another_case_is_named_in_the_nominative():
    """One outlet is one source whatever case a sentence put it in: «рассказала
    «Вымышленной звезде»» names «Вымышленная звезда», not its dative."""
    text = (
        "Осуждённых ИК-4 в Республике Мордовия избили после отказа подписать контракт, "
        "рассказала «Полярной звезде» жена одного из них. По словам жены, её мужа "
        "заставили подписать контракт, сообщает «Кама-Посту» со ссылкой на «Зону без глянца»."
    )
    values = {m.value for m in _analysis(text, "ru").outlets}
    assert "Полярная звезда" in values
    assert "Зона без глянца" in values


@pytest.mark.parametrize(
    ("written", "called"),
    [
        ("Сквозняку", "Сквозняк"),
        ("Кама-Посту", "Кама-Пост"),
        ("Прозрачным стенам", "Прозрачные стены"),
        ("Ветру перемен", "Ветер перемен"),
        ("Казенному дому", "Казенный дом"),
        ("Открытая зона", "Открытая зона"),
        ("Вести из зоны", "Вести из зоны"),
        ("Рохи Хона", "Рохи Хона"),
    ],
)
def test_outlet_nominative_inflects_head_and_adjectives_and_keeps_the_rest(written, called):
    from recruitwatch.extraction.stages.outlets import outlet_nominative

    assert outlet_nominative(written) == called


def test_russian_bare_capitalised_word_after_a_verb_is_not_an_outlet():
    analysis = _analysis(
        "Заключённых ИК-4 заставили подписать контракты, рассказала Наталья.", "ru"
    )
    assert analysis.outlets == ()


def test_pronoun_speaker_is_the_person_last_named():
    analysis = _analysis(
        "Irina Kozlova, a lawyer, visited IK-3 in the Vladimir region last week.\n\n"
        "Prisoners there were forced to sign contracts, she said."
    )
    assert [m.value for m in analysis.sources] == ["Irina Kozlova"]


def test_pronoun_speaker_does_not_reach_back_past_two_paragraphs():
    analysis = _analysis(
        "Irina Kozlova is a lawyer.\n\nA.\n\nB.\n\nC.\n\n"
        "Prisoners at IK-3 were forced to sign contracts, she said."
    )
    assert analysis.sources == ()


def test_self_introduced_narrator_tells_the_first_person_sentences():
    sources = _sources(
        "My name is Svetlana. My husband is serving a sentence at IK-3 in the Vladimir "
        "region.\n\nLast week I learned that he was forced to sign a contract with the "
        "Ministry of Defence."
    )
    assert {"name": "Svetlana", "role": "relative", "pseudonym": False} in sources


@pytest.mark.parametrize("mark", [":", "."])
def test_interviewee_answers_the_questions(mark):
    analysis = _analysis(
        "Irina Kozlova has defended migrants in Samara for years. We asked her about police "
        "checks.\n\n"
        f"Q{mark} What do your clients say?\n\n"
        f"A{mark} My client was taken to the enlistment office and told he would be deported "
        "unless he signed a contract.\n\n"
        f"Q{mark} Is that new?\n\nA{mark} Yes."
    )
    assert "Irina Kozlova" in {m.value for m in analysis.sources}


def test_the_interviewer_of_a_byline_is_not_the_interviewee():
    analysis = _analysis(
        "«Вымышленный свет» — независимое издание. Беседовала Ольга Вымыслова.\n\n"
        "Максим (имя изменено) освободился в марте.\n\n— Что было в ноябре?\n\n"
        "— Меня вызвали к оперативнику и сказали: не подпишешь контракт — сгниёшь в ШИЗО.\n\n"
        "— А потом?\n\n— Я отказался, и меня избили.",
        "ru",
    )
    assert {m.value for m in analysis.sources} == {"Максим"}


def test_a_monologues_teller_is_introduced_after_the_outlet_and_its_byline():
    """The outlet that presents itself and the one who wrote the monologue down are not its
    teller: the man introduced after them is."""
    analysis = _analysis(
        "Fictional Dispatch is a volunteer-run news site. This monologue was recorded by Aigul "
        "Fictiva. Timur (his name has been changed) is 27.\n\n"
        "I came to the city in 2019. I work as a courier. My wife is in Osh.\n\n"
        "In September two policemen took me to the station. They told me I would be deported "
        "unless I signed a contract. I refused. I was kept there until night."
    )
    assert "Timur" in {m.value for m in analysis.sources}
    assert not {"Aigul Fictiva", "Fictional Dispatch"} & {m.value for m in analysis.sources}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "“I, Kanybek, a citizen of the Kyrgyz Republic, state the following.\n\nIn October "
            "police took me to the enlistment office and told me I would be deported unless I "
            "signed a contract.”",
            "en",
            "Kanybek",
        ),
        (
            "«Я, Азамат, гражданин Кыргызской Республики, сообщаю следующее.\n\nВ октябре мне "
            "сказали, что меня выдворят, если я не подпишу контракт».",
            "ru",
            "Азамат",
        ),
    ],
)
def test_a_statements_author_named_by_one_word_tells_it(text, language, name):
    assert name in {m.value for m in _analysis(text, language).sources}


def test_a_teller_who_mentions_his_family_in_passing_is_the_victim_not_a_relative():
    sources = _sources(
        "Fictional Dispatch is a news site. Timur (his name has been changed) is 27.\n\n"
        "I came to the city in 2019. My wife and my son are in Osh. I work as a courier.\n\n"
        "In September two policemen took me to the station. They told me I would be deported "
        "unless I signed a contract. I signed it that night."
    )
    assert {"name": "Timur", "role": "victim", "pseudonym": True} in sources


def test_a_statements_author_is_its_victim_whoever_is_near_his_name_in_the_introduction():
    """Fictional: the outlet's introduction names him beside his lawyer («адвокату»); his
    statement says what he is."""
    output = result_contract(
        extract(
            _document(
                "Публикуем заявление, которое Азамат (имя изменено) передал адвокату Марине "
                "Вымысловой.\n\n«Я, Азамат, гражданин Кыргызской Республики, сообщаю "
                "следующее.\n\nВ октябре сотрудники полиции увезли меня в отдел. Там мне "
                "сказали, что меня выдворят, если я не подпишу контракт. Я подписал».",
                "ru",
            )
        )
    )
    [incident] = output["incidents"]
    assert {"name": "Азамат", "role": "victim", "pseudonym": True} in incident["sources"]
    assert incident["victims"]["nationality"] == ["KG"]


def test_russian_narrator_and_pronoun():
    analysis = _analysis(
        "Меня зовут Айгерим. Моего брата задержали в Москве.\n\n"
        "Мне сказали, что его заставили подписать контракт.",
        "ru",
    )
    assert "Айгерим" in {m.value for m in analysis.sources}


def test_lead_paragraph_incident_is_told_by_the_speaker_named_below_it():
    sources = _sources(
        "Three migrants at the Sakharovo migration centre were threatened with deportation "
        "unless they signed army contracts.\n\n"
        "One of them, Timur Aliev, told the Northbridge Daily that officers took their "
        "passports."
    )
    assert [s["name"] for s in sources] == ["Timur Aliev"]


def test_a_transcripts_turn_is_its_speakers_throughout():
    """Every sentence of a turn is the labelled speaker's, whether the label is a name in
    capitals or a role first given with the name in brackets."""
    analysis = _analysis(
        "The guest is Aigul Serikova, a lawyer in Samara.\n\n"
        "HOST (Pavel Dronov): Welcome.\n\n"
        "GUEST (Aigul Serikova): Thank you.\n\n"
        "HOST: What happened?\n\n"
        "GUEST: Yes. My client was taken to the enlistment office. He was told he would be "
        "deported unless he signed."
    )
    last = analysis.sentences[-1]
    assert [m.value for m in analysis.in_sentence(analysis.sources, last)] == ["Aigul Serikova"]


def test_a_russian_transcript_label_in_capitals_is_the_named_speaker():
    analysis = _analysis(
        "Гость — адвокат Гульнара Бекова.\n\n"
        "БЕКОВА: Добрый вечер. Моего клиента отвезли в военкомат. Ему пригрозили выдворением.",
        "ru",
    )
    last = analysis.sentences[-1]
    assert [m.value for m in analysis.in_sentence(analysis.sources, last)] == ["Гульнара Бекова"]


def test_a_title_case_label_and_then_its_initials_are_the_named_speaker():
    """Fictional interview: "Elena Kovrigina:" answers first, "EK:" after; the outlet's own
    label ("Taiga Post:") names no person and speaks for no one."""
    analysis = _analysis(
        "The son of Elena Kovrigina was held in a fictional SIZO-1.\n\n"
        "Taiga Post: How did you find out?\n\n"
        "Elena Kovrigina: He called me. The investigator threatened him with fifteen years.\n\n"
        "TP: Did he want to go?\n\n"
        "EK: No. Two days later he signed."
    )
    speakers = {
        s.paragraph: [m.value for m in analysis.in_sentence(analysis.sources, s)]
        for s in analysis.sentences
    }
    assert speakers[1] == []
    assert speakers[2] == ["Elena Kovrigina"]
    assert speakers[4] == ["Elena Kovrigina"]


def test_a_label_naming_no_one_speaks_for_no_one():
    analysis = _analysis("NOTE: Prisoners at IK-3 were forced to sign contracts.")
    assert analysis.sources == ()


def test_russian_attribution_opening_a_sentence_and_a_name_before_its_verb():
    analysis = _analysis(
        "Издание опубликовало рассказ Ольги Сметаниной, чей брат сидит в ИК-9.\n\n"
        "По словам Ольги, брату грозили новым делом. Ольга пересказала письмо брата.",
        "ru",
    )
    assert {m.value for m in analysis.sources} == {"Ольга Сметанина"}


def test_the_speaking_relative_is_the_one_by_the_reporting_word_and_named_in_apposition():
    analysis = _analysis(
        "В ЛИУ-21 лечат осуждённых.\n\n"
        "«Сыну прямо сказали: лекарств не хватит», — рассказала мне его мать, Раиса Гончарук.",
        "ru",
    )
    assert [m.value for m in analysis.sources] == ["Раиса Гончарук"]


_REPORT_EXCERPT = (
    "The following is an excerpt from a report published on Thursday by the Lantern Cell "
    "Monitoring Group, a fictional network of lawyers that collects complaints from inmates.\n\n"
    "In May, the administration of IK-11 in the Krasnoyarsk region read out a list of 40 "
    "prisoners and told them to sign contracts. Nobody was asked, prisoner K. said."
)


def test_the_group_whose_report_this_is_is_a_source_of_each_incident():
    sources = _sources(_REPORT_EXCERPT)
    assert {"name": "Lantern Cell Monitoring Group", "role": "advocate", "pseudonym": False} in (
        sources
    )


def test_a_report_publishers_name_is_not_a_person():
    analysis = _analysis(_REPORT_EXCERPT)
    assert not [p for p in analysis.people if "Lantern" in p.value]


@pytest.mark.parametrize(
    ("text", "language", "publisher", "role"),
    [
        (
            "Dale Post republishes a letter first published on 8 December by Steppe Courier, "
            "a fictional news site.\n\nThe letter says guards at IK-23 in Zabaykalsky Krai beat "
            "prisoners who refused to sign contracts.",
            "en",
            "Steppe Courier",
            "journalist",
        ),
        (
            "Fictional Rights Observatory — report excerpt\n\nBetween January and April, the "
            "Fictional Rights Observatory interviewed 20 migrant workers. Police told them "
            "they would be deported unless they signed military contracts.",
            "en",
            "Fictional Rights Observatory",
            "advocate",
        ),
        (
            "BISHKEK, 28 January 2025 – Fictional Road Legal Aid, a regional network of lawyers "
            "assisting labour migrants, today published four new cases.\n\nIn December the "
            "investigator told Yerlan S., a fictional detainee of SIZO-3 in the Omsk region, that "
            "he would face a new criminal case unless he signed a contract.",
            "en",
            "Fictional Road Legal Aid",
            "advocate",
        ),
        (
            "Издание «Северная неделя» опубликовало рассказ вымышленной Ольги, чей брат "
            "отбывает срок в ИК-29 в Архангельской области.\n\nВ марте брата избили за отказ "
            "подписать контракт.",
            "ru",
            "Северная неделя",
            "journalist",
        ),
        (
            "Вымышленный центр помощи мигрантам «Причал» публикует раздел доклада.\n\n"
            "В марте полицейские задержали троих мигрантов на рынке в Москве и отвезли в "
            "военкомат, где им угрожали депортацией.",
            "ru",
            "Причал",
            "advocate",
        ),
    ],
)
def test_a_publisher_named_in_the_opening_vouches_for_the_incidents(
    text, language, publisher, role
):
    sources = _sources(text, language)
    assert {"name": publisher, "role": role, "pseudonym": False} in sources


def test_a_report_published_by_a_group_named_late_in_the_text_is_no_publisher():
    """Only the opening says whose report the document is; further down, a report published
    by someone else is a reference."""
    text = (
        "Guards at IK-3 in the Vladimir region beat prisoners who refused to sign contracts, "
        "fictional relatives said.\n\nThe colony did not reply.\n\nOne relative, Anna, said "
        "her son was beaten.\n\nA report published by the Quiet River Foundation last year "
        "described similar cases."
    )
    assert "Quiet River Foundation" not in {s["name"] for s in _sources(text)}


def test_a_relative_who_is_told_is_not_the_speaker():
    analysis = _analysis(
        '"They read the list, and that was it," prisoner S. told his wife during a phone '
        "call about IK-11, where prisoners were ordered to sign contracts."
    )
    assert not [s for s in analysis.sources if s.detail == "relative"]


def test_a_witness_known_by_an_initial_is_the_source():
    sources = _sources(
        "In May the administration of IK-11 in the Krasnoyarsk region read out a list of 40 "
        "fictional prisoners. According to prisoner S., contracts already filled in with the "
        "men's names were brought to the unit, and they were told to sign."
    )
    assert [s["name"] for s in sources] == ["S."]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Police drove the fictional traders to the enlistment office in Sokol, where, "
            "according to a stallholder at the market, they were told to sign forms without "
            "reading them.",
            "en",
            "stallholder",
        ),
        (
            "«В военкомате нам сказали: кто не подпишет контракт, поедет на выдворение», — "
            "рассказал наш анонимный собеседник с вымышленного рынка в Нерюнгри.",
            "ru",
            "собеседник",
        ),
        (
            "По словам нашего собеседника, вымышленных продавцов рынка в Нерюнгри отвезли в "
            "военкомат и пригрозили выдворением.",
            "ru",
            "собеседник",
        ),
        (
            "«Офицер сказал: или подписываете, или сидите здесь», — рассказал изданию один из "
            "жильцов, Зафар (имя изменено), о военкомате в вымышленном посёлке Чульман.",
            "ru",
            "Зафар",
        ),
        (
            "“The officer said whoever does not sign will be deported. Three of our "
            "boys signed,” the worker said of the fictional enlistment office in Yekaterinburg.",
            "en",
            "worker",
        ),
        (
            "«В вымышленном военкомате пригрозили выдворением, если не подпишем контракт», — "
            "пишет подписчица.",
            "ru",
            "подписчица",
        ),
        (
            "Вымышленный рабочий, попросивший не называть его имени, рассказал, что в военкомате"
            " им пригрозили депортацией.",
            "ru",
            "рабочий",
        ),
    ],
)
def test_an_unnamed_witness_or_one_named_after_an_apposition_is_the_source(text, language, name):
    assert [s["name"] for s in _sources(text, language)] == [name]


def test_a_witness_who_is_told_is_not_a_source():
    analysis = _analysis(
        "An officer at the fictional IK-4 in the Vladimir region told a prisoner that he "
        "would get a new criminal case unless he signed."
    )
    assert not analysis.sources


def test_an_outlet_the_text_introduces_as_a_channel_reports_what_it_says():
    """Its name may hold a place ("Yaroslavl") or a common word ("Fence")."""
    analysis = _analysis(
        "The channel Mehnat Yaroslavl, run by fictional builders, says police raided a hostel "
        "in Yaroslavl and took 23 men to the enlistment office, where they were told to sign "
        "or be deported."
    )
    assert [(s.value, s.detail) for s in analysis.sources] == [("Mehnat Yaroslavl", "journalist")]
    assert not analysis.people


def test_whose_relative_speaks_is_not_a_witness():
    analysis = _analysis(
        "The channel Behind the Fence says it got the photo of the fictional IK-17 list from "
        "a prisoner's wife."
    )
    assert "prisoner" not in [s.value for s in analysis.sources]
    assert not [p for p in analysis.people if p.value == "Fence"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Зафар Каримов (имя изменено) торговал на вымышленном рынке в Нерюнгри. «Сказали: "
            "не подпишешь — депортируем», — сказал Зафар.",
            "Зафар Каримов",
        ),
        (
            "«Его увезли в военкомат и сказали, что иначе выдворят», — добавила продавщица "
            "вымышленного рынка в Нерюнгри.",
            "продавщица",
        ),
    ],
)
def test_who_said_it_after_a_quotation_and_its_dash_is_the_source(text, name):
    assert [s["name"] for s in _sources(text, "ru")] == [name]


def test_said_outside_a_quotations_dash_is_the_threat_not_a_speaker():
    analysis = _analysis(
        "В вымышленной ИК-4 начальник отряда сказал Ивану, что иначе на него заведут новое дело.",
        "ru",
    )
    assert not analysis.sources


def test_a_statement_whose_author_names_themself_is_theirs():
    """«Я, адвокат … Ринат Галеев, …»: the first-person sentences are the lawyer's."""
    analysis = _analysis(
        "Я, адвокат вымышленной коллегии «Правовой щит» Марат Гилязов, представляю интересы "
        "гражданина Таджикистана. Со слов моего доверителя, в ЦВСИГ ему сказали, что его "
        "выдворят, если он не подпишет контракт.",
        "ru",
    )
    assert {(s.value, s.detail) for s in analysis.sources} == {("Марат Гилязов", "advocate")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Один из задержанных, Шерзод (имя изменено), рассказал «Вымышленному посту», что в "
            "военкомате им пригрозили выдворением.",
            "Шерзод",
        ),
        (
            "Правозащитник Геннадий Вымыслов, к которому обратились семьи осуждённых, сказал "
            "«Вымышленному посту», что контракты подписали около 30 человек из ИК-12.",
            "Геннадий Вымыслов",
        ),
    ],
)
def test_a_name_speaks_past_a_pseudonym_note_or_a_clause_about_them(text, name):
    assert name in [s.value for s in _analysis(text, "ru").sources]


def test_an_outlet_named_after_its_verb_in_the_nominative_reports():
    """«сообщило издание «…»» is the outlet's report; «сообщил изданию» would be a telling."""
    analysis = _analysis(
        "Об этом сообщило издание «Вымышленные вести» со ссылкой на сестру одного из "
        "заключённых ИК-12, которых заставили подписать контракт.",
        "ru",
    )
    assert [(o.value, o.detail) for o in analysis.outlets] == [("Вымышленные вести", "outer")]


_DASH_INTERVIEW = (
    "Вымышленный журнал поговорил с Айдай Вымысловой, юристом фонда.\n\n"
    "— С чем к вам обращаются?\n\n"
    "— Осенью к нам пришла мать Азамата. Его с бригадой отвезли в военкомат Балашихи, где "
    "сказали, что "
    "депортируют, если он не подпишет контракт.\n\n"
    "— А что сейчас?\n\n"
    "— Бригадир шести ребят со склада под Екатеринбургом сказал, что в конце месяца придут из "
    "военкомата. Они "
    "боятся, что их поставят перед выбором: контракт или депортация.\n\n"
    "— Дома им тоже грозит уголовное дело?\n\n"
    "— Формально да."
)


def test_a_dash_interviews_answers_are_the_interviewees():
    """Answers are hers even where they tell what someone else said and say no «я»."""
    analysis = _analysis(_DASH_INTERVIEW, "ru")
    answers = [s for s in analysis.sentences if "военкомат" in s.text]
    assert answers
    for sentence in answers:
        [source] = analysis.in_sentence(analysis.sources, sentence)
        assert source.value.startswith(
            "Айдай Вымыслов"
        )  # a made-up surname natasha keeps as written


def test_she_said_passes_over_a_man_named_since():
    analysis = _analysis(
        "Natalya Vymyslova, whose husband Denis Vymyslov is held at the fictional IK-11, said "
        "recruiters came on May 7. Men who declined were locked in punishment cells, she said."
    )
    last = analysis.sentences[-1]
    assert [s.value for s in analysis.in_sentence(analysis.sources, last)] == ["Natalya Vymyslova"]


def test_one_who_was_told_a_threat_about_a_relative_makes_the_relative_no_source():
    analysis = _analysis(
        "In January, Timur, serving a sentence in the fictional IK-9 near Omsk, was told that "
        "unless he signed a contract his mother would be deported."
    )
    assert not [s for s in analysis.sources if s.detail == "relative"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A relation before a name: the relative speaks, not the one named.
        (
            "Сестра осуждённого Сергея Л., который отбывает наказание в вымышленной ИК-7, "
            "рассказала каналу, что брату не выдают препараты, пока он не подпишет контракт.",
            "сестра Сергея Л.",
        ),
        # The relation is named in the nominative, keeping its number.
        (
            "По словам родственницы одного из осуждённых вымышленной ИК-3, всех заставили "
            "подписать контракт.",
            "родственница одного из осуждённых",
        ),
        # After a quotation's dash the verb comes first: the relatives speak, nobody is told.
        (
            "«Нам сказали, что выбора нет, и всех в ИК-3 заставили подписать контракт», — "
            "рассказали родственники.",
            "родственники",
        ),
        (
            "Канал «Вымышленная зона» со ссылкой на очевидца пишет, что полицейские отвезли "
            "торговцев в военкомат и пригрозили выдворением.",
            "очевидец",
        ),
    ],
)
def test_russian_relatives_and_witnesses_who_speak(text, name):
    assert [s["name"] for s in _sources(text, "ru")] == [name]


@pytest.mark.parametrize(
    ("name", "genitive"),
    [
        ("Нурлан", "Нурлана"),
        ("Сергей Л.", "Сергея Л."),
        ("Людмила Корнилова", "Людмилы Корниловой"),
        ("Бахтиёр", "Бахтиёра"),
        ("Д.", "Д."),
        # An unknown woman's name is not declined as a man's.
        ("Сэсэг Цыренова", "Сэсэг Цыреновой"),
    ],
)
def test_a_relatives_owner_is_named_in_the_genitive(name, genitive):
    """As the annotations write a relative: «сестра Сергея Л.», «жена Бахтиёра»."""
    from recruitwatch.extraction.stages.attribution import _genitive_name

    assert _genitive_name(name) == genitive


def test_a_relation_owning_something_is_no_speaker():
    """ "his family's debts" is whose debts; the fictional R.V. tells it."""
    analysis = _analysis(
        "R.V., who was held in a fictional colony in the Altai Krai, told the group that he "
        "signed a contract to pay off his family's debts after a threat of a new case."
    )
    assert [m.value for m in analysis.sources] == ["R.V."]


def test_a_monologue_is_told_by_the_one_person_its_introduction_names():
    """Fictional: the journalist's paragraph names Sukhrob; the rest is his first person."""
    analysis = _analysis(
        "Сухроб (имя изменено) пять лет работал грузчиком в Великом Новгороде.\n\n"
        "Я приехал в Россию в 2019 году. Меня и ещё троих посадили в машину.\n\n"
        "Утром пришёл мужчина из военкомата. Мне сказал: не подпишешь — выдворение. "
        "Я отказался. Меня держали до вечера. Мне вернули паспорт только через неделю.",
        "ru",
    )
    last = analysis.sentences[-1]
    assert [m.value for m in analysis.in_sentence(analysis.sources, last)] == ["Сухроб"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Как рассказала нам жена одного из задержанных, Мадина (имя изменено), мужчин "
            "повезли в вымышленный военкомат и пригрозили выдворением.",
            "Мадина",
        ),
        (
            "Его сестра Сэсэг Цыренова рассказала, что в вымышленной ИК-2 брату пригрозили "
            "новым делом, если он не подпишет контракт.",
            "Сэсэг Цыренова",
        ),
    ],
)
def test_a_relative_named_in_apposition_is_the_one_who_speaks(text, name):
    assert [s["name"] for s in _sources(text, "ru")] == [name]


def test_a_forms_field_in_title_case_speaks_for_no_one():
    """An intake form's "Facility (as told): IK-6." is a field, not a speaker's turn."""
    analysis = _analysis(
        "Caller: relative (mother).\nFacility (as told): IK-6.\n\nMy fictional son was told "
        "to sign a contract at IK-6 or face a new criminal case."
    )
    assert [m.value for m in analysis.sources] == []


def test_counted_witnesses_who_wrote_are_the_source_not_those_counted_in_what_was_said():
    """Fictional digest items."""
    wrote = _sources(
        "At KP-26 in the Perm region, according to two inmates who wrote to us, the deputy head "
        "said anyone who did not sign a contract would face a new criminal case."
    )
    assert [s["name"] for s in wrote] == ["inmate"]
    counted = _sources(
        "The foreman told our correspondent that 18 workers were taken to the enlistment office "
        "in Kazan and threatened with deportation."
    )
    assert [s["name"] for s in counted] == ["foreman"]


def test_counted_witnesses_are_found_only_with_a_count():
    analysis = _analysis(
        "Migrants say police come every week. Two inmates wrote to us that the deputy head "
        "threatened them."
    )
    assert analysis.lexicon.witness_counted.search("Migrants say") is None
    assert analysis.lexicon.witness_counted.search("Two inmates wrote to us") is not None


def test_a_relative_opening_the_sentence_speaks():
    """Fictional submission: "His mother informed us" names the mother as the source."""
    sources = _sources(
        "Case 1. The fictional Mr T.N. was held in SIZO-1 in Yekaterinburg and threatened with "
        "a new charge unless he signed a contract. His mother informed us in December that he "
        "had signed."
    )
    assert any(s["name"].endswith("mother") for s in sources)


def test_a_letters_author_under_the_addressee_tells_it():
    """Fictional letter: «от Г. Р.» is who writes; «мой сын» is hers."""
    sources = _sources(
        "Уполномоченному по правам человека\nот Г. Р., г. Энгельс\n\n"
        "Пишу Вам, потому что мне больше некуда обратиться. Мой сын содержится в СИЗО-1 "
        "Саратова. В начале декабря следователь пригрозил мне, что сыну добавят эпизодов, "
        "если он не подпишет контракт.",
        "ru",
    )
    assert "Г. Р." in {s["name"] for s in sources}


def test_a_long_title_that_opens_the_sentence_gives_the_speakers_role():
    """Fictional: the title before the name is longer than the usual look-back."""
    analysis = _analysis(
        "Руководитель нижегородской общественной организации таджикистанцев «Вымысел» Бахром "
        "Юлдашев утверждает, что в военкомат в тот день увезли не меньше 40 человек.",
        "ru",
    )
    assert {(s.value, s.detail.partition(":")[0]) for s in analysis.sources} == {
        ("Бахром Юлдашев", "advocate")
    }


def test_a_client_named_after_his_lawyer_does_not_take_the_lawyers_title():
    analysis = _analysis(
        "Lawyer Inna Vereshchagina says she was able to see her client Konstantin Belov, 34, "
        "at fictional IK-13 this morning. Belov told her that he was beaten after refusing "
        "to sign."
    )
    roles = {s.value: s.detail.partition(":")[0] for s in analysis.sources}
    assert roles.get("Konstantin Belov") != "advocate"
    assert roles["Inna Vereshchagina"] == "advocate"


def test_who_confirms_it_in_the_paragraph_of_the_signature_is_a_source():
    sources = _sources(
        "В начале марта к вымышленному Дмитрию в СИЗО-3 пришёл следователь и пригрозил "
        "добавить два эпизода, если он не подпишет контракт.\n\n"
        "Он подписал. Через две недели его этапировали в учебный центр. Его мать, Тамара "
        "Лесных, подтвердила, что сын рассказывал ей о визите следователя.",
        "ru",
    )
    assert ("Тамара Лесных", "relative") in {(s["name"], s["role"]) for s in sources}


def test_whose_younger_brother_makes_the_speaker_a_relative():
    """Fictional people."""
    analysis = _analysis(
        '"They have our passports," said Jasur Rakhimov, whose younger brother Otabek was '
        "among those detained at the police station."
    )
    roles = {s.value: s.detail.partition(":")[0] for s in analysis.sources}
    assert roles == {"Jasur Rakhimov": "relative"}


@pytest.mark.parametrize(
    ("text", "name", "detail"),
    [
        (
            "At least 40 fictional inmates were moved to a barrack, relatives told the Urals "
            "news site Iset Post.",
            "Iset Post",
            "listener",
        ),
        (
            "According to the Kyrgyz outlet Sary-Jaz, an officer told the fictional men they "
            "would be deported.",
            "Sary-Jaz",
            "outer",
        ),
    ],
)
def test_what_an_outlet_is_said_to_be_is_not_its_name(text, name, detail):
    """ "the Urals news site Iset Post": the outlet is Iset Post, not "Urals"."""
    analysis = _analysis(text)
    assert [(m.value, m.detail) for m in analysis.outlets] == [(name, detail)]


def test_a_russian_speaker_named_after_the_outlet_told():
    """«рассказала «Сквозняку» его адвокат Лилия Габдуллина»: the quoted outlet between the
    verb and the name does not hide who speaks. Fictional."""
    analysis = _analysis(
        "Следователь предложил обвиняемому, который содержится в СИЗО-1 в Ижевске, подписать "
        "контракт, рассказала «Сквозняку» его адвокат Лилия Габдуллина.",
        "ru",
    )
    assert [(m.value, m.detail) for m in analysis.sources] == [("Лилия Габдуллина", "advocate")]


def test_an_outlet_described_after_its_name_reports():
    """ "Siberian Wire, a regional news site, which reported that …": the outlet reports."""
    analysis = _analysis(
        "The claim first appeared in Siberian Wire, a regional news site, which reported that "
        "eleven fictional inmates of IK-37 had signed contracts."
    )
    assert [(m.value, m.detail) for m in analysis.outlets] == [("Siberian Wire", "outer")]


@pytest.mark.parametrize(
    "text",
    [
        "Two of the workers told our lawyer, Timur Vymyslov, that they were driven to the "
        "enlistment office and told to sign contracts or be deported.",
        "A prisoner at IK-12 told Yevgenia Vymyslova, a coordinator at the group Open Yard, "
        "that inmates who had refused to sign were beaten with truncheons.",
    ],
)
def test_the_lawyer_an_account_was_told_to_is_a_source_beside_the_teller(text):
    sources = _sources(text)
    advocates = [s["name"] for s in sources if s["role"] == "advocate"]
    tellers = [s["name"] for s in sources if s["role"] == "anonymous"]
    assert len(advocates) == 1
    assert advocates[0].startswith(("Timur", "Yevgenia"))
    assert tellers in (["worker"], ["prisoner"])


def test_a_person_of_a_named_group_speaks_and_the_group_is_no_person():
    text = (
        "Kamola Vymyslova of the migrant aid group Caravan Yard, who has been in contact with "
        "the workers, said police had threatened the men with deportation unless they signed "
        "contracts."
    )
    assert _sources(text) == [{"name": "Kamola Vymyslova", "role": "advocate", "pseudonym": False}]
    assert [p.value for p in _analysis(text).people] == ["Kamola Vymyslova"]


def test_relatives_counted_by_whose_they_are_speak_and_lawyers_for_detainees_are_not_them():
    relatives = _sources(
        "Relatives of two inmates told us that men at IK-31 in the Perm region who had refused "
        "twice were informed that attendance is compulsory and that everyone signs."
    )
    assert relatives == [
        {"name": "relatives of two inmates", "role": "relative", "pseudonym": False}
    ]
    lawyers = _sources(
        "Men held at SIZO-3 in Chelyabinsk were told on Tuesday that their cases would be "
        "closed if they signed contracts, lawyers for two of the detainees said."
    )
    assert all(s["name"] != "detainee" for s in lawyers)


@pytest.mark.parametrize(
    ("teller", "name"),
    [
        # A bare relation is no one's in particular: not the lawyer named just before.
        ("рассказала сестра", "сестра"),
        ("рассказала сестра заключённого", "сестра заключённого"),
        # «его сестра» is the sister of the man last named.
        ("рассказала его сестра", "сестра Андрея Петрова"),
    ],
)
def test_a_russian_relative_is_someones_only_when_the_text_says_whose(teller, name):
    text = (
        "Андрея Петрова, вымышленного осуждённого, держат в ИК-4 в Коми, говорит юрист Ирина "
        "Сабурова. «В марте "
        f"его избили за отказ подписать контракт», — {teller}."
    )
    sources = _sources(text, "ru")
    assert {"name": name, "role": "relative", "pseudonym": False} in sources


@pytest.mark.parametrize(
    "text",
    [
        "According to lawyer Irina Vasnetsova, who represents six of the men, officers of the "
        "regional police took the workers to the enlistment office in Novosibirsk.",
        "Officers of the regional police took the workers to the enlistment office in "
        "Novosibirsk, says human rights lawyer Irina Vasnetsova.",
    ],
)
def test_a_speaker_whose_title_stands_before_the_name_is_the_source(text):
    sources = _analysis(text).sources
    assert [(m.value, m.detail) for m in sources] == [("Irina Vasnetsova", "advocate")]


def test_a_russian_speaker_whose_title_stands_before_the_name_is_the_source():
    sources = _analysis(
        "По словам адвоката Ильи Воронцова, в ИК-7 в Тверской области осуждённых избивали, "
        "пока они не подписывали контракты.",
        "ru",
    ).sources
    assert [(m.value, m.detail) for m in sources] == [("Илья Воронцов", "advocate")]


def test_a_pseudonymous_speaker_speaks_past_the_note_on_the_name():
    sources = _analysis(
        "A prisoner who asked to be called Ilshat (name changed) said the men at IK-9 in the "
        "Omsk region were beaten after they refused to sign contracts."
    ).sources
    assert [(m.value, m.detail) for m in sources] == [("Ilshat", "victim:pseudonym")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "«Нас привезли в военкомат и сказали: или контракт, или выдворение», — рассказывает "
            "41-летний Фаррух, гражданин Таджикистана.",
            "Фаррух",
        ),
        ("«Военный сказал: подписывайте, пока предлагаем», — вспоминает Шухрат.", "Шухрат"),
    ],
)
def test_a_russian_speaker_in_the_present_tense_past_his_age_is_the_source(text, name):
    sources = _analysis(text, "ru").sources
    assert name in [m.value for m in sources]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Timur Galeyev, who represents a 34-year-old man charged with fraud at fictional "
            "SIZO-3, said an investigator told the detainees to sign.",
            "en",
            "Timur Galeyev",
        ),
        (
            "Тимур Галеев, который представляет интересы троих осуждённых вымышленной ИК-3, "
            "рассказал, что им угрожали новыми делами.",
            "ru",
            "Тимур Галеев",
        ),
    ],
)
def test_one_who_represents_prisoners_speaks_as_an_advocate(text, language, name):
    """Fictional: "who represents …" is the lawyer, not one of the men he represents."""
    analysis = _analysis(text, language)
    roles = {s.value: s.detail.partition(":")[0] for s in analysis.sources}
    assert roles[name] == "advocate"


def test_a_clients_lawyer_unnamed_is_an_advocate_source():
    """Fictional: "…, Kirill's lawyer told us" is told by his lawyer, not by "a detainee"."""
    analysis = _analysis(
        "Last week an investigator at fictional SIZO-1 told a detainee, Kirill, that the theft "
        "charge against him would be reclassified as robbery unless he signed a contract, "
        "Kirill's lawyer told us."
    )
    assert {(s.value, s.detail) for s in analysis.sources} == {("Kirill's lawyer", "advocate")}


def test_a_facility_that_wrote_to_us_is_no_outlet_and_a_list_item_keeps_its_own_people():
    """Fictional digest: "a prisoner at LIU-4 wrote to us" is told by a prisoner, not by an
    outlet called LIU-4; and case 3's "his wife said" is the wife of case 3's unnamed worker,
    not of case 1's Kirill."""
    analysis = _analysis(
        "1. Tver, SIZO-1. An investigator told a fictional detainee, Kirill, to sign a contract "
        "or face a new criminal case.\n\n"
        "2. Bashkortostan, LIU-4. A prisoner being treated at LIU-4 wrote to us that patients "
        "who refuse to sign are threatened with a punishment cell.\n\n"
        "3. Novosibirsk. A worker was driven to an enlistment office and threatened with "
        "deportation, his wife said."
    )
    assert not [o for o in analysis.outlets if o.value == "LIU-4"]
    assert "Kirill's wife" not in {s.value for s in analysis.sources}


def test_an_officer_who_said_he_would_be_deported_does_not_make_him_the_speaker():
    """Fictional: "An officer said he would be deported" is the officer's threat; "said he"
    names the speaker only inverted after the words ("“…,” said he")."""
    analysis = _analysis(
        "Police drove Firuz, a fictional Tajik worker, to the enlistment office. An officer said "
        "he would be deported if he did not sign."
    )
    assert "Firuz" not in {s.value for s in analysis.sources}


def test_a_lawyer_named_by_his_client_speaks_not_the_client():
    """Fictional: «рассказал адвокат Максима» is told by the lawyer; «адвокат Ирина Петрова
    рассказала» by the lawyer named."""
    analysis = _analysis(
        "Следователь вымышленного СИЗО-1 пригрозил обвиняемому Максиму новым делом. Об этом нам "
        "рассказал адвокат Максима.",
        "ru",
    )
    assert {(s.value, s.detail) for s in analysis.sources} == {("адвокат Максима", "advocate")}


def test_a_date_that_opens_a_paragraph_is_no_numbered_item():
    """Fictional: "4. Novosibirsk." opens an item of a list of cases; "05.05.2025 …" is a
    date, after which "his wife" may still be the wife of the man named before."""
    from recruitwatch.extraction.stages.attribution import list_item_start

    text = (
        "Осуждённый вымышленной ИК-7 отказался.\n\n05.05.2025 его вызвали к начальнику.\n\n4. Омск."
    )
    analysis = _analysis(text, "ru")
    assert list_item_start(analysis, text.index("05.05")) == 0
    assert list_item_start(analysis, len(text) - 1) == text.index("4. Омск")


def test_each_brief_of_a_wire_file_is_told_by_its_own_people():
    """A fictional wire file: the Makhachkala brief's lawyer does not tell the Kazan brief
    filed after it, which names no teller of its own; one dateline alone opens no item."""
    from recruitwatch.extraction.stages.attribution import list_item_start

    text = (
        "MAKHACHKALA, March 4 — An investigator told a fictional detainee in SIZO-1 that his "
        "charge would be dropped if he signed a contract, his lawyer, Zaur Fictionov, said.\n\n"
        "KAZAN, March 5 — Police drove eleven migrant workers to an enlistment office and "
        "threatened them with deportation unless they signed contracts."
    )
    analysis = _analysis(text)
    assert list_item_start(analysis, len(text) - 1) == text.index("KAZAN")
    kazan = [i for i in analysis.incidents if i.location.region == "RU-TA"]
    assert kazan
    assert not kazan[0].sources
    single = _analysis(text.split("\n\n")[1])
    assert list_item_start(single, 10) == 0


def test_the_author_a_title_names_tells_every_case():
    """A fictional lawyer's thread: "Thread by migration lawyer Aigerim Fictionova" makes her
    a source of each case, as an advocate; a title naming no author adds no one."""
    from dataclasses import replace as with_field

    from recruitwatch.extraction.pipeline import analyse
    from tests.extraction.documents import fictional_document

    text = (
        "2/9 Client one: Merdan, a Turkmen student, is held at the Khabarovsk TsVSIG. Two men "
        "in uniform told him he would be deported unless he signed a contract."
    )
    document = fictional_document(text, language="en")
    authored = with_field(document, title="Thread by migration lawyer Aigerim Fictionova: clients")
    [incident] = analyse(authored).incidents
    assert ("Aigerim Fictionova", "advocate") in {(s.name, s.role) for s in incident.sources}
    [plain] = analyse(with_field(document, title="Three clients, one pattern")).incidents
    assert "Aigerim Fictionova" not in {s.name for s in plain.sources}
    [group] = analyse(with_field(document, title="A letter by Wagner Group fighters")).incidents
    assert "Wagner Group" not in {s.name for s in group.sources}


def test_a_footnote_says_whose_account_the_sentence_is():
    """A fictional report: the raid marked [3] is told by the channel its note names; the
    note of another mark tells no one."""
    from recruitwatch.extraction.pipeline import analyse
    from tests.extraction.documents import fictional_document

    text = (
        "В августе в Екатеринбурге после рейда полиции несколько десятков граждан Узбекистана "
        "доставили в военкомат, где им предлагали подписать контракт под угрозой "
        "выдворения [3].\n\n"
        "Ниже приводятся два характерных случая.\n\n"
        "Распределение по регионам отражает то, где у группы есть партнёры.\n\n"
        "Группа продолжит мониторинг в следующем году.\n\n"
        "[2] Подробнее о методике — в приложении.\n"
        "[3] По данным телеграм-канала «Вымышленный камень» и рассказам двоих задержанных."
    )
    [incident] = analyse(fictional_document(text, language="ru")).incidents
    assert "Вымышленный камень" in {s.name for s in incident.sources}


def test_a_relative_named_later_in_apposition_is_named_where_first_cited():
    """Fictional: "According to his mother …" in the lead is the Gulnara Asanova the report
    names paragraphs later ("his mother, Gulnara Asanova, told")."""
    text = (
        "The fictional Eldiyar Kadyrbekov signed a contract in May while held in a migrant "
        "detention centre in Sakharovo, according to his mother.\n\n"
        "“My son was not a soldier. He laid tiles,” his mother, Gulnara Asanova, told the "
        "fictional Talas Review."
    )
    analysis = analyse(fictional_document(text, language="en"))
    names = [m.value for m in analysis.sources]
    assert "Gulnara Asanova" in names
    assert "Eldiyar Kadyrbekov's mother" not in names


def test_his_relative_is_no_womans_named_just_before():
    """Fictional: "his wife" after "Natalia Kovrigina" is the wife of the man named before
    her, by the surnames' endings."""
    analysis = _analysis(
        "Sergei Petrov is held at IK-7 in Karelia. Natalia Kovrigina, a volunteer, visited "
        "IK-7 last week.\n\n"
        "Prisoners there were forced to sign contracts, his wife said."
    )
    assert [m.value for m in analysis.sources] == ["Sergei Petrov's wife"]


def test_a_question_signed_with_a_name_and_an_answer_under_its_authors_header():
    """Fictional question-and-answer page: the wife signs her question; the lawyer's answer,
    under the line that names him and his trade, tells a case of his own practice."""
    text = (
        "Здравствуйте. Мой муж отбывает наказание в ИК-10 в Саратовской области. В декабре "
        "оперативник говорил, что если муж не подпишет контракт, на него возбудят новое дело. "
        "Что нам делать? Гульнара.\n\n"
        "Ответы юристов (1)\n\n"
        "Тимур Ахмедов, юрист, Саратов · 1 208 ответов\n\n"
        "Гульнара, здравствуйте. Жалуйтесь в прокуратуру.\n\n"
        "Из моей практики: в октябре мой доверитель, содержавшийся в СИЗО-1 по Саратовской "
        "области, подписал контракт после того, как следователь пообещал прекратить его "
        "уголовное дело, а в противном случае «добиться максимального срока»."
    )
    output = result_contract(extract(_document(text, "ru")))
    assert [[(s["name"], s["role"]) for s in i["sources"]] for i in output["incidents"]] == [
        [("Гульнара", "relative")],
        [("Тимур Ахмедов", "advocate")],
    ]


def test_a_header_that_is_a_sentence_names_no_author():
    """Fictional letter: "Пишу Вам, потому что …" opens the letter; it heads nothing."""
    text = (
        "Пишу Вам, потому что больше не знаю, к кому обратиться, и прошу помощи.\n\n"
        "Мой сын отбывает срок в ИК-3 в Пермском крае. В мае его избили, чтобы он подписал "
        "контракт."
    )
    output = result_contract(extract(_document(text, "ru")))
    assert all(s["name"] != "Пишу Вам" for i in output["incidents"] for s in i["sources"])


@pytest.mark.parametrize(
    "text",
    [
        "Marat Ilyasov, a criminologist who has studied the penal system for twenty years, said "
        "that prisoners at IK-3 in the Omsk region were threatened with new criminal cases if "
        "they refused to sign contracts.",
        "Elena Varlamova, a researcher who studies migration detention, said that ten men at the "
        "detention centre in Sakharovo were told they would be deported unless they signed "
        "contracts.",
    ],
)
def test_a_scholar_of_the_practice_speaks_as_an_advocate(text):
    """Fictional: a criminologist or a researcher tells of the practice; he is not its victim."""
    assert [s["role"] for s in _sources(text)] == ["advocate"]


def test_a_mother_who_says_her_son_called_is_the_source_not_her_son():
    """Fictional court report: "She said her son had telephoned her" is the mother's word."""
    text = (
        "The defence called Mr Tolibov's mother, Zarema Tolibova. She said her son had "
        "telephoned her from the fictional colony and told her he was being made to go."
    )
    analysis = analyse(fictional_document(text, language="en"))
    told = analysis.sentences[1]
    assert [(m.value, m.detail) for m in analysis.in_sentence(analysis.sources, told)] == [
        ("Zarema Tolibova", "relative")
    ]


def test_a_transcript_label_with_a_note_names_its_speaker_and_lends_no_one_its_role():
    """Fictional radio transcript: "(translated from Buryat)" notes the words, and the man
    named after "CORRESPONDENT:" is the correspondent's witness, not a journalist."""
    text = (
        "CORRESPONDENT: I'm in the kitchen of Dulma Tsydenova.\n\n"
        "DULMA TSYDENOVA (translated from Buryat): He wrote that they promised him a pardon.\n\n"
        "CORRESPONDENT: No. His cellmate, whom I will call Bair, because he asked us not to "
        "use his real name, is now out on parole. He told me by phone that he refused."
    )
    analysis = analyse(fictional_document(text, language="en"))
    assert {m.value: m.detail for m in analysis.sources} == {
        "Dulma Tsydenova": "anonymous",
        "Bair": "victim:pseudonym",
    }


def test_a_russian_press_release_names_its_group_as_the_source_of_each_case():
    """Fictional release: «Пресс-релиз правозащитной инициативы «…»» vouches for its cases."""
    text = (
        "Пресс-релиз правозащитной инициативы «Тихий берег», которая помогает мигрантам.\n\n"
        "3 июня полиция провела рейд на овощебазе. Рабочих отвезли в военкомат и предложили "
        "выбор: контракт или выдворение."
    )
    [incident] = analyse(fictional_document(text, language="ru")).incidents
    assert ("Тихий берег", "advocate") in {(s.name, s.role) for s in incident.sources}


@pytest.mark.parametrize(
    ("opening", "masthead"),
    [
        (
            "The Northern Ledger. Gulnora Petrova keeps her son’s last letter in a folder.",
            "northern ledger",
        ),
        (
            "KHUJAND – Sughd Review English. A family in Isfara says their son was forced to sign.",
            "sughd review english",
        ),
        (
            "By the Atlas World Service news team. A raid on a dormitory has renewed concern.",
            "atlas world service",
        ),
    ],
)
def test_a_masthead_opening_the_text_is_an_outlet_not_a_person(opening, masthead):
    """Fictional openings: the outlet's name before the story's first sentence."""
    from recruitwatch.extraction.stages.outlets import outlet_names

    analysis = _analysis(opening)
    assert masthead in outlet_names(analysis)
    assert masthead not in {p.value.casefold() for p in analysis.people}


def test_an_opening_place_or_a_later_sentence_is_no_masthead():
    from recruitwatch.extraction.stages.outlets import outlet_names

    assert outlet_names(_analysis("Kazan. Police detained 20 workers at a market.")) == set()
    assert outlet_names(_analysis("He signed. Ivan Petrov. That was all.")) == set()


def test_an_outlets_name_ends_at_its_full_stop():
    """Fictional: "… the news site Volga Record. Citing a worker, …" names "Volga Record"."""
    from recruitwatch.extraction.stages.outlets import outlet_names

    analysis = _analysis(
        "The case was reported by the news site Volga Record. Citing a worker, the site said "
        "15 men were taken."
    )
    assert outlet_names(analysis) == {"volga record"}


def test_a_group_named_with_migrant_in_its_name_is_an_advocate():
    """Fictional wire story: "The group, Open Road Migrant Aid, said …" is a rights group
    speaking, not a migrant."""
    analysis = _analysis(
        "The group, Open Road Migrant Aid, said officers sealed the exits of the market and "
        "checked the documents of traders, most of them citizens of Kyrgyzstan."
    )
    assert [(m.value, m.detail) for m in analysis.sources] == [
        ("Open Road Migrant Aid", "advocate")
    ]


def test_an_era_is_no_person():
    """Fictional: "since Soviet times" names no one called Soviet."""
    analysis = _analysis("The houses have stood there since Soviet times, his mother said.")
    assert analysis.people == ()


def test_a_womans_surname_in_another_case_names_her_in_full():
    """Fictional: «по словам Мирошиной» is the lawyer «Елена Мирошина» named before, not a
    «Мирошин»; a first name is never taken for a surname's case («Иван» of «Пётр Иванов»)."""
    analysis = _analysis(
        "Саратовский адвокат Елена Мирошина заявляет, что её подзащитного обманули. Когда он "
        "отказался ехать на фронт, начальник колонии, по словам Мирошиной, пригрозил ему "
        "переводом в колонию общего режима.",
        "ru",
    )
    assert {m.value for m in analysis.sources} == {"Елена Мирошина"}
    other = _analysis("Пётр Иванов подписал контракт в ИК-3. По словам Ивана, его избили.", "ru")
    assert "Пётр Иванов" not in {m.value for m in other.sources}


@pytest.mark.parametrize(
    "text",
    [
        "According to residents and a local rights group, about 60 men were taken to a police "
        "station.",
        "The men were driven to an enlistment office, where, residents say, officers told them "
        "to sign.",
    ],
)
def test_residents_speaking_together_are_an_anonymous_source(text):
    """Fictional: "according to residents", "residents say" tell who says so."""
    analysis = _analysis(text)
    assert [(m.value, m.detail) for m in analysis.sources] == [("residents", "anonymous")]


def test_residents_taken_are_no_source():
    assert _analysis("Police detained 20 residents of the dormitory on Monday.").sources == ()


def test_a_wire_credit_line_names_only_its_reporters():
    """Fictional: "(Reporting by …; Editing by …)" names no one called Reporting or Editing."""
    analysis = _analysis(
        "Police detained 40 men. (Reporting by Anna Lebedeva; Editing by Peter Gwynmore)"
    )
    assert [p.value for p in analysis.people] == ["Anna Lebedeva", "Peter Gwynmore"]
