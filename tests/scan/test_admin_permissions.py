"""Who may see and handle scans in the admin: advisors and superusers; not editors, not visitors, never drafts."""

import pytest
from django.urls import reverse
from wagtail.admin.menu import admin_menu

from scan.models import ScanNote, ScanResponse

from .test_admin_workspace import make_response, make_user

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "no_admin", "editor", "advisor", "superuser")
ALLOWED = {"advisor", "superuser"}


@pytest.fixture
def scan(scan_page):
    return make_response(scan_page)


@pytest.fixture
def login(client, django_user_model):
    def login_as(role):
        if role == "anonymous":
            return None
        groups = {"no_admin": (), "editor": ("Editors",), "advisor": ("Advisors",), "superuser": ()}[role]
        user = make_user(django_user_model, role, *groups, superuser=role == "superuser")
        client.force_login(user)
        return user

    return login_as


def assert_refused(response, role):
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    elif role == "no_admin":
        # Wagtail sends a user without admin access back to the login page.
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    else:
        assert response.status_code == 403, response.status_code


def not_found(response):
    """A 404 in the admin ends as a 404 (Django's LocaleMiddleware first redirects it to a /en/ prefixed path)."""
    return response.status_code == 404


def get_views(scan):
    base = f"/admin/scans/inspect/{scan.pk}/"
    return {
        "list": "/admin/scans/",
        "list results": "/admin/scans/results/",
        "inspect": base,
        "export csv": "/admin/scans/?export=csv",
        "export xlsx": "/admin/scans/?export=xlsx",
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", ["list", "list results", "inspect", "export csv", "export xlsx"])
def test_reading_scans(client, login, scan, role, view):
    login(role)
    response = client.get(get_views(scan)[view])
    if role in ALLOWED:
        assert response.status_code == 200
        if view.startswith("export"):
            assert response["Content-Disposition"].startswith("attachment")
    else:
        assert_refused(response, role)


ACTIONS = {
    "assign": {"advisor": "me"},
    "status": {"status": "in_review"},
    "note": {"text": "Called them."},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_following_up_scans(client, login, scan, role, action):
    user = login(role)
    response = client.post(f"/admin/scans/inspect/{scan.pk}/{action}/", ACTIONS[action])
    scan.refresh_from_db()
    if role in ALLOWED:
        assert response.status_code == 302
        assert response["Location"] == f"/admin/scans/inspect/{scan.pk}/"
        changed = {
            "assign": scan.assigned_to == user,
            "status": scan.review_status == "in_review",
            "note": ScanNote.objects.filter(response=scan, author=user).exists(),
        }
        assert changed[action]
    else:
        assert_refused(response, role)
        assert scan.assigned_to is None and scan.review_status == "new" and not ScanNote.objects.exists()


def test_an_advisor_without_the_note_permission_cannot_add_notes(client, django_user_model, scan):
    from django.contrib.auth.models import Group, Permission

    readers = Group.objects.create(name="Readers")
    readers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_scanresponse"),
        Permission.objects.get(codename="change_scanresponse"),
    )
    client.force_login(make_user(django_user_model, "reader", "Readers"))
    assert client.post(f"/admin/scans/inspect/{scan.pk}/note/", {"text": "Hi"}).status_code == 403
    assert client.post(f"/admin/scans/inspect/{scan.pk}/status/", {"status": "closed"}).status_code == 302


def test_a_viewer_without_change_permission_sees_no_actions_and_cannot_post_them(client, django_user_model, scan):
    from django.contrib.auth.models import Group, Permission

    viewers = Group.objects.create(name="Viewers")
    viewers.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_scanresponse")
    )
    client.force_login(make_user(django_user_model, "viewer", "Viewers"))
    html = client.get(f"/admin/scans/inspect/{scan.pk}/").content.decode()
    assert "Assign to me" not in html and "Add note" not in html
    assert client.post(f"/admin/scans/inspect/{scan.pk}/assign/", {"advisor": "me"}).status_code == 403


@pytest.mark.parametrize("role", ["advisor", "superuser"])
def test_a_draft_is_not_found(client, login, scan_page, role):
    login(role)
    draft = make_response(scan_page, status=ScanResponse.Status.DRAFT, submitted_at=None)
    assert not_found(client.get(f"/admin/scans/inspect/{draft.pk}/", follow=True))
    for action, data in ACTIONS.items():
        assert not_found(client.post(f"/admin/scans/inspect/{draft.pk}/{action}/", data, follow=True))
    draft.refresh_from_db()
    assert draft.assigned_to is None and draft.review_status == "new"


@pytest.mark.parametrize("role", ["advisor", "superuser"])
def test_a_response_that_does_not_exist_is_not_found(client, login, scan, role):
    login(role)
    assert not_found(client.get("/admin/scans/inspect/999999/", follow=True))
    assert not_found(client.post("/admin/scans/inspect/999999/note/", {"text": "x"}, follow=True))


def test_no_add_edit_or_delete_views_exist(client, login, scan):
    login("superuser")
    for url in (
        "/admin/scans/new/",
        f"/admin/scans/edit/{scan.pk}/",
        f"/admin/scans/delete/{scan.pk}/",
        f"/admin/scans/copy/{scan.pk}/",
    ):
        assert not_found(client.get(url, follow=True)), url


def menu_names(rf, user):
    request = rf.get("/admin/")
    request.user = user
    return {item.name for item in admin_menu.menu_items_for_request(request)}


@pytest.mark.parametrize(("role", "shown"), [("editor", False), ("advisor", True), ("superuser", True)])
def test_the_scans_menu_item(rf, login, role, shown):
    user = login(role)
    assert ("scans" in menu_names(rf, user)) is shown


@pytest.mark.parametrize(("role", "shown"), [("editor", False), ("advisor", True), ("superuser", True)])
def test_the_dashboard_panel(client, login, scan, role, shown):
    login(role)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert ("new scans this week" in html) is shown
    assert ('href="/admin/scans/' in html) is shown


def test_the_dashboard_is_refused_to_visitors(client, login):
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith(reverse("wagtailadmin_login"))
