"""/rulings/feed.atom: any search of the list as an Atom feed, newest first."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from ipcases import search
from tests.helpers import make_case, make_ruling

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def rulings(db):
    made = [
        make_ruling(case=make_case(name="Old <b>v.</b> Older"), decision_date=dt.date(2018, 1, 1)),
        make_ruling(
            citations=("786 F.3d 983",),
            summary="A summary & more.",
            decision_date=dt.date(2022, 3, 4),
        ),
        make_ruling(court="txed", ip_types=("trademark",), decision_date=dt.date(2023, 1, 1)),
    ]
    search.update_index([r.pk for r in made])
    return made


def feed(client, params=None) -> ET.Element:
    response = client.get("/rulings/feed.atom", params or {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_a_search_is_a_valid_atom_feed_of_its_rulings_newest_first(client, rulings):
    root = feed(client, {"ip_type": "patent", "q": "widget"})
    entries = root.findall(f"{ATOM}entry")

    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}id").text
    assert root.find(f"{ATOM}updated").text
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert links == [
        f"http://testserver/rulings/{rulings[1].pk}/",
        f"http://testserver/rulings/{rulings[0].pk}/",
    ]
    assert entries[1].find(f"{ATOM}title").text.startswith("Old <b>v.</b> Older (")
    summary = entries[0].find(f"{ATOM}summary").text
    assert "786 F.3d 983 (Fed. Cir. 2022). A summary & more." in summary


def test_the_feed_links_back_to_its_search(client, rulings):
    root = feed(client, {"court": "txed"})
    alternate = root.find(f"{ATOM}link[@rel='alternate']").get("href")

    assert alternate == "http://testserver/rulings/?court=txed"
    assert len(root.findall(f"{ATOM}entry")) == 1


def test_invalid_parameters_are_a_400_with_their_messages(client, rulings):
    response = client.get("/rulings/feed.atom", {"decided_after": "soon"})

    assert response.status_code == 400
    assert "decided_after: Enter a valid date." in response.content.decode()


def test_the_list_page_links_its_feed(client, rulings):
    html = client.get("/rulings/", {"court": "txed"}).content.decode()

    assert 'href="/rulings/feed.atom?court=txed" rel="alternate"' in html
