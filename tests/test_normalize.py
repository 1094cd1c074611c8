import pytest

from ipcases.normalize import (
    looks_like_natural_person,
    name_key,
    name_signature,
    normalize_citation,
    normalize_docket,
    normalize_right_number,
    split_citations,
)


@pytest.mark.parametrize(
    ("published", "normal"),
    [
        ("2:19-cv-00123-JRG", "2:19-cv-123"),
        ("2:19-CV-123", "2:19-cv-123"),
        ("No. 20-1046", "20-1046"),
        ("Case No: A3/2019/1506", "a3/2019/1506"),
        ("Nos. 21-1234, 21-1301", "21-1234"),
        # The FJC's office 2, docket 1501455 as published, and with the year in full.
        ("2:15-cv-01455", "2:15-cv-1455"),
        ("2:2015cv01455", "2:15-cv-1455"),
        ("2:15cv1455-JRG-RSP", "2:15-cv-1455"),
        ("13-4829-cv", "13-4829"),
        ("No. 13-4829-cv(L)", "13-4829"),
        ("2015-1455", "15-1455"),
    ],
)
def test_it_normalises_docket_numbers(published, normal):
    assert normalize_docket(published) == normal


@pytest.mark.parametrize(
    ("printed", "normal"),
    [
        ("499 U.S. 340", "499 us 340"),
        ("499  u.s.  340", "499 us 340"),
        ("[2020] EWCA Civ 871", "[2020] ewca civ 871"),
        ("ECLI:EU:C:2014:317", "ecli:eu:c:2014:317"),
        ("34 U.S.P.Q. 2d (BNA) 1014", "34 uspq 2d 1014"),
    ],
)
def test_it_normalises_citations(printed, normal):
    assert normalize_citation(printed) == normal


@pytest.mark.parametrize(
    ("printed", "normal"),
    [
        ("7,654,321", "7654321"),
        ("U.S. 7,654,321", "7654321"),
        ("D789,123", "D789123"),
        ("RE45,678", "RE45678"),
        ("EP 1 234 567 B1", "1234567"),
    ],
)
def test_it_normalises_right_numbers(printed, normal):
    assert normalize_right_number(printed) == normal


@pytest.mark.parametrize(
    ("name", "natural"),
    [
        ("Lynn Goldsmith", True),
        ("Mary Jane van der Berg", True),
        ("Apple Inc.", False),
        ("Rural Telephone Service Co.", False),
        ("United States Patent and Trademark Office", False),
        ("Regents of the University of California", False),
        ("Brealey", False),
    ],
)
def test_it_guesses_whether_a_party_is_a_natural_person(name, natural):
    assert looks_like_natural_person(name) is natural


def test_it_splits_a_parallel_group_as_printed():
    assert split_citations("499 U.S. 340, 111 S. Ct. 1282, 113 L. Ed. 2d 358 (1991)") == [
        "499 U.S. 340",
        "111 S. Ct. 1282",
        "113 L. Ed. 2d 358",
    ]
    assert split_citations("[2017] UKSC 48; [2018] RPC 2") == ["[2017] UKSC 48", "[2018] RPC 2"]
    assert split_citations("1994 Copr. L. Dec. 27,301") == ["1994 Copr. L. Dec. 27,301"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Alice Corp. v. CLS Bank Int'l", "Alice Corporation v. CLS Bank International"),
        ("Johnson & Johnson v. Acme Co.", "JOHNSON AND JOHNSON vs. ACME COMPANY"),
        ("eBay Inc. et al. v. MercExchange, L. L. C.", "eBay Inc. v. MercExchange, L.L.C."),
        ("Computer Ass'n Int'l, Inc.", "Computer Association International, Incorporated"),
    ],
)
def test_names_written_differently_have_one_key(one, other):
    assert name_key(one) == name_key(other)


def test_a_name_s_signature_leaves_out_what_one_source_prints_and_another_not():
    full = name_signature("Alice Corporation Pty. Ltd. v. CLS Bank International et al.")
    assert full == name_signature("Alice Corp. v. CLS Bank Int'l") == "alice v cls bank"
    assert name_signature("Apple Inc. v. Samsung") != name_signature("Samsung v. Apple Inc.")
