"""Intake: a testimony taken by phone or in person, an incident entered by hand, and a report
file uploaded."""

from django.urls import path

from recruitwatch.ingest import intake_views

urlpatterns = [
    path("", intake_views.testimony_intake_view, name="intake"),
    path("incident/", intake_views.incident_new_view, name="incident_new"),
    path("report/", intake_views.report_upload_view, name="report_upload"),
    path(
        "person-candidates/",
        intake_views.person_candidates_view,
        name="intake_person_candidates",
    ),
]
