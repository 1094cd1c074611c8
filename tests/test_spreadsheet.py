"""CSV downloads: every cell is data that a spreadsheet shows, never a formula it runs."""

import csv
import io
from decimal import Decimal

import pytest

from ipcases import search
from ipcases.courts import ensure_courts
from ipcases.models import Court
from ipcases.spreadsheet import cell, write_csv
from tests.helpers import csv_table, make_ruling


@pytest.mark.parametrize(
    "value",
    ['=HYPERLINK("http://evil")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", " =1", "\r=1"],
)
def test_a_text_that_a_spreadsheet_would_run_is_written_as_text(value):
    assert cell(value) == "'" + value


@pytest.mark.parametrize("value", [-5, Decimal("-1.50"), 0.5, "Fed. Cir.", "45% (30–60%)", ""])
def test_numbers_and_plain_text_are_written_as_they_are(value):
    assert cell(value) == value


def test_it_neutralises_the_header_and_every_row():
    stream = io.StringIO()
    write_csv(stream, ["Court", "=A1"], [["@B2", 3], ["plain", -4]])
    assert list(csv.reader(io.StringIO(stream.getvalue()))) == [
        ["Court", "'=A1"],
        ["'@B2", "3"],
        ["plain", "-4"],
    ]


@pytest.mark.django_db
def test_a_stored_currency_that_reads_as_a_formula_is_text_in_damages_csv(client):
    # Imports refuse such a currency now; one stored before, or by hand, is still written safely.
    ruling = make_ruling(damages_amount=Decimal("100"), damages_currency="=A1")
    search.update_index([ruling.pk])
    rows = list(csv.reader(io.StringIO(client.get("/analytics/damages.csv").content.decode())))
    cells = [value for row in rows for value in row]
    assert "=A1" not in cells and not any(value.startswith("=") for value in cells)
    assert any(value.startswith("'=A1") for value in cells)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["comparison", "comparison_years"])
def test_a_compared_value_reaches_the_header_only_as_text(client, slug):
    ensure_courts()
    Court.objects.filter(pk="txed").update(short_name='=HYPERLINK("http://evil")')
    make_ruling(court="txed")
    response = client.get(f"/analytics/{slug}.csv", {"compare": "court", "compare_values": "txed"})
    header = csv_table(response.content.decode())[0]
    assert header[1] == '\'=HYPERLINK("http://evil")'


@pytest.mark.django_db
@pytest.mark.parametrize("value", ['=HYPERLINK("http://evil")', "+cmd", "@SUM(1)"])
def test_a_compared_value_from_the_url_that_names_nothing_is_refused(client, value):
    response = client.get(
        "/analytics/comparison.csv", {"compare": "court", "compare_values": value}
    )
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")


@pytest.mark.django_db
def test_an_analytics_table_states_its_filters_before_its_header(client):
    make_ruling(court="txed")
    response = client.get("/analytics/years.csv", {"court": "txed", "q": "=cmd"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))

    assert rows[0][0].startswith("# ipcases analytics table years, ")
    assert "from http://testserver/analytics/years.csv?court=txed&q=%3Dcmd" in rows[0][0]
    assert rows[1] == ["# Filters: q==cmd; court=txed; real_only=on"]  # synthetic left out
    assert rows[2] == [
        "# 0 rulings in this selection: matching “=cmd”, E.D. Tex., Exclude synthetic records."
    ]
    assert rows[3][0] == "Year"
