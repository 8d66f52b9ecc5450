"""English person mentions: whole hyphenated surnames, apostrophes, never a piece of a word.
Names and texts are fictional."""

import pytest

from recruitwatch.extraction.languages.english import nlp, russian_citizen_matcher
from recruitwatch.extraction.pipeline import analyse
from recruitwatch.extraction.stages.mentions import _EN_NAME, _russian_citizen_starts
from tests.extraction.documents import fictional_document


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A third man, Stanislav Metelkin-Buraev, 29, signed.", ["Stanislav Metelkin-Buraev"]),
        ("RecruitWatch is a documentation tool.", []),
        ("Anuar’s letters confirm it.", ["Anuar’s"]),
        ("Patrick O'Brien said so.", ["Patrick O'Brien"]),
        ("“They had no choice,” Ms. Romanova said.", ["They", "Ms. Romanova"]),
        ("Anne-Marie Dolgova-Ivanova, a lawyer, said so.", ["Anne-Marie Dolgova-Ivanova"]),
        ("The so-called Ivanov- list.", ["The", "Ivanov"]),
    ],
)
def test_english_name_sequences_are_whole_words(text, names):
    assert [match.group(0) for match in _EN_NAME.finditer(text)] == names


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Fictional: two Russian citizens and a Russian passport holder.", [3, 7]),
        ("The Russian army and Russian courts.", []),
        ("Both Russian and Tajik citizenship.", [1]),
        ("russian", []),
        # Citizenship on offer is a promise, not a nationality.
        ("Foreigners who serve can obtain Russian citizenship quickly.", []),
        ("It is a path to Russian citizenship.", []),
    ],
)
def test_russian_as_a_citizenship_is_found_from_each_russian(text, starts):
    """Only the tokens from each "Russian" are matched; the starts are the whole matcher's."""
    doc = nlp()(text)
    assert _russian_citizen_starts(doc) == starts


@pytest.mark.parametrize(
    "text",
    [
        "He was taken to a police station in the Frunzensky district, he says.",
        "They stopped him at the exit of Kupchino metro station.",
        "The office on Lenin Street was closed.",
    ],
)
def test_a_word_naming_a_place_is_not_a_person(text):
    """Fictional. A capitalised word before "district", "metro", "Street" names a place."""
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.text for p in analysis.people] == []


@pytest.mark.parametrize(
    "text",
    [
        "Fictional: two Russian citizens and a Russian passport holder.",
        "Both Russian and Tajik citizenship; Russian Russian citizens.",
        "The Russian army and Russian courts.",
    ],
)
def test_matching_from_each_russian_finds_what_the_whole_matcher_finds(text):
    doc = nlp()(text)
    expected = sorted({start for _, start, _ in russian_citizen_matcher()(doc)})
    assert _russian_citizen_starts(doc) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Через полгода получаете российское гражданство.", []),
        ("Им обещали российское гражданство.", []),
        ("Он гражданин России и Таджикистана.", ["RU", "TJ"]),
    ],
)
def test_russian_citizenship_on_offer_is_not_a_nationality(text, expected):
    analysis = analyse(fictional_document(text, language="ru"))
    assert [n.value for n in analysis.nationalities] == expected


@pytest.mark.parametrize(
    ("word", "common"),
    [("Вербовщик", True), ("Оперативник", True), ("Денис", False), ("Романова", False),
     ("Волков", False), ("Сухроб", False), ("Ольга Романова", False)],
)  # fmt: skip
def test_a_lone_dictionary_word_is_not_taken_for_a_russian_name(word, common):
    """natasha's NER may tag «Вербовщик» at the start of a quote as a person; a word the
    dictionary knows only as a common noun is dropped, an unknown one stays a name."""
    from recruitwatch.extraction.languages.russian import models
    from recruitwatch.extraction.stages.mentions import _common_word

    assert _common_word(models().morph_vocab, word) is common


