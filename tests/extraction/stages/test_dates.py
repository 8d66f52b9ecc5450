"""Date resolution against the publication date (fictional phrases)."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recruitwatch.extraction.stages.dates import date_mentions

PUBLISHED = date(2023, 2, 16)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("At the end of January, he told his father.", "2023-01", "month"),
        ("In the second week of January a team of recruiters came.", "2023-01", "month"),
        ("He signed during the last week of December.", "2022-12", "month"),
        # A month with its year in words: not the latest such month before publication.
        ("в январе прошлого года его вызвали", "2022-01", "month"),
        ("in January last year he was called in", "2022-01", "month"),
        ("12 января прошлого года", "2022-01-12", "day"),
        ("в январе позапрошлого года", "2021-01", "month"),
        # «в прошлом октябре» is last year's October, «в этом январе» this year's
        ("В прошлом октябре его увезли в отдел.", "2022-10", "month"),
        ("в прошлом январе", "2022-01", "month"),
        ("в этом январе", "2023-01", "month"),
        ("в двадцатых числах января", "2023-01", "month"),
        ("in November the recruiters came", "2022-11", "month"),
        ("on 3 March 2022 they came", "2022-03-03", "day"),
        ("on March 3, 2022 they came", "2022-03-03", "day"),
        ("on 14 February they came", "2023-02-14", "day"),
        # Spoken, as a transcript keeps it.
        ("It was the twelfth of September, a Friday.", "2022-09-12", "day"),
        # A month said again at once with its year, as speech does.
        ("В ноябре. В ноябре двадцать первого.", "2021-11", "month"),
        ("on January the twenty-first they came", "2023-01-21", "day"),
        ("last week police raided the site", "2023-02", "month"),
        ("В конце января его вызвали.", "2023-01", "month"),
        ("15 января 2023 года", "2023-01-15", "day"),
        ("в декабре вербовщики приезжали", "2022-12", "month"),
        ("на прошлой неделе", "2023-02", "month"),
        ("in 2019 he was convicted", "2019", "year"),
        ("Позавчера двое вернулись в военкомат.", "2023-02-14", "day"),
        ("the day before yesterday they signed", "2023-02-14", "day"),
        ("yesterday they signed", "2023-02-15", "day"),
        ("meetings from 16 to 20 December 2023", "2023-12-16", "day"),
        ("visits on 3–5 March 2022", "2022-03-03", "day"),
        ("встречи с 16 по 20 декабря 2022 года", "2022-12-16", "day"),
        ("В минувшую субботу полиция провела рейд на рынке.", "2023-02-11", "day"),
        # Parts of a month other than its start, middle and end.
        ("In the second half of November, patients were told", "2022-11", "month"),
        ("in the middle of December they came", "2022-12", "month"),
        ("Во второй половине ноября пациентам сказали", "2022-11", "month"),
        ("в первых числах декабря их вывезли", "2022-12", "month"),
        ("в последней декаде января", "2023-01", "month"),
    ],
)
def test_date_mentions_resolved(text, value, precision):
    found = date_mentions(text, PUBLISHED)
    assert [(m.value, m.detail) for m in found][:1] == [(value, precision)]


def test_date_mentions_impossible_dates_and_bare_may_ignored():
    assert date_mentions("on 31 February", PUBLISHED) == []
    assert date_mentions("prisoners may be compelled", PUBLISHED) == []


def test_date_mentions_without_publication_date_need_a_year():
    assert date_mentions("at the end of January", None) == []
    assert [m.value for m in date_mentions("in January 2021", None)] == ["2021-01"]


# 2023-02-16 is a Thursday.
@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Police came to the hostel on Monday.", "2023-02-13", "day"),
        ("Police came on Thursday night.", "2023-02-16", "day"),
        ("Полицейские пришли в субботу.", "2023-02-11", "day"),
        ("Raids will continue throughout March.", "2023-03", "month"),
        ("They will be sent by January.", "2024-01", "month"),
        ("Рейды продлятся до конца марта.", "2023-03", "month"),
    ],
)
def test_weekdays_and_months_ahead(text, value, precision):
    found = date_mentions(text, PUBLISHED)
    assert [(m.value, m.detail) for m in found][:1] == [(value, precision)]


@pytest.mark.parametrize(
    "text",
    [
        "The conversation was recorded by telephone on 2 February.",
        "Recruiters came, the lawyer said on Monday.",
        "OMSK, Feb 8 (Northern Wire) - Guards beat prisoners.",
        "He has been serving his sentence since 2019.",
        "The claim first appeared on 2 February in a fictional regional news site.",
        "She told her lawyer on 2 February.",
        "He told the Courier on 2 February.",
    ],
)
def test_report_dates_and_since_years_are_not_event_dates(text):
    assert date_mentions(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The administration announced that recruiters will come on 3 February.", "2023-02-03"),
        ("She told the Courier that on 2 February police raided the hostel.", "2023-02-02"),
        # One told "him" on a day is inside the story, not a reporter.
        ("The medical officer told him on 8 February he would get no insulin.", "2023-02-08"),
        ("Администрация сообщила, что 3 февраля приедут вербовщики.", "2023-02-03"),
        ("He said he had refused twice in the early spring of 2022.", "2022-03"),
    ],
)
def test_a_date_in_what_was_said_is_an_event_date(text, value):
    """After "that" / «что», or a subject that starts what was said without "that", the date
    belongs to what was reported, not to the reporting."""
    assert [m.value for m in date_mentions(text, PUBLISHED)] == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Police stopped him in the autumn.", date(2023, 11, 20), "2023"),
        ("Police stopped him in the autumn.", date(2023, 5, 1), "2022"),
        ("Last summer recruiters came.", date(2023, 11, 20), "2023"),
        ("Last autumn recruiters came.", date(2023, 11, 20), "2022"),
        ("This winter they came.", date(2023, 1, 10), "2022"),
        ("In the autumn of 2021 they came.", date(2023, 11, 20), "2021"),
        ("Осенью 2022 года приехали вербовщики.", date(2023, 11, 20), "2022"),
        ("Прошлым летом его задержали.", date(2023, 7, 1), "2022"),
    ],
)
def test_seasons_are_years(text, published, value):
    assert [(m.value, m.detail) for m in date_mentions(text, published)] == [(value, "year")]


def test_fall_the_verb_is_no_season():
    assert date_mentions("Prices fall when the rouble falls.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Today the patients were gathered in the canteen.", "2023-02-16", "day"),
        ("Сегодня утром их вывезли из колонии.", "2023-02-16", "day"),
        ("Lawyers fear that next month police will raid the sites.", "2023-03", "month"),
        ("Адвокаты опасаются, что в следующем месяце придут вербовщики.", "2023-03", "month"),
        ("В конце прошлого года его вызвал оперативник.", "2022-12", "month"),
        # A passive "were told" is the event; only a speaker's "told" dates a report.
        ("Men were told on Tuesday that their cases would be closed.", "2023-02-14", "day"),
        # The day a plan is for, even after "announced": a day weeks ahead is this year's.
        ("The administration has announced a recruiters' day for 3 March.", "2023-03-03", "day"),
        # A day more than a few weeks ahead is last year's.
        ("On 3 May the recruiters came.", "2022-05-03", "day"),
        # A weekday followed by its date: the date says it.
        ("в четверг, 30 января, приедут представители", "2023-01-30", "day"),
        # Day first, in figures.
        ("12.03.2022 в колонию приехали вербовщики.", "2022-03-12", "day"),
        ("On 5.1.2023 the men were taken away.", "2023-01-05", "day"),
        # The week before last, and the start of the month (published Thursday 2023-02-16).
        ("В позапрошлую среду полиция приехала на склад.", "2023-02-08", "day"),
        ("В начале месяца ему позвонили из военкомата.", "2023-02", "month"),
        ("Two weeks ago he was stopped near the market.", "2023-02", "month"),
    ],
)
def test_date_mentions_of_new_reports(text, value, precision):
    found = date_mentions(text, PUBLISHED)
    assert [(m.value, m.detail) for m in found] == [(value, precision)]


def test_a_dateline_with_a_country_dates_nothing():
    text = "CHELYABINSK, Russia, April 18 (Fictional Wire) - Men were detained."
    assert date_mentions(text, PUBLISHED) == []


def test_a_regional_agencys_dateline_dates_nothing_and_its_weekday_counts_from_it():
    """Fictional agency item filed Wednesday 15 February: «Казань, 15 февраля.» is the day it
    was filed; «в ночь на понедельник» is the 13th."""
    text = "Казань, 15 февраля. Рабочих, задержанных в ночь на понедельник, отвезли в военкомат."
    assert [m.value for m in date_mentions(text, PUBLISHED)] == ["2023-02-13"]


def test_a_town_day_and_full_stop_inside_a_sentence_is_no_dateline():
    text = "Рабочих задержали в Казани, 15 февраля. Их отвезли в военкомат."
    assert [m.value for m in date_mentions(text, PUBLISHED)] == ["2023-02-15"]


def test_a_posts_relative_dates_count_back_from_the_post_not_the_digest():
    """A digest published 16 February: its post of the 13th says "yesterday" of the 12th.
    The headers date the posts, not what they tell, so they are no date of an event."""
    text = (
        "Fictional Channel | 13 February, 08:15\n\n"
        "Yesterday police detained workers at a construction site.\n\n"
        "Fictional Channel | 15 February, 21:40\n\n"
        "On Monday they were taken to the office."
    )
    found = [m.value for m in date_mentions(text, PUBLISHED)]
    assert found == ["2023-02-12", "2023-02-13"]


def test_a_wire_briefs_relative_dates_count_back_from_its_dateline():
    """A wire file published Thursday 16 February: the brief filed on Monday the 13th says
    "last Wednesday" of the 8th and "on Saturday" of the 11th; «накануне» in one filed on
    the 14th is the 13th, while «накануне выборов» is the eve of something else."""
    text = (
        "KAZAN, Feb 13 — Police detained workers on Saturday. "
        "The talk took place last Wednesday.\n\n"
        "ЧИТА, 14 февраля — Полицейские накануне задержали рабочих.\n\n"
        "ОМСК, 15 февраля — Рейд прошёл накануне выборов."
    )
    found = [m.value for m in date_mentions(text, PUBLISHED)]
    assert found == ["2023-02-11", "2023-02-08", "2023-02-13"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("last month they came", date(2023, 3, 1), "2023-02"),
        ("last month they came", date(2023, 3, 31), "2023-02"),
        ("last month they came", date(2023, 1, 15), "2022-12"),
        ("next month they will come", date(2023, 1, 1), "2023-02"),
        ("next month they will come", date(2023, 1, 31), "2023-02"),
        ("в следующем месяце придут", date(2023, 12, 10), "2024-01"),
    ],
)
def test_last_and_next_month_are_calendar_months(text, published, value):
    assert [m.value for m in date_mentions(text, published)] == [value]


@pytest.mark.parametrize("text", ["version 1.2.2023.4", "31.02.2023", "code 12.03.20234"])
def test_figures_that_are_no_day_first_date(text):
    assert date_mentions(text, PUBLISHED) == []


def test_a_report_told_to_a_listener_with_a_long_name_dates_nothing():
    text = (
        "A detainee told the Khabarovsk Garrison Military Court on Thursday, March 14, that "
        "he signed under pressure."
    )
    assert date_mentions(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("It happened two weeks ago.", "2023-02", "month"),
        ("Two weeks before this column went to press, he was stopped.", "2023-02", "month"),
        ("Three weeks ago he was stopped.", "2023-01", "month"),
        ("5 days ago they came", "2023-02-11", "day"),
        ("a few days ago they came", "2023-02", "month"),
        ("four months ago he signed", "2022-10", "month"),
        ("a few months ago he signed", "2023", "year"),
        ("two years ago he was convicted", "2021", "year"),
        ("Две недели назад похожая история произошла в посёлке.", "2023-02", "month"),
        ("неделю назад его забрали", "2023-02", "month"),
        ("два дня назад его забрали", "2023-02-14", "day"),
        ("полгода назад его забрали", "2022-08", "month"),
        ("год назад его осудили", "2022", "year"),
        ("на следующей неделе приедут вербовщики", "2023-02", "month"),
        ("next week the recruiters come", "2023-02", "month"),
        ("в конце месяца на склад придут из военкомата", "2023-02", "month"),
    ],
)
def test_counts_of_days_weeks_months_and_years_ago(text, value, precision):
    found = date_mentions(text, PUBLISHED)
    assert [(m.value, m.detail) for m in found] == [(value, precision)]


@pytest.mark.parametrize("text", ["days ago", "for weeks before the raid", "лет назад"])
def test_an_ago_without_its_count_dates_nothing(text):
    assert date_mentions(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("Второй раз — в начале лета 2023-го.", date(2024, 4, 22), "2023-06", "month"),
        ("в конце прошлой осени", date(2024, 4, 22), "2023-11", "month"),
        ("in early autumn he was stopped", date(2024, 4, 22), "2023-09", "month"),
        ("in late summer 2022 he was stopped", date(2024, 4, 22), "2022-08", "month"),
        ("ранней весной его вызвали", date(2024, 4, 22), "2024-03", "month"),
        # Winter straddles two years: the year alone.
        ("in early winter 2022 they came", date(2024, 4, 22), "2022", "year"),
        ("Весной двадцать третьего всё изменилось.", date(2024, 4, 22), "2023", "year"),
        ("в августе двадцать третьего года", date(2024, 4, 22), "2023-08", "month"),
    ],
)
def test_parts_of_seasons_and_years_said_in_words(text, published, value, precision):
    found = date_mentions(text, published)
    assert [(m.value, m.detail) for m in found] == [(value, precision)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Осенью 2022-го, в октябре, кажется.", "2022-10"),
        ("In 2023, in March, recruiters came.", "2023-03"),
        ("В 2022 году, 3 марта, его задержали.", "2022-03-03"),
        # A year of another clause is not the month's.
        ("He has lived in Russia since 2015 and on 3 March he was detained.", "2024-03-03"),
    ],
)
def test_a_month_takes_the_year_said_just_before_it(text, value):
    assert date_mentions(text, date(2024, 4, 22))[-1].value == value


def test_the_same_day_of_a_promise_is_no_date():
    assert date_mentions("«Кто подпишет — сегодня же выйдет отсюда».", PUBLISHED) == []


def test_a_posts_header_is_not_the_date_of_the_raid_it_tells():
    text = "12 марта, 09:14\n⚡️Позавчера полиция устроила рейд на вымышленной стройке."
    assert [m.value for m in date_mentions(text, date(2025, 3, 14))] == ["2025-03-10"]


def test_a_chat_messages_stamp_dates_it_and_is_the_day_its_yesterday_counts_from():
    """A chat log's message opens with its stamp, whatever its length: «Вчера» in the message
    of the 17th is the 16th (it had counted from the last short header, the 15th), and the
    stamp still dates what the message tells."""
    text = (
        "[15.03.2025 20:50] Айгуль: Говорят ждать до двух недель\n\n"
        "[17.03.2025 19:40] Айгуль: Звонил из центра. Вчера опять приходил вымышленный военный "
        "и сказал подписать контракт."
    )
    found = date_mentions(text, date(2025, 3, 20))
    assert [m.value for m in found] == ["2025-03-15", "2025-03-17", "2025-03-16"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Between August and November 2025 at least 11 detainees were approached.", "2025-08"),
        ("from March to May 2023 they came", "2023-03"),
        ("С мая по июль его четыре раза водворяли в ШИЗО.", "2025-05"),
        ("с марта по май 2023 года", "2023-03"),
    ],
)
def test_a_range_of_months_starts_with_its_first(text, value):
    assert [m.value for m in date_mentions(text, date(2026, 2, 10))] == [value]


def test_a_month_ending_a_paragraph_and_the_next_items_number_are_no_day():
    text = "The other five were expelled in April.\n\n7. Case 4 (fictional KP-15)."
    assert [m.value for m in date_mentions(text, date(2024, 6, 10))] == ["2024-04"]


def test_a_weekday_right_after_a_month_is_a_day_of_that_month_not_the_last_such_day():
    found = date_mentions("В начале августа, в среду, ночью, пришла полиция.", date(2024, 9, 30))
    assert [m.value for m in found] == ["2024-08"]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # Published October 2024: the winter before last began in December 2022.
        ("Позапрошлой зимой, сразу после Нового года.", "2023-01", "month"),
        ("Позапрошлой зимой вербовщики приходили снова.", "2022", "year"),
        ("Прошлой зимой вербовщики приходили снова.", "2023", "year"),
        ("Last winter, just after New Year, they came.", "2024-01", "month"),
        # The winter's month said after it: that winter's January, or its December.
        ("Позапрошлой зимой, в январе, приехали вербовщики.", "2023-01", "month"),
        ("Позапрошлой зимой, в декабре, приехали вербовщики.", "2022-12", "month"),
        ("Last winter, in February, the recruiters came.", "2024-02", "month"),
    ],
)
def test_the_winter_before_last_and_just_after_new_year(text, value, precision):
    [found] = date_mentions(text, date(2024, 10, 8))
    assert (found.value, found.detail) == (value, precision)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("По словам Максима, в конце прошлого месяца его вызвали в оперативный отдел.", "2024-01"),
        ("В начале прошлого месяца вербовщики приехали снова.", "2024-01"),
        ("At the end of last month recruiters came again.", "2024-01"),
        ("Earlier this month police raided the hostel.", "2024-02"),
        ("В начале этого месяца полиция провела рейд.", "2024-02"),
    ],
)
def test_a_part_of_last_or_this_month(text, value):
    [found] = date_mentions(text, date(2024, 2, 20))
    assert (found.value, found.detail) == (value, "month")


@pytest.mark.parametrize(
    "text",
    ["Earlier this week police raided the hostel.", "На этой неделе пришёл продлевать патент."],
)
def test_this_week_is_the_months_date(text):
    [found] = date_mentions(text, date(2025, 3, 15))
    assert (found.value, found.detail) == ("2025-03", "month")


def test_the_past_weekday_without_a_preposition():
    [found] = date_mentions(
        "Мы восстановили, как прошёл минувший четверг в центре.", date(2024, 2, 19)
    )
    assert (found.value, found.detail) == ("2024-02-15", "day")


@pytest.mark.parametrize("part", ["середины", "конца", "начала"])
def test_from_a_part_of_a_month(part):
    [found] = date_mentions(f"С {part} января ему перестали выдавать таблетки.", date(2025, 2, 12))
    assert (found.value, found.detail) == ("2025-01", "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day of the saying, before its verb, is no date of what was said …
        ("The fictional prison service on Wednesday denied the report.", []),
        ("Вымышленный адвокат 3 июня сообщил, что его подзащитного избили.", []),
        # … but a date the telling only interrupts is the event's.
        ("В августе, рассказала вымышленный адвокат, к нему приходил оперативник.", ["2022-08"]),
    ],
)
def test_the_day_a_thing_was_said_is_no_date_of_what_was_said(text, expected):
    assert [m.value for m in date_mentions(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at the end of last year the recruiters came", "2022-12"),
        ("late last year the recruiters came", "2022-12"),
        ("in early 2022 the recruiters came", "2022-01"),
        ("вербовщики приезжали в конце прошлого года", "2022-12"),
        ("в начале 2022 года вербовщики приезжали", "2022-01"),
    ],
)
def test_a_years_end_or_start_is_its_last_or_first_month(text, value):
    assert [(m.value, m.detail) for m in date_mentions(text, PUBLISHED)] == [(value, "month")]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # New Year's Eve and the days before it are December; the days after it January.
        ("Перед Новым годом его закрыли в ШИЗО.", date(2025, 5, 8), "2024-12"),
        ("На Новый год он позвонил мне.", date(2025, 5, 8), "2024-12"),
        ("He called on New Year's Eve.", date(2025, 5, 8), "2024-12"),
        ("После Нового года вербовщики вернулись.", date(2025, 5, 8), "2025-01"),
        ("during the New Year holidays", date(2025, 5, 8), "2025-01"),
        ("на новогодних каникулах его вызвали", date(2025, 5, 8), "2025-01"),
        # Orthodox Easter: 20 April 2025, 5 May 2024.
        ("А после Пасхи его опять вызвали.", date(2025, 5, 8), "2025-04"),
        ("After Easter the officers came back.", date(2024, 5, 20), "2024-05"),
        ("After Easter the officers came back.", date(2024, 5, 1), "2023-04"),
        ("после майских вербовщики приедут снова", date(2025, 5, 8), "2025-05"),
        ("после майских праздников", date(2025, 3, 1), "2024-05"),
    ],
)
def test_holidays_date_the_month_of_the_latest_one(text, published, value):
    [mention] = date_mentions(text, published)
    assert (mention.value, mention.detail) == (value, "month")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1900, max_value=2099))
def test_orthodox_easter_is_a_spring_sunday(year):
    from recruitwatch.extraction.stages.dates import _orthodox_easter

    easter = _orthodox_easter(year)
    assert easter.weekday() == 6
    assert date(year, 4, 4) <= easter <= date(year, 5, 8)


@pytest.mark.parametrize(
    "text",
    [
        "“The ones who refused, you are this week’s plan,” he said.",
        "It was last week's list.",
    ],
)
def test_a_weeks_possessive_is_no_date(text):
    assert date_mentions(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("В сентябре вербовщики пришли в больницу. 15-го числа увезли двенадцать.", "2022-09-15"),
        ("В конце прошлого месяца его задержали, а 15 числа он подписал контракт.", "2023-01-15"),
        ("In September the recruiters came. On the 15th, six men were taken.", "2022-09-15"),
        # "before the New Year" bounds what it tells; the month told is the day's before it.
        (
            "I write on 5 February. Before the New Year my mother sent me your address. On the "
            "2nd, straight after the holiday, they came.",
            "2023-02-02",
        ),
    ],
)
def test_a_day_of_the_month_told_before_is_that_months_day(text, value):
    found = date_mentions(text, PUBLISHED)
    assert (found[-1].value, found[-1].detail) == (value, "day")


def test_a_day_of_the_month_with_no_month_before_it_dates_nothing():
    assert date_mentions("15-го числа их увезли.", PUBLISHED) == []


def test_a_dated_letters_relative_days_count_back_from_the_letter():
    """Fictional letters: «Вчера» in the letter of 2 February is the 1st; a letter that tells
    no day of its own is dated by its day ("The letter of 22 June 2022"), and outside the
    letter's paragraph "yesterday" counts back from publication again."""
    text = (
        "В письме от 2 февраля он писал: «Вчера нас собрали в клубе».\n\n"
        "The letter of 22 June 2022 is short: they put Rinat in the punishment cell.\n\n"
        "Yesterday his mother wrote to the prosecutor."
    )
    found = [m.value for m in date_mentions(text, PUBLISHED)]
    assert found == ["2023-02-01", "2022-06-22", "2023-02-15"]


