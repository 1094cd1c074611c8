"""Downloads of a result set: /rulings/export.csv, .jsonl, .ris and .bib take the list's
parameters, state their filters and cap, stream, and neutralise spreadsheet formulas."""

import csv
import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from django.test import override_settings

from ipcases import search
from tests.helpers import make_case, make_ruling

FORMULA = '=HYPERLINK("http://evil")'


@pytest.fixture
def rulings(db):
    made = [
        make_ruling(
            case=make_case(name=f"{FORMULA} v. Bolt", docket_number="20-1234"),
            citations=("550 U.S. 398",),
            text="The claimed widget would have been obvious.",
            summary="@SUM(1) a summary",
            decision_date=dt.date(2019, 5, 2),
            damages_amount=Decimal("1500000"),
            damages_currency="USD",
        ),
        make_ruling(
            court="txed", text="A trade mark case about dilution.", ip_types=("trademark",)
        ),
        make_ruling(court="ewca-civ", citations=("[2021] EWCA Civ 12",), ip_types=("trademark",)),
    ]
    search.update_index([r.pk for r in made])
    return made


def body(response) -> str:
    assert response.status_code == 200, response.content
    return b"".join(response.streaming_content).decode()


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body(response))))


def test_it_streams_every_matching_ruling_as_csv_after_a_header_that_states_the_selection(
    client, rulings
):
    response = client.get("/rulings/export.csv", {"ip_type": "trademark"})
    rows = csv_rows(response)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert rows[0][0].startswith("# ipcases rulings, ")
    assert "http://testserver/rulings/?ip_type=trademark" in rows[0][0]
    assert rows[1] == ["# Filters: ip_type=trademark"]
    assert rows[2] == ["# Rulings: 2, all that match (newest first); a file holds at most 50,000"]
    assert rows[3][:3] == ["id", "url", "case_name"]
    assert sorted(int(row[0]) for row in rows[4:]) == [rulings[1].pk, rulings[2].pk]


def test_cells_a_spreadsheet_would_run_as_formulas_are_text(client, rulings):
    rows = csv_rows(client.get("/rulings/export.csv", {"q": "obvious"}))
    cells = [value for row in rows for value in row]

    assert f"'{FORMULA} v. Bolt" in cells
    assert "'@SUM(1) a summary" in cells
    assert not any(value.startswith(("=", "+", "@", "-", "\t", "\r")) for value in cells)


def test_the_file_name_holds_the_query_and_the_date(client, rulings):
    response = client.get("/rulings/export.jsonl", {"q": "obvious widget"})
    today = dt.date.today().isoformat()

    assert response["Content-Disposition"] == (
        f'attachment; filename="ipcases-rulings-obvious-widget-{today}.jsonl"'
    )


def test_json_lines_start_with_the_export_and_hold_one_ruling_a_line(client, rulings):
    lines = body(client.get("/rulings/export.jsonl", {"court": "cafc"})).splitlines()
    meta = json.loads(lines[0])["export"]
    ruling = json.loads(lines[1])

    assert meta["filters"] == {"court": ["cafc"]}
    assert (meta["total"], meta["rows"], meta["cap"], meta["truncated"]) == (1, 1, 50_000, False)
    assert ruling["id"] == rulings[0].pk
    assert ruling["url"] == f"http://testserver/rulings/{rulings[0].pk}/"
    assert ruling["citations"] == ["550 U.S. 398"]
    assert ruling["damages_amount"] == "1500000.00"
    assert "judges" not in ruling  # no file to tally judges from
    assert len(lines) == 2


@override_settings(EXPORT_MAX_ROWS=2)
def test_the_cap_is_stated_and_kept(client, rulings):
    rows = csv_rows(client.get("/rulings/export.csv"))

    assert rows[2] == [
        "# Rulings: 3 match; this file holds the first 2 (newest first), the most a file "
        "holds: narrow the filters for the others"
    ]
    assert len(rows[4:]) == 2


def test_a_ris_entry_is_a_case_with_its_court_date_docket_and_reporter(client, rulings):
    text = body(client.get("/rulings/export.ris", {"court": "cafc"}))
    entry = text[text.index("TY  - CASE") :]

    assert text.startswith("ipcases rulings, ")
    assert "PB  - Court of Appeals for the Federal Circuit\n" in entry
    assert "DA  - 2019/05/02/\n" in entry
    assert "SV  - 20-1234\n" in entry
    assert "A2  - U.S.\nVL  - 550\nSP  - 398\n" in entry
    assert entry.rstrip().endswith("ER  -")


def test_a_bibtex_entry_escapes_what_bibtex_reads_as_commands(client, rulings):
    rulings[0].case.name = "Smith & Sons_{1} v. 100% Jones #2"
    rulings[0].case.save()
    text = body(client.get("/rulings/export.bib", {"court": "cafc"}))

    assert text.startswith("@comment{ipcases rulings, ")
    assert f"@jurisdiction{{ipcases{rulings[0].pk}," in text
    assert r"title = {{Smith \& Sons\_\{1\} v. 100\% Jones \#2}}" in text
    assert "date = {2019-05-02}" in text
    assert text.count("{") == text.count("}")


def test_the_list_parameters_order_the_file(client, rulings):
    rows = csv_rows(client.get("/rulings/export.csv", {"sort": "oldest"}))

    assert [row[7] for row in rows[4:]] == sorted(row[7] for row in rows[4:])
    assert "(oldest first)" in rows[2][0]


def test_a_search_in_order_of_relevance_exports_its_matches(client, rulings):
    rows = csv_rows(client.get("/rulings/export.csv", {"q": "dilution OR obvious"}))

    assert "(most relevant first)" in rows[2][0]
    assert {int(row[0]) for row in rows[4:]} == {rulings[0].pk, rulings[1].pk}


@pytest.mark.parametrize("extension", ["csv", "jsonl", "ris", "bib"])
def test_invalid_parameters_are_a_400_with_their_messages(client, rulings, extension):
    response = client.get(f"/rulings/export.{extension}", {"decided_after": "yesterday", "q": '"'})

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert "decided_after: Enter a valid date." in response.content.decode()


def test_an_unknown_format_is_not_found(client, rulings):
    assert client.get("/rulings/export.xlsx").status_code == 404


def test_the_list_page_links_its_downloads_with_its_parameters_and_states_the_cap(client, rulings):
    html = client.get("/rulings/", {"court": "cafc", "page": "1"}).content.decode()

    assert 'href="/rulings/export.csv?court=cafc"' in html
    assert 'href="/rulings/export.bib?court=cafc"' in html
    assert "at most 50,000 rulings a file" in html


def test_an_export_reads_the_rulings_a_chunk_at_a_time(client, rulings, django_assert_num_queries):
    # The count, then per chunk the rulings and their two prefetches (and the page's session).
    response = client.get("/rulings/export.csv")
    with django_assert_num_queries(3):
        body(response)
