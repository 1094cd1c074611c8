"""The citator on the ruling page: each citing reference with its treatment and the passage
quoted, a treatment filter, the history (appeals, overrulings) apart from the citing
references, and a plain warning at the top when the ruling was reversed, vacated or
overruled."""

import datetime as dt

import pytest

from ipcases.citations import index_citations
from ipcases.models import Case, Ruling
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db

CITE = "Acme Corp. v. Bolt Tools, Inc., 812 F.3d 1001 (Fed. Cir. 2016)"


def section(html, heading_id):
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


def top(html):
    return html.split("<dl")[0]


def citator():
    acme = make_ruling(citations=("812 F.3d 1001",), decision_date=dt.date(2016, 5, 2))
    applying = make_ruling(
        text=f"Background first. Applying {CITE}, we hold the claim invalid.",
        decision_date=dt.date(2018, 1, 1),
    )
    distinguishing = make_ruling(
        text=f"The appellee relies on {CITE}. That case is inapposite here.",
        decision_date=dt.date(2019, 1, 1),
    )
    index_citations([applying.pk, distinguishing.pk])
    return acme, applying, distinguishing


def test_each_citing_reference_shows_its_treatment_and_the_passage_linked_to_its_place(client):
    acme, applying, distinguishing = citator()
    html = client.get(f"/rulings/{acme.pk}/").content.decode()
    cited_by = section(html, "citedby-h")
    assert "Citing references" in cited_by
    assert "Followed or applied" in cited_by and "Distinguished" in cited_by
    assert "Applying Acme Corp. v. Bolt Tools, Inc., 812 F.3d 1001" in cited_by
    at = applying.text.index("812 F.3d")
    assert f'href="/rulings/{applying.pk}/?at={at}#match-1"' in cited_by
    html = client.get(f"/rulings/{applying.pk}/?at={at}").content.decode()
    assert '<mark id="match-1">Applying Acme Corp.' in html


def test_the_citing_references_filter_by_treatment(client):
    acme, applying, distinguishing = citator()
    html = client.get(f"/rulings/{acme.pk}/?cited_by_treatment=negative").content.decode()
    cited_by = section(html, "citedby-h")
    assert f"/rulings/{distinguishing.pk}/" in cited_by
    assert f"/rulings/{applying.pk}/" not in cited_by
    html = client.get(f"/rulings/{acme.pk}/?cited_by_treatment=followed").content.decode()
    assert f"/rulings/{distinguishing.pk}/" not in section(html, "citedby-h")
    response = client.get(f"/rulings/{acme.pk}/?cited_by_treatment=nonsense")
    assert response.status_code == 200
    assert "Select a valid choice" in section(response.content.decode(), "citedby-h")


def test_a_bad_passage_offset_marks_nothing(client):
    acme, applying, _ = citator()
    for at in ("-1", "99999999", "1e3", "٣"):
        response = client.get(f"/rulings/{applying.pk}/", {"at": at})
        assert response.status_code == 200
        assert "<mark" not in response.content.decode()


def test_a_reversal_on_appeal_is_a_warning_at_the_top_and_in_the_history(client):
    below = make_ruling(
        court="ewhc-pat", citations=("[2019] EWHC 991 (Pat)",), decision_date=dt.date(2019, 4, 1)
    )
    appeal = make_ruling(
        court="ewca-civ",
        text="ON APPEAL FROM THE HIGH COURT OF JUSTICE, PATENTS COURT [2019] EWHC 991 (Pat)",
        disposition=Ruling.Disposition.REVERSED,
        decision_date=dt.date(2020, 6, 1),
    )
    index_citations([appeal.pk])
    html = client.get(f"/rulings/{below.pk}/").content.decode()
    assert "This ruling was reversed by" in top(html)
    assert f'href="/rulings/{appeal.pk}/"' in top(html)
    assert "Reversed</strong> by" in section(html, "chain-h")
    # Among the citing references too, with what it did (tests/test_citator_search.py).
    assert "Reversed on appeal" in section(html, "citedby-h")


