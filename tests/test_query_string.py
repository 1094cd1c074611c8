"""A page's links change one parameter of its query string and keep the others as they were."""

from urllib.parse import urlencode

from django.http import QueryDict

from ipcases.pages.links import QueryString


def test_a_link_sets_one_value_and_keeps_the_rest_in_order_without_the_page():
    links = QueryString(QueryDict("q=fair+use&court=cafc&page=3&ip_type=patent"))

    assert links.with_value("ip_type", "copyright") == "q=fair+use&court=cafc&ip_type=copyright"


def test_a_multiple_choice_is_toggled_and_a_parameter_without_value_removed():
    links = QueryString(QueryDict("court=cafc&court=txed&q=x"))

    assert links.with_value("court", "ded", toggle=True) == "court=cafc&court=txed&court=ded&q=x"
    assert links.with_value("court", "cafc", toggle=True) == "court=txed&q=x"
    assert links.with_value("q") == "court=cafc&court=txed"
    assert links.with_value("sort", "newest") == "court=cafc&court=txed&q=x&sort=newest"


def test_values_are_encoded_as_urlencode_encodes_them():
    raw = {"q": '"likelihood of confusion" w/5 mark & co', "party": "Société Générale", "n": "1+1"}
    links = QueryString(QueryDict(urlencode(raw)))

    assert links.with_value("court", "cafc") == urlencode({**raw, "court": "cafc"})
    assert links.with_value("year", 2019) == urlencode({**raw, "year": 2019})
