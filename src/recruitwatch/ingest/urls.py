from django.urls import path

from recruitwatch.ingest import views

urlpatterns = [
    path("", views.document_list_view, name="documents"),
    path(
        "evidence/<str:identifier>/download/",
        views.evidence_download_view,
        name="evidence_download",
    ),
    path("<str:identifier>/", views.document_detail_view, name="document_detail"),
]
