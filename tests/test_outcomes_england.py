"""Reading judgments of England and Wales, of the EU courts and of the TTAB: appeals decided by
the judges' votes, first-instance findings, operative parts and Board decisions."""

import pytest

from ipcases.outcomes import extract
from tests.outcome_samples import read

# sample text, disposition, outcome for the rights holder ("" where there is none)
JUDGMENTS = [
    ("ew_appeal_dismissed", "affirmed", "holder_won"),
    ("ew_appeal_allowed_claimant", "reversed", "holder_won"),
    ("ew_majority_dissent", "affirmed", "holder_won"),
    ("ew_allowed_in_part", "affirmed_in_part", "mixed"),
    ("ew_cross_appeal", "affirmed_in_part", "holder_won"),
    ("ew_first_valid_infringed", "for_plaintiff", "holder_won"),
    ("ew_first_invalid", "for_defendant", "challenger_won"),
    ("ew_ipec_passing_off_fails", "for_defendant", "challenger_won"),
    ("ew_struck_out", "dismissed", "dismissed"),
    ("ew_uksc_allowed", "reversed", "holder_won"),
    ("ew_office_appeal", "reversed", "holder_won"),
    ("ew_roles_unknown", "affirmed", ""),
    ("ew_too_would_both_appeals", "affirmed", "mixed"),
    ("ew_first_no_infringement", "for_defendant", "challenger_won"),
    ("eu_preliminary", "answered", ""),
    ("eu_appeal_set_aside", "reversed_and_remanded", "holder_won"),
    ("eu_gc_dismisses_action", "affirmed", "challenger_won"),
    ("ttab_opposition_dismissed", "dismissed", "holder_won"),
    ("ttab_cancellation_granted", "granted", "challenger_won"),
    ("ttab_refusal_affirmed", "affirmed", "challenger_won"),
    ("ttab_partial", "affirmed_in_part", "mixed"),
    ("ttab_section_refusal", "reversed", "holder_won"),
]


@pytest.mark.parametrize("name, disposition, outcome", JUDGMENTS)
def test_it_reads_the_result(name, disposition, outcome):
    reading = read(name)

    assert reading["disposition"].value == disposition
    assert reading["rights_holder_outcome"].value == outcome


def test_the_evidence_quotes_the_sentence_and_gives_its_paragraph_number():
    evidence = read("ew_appeal_dismissed")["disposition"].evidence

    assert evidence.quote == "For these reasons I would dismiss the appeal."
    assert evidence.paragraph == "44"
    assert evidence.rule == "ew.appeal"


def test_the_majority_decides_and_the_rule_says_a_judge_dissented():
    evidence = read("ew_majority_dissent")["disposition"].evidence

    assert evidence.rule == "ew.appeal_majority"
    assert evidence.paragraph == "32"


def test_a_bare_i_agree_follows_the_judgment_before_it():
    # Three sections: the lead judgment states the result, the other two agree.
    assert read("ew_allowed_in_part")["disposition"].value == "affirmed_in_part"


def test_compound_roles_in_the_header_say_who_appealed():
    holder = read("ew_appeal_allowed_claimant")["rights_holder"]

    assert holder.value == "Quillfeather Games Limited"  # Appellant/Claimant


def test_a_party_facing_an_office_holds_the_right():
    holder = read("ew_office_appeal")["rights_holder"]

    assert holder.value == "Brightwater Biotech Inc"
    assert holder.reason.startswith("the other party is an office")


def test_an_appeal_struck_out_ends_without_a_decision_on_the_merits():
    reading = read("ew_struck_out")

    assert reading["rights_holder_outcome"].value == "dismissed"
    assert reading["rights_holder"].evidence.rule == "holder.brought_infringement_proceedings"


def test_a_revocation_claimant_is_the_challenger():
    reading = extract(
        "Mr Justice Carrow:\n\n1. The Claimant seeks revocation of the Patent, of which the "
        "Defendant is the proprietor.\n\n2. Conclusion\n\n3. The Patent is invalid and must be "
        "revoked.",
        [{"name": "Mirelle Ltd", "role": "claimant"}, {"name": "Orbis AG", "role": "defendant"}],
        "ewhc-pat",
    )

    assert reading["rights_holder"].value == "Orbis AG"
    assert reading["disposition"].value == "for_plaintiff"  # the claim for revocation succeeds
    assert reading["rights_holder_outcome"].value == "challenger_won"


def test_a_conditional_finding_is_not_a_finding():
    reading = extract(
        "1. The claimant owns the patent.\n\n2. Conclusion\n\n3. The patent is invalid. Had it "
        "been valid, I would have held that it had been infringed.",
        [{"name": "Arden Ltd", "role": "claimant"}, {"name": "Calder Ltd", "role": "defendant"}],
        "ewhc-pat",
    )

    assert reading["rights_holder_outcome"].value == "challenger_won"


def test_an_injunction_granted_at_first_instance():
    assert read("ew_first_valid_infringed")["injunction"].value == "granted"


def test_a_preliminary_ruling_has_no_winner_and_says_so():
    reading = read("eu_preliminary")

    assert reading["rights_holder_outcome"].value == ""
    assert reading["rights_holder_outcome"].reason.startswith("a preliminary ruling answers")
    assert "must be interpreted as meaning" in reading["disposition"].evidence.quote


def test_a_ttab_decision_is_read_after_its_label():
    evidence = read("ttab_cancellation_granted")["disposition"].evidence

    assert evidence.rule == "ttab.decision"
    assert evidence.quote.startswith("Decision: The petition to cancel is granted")


def test_agreement_with_a_judge_named_by_the_short_form_of_the_heading():
    reading = extract(
        "Arnold LJ:\n\n1. The claimant owns the patent.\n\n9. I would dismiss the appeal.\n\n"
        "Birss LJ:\n\n10. I would allow the appeal.\n\nFalk LJ:\n\n11. I agree with Arnold LJ.",
        [{"name": "Arden Ltd", "role": "appellant"}, {"name": "Calder Ltd", "role": "respondent"}],
        "ewca-civ",
    )

    assert reading["disposition"].value == "affirmed"
    assert reading["disposition"].evidence.rule == "ew.appeal_majority"