def test_a_quote_opening_with_a_common_noun_names_no_one():
    text = (
        "По словам вымышленной Екатерины, вербовщики приехали 2 марта. «Вербовщик обещал, что "
        "через полгода всех помилуют и судимость снимут»."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert "Вербовщик" not in {p.value for p in analysis.people}


@pytest.mark.parametrize(
    ("name", "nominative"),
    [
        ("Ольги Сметаниной", "Ольга Сметанина"),
        ("Андрея Сметанина", "Андрей Сметанин"),
        ("Петра Ивановича Сидорова", "Пётр Иванович Сидоров"),
        # Already nominative, or not a name pymorphy knows: as written.
        ("Гульнара Бекова", "Гульнара Бекова"),
        ("Мехроб Кодиров", "Мехроб Кодиров"),
        # A woman's nominative that also reads as a man's genitive stays hers.
        ("Альбина Гарипова", "Альбина Гарипова"),
    ],
)
def test_a_full_name_natasha_left_in_an_oblique_case_is_put_in_the_nominative(name, nominative):
    from recruitwatch.extraction.languages.russian import models
    from recruitwatch.extraction.stages.mentions import _full_name_nominative

    assert _full_name_nominative(models().morph_vocab, name) == nominative


def test_a_pseudonym_in_quotes_with_its_age_is_a_person():
    """Fictional. “Sherzod,” 22, …: the quote closes after the comma."""
    text = "“Timur,” 22, a fictional Uzbek citizen, was detained in the same raid."
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.value for p in analysis.people] == ["Timur"]


@pytest.mark.parametrize(
    ("text", "language", "people"),
    [
        (
            "One of them, prisoner K., a fictional citizen of Tajikistan, suffered a broken "
            "rib. The administration said K. had fallen on the stairs.",
            "en",
            ["K.", "K."],
        ),
        (
            "Prisoner D., whose fictional sentence ends this autumn, wrote to his mother.",
            "en",
            ["D."],
        ),
        (
            "Ш., 28 лет, вымышленный гражданин Узбекистана, грузчик. Вечером Ш. отвезли в "
            "военкомат.",
            "ru",
            ["Ш.", "Ш."],
        ),
    ],
)
def test_someone_introduced_by_an_initial_is_a_person_wherever_it_stands_alone(
    text, language, people
):
    analysis = analyse(fictional_document(text, language=language))
    assert [p.value for p in analysis.people] == people


def test_an_initial_ending_a_name_is_not_a_second_person():
    text = "Aziz R., a fictional Uzbek worker, says R. is a common initial; inmate B. agrees."
    analysis = analyse(fictional_document(text, language="en"))
    assert "R." not in [p.value for p in analysis.people]


@pytest.mark.parametrize(
    "text",
    [
        "III. Raids, Enlistment Offices and Threats of Expulsion\n\nBetween January and April "
        "the fictional group interviewed 27 workers.",
        "Official Response of the Fictional Ministry\n\nTo the ministry: stop the raids.",
        "Instead, the van took them to a fictional enlistment office.",
    ],
)
def test_headings_and_sentence_adverbs_are_not_people(text):
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.value for p in analysis.people] == []


def test_the_word_after_a_live_blogs_time_or_a_timelines_day_opens_a_sentence():
    """ "08:10 — Heavy snow", "12:20 — Sport: …", "14 May — A district court": the entry's
    first word is no name (they had been people); a name there still is one."""
    text = (
        "08:10 — Heavy snow overnight in the fictional city.\n\n"
        "11:40 — Update on the couriers. The cousin named him as Almazbek Toktogulov.\n\n"
        "14 May — Prosecutors appealed.\n\n"
        "16:50 — Almazbek Toktogulov has been released."
    )
    analysis = analyse(fictional_document(text, language="en"))
    assert {p.value for p in analysis.people} == {"Almazbek Toktogulov"}


def test_a_bylines_author_is_a_person():
    text = "By Lev Orlin, columnist\n\nThe fictional contract is the new fine."
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.value for p in analysis.people] == ["Lev Orlin"]


def test_a_short_chat_message_without_a_full_stop_still_names_its_people():
    """A messenger post is often one line with no full stop; it is not a heading."""
    text = "Police took Aziz to the fictional enlistment office today\n\nWe are trying to call him"
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.value for p in analysis.people] == ["Aziz"]


