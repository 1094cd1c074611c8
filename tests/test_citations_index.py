"""Writing what extraction found and linking the citation network, in both import orders."""

import datetime as dt

import pytest

from ipcases.citations import index_citations, resolve_all
from ipcases.importers.store import save_records
from ipcases.models import Citation, CitationScan, RightMention, Ruling, StatuteMention
from tests.helpers import make_case, make_court, make_ruling

pytestmark = pytest.mark.django_db

LOTUS_TEXT = (
    "Originality is the touchstone. Feist Publications, Inc. v. Rural Tel. Serv. Co., 499 U.S. "
    "340, 361, 111 S.Ct. 1282, 1296, 113 L.Ed.2d 358 (1991). Feist, 499 U.S. at 349. "
    "See also Baker v. Selden, 101 U.S. 99 (1880). The claim arises under 17 U.S.C. § 102(b)."
)


def feist(**overrides):
    return make_ruling(
        court="scotus", citations=("499 U.S. 340",), decision_date=dt.date(1991, 3, 27), **overrides
    )


def lotus():
    return make_ruling(court="ca1", text=LOTUS_TEXT, decision_date=dt.date(1995, 3, 9))


def test_it_links_a_citation_to_a_ruling_already_in_the_catalogue():
    cited = feist()
    citing = lotus()
    index_citations([citing.pk])
    assert list(Ruling.objects.citing(cited)) == [citing]
    assert list(Ruling.objects.cited_by(citing)) == [cited]


def test_it_links_a_dangling_citation_when_the_cited_ruling_arrives_later():
    citing = lotus()
    index_citations([citing.pk])
    assert Citation.objects.filter(cited_ruling__isnull=False).count() == 0
    cited = feist()
    index_citations([cited.pk])
    assert list(Ruling.objects.citing(cited)) == [citing]


def test_it_links_through_a_parallel_citation_when_the_catalogue_holds_only_that_one():
    cited = make_ruling(court="scotus", citations=("111 S. Ct. 1282",))
    citing = lotus()
    index_citations([citing.pk])
    assert list(Ruling.objects.citing(cited)) == [citing]


def test_it_keeps_depth_and_pin_cites():
    citing = lotus()
    index_citations([citing.pk])
    row = Citation.objects.get(citing_ruling=citing, normalized="499 us 340")
    assert row.depth == 2
    assert row.group == "499 us 340"
    assert "361" in row.pin_cites and "349" in row.pin_cites
    assert Citation.objects.filter(citing_ruling=citing, group="499 us 340").count() == 3


def test_it_records_statutes_and_rights_with_counts():
    citing = make_ruling(
        text="U.S. Patent No. 7,654,321 (the '321 patent) is infringed under 35 U.S.C. § 271(a). "
        "The '321 patent is valid; 35 U.S.C. § 271(a) applies."
    )
    index_citations([citing.pk])
    assert list(StatuteMention.objects.values_list("key", "count")) == [("35 U.S.C. § 271(a)", 2)]
    assert list(RightMention.objects.values_list("kind", "number", "count")) == [
        ("utility_patent", "7654321", 3)
    ]
    assert list(Ruling.objects.mentioning_right("utility_patent", "7654321")) == [citing]
    assert list(Ruling.objects.citing_statute("35 U.S.C. § 271")) == [citing]
    assert list(Ruling.objects.citing_statute("35 U.S.C. § 27")) == []


def test_it_is_idempotent_and_skips_unchanged_texts(django_assert_max_num_queries):
    cited = feist()
    citing = lotus()
    index_citations([citing.pk])
    first = list(Citation.objects.values_list("pk", "cited_ruling", "depth"))
    summary = index_citations([citing.pk])
    assert summary.read == 0 and summary.unchanged == 1
    assert list(Citation.objects.values_list("pk", "cited_ruling", "depth")) == first
    Ruling.objects.filter(pk=citing.pk).update(text="No citations any more.")
    summary = index_citations([citing.pk])
    assert summary.read == 1
    assert not Ruling.objects.citing(cited).exists()


def test_it_ignores_the_ruling_own_citation_in_its_header():
    ruling = make_ruling(
        court="ewca-civ",
        citations=("[2020] EWCA Civ 871",),
        text="Neutral Citation Number: [2020] EWCA Civ 871. We follow [2019] UKSC 15.",
    )
    index_citations([ruling.pk])
    assert list(Citation.objects.values_list("normalized", flat=True)) == ["[2019] uksc 15"]


def test_it_counts_citing_rulings_once_each():
    cited = feist()
    for _ in range(2):
        index_citations([lotus().pk])
    other = make_ruling()
    counted = Ruling.objects.with_cited_by_count()
    assert counted.get(pk=cited.pk).cited_by_count == 2
    assert counted.get(pk=other.pk).cited_by_count == 0
    assert Ruling.objects.most_cited_first().first() == cited


