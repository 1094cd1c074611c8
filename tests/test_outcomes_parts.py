"""The parts of the outcome reader: paragraphs and sentences, party roles, amounts of money."""

from ipcases.outcomes import extract
from ipcases.outcomes.document import Document
from ipcases.outcomes.remedies import damages
from ipcases.outcomes.roles import Party, build_parties, caption_sides, distinguish, normal_role


def test_paragraph_numbers_are_read_only_where_the_text_numbers_its_paragraphs():
    numbered = Document("Judge:\n\n1. First.\n\n2. Second.\n\n3. Third.")
    loose = Document("In 1995 it began.\n\n35 U.S.C. § 101 says so.\n\nThe end.")

    assert [p.number for p in numbered.paragraphs] == ["", "1", "2", "3"]
    assert [p.number for p in loose.paragraphs] == ["", "", ""]


def test_a_number_on_its_own_line_numbers_the_paragraph_below_it():
    doc = Document("1\n\nThis appeal.\n\n2\n\nThe facts.\n\n3\n\nWe affirm.")

    assert doc.paragraph_at(doc.text.index("We affirm")).number == "3"


def test_a_sentence_runs_past_abbreviations():
    text = "Acme Inc. sued Bolt Co. under 35 U.S.C. § 271 in Acme v. Bolt. We affirm."
    doc = Document(text)
    start = text.index("sued")

    assert doc.text.__getitem__(slice(*doc.sentence(start, start + 4))).startswith("Acme Inc. sued")
    assert doc.evidence("r", start, start + 4).quote.endswith("in Acme v. Bolt.")


def test_compound_roles_in_a_caption():
    sides = caption_sides(
        "ACME WIDGETS, INC., Plaintiff-Appellant v. BOLT TOOLS CO., Defendant-Cross-Appellant",
        appellate=True,
        court="cafc",
    )

    assert sides == [
        ("ACME WIDGETS, INC.", {"plaintiff", "appellant"}),
        ("BOLT TOOLS CO.", {"defendant", "cross_appellant", "appellee"}),
    ]
    assert caption_sides(
        "LOTUS CORP., Plaintiff, Appellee, v. BORLAND, INC., Defendant, Appellant", True, "ca1"
    )[0] == (
        "LOTUS CORP.",
        {"plaintiff", "appellee"},
    )


def test_a_role_word_means_what_it_means_in_its_forum():
    assert normal_role("Respondents", appellate=True) == "appellee"
    assert normal_role("Respondent", appellate=False, court="ttab") == "registrant"
    assert normal_role("Petitioner", appellate=True) == "appellant"
    assert normal_role("Claimant", appellate=False) == "plaintiff"
    assert normal_role("Counterclaim-Defendant", appellate=False) == "plaintiff"


def test_header_roles_printed_beside_the_names():
    head = (
        "Between :\nZEPHYR PUMPS LIMITED Claimant/Respondent\n- and -\n"
        "KESTREL LIMITED Defendant/Appellant"
    )
    parties = build_parties(
        [
            {"name": "Zephyr Pumps Limited", "role": "respondent"},
            {"name": "Kestrel Limited", "role": "appellant"},
        ],
        "",
        head,
        appellate=True,
        court="ewca-civ",
    )

    assert [sorted(p.roles) for p in parties] == [
        ["appellee", "plaintiff"],
        ["appellant", "defendant"],
    ]


def test_parties_whose_names_start_alike_are_told_apart():
    parties = [
        Party("Juniper Trail Outfitters, Inc."),
        Party("Juniper Row Apparel, LLC"),
        Party("Lotus Corp"),
    ]
    distinguish(parties)

    assert [p.keys for p in parties] == [{"juniper trail"}, {"juniper row"}, {"lotus"}]


def test_short_names_defined_in_the_text_name_a_party():
    reading = extract(
        "1. Neurim Pharmaceuticals (1991) Limited (“Neurim”) alleges that the defendants "
        "threaten to infringe Neurim’s patent.\n\n2. I would dismiss the appeal.",
        [
            {"name": "NEURIM PHARMACEUTICALS (1991) LIMITED", "role": "appellant"},
            {"name": "GENERICS UK LIMITED", "role": "respondent"},
        ],
        "ewca-civ",
    )

    assert reading["rights_holder"].value == "NEURIM PHARMACEUTICALS (1991) LIMITED"
    assert reading["rights_holder_outcome"].value == "challenger_won"


