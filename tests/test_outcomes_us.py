"""Reading US appellate opinions and district court orders: the disposition, the outcome for the
rights holder and the remedies, each with the sentence that says so, or none with the reason."""

import pytest

from ipcases.outcomes import extract
from tests.outcome_samples import read, sample

# sample text, disposition, outcome for the rights holder ("" where there is none)
APPEALS = [
    ("us_cafc_aff_rev_remand", "affirmed_in_part", "mixed"),
    ("us_cafc_affirmed_damages", "affirmed", "holder_won"),
    ("us_ca1_judgment_reversed", "reversed", "challenger_won"),
    ("us_cafc_we_vacate_remand", "vacated_and_remanded", "holder_won"),
    ("us_cafc_cross_appeal_split", "affirmed_in_part", "holder_won"),
    ("us_scotus_reversed_remanded", "reversed_and_remanded", "challenger_won"),
    ("us_cafc_dismissed", "dismissed", "dismissed"),
    ("us_cafc_dj_reversed", "reversed", "challenger_won"),
    ("us_cafc_fees_affirmed", "affirmed", "challenger_won"),
    ("us_ca9_affirmed_injunction", "affirmed", "holder_won"),
    ("us_cafc_remanded", "remanded", ""),
    ("us_conflicting_holder", "affirmed", ""),
    ("us_cafc_rule36", "affirmed", "challenger_won"),
]
DISTRICT = [
    ("us_txed_sj_noninfringement", "granted", "challenger_won"),
    ("us_ded_sj_invalidity_denied", "denied", "holder_won"),
    ("us_cand_granted_in_part", "granted_in_part", "mixed"),
    ("us_txed_final_judgment", "for_plaintiff", "holder_won"),
    ("us_txwd_jmol_denied", "denied", "holder_won"),
    ("us_nysd_pi_granted", "granted", "holder_won"),
    ("us_ded_101_dismissal", "granted", "challenger_won"),
    ("us_cacd_dismissed_venue", "granted", "dismissed"),
    ("us_ilnd_default_judgment", "for_plaintiff", "holder_won"),
    ("us_txed_consent_judgment", "consent_judgment", "settled"),
    ("us_txed_enhanced_fees", "granted", "holder_won"),
    ("us_vaed_fees_denied", "denied", "holder_won"),
    ("us_flsd_transfer", "granted", ""),
    ("us_no_decision", "", ""),
]


def _values(name: str) -> tuple[str, str]:
    reading = read(name)
    return reading["disposition"].value, reading["rights_holder_outcome"].value


@pytest.mark.parametrize("name, disposition, outcome", APPEALS)
def test_it_reads_the_result_of_an_appeal(name, disposition, outcome):
    assert _values(name) == (disposition, outcome)


@pytest.mark.parametrize("name, disposition, outcome", DISTRICT)
def test_it_reads_the_result_of_a_district_court_order_or_judgment(name, disposition, outcome):
    assert _values(name) == (disposition, outcome)


def test_a_closing_decretal_line_gives_both_values_with_its_evidence():
    found = sample("us_cafc_aff_rev_remand")
    reading = read("us_cafc_aff_rev_remand")

    evidence = reading["disposition"].evidence
    assert evidence.rule == "us_appellate.decretal_line"
    assert evidence.quote == "AFFIRMED-IN-PART, REVERSED-IN-PART, AND REMANDED"
    assert found["text"][evidence.start : evidence.end] == evidence.quote
    assert reading["rights_holder_outcome"].evidence.quote == evidence.quote


def test_the_outcome_names_the_rule_that_found_the_holder():
    outcome = read("us_cafc_we_vacate_remand")["rights_holder_outcome"]

    assert outcome.value == "holder_won"
    assert outcome.evidence.rule == "us_appellate.we_statement; holder: holder.owns"
    assert outcome.evidence.quote.startswith("Because the judgment rests on an erroneous")


def test_a_decretal_word_on_its_own_line_is_quoted_with_the_sentence_it_ends():
    evidence = read("us_ca1_judgment_reversed")["disposition"].evidence

    assert evidence.quote == "The judgment of the district court is Reversed."


def test_a_dissent_is_not_the_courts_result():
    reading = read("us_scotus_reversed_remanded")

    assert reading["disposition"].value == "reversed_and_remanded"
    assert "I would affirm" not in reading["disposition"].evidence.quote


