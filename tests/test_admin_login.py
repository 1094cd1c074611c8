"""The admin login is throttled: wrong passwords cannot be tried by the thousand."""

import pytest
from django.contrib.auth.models import User

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("editor", "editor@example.org", "the-right-password")


def _login(client, password: str, username: str = "editor"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def test_a_right_password_logs_in(client, editor):
    assert _login(client, "the-right-password").status_code == 302


def test_after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while(client, editor):
    answers = [_login(client, f"guess-{n}").status_code for n in range(5)]
    locked = _login(client, "the-right-password")

    assert answers == [200] * 4 + [429]  # the login form again, with its error; then locked
    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.content.decode()
    assert "sessionid" not in locked.cookies


def test_thirty_quick_guesses_are_mostly_refused(client, editor):
    answers = [_login(client, f"guess-{n}").status_code for n in range(30)]
    assert answers.count(429) == 26


def test_the_lockout_holds_one_user_name_from_one_address(client, editor):
    User.objects.create_superuser("other", "other@example.org", "another-password")
    for n in range(5):
        _login(client, f"guess-{n}")

    assert _login(client, "another-password", username="other").status_code == 302


def test_a_success_before_the_limit_clears_the_count(client, editor):
    for n in range(4):
        _login(client, f"guess-{n}")
    assert _login(client, "the-right-password").status_code == 302
    client.logout()

    assert [_login(client, f"again-{n}").status_code for n in range(4)] == [200] * 4