@pytest.mark.parametrize(
    "text",
    [
        "“Whoever does not sign today goes to the SHIZO tonight,” he wrote of that day.",
        "He was told that if he did not sign, tonight he would be in the cell.",
        "«Кто не подпишет, сегодня же ночью поедет в ШИЗО», — написал он.",
    ],
)
def test_a_threats_deadline_is_not_the_reports_day(text):
    """Fictional threats retold: "today" and "tonight" in a condition are the day of the
    threat, which the report tells elsewhere, not the day of publication."""
    assert [m.value for m in date_mentions(text, PUBLISHED)] == []


def test_today_outside_a_condition_is_still_the_reports_day():
    [mention] = date_mentions("Police raided the hostel tonight.", PUBLISHED)
    assert mention.value == "2023-02-16"


def test_a_letter_under_a_dated_heading_counts_its_yesterday_from_its_own_day():
    """Fictional letters quoted under headings: «Вчера» in the first is the day before its
    heading's date, until the quotation closes; the report's own «вчера» after it is not."""
    text = (
        "Вымышленная Гульнора хранит письма мужа.\n\n"
        "Письмо первое. СИЗО-1 Махачкалы, 28 декабря 2022 года\n\n"
        "«Гуля, здравствуй. Вчера к нам в камеру пришёл опер.\n\n"
        "Подписали двое».\n\n"
        "Письмо второе. ИК-2, 14 февраля 2023 года\n\n"
        "«Позавчера нас вывели на плац».\n\n"
        "Вчера к Гульноре снова пришли из полиции."
    )
    found = [(m.text, m.value) for m in date_mentions(text, date(2023, 4, 10))]
    relative = [value for text_, value in found if "вчера" in text_.lower()]
    assert relative == ["2022-12-27", "2023-02-12", "2023-04-09"]


