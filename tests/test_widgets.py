"""The search form's widgets, written out in Python, write what Django's templates write."""

import pytest
from django import forms
from django.test.html import parse_html

from ipcases import widgets

CHOICES = [("", "Any"), ("a", "A & B"), ("b", "<b>"), ("c", "C")]


def same_html(ours: str, django: str) -> bool:
    return parse_html(ours) == parse_html(django)


@pytest.mark.parametrize("value", [None, "", "a", "b", "missing", ["c"]])
def test_a_select_is_djangos_with_the_same_option_chosen(value):
    attrs = {"id": "id_x", "aria-invalid": "true"}
    ours = widgets.Select(choices=CHOICES).render("x", value, attrs)
    assert same_html(ours, forms.Select(choices=CHOICES).render("x", value, attrs))


@pytest.mark.parametrize("value", [None, "", 'say "x" <y> & z', 0, 12.5])
@pytest.mark.parametrize("kind", ["TextInput", "NumberInput"])
def test_an_input_is_djangos_with_its_value_escaped(kind, value):
    attrs = {"id": "id_x", "maxlength": "20", "required": True, "disabled": False}
    ours = getattr(widgets, kind)().render("x", value, attrs)
    assert same_html(ours, getattr(forms, kind)().render("x", value, attrs))


def test_no_errors_write_nothing_and_errors_the_usual_list():
    assert str(widgets.Errors()) == ""
    errors = ["Enter a number.", "<too> big"]
    assert same_html(str(widgets.Errors(errors)), str(forms.utils.ErrorList(errors)))


def test_the_search_form_writes_the_chosen_values_back(client, db):
    page = client.get("/rulings/", {"sort": "newest", "party": "Acme & Co", "damages_min": "5"})
    html = page.content.decode()
    assert '<option value="newest" selected>Newest first</option>' in html
    assert 'name="party" value="Acme &amp; Co"' in html
    assert 'name="damages_min" value="5"' in html