def _damages(text: str):
    doc = Document(text)
    return damages(doc, 0, len(text), appellate=False)


def test_damages_in_pounds_and_euros():
    assert _damages("I award the claimant damages of £45,000.").value == "45000.00 GBP"
    assert _damages("The defendant shall pay damages of €1.2 million.").value == "1200000.00 EUR"


def test_fees_costs_and_interest_are_not_damages():
    found = _damages("Defendant is awarded $1,150,000 in reasonable attorneys' fees.")

    assert found.value == ""


def test_several_amounts_without_a_total_are_not_added_up():
    found = _damages("I award damages of £45,000, and additional damages of £10,000.")

    assert found.value == ""
    assert found.reason == "several amounts are awarded and the text states no total"


def test_an_award_against_each_defendant_has_no_single_amount():
    found = _damages(
        "Plaintiff is awarded statutory damages of $50,000 against each Defaulting Defendant."
    )

    assert found.value == ""
    assert found.reason == "an amount per defendant or per work, with no single total"


def test_a_right_licensed_to_a_side_and_infringed_by_the_other():
    reading = extract(
        "Lord Justice Arnold:\n\n1. This is an appeal from an order that the Patents, which are "
        "exclusively licensed to the Appellant (“Emson”), be revoked. The judge held that, if "
        "valid, the Patents had been infringed by the First Respondent (“Hozelock”).\n\n"
        "9. I would dismiss the appeal.",
        [
            {"name": "E. MISHAN & SONS, INC", "role": "appellant"},
            {"name": "HOZELOCK LIMITED", "role": "respondent"},
        ],
        "ewca-civ",
    )

    assert reading["rights_holder"].value == "E. MISHAN & SONS, INC"
    assert reading["rights_holder"].evidence.rule in ("holder.owned_by", "holder.infringed_by")
    assert reading["rights_holder_outcome"].value == "challenger_won"


def test_a_role_defined_by_the_parties_name_gives_them_the_role():
    reading = extract(
        "Lord Justice Arnold:\n\n1. The Claimants (“Nomination”) are two Italian companies.\n\n"
        "2. The Defendants (“JSC”) sell links.\n\n9. I would dismiss this appeal.",
        [
            {"name": "SEBASTIAN BREALEY", "role": "appellant"},
            {"name": "NOMINATION DE ANTONIO E PAOLO GENSINI SNC", "role": "respondent"},
            {"name": "NOMINATION SRL", "role": "respondent"},
        ],
        "ewca-civ",
    )

    assert reading["rights_holder"].value.startswith("NOMINATION DE ANTONIO")
    assert reading["rights_holder_outcome"].value == "holder_won"


def test_a_partys_argument_is_not_an_allegation_of_infringement():
    reading = extract(
        "1. Celgard alleges that the marketing by Senior involves the misuse of Celgard's trade "
        "secrets. Senior contends that Celgard has not identified the secrets it says were "
        "misused.\n\n2. I would dismiss this appeal.",
        [
            {"name": "Shenzhen Senior Co", "role": "appellant"},
            {"name": "Celgard, LLC", "role": "respondent"},
        ],
        "ewca-civ",
    )

    assert reading["rights_holder"].value == "Celgard, LLC"
    assert reading["rights_holder_outcome"].value == "holder_won"


def test_the_verdict_recounted_in_an_order_is_not_the_courts_award():
    found = _damages(
        "The jury found infringement and awarded $3,100,000. The Court GRANTS the renewed motion "
        "for judgment as a matter of law of non-infringement."
    )

    assert found.value == ""


def test_interest_after_an_award_is_not_the_award():
    found = _damages(
        "Judgment is entered in the amount of $812,400, together with post-judgment interest."
    )

    assert found.value == "812400.00 USD"


def test_on_appeal_a_remedy_counts_only_where_the_court_upholds_it():
    reading = extract(
        "The district court declined to enhance damages. On the cross-appeal, we vacate that "
        "ruling and remand.\n\nVACATED AND REMANDED",
        [
            {"name": "Merrow Flooring", "role": "appellant"},
            {"name": "Dalton Surfaces", "role": "appellee"},
        ],
        "cafc",
    )

    assert reading["enhanced_damages"].value == ""
