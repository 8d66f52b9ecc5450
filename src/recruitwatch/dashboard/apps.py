from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "recruitwatch.dashboard"
    label = "dashboard"
