"""Account views; record views live with their stage (ingest, review, publish)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from recruitwatch.web.accounts import password_changed


def home(request: HttpRequest) -> HttpResponse:
    return redirect("documents")


class PasswordChangeView(auth_views.PasswordChangeView):
    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        password_changed(user=self.request.user)  # type: ignore[arg-type]
        return response
