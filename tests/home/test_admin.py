"""Editors work in the Wagtail admin: every page type's editor opens, snippets and settings are theirs."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser("root", "root@example.org", "pw")


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("ed", "ed@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_every_page_types_editor_opens(client, superuser, site_tree, dutch_tree):
    client.force_login(superuser)
    pages = [
        site_tree.home,
        site_tree.engagements,
        site_tree.axes[0],
        site_tree.objectives[5],
        site_tree.showcase,
        site_tree.projects["ponds"],
        site_tree.partners,
        site_tree.news_index,
        site_tree.news,
        site_tree.content,
        dutch_tree.connectivity,
    ]
    for page in pages:
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page.title


def test_every_page_type_can_be_added_from_the_admin(client, superuser, site_tree):
    client.force_login(superuser)
    for parent, model in [
        (site_tree.home, "contentpage"),
        (site_tree.engagements, "axispage"),
        (site_tree.axes[0], "objectivepage"),
        (site_tree.showcase, "projectpage"),
        (site_tree.news_index, "newspage"),
    ]:
        response = client.get(reverse("wagtailadmin_pages:add", args=["home", model, parent.pk]))
        assert response.status_code == 200, model


def test_objective_added_elsewhere_than_under_an_axis_is_refused(client, superuser, site_tree):
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_pages:add", args=["home", "objectivepage", site_tree.showcase.pk]))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")


def test_editors_manage_organisations_footer_and_site_settings(client, editor, site_tree):
    client.force_login(editor)
    assert client.get("/admin/snippets/home/organisation/").status_code == 200
    assert client.get("/admin/snippets/home/organisation/add/").status_code == 200
    assert client.get("/admin/snippets/home/footertext/").status_code == 200
    assert client.get("/admin/settings/home/sitesettings/").status_code in (200, 302)
    assert editor.has_perm("wagtail_localize.submit_translation")


def test_editors_can_open_the_page_editor(client, editor, site_tree):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[site_tree.projects["ponds"].pk]))
    assert response.status_code == 200


def test_anonymous_visitors_are_sent_to_the_login_page(client, site_tree):
    response = client.get("/admin/snippets/home/organisation/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
