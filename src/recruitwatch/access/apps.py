from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "recruitwatch.access"
    label = "access"
    verbose_name = "Access control"
