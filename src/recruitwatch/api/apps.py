from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "recruitwatch.api"
    label = "api"