def test_an_appeal_of_the_case_warns_about_the_case_not_this_ruling(client):
    below = make_ruling(court="txed", decision_date=dt.date(2019, 4, 1))
    appeal = make_ruling(
        disposition=Ruling.Disposition.VACATED_AND_REMANDED, decision_date=dt.date(2020, 6, 1)
    )
    Case.objects.filter(pk=appeal.case_id).update(appeal_from=below.case_id)
    html = client.get(f"/rulings/{below.pk}/").content.decode()
    assert "The judgment in this case was vacated on appeal by" in top(html)


def test_the_history_lists_only_appeals_decided_after_it_in_another_case(client):
    below = make_ruling(court="txed", decision_date=dt.date(2019, 4, 1))
    earlier = make_ruling(
        disposition=Ruling.Disposition.REVERSED, decision_date=dt.date(2018, 1, 1)
    )
    pending = make_ruling(disposition=Ruling.Disposition.DENIED, decision_date=dt.date(2020, 1, 1))
    same = make_ruling(case=below.case, disposition=Ruling.Disposition.REVERSED)
    for appeal in (earlier, pending):
        Case.objects.filter(pk=appeal.case_id).update(appeal_from=below.case_id)
    later = make_ruling(disposition=Ruling.Disposition.AFFIRMED, decision_date=dt.date(2021, 2, 1))
    Case.objects.filter(pk=later.case_id).update(appeal_from=below.case_id)
    html = client.get(f"/rulings/{below.pk}/").content.decode()
    history = section(html, "chain-h").split("Appeal chain")[0]
    assert f"/rulings/{later.pk}/" in history
    for other in (earlier, pending, same):
        assert f"/rulings/{other.pk}/" not in history


def test_an_affirmance_is_history_without_a_warning(client):
    below = make_ruling(court="txed", decision_date=dt.date(2019, 4, 1))
    appeal = make_ruling(disposition=Ruling.Disposition.AFFIRMED, decision_date=dt.date(2020, 6, 1))
    Case.objects.filter(pk=appeal.case_id).update(appeal_from=below.case_id)
    html = client.get(f"/rulings/{below.pk}/").content.decode()
    assert 'role="alert"' not in html
    assert "Affirmed</strong> by" in section(html, "chain-h")


def test_an_overruling_is_a_warning_with_its_passage(client):
    acme = make_ruling(citations=("812 F.3d 1001",), decision_date=dt.date(2016, 5, 2))
    en_banc = make_ruling(
        text=f"To the extent it holds otherwise, we overrule {CITE}.",
        decision_date=dt.date(2021, 1, 1),
    )
    index_citations([en_banc.pk])
    html = client.get(f"/rulings/{acme.pk}/").content.decode()
    assert "This ruling was overruled by" in top(html)
    assert "we overrule Acme Corp." in top(html)
    assert "Overruled or abrogated" in section(html, "citedby-h")


@pytest.mark.postgres
def test_the_history_reads_only_the_rulings_that_may_have_decided_its_appeal():
    import json

    from django.db import connection

    from ipcases import search
    from ipcases.models.treatments import appeals_of

    below = make_ruling(court="txed", decision_date=dt.date(2010, 4, 1))
    court = make_ruling(court="cafc").case.court
    cases = Case.objects.bulk_create(
        Case(court=court, name=f"Case {n}", docket_number=f"21-{n}") for n in range(400)
    )
    Ruling.objects.bulk_create(
        Ruling(
            case=case,
            decision_date=dt.date(2020, 1, 1),
            disposition=Ruling.Disposition.AFFIRMED,
            source=below.source,
            source_id=f"later-{case.pk}",
            retrieved_at=below.retrieved_at,
        )
        for case in cases
    )
    search.analyze([Case, Ruling])
    sql, params = Ruling.objects.filter(appeals_of(below)).values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    # None of the 400 later affirmances is read: the two ways to the appeal are looked up.
    assert _rows_read(plan[0]["Plan"], "ipcases_ruling") < 10


def _rows_read(node: dict, table: str) -> int:
    own = node.get("Actual Rows", 0) if node.get("Relation Name") == table else 0
    return own + sum(_rows_read(child, table) for child in node.get("Plans", []))
