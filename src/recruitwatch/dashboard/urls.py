from django.urls import path

from recruitwatch.dashboard import views

urlpatterns = [
    path("", views.dashboard_view, name="dashboard"),
    # Before the chart pattern, which would otherwise take "export.csv" for a chart.
    path("export.<str:export_format>", views.search_export_view, name="search_export"),
    path("<slug:chart>.csv", views.chart_csv_view, name="dashboard_csv"),
]
