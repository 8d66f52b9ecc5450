"""Manual entry of an incident with its people, and the warning before a person is created
twice (issue 5, point 3).

Every person, facility and event here is fictional, invented for these tests: the two
Rustam Karimovs are namesakes in different colonies, as real registers are full of.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import NoReverseMatch, reverse

from recruitwatch.access import roles
from recruitwatch.ingest.intake import (
    IncidentEntry,
    IntakeError,
    NewFacility,
    PersonEntry,
    incident_enter,
)
from recruitwatch.ingest.intake_selectors import person_candidates
from recruitwatch.linking.models import LinkSuggestion, PersonKey
from recruitwatch.records.models import Facility, Incident, Involvement, Organization, Person
from recruitwatch.records.services.identifiers import record_create
from tests.linking.fixtures import user_with_role
from tests.web.helpers import sign_in

pytestmark = pytest.mark.django_db

NAMESAKE = "Rustam Karimov"  # fictional


@pytest.fixture
def editor():
    return user_with_role("entry_editor", roles.EDITOR)


def _entry(**changes) -> IncidentEntry:
    fields = {
        "summary": "Fictional: prisoners told to sign contracts or lose parole.",
        "modality": "occurred",
        "coercion": ("forced_signing",),
        "date_start": date(2023, 4, 17),
        "date_precision": "month",
    }
    fields.update(changes)
    return IncidentEntry(**fields)


def _namesakes(editor) -> tuple[Person, Person]:
    """Two fictional Rustam Karimovs, at IK-6 of Vladimir and IK-2 of Tver."""
    first = incident_enter(
        entry=_entry(new_facility=NewFacility("penal_colony", 6), region="RU-VLA"),
        people=[PersonEntry(role="victim", name=NAMESAKE, person_status="prisoner")],
        user=editor,
    )
    second = incident_enter(
        entry=_entry(
            new_facility=NewFacility("penal_colony", 2),
            region="RU-TVE",
            date_start=date(2022, 11, 2),
            date_precision="day",
        ),
        people=[PersonEntry(role="victim", name=NAMESAKE, person_status="prisoner")],
        user=editor,
    )
    return first.involvements.get().person, second.involvements.get().person


def test_incident_enter_creates_incident_involvements_and_people(editor):
    wagner = record_create(Organization, name="Fictional PMC", kind="armed_group")
    incident = incident_enter(
        entry=_entry(
            new_facility=NewFacility("penal_colony", 6),
            region="RU-VLA",
            perpetrator_labels=("colony administration",),
            perpetrator_organizations=(wagner,),
        ),
        people=[
            PersonEntry(role="victim", name=NAMESAKE, person_status="prisoner"),
            PersonEntry(role="recruiter", name="Oleg", name_is_pseudonym=True),
        ],
        user=editor,
    )
    incident = Incident.objects.get(pk=incident.pk)
    assert incident.review_state == "proposed"
    assert incident.created_by == editor
    assert (incident.date_start, incident.date_precision) == (date(2023, 4, 1), "month")
    assert incident.facility.canonical_name == "IK-6"
    assert (incident.region, incident.country) == ("RU-VLA", "RU")
    assert incident.perpetrator_labels == ["colony administration"]
    assert list(incident.perpetrator_organizations.all()) == [wagner]
    assert (incident.victim_count_low, incident.victim_status) == (1, "prisoner")
    involvements = {i.role: i for i in Involvement.objects.filter(incident=incident)}
    assert set(involvements) == {"victim", "recruiter"}
    victim = involvements["victim"].person
    assert (victim.name, victim.status) == (NAMESAKE, "prisoner")
    assert involvements["victim"].date_start == date(2023, 4, 1)
    assert involvements["recruiter"].person.name_is_pseudonym
    # Keys for the named victim (found by the next entry), none for the pseudonym.
    assert PersonKey.objects.filter(person=victim).exists()
    assert not PersonKey.objects.filter(person=involvements["recruiter"].person).exists()


def test_incident_enter_reuses_a_recorded_facility_of_the_same_number_and_region(editor):
    first = incident_enter(
        entry=_entry(new_facility=NewFacility("penal_colony", 6), region="RU-VLA"),
        people=[],
        user=editor,
    )
    second = incident_enter(
        entry=_entry(new_facility=NewFacility("penal_colony", 6), region="RU-VLA"),
        people=[],
        user=editor,
    )
    assert first.facility_id == second.facility_id
    assert Facility.objects.count() == 1


def test_incident_enter_links_the_person_chosen_instead_of_creating_one(editor):
    at_ik6, _ = _namesakes(editor)
    people_before = Person.objects.count()
    incident = incident_enter(
        entry=_entry(facility=at_ik6.involvements.get().incident.facility),
        people=[PersonEntry(role="victim", existing=at_ik6, status_after="deployed")],
        user=editor,
    )
    assert Person.objects.count() == people_before
    involvement = Involvement.objects.get(incident=incident)
    assert (involvement.person, involvement.status_after) == (at_ik6, "deployed")
    assert incident.region == "RU-VLA"  # from the facility


def test_incident_enter_new_namesake_at_the_same_colony_is_suggested_as_the_same_person(editor):
    at_ik6, at_ik2 = _namesakes(editor)
    incident = incident_enter(
        entry=_entry(new_facility=NewFacility("penal_colony", 6), region="RU-VLA"),
        people=[PersonEntry(role="victim", name=NAMESAKE)],
        user=editor,
    )
    new = incident.involvements.get().person
    paired = {(s.left, s.right) for s in LinkSuggestion.objects.filter(kind="person", state="open")}
    assert tuple(sorted((new.identifier, at_ik6.identifier))) in paired
    assert tuple(sorted((new.identifier, at_ik2.identifier))) not in paired


def test_incident_enter_refuses_inconsistent_entries_and_stores_nothing(editor):
    facility = incident_enter(
        entry=_entry(new_facility=NewFacility("penal_colony", 6), region="RU-VLA"),
        people=[],
        user=editor,
    ).facility
    before = Incident.objects.count()
    with pytest.raises(IntakeError):
        incident_enter(entry=_entry(facility=facility, region="RU-TVE"), people=[], user=editor)
    with pytest.raises(IntakeError):
        incident_enter(
            entry=_entry(new_facility=NewFacility("penal_colony", 3)), people=[], user=editor
        )
    with pytest.raises(PermissionDenied):
        incident_enter(entry=_entry(), people=[], user=user_with_role("entry_viewer", roles.VIEWER))
    assert Incident.objects.count() == before


def test_incident_enter_refuses_the_same_recorded_person_twice_in_one_role(editor):
    at_ik6, _ = _namesakes(editor)
    before = Incident.objects.count()
    with pytest.raises(IntakeError):
        incident_enter(
            entry=_entry(), people=[PersonEntry(role="victim", existing=at_ik6)] * 2, user=editor
        )
    assert Incident.objects.count() == before


def test_person_candidates_tells_namesakes_apart_by_facility_region_and_dates(editor):
    at_ik6, at_ik2 = _namesakes(editor)
    found = person_candidates(name=NAMESAKE, user=editor)
    assert [c.identifier for c in found] == sorted([at_ik6.identifier, at_ik2.identifier])
    by_identifier = {c.identifier: c for c in found}
    assert by_identifier[at_ik6.identifier].facilities == ["IK-6"]
    assert by_identifier[at_ik6.identifier].regions == ["RU-VLA"]
    assert by_identifier[at_ik6.identifier].involvements[0].when == "2023-04"
    assert by_identifier[at_ik2.identifier].facilities == ["IK-2"]
    assert by_identifier[at_ik2.identifier].involvements[0].when == "2022-11-02"
    # An editor does not see real names: the pseudonym (here the identifier) is shown.
    assert NAMESAKE not in {c.display_name for c in found}


def test_person_candidates_ranks_the_namesake_at_the_same_colony_first(editor):
    at_ik6, at_ik2 = _namesakes(editor)
    facility = at_ik2.involvements.get().incident.facility
    found = person_candidates(name="R. Karimov", user=editor, facility=facility)
    assert [c.identifier for c in found] == [at_ik2.identifier, at_ik6.identifier]
    assert found[0].score > 0
    assert not found[0].conflict
    # The resolver names the first difference it checks (region, then facility).
    assert found[1].conflict == "different regions"
    assert found[1].conflict_label == "different region"


def test_person_candidates_ignores_other_first_names_and_needs_the_permission(editor):
    _namesakes(editor)
    assert person_candidates(name="Bakhtiyor Karimov", user=editor) == []
    with pytest.raises(PermissionDenied):
        person_candidates(name=NAMESAKE, user=user_with_role("entry_report", roles.REPORT_VIEWER))


# --- The page ---


def _post(**changes) -> dict[str, str]:
    data = {
        "summary": "Fictional: prisoners told to sign contracts.",
        "modality": "occurred",
        "coercion": ["forced_signing"],
        "date_start": "2023-04-17",
        "date_precision": "month",
        "date_end": "",
        "facility": "",
        "new_facility_type": "penal_colony",
        "new_facility_number": "6",
        "new_facility_name": "",
        "region": "RU-VLA",
        "perpetrator_labels": "colony administration",
        "people-TOTAL_FORMS": "2",
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "0",
        "people-MAX_NUM_FORMS": "30",
        "people-0-name": NAMESAKE,
        "people-0-role": "victim",
        "people-0-person_status": "prisoner",
        "people-0-status_after": "recruited",
        "people-0-choice": "",
        # A blank row, as the browser sends it: its selects at their first choices.
        "people-1-name": "",
        "people-1-role": "victim",
        "people-1-person_status": "prisoner",
        "people-1-status_after": "unknown",
        "people-1-choice": "",
    }
    data.update(changes)
    return data


def test_incident_new_page_warns_with_both_namesakes_and_stores_nothing(client, editor):
    at_ik6, at_ik2 = _namesakes(editor)
    incidents_before = Incident.objects.count()
    sign_in(client, editor)
    response = client.post(reverse("incident_new"), _post())
    assert response.status_code == 200
    page = response.content.decode()
    assert "Probably on record already" in page
    for person, facility in ((at_ik6, "IK-6"), (at_ik2, "IK-2")):
        assert f'value="{person.identifier}"' in page
        assert f"Use {person.identifier}" in page
        assert f"{facility}</td>" in page
    assert "IK-2" in page
    assert "RU-TVE" in page
    assert "2022-11-02" in page
    assert 'name="people-0-choice" value="new"' in page
    assert Incident.objects.count() == incidents_before


def test_incident_new_page_choosing_use_existing_links_that_person(client, editor):
    _, at_ik2 = _namesakes(editor)
    people_before = Person.objects.count()
    sign_in(client, editor)
    response = client.post(reverse("incident_new"), _post(**{"people-0-choice": at_ik2.identifier}))
    assert response.status_code == 302
    incident = Incident.objects.latest("pk")
    involvement = Involvement.objects.get(incident=incident)
    assert (involvement.person, involvement.status_after) == (at_ik2, "recruited")
    assert Person.objects.count() == people_before
    try:
        expected = reverse("review_incident", args=[incident.identifier])
    except NoReverseMatch:
        expected = response["Location"]
    assert response["Location"] == expected


def test_incident_new_page_choosing_new_creates_a_person(client, editor):
    _namesakes(editor)
    people_before = Person.objects.count()
    sign_in(client, editor)
    response = client.post(reverse("incident_new"), _post(**{"people-0-choice": "new"}))
    assert response.status_code == 302
    incident = Incident.objects.latest("pk")
    person = Involvement.objects.get(incident=incident).person
    assert Person.objects.count() == people_before + 1
    assert person.name == NAMESAKE
    assert incident.facility.canonical_name == "IK-6"
    assert incident.perpetrator_labels == ["colony administration"]


def test_incident_new_page_without_namesakes_saves_in_one_step(client, editor):
    sign_in(client, editor)
    response = client.post(reverse("incident_new"), _post())
    assert response.status_code == 302
    assert Person.objects.get().name == NAMESAKE


def test_incident_new_page_check_button_lists_candidates_without_saving(client, editor):
    at_ik6, _ = _namesakes(editor)
    before = Incident.objects.count()
    sign_in(client, editor)
    response = client.post(
        reverse("incident_new"), _post(action="check", **{"people-0-choice": "new"})
    )
    assert response.status_code == 200
    assert at_ik6.identifier in response.content.decode()
    assert Incident.objects.count() == before


def test_incident_new_page_a_chosen_person_outside_the_list_is_refused(client, editor):
    sign_in(client, editor)
    response = client.post(reverse("incident_new"), _post(**{"people-0-choice": "PER-9999"}))
    assert response.status_code == 200
    assert "That person cannot be found" in response.content.decode()
    assert not Incident.objects.exists()


def test_incident_new_page_shows_errors_on_bad_input(client, editor):
    sign_in(client, editor)
    response = client.post(
        reverse("incident_new"),
        _post(summary="", date_start="", region="", **{"people-0-choice": "PER-x"}),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Give the date, or set the precision to unknown." in page
    assert "A numbered facility needs its region" in page
    assert "Choose a person from the list or a new person." in page
    assert not Incident.objects.exists()


def test_incident_new_page_add_a_row_keeps_what_was_typed(client, editor):
    sign_in(client, editor)
    response = client.post(reverse("incident_new"), _post(action="more"))
    page = response.content.decode()
    assert 'name="people-TOTAL_FORMS" value="3"' in page
    assert 'name="people-2-name"' in page
    assert f'value="{NAMESAKE}"' in page
    assert not Incident.objects.exists()


def test_person_candidates_fragment_lists_the_row_candidates(client, editor):
    at_ik6, at_ik2 = _namesakes(editor)
    sign_in(client, editor)
    response = client.post(reverse("intake_person_candidates"), {"prefix": "people-0", **_post()})
    assert response.status_code == 200
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert at_ik6.identifier in fragment
    assert at_ik2.identifier in fragment
    assert 'name="people-0-choice"' in fragment
    bad = client.post(reverse("intake_person_candidates"), {"prefix": "evil", **_post()})
    assert bad.status_code == 400


def test_incident_new_pages_need_the_add_incident_permission(client, editor):
    sign_in(client, editor)
    assert client.get(reverse("incident_new")).status_code == 200
    reviewer = user_with_role("entry_reviewer_page", roles.REVIEWER)
    sign_in(client, reviewer)
    assert client.get(reverse("incident_new")).status_code == 403
    assert client.post(reverse("incident_new"), _post()).status_code == 403
    assert client.post(reverse("intake_person_candidates"), _post()).status_code == 403
    assert not Incident.objects.exists()


def test_incident_enter_makes_the_incident_findable_by_search(editor):
    from recruitwatch.search.selectors import search_incidents

    incident = incident_enter(
        entry=_entry(new_facility=NewFacility("penal_colony", 6), region="RU-VLA"),
        people=[PersonEntry(role="victim", name=NAMESAKE)],
        user=editor,
    )
    found, _facets = search_incidents(user=editor, query="parole")
    assert incident in found
    found, _facets = search_incidents(user=editor, query="IK-6")
    assert incident in found
