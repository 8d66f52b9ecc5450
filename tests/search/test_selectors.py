"""Search selectors: filters, facets, restriction and identity. Records are fictional (the
access world is tests/access/helpers.py's)."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied

from recruitwatch.access import roles
from recruitwatch.search import candidates
from recruitwatch.search.errors import FilterInvalid
from recruitwatch.search.facets import IncidentFilters
from recruitwatch.search.selectors import (
    search_all,
    search_documents,
    search_incidents,
    search_people,
)
from recruitwatch.search.services import search_reindex
from tests.access.helpers import (
    OPEN_PERSON_NAME,
    OPEN_PERSON_PSEUDONYM,
    RESTRICTED_PERSON_PSEUDONYM,
    user_with_role,
    world_build,
)
from tests.search.helpers import facility_add, incident_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return user_with_role("search-editor", roles.EDITOR)


@pytest.fixture
def three(editor):
    """Three fictional incidents: two in Vladimir (one at IK-6), one in Rostov."""
    ik6 = facility_add("IK-6", region="RU-VLA")
    return [
        incident_add(
            "Fictional: colony prisoners threatened.",
            facility=ik6,
            region="RU-VLA",
            coercion=["threat_of_prosecution", "physical_force"],
            victim_nationalities=["UZ"],
            victim_status="prisoner",
            date_start=date(2023, 3, 1),
        ),
        incident_add(
            "Fictional: colony prisoners deceived.",
            region="RU-VLA",
            coercion=["deception"],
            review_state="accepted",
            date_start=date(2023, 7, 1),
            date_end=date(2023, 9, 30),
        ),
        incident_add(
            "Fictional: migrants stopped at a market, taken to the colony office.",
            region="RU-ROS",
            coercion=["physical_force"],
            victim_nationalities=["TJ", "UZ"],
            victim_status="migrant",
        ),
    ]


def _counts(facets, name):
    return {value.value: value.count for value in facets.groups[name]}


def test_facets_count_every_value_and_ignore_their_own_filter(editor, three):
    incidents, facets = search_incidents(user=editor, query="colony", filters={})
    assert set(incidents) == set(three)
    assert _counts(facets, "region") == {"RU-VLA": 2, "RU-ROS": 1}
    assert _counts(facets, "coercion") == {
        "threat_of_prosecution": 1,
        "physical_force": 2,
        "deception": 1,
    }
    assert _counts(facets, "nationality") == {"UZ": 2, "TJ": 1}
    assert _counts(facets, "review_state") == {"proposed": 2, "accepted": 1}
    assert _counts(facets, "facility") == {three[0].facility.identifier: 1}

    incidents, facets = search_incidents(user=editor, query="colony", filters={"region": "ru-vla"})
    assert set(incidents) == set(three[:2])
    assert _counts(facets, "region") == {"RU-VLA": 2, "RU-ROS": 1}  # still offers Rostov
    assert [v.value for v in facets.groups["region"] if v.selected] == ["RU-VLA"]
    assert _counts(facets, "coercion") == {
        "threat_of_prosecution": 1,
        "physical_force": 1,
        "deception": 1,
    }


def test_filters_without_a_query_give_a_filtered_list(editor, three):
    def found(**filters):
        return set(search_incidents(user=editor, filters=filters)[0])

    assert found() == set(three)
    assert found(coercion="physical_force") == {three[0], three[2]}
    assert found(coercion="physical_force", nationality="TJ") == {three[2]}
    assert found(victim_status="migrant") == {three[2]}
    assert found(review_state="accepted") == {three[1]}
    assert found(facility=three[0].facility.identifier) == {three[0]}
    assert found(date_from="2023-08-01") == {three[1]}  # July–September overlaps August
    assert found(date_from="2023-01-01", date_to="2023-04-01") == {three[0]}


@pytest.mark.parametrize(
    "bad",
    [
        {"review_state": "approved"},
        {"date_from": "yesterday"},
        {"coercion": "bribery"},
        {"region": "R" * 60},
    ],
)
def test_invalid_filters_are_refused_by_name(editor, bad):
    with pytest.raises(FilterInvalid, match=next(iter(bad))):
        search_incidents(user=editor, filters=bad)


def test_query_of_only_stop_words_matches_nothing_rather_than_everything(editor, three):
    assert list(search_incidents(user=editor, query="the of в")[0]) == []
    assert list(search_incidents(user=editor, query="   ")[0]) != []  # blank: a plain list


def test_pages_cover_every_match_once_and_rank_when_few(editor):
    made = {incident_add(f"Fictional colony report number {n}.") for n in range(7)}
    found = search_all(user=editor, query="colony", filters=IncidentFilters())
    assert found.incidents.ranked
    assert not found.incidents.truncated
    assert len(found.incidents) == 7
    shown = [i for page in (slice(0, 3), slice(3, 6), slice(6, 9)) for i in found.incidents[page]]
    assert len(shown) == 7
    assert set(shown) == made


def test_candidates_stop_at_the_limit_newest_first(editor, monkeypatch):
    monkeypatch.setattr(candidates, "CANDIDATE_LIMIT", 3)
    made = [incident_add(f"Fictional colony report number {n}.") for n in range(5)]
    found = search_all(user=editor, query="colony", filters=IncidentFilters())
    assert found.incidents.truncated
    assert found.incidents.ids == [i.pk for i in reversed(made[-3:])]
    assert sum(v.count for v in found.facets.groups["review_state"]) == 3
    incidents, _ = search_incidents(user=editor, query="colony")
    assert incidents.count() == 5  # exports are not limited


@pytest.fixture
def world():
    built = world_build()
    search_reindex()
    return built


def test_restricted_records_are_never_matched_or_counted(world):
    viewer, member = world.users[roles.VIEWER], world.users["member"]
    incidents, facets = search_incidents(user=viewer, query="fictional incident")
    assert list(incidents) == [world.open_incident]
    assert sum(v.count for v in facets.groups["review_state"]) == 1
    incidents, facets = search_incidents(user=member, query="fictional incident")
    assert set(incidents) == {world.open_incident, world.restricted_incident}
    assert sum(v.count for v in facets.groups["review_state"]) == 2
    assert list(search_documents(user=viewer, query="deportation")) == []
    assert list(search_documents(user=member, query="deportation")) == [world.restricted_document]
    assert list(search_people(user=viewer, query="Witness")) == []
    assert list(search_people(user=member, query="Witness")) == [world.restricted_person]
    assert RESTRICTED_PERSON_PSEUDONYM.startswith("Witness")


def test_a_real_name_is_searchable_only_with_identity_access(world):
    viewer, admin = world.users[roles.VIEWER], world.users[roles.ADMIN]
    surname = OPEN_PERSON_NAME.split()[-1]
    assert list(search_people(user=admin, query=surname)) == [world.open_person]
    assert list(search_people(user=viewer, query=surname)) == []
    assert list(search_people(user=viewer, query=OPEN_PERSON_NAME)) == []
    assert list(search_people(user=viewer, query=OPEN_PERSON_PSEUDONYM)) == [world.open_person]
    # Nor through the texts that name him: the name's words are not searched for the viewer.
    assert list(search_documents(user=admin, query=surname)) == [world.open_document]
    assert list(search_documents(user=viewer, query=surname)) == []
    assert list(search_documents(user=viewer, query="Ravshanbek")) == []  # an alias
    assert list(search_documents(user=viewer, query="enlistment office")) == [world.open_document]


def test_search_all_leaves_out_groups_the_role_may_not_see(world):
    report_viewer = world.users[roles.REPORT_VIEWER]
    found = search_all(user=report_viewer, query="fictional", filters=IncidentFilters())
    assert found.people is None  # report viewers never open people
    assert found.documents is not None
    assert list(found.incidents[0:50]) == [world.open_incident]
    with pytest.raises(PermissionDenied):
        search_all(user=world.users["no role"], query="fictional", filters=IncidentFilters())
    blank = search_all(user=report_viewer, query="", filters=IncidentFilters())
    assert blank.documents is None
    assert blank.people is None


def _by_filtering(within, *, kinds, tokens):
    """The candidates as first computed: the visible records narrowed by the match list."""
    from django.db import connection
    from django.db.models.expressions import RawSQL

    from recruitwatch.search.backends import backend_for

    sql, params = backend_for(connection).ids_sql(kinds=kinds, tokens=tokens)
    return candidates.candidate_ids(within.filter(pk__in=RawSQL(sql, params)))  # noqa: S611


@pytest.mark.parametrize("limit", [2, 5_000])
def test_candidates_read_from_the_index_are_those_of_filtering_the_records(
    world, limit, monkeypatch
):
    """The index-side candidate query (newest matches first, stopping at the limit; SQLite)
    gives the same ids, in the same order, as narrowing the visible records by the match
    list — for every role, with and without a filter, for incidents, documents and people,
    restricted records included."""
    from recruitwatch.records import selectors as records
    from recruitwatch.search.facets import filters_apply
    from recruitwatch.search.selectors import person_kinds, search_tokens

    monkeypatch.setattr(candidates, "CANDIDATE_LIMIT", limit)
    for n in range(6):
        region = "RU-VLA" if n % 2 else "RU-ROS"
        incident_add(f"Fictional incident at a colony number {n}.", region=region)
    search_reindex()
    vladimir = IncidentFilters(region="RU-VLA")
    checked = 0
    for user in world.users.values():
        for query in ("fictional incident", "colony", "deportation", "Witness"):
            tokens = search_tokens(user=user, query=query)
            groups = [
                (records.incident_list, ("incident",)),
                (records.document_list, ("document",)),
                (records.person_list, person_kinds(user)),
            ]
            for visible, kinds in groups:
                try:
                    within = visible(user=user)
                except PermissionDenied:
                    continue
                if not tokens:
                    continue
                expected = _by_filtering(within, kinds=kinds, tokens=tokens)
                for narrow in (False, True):
                    found = candidates.matching_candidate_ids(
                        within, kinds=kinds, tokens=tokens, narrow=narrow
                    )
                    assert found == expected, (user, query, kinds, narrow)
                    checked += 1
                if kinds == ("incident",):
                    filtered = filters_apply(within, vladimir)
                    assert candidates.matching_candidate_ids(
                        filtered, kinds=kinds, tokens=tokens, narrow=True
                    ) == _by_filtering(filtered, kinds=kinds, tokens=tokens)
    assert checked > 20
