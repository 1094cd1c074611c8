"""Names of cited cases as the text prints them: whole, or not at all."""

import pytest

from ipcases.citations import extract
from ipcases.citations.names import case_name_before


@pytest.mark.parametrize(
    ("before", "name"),
    [
        (
            "See Computer Assocs. Int'l, Inc. v. Altai, Inc., ",
            "Computer Assocs. Int'l, Inc. v. Altai, Inc.",
        ),
        (
            "In Feist Publications, Inc. v. Rural Telephone Service Co., ",
            "Feist Publications, Inc. v. Rural Telephone Service Co.",
        ),
        (
            "the court in Alice Corp. Pty. Ltd. v. CLS Bank Int'l, ",
            "Alice Corp. Pty. Ltd. v. CLS Bank Int'l",
        ),
        ("Cf. eBay Inc. v. MercExchange, L.L.C., ", "eBay Inc. v. MercExchange, L.L.C."),
        (
            "as in Regents of the University of California v. Eli Lilly & Co., ",
            "Regents of the University of California v. Eli Lilly & Co.",
        ),
        ("The decision in Actavis UK Ltd v Eli Lilly & Co ", "Actavis UK Ltd v Eli Lilly & Co"),
        ("In Generics (UK) Ltd v H Lundbeck A/S ", "Generics (UK) Ltd v H Lundbeck A/S"),
        ("judgment of 12 July 2011, L'Oréal and Others, C-324/09, ", "L'Oréal and Others"),
        ("See, e.g., In re Bilski, ", "In re Bilski"),
    ],
)
def test_it_reads_the_name_printed_before_a_citation(before, name):
    assert case_name_before(before, len(before)) == name


@pytest.mark.parametrize(
    "before",
    [
        "the district court relied on 499 U.S. 340, 345 and ",
        "the plaintiff v. the defendant, ",
        "The court said that ",
        "This is so. ",
    ],
)
def test_it_gives_no_name_where_the_text_prints_none(before):
    assert case_name_before(before, len(before)) == ""


def test_a_cited_case_is_named_whole_where_a_name_has_an_abbreviation_with_an_apostrophe():
    text = "See Computer Assocs. Int'l, Inc. v. Altai, Inc., 982 F.2d 693, 706 (2d Cir. 1992)."
    (altai,) = extract(text).authorities

    assert altai.case_name == "Computer Assocs. Int'l, Inc. v. Altai, Inc."


def test_neutral_citations_and_eclis_carry_the_name_the_text_gives():
    text = (
        "The test was restated in Actavis UK Ltd v Eli Lilly & Co [2017] UKSC 48. The Court "
        "of Justice ruled in its judgment of 12 July 2011, L'Oréal and Others, C-324/09, "
        "ECLI:EU:C:2011:474, on keyword advertising."
    )
    names = {a.form: a.case_name for a in extract(text).authorities}

    assert names == {"neutral": "Actavis UK Ltd v Eli Lilly & Co", "ecli": "L'Oréal and Others"}
