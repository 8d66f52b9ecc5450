from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "recruitwatch.records"
    label = "records"
    verbose_name = "Case records"
    default_auto_field = "django.db.models.BigAutoField"
