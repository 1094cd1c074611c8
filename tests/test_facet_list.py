"""The facets as a results page writes them: every option a link with its count, the chosen
ones marked, a filter box for a long list, and every value escaped."""

from ipcases.templatetags.facets import facet_list


def facet(**overrides) -> dict:
    options = [
        {"value": "cafc", "label": "Fed. Cir.", "count": 1234, "chosen": True, "adds": False,
         "url": "q=a&court="},
        {"value": "x", "label": "<b>X</b>", "count": 5, "chosen": False, "adds": True,
         "url": "q=a&court=x"},
    ]  # fmt: skip
    fields = {
        "name": "court",
        "label": "Court",
        "options": options,
        "meaning": "Rulings with each option.",
        "groups": [{"label": "US · Appellate", "options": options}],
        "long": False,
        "errors": [],
    }
    return {**fields, **overrides}


def test_each_option_is_a_link_with_its_count_and_the_chosen_ones_are_marked():
    html = facet_list([facet()])
    chosen = '<li class="chosen"><a href="?q=a&amp;court=" aria-current="true">✓ Fed. Cir.</a>'
    assert chosen + ' <span class="count">1,234</span></li>' in html
    assert (
        '<li><a href="?q=a&amp;court=x">&lt;b&gt;X&lt;/b&gt;</a> <span class="count">+5</span>'
        in html
    )
    assert '<h4 class="facet-group">US · Appellate</h4>' in html
    assert '<p class="facet-meaning">Rulings with each option.</p>' in html


def test_a_long_facet_has_a_box_to_filter_its_options_and_an_empty_one_is_left_out():
    html = facet_list([facet(long=True), facet(name="level", options=[], groups=[])])
    assert 'data-filters="facet-court" placeholder="Filter court"' in html
    assert 'id="facet-level"' not in html


def test_a_facet_with_an_error_says_so_even_without_options():
    html = facet_list([facet(options=[], groups=[], errors=["Select a valid choice."])])
    assert '<ul class="errorlist"><li>Select a valid choice.</li></ul>' in html
