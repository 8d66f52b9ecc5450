from django.urls import path

from recruitwatch.review import views

urlpatterns = [
    path("", views.review_queue_view, name="review_queue"),
    path("<str:identifier>/", views.review_incident_view, name="review_incident"),
]
