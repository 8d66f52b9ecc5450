from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "recruitwatch.audit"
    label = "audit"
    verbose_name = "Audit log"
