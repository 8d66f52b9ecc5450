from django.urls import path

from recruitwatch.search import views

urlpatterns = [
    path("", views.search_view, name="search"),
]
