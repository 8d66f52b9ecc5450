from django.apps import AppConfig


class LinkingConfig(AppConfig):
    name = "recruitwatch.linking"
    label = "linking"
    verbose_name = "Linking and corroboration"
