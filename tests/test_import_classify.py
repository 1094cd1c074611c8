"""The IP classifier: statutes and terms decide whether a ruling is about IP, and which kinds."""

from ipcases.importers.classify import classify


def test_it_finds_a_patent_ruling_by_statute_and_doctrine():
    text = (
        "The patentee sued under 35 U.S.C. § 271. On claim construction the patent claims "
        "cover the device; the prior art does not render the patent obvious. " * 2
    )

    ip_types, reason = classify(text)

    assert ip_types == ["patent"]
    assert reason.startswith("patent: 35 U.S.C. ×2")


def test_it_ignores_a_passing_mention_of_a_patent():
    text = "The defect in the roof was patent, and the buyer had notice of it. " * 3

    ip_types, reason = classify(text)

    assert ip_types == []
    assert reason == "not IP: patent: 'patent' ×3"


def test_it_ignores_confidential_documents_in_a_family_case():
    text = (
        "In these financial remedy proceedings the husband's records were confidential. "
        "The confidential material was shown to the judge only. The appeal is dismissed."
    )

    assert classify(text) == ([], "not IP: no IP statute or term found")


def test_it_finds_a_trade_secret_case_by_breach_of_confidence():
    text = (
        "The claim is for breach of confidence and misuse of confidential information. "
        "The trade secrets were protected under the Trade Secrets (Enforcement, etc.) "
        "Regulations 2018. " * 2
    )

    assert classify(text)[0] == ["trade_secret"]


def test_it_finds_several_types_when_each_carries_weight():
    text = (
        "The claims were for copyright infringement under the Copyright Act and for "
        "infringement of the registered design under the Registered Designs Act 1949; "
        "the informed user would see a different overall impression. " * 3
    )

    assert classify(text)[0] == ["copyright", "design"]


def test_it_leaves_out_a_type_that_is_a_side_issue_of_another():
    patent_case = "The patentee relies on the Patents Act 1977 and the prior art. " * 20
    aside = "By analogy, in a passing off case the likelihood of confusion matters."

    assert classify(patent_case + aside)[0] == ["patent"]


def test_it_does_not_read_the_copyright_designs_and_patents_act_as_a_patents_act():
    text = "Copyright subsists under the Copyright, Designs and Patents Act 1988. " * 5

    assert classify(text)[0] == ["copyright"]


def test_it_keeps_the_reason_within_the_field_length():
    text = " ".join(["35 U.S.C. § 101 patentee prior art FRAND SPC trade mark"] * 2000)

    assert len(classify(text)[1]) <= 500


def test_it_reads_the_title_as_well():
    text = "The Lanham Act claim turns on likelihood of confusion under the Lanham Act."

    assert classify(text)[0] == []
    assert classify(text, title="Trade dress")[0] == ["trademark"]
