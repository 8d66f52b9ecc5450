"""Record pages, mounted at the site's root (/incidents/…, /people/…, /facilities/…).

Facilities and organisations take ``<facility>`` and ``<organization>`` rather than
``<identifier>``, and the evidence upload ``<incident>``: the access walk checks every
``<identifier>`` route against a restricted case's record, which opens for the case's
members; facilities and organisations belong to no case, and the upload needs a permission
a case member may not hold. Restriction of the upload is tested in tests/records.
"""

from django.urls import path

from recruitwatch.records import print_views, views

urlpatterns = [
    path("incidents/", views.incident_list_view, name="incident_list"),
    path("incidents/<str:identifier>/", views.incident_detail_view, name="incident_detail"),
    path(
        "incidents/<str:identifier>/print/", print_views.incident_print_view, name="incident_print"
    ),
    path(
        "incidents/<str:incident>/evidence/",
        views.incident_evidence_upload_view,
        name="incident_evidence_upload",
    ),
    path("people/", views.person_list_view, name="person_list"),
    path("people/<str:identifier>/", views.person_detail_view, name="person_detail"),
    path("people/<str:identifier>/print/", print_views.person_print_view, name="person_print"),
    path("facilities/", views.facility_list_view, name="facility_list"),
    path("facilities/<str:facility>/", views.facility_detail_view, name="facility_detail"),
    path("organizations/", views.organization_list_view, name="organization_list"),
    path(
        "organizations/<str:organization>/",
        views.organization_detail_view,
        name="organization_detail",
    ),
    path("sources/", views.source_list_view, name="source_list"),
    path("sources/<str:identifier>/", views.source_detail_view, name="source_detail"),
    path("cases/", views.case_list_view, name="case_list"),
    path("cases/<str:identifier>/", views.case_detail_view, name="case_detail"),
    path("cases/<str:identifier>/print/", print_views.case_print_view, name="case_print"),
]
