"""Extraction from text: every form the issue names, on sentences phrased as courts phrase them,
and the near-misses that must not match."""

import pytest

from ipcases.citations import extract


def groups(text):
    return {a.group: a for a in extract(text).authorities}


def statute_keys(text):
    return [m.key for m in extract(text).statutes]


def rights(text):
    return [(m.kind, m.office, m.number) for m in extract(text).rights]


class TestCaseCitations:
    def test_it_finds_a_full_citation_with_its_pin_cite_and_case_name(self):
        found = groups(
            "Originality is the sine qua non of copyright. Feist Publications, Inc. v. Rural "
            "Tel. Serv. Co., 499 U.S. 340, 345 (1991)."
        )
        feist = found["499 us 340"]
        assert feist.cites == {"499 us 340": "499 U.S. 340"}
        assert feist.pin_cites == ["345"]
        assert "Feist" in feist.case_name
        assert feist.year == 1991

    def test_it_normalises_the_reporter_to_its_standard_form(self):
        assert "499 us 340" in groups("See Feist Publications v. Rural, 499 U. S. 340 (1991).")

    def test_it_groups_parallel_citations_of_one_ruling(self):
        found = groups(
            "Feist Publications, Inc. v. Rural Tel. Serv. Co., 499 U.S. 340, 361, 111 S.Ct. "
            "1282, 1296, 113 L.Ed.2d 358 (1991)."
        )
        assert list(found) == ["499 us 340"]
        assert set(found["499 us 340"].cites) == {"499 us 340", "111 s ct 1282", "113 l ed 2d 358"}

    def test_it_counts_short_forms_id_and_supra_as_depth(self):
        text = (
            "Baker v. Selden, 101 U.S. 99, 104 (1880), held that a system is not protected. "
            "Id. at 105. The Court in Baker explained, 101 U.S. at 103, that the book was "
            "copyrightable. See Harper & Row, Publishers, Inc. v. Nation Enters., 471 U.S. 539 "
            "(1985). As Baker, supra, at 104, teaches, the art itself is free."
        )
        found = groups(text)
        assert found["101 us 99"].depth == 4
        assert found["471 us 539"].depth == 1
        mentions = [m for m in extract(text).case_mentions if m.group == "101 us 99"]
        assert [m.is_full for m in mentions].count(False) == 3

    def test_it_finds_uk_neutral_citations(self):
        found = groups(
            "As Lord Hoffmann said in Kirin-Amgen Inc v Hoechst Marion Roussel Ltd [2004] UKHL 46 "
            "and the Supreme Court in Actavis UK Ltd v Eli Lilly & Co [2017] UKSC 48, and as "
            "applied in [2020] EWCA Civ 871 and Hozelock [2019] EWHC 991 (Pat) at [55]."
        )
        assert set(found) == {
            "[2004] ukhl 46",
            "[2017] uksc 48",
            "[2020] ewca civ 871",
            "[2019] ewhc 991 (pat)",
        }
        assert found["[2019] ewhc 991 (pat)"].cites["[2019] ewhc 991 (pat)"] == (
            "[2019] EWHC 991 (Pat)"
        )

    def test_it_keeps_the_division_or_chamber_of_a_neutral_citation(self):
        found = groups("See [2021] UKUT 12 (IAC) and [2018] EWHC 1515 (Ch) (Arnold J).")
        assert set(found) == {"[2021] ukut 12 (iac)", "[2018] ewhc 1515 (ch)"}

    def test_it_finds_european_case_law_identifiers(self):
        found = groups("Google Spain (C-131/12, ECLI:EU:C:2014:317). See also ECLI:EU:C:2011:631.")
        assert set(found) == {"ecli:eu:c:2014:317", "ecli:eu:c:2011:631"}
        assert found["ecli:eu:c:2014:317"].form == "ecli"

    @pytest.mark.parametrize(
        "text",
        [
            "The hearing took place in 2019 and 2020, pages 340-345.",
            "Call (555) 765-4321 or 555-1234 before 5 p.m.",
            "In paragraph [2020] the judge said nothing about EWCA.",
            "Section 340 of the 1999 Act, 12 months later.",
        ],
    )
    def test_it_finds_no_case_citation_in_near_misses(self, text):
        assert extract(text).authorities == []

    def test_it_names_the_decision_under_appeal_in_a_uk_header(self):
        text = (
            "Neutral Citation Number: [2020] EWCA Civ 871 Case No: A3/2019/1506 IN THE COURT OF "
            "APPEAL (CIVIL DIVISION) ON APPEAL FROM THE HIGH COURT OF JUSTICE, PATENTS COURT "
            "Nugee J [2019] EWHC 991 (Pat) Royal Courts of Justice"
        )
        below = [a for a in extract(text).authorities if a.relation == "reviews"]
        assert [a.group for a in below] == ["[2019] ewhc 991 (pat)"]

    def test_it_names_the_decision_under_appeal_in_the_opening_paragraph(self):
        text = (
            "1. This is an appeal, brought with the permission of the judge, from an order of "
            "Nugee J dated 5 June 2019 for the reasons given in his judgment dated 17 April 2019 "
            "[2019] EWHC 991 (Pat). We were referred to [2019] UKSC 15."
        )
        found = {a.group: a.relation for a in extract(text).authorities}
        assert found == {"[2019] ewhc 991 (pat)": "reviews", "[2019] uksc 15": "cites"}

    def test_it_takes_no_court_of_appeal_judgment_for_the_decision_under_appeal(self):
        text = (
            "1. This judgment addresses the costs order to be made following dismissal of the "
            "appeal against the injunction granted in favour of Koza Altin: [2020] EWCA Civ 1018."
        )
        assert [a.relation for a in extract(text).authorities] == ["cites"]

    def test_it_names_the_docket_under_appeal_in_a_federal_circuit_header(self):
        text = (
            "Appeal from the United States District Court for the Eastern District of Texas in "
            "No. 2:19-cv-00123-JRG, Chief Judge Rodney Gilstrap."
        )
        names = {"united states district court for the eastern district of texas": "txed"}
        below = [a for a in extract(text, names).authorities if a.relation == "reviews"]
        assert [a.group for a in below] == ["docket txed 2:19-cv-123"]

    def test_it_names_district_rulings_under_review_in_a_us_opening_paragraph(self):
        text = (
            "This appeal requires us to decide whether, as the district court held, the menu "
            "hierarchy is protected. See Lotus Dev. Corp. v. Borland Int'l, Inc., 788 F.Supp. 78 "
            "(D.Mass.1992); cf. Computer Assocs. Int'l v. Altai, Inc., 775 F. Supp. 544 "
            "(E.D.N.Y. 1991); Baker v. Selden, 101 U.S. 99 (1880)."
        )
        case_name = "Lotus Development Corporation v. Borland International, Inc."
        found = extract(text, {}, case_name).authorities
        assert [(a.group, a.relation) for a in found if a.relation == "reviews"] == [
            ("788 f supp 78", "reviews")
        ]
        assert {a.group for a in found if a.relation == "cites"} == {
            "788 f supp 78",
            "775 f supp 544",
            "101 us 99",
        }
        assert not [a for a in extract(text).authorities if a.relation == "reviews"]

    @pytest.mark.parametrize(
        "header, group",
        [
            (
                "Appeal from the United States Patent and Trademark Office, Patent Trial and "
                "Appeal Board in No. IPR2019-01234.",
                "docket ptab ipr2019-1234",
            ),
            (
                "Appeals from the United States International Trade Commission in "
                "Investigation No. 337-TA-1097.",
                "docket usitc 337-ta-1097",
            ),
        ],
    )
    def test_it_names_a_board_decision_under_appeal(self, header, group):
        below = [a for a in extract(header).authorities if a.relation == "reviews"]
        assert [a.group for a in below] == [group]


