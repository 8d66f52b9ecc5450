from django.apps import AppConfig


class CliConfig(AppConfig):
    name = "recruitwatch.cli"
    label = "cli"
    verbose_name = "Command line"