def test_a_bare_month_takes_the_year_of_its_sections_heading():
    """Fictional long read in sections: «В июле» under «Июль 2023-го: …» is July 2023, not the
    last July before publication; with no heading, the last July is kept."""
    headed = (
        "Вступление о вымышленной колонии.\n\n"
        "Июль 2023-го: «вернём за забор»\n\n"
        "Тогда в колонию приехали представители Минобороны.\n\n"
        "«В июле нас собрали в столовой», — рассказывает вымышленный Алексей."
    )
    plain = "«В июле нас собрали в столовой», — рассказывает вымышленный Алексей."
    published = date(2024, 10, 7)
    assert [m.value for m in date_mentions(headed, published)] == ["2023-07"]
    assert [m.value for m in date_mentions(plain, published)] == ["2024-07"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a state that lasted until a month, told in the past: behind
        (
            "The fictional nurse, who worked at Institution No. 4, a prison hospital, until "
            "December, saw the list.",
            "2024-12",
        ),
        ("Вымышленная медсестра работала там до декабря.", "2024-12"),
        # still ahead
        ("The raids will continue until December.", "2025-12"),
        ("He was told he would stay until December.", "2025-12"),
    ],
)
def test_until_a_month_told_in_the_past_is_behind(text, value):
    assert [m.value for m in date_mentions(text, date(2025, 2, 11))] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a bare month after a month with its year, later in that year: of that year
        (
            "In March 2024 the fictional Jasur was arrested in Moscow.\n\n"
            "In May, he says, the investigator came to see him with a form.",
            ["2024-03", "2024-05"],
        ),
        # a year alone sets nothing
        (
            "In 2018 the fictional Anuar travelled to Russia.\n\n"
            "At the end of January he told his father about the group.",
            ["2018", "2025-01"],
        ),
        # nor does an approximate one
        (
            "Since early 2023 the ministry has recruited in prisons.\n\n"
            "In October three clients were told of additional charges.",
            ["2024-10"],
        ),
    ],
)
def test_a_bare_month_after_a_month_with_its_year(text, values):
    found = [m.value for m in date_mentions(text, date(2025, 9, 23))]
    assert found[-len(values) :] == values