class TestStatutes:
    @pytest.mark.parametrize(
        "text, keys",
        [
            ("liable for infringement under 35 U.S.C. § 271(a).", ["35 U.S.C. § 271(a)"]),
            (
                "See 35 U.S.C. §§ 271(b), 281, and 284.",
                ["35 U.S.C. § 271(b)", "35 U.S.C. § 281", "35 U.S.C. § 284"],
            ),
            ("a claim under 15 U.S.C. § 1114(1)(a) of the Lanham Act", ["15 U.S.C. § 1114(1)(a)"]),
            ("15 USC 1125(a) covers false designation", ["15 U.S.C. § 1125(a)"]),
            ("fair use, 17 U.S.C. § 107, is a defence", ["17 U.S.C. § 107"]),
            ("the Defend Trade Secrets Act, 18 U.S.C. § 1836(b)(1)", ["18 U.S.C. § 1836(b)(1)"]),
            ("infringes under section 60(1) of the Patents Act 1977", ["Patents Act 1977 s 60(1)"]),
            ("contrary to the Trade Marks Act 1994, s. 10(2)", ["Trade Marks Act 1994 s 10(2)"]),
            ("within s.16 of the 1988 Act", ["Copyright, Designs and Patents Act 1988 s 16"]),
            (
                "the Copyright, Designs and Patents Act 1988 applies",
                ["Copyright, Designs and Patents Act 1988"],
            ),
            (
                "Article 9(2)(b) of Regulation (EU) 2017/1001 on the European Union trade mark",
                ["Regulation 2017/1001 art 9(2)(b)"],
            ),
            ("Directive 2008/95/EC", ["Directive 2008/95"]),
            ("Council Regulation (EC) No 6/2002 on Community designs", ["Regulation 6/2002"]),
        ],
    )
    def test_it_reduces_each_provision_to_one_key(self, text, keys):
        assert statute_keys(text) == keys

    @pytest.mark.parametrize(
        "text",
        [
            "In 1977 the Act was passed by 35 votes.",
            "Pages 35-40 of the record; call 555-1234.",
            "The plaintiff sold 35 units in section 2 of the store.",
        ],
    )
    def test_it_finds_no_statute_in_near_misses(self, text):
        assert statute_keys(text) == []

    def test_it_takes_no_section_from_the_end_of_another_word(self):
        assert statute_keys("the requirements 5 of the Patents Act 1977") == ["Patents Act 1977"]


