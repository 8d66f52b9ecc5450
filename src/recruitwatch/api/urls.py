"""The API's URLs: ninja's patterns, adapted to this site's middleware.

Endpoints authenticate with a bearer token, not a session: they are exempt from the login
redirect (``login_not_required``; an anonymous call is a 401 from the token check, not a
redirect to the login page) and answered ``no-store``. The schema (``openapi-json``) and
ninja's root (a 404 naming the docs) stay behind the ordinary sign-in.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.urls import URLPattern, URLResolver, path
from django.views.decorators.cache import never_cache

from recruitwatch.api.routes import api

SIGNED_IN_ROUTES = frozenset({"openapi-json", "api-root"})

_patterns, _app_name, _namespace = api.urls
for _pattern in _patterns:
    if isinstance(_pattern, URLPattern) and _pattern.name not in SIGNED_IN_ROUTES:
        _pattern.callback = login_not_required(never_cache(_pattern.callback))

urlpatterns: list[URLPattern | URLResolver] = [path("", (_patterns, _app_name, _namespace))]
