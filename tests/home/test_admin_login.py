"""The admin's login refuses brute force: a username is locked for a client after five failed attempts, with a
translated page and a 429, while other people and other addresses can still log in; nothing personal is logged."""

import logging

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("eddy", "eddy@alliance.example", "the-right-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def attempt(client, password, username="eddy", address="198.51.100.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_five_failures_lock_the_username_for_that_client(client, editor, caplog):
    caplog.set_level(logging.DEBUG)
    for _ in range(4):
        assert attempt(client, "guess").status_code == 200  # the form again, with Wagtail's error
    locked = attempt(client, "guess")
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    # Even the right password is refused now, from that address.
    assert attempt(client, "the-right-password").status_code == 429
    assert "_auth_user_id" not in client.session
    # The same person from another address, and another user from the same address, are not locked out.
    assert attempt(client, "the-right-password", address="203.0.113.9").status_code == 302
    assert "eddy" not in caplog.text and "198.51.100.7" not in caplog.text


def test_a_successful_login_resets_the_count(client, editor):
    for _ in range(4):
        attempt(client, "guess")
    assert attempt(client, "the-right-password").status_code == 302
    client.logout()
    for _ in range(4):
        assert attempt(client, "guess").status_code == 200
    assert attempt(client, "the-right-password").status_code == 302


def test_the_lockout_page_speaks_the_visitors_language(client, editor):
    for _ in range(5):
        attempt(client, "guess")
    response = client.post(
        LOGIN, {"username": "eddy", "password": "x"}, REMOTE_ADDR="198.51.100.7", HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert response.status_code == 429
    assert '<html lang="fr"' in response.content.decode()
    assert "Trop de tentatives de connexion échouées" in response.content.decode()
