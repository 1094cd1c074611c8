"""A missing page is the site's own 404 page in every mode, debug included: never Django's
technical page listing the URL patterns."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize("url", ["/nothing-here/", "/rulings/999999/", "/courts/nowhere/"])
def test_it_shows_the_sites_own_page(client, settings, debug, url):
    settings.DEBUG = debug
    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 404
    assert "There is no page at this address" in html
    assert "URLconf" not in html and "urlpatterns" not in html
    assert 'href="/rulings/"' in html