def test_it_links_a_uk_appeal_to_the_judgment_below_in_either_order():
    header = (
        "Neutral Citation Number: [2020] EWCA Civ 871 IN THE COURT OF APPEAL (CIVIL DIVISION) "
        "ON APPEAL FROM THE HIGH COURT OF JUSTICE, PATENTS COURT Nugee J [2019] EWHC 991 (Pat)"
    )
    appeal = make_ruling(court="ewca-civ", citations=("[2020] EWCA Civ 871",), text=header)
    index_citations([appeal.pk])
    below = make_ruling(court="ewhc-pat", citations=("[2019] EWHC 991 (Pat)",))
    index_citations([below.pk])
    appeal.case.refresh_from_db()
    assert appeal.case.appeal_from == below.case
    assert Citation.objects.get(relation="reviews").cited_ruling == below


def test_it_links_a_federal_circuit_appeal_to_the_district_court_docket():
    district = make_case(court="txed", docket_number="2:19-cv-00123")
    trial = make_ruling(case=district)
    appeal = make_ruling(
        court="cafc",
        text="Appeal from the United States District Court for the Eastern District of Texas "
        "in No. 2:19-cv-00123-JRG, Chief Judge Rodney Gilstrap.",
    )
    index_citations([appeal.pk])
    appeal.case.refresh_from_db()
    assert appeal.case.appeal_from == district
    assert trial in Ruling.objects.in_cases(appeal.case.appeal_chain())


def test_it_links_a_us_appeal_to_the_district_ruling_its_opening_paragraph_reviews():
    district = make_ruling(court="mad", citations=("831 F. Supp. 223",))
    appeal = make_ruling(
        case=make_case(court="ca1", name="Lotus Development Corp. v. Borland International"),
        text="This appeal requires us to decide whether the district court erred. See Lotus "
        "Dev. Corp. v. Borland Int'l, Inc., 831 F.Supp. 223 (D.Mass.1993).",
    )
    index_citations([appeal.pk])
    appeal.case.refresh_from_db()
    assert appeal.case.appeal_from == district.case
    assert list(Ruling.objects.citing(district)) == [appeal]


def test_resolve_all_links_what_the_catalogue_can_answer():
    citing = lotus()
    index_citations([citing.pk])
    cited = feist()  # created without going through the write path
    assert resolve_all() == 1
    assert list(Ruling.objects.citing(cited)) == [citing]


def _record(source_id, text="", citations=(), court="scotus", date="1991-03-27"):
    return {
        "source": "cap",
        "source_id": source_id,
        "court": court,
        "case_name": f"Case {source_id}",
        "decision_date": date,
        "text": text,
        "citations": list(citations),
        "ip_types": ["copyright"],
    }


@pytest.mark.parametrize("cited_first", [True, False])
def test_the_write_path_resolves_citations_in_both_import_orders(cited_first):
    make_court("scotus")
    cited = _record("feist", citations=["499 U.S. 340"])
    citing = _record("lotus", text=LOTUS_TEXT, court="ca1", date="1995-03-09")
    for record in [cited, citing] if cited_first else [citing, cited]:
        assert save_records([record]).created == 1
    feist_ruling = Ruling.objects.get(source_id="feist")
    assert list(Ruling.objects.citing(feist_ruling).values_list("source_id", flat=True)) == [
        "lotus"
    ]
    assert CitationScan.objects.count() == 2


def test_it_finds_rulings_citing_a_typed_citation_linked_or_not():
    citing = lotus()
    index_citations([citing.pk])
    for typed in ("499 U. S. 340", "499 U.S. 340", "111 S. Ct. 1282", "101 U.S. 99"):
        assert list(Ruling.objects.citing_cite(typed)) == [citing], typed
    assert not Ruling.objects.citing_cite("500 U.S. 1").exists()


def test_it_finds_rulings_citing_a_typed_neutral_citation():
    citing = make_ruling(text="Applying Actavis v Eli Lilly [2017] UKSC 48 at [66].")
    index_citations([citing.pk])
    assert list(Ruling.objects.citing_cite("[2017] UKSC 48")) == [citing]


def test_it_finds_rulings_by_a_typed_right_number_of_any_kind():
    mentioning = make_ruling(text="Claims of U.S. Patent No. 7,654,321 and EP 1 234 567 B1.")
    index_citations([mentioning.pk])
    assert list(Ruling.objects.mentioning_right_number("7,654,321")) == [mentioning]
    assert list(Ruling.objects.mentioning_right_number("EP 1 234 567")) == [mentioning]
    assert not Ruling.objects.mentioning_right_number("7,654,320").exists()