def test_a_surname_alone_is_the_person_named_in_full_before():
    """pymorphy reads «Саидов» first as the plural of the name «Саид»; as written it is the
    surname of «Далер Саидов», and «Саидову» its dative."""
    analysis = analyse(
        fictional_document(
            "Вымышленного гражданина Далера Саидова задержали у метро. Саидов подписал "
            "контракт. Саидову сказали, что иначе его выдворят.",
            language="ru",
        )
    )
    assert {p.value for p in analysis.people} == {"Далер Саидов"}


def test_a_group_or_a_rank_opening_a_name_is_no_part_of_it():
    analysis = analyse(
        fictional_document(
            "YEKATERINBURG, May 14 - Relatives of inmates at the fictional IK-11 say prisoners "
            "were beaten. The colony's governor, Colonel Viktor Vymyslov, did not answer calls.",
            language="en",
        )
    )
    assert [p.value for p in analysis.people] == ["Viktor Vymyslov"]


def test_a_datelines_place_and_an_office_are_not_people():
    analysis = analyse(
        fictional_document(
            "Vilnius, 11 February 2025. The fictional group Open Door today published new "
            "testimonies. We call on the Prosecutor General's Office to investigate.",
            language="en",
        )
    )
    assert not analysis.people


def test_a_name_opening_a_sentence_with_what_the_person_is_is_a_person():
    """ "Zarina Kholova, coordinator of …" opens the sentence: no reporting verb follows the
    name, the introduction says it is someone's."""
    analysis = analyse(
        fictional_document(
            "Zarina Vymyslova, coordinator of a fictional legal clinic, said the raid began at "
            "dawn. Vymyslova said the men were put on buses.",
            language="en",
        )
    )
    assert {p.value for p in analysis.people} == {"Zarina Vymyslova"}


@pytest.mark.parametrize(
    "group", ["volunteer legal service", "migrant hotline", "legal aid fund", "news agency"]
)
def test_the_name_after_a_word_for_a_service_or_a_fund_is_no_person(group):
    """ "Lawyer Irina Vdovina of the volunteer legal service Tyomny Vagon": the service had
    been a person, a newcomer who split the case."""
    text = f"Lawyer Irina Vdovina of the fictional {group} Tyomny Vagon is at the office."
    analysis = analyse(fictional_document(text, language="en"))
    assert {p.value for p in analysis.people} == {"Irina Vdovina"}


def test_a_name_introduced_as_a_group_is_no_person():
    analysis = analyse(
        fictional_document(
            "The coordinator of Yordam Vymysel, a group that gives legal advice to migrants, "
            "said the raid began at dawn.",
            language="en",
        )
    )
    assert not analysis.people


def test_an_abbreviated_month_in_a_dateline_is_no_person():
    analysis = analyse(
        fictional_document(
            "TOLYATTI, Sept 22 (Fictional Wire) - Police raided two hostels last Tuesday.",
            language="en",
        )
    )
    assert not analysis.people


@pytest.mark.parametrize(
    ("text", "language", "pseudonyms"),
    [
        ("My name is Roman (not my real name). I served five fictional years.", "en", ["Roman"]),
        (
            "My client, I'll call him Bakhtiyor, that's not his real name, is a fictional "
            "Uzbek worker.",
            "en",
            ["Bakhtiyor"],
        ),
        (
            "The first concerns a fictional citizen whom I will call Komil. Later Komil refused.",
            "en",
            ["Komil", "Komil"],
        ),
        (
            "Jasur, a 29-year-old from Namangan whose name has been changed for his safety, "
            "sorts fictional onions.",
            "en",
            ["Jasur"],
        ),
        ("One recruiter called himself Granit, said the fictional inmate.", "en", ["Granit"]),
        (
            "Назовём его Фарход. Фарход, 27 лет, вымышленный грузчик, рассказал о рейде.",
            "ru",
            ["Фарход", "Фарход"],
        ),
        (
            "Daniyar is not his real name; the fictional family asked us to change it.",
            "en",
            ["Daniyar"],
        ),
        (
            "Her husband, whom we call Jasur (also not his real name), said he worked at a "
            "fictional warehouse.",
            "en",
            ["Jasur"],
        ),
        (
            "We spoke to Nilufar (her name has been changed), 29, a fictional cook.",
            "en",
            ["Nilufar"],
        ),
        (
            "Он попросил не называть его настоящее имя, поэтому будем звать его Глеб. Глеб, "
            "вымышленный осуждённый, рассказал о колонии.",
            "ru",
            ["Глеб", "Глеб"],
        ),
    ],
)
def test_pseudonym_markers_around_a_name_flag_it(text, language, pseudonyms):
    analysis = analyse(fictional_document(text, language=language))
    assert [p.value for p in analysis.people if p.detail == "pseudonym"] == pseudonyms