_SPANS = st.lists(
    st.tuples(st.integers(0, 300), st.integers(1, 40)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=30,
)


@given(_SPANS, st.tuples(st.integers(0, 340), st.integers(1, 40)))
def test_spans_overlap_check_agrees_with_a_walk_over_every_span(spans, probe):
    """The bisection that keeps a line of 40,000 dates linear gives the answer a plain walk
    over every span taken would give."""
    from recruitwatch.extraction.stages.dates import _Spans

    taken = _Spans()
    for start, end in spans:
        taken.add(start, end)
    start, end = probe[0], probe[0] + probe[1]
    assert taken.free(start, end) == all(end <= s or start >= e for s, e in spans)


@given(
    st.sets(st.integers(1, 400), max_size=30),
    st.integers(0, 400),
    st.integers(0, 50),
)
def test_last_mention_ending_within_agrees_with_a_walk(ends, high, width):
    from recruitwatch.extraction.stages.dates import _Ends
    from recruitwatch.extraction.types import Mention

    mentions = [Mention(end - 1, end, "x", "date", str(end), "day") for end in sorted(ends)]
    index = _Ends(mentions[: len(mentions) // 2])
    for mention in mentions[len(mentions) // 2 :]:
        index.add(mention)
    within = [m for m in mentions if high - width <= m.end <= high]
    expected = max(within, key=lambda m: m.end) if within else None
    assert index.last_within(high - width, high) == expected


def test_a_line_of_many_dates_reads_each_as_before():
    """Many dates on one line with no paragraph breaks (as a scraped page may come): every
    sentence keeps its reading, however many came before it."""
    sentence = "On Tuesday police came. In May he was taken. On the 5th he wrote. "
    found = date_mentions(sentence * 300, PUBLISHED)
    once = {(m.text, m.value) for m in date_mentions(sentence, PUBLISHED)}
    assert {(m.text, m.value) for m in found} == once
    assert len(found) == 3 * 300


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A Friday's report: "last Friday" is the week before, "on Friday" is today.
        ("В минувшую пятницу полиция снова приехала на овощную базу.", "2026-01-16"),
        ("Police came to the fictional depot last Friday.", "2026-01-16"),
        ("Police came to the fictional depot on Friday.", "2026-01-23"),
        # The night that ends on Monday is dated by the Monday.
        ("Рабочих задержали в ночь на понедельник.", "2026-01-19"),
    ],
)
def test_last_weekday_in_a_report_of_that_weekday_is_a_week_before(text, value):
    [mention] = date_mentions(text, date(2026, 1, 23))
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last October, his family says, police raided the fictional hostel.", "2024-10"),
        ("Police came to the fictional hostel last May.", "2024-05"),
        ("The fictional recruiters will come this October.", "2025-10"),
        # The content's own verb after the teller's: the date is the detention's.
        ("His uncle says his nephew was detained in January in Balashikha.", "2025-01"),
    ],
)
def test_last_or_this_month_and_a_date_after_the_contents_verb(text, value):
    [mention] = date_mentions(text, date(2025, 5, 20))
    assert mention.value == value


