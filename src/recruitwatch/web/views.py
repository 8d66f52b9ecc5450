"""Account views; record views live with their stage (ingest, review, publish).

Views here are thin: the services in ``web.accounts`` and ``web.two_factor`` decide.
"""

from __future__ import annotations

from typing import Any, cast

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from recruitwatch.web import two_factor
from recruitwatch.web.accounts import password_changed
from recruitwatch.web.forms import SecondFactorForm, TwoFactorResetForm
from recruitwatch.web.models import User
from recruitwatch.web.session_state import session_verified_mark


def home(request: HttpRequest) -> HttpResponse:
    return redirect("documents")


class PasswordChangeView(auth_views.PasswordChangeView):
    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        password_changed(user=self.request.user)  # type: ignore[arg-type]
        return response


def lockout_view(
    request: HttpRequest, original_response: HttpResponse | None, credentials: Any
) -> HttpResponse:
    """django-axes' lockout answer (AXES_LOCKOUT_CALLABLE): how long, and what to do.

    Says nothing about whether the username exists; the pause applies to this username from
    this address only.
    """
    context = {
        "limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "registration/lockout.html", context, status=429)


def _user(request: HttpRequest) -> User:
    return cast(User, request.user)


def _next_url(request: HttpRequest) -> str:
    """Where to go after the second step: ``next`` if it stays on this site, else the home."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return resolve_url(settings.LOGIN_REDIRECT_URL)


@require_http_methods(["GET", "POST"])
def two_factor_verify_view(request: HttpRequest) -> HttpResponse:
    """The second login step for a user with an authenticator."""
    user = _user(request)
    device = two_factor.confirmed_device_get(user=user)
    if device is None:
        return redirect("two_factor_enrol")
    form = SecondFactorForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            result = two_factor.second_factor_verify(user=user, code=form.cleaned_data["code"])
        except two_factor.TwoFactorLockedError as exc:
            form.add_error(None, str(exc))
            status = 429
        except two_factor.TwoFactorError as exc:
            form.add_error("code", str(exc))
        else:
            session_verified_mark(request.session, device=device)
            if result.method == "backup":
                messages.warning(
                    request,
                    f"You used a backup code; {result.backup_codes_left} left. Make new ones "
                    "from the two-factor page if you are running out.",
                )
            return redirect(_next_url(request))
    context = {"form": form, "next": _next_url(request)}
    return render(request, "registration/two_factor_verify.html", context, status=status)


@require_http_methods(["GET", "POST"])
def two_factor_enrol_view(request: HttpRequest) -> HttpResponse:
    """Forced enrolment: a user without an authenticator sets one up before anything else."""
    user = _user(request)
    if two_factor.confirmed_device_get(user=user) is not None:
        return redirect("two_factor_verify")
    device = two_factor.device_enrolment_start(user=user)
    form = SecondFactorForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            device, codes = two_factor.device_enrolment_confirm(
                user=user, code=form.cleaned_data["code"]
            )
        except two_factor.TwoFactorLockedError as exc:
            form.add_error(None, str(exc))
            status = 429
        except two_factor.TwoFactorError as exc:
            form.add_error("code", str(exc))
        else:
            session_verified_mark(request.session, device=device)
            # Shown in this response only: the plain codes are stored nowhere.
            return render(
                request,
                "registration/two_factor_backup_codes.html",
                {"codes": codes, "next": _next_url(request)},
            )
    context = {
        "form": form,
        "secret": two_factor.secret_grouped(device.secret),
        "uri": two_factor.provisioning_uri(device=device),
        "next": _next_url(request),
    }
    return render(request, "registration/two_factor_enrol.html", context, status=status)


@require_http_methods(["GET", "POST"])
def backup_codes_view(request: HttpRequest) -> HttpResponse:
    """How many backup codes are left; a POST replaces them all with ten new ones."""
    user = _user(request)
    if request.method == "POST":
        codes = two_factor.backup_codes_replace(user=user)
        return render(
            request,
            "registration/two_factor_backup_codes.html",
            {"codes": codes, "next": resolve_url(settings.LOGIN_REDIRECT_URL)},
        )
    return render(
        request,
        "registration/two_factor_backup_codes_status.html",
        {"left": two_factor.backup_codes_left(user=user)},
    )


# Who may reset another user's two-factor: superusers, or whoever was given this permission.
TWO_FACTOR_RESET_PERMISSION = "web.delete_totpdevice"


@require_http_methods(["GET", "POST"])
def two_factor_reset_view(request: HttpRequest) -> HttpResponse:
    """An administrator removes a user's lost authenticator; their next login enrols anew."""
    admin = _user(request)
    if not admin.has_perm(TWO_FACTOR_RESET_PERMISSION):
        raise PermissionDenied
    form = TwoFactorResetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        users = get_user_model().objects
        target = users.filter(username=form.cleaned_data["username"]).first()
        if target is None:
            form.add_error("username", "There is no user with that username.")
        else:
            two_factor.two_factor_reset(user=target, by=admin)
            messages.success(
                request,
                "Two-factor authentication was reset. At the next login the user sets up a "
                "new authenticator.",
            )
            return redirect("two_factor_reset")
    return render(request, "registration/two_factor_reset.html", {"form": form})
