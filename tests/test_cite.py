"""Citing a ruling from its page: Bluebook for US rulings, OSCOLA for UK and EU ones (with
parallel citations), a permalink, RIS and BibTeX of the one ruling, copy buttons that work
under the strict CSP, and a print stylesheet."""

import datetime as dt
import re

import pytest

from ipcases.exports.styles import bluebook, citation_forms, oscola
from tests.helpers import make_case, make_ruling


@pytest.fixture
def feist(db):
    case = make_case(court="scotus", name="Feist Publications, Inc. v. Rural Telephone Service Co.")
    return make_ruling(
        case=case,
        citations=("499 U.S. 340", "111 S. Ct. 1282", "113 L. Ed. 2d 358"),
        decision_date=dt.date(1991, 3, 27),
        ip_types=("copyright",),
    )


def test_a_us_ruling_is_cited_in_bluebook_form_with_its_parallel_citations(feist):
    assert citation_forms(feist) == [
        (
            "Bluebook",
            "Feist Publications, Inc. v. Rural Telephone Service Co., 499 U.S. 340, "
            "111 S. Ct. 1282, 113 L. Ed. 2d 358 (1991)",
        )
    ]


def test_a_bluebook_citation_names_a_lower_court_beside_the_year(db):
    ruling = make_ruling(
        case=make_case(name="Ariosa Diagnostics, Inc. v. Sequenom, Inc."),
        citations=("788 F.3d 1371",),
        decision_date=dt.date(2015, 6, 12),
    )
    assert (
        bluebook(ruling)
        == "Ariosa Diagnostics, Inc. v. Sequenom, Inc., 788 F.3d 1371 (Fed. Cir. 2015)"
    )


def test_an_unreported_us_ruling_is_cited_by_docket_number_and_full_date(db):
    ruling = make_ruling(
        case=make_case(court="txed", name="Acme v. Bolt", docket_number="2:19-cv-00123"),
        decision_date=dt.date(2020, 9, 3),
    )
    month = make_ruling(
        case=make_case(name="Acme v. Bolt", docket_number="No. 20-1"),
        decision_date=dt.date(2020, 9, 1),
        decision_date_precision="month",
    )
    assert bluebook(ruling) == "Acme v. Bolt, No. 2:19-cv-00123 (E.D. Tex. Sept. 3, 2020)"
    assert bluebook(month) == "Acme v. Bolt, No. 20-1 (Fed. Cir. Sept. 2020)"


def test_a_uk_ruling_is_cited_in_oscola_form_neutral_citation_first(db):
    ruling = make_ruling(
        case=make_case(court="uksc", name="Actavis UK Ltd v. Eli Lilly & Co"),
        citations=("[2018] 1 All ER 171", "[2017] UKSC 48"),
        decision_date=dt.date(2017, 7, 12),
    )
    assert citation_forms(ruling) == [
        ("OSCOLA", "Actavis UK Ltd v Eli Lilly & Co [2017] UKSC 48, [2018] 1 All ER 171")
    ]


def test_an_unreported_uk_ruling_is_cited_by_court_and_date(db):
    ruling = make_ruling(
        case=make_case(court="ewhc-pat", name="Acme Ltd v Bolt Ltd"),
        decision_date=dt.date(2020, 1, 15),
    )
    assert oscola(ruling) == "Acme Ltd v Bolt Ltd (EWHC (Pat), 15 January 2020)"


def test_an_eu_ruling_is_cited_by_case_number_name_and_ecli(db):
    ruling = make_ruling(
        case=make_case(
            court="cjeu",
            name="Infopaq International A/S v. Danske Dagblades Forening",
            docket_number="C-5/08",
        ),
        citations=("ECLI:EU:C:2009:465",),
        decision_date=dt.date(2009, 7, 16),
    )
    assert oscola(ruling) == (
        "Case C-5/08 Infopaq International A/S v Danske Dagblades Forening, ECLI:EU:C:2009:465"
    )


def test_the_ruling_page_offers_the_citation_a_permalink_and_the_files(client, feist):
    html = client.get(f"/rulings/{feist.pk}/").content.decode()

    assert '<span id="cite-1" class="citation">Feist Publications, Inc. v. Rural' in html
    assert f'<a id="permalink" href="http://testserver/rulings/{feist.pk}/">' in html
    assert f'href="/rulings/{feist.pk}/cite.ris"' in html
    assert f'href="/rulings/{feist.pk}/cite.bib"' in html
    assert 'data-copy="cite-1" hidden>Copy</button>' in html


def test_copy_buttons_run_from_a_static_file_and_print_has_its_stylesheet(client, feist):
    html = client.get(f"/rulings/{feist.pk}/").content.decode()

    assert '<script src="/static/copy.js" defer></script>' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # nothing inline (the CSP forbids it)
    assert not re.search(r"\son[a-z]+=", html)
    assert '<link rel="stylesheet" href="/static/print.css" media="print">' in html


def test_one_ruling_as_ris_and_bibtex(client, feist):
    ris = client.get(f"/rulings/{feist.pk}/cite.ris")
    bib = client.get(f"/rulings/{feist.pk}/cite.bib")

    assert ris["Content-Disposition"] == f'attachment; filename="ipcases-ruling-{feist.pk}.ris"'
    text = ris.content.decode()
    assert text.startswith("TY  - CASE\nTI  - Feist Publications")
    assert "A2  - U.S.\nVL  - 499\nSP  - 340\n" in text
    assert f"UR  - http://testserver/rulings/{feist.pk}/\n" in text
    entry = bib.content.decode()
    assert entry.startswith(f"@jurisdiction{{ipcases{feist.pk},\n")
    assert "institution = {Supreme Court of the United States}" in entry


@pytest.mark.parametrize("url", ["/rulings/999999/cite.ris", "/rulings/1/cite.pdf"])
def test_an_unknown_ruling_or_format_is_not_found(client, feist, url):
    assert client.get(url).status_code == 404