def test_a_report_that_changed_its_peoples_names_flags_those_it_calls_by_first_name():
    """Fictional. The declaration covers first names the report treats as people; a full name
    and a place word stay as they are."""
    text = (
        "To protect interviewees, all names in this chapter are pseudonyms. “Adilet,” a "
        "35-year-old Kyrgyz citizen, was detained in Kommunarka. Adilet said Dilnoza Karimova, "
        "a fictional lawyer, helped him."
    )
    analysis = analyse(fictional_document(text, language="en"))
    flagged = {p.value: p.detail for p in analysis.people}
    assert flagged == {"Adilet": "pseudonym", "Dilnoza Karimova": ""}


def test_a_name_given_only_as_a_first_name_is_no_pseudonym():
    text = "A fictional trader who gave only his first name, Ulan, said he signed."
    analysis = analyse(fictional_document(text, language="en"))
    assert [(p.value, p.detail) for p in analysis.people] == [("Ulan", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers across the Volga and Siberia describe the fictional pattern.",
        "Migrants from Central Asia were detained at a fictional market.",
        "The raid on Saturday's fictional market in Shushary lasted an hour.",
    ],
)
def test_parts_of_the_world_days_and_places_after_in_are_not_people(text):
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.value for p in analysis.people] == []


def test_a_transcripts_questions_and_answers_open_with_no_people():
    """Fictional podcast lines: function words open them, the name in between is the one
    person."""
    text = (
        "HOST: Did he sign, the fictional client?\n\nGUEST: Yes, very. I'll say it again, the "
        "officer was clear. None, the papers said, could refuse. Because Aziz had no patent, "
        "he signed."
    )
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.value for p in analysis.people] == ["Aziz"]


def test_an_unknown_first_name_in_an_oblique_case_is_the_same_person():
    """Fictional «Шахбоз», a name pymorphy does not know, declined as written."""
    text = (
        "Шахбоз (имя изменено) вернулся домой. Корреспондент поговорила с Шахбозом. "
        "Шахбозу 34 года."
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert {p.value for p in analysis.people} == {"Шахбоз"}


def test_a_witness_known_by_two_letter_initials_is_one_person():
    """Fictional report: "Kh.R." and "Sh. M." are people, not a name "Kh" or "Sh"."""
    text = (
        "Two of the fictional interviewees signed; the third, Kh.R., refused. A Tajik citizen "
        "identified in court only by the initials Sh. M. testified that he refused too."
    )
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.value for p in analysis.people] == ["Kh.R.", "Sh. M."]


def test_initials_alone_introduced_or_acting_are_people_and_changed_ones_pseudonyms():
    text = (
        "R.V., who was held in a fictional colony, signed of his own will. B.A. (initials "
        "changed), a citizen of Turkmenistan, refused. T.S. and F.M. signed contracts."
    )
    analysis = analyse(fictional_document(text, language="en"))
    assert [(p.value, p.detail) for p in analysis.people] == [
        ("R.V.", ""),
        ("B.A.", "pseudonym"),
        ("T.S.", ""),
        ("F.M.", ""),
    ]


def test_a_verb_opening_a_line_is_not_part_of_a_russian_name():
    analysis = analyse(
        fictional_document("Рассказывает Эльвира: «Это было последнее сообщение».", language="ru")
    )
    assert all(not p.text.startswith("Рассказывает") for p in analysis.people)


def test_a_russian_name_ends_at_a_dash():
    analysis = analyse(
        fictional_document(
            "Вымышленный Игорь — ВИЧ-положительный, он получает терапию.", language="ru"
        )
    )
    assert all("—" not in p.text for p in analysis.people)


