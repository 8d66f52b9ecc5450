from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "recruitwatch.search"
    label = "search"
