from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "recruitwatch.web"
    label = "web"
    verbose_name = "Accounts and web"
    default_auto_field = "django.db.models.BigAutoField"
