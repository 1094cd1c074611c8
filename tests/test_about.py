import pytest

from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db


def test_it_states_the_principle_the_sources_and_the_coverage(client):
    make_ruling(court="ded", source="cap")
    html = client.get("/about/").content.decode()
    assert "It catalogues rulings, not people" in html
    assert "Open Justice Licence" in html
    assert "/courts/ded/" in html