def test_a_date_after_as_she_told_it_is_the_contents():
    """«Как рассказала сестра, в последних числах ноября …»: the content's date, not the
    day she told it; «рассказала 2 декабря» is still the telling's."""
    found = date_mentions(
        "Как рассказала его сестра, в последних числах ноября в колонию приехали вербовщики.",
        date(2024, 1, 16),
    )
    assert [m.value for m in found] == ["2023-11"]
    assert date_mentions("Сестра рассказала 2 декабря, что его увезли.", date(2024, 1, 16)) == []


def test_today_ending_an_outlets_name_is_no_day():
    """The fictional "Zarafshon Today" names a site; "Today the men were taken" is a day."""
    text = "The man, whom Zarafshon Today calls Dilshod, signed."
    assert date_mentions(text, date(2023, 11, 3)) == []
    [found] = date_mentions("Told so. Today the men were taken away.", date(2023, 11, 3))
    assert found.value == "2023-11-03"


def test_a_day_takes_the_year_its_month_was_written_with_earlier_in_the_paragraph():
    """Fictional ombudsman's report of 2026: «в марте 2025 г. … подписал контракт 28 марта» is
    28 March 2025; a paragraph that named another month's year leaves the day alone."""
    text = "В марте 2025 г. начальник отряда предупредил его. К. подписал контракт 28 марта."
    assert [m.value for m in date_mentions(text, date(2026, 4, 10))] == ["2025-03", "2025-03-28"]
    other = "Работал там с 2021 года. К. подписал контракт 28 марта."
    assert [m.value for m in date_mentions(other, date(2026, 4, 10))][-1] == "2026-03-28"


def test_the_day_a_paper_was_registered_or_filed_dates_no_event():
    """Fictional appeal: "registered on 3 March", «зарегистрирована 2 февраля» date the paper."""
    assert date_mentions("The appeal, registered on 3 March, was filed.", date(2025, 4, 1)) == []
    assert date_mentions("Жалоба зарегистрирована 2 февраля 2026 г.", date(2026, 4, 1)) == []


def test_the_day_a_defendant_told_the_court_is_the_hearings():
    """Fictional trial reports: the hearing's day dates no event; a parenthesis does not make
    the event's own day the hearing's."""
    published = date(2025, 10, 8)
    assert (
        date_mentions("Во вторник подсудимый рассказал суду, как его задержали.", published) == []
    )
    assert (
        date_mentions("On Tuesday the defendant told the court how he was held.", published) == []
    )
    [night] = date_mentions(
        "On the night of 14 March, he told the court, two officers came.", published
    )
    assert night.value == "2025-03-14"
