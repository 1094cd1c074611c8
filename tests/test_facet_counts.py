"""Every facet count, on either engine, is the number the facets' legend states, worked out
here again from the rulings themselves: the rulings with the option, within the search and the
other filters; for a multiple choice with options chosen, a chosen option's own rulings among
the results and an unchosen one's the rulings that adding it brings (shown with +).

The suite runs on SQLite and on PostgreSQL, so the same selections are checked on both
engines' code paths against the same independent numbers."""

import datetime as dt
import itertools

import pytest
from django.http import QueryDict

from ipcases import search
from ipcases.models import Source
from ipcases.pages.facets import ADDING, MEANING, facet_options
from ipcases.pages.links import QueryString
from ipcases.pages.listing import Listing
from tests.helpers import found, make_ruling

pytestmark = pytest.mark.django_db

COURTS = {"cafc": ("US", "appellate"), "txed": ("US", "first_instance")}
COURTS |= {"ded": ("US", "first_instance"), "ewhc-pat": ("GB", "first_instance")}
COURTS |= {"ewca-civ": ("GB", "appellate")}
TYPES = [
    ("patent",),
    ("trademark",),
    ("patent", "trademark"),
    ("copyright",),
    ("patent", "copyright"),
]
OUTCOMES = ["holder_won", "challenger_won", "", "mixed"]


@pytest.fixture
def rulings():
    """Thirty rulings spread over five courts, IP types (one or two each), outcomes,
    dispositions, injunctions, sources, precedential status and texts."""
    made = []
    for n, court in zip(range(30), itertools.cycle(COURTS), strict=False):
        made.append(
            make_ruling(
                court=court,
                ip_types=TYPES[n % len(TYPES)],
                rights_holder_outcome=OUTCOMES[n % 4],
                disposition=["affirmed", "reversed", "", "granted"][n % 3],
                injunction=["granted", "", "refused"][n % 3],
                source=Source.SYNTHETIC if n % 7 == 0 else Source.CSV,
                precedential_status="precedential" if n % 2 else "unknown",
                text="" if n % 6 == 5 else ("Patent infringement." if n % 3 else "A trade mark."),
                decision_date=dt.date(2010 + n % 10, 1, 1),
            )
        )
    search.update_index([r.pk for r in made])
    return made


def values(ruling) -> dict[str, set[str]]:
    """Each facet's values of one ruling, read from the ruling itself."""
    court = ruling.case.court
    flags = {
        "precedential": ruling.precedential_status == "precedential",
        "has_text": ruling.text != "",
        "real_only": ruling.source != Source.SYNTHETIC,
    }
    return {
        "court": {court.pk},
        "country": {court.country},
        "level": {court.level},
        "ip_type": set(ruling.ip_type_tags.values_list("ip_type", flat=True)),
        "outcome": {ruling.rights_holder_outcome},
        "disposition": {ruling.disposition},
        "injunction": {ruling.injunction},
        "source": {ruling.source},
        **{name: {"on"} if flag else set() for name, flag in flags.items()},
    }


def expected(rulings, selection: dict[str, list[str]], q: str) -> dict[str, dict[str, int]]:
    """What each option's count must be, by the legend's definition."""
    matching = found(q) if q else {r.pk for r in rulings}
    rows = [values(r) for r in rulings if r.pk in matching]

    def passes(row, name):
        return bool(row[name] & set(selection[name]))

    counts = {}
    for facet in search.FACETS:
        name = facet.name
        others = [r for r in rows if all(passes(r, o) for o in selection if o != name)]
        chosen = set(selection.get(name, []))
        tally: dict[str, int] = {}
        for row in others:
            for option in row[name] - {""}:
                if facet.multiple and chosen and option not in chosen and passes(row, name):
                    continue  # unchosen in a multiple choice: only the rulings it adds
                tally[option] = tally.get(option, 0) + 1
        counts[name] = tally
    return counts


SELECTIONS = [
    "",
    "court=cafc",
    "court=cafc&court=ewhc-pat",
    "court=txed&court=ded&court=ewca-civ&ip_type=patent",
    "ip_type=trademark",
    "ip_type=patent&ip_type=copyright",
    "ip_type=trademark&ip_type=copyright&court=cafc&court=ewhc-pat",
    "country=US&ip_type=patent&ip_type=trademark",
    "level=appellate&court=cafc&court=txed",
    "outcome=holder_won&court=ded&court=ewca-civ&ip_type=copyright",
    "real_only=on&precedential=on&ip_type=patent&ip_type=trademark",
    "has_text=on&disposition=affirmed&court=cafc&court=ded",
    "q=patent&court=cafc&court=txed",
    "q=patent&ip_type=trademark&ip_type=copyright&injunction=granted",
    "q=trade&source=synthetic&court=ewhc-pat",
]


@pytest.mark.parametrize("query", SELECTIONS)
def test_every_facet_count_is_the_number_its_legend_states(rulings, query):
    params = QueryDict(query)
    listing = Listing(params)
    selection = {k: params.getlist(k) for k in params if k != "q"}
    counts = {
        name: {option: n for option, n in options.items() if n and option}
        for name, options in listing.facet_counts.options.items()
    }
    want = expected(rulings, selection, params.get("q", ""))
    assert counts == want, query
    assert listing.facet_counts.total == listing.qs.count()


@pytest.mark.parametrize("query", ["", "q=patent", "court=cafc", "q=trade&ip_type=trademark"])
def test_each_court_counted_is_placed_by_its_country_and_level(rulings, query):
    """Every court among the query's rulings, whatever facets are chosen, is given its country
    and level (the court options are grouped by them)."""
    params = QueryDict(query)
    matching = found(params["q"]) if "q" in params else {r.pk for r in rulings}
    counted = {r.case.court_id for r in rulings if r.pk in matching}
    courts = Listing(params).facet_counts.courts
    assert courts == {court: COURTS[court] for court in counted}


@pytest.mark.parametrize("query", ["court=cafc&court=txed", "ip_type=patent", ""])
def test_the_legend_says_which_meaning_each_facet_has(rulings, query):
    listing = Listing(QueryDict(query))
    for facet in facet_options(listing, QueryString(listing.params)):
        adding = facet["name"] in QueryDict(query) and facet["name"] in ("court", "ip_type")
        assert facet["meaning"] == (ADDING if adding else MEANING)
