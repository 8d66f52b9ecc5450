"""The search index on the suite's database engine (SQLite, or PostgreSQL when
RECRUITWATCH_DATABASE_URL names one): what goes in, what comes out, and that no word of the
text is stored. Every text, name and record here is fictional."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection

from recruitwatch.access import roles
from recruitwatch.records.services.people import person_name_set
from recruitwatch.search.backends import backend_for
from recruitwatch.search.management.commands.search_reindex import (
    Command as SearchReindexCommand,
)
from recruitwatch.search.selectors import search_documents, search_incidents, search_people
from recruitwatch.search.services import (
    search_index_incident,
    search_index_person,
    search_index_remove,
    search_reindex,
)
from recruitwatch.search.tokens import text_tokens
from tests.access.helpers import user_with_role
from tests.linking.fixtures import ingest_text
from tests.search.helpers import document_add, facility_add, incident_add, person_add

pytestmark = pytest.mark.django_db

# A fictional canary: words that appear nowhere else, in both scripts.
CANARY_NAME = "Zebulon Quillfeather-Canarymark"
CANARY_WORDS = ("Zebulon", "Quillfeather", "Canarymark", "Кваквакинск", "Щебетунов")
CANARY_TEXT = (
    "Fictional canary report: Zebulon Quillfeather-Canarymark was held in Кваквакинск "
    "by a recruiter called Щебетунов."
)


@pytest.fixture
def admin():
    return user_with_role("search-admin", roles.ADMIN)


def _dump() -> str:
    with connection.cursor() as cursor:
        return "\n".join(backend_for(connection).dump(cursor))


def test_russian_query_finds_an_inflected_form(admin):
    document = document_add(
        "Вымышленный отчёт: заключённых исправительной колонии склоняли к контракту.",
        language="ru",
    )
    assert list(search_documents(user=admin, query="колония")) == [document]
    assert list(search_documents(user=admin, query="Колонии заключённые")) == [document]
    assert list(search_documents(user=admin, query="колония тюрьма")) == []  # every word


def test_english_plural_finds_the_singular(admin):
    facility = facility_add()
    incident = incident_add(
        "Fictional: prisoners in a penal colony were told to sign.", facility=facility
    )
    document = document_add("A fictional report about one penal colony in Vladimir region.")
    incidents, _ = search_incidents(user=admin, query="penal colonies")
    assert list(incidents) == [incident]
    assert list(search_documents(user=admin, query="penal colonies")) == [document]


def test_public_values_are_searchable_in_both_languages(admin):
    facility = facility_add("IK-6", region="RU-VLA")
    incident = incident_add(
        "Fictional summary without place words.",
        facility=facility,
        region="RU-VLA",
        coercion=["threat_of_deportation"],
        victim_nationalities=["UZ"],
    )
    for query in (
        "колония",
        "penal colony",
        "IK-6",
        "Владимирская область",
        "Vladimir",
        "депортации",
        "deportation",
        "Uzbekistan",
        "узбек",
        incident.identifier,
    ):
        incidents, _ = search_incidents(user=admin, query=query)
        assert list(incidents) == [incident], query


def test_a_changed_record_is_found_by_its_new_words_only(admin):
    incident = incident_add("Fictional: the recruiters came in spring.")
    incident.summary = "Fictional: the recruiters came in autumn."
    incident.save()
    search_index_incident(incident=incident)
    assert list(search_incidents(user=admin, query="autumn")[0]) == [incident]
    assert list(search_incidents(user=admin, query="spring")[0]) == []
    search_index_remove(record=incident)
    assert list(search_incidents(user=admin, query="autumn")[0]) == []


def test_raw_index_holds_no_word_of_the_canary(admin):
    document = document_add(CANARY_TEXT, title=f"About {CANARY_NAME}")
    incident_add(CANARY_TEXT, victim_description=CANARY_NAME)
    person = person_add(CANARY_NAME, pseudonym="Canary C.", aliases=["Щебетунов"])
    dump = _dump()
    assert dump  # the rows are there, and findable …
    assert list(search_documents(user=admin, query="Quillfeather")) == [document]
    assert list(search_people(user=admin, query="Quillfeather")) == [person]
    # … but no word of them, nor a stem of one, is stored, in any table the engine keeps.
    lowered = dump.casefold()
    for word in CANARY_WORDS:
        assert word.casefold() not in lowered
        assert word.casefold()[:6] not in lowered
    assert "canary" not in lowered  # the pseudonym is public, yet indexed only as tokens


def test_person_real_name_is_only_in_the_identity_row(admin):
    person = person_add("Fictional Realname", pseudonym="Witness F.", aliases=["Nickalias"])
    viewer = user_with_role("search-viewer", roles.VIEWER)
    assert list(search_people(user=admin, query="Realname")) == [person]
    assert list(search_people(user=admin, query="Nickalias")) == [person]
    assert list(search_people(user=viewer, query="Realname")) == []
    assert list(search_people(user=viewer, query="Nickalias")) == []
    assert list(search_people(user=viewer, query="Witness")) == [person]
    person_name_set(person=person, name="Fictional Othername")
    search_index_person(person=person)
    assert list(search_people(user=admin, query="Realname")) == []
    assert list(search_people(user=admin, query="Othername")) == [person]


def test_reindex_restores_missing_rows_and_prunes_orphans(admin):
    document = document_add("Fictional report on a penal colony.")
    incident = incident_add("Fictional incident at a penal colony.")
    person = person_add("Fictional Person", pseudonym="Colony Witness")
    with connection.cursor() as cursor:
        backend = backend_for(connection)
        backend.entry_remove(cursor, kind="incident", record_id=incident.pk)
        orphan_tokens = " ".join(sorted(text_tokens(["penal colony"])))
        backend.entry_replace(cursor, kind="document", record_id=999_999, tokens=orphan_tokens)
    assert list(search_incidents(user=admin, query="colony")[0]) == []
    seen: list[tuple[str, int]] = []
    counts = search_reindex(on_step=lambda name, total: seen.append((name, total)))
    assert counts == {"documents": 1, "incidents": 1, "people": 1}
    assert seen == [("documents", 1), ("incidents", 1), ("people", 1)]
    assert list(search_incidents(user=admin, query="colony")[0]) == [incident]
    assert list(search_documents(user=admin, query="colony")) == [document]
    assert list(search_people(user=admin, query="colony")) == [person]
    with connection.cursor() as cursor:
        ids_sql, params = backend_for(connection).ids_sql(
            kinds=("document",), tokens=sorted(text_tokens(["penal"]))
        )
        cursor.execute(ids_sql, params)
        assert {row[0] for row in cursor.fetchall()} == {document.pk}


def test_document_ingest_makes_the_document_its_incidents_and_people_findable(admin, tmp_path):
    document = ingest_text(
        tmp_path,
        "fictional-ik6.txt",
        " date 2023-03-01 Fictional report for tests\n\n"
        "This is a fictional example report; all names and events are invented. Prisoners "
        "held in penal colony IK-6 in Vladimir region say recruiters threatened them with new "
        "criminal cases if they refused to sign contracts. Fictional prisoner Timur "
        "Testovich-Vymyslov, 31, said he was told there was no choice.\n",
    )
    assert list(search_documents(user=admin, query="colonies")) == [document]
    incidents, _ = search_incidents(user=admin, query="колония")
    assert incidents.exists()
    assert set(incidents) == set(search_incidents(user=admin, query="penal colony")[0])
    assert all(claim.document_id == document.pk for i in incidents for claim in i.claims.all())


def test_the_cover_indexes_search_relies_on_exist():
    """A records migration that rebuilds a table on SQLite drops indexes it does not know;
    search would still answer, only slowly. This says so first."""
    with connection.cursor() as cursor:
        for table, index in (
            ("records_incident", "search_incident_cover"),
            ("records_document", "search_document_id"),
            ("records_person", "search_person_id"),
        ):
            constraints = connection.introspection.get_constraints(cursor, table)
            assert index in constraints, f"{index} is missing on {table}"


def test_search_reindex_command_reports_what_it_indexed(admin):
    document_add("Fictional report on a penal colony.")
    incident_add("Fictional incident at a penal colony.")
    command = SearchReindexCommand()
    command.needs_database = False  # the suite's database is not a data directory's
    out = io.StringIO()
    call_command(command, stdout=out, stderr=io.StringIO())
    assert out.getvalue().strip() == "Search index rebuilt: 1 documents, 1 incidents, 0 people."
    assert list(search_incidents(user=admin, query="colony")[0])
