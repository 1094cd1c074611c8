"""District-court figures from the FJC IDB's terminations, checked against the sample files
counted by hand: ten IP cases, one pending (see tests/data/fjc-idb)."""

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.http import QueryDict

from ipcases import analytics
from ipcases.analytics.durations import days
from ipcases.analytics.stats import wilson
from ipcases.analytics.survival import kaplan_meier
from ipcases.importers.pipeline import run_import
from ipcases.models import Ruling
from ipcases.pages.analytics import AnalyticsForm
from tests.analytics_corpus import build_corpus
from tests.fjc_samples import COURTLISTENER_FILE, FJC_FILE
from tests.helpers import csv_table

pytestmark = pytest.mark.django_db
DISTRICT = [
    "district_endings",
    "district_stages",
    "district_by_court",
    "district_by_year",
    "district_by_ip_type",
    "district_time",
]


@pytest.fixture
def idb():
    run_import("fjc-idb", [str(FJC_FILE)])
    run_import("fjc-idb", [str(COURTLISTENER_FILE)])
    return Ruling.objects.all()


def tables(rulings, query=""):
    form = AnalyticsForm(QueryDict(query))
    assert form.is_valid(), form.errors
    _, found = analytics.page_tables(rulings, form.choice)
    return {table.slug: table for table in found}


def rows_of(table) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in table.rows}


def percent_cells(k, n):
    share = wilson(k, n)
    return [f"{share.share * 100:.1f}", f"{share.low * 100:.1f}", f"{share.high * 100:.1f}"]


def test_the_district_figures_appear_only_where_the_selection_holds_terminations(idb):
    build_corpus()

    assert set(DISTRICT) <= set(tables(Ruling.objects.all()))
    assert not set(DISTRICT) & set(tables(Ruling.objects.exclude(source="fjc_idb")))


def test_it_counts_how_cases_end_among_the_terminated(idb):
    endings = tables(idb)["district_endings"]
    rows = rows_of(endings)

    assert endings.n == 9  # ten cases, one pending
    assert rows["Settled"] == ["1", *percent_cells(1, 9)]
    assert rows["Transferred or remanded"][:2] == ["2", "22.2"]
    assert rows["Judgment on a motion before trial"][:2] == ["2", "22.2"]
    assert rows["Judgment after a jury trial"][:2] == ["1", "11.1"]
    assert rows["Judgment on consent"][:2] == ["1", "11.1"]
    assert rows["Pending (left out of the shares)"] == ["1", "", "", ""]
    assert any("FJC Integrated Database" in note for note in endings.notes)


def test_every_row_links_to_its_rulings(client, idb):
    endings = tables(idb)["district_endings"]
    link = dict(zip([r[0] for r in endings.rows], endings.row_links, strict=True))["Settled"]

    assert parse_qs(urlsplit(link).query) == {"kind": ["termination"], "ending": ["settled"]}
    html = client.get(link).content.decode()
    assert "NORTHWIND RECORDS v. STREAMLY INC" in html
    assert "WIDGETRON LLC v. BOLTCO INC" not in html


def test_it_counts_how_far_terminated_cases_got(idb):
    stages = rows_of(tables(idb)["district_stages"])

    assert stages["Before issue was joined"][0] == "2"
    assert stages["After issue was joined, before trial"][0] == "5"
    assert stages["After trial"][0] == "2"
    assert stages["During trial"][0] == "0"


def test_by_court_the_holders_share_of_merits_judgments_and_injunctions(idb):
    by_court = tables(idb)["district_by_court"]
    texas = rows_of(by_court)["E.D. Tex."]

    # A jury verdict for the holder, a bench trial lost, a consent judgment with an injunction.
    assert texas[:4] == ["3", "0", "33.3", "0.0"]
    assert texas[4:8] == ["2", *percent_cells(1, 2)]
    assert texas[8:] == ["3", *percent_cells(1, 3)]
    assert by_court.n == 4  # judgments on the merits in all courts
    # The declaratory action: judgment for the plaintiff, who is the accused infringer.
    assert rows_of(by_court)["D. Del."][4:6] == ["1", "0.0"]
    assert rows_of(by_court)["D.N.J."][:2] == ["1", "1"]


