"""Incident grouping: where an incident is placed. Texts and people are fictional."""

from recruitwatch.extraction.pipeline import analyse
from tests.extraction.documents import fictional_document

_STATION = (
    "Aziz, a fictional Tajik worker, had lived in St Petersburg for six years.\n\n"
    "He was taken to a police station, where an officer told him he would be deported unless "
    "he signed a military contract.\n\n"
)


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
