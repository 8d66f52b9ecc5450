from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "recruitwatch.ingest"
    label = "ingest"
    verbose_name = "Ingest"
