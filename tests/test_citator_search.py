"""The citator in search: with `cites:`, each result says how it treats the cited ruling (in
its text, or on appeal) with a link to the citing passage; the treatment filter takes the
appeal chain's treatments too; nothing changes, and nothing more is read, without `cites:`."""

import csv
import datetime as dt
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ipcases import search
from ipcases.citations import index_citations
from ipcases.models import Case, Citation, Ruling
from tests.helpers import make_ruling, statements

pytestmark = pytest.mark.django_db

D = Ruling.Disposition
CITE = "[2019] EWHC 991 (Pat)"
NAMED = f"Acme Widgets Ltd v Bolt Tools Ltd {CITE}"
HEADER = f"ON APPEAL FROM THE HIGH COURT OF JUSTICE, PATENTS COURT {CITE}"


@pytest.fixture
def chain():
    """A High Court ruling, reversed on appeal (the appeal names it), distinguished, applied,
    and cited by an appeal of its case whose outcome is unclear (remanded); and a district
    ruling whose case was vacated on appeal (the cases linked, no citation)."""
    below = make_ruling(court="ewhc-pat", citations=(CITE,), decision_date=dt.date(2019, 4, 1))
    rulings = {
        "below": below,
        "reversing": make_ruling(
            court="ewca-civ", text=HEADER, disposition=D.REVERSED, decision_date=dt.date(2020, 6, 1)
        ),
        "distinguishing": make_ruling(
            court="ewhc-pat",
            text=f"The claimant relies on {NAMED}. That case is inapposite here.",
            decision_date=dt.date(2021, 1, 1),
        ),
        "applying": make_ruling(
            court="ewhc-pat",
            text=f"Background first. Applying {NAMED}, the claim is invalid.",
            decision_date=dt.date(2022, 1, 1),
        ),
        "remanded": make_ruling(
            court="ewca-civ",
            text=f"The judge below, in {NAMED}, found the patent valid.",
            disposition=D.REMANDED,
            decision_date=dt.date(2020, 7, 1),
        ),
        "district": make_ruling(
            court="txed", citations=("123 F. Supp. 3d 456",), decision_date=dt.date(2019, 1, 1)
        ),
        "vacating": make_ruling(
            disposition=D.VACATED_AND_REMANDED, decision_date=dt.date(2020, 1, 1)
        ),
        "unrelated": make_ruling(text="The patent claims a widget, and nothing is cited."),
    }
    for above, below in (("vacating", "district"), ("remanded", "below")):
        Case.objects.filter(pk=rulings[above].case_id).update(appeal_from=rulings[below].case_id)
    ids = [r.pk for r in rulings.values()]
    index_citations(ids)
    search.update_index(ids)
    return rulings


def rows(client, **params) -> dict:
    """{ruling id: its treatment (or None)} of the list's rows."""
    response = client.get("/rulings/", params)
    assert response.status_code == 200
    return {r.pk: getattr(r, "treated", None) for r, _ in response.context["rows"]}


def treatments(client, **params) -> dict:
    return {pk: t.treatments if t else None for pk, t in rows(client, **params).items()}


def test_each_result_of_cites_says_how_it_treats_the_cited_ruling(client, chain):
    found = treatments(client, q=f'cites:"{CITE}"')
    assert found == {
        chain["reversing"].pk: ("reversed",),
        chain["distinguishing"].pk: ("distinguished",),
        chain["applying"].pk: ("followed",),
        chain["remanded"].pk: ("cited",),
    }
    assert treatments(client, q='cites:"123 F. Supp. 3d 456"') == {
        chain["vacating"].pk: ("vacated",)
    }


def test_the_row_shows_the_treatment_and_links_the_citing_passage(client, chain):
    html = client.get("/rulings/", {"q": f'cites:"{CITE}"'}).content.decode()
    applying = chain["applying"]
    at = Citation.objects.get(citing_ruling=applying, relation="cites").passage_at
    assert f'href="/rulings/{applying.pk}/?at={at}#match-1"' in html
    assert "Reversed on appeal" in html and "Distinguished" in html
    assert "Followed or applied" in html
    html = client.get(f"/rulings/{applying.pk}/?at={at}").content.decode()
    assert '<mark id="match-1">Applying Acme' in html


def test_the_treatment_filter_takes_the_appeal_chain(client, chain):
    query = f'cites:"{CITE}"'
    assert set(rows(client, q=query, treatment="reversed")) == {chain["reversing"].pk}
    assert set(rows(client, q=query, treatment="affirmed")) == set()
    assert set(rows(client, q=query, treatment="negative")) == {
        chain["reversing"].pk,
        chain["distinguishing"].pk,
    }
    district = 'cites:"123 F. Supp. 3d 456"'
    assert set(rows(client, q=district, treatment="vacated")) == {chain["vacating"].pk}
    assert set(rows(client, q=district, treatment="negative")) == {chain["vacating"].pk}
    # By the cited ruling's id, and without cites: (any ruling).
    by_id = f"cites:{chain['below'].pk}"
    assert set(rows(client, q=by_id, treatment="reversed")) == {chain["reversing"].pk}
    assert set(rows(client, treatment="reversed")) == {chain["reversing"].pk}
    assert set(rows(client, treatment="vacated")) == {chain["vacating"].pk}