def test_by_year_counts_the_year_of_termination_and_leaves_pending_cases_out(idb):
    by_year = rows_of(tables(idb)["district_by_year"])

    assert by_year["2024"][:2] == ["2", "0"]  # the declaratory action and the bench trial
    assert sum(int(row[0]) for row in by_year.values()) == 9


def test_by_ip_type(idb):
    by_type = rows_of(tables(idb)["district_by_ip_type"])

    assert {label: row[0] for label, row in by_type.items()} == {
        "Patent": "5",  # 830 and 835
        "Copyright": "2",
        "Trade mark": "2",
        "Trade secret": "1",
    }


def test_time_to_termination_is_a_kaplan_meier_estimate_with_pending_cases_censored(idb):
    durations = []
    for ruling in Ruling.objects.select_related("termination"):
        span = (ruling.decision_date - ruling.termination.date_filed).days
        durations.append((span, ruling.rights_holder_outcome != "pending", 1))
    expected = kaplan_meier(durations)

    time = tables(idb)["district_time"]
    overall = rows_of(time)["All district courts"]
    assert overall[:2] == ["10", "1"]
    median = expected.median
    assert overall[3] == f"{days(median.value)} ({days(median.low)}–{days(median.high)})"
    finished = sorted(span for span, ended, _ in durations if ended)
    assert overall[-1] == f"{finished[4]:,}"  # nine finished cases: the fifth
    assert rows_of(time)["D.N.J."][:2] == ["1", "1"]  # pending on 31 December 2024
    assert any("Brookmeyer and Crowley" in note for note in time.notes)


def test_the_basis_names_the_latest_file(idb):
    found = tables(idb)
    for slug in DISTRICT:
        assert any("files dated up to 31 December 2024" in note for note in found[slug].notes)


def test_the_page_shows_the_district_figures_and_their_downloads(client, idb):
    html = client.get("/analytics/?source=fjc_idb").content.decode()

    assert "District courts: how cases end (FJC IDB)" in html
    assert "District courts: time to termination (Kaplan–Meier, FJC IDB)" in html
    assert re.search(r'href="/analytics/district_by_court\.csv\?source=fjc_idb"', html)
    response = client.get("/analytics/district_by_court.csv?source=fjc_idb")
    assert response.status_code == 200
    assert ",".join(csv_table(response.content.decode())[0]).startswith(
        "Court,Cases,Pending,Settled %"
    )


def test_the_page_with_district_figures_costs_a_fixed_number_of_queries(
    client, idb, django_assert_num_queries
):
    # The five of the page (the data version included), then the terminations by court, year
    # and IP type, the time to termination by court, and the court and IP type labels.
    with django_assert_num_queries(11):
        client.get("/analytics/?source=fjc_idb")


def test_the_ruling_list_filters_by_kind_ending_and_stage(client, idb):
    response = client.get("/rulings/?kind=termination&ending=judgment_jury&stage=after_trial")

    html = response.content.decode()
    assert "WIDGETRON LLC v. BOLTCO INC" in html
    assert response.context["page"].paginator.count == 1
    # A new search from this page keeps them.
    assert '<input type="hidden" name="ending" value="judgment_jury">' in html
    assert '<input type="hidden" name="kind" value="termination">' in html


def test_a_pending_case_is_dated_by_its_file(idb):
    pending = Ruling.objects.get(rights_holder_outcome="pending")
    assert pending.decision_date == dt.date(2024, 12, 31)
    assert pending.termination.as_of == dt.date(2024, 12, 31)


def test_a_download_of_a_selection_without_terminations_is_empty_not_an_error(client, idb):
    response = client.get("/analytics/district_time.csv?source=csv")

    assert response.status_code == 200
    assert csv_table(response.content.decode())[1:] == []
