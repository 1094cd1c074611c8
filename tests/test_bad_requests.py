"""Unknown ids, malformed ids and out-of-range pages: a 404 or the nearest page, never a 500."""

import pytest

from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/rulings/999999/",
        "/rulings/0/",
        "/rulings/abc/",
        "/rulings/99999999999999999999999/",
        "/courts/nowhere/",
        "/courts/%00/",
        "/no-such-page/",
    ],
)
def test_it_answers_unknown_and_malformed_ids_with_not_found(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Not found" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "999", "abc", "1.5", "", "9" * 40])
@pytest.mark.parametrize("url", ["/rulings/", "/courts/txed/"])
def test_it_serves_the_nearest_page_for_a_bad_page_number(client, url, page):
    make_ruling(court="txed")
    response = client.get(url, {"page": page})
    assert response.status_code == 200
