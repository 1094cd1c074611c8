"""A figure's link: /rulings/ with the page's filters, its cell's parameter set, and the
parameters only analytics reads left out."""

from django.http import QueryDict

from ipcases.analytics.links import rulings_href


def test_a_cell_replaces_its_parameter_where_it_stood_and_the_others_stay_in_order():
    params = QueryDict("court=cafc&outcome=mixed&group=court&ip_type=patent&include_synthetic=1")

    assert rulings_href(params, outcome="holder_won") == (
        "/rulings/?court=cafc&outcome=holder_won&ip_type=patent"
    )


def test_a_new_parameter_comes_last_and_a_list_gives_it_several_values():
    params = QueryDict("q=%22fair+use%22&compare=court&compare_values=txed,ded")

    assert rulings_href(params, court=["txed", "ded"], decided_after="2019-01-01") == (
        "/rulings/?q=%22fair+use%22&court=txed&court=ded&decided_after=2019-01-01"
    )


def test_without_parameters_it_is_the_plain_list():
    assert rulings_href(QueryDict("group=year")) == "/rulings/"