def test_a_citation_the_catalogue_lacks_has_only_its_texts_treatments(client, chain):
    reversing = make_ruling(
        text="Applying Bolt v. Acme, 999 F.3d 1 (Fed. Cir. 2020), we reverse.",
        disposition=D.REVERSED,
    )
    index_citations([reversing.pk])
    search.update_index([reversing.pk])
    assert treatments(client, q='cites:"999 F.3d 1"') == {reversing.pk: ("followed",)}
    assert rows(client, q='cites:"999 F.3d 1"', treatment="reversed") == {}


def test_an_unclear_appeal_stays_cited(client, chain):
    remanded = chain["remanded"].pk
    for treatment in ("affirmed", "reversed", "vacated", "negative"):
        assert remanded not in rows(client, q=f'cites:"{CITE}"', treatment=treatment)
    assert remanded in rows(client, q=f'cites:"{CITE}"', treatment="cited")


def test_any_negative_treatment_holds_every_ruling_the_warning_names(client, chain):
    for below, cite in ((chain["below"], CITE), (chain["district"], "123 F. Supp. 3d 456")):
        page = client.get(f"/rulings/{below.pk}/")
        warned = {t.by.pk for t in page.context["warnings"]}
        assert warned
        negative = set(rows(client, q=f'cites:"{cite}"', treatment="negative"))
        assert warned <= negative
        cited_by = client.get(f"/rulings/{below.pk}/", {"cited_by_treatment": "negative"})
        assert warned <= {r.pk for r in cited_by.context["cited_by_page"]}


def test_the_citing_references_show_and_filter_the_appeal_chain(client, chain):
    below = chain["below"].pk
    page = client.get(f"/rulings/{below}/").context
    listed = {r.pk: r.treated.treatments for r in page["cited_by_page"]}
    assert listed[chain["reversing"].pk] == ("reversed",)
    assert page["cited_by_total"] == 4
    page = client.get(f"/rulings/{below}/", {"cited_by_treatment": "reversed"}).context
    assert [r.pk for r in page["cited_by_page"]] == [chain["reversing"].pk]


def test_without_cites_the_rows_read_no_citation(client, chain):
    with CaptureQueriesContext(connection) as captured:
        found = rows(client, q="widget")
    assert found and set(found.values()) == {None}
    assert not [sql for sql in statements(captured) if "ipcases_citation" in sql]


def test_the_rows_treatments_take_one_statement_whatever_their_number(client, chain):
    counted = []
    rows(client, q="widget")  # what a process reads once a write (search/kept.py), read first
    for query in (f'cites:"{CITE}"', 'cites:"123 F. Supp. 3d 456"'):
        with CaptureQueriesContext(connection) as captured:
            found = rows(client, q=query)
        counted.append(len(statements(captured)))
        assert all(found.values())
    assert counted[0] == counted[1]


def test_the_api_list_gives_each_results_treatment_with_cites_only(client, chain):
    answer = client.get("/api/v1/rulings/", {"q": f'cites:"{CITE}"'}).json()
    found = {r["id"]: r["treatment"] for r in answer["results"]}
    reversing = found[chain["reversing"].pk]
    assert reversing["treatment"] == "reversed" and reversing["passage_url"] == ""
    applying = found[chain["applying"].pk]
    assert applying["treatments"] == ["followed"]
    assert applying["passage_url"].startswith(f"/rulings/{chain['applying'].pk}/?at=")
    assert "Applying Acme Widgets" in applying["passage"]
    answer = client.get("/api/v1/rulings/", {"q": "widget"}).json()
    assert answer["results"] and all("treatment" not in r for r in answer["results"])


def test_the_csv_and_json_lines_of_cites_hold_each_rows_treatment(client, chain):
    response = client.get("/rulings/export.csv", {"q": f'cites:"{CITE}"', "sort": "oldest"})
    table = [row for row in csv.reader(io.StringIO(body(response))) if not row[0].startswith("#")]
    header, rows = table[0], [dict(zip(table[0], row, strict=True)) for row in table[1:]]
    assert header[-3:] == ["treatment", "treatment_passage", "treatment_passage_url"]
    found = {int(row["id"]): row for row in rows}
    assert found[chain["reversing"].pk]["treatment"] == "reversed"
    applying = found[chain["applying"].pk]
    assert applying["treatment"] == "followed" and "Applying Acme" in applying["treatment_passage"]
    at = Citation.objects.get(citing_ruling=chain["applying"], relation="cites").passage_at
    assert applying["treatment_passage_url"] == (
        f"http://testserver/rulings/{chain['applying'].pk}/?at={at}#match-1"
    )
    lines = body(client.get("/rulings/export.jsonl", {"q": f'cites:"{CITE}"'})).splitlines()
    records = {r["id"]: r for r in map(json.loads, lines[1:])}
    assert records[chain["distinguishing"].pk]["treatment"] == ["distinguished"]


def test_exports_without_cites_keep_their_columns(client, chain):
    response = client.get("/rulings/export.csv", {"q": "widget"})
    table = [row for row in csv.reader(io.StringIO(body(response))) if not row[0].startswith("#")]
    assert "treatment" not in table[0]


def body(response) -> str:
    assert response.status_code == 200, response.content
    return b"".join(response.streaming_content).decode()
