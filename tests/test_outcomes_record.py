"""Outcomes in the catalogue: read from the text on import and by extract_outcomes, kept with
their evidence, and chosen by the order of trust (an editor always wins)."""

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from ipcases.courts import ensure_courts
from ipcases.importers.pipeline import run_import
from ipcases.importers.store import save_records
from ipcases.models import EditorCorrection, OutcomeEvidence, Ruling, SourceRecord
from ipcases.outcomes.record import settle
from tests.fjc_samples import COURTLISTENER_FILE
from tests.helpers import make_ruling
from tests.outcome_samples import ruling_record, sample

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def courts():
    ensure_courts()


def _import(name: str, **overrides) -> Ruling:
    summary = save_records([ruling_record(name, **overrides)])
    assert summary.failed == 0, summary.errors
    return Ruling.objects.get(source_id=f"{overrides.get('source', 'courtlistener')}-{name}")


def _extract(*options: str) -> str:
    out = StringIO()
    call_command("extract_outcomes", *options, "--quiet", stdout=out)
    return out.getvalue()


def test_an_import_reads_the_outcome_from_the_text_with_its_evidence():
    ruling = _import("us_cafc_aff_rev_remand")

    assert (ruling.disposition, ruling.rights_holder_outcome) == ("affirmed_in_part", "mixed")
    assert (ruling.disposition_basis, ruling.outcome_basis) == ("text", "text")
    evidence = ruling.outcome_evidence.get(field="disposition")
    assert evidence.quote == "AFFIRMED-IN-PART, REVERSED-IN-PART, AND REMANDED"
    assert evidence.rule == "us_appellate.decretal_line"
    assert ruling.text[evidence.start : evidence.end] == evidence.quote
    assert ruling.outcome_evidence.get(field="injunction").reason == (
        "not decided in the conclusion or order"
    )


def test_a_find_case_law_judgment_gets_its_disposition_from_the_text():
    run_import("uk-fcl", ["tests/data/uk-fcl/ewca_civ_2021_990.xml"])
    ruling = Ruling.objects.get(source_id="ewca/civ/2021/990")

    assert (ruling.disposition, ruling.disposition_basis) == ("reversed", "text")
    evidence = ruling.outcome_evidence.get(field="disposition")
    assert (evidence.paragraph, evidence.quote) == (
        "4",
        "For these reasons I would allow the appeal.",
    )


def test_damages_and_injunction_are_stored_with_their_basis():
    ruling = _import("us_ilnd_default_judgment")

    assert (ruling.damages_amount, ruling.damages_currency, ruling.damages_basis) == (
        2_000_000,
        "USD",
        "text",
    )
    assert (ruling.injunction, ruling.injunction_basis) == ("granted", "text")


def test_the_text_outranks_another_sources_metadata():
    ruling = _import("us_cafc_aff_rev_remand", disposition="affirmed")

    assert (ruling.disposition, ruling.disposition_basis) == ("affirmed_in_part", "text")
    record = SourceRecord.objects.get(ruling=ruling)
    assert record.fields["disposition"] == "affirmed"  # the source's own value is kept


def test_metadata_fills_what_the_text_leaves_open():
    ruling = _import("us_no_decision", disposition="denied")

    assert (ruling.disposition, ruling.disposition_basis) == ("denied", "metadata")
    assert ruling.outcome_evidence.get(field="disposition").value == ""


def test_a_curated_list_outranks_the_text():
    ruling = _import("us_cafc_aff_rev_remand", source="csv", disposition="affirmed")

    assert (ruling.disposition, ruling.disposition_basis) == ("affirmed", "metadata")


def test_an_editors_correction_survives_reimport_and_reextraction():
    ruling = _import("us_cafc_aff_rev_remand")
    ruling.rights_holder_outcome = "holder_won"
    ruling.save()
    EditorCorrection.objects.create(ruling=ruling, field="rights_holder_outcome")
    settle(ruling)

    save_records([ruling_record("us_cafc_aff_rev_remand", judges="Lourie, Dyk, Stoll")])
    _extract()
    ruling.refresh_from_db()

    assert (ruling.rights_holder_outcome, ruling.outcome_basis) == ("holder_won", "editor")
    assert ruling.judges == "Lourie, Dyk, Stoll"  # the re-import did happen
    assert ruling.outcome_evidence.get(field="rights_holder_outcome").value == "mixed"


def test_an_outcome_corrected_in_the_admin_rests_on_the_editor(client):
    client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
    ruling = _import("us_cafc_aff_rev_remand")
    url = f"/admin/ipcases/ruling/{ruling.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(rights_holder_outcome="holder_won")
    for prefix in ("ip_type_tags", "official_citations", "source_records", "termination"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    assert client.post(url, data).status_code == 302

    ruling.refresh_from_db()
    assert (ruling.rights_holder_outcome, ruling.outcome_basis) == ("holder_won", "editor")
    assert (ruling.disposition, ruling.disposition_basis) == ("affirmed_in_part", "text")


def test_extract_outcomes_lists_changes_on_a_dry_run_and_writes_nothing():
    found = sample("us_txed_sj_noninfringement")
    ruling = make_ruling(court="txed", text=found["text"], source="courtlistener")

    output = _extract("--dry-run")

    assert f"ruling {ruling.pk}: disposition — → granted (text)" in output
    assert "Dry run, nothing written" in output
    ruling.refresh_from_db()
    assert ruling.disposition == ""
    assert not OutcomeEvidence.objects.exists()


def test_extract_outcomes_is_idempotent():
    found = sample("us_cafc_aff_rev_remand")
    ruling = make_ruling(text=found["text"], source="courtlistener", disposition="affirmed")

    first = _extract()
    second = _extract()

    ruling.refresh_from_db()
    assert (ruling.disposition, ruling.disposition_basis) == ("affirmed_in_part", "text")
    assert "values changed in 1" in first
    assert second.strip() == "read 1 rulings: values changed in 0, evidence rewritten for 0"
    # The value the ruling held before it was read is kept as its source's own.
    assert SourceRecord.objects.get(ruling=ruling).fields["disposition"] == "affirmed"


def test_synthetic_rulings_are_not_read_and_keep_their_values():
    ruling = make_ruling(source="synthetic", disposition="denied", text="AFFIRMED")

    _extract()

    ruling.refresh_from_db()
    assert ruling.disposition == "denied"
    assert not ruling.outcome_evidence.exists()


def test_terminations_from_the_fjc_idb_rest_on_it():
    run_import("fjc-idb", [str(COURTLISTENER_FILE)])
    decided = Ruling.objects.exclude(rights_holder_outcome="")

    assert decided.exists()
    assert set(decided.values_list("outcome_basis", flat=True)) == {"fjc_idb"}
    assert not OutcomeEvidence.objects.exists()  # no text to read
