"""Every URL the app answers, walked from the root URLconf, against every role.

1. Each pattern (admin and every include) becomes a concrete URL from ``SAMPLE_VALUES``; a
   parameter without a sample value fails the test, naming the pattern.
2. Anonymous visitors get no page except ``PUBLIC_ROUTES``: only a redirect to a login page,
   403 or 404.
3. Each route has a required permission in ``ROUTE_PERMISSIONS`` (admin site: ``ADMIN_MODELS``);
   a route missing from the table fails the test. Every role without the permission is
   refused; the test prints the outcome per route and role for the CI log.
4. A user who may open a route but is not a member of a restricted case gets 404 for that
   case's records when the identifier in the URL is changed to one of them.

Selector calls with restricted identifiers are covered in tests/access/test_restriction.py.
The data (tests/access/helpers.py) is fictional.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.resolvers import RoutePattern

from recruitwatch.access import roles
from recruitwatch.records.models import Facility, Organization
from recruitwatch.records.services.identifiers import record_create
from tests.access.helpers import World, sign_in, world_build

pytestmark = pytest.mark.django_db

#: Signed in, whatever the role (pages about one's own account).
SIGNED_IN = "signed in"
#: The Django admin site: staff only (the admin role), then the model permission.
STAFF = "staff"
#: The REST API (/api/): a bearer token, never a session, so every user of this walk gets 401
#: there; tokens, permissions and restriction of the API are tested in tests/api/.
API_TOKEN = "api token (sessions get 401)"

#: Sample value of each URL parameter, by parameter name: a World attribute (its identifier
#: is used) or a literal string; a dict when the meaning differs by route (route key → value).
SAMPLE_VALUES: dict[str, Any] = {
    "chart": "regions",  # dashboard_csv
    "export_format": "csv",  # search_export
    "document_identifier": "open_document",  # api:document_detail (401: tokens only)
    "incident_identifier": "open_incident",  # api:incident_detail (401: tokens only)
    # Record pages: the upload names its incident; facilities and organisations are in no
    # case: the ``world`` fixture below adds one of each, with these identifiers, so that a
    # permitted role gets the page and a refused one cannot pass by a 404.
    "incident": {"incident_evidence_upload": "open_incident"},
    "facility": {"facility_detail": "FAC-0001"},
    "organization": {"organization_detail": "ORG-0001"},
    "identifier": {
        "review_incident": "open_incident",
        "incident_detail": "open_incident",
        "incident_print": "open_incident",
        "person_detail": "open_person",
        "person_print": "open_person",
        "source_detail": "open_source",
        "case_detail": "open_case",
        "case_print": "open_case",
        "document_detail": "open_document",
        "evidence_download": "loose_evidence",
    },
    # Admin site: any value will do, the admin site is refused before the lookup.
    "object_id": "1",
    "content_type_id": "1",
    "id": "1",
    "app_label": "records",
    "url": "no-such-admin-page/",
}

#: Restricted-case records to put into the URL of routes taking an identifier.
RESTRICTED_SAMPLES = {
    "review_incident": "restricted_incident",
    "incident_detail": "restricted_incident",
    "incident_print": "restricted_incident",
    "person_detail": "restricted_person",
    "person_print": "restricted_person",
    "source_detail": "restricted_source",
    "case_detail": "restricted_case",
    "case_print": "restricted_case",
    "document_detail": "restricted_document",
    "evidence_download": "restricted_evidence",
}

#: Routes open to anyone, with the reason. Static files are served by WhiteNoise outside the
#: URLconf and are checked separately.
PUBLIC_ROUTES = {
    "login": "the login form: the way in",
    "admin:login": "the admin site's login form; same backends and throttling as /login/",
}

#: What each non-admin-site route requires.
ROUTE_PERMISSIONS: dict[str, str] = {
    "search": "records.view_incident",  # documents and people need their own permission
    "review_queue": "records.change_incident",
    "review_incident": "records.change_incident",
    "dashboard": "records.view_incident",
    "dashboard_csv": "records.view_incident",
    "search_export": "records.view_incident",
    "api:openapi-json": SIGNED_IN,  # the API's schema: no records in it
    "api:api-root": SIGNED_IN,  # ninja's root: a 404
    "api:document_list": API_TOKEN,
    "api:document_detail": API_TOKEN,
    "api:incident_list": API_TOKEN,
    "api:incident_detail": API_TOKEN,
    "api:search": API_TOKEN,
    "incident_list": "records.view_incident",
    "incident_detail": "records.view_incident",
    "incident_print": "records.view_incident",
    "incident_evidence_upload": "records.add_evidence",  # POST; GET goes back to the incident
    "person_list": "records.view_person",
    "person_detail": "records.view_person",
    "person_print": "records.view_person",
    "facility_list": "records.view_facility",
    "facility_detail": "records.view_facility",
    "organization_list": "records.view_organization",
    "organization_detail": "records.view_organization",
    "source_list": "records.view_source",
    "source_detail": "records.view_source",
    "case_list": "records.view_case",
    "case_detail": "records.view_case",
    "case_print": "records.view_case",
    "intake": "records.add_document",
    "report_upload": "records.add_document",
    "incident_new": "records.add_incident",
    "intake_person_candidates": "records.add_incident",  # POST only: GET answers 405
    "home": SIGNED_IN,  # a redirect to the documents
    "logout": SIGNED_IN,
    "admin:logout": SIGNED_IN,  # signs out; a non-staff user is sent to the admin's login
    "password_change": SIGNED_IN,
    "password_change_done": SIGNED_IN,
    "two_factor_verify": SIGNED_IN,
    "two_factor_enrol": SIGNED_IN,
    "two_factor_backup_codes": SIGNED_IN,
    "two_factor_reset": "web.delete_totpdevice",
    "set_language": SIGNED_IN,
    "documents": "records.view_document",
    "document_detail": "records.view_document",
    "evidence_download": "records.view_evidence",
}

#: Models registered on the admin site. The admin site shows real identities and every
#: restricted case, so adding a model here is a decision: review it, then list it.
ADMIN_MODELS = {
    "access.caserestriction",
    "audit.auditentry",
    "auth.group",
    "axes.accessattempt",
    "axes.accessfailurelog",
    "axes.accesslog",
    "records.case",
    "records.claim",
    "records.document",
    "records.evidence",
    "records.facility",
    "records.incident",
    "records.involvement",
    "records.organization",
    "records.person",
    "records.source",
    "web.user",
}
#: Site-wide admin routes (not of one model).
ADMIN_SITE_ROUTES = {
    "admin:index",
    "admin:password_change",
    "admin:password_change_done",
    "admin:autocomplete",
    "admin:jsi18n",
    "admin:view_on_site",
    "admin:app_list",
    "admin:auth_user_password_change",
    "admin/<url>",  # the catch-all
}
_ADMIN_MODEL_ROUTE = re.compile(
    r"admin:(?P<app>[a-z_]+?)_(?P<model>[a-z]+)_(?P<view>changelist|add|history|delete|change)$"
)
_ADMIN_VIEW_PERMISSION = {
    "changelist": "view",
    "history": "view",
    "change": "view",
    "add": "add",
    "delete": "delete",
}

USERS = ("anonymous", *roles.ROLES, "no role")
REFUSED = {401, 403, 404}  # 401: the API's answer to a request without a token


@dataclass(frozen=True)
class Route:
    key: str  # the qualified name, or the pattern for an unnamed route
    pattern: str  # as Django reports it in ResolverMatch.route
    template: str  # with {parameter} placeholders
    parameters: tuple[str, ...]


def _piece(pattern: Any) -> str:
    """One pattern as a template with {name} placeholders; fails on what it cannot build."""
    text = str(pattern)
    if isinstance(pattern, RoutePattern):
        return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", text)
    text = text.removeprefix("^").removesuffix("$")
    out, position = [], 0
    for start in [m.start() for m in re.finditer(r"\(\?P<", text)]:
        if start < position:
            continue
        name = re.match(r"\(\?P<(\w+)>", text[start:]).group(1)
        depth, end = 0, start
        for end in range(start, len(text)):
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            if depth == 0:
                break
        out.append(text[position:start] + "{" + name + "}")
        position = end + 1
    built = "".join(out) + text[position:]
    if re.search(r"[\\()\[\]*+?|^$]", built):
        pytest.fail(f"cannot build a URL from the pattern {text!r}: teach _piece its syntax")
    return built


def _join(prefix: str, pattern: Any) -> str:
    """The route as ResolverMatch.route reports it (Django drops a nested regex's "^")."""
    text = str(pattern)
    return prefix + (text.removeprefix("^") if prefix else text)


def _walk(
    resolver: URLResolver, prefix: str = "", template: str = "", namespace: str = ""
) -> Iterator[Route]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(
                entry, _join(prefix, entry.pattern), template + _piece(entry.pattern), inner
            )
        elif isinstance(entry, URLPattern):
            full = template + _piece(entry.pattern)
            readable = re.sub(r"\{(\w+)\}", r"<\1>", full)
            key = f"{namespace}{entry.name}" if entry.name else readable
            parameters = tuple(re.findall(r"\{(\w+)\}", full))
            yield Route(key, _join(prefix, entry.pattern), full, parameters)


ROUTES = sorted(_walk(get_resolver()), key=lambda route: route.pattern)


def _required(route: Route) -> str | tuple[str, str] | None:
    """The permission a route needs: a string, (STAFF, permission) for the admin site, or
    None when the route is missing from the tables."""
    if route.key in PUBLIC_ROUTES:
        return "public"
    if route.key in ROUTE_PERMISSIONS:
        return ROUTE_PERMISSIONS[route.key]
    if route.key in ADMIN_SITE_ROUTES:
        return (STAFF, "")
    found = _ADMIN_MODEL_ROUTE.match(route.key)
    if route.key.startswith("admin/") and route.key.count("/") == 4:  # unnamed <object_id>/
        _, app, model, _, _ = route.key.split("/")
        found_model = f"{app}.{model}"
        return (STAFF, f"{app}.view_{model}") if found_model in ADMIN_MODELS else None
    if found and f"{found['app']}.{found['model']}" in ADMIN_MODELS:
        action = _ADMIN_VIEW_PERMISSION[found["view"]]
        return (STAFF, f"{found['app']}.{action}_{found['model']}")
    return None


def _value(world: World, route: Route, parameter: str, samples: dict[str, Any]) -> str:
    sample = samples.get(parameter)
    if isinstance(sample, dict):
        sample = sample.get(route.key)
    if sample is None:
        pytest.fail(f"route {route.key!r} ({route.pattern}): no sample value for {parameter!r}")
    record = getattr(world, sample, None)
    return record.identifier if record is not None else str(sample)


def _url(world: World, route: Route, **overrides: str) -> str:
    values = {
        p: overrides.get(p) or _value(world, route, p, SAMPLE_VALUES) for p in route.parameters
    }
    url = "/" + route.template.format(**values)
    match = resolve(url)
    assert match.route == route.pattern, f"{url} resolved to {match.route}, not {route.pattern}"
    return url


def _outcome(response: Any) -> str:
    if response.status_code in (301, 302):
        location = response["Location"].split("?")[0]
        if location in (reverse("login"), reverse("admin:login")):
            return "login"
        return f"302 {location}"
    return str(response.status_code)


@pytest.fixture
def world() -> World:
    built = world_build()
    facility = record_create(
        Facility, facility_type="penal_colony", number=99, region="RU-VLA", canonical_name="IK-99"
    )
    organization = record_create(Organization, name="Fictional Walk Battalion", kind="other")
    assert facility.identifier == SAMPLE_VALUES["facility"]["facility_detail"]
    assert organization.identifier == SAMPLE_VALUES["organization"]["organization_detail"]
    return built


def test_permitted_roles_get_the_facility_and_organisation_pages(world, clients):
    for key in ("facility_detail", "organization_detail"):
        route = next(r for r in ROUTES if r.key == key)
        url = _url(world, route)
        for who in USERS:
            if who == "anonymous" or _expected_refusal(route, world.users[who]):
                continue
            assert clients[who].get(url).status_code == 200, (who, url)


@pytest.fixture
def clients(world: World) -> dict[str, Client]:
    signed = {"anonymous": Client()}
    for who in (*roles.ROLES, "no role", "member"):
        client = Client()
        sign_in(client, world.users[who])
        signed[who] = client
    return signed


def test_every_route_has_sample_values_and_a_permission_rule(world):
    missing = [f"{r.key} ({r.pattern})" for r in ROUTES if _required(r) is None]
    assert not missing, "routes missing from ROUTE_PERMISSIONS / ADMIN_MODELS: " + ", ".join(
        missing
    )
    for route in ROUTES:
        _url(world, route)  # fails naming the route when a parameter has no sample value
    keys = {route.key for route in ROUTES}
    stale = (set(ROUTE_PERMISSIONS) | set(PUBLIC_ROUTES) | ADMIN_SITE_ROUTES) - keys
    assert not stale, f"tables name routes that no longer exist: {sorted(stale)}"
    registered = {model._meta.label_lower for model in admin.site._registry}
    assert registered == ADMIN_MODELS, "review the admin site's registrations, then list them"


def test_static_files_are_public(client):
    response = client.get("/static/recruitwatch/base.css")
    assert response.status_code == 200


def _expected_refusal(route: Route, user: Any) -> bool:
    """Whether ``user`` must be refused ``route``."""
    required = _required(route)
    if required == "public" or required == SIGNED_IN:
        return False
    if isinstance(required, tuple):
        _, permission = required
        return not user.is_staff or (bool(permission) and not user.has_perm(permission))
    return not user.has_perm(required)


def test_routes_answer_each_role_only_as_its_permissions_allow(world, clients, capsys):
    table: list[tuple[str, str, list[str]]] = []
    failures: list[str] = []
    for route in ROUTES:
        url = _url(world, route)
        required = _required(route)
        outcomes = []
        for who in USERS:
            response = clients[who].get(url)
            outcome = _outcome(response)
            outcomes.append(outcome)
            if who == "anonymous":
                if (
                    route.key not in PUBLIC_ROUTES
                    and outcome != "login"
                    and (response.status_code not in REFUSED)
                ):
                    failures.append(f"anonymous got {outcome} from {route.key} ({url})")
                continue
            if response.status_code >= 500:
                failures.append(f"{who} got {outcome} from {route.key} ({url})")
            if not _expected_refusal(route, world.users[who]):
                continue
            admin_site = isinstance(required, tuple)
            refused = response.status_code in REFUSED or (admin_site and outcome == "login")
            if not refused:
                failures.append(f"{who} without {required} got {outcome} from {route.key}")
        shown = required if isinstance(required, str) else " ".join(filter(None, required))
        table.append((route.key, shown or "", outcomes))

    with capsys.disabled():
        print(f"\naccess walk: {len(ROUTES)} routes × {len(USERS)} users")
        header = ("route", "requires", *USERS)
        width = max(len(key) for key, _, _ in table)
        print(f"{header[0]:<{width}}  {header[1]:<32}  " + "  ".join(f"{u:<13}" for u in USERS))
        for key, required, outcomes in table:
            print(f"{key:<{width}}  {required:<32}  " + "  ".join(f"{o:<13}" for o in outcomes))
    assert not failures, "\n".join(failures)


def test_roles_with_the_permission_get_the_pages(world, clients):
    """The walk is not vacuous: with the permission, the sample URLs open."""
    for key, who in [
        ("review_queue", roles.REVIEWER),
        ("review_incident", roles.EDITOR),
        ("documents", roles.REPORT_VIEWER),
        ("document_detail", roles.VIEWER),
        ("evidence_download", roles.VIEWER),
        ("two_factor_reset", roles.ADMIN),
        ("admin:records_person_changelist", roles.ADMIN),
    ]:
        [route] = [r for r in ROUTES if r.key == key]
        assert clients[who].get(_url(world, route)).status_code == 200, (key, who)


@pytest.mark.parametrize("key", sorted(RESTRICTED_SAMPLES))
def test_changing_the_identifier_never_opens_a_restricted_case(world, clients, key):
    [route] = [r for r in ROUTES if r.key == key]
    restricted = getattr(world, RESTRICTED_SAMPLES[key]).identifier
    url = _url(world, route, identifier=restricted)
    for who in (roles.EDITOR, roles.REVIEWER, roles.VIEWER):
        # A role without the route's permission is refused (403) before any lookup.
        refused = 403 if _expected_refusal(route, world.users[who]) else 404
        assert clients[who].get(url).status_code == refused, (who, url)
    for who in ("member", roles.ADMIN):
        if not _expected_refusal(route, world.users[who]):  # the member is only a viewer
            assert clients[who].get(url).status_code == 200, (who, url)
    # Other restricted identifiers in the same place: still nothing.
    asker = next(
        who
        for who in (roles.VIEWER, roles.REVIEWER, roles.EDITOR)
        if not _expected_refusal(route, world.users[who])
    )
    for identifier in world.restricted_identifiers().values():
        other = _url(world, route, identifier=identifier)
        assert clients[asker].get(other).status_code == 404, other


def test_every_route_with_an_identifier_is_checked_for_restriction():
    with_identifier = {route.key for route in ROUTES if "identifier" in route.parameters}
    assert with_identifier == set(RESTRICTED_SAMPLES), "add the new route to RESTRICTED_SAMPLES"