class TestRights:
    def test_it_finds_a_utility_patent_and_its_short_form(self):
        text = (
            "Acme owns U.S. Patent No. 7,654,321 (the '321 patent). Claim 1 of the ’321 patent "
            "recites a widget."
        )
        assert rights(text) == [("utility_patent", "US", "7654321")] * 3

    def test_it_finds_every_number_of_a_list(self):
        text = "U.S. Pat. No. 6,123,456 and U.S. Patent Nos. 7,111,222, 7,333,444, and 8,555,666"
        assert [number for _, _, number in rights(text)] == [
            "6123456",
            "7111222",
            "7333444",
            "8555666",
        ]

    def test_it_finds_design_and_reissue_patents(self):
        text = (
            "United States Design Patent No. D789,123 and U.S. Patent No. RE45,678; "
            "the '123 and '678 patents"
        )
        assert rights(text) == [
            ("design_patent", "US", "D789123"),
            ("reissue_patent", "US", "RE45678"),
            ("design_patent", "US", "D789123"),
            ("reissue_patent", "US", "RE45678"),
        ]

    def test_it_leaves_a_short_form_it_cannot_resolve(self):
        assert rights("The '321 patent was not asserted here.") == []

    def test_it_finds_european_patents_with_spaces_and_kind_codes(self):
        text = "European Patent No. 1 234 567 and EP 2 624 245 B1 (the patent)"
        assert rights(text) == [
            ("european_patent", "EP", "1234567"),
            ("european_patent", "EP", "2624245"),
        ]

    def test_it_finds_european_and_uk_patents_as_uk_judgments_write_them(self):
        text = (
            "Neurim's patent, EP(UK) 1,441,702 B1 (the patent); UK Patent No 2 490 276 "
            "(GB 276) and European Patent (UK) No 2 657 585 (EP 585); EP0973804."
        )
        assert rights(text) == [
            ("european_patent", "EP", "1441702"),
            ("utility_patent", "GB", "2490276"),
            ("european_patent", "EP", "2657585"),
            ("european_patent", "EP", "973804"),
        ]

    def test_it_finds_uk_and_eu_trade_marks(self):
        text = "UK Trade Mark No. UK00003123456 and EU trade mark No 012 345 678; EUTM No. 15123456"
        assert rights(text) == [
            ("trademark_registration", "GB", "3123456"),
            ("trademark_registration", "EU", "12345678"),
            ("trademark_registration", "EU", "15123456"),
        ]

    def test_it_finds_trade_mark_registrations_and_applications(self):
        text = (
            "The mark is the subject of U.S. Trademark Registration No. 1,234,567 and "
            "Application Serial No. 87/123,456."
        )
        assert rights(text) == [
            ("trademark_registration", "US", "1234567"),
            ("trademark_application", "US", "87123456"),
        ]

    def test_it_finds_copyright_registrations(self):
        text = "Certificate of Registration No. TX 1-234-567 issued for the book."
        assert rights(text) == [("copyright_registration", "US", "TX1234567")]

    @pytest.mark.parametrize(
        "text",
        [
            "In 1999 the plaintiff earned 7,654,321 dollars.",
            "See pages 7,654-7,700 of the record.",
            "Call (555) 765-4321 or 1-800-765-4321.",
            "Appeal No. 93-2214 was heard in 1,234,567 seconds.",
            "Registration No. 2,345,678 of the vehicle with the motor department.",
            "The '90s saw 321 patents granted.",
        ],
    )
    def test_it_finds_no_right_in_near_misses(self, text):
        assert rights(text) == []


def test_it_finds_nothing_in_an_empty_text():
    found = extract("   ")
    assert (found.authorities, found.statutes, found.rights) == ([], [], [])
