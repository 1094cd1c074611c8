"""/analytics/: the figures of any search, each with its sample, its link and its CSV."""

import re
from html.parser import HTMLParser

import pytest

from ipcases import search
from ipcases.analytics.tables import shown_cell
from ipcases.models import Ruling
from tests.analytics_corpus import build_corpus
from tests.helpers import csv_table, make_ruling

pytestmark = pytest.mark.django_db


class TableReader(HTMLParser):
    """The text of each cell of each <table> inside a <section id=...>, by section id."""

    def __init__(self):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.section = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.section = attrs.get("id")
            self.tables[self.section] = []
        elif tag == "tr" and self.section:
            self.tables[self.section].append([])
        elif tag in ("th", "td") and self.section:
            self.cell = ""

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self.cell is not None:
            self.tables[self.section][-1].append(self.cell.strip())
            self.cell = None


def page_tables(html: str) -> dict[str, list[list[str]]]:
    reader = TableReader()
    reader.feed(html)
    return reader.tables


def csv_rows(client, url: str) -> list[list[str]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return csv_table(response.content.decode())


SLUGS = ["years", "outcomes", "injunctions", "damages", "damages_distribution", "durations"]


# Counts and shares below 1,000 read the same on the page and in the CSV; amounts and
# durations are shown in another form (the next tests).
@pytest.mark.parametrize(
    "slug", [s for s in SLUGS if s not in ("damages", "durations")] + ["by_court", "by_ip_type"]
)
def test_its_csv_equals_the_table_on_the_page(client, slug):
    build_corpus()
    query = "?decided_after=2019-01-01"
    tables = page_tables(client.get(f"/analytics/{query}").content.decode())
    assert csv_rows(client, f"/analytics/{slug}.csv{query}") == tables[slug]


def test_the_page_shows_amounts_with_their_currency_and_durations_in_months(client):
    build_corpus()
    tables = page_tables(client.get("/analytics/?include_synthetic=1").content.decode())
    damages = csv_rows(client, "/analytics/damages.csv?include_synthetic=1")

    gbp_shown = next(row for row in tables["damages"] if row[0] == "GBP")
    gbp_csv = next(row for row in damages if row[0] == "GBP")
    assert all(cell.startswith("£") for cell in gbp_shown[2:])
    assert [cell.removeprefix("£").replace(",", "") for cell in gbp_shown[2:]] == gbp_csv[2:]
    assert "Median, months (95% interval)" in tables["durations"][0]
    assert "Median, days (95% interval)" in csv_rows(client, "/analytics/durations.csv")[0]


def test_a_shown_cell_keeps_the_value_and_makes_it_readable():
    assert shown_cell("333882.12") == "333,882.12"
    assert shown_cell("333882.12", "USD") == "$333,882.12"
    assert shown_cell("1200", "CHF") == "1,200 CHF"
    assert shown_cell("365.25 (304.375–1,217.5)", in_days=True) == "12.0 (10.0–40.0)"
    assert shown_cell("not reached", in_days=True) == "not reached"
    assert shown_cell("no data") == "no data"


def test_the_page_and_its_downloads_say_which_filters_made_the_selection(client):
    build_corpus()
    query = "?ip_type=patent&court=txed&decided_after=2019-01-01"
    sentence = (
        "4 rulings in this selection: E.D. Tex., Patent, Decided from: 1 January 2019, "
        "Exclude synthetic records."
    )

    assert sentence in client.get(f"/analytics/{query}").content.decode()
    assert sentence in client.get(f"/analytics/coverage/{query}").content.decode()
    lines = client.get(f"/analytics/outcomes.csv{query}").content.decode().splitlines()
    assert f'"# {sentence}"' in lines[:3]


def test_without_filters_the_selection_is_the_whole_catalogue(client):
    build_corpus()
    html = client.get("/analytics/?include_synthetic=1").content.decode()
    assert "in this selection: the whole catalogue, no filter." in html


def test_its_comparison_and_split_download_as_the_page_shows_them(client):
    build_corpus()
    query = "?compare=court&compare_values=txed,ded&group=source"
    tables = page_tables(client.get(f"/analytics/{query}").content.decode())
    assert csv_rows(client, f"/analytics/comparison.csv{query}") == tables["comparison"]
    years = tables["comparison_years"]
    assert csv_rows(client, f"/analytics/comparison_years.csv{query}") == years
    assert years[0] == ["Year", "E.D. Tex.", "D. Del."]
    assert years[1:3] == [["2018", "0", "1"], ["2019", "2", "0"]]
    assert csv_rows(client, f"/analytics/by_source.csv{query}") == tables["by_source"]


def test_it_links_each_figure_to_the_rulings_behind_it(client):
    build_corpus()
    html = client.get("/analytics/?ip_type=patent&decided_after=2019-06-01").content.decode()
    # Synthetic rulings are left out of figures by default, so the lists leave them out too.
    selection = "/rulings/?ip_type=patent&amp;decided_after=2019-06-01&amp;real_only=on"
    assert f'href="{selection}"' in html
    assert f'href="{selection}&amp;outcome=holder_won"' in html
    assert f'href="{selection}&amp;court=txed"' in html
    # A year's link is narrowed by the filter's own date range.
    assert "decided_after=2019-06-01&amp;real_only=on&amp;decided_before=2019-12-31" in html


def test_each_currency_of_damages_links_to_its_own_awards(client):
    build_corpus()
    search.update_index(Ruling.objects.values_list("pk", flat=True))
    html = client.get("/analytics/").content.decode()
    awards = {row[0]: row[1] for row in page_tables(html)["damages"][1:]}
    assert set(awards) >= {"GBP", "USD"}
    for currency, n in awards.items():
        href = f"/rulings/?real_only=on&damages_min=0&currency={currency}"
        assert f'href="{href.replace("&", "&amp;")}"' in html
        listed = client.get(href).content.decode()
        assert re.search(r"<strong>([\d,]+)</strong> ruling", listed).group(1) == n


def test_it_shows_the_sample_size_and_warns_when_it_is_small(client):
    made = [make_ruling(rights_holder_outcome="holder_won") for _ in range(3)]
    search.update_index([r.pk for r in made])
    html = client.get("/analytics/").content.decode()
    assert "n = 3</strong> rulings with a known outcome" in html
    assert "Small sample." in html


def test_it_gives_no_small_sample_warning_from_twenty_rulings(client):
    made = [
        make_ruling(rights_holder_outcome="holder_won", injunction="granted") for _ in range(20)
    ]
    search.update_index([r.pk for r in made])
    tables = page_tables(client.get("/analytics/").content.decode())
    html = client.get("/analytics/").content.decode()
    outcomes = html.split('id="outcomes"')[1].split("</section>")[0]
    assert "Small sample." not in outcomes
    assert tables["outcomes"][1][:2] == ["Rights holder won", "20"]


def test_it_takes_the_parameters_of_the_rulings_list(client):
    build_corpus()
    tables = page_tables(client.get("/analytics/?court=ded").content.decode())
    assert [row[1] for row in tables["years"][1:]] == ["1", "2", "1"]
    rulings_link = 'href="/rulings/?court=ded&amp;real_only=on"'
    assert rulings_link in client.get("/analytics/?court=ded").content.decode()


def test_it_shows_an_unreadable_filter_value_and_leaves_it_out_like_the_list(client):
    build_corpus()
    response = client.get("/analytics/?decided_after=yesterday&court=ded")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Some filters were left out" in html and "decided_after" in html
    assert [row[1] for row in page_tables(html)["years"][1:]] == ["1", "2", "1"]


def test_it_refuses_a_download_with_an_unreadable_filter_value(client):
    response = client.get("/analytics/years.csv?decided_after=yesterday")
    assert response.status_code == 400
    assert "decided_after" in response.content.decode()


def test_it_answers_404_for_an_unknown_table(client):
    assert client.get("/analytics/nonsense.csv").status_code == 404


def test_it_renders_the_whole_page_in_a_few_queries(client, django_assert_num_queries):
    # From the analytics groups: years; courts and IP types x outcomes x injunctions (also the
    # totals); court names; damages awards and durations together (from the groups' search
    # rows); the data version the page cache is keyed by. Filters add their own option lists.
    build_corpus()
    with django_assert_num_queries(5):
        client.get("/analytics/")


def test_other_filters_read_the_rulings_in_as_few_queries(client, django_assert_num_queries):
    # Years; courts x outcomes x injunctions; court names; IP types; damages awards and
    # durations together; the data version.
    build_corpus()
    with django_assert_num_queries(6):
        client.get("/analytics/?damages_min=1")


def test_it_shows_coverage_per_court_and_year_and_per_source(client):
    build_corpus()
    response = client.get("/analytics/coverage/")
    tables = page_tables(response.content.decode())
    courts = {row[0]: row[1:] for row in tables["coverage_courts"][1:]}
    assert courts["D. Del."] == ["4", "2018", "2022", "2019 2020"]
    assert courts["E.D. Tex."] == ["4", "2019", "2020", ""]
    sources = {row[0]: row[1] for row in tables["coverage_sources"][1:]}
    assert sources == {"Caselaw Access Project": "1", "Curated list (CSV / JSON Lines)": "7"}
    assert csv_rows(client, "/analytics/coverage_court_years.csv") == tables["coverage_court_years"]


def test_the_about_page_explains_the_principle_and_links_the_analytics(client):
    html = client.get("/about/").content.decode()
    assert 'href="/analytics/"' in html and 'href="/analytics/coverage/"' in html
    assert "refused" in html


def test_the_rulings_list_links_to_the_analytics_of_the_same_search(client):
    make_ruling(court="txed")
    html = client.get("/rulings/?court=txed&ip_type=patent").content.decode()
    assert 'href="/analytics/?court=txed&amp;ip_type=patent"' in html


def test_it_takes_a_full_text_search_like_the_list(client):
    sprocket = make_ruling(text="The claims cover a sprocket.", rights_holder_outcome="holder_won")
    flange = make_ruling(text="The claims cover a flange.", rights_holder_outcome="mixed")
    search.update_index([sprocket.pk, flange.pk])
    tables = page_tables(client.get("/analytics/?q=sprocket").content.decode())
    assert tables["years"][1:] == [["2020", "1"]]
    assert tables["outcomes"][1][:2] == ["Rights holder won", "1"]
