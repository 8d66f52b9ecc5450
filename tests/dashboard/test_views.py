"""The dashboard page and each chart's CSV, through the test client. Fictional records."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from recruitwatch.access import roles
from recruitwatch.dashboard.charts import CHARTS
from tests.access.helpers import sign_in

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    sign_in(client, user)
    return client


def _page_data(response) -> dict:
    found = re.search(
        r'<script id="dashboard-data" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.DOTALL,
    )
    assert found, "the page carries its numbers in a json_script element"
    return json.loads(found.group(1))


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_dashboard_page_shows_counts_charts_and_what_is_left_out(counted):
    response = _client(counted.world.users[roles.VIEWER]).get(reverse("dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'id="count-accepted">\s*1\s*<', html)
    assert re.search(r'id="count-total">\s*2\s*<', html)  # the restricted proposal is hidden
    assert "rejected proposals are not" in html
    assert "restricted cases you cannot open" in html
    assert html.count("<canvas") == len(CHARTS)
    assert "chart-4.6.1.umd.min.js" in html
    for name in CHARTS:
        assert reverse("dashboard_csv", args=[name]) in html
    names = [chart["name"] for chart in _page_data(response)["charts"]]
    assert names == list(CHARTS)


@pytest.mark.parametrize("name", list(CHARTS))
def test_dashboard_csv_matches_the_chart_data(counted, name):
    client = _client(counted.world.users[roles.ADMIN])
    [chart] = [
        c for c in _page_data(client.get(reverse("dashboard")))["charts"] if c["name"] == name
    ]
    response = client.get(reverse("dashboard_csv", args=[name]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert f'filename="{name}.csv"' in response["Content-Disposition"]
    header, *rows = _csv(response)
    assert header[1] == "label"
    assert len(header) == 2 + len(chart["datasets"])
    assert [row[1] for row in rows] == chart["labels"]
    for index, dataset in enumerate(chart["datasets"]):
        assert [int(row[2 + index]) for row in rows] == dataset["data"]


def test_dashboard_csv_counts_the_accepted_incident_and_not_the_hidden_region(counted):
    viewer = _client(counted.world.users[roles.VIEWER])
    member = _client(counted.world.users["member"])
    viewer_rows = {
        row[0]: row for row in _csv(viewer.get(reverse("dashboard_csv", args=["regions"])))
    }
    member_rows = {
        row[0]: row for row in _csv(member.get(reverse("dashboard_csv", args=["regions"])))
    }
    assert viewer_rows["RU-VLA"][2] == "1"  # the accepted one; the rejected one is not counted
    assert "RU-ROS" not in viewer_rows
    assert member_rows["RU-ROS"][2] == "1"
    facilities = _csv(viewer.get(reverse("dashboard_csv", args=["facilities"])))
    assert facilities[1][:3] == [counted.facility.identifier, "IK-6 · RU-VLA", "1"]


def test_dashboard_refuses_users_without_the_incident_permission(counted):
    client = _client(counted.world.users["no role"])
    assert client.get(reverse("dashboard")).status_code == 403
    assert client.get(reverse("dashboard_csv", args=["regions"])).status_code == 403
    anonymous = Client().get(reverse("dashboard"))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("login"))


def test_dashboard_csv_of_an_unknown_chart_is_404(counted):
    client = _client(counted.world.users[roles.VIEWER])
    assert client.get(reverse("dashboard_csv", args=["no-such-chart"])).status_code == 404


def test_dashboard_csv_cells_never_start_a_formula(counted):
    counted.facility.canonical_name = "=HYPERLINK(fictional)"
    counted.facility.save()
    client = _client(counted.world.users[roles.VIEWER])
    rows = _csv(client.get(reverse("dashboard_csv", args=["facilities"])))
    assert rows[1][1].startswith("'=")
