from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from recruitwatch.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("two-factor/", views.two_factor_verify_view, name="two_factor_verify"),
    path("two-factor/enrol/", views.two_factor_enrol_view, name="two_factor_enrol"),
    path("two-factor/backup-codes/", views.backup_codes_view, name="two_factor_backup_codes"),
    path("two-factor/reset/", views.two_factor_reset_view, name="two_factor_reset"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("documents/", include("recruitwatch.ingest.urls")),
    path("intake/", include("recruitwatch.ingest.intake_urls")),
    path("review/", include("recruitwatch.review.urls")),
    path("search/", include("recruitwatch.search.urls")),
    path("dashboard/", include("recruitwatch.dashboard.urls")),
    path("api/", include("recruitwatch.api.urls")),
    path("", include("recruitwatch.records.urls")),
    path("admin/", admin.site.urls),
]
