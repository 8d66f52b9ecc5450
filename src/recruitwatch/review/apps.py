from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "recruitwatch.review"
    label = "review"