def test_a_central_asian_name_pymorphy_does_not_know_keeps_its_nominative():
    """Fictional. pymorphy guesses «Ильхом» as the genitive plural of «Ильхома»: a person is
    one, so he stays «Ильхом», and «Ильхома» in the next sentence is the same man."""
    analysis = analyse(
        fictional_document(
            "«Там сказали: или контракт, или депортация», — рассказывает 41-летний Ильхом. "
            "Ильхома отпустили только вечером. Об этом рассказала Мээрим.",
            language="ru",
        )
    )
    assert {p.value for p in analysis.people} == {"Ильхом", "Мээрим"}


@pytest.mark.parametrize(
    "text",
    [
        "“He said: Mama, don't cry, I am at a training ground,” she told the fictional radio.",
        "He called the night before he signed. He said, Mama, I have no choice.",
    ],
)
def test_a_family_word_said_to_someone_is_no_person(text):
    """Fictional quotes: "Mama" addressed is not a person named."""
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.value for p in analysis.people] == []


@pytest.mark.parametrize(
    "text",
    [
        "He was held in pre-trial detention centre No. 2, the fictional Butyrka prison.",
        "The men were moved to the fictional Solnechny camp in the spring.",
    ],
)
def test_a_name_before_a_prison_or_camp_is_a_place(text):
    analysis = analyse(fictional_document(text, language="en"))
    assert [p.value for p in analysis.people] == []


def test_a_chat_whose_names_were_all_changed_flags_its_speakers():
    """Fictional chat: «Все имена изменены» covers the speakers named by a first name."""
    text = (
        "Все имена изменены.\n\n"
        "[12.03.2025 14:02] Айгуль: Мама, Бакыта забрали на рынке\n\n"
        "[12.03.2025 14:05] Айгуль: Сказали, в отдел на проверку"
    )
    analysis = analyse(fictional_document(text, language="ru"))
    assert "Айгуль" in {p.value for p in analysis.people if p.detail == "pseudonym"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "“Nobody was told,” said Aigerim Tokoeva, the network’s director, of the fictional "
            "raids.",
            "Aigerim Tokoeva",
        ),
        (
            "I am alive. Denis Fomichev, my neighbour on the bunks, helps me write.",
            "Denis Fomichev",
        ),
    ],
)
def test_a_name_said_to_head_a_group_or_to_be_someones_is_a_person(text, person):
    analysis = analyse(fictional_document(text, language="en"))
    assert person in {p.value for p in analysis.people}


def test_an_adverb_before_whose_words_is_no_person():
    text = "Twice, his mother says, guards came at night to the fictional colony's cell."
    assert "Twice" not in {p.value for p in analyse(fictional_document(text, language="en")).people}


def test_a_possessive_is_no_part_of_the_name():
    text = "Police detained the fictional Jasur in Kazan. We spoke to Jasur’s mother on Monday."
    people = analyse(fictional_document(text, language="en")).people
    assert {p.value for p in people} == {"Jasur"}
    assert all(not p.text.endswith("’s") for p in people)


def test_a_sentence_opening_with_a_first_name_and_family_name_is_a_person():
    """A feature opens with the person, whatever verb follows; "Saint Petersburg" and
    "Heavy Snow" have no family name's ending."""
    text = (
        "Zarema Tolibova keeps her fictional son's letters in a biscuit tin. "
        "Heavy Snow fell that week."
    )
    people = {p.value for p in analyse(fictional_document(text, language="en")).people}
    assert people == {"Zarema Tolibova"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Two young Nepalis and an Indian cook were driven to the office.", "en", ["NP", "IN"]),
        ("Sri Lankan and Cuban builders signed the papers.", "en", ["LK", "CU"]),
        ("Кубинцы и непальцы подписали бумаги на русском языке.", "ru", ["CU", "NP"]),
        ("Трёх студентов из Индии вызвали в деканат.", "ru", ["IN"]),
        ("Two students from Ghana were called to the dean's office.", "en", ["GH"]),
        ("Yaw, a student from Kumasi, Ghana, was called in.", "en", ["GH"]),
        # Where Wagner fought is no one's nationality.
        ("He had fought with Wagner in Syria.", "en", []),
    ],
)
def test_nationalities_from_further_afield(text, language, expected):
    """Fictional sentences: men hired abroad by agents are named by their people's word."""
    analysis = analyse(fictional_document(text, language=language))
    assert [n.value for n in analysis.nationalities] == expected
