"""Intake: a testimony taken by phone or in person, and an incident entered by hand."""

from django.urls import path

from recruitwatch.ingest import intake_views

urlpatterns = [
    path("", intake_views.testimony_intake_view, name="intake"),
    path("incident/", intake_views.incident_new_view, name="incident_new"),
    path(
        "person-candidates/",
        intake_views.person_candidates_view,
        name="intake_person_candidates",
    ),
]
