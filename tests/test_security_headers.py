"""Security headers on the public site: CSP without inline scripts, Permissions-Policy, Referrer-Policy, framing
refused, and the session cookie kept from scripts and other sites."""

import re

import pytest

from scan.models import ScanResponse
from tests.scan.conftest import (
    Wizard,
    results_token,
    scan_page,  # noqa: F401 -- the scan fixtures
)

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def assert_public_headers(response):
    csp = directives(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["default-src"] == ["'self'"] and csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["form-action"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_public_page_scan_step_and_results_carry_the_headers(client, site_tree, scan_page):  # noqa: F811
    home = client.get(site_tree.home.url)
    assert home.status_code == 200
    assert_public_headers(home)
    html = home.content.decode()
    # Nothing in the page needs an inline script: every <script> has a src or holds JSON data.
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag

    wizard = Wizard(client, scan_page)
    step = wizard.through_profile()
    assert step.status_code == 302
    page = client.get(step["Location"])
    assert page.status_code == 200
    assert_public_headers(page)
    cookie = client.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"

    wizard.post("site", {"sealed_share": "80"})
    wizard.post("nature", {"meadow": "small", "shelters": ["bird_boxes"]})
    wizard.post("policy", {"plan": "draft"})
    response = ScanResponse.objects.get(token=results_token(wizard.post("check", {})))
    results = client.get(f"{scan_page.url}results/{response.token}/")
    assert results.status_code == 200
    assert_public_headers(results)


def test_the_admin_keeps_wagtails_own_scripts(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert "Permissions-Policy" in response