def test_the_holder_is_found_from_the_roles_and_what_the_text_says_of_the_parties():
    lotus_like = read("us_ca1_judgment_reversed")["rights_holder"]
    assert lotus_like.value == "Maplewood Software Corporation"  # Plaintiff, Appellee
    assert lotus_like.reason.startswith("the plaintiff or claimant brought the claim")
    owner = read("us_scotus_reversed_remanded")["rights_holder"]
    assert owner.value == "Orchard Labs, Inc."
    assert owner.evidence.rule == "holder.owns"


def test_a_declaratory_judgment_plaintiff_is_the_accused_side():
    holder = read("us_cafc_dj_reversed")["rights_holder"]

    assert holder.value == "Ashby Propeller Co."
    assert holder.evidence.quote.startswith("Keel Marine LLC filed this action seeking")


def test_a_cross_appeal_decided_in_its_own_sentence_is_a_second_result():
    reading = read("us_cafc_cross_appeal_split")

    # Both appeals went the holder's way, though the decretal line is a partial one.
    assert reading["disposition"].value == "affirmed_in_part"
    assert reading["rights_holder_outcome"].value == "holder_won"


def test_a_remand_alone_has_no_winner_and_says_so():
    outcome = read("us_cafc_remanded")["rights_holder_outcome"]

    assert outcome.value == ""
    assert outcome.reason == "a remand alone decides nothing for either side"


def test_rights_on_both_sides_leave_the_outcome_empty_with_the_reason():
    reading = read("us_conflicting_holder")

    assert reading["rights_holder"].value == ""
    assert reading["rights_holder"].reason.startswith("the text puts rights on both sides")
    assert "the appellee prevailed" in reading["rights_holder_outcome"].reason


def test_a_procedural_order_decides_nothing_on_the_merits():
    outcome = read("us_flsd_transfer")["rights_holder_outcome"]

    assert outcome.value == ""
    assert "procedural" in outcome.reason


def test_a_text_that_decides_nothing_gives_no_values_and_the_reasons():
    reading = read("us_no_decision")

    assert all(
        not finding.value for name, finding in reading.findings.items() if name != "rights_holder"
    )
    assert reading["disposition"].reason == "no motion decided and no judgment entered in the order"


def test_damages_are_read_with_amount_and_currency():
    assert read("us_txed_final_judgment")["damages"].value == "12500000.00 USD"
    assert read("us_cafc_affirmed_damages")["damages"].value == "7500000.00 USD"
    assert read("us_ilnd_default_judgment")["damages"].value == "2000000.00 USD"


def test_a_total_award_is_taken_over_the_amounts_it_adds_up():
    reading = read("us_txed_enhanced_fees")

    assert reading["damages"].value == "6000000.00 USD"
    assert reading["enhanced_damages"].value == "awarded"
    assert reading["attorney_fees"].value == "awarded"


def test_injunctions_granted_refused_and_upheld():
    assert read("us_nysd_pi_granted")["injunction"].value == "granted"
    assert read("us_ilnd_default_judgment")["injunction"].value == "granted"
    assert read("us_ca9_affirmed_injunction")["injunction"].value == "granted"
    assert read("us_txed_final_judgment")["injunction"].value == ""


def test_fees_refused_in_a_case_that_is_not_exceptional():
    reading = read("us_vaed_fees_denied")

    assert reading["attorney_fees"].value == "refused"
    assert reading["damages"].value == ""


def test_no_text_or_no_reader_for_the_court_gives_nothing_with_the_reason():
    assert extract("", [], "cafc").findings["disposition"].reason == (
        "the catalogue holds no text of this ruling"
    )
    assert extract("AFFIRMED", [], "ptab").findings["disposition"].reason == (
        "no reader for rulings of this court (ptab)"
    )


def test_a_text_that_lost_its_line_breaks_is_read_by_its_sentences():
    found = sample("us_cafc_aff_rev_remand")
    flat = " ".join(found["text"].split())  # as an HTML opinion flattened to one line

    reading = extract(flat, found["parties"], found["court"], found["case_name"])

    assert reading["disposition"].value == "affirmed_in_part"
    assert reading["disposition"].evidence.quote.startswith("AFFIRMED-IN-PART, REVERSED-IN-PART")
    assert reading["rights_holder_outcome"].value == "mixed"
