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
    path("i18n/", include("django.conf.urls.i18n")),
    path("documents/", include("recruitwatch.ingest.urls")),
    path("admin/", admin.site.urls),
]
