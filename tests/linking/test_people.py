"""Named victims become people at ingest, and people named alike across scripts are proposed
as one for a reviewer (issue 7, points 2 and 6). All reports and names are fictional."""

from __future__ import annotations

import pytest

from recruitwatch.access import roles
from recruitwatch.linking.models import PersonKey, SuggestionState
from recruitwatch.linking.services.merges import person_merge
from recruitwatch.linking.services.people import person_suggestions_propose
from recruitwatch.linking.services.review import suggestion_reject
from recruitwatch.linking.services.suggestions import suggestion_find, suggestions_open
from recruitwatch.records.models import Involvement, Person
from recruitwatch.records.services.people import person_create
from tests.linking.fixtures import DISCLAIMER, ingest_text, user_with_role

pytestmark = pytest.mark.django_db

RU_DISCLAIMER = "Вымышленный материал для проверки RecruitWatch; все люди и события выдуманы."


def _english(name: str, colony: str = "IK-4", region: str = "the Tver region") -> str:
    return (
        f"date 2023-05-10 Prisoner says he was forced to sign a contract at {colony}\n\n"
        f"{DISCLAIMER}\n\n"
        f"{name}, a prisoner at penal colony {colony} in {region}, was beaten by guards in "
        "April and forced to sign a contract with the Wagner Group, his mother told the "
        "Lakeside Courier.\n"
    )


RUSSIAN = (
    "date 2023-05-12 Заключенного ИК-4 заставили подписать контракт\n\n"
    f"{RU_DISCLAIMER}\n\n"
    "Фарход Тожиев, заключенный ИК-4 в Тверской области, в апреле был избит сотрудниками "
    "колонии и подписал контракт с ЧВК «Вагнер» под угрозой новых уголовных дел, рассказала "
    "его мать изданию «Озёрный вестник».\n"
)


def _victim_of(document) -> Person:
    involvements = Involvement.objects.filter(
        role="victim", incident__claims__document=document
    ).distinct()
    (involvement,) = involvements
    return involvement.person


def test_a_named_victim_becomes_a_person_involved_in_the_incident(tmp_path):
    document = ingest_text(tmp_path, "en.txt", _english("Farkhod Tojiev"))
    person = _victim_of(document)
    assert person.name == "Farkhod Tojiev"
    assert not person.name_is_pseudonym
    assert person.status == "prisoner"
    involvement = person.involvements.get()
    assert involvement.incident.facility.canonical_name == "IK-4"
    assert involvement.incident.facility.region == "RU-TVE"
    assert involvement.claims.count() >= 1
    # Keys are stored keyed: neither the name nor a readable piece of it.
    keys = list(PersonKey.objects.filter(person=person).values_list("key", flat=True))
    assert keys
    assert all(len(key) == 16 and "toj" not in key.lower() for key in keys)


def test_the_same_prisoner_in_russian_and_english_is_proposed_as_one_person(tmp_path):
    english = _victim_of(ingest_text(tmp_path, "en.txt", _english("Farkhod Tojiev")))
    russian = _victim_of(ingest_text(tmp_path, "ru.txt", RUSSIAN))
    assert english.pk != russian.pk  # nothing merged without a reviewer
    suggestion = suggestion_find(kind="person", first=english.identifier, second=russian.identifier)
    assert suggestion is not None
    assert suggestion.state == SuggestionState.OPEN
    assert suggestion.score >= 0.8
    assert any("Тожиев" in reason and "Tojiev" in reason for reason in suggestion.reasons)


def test_two_men_named_alike_in_different_colonies_are_not_proposed(tmp_path):
    first = _victim_of(ingest_text(tmp_path, "a.txt", _english("Rustam Karimov")))
    second = _victim_of(
        ingest_text(tmp_path, "b.txt", _english("Rustam Karimov", colony="IK-2", region="Mordovia"))
    )
    assert first.pk != second.pk
    assert suggestion_find(kind="person", first=first.identifier, second=second.identifier) is None


def test_a_rejected_person_pair_is_not_proposed_again_when_a_third_report_arrives(tmp_path):
    english = _victim_of(ingest_text(tmp_path, "en.txt", _english("Farkhod Tojiev")))
    russian = _victim_of(ingest_text(tmp_path, "ru.txt", RUSSIAN))
    suggestion = suggestion_find(kind="person", first=english.identifier, second=russian.identifier)
    reviewer = user_with_role("fictional-editor", roles.EDITOR)
    suggestion_reject(suggestion=suggestion, user=reviewer, reason="different birth years")

    third = _victim_of(ingest_text(tmp_path, "c.txt", _english("Farhod Tadjiyev")))
    person_suggestions_propose(person=english)  # asked again: the decision stands
    decided = suggestion_find(kind="person", first=english.identifier, second=russian.identifier)
    assert decided.state == SuggestionState.REJECTED
    opened = {(s.left, s.right) for s in suggestions_open(kind="person")}
    assert (english.identifier, russian.identifier) not in opened
    assert any(third.identifier in pair for pair in opened)


def test_a_pseudonymous_person_is_never_linked_by_name():
    first = person_create(name="Oleg", name_is_pseudonym=True)
    second = person_create(name="Oleg", name_is_pseudonym=True)
    third = person_create(name="Oleg Petrov")
    assert person_suggestions_propose(person=first) == []
    assert person_suggestions_propose(person=second) == []
    person_suggestions_propose(person=third)
    assert not PersonKey.objects.filter(person__in=[first, second]).exists()
    assert suggestions_open(kind="person") == []


def test_after_a_merge_the_absorbed_person_is_no_longer_a_candidate():
    kept = person_create(name="Farkhod Tojiev")
    absorbed = person_create(name="Фарход Тожиев")
    person_suggestions_propose(person=kept)
    person_suggestions_propose(person=absorbed)
    reviewer = user_with_role("fictional-editor", roles.EDITOR)
    person_merge(first=kept.identifier, second=absorbed.identifier, actor=reviewer)
    assert not PersonKey.objects.filter(person=absorbed).exists()

    newcomer = person_create(name="Farhod Tojiyev")
    proposed = person_suggestions_propose(person=newcomer)
    assert {s.left for s in proposed} | {s.right for s in proposed} == {
        newcomer.identifier,
        kept.identifier,
    }
