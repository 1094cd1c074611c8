"""The ruling page shows how each outcome value was obtained, with the sentence it was read
from and its paragraph, or why the text gave none."""

import pytest

from ipcases.courts import ensure_courts
from ipcases.importers.pipeline import run_import
from ipcases.importers.store import save_records
from ipcases.models import EditorCorrection, Ruling
from ipcases.outcomes.record import settle
from tests.outcome_samples import ruling_record

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def courts():
    ensure_courts()


def _facts(client, ruling: Ruling) -> str:
    html = client.get(f"/rulings/{ruling.pk}/").content.decode()
    return " ".join(html.split('<dl class="facts card">')[1].split("</dl>")[0].split())


def _imported(name: str, **overrides) -> Ruling:
    save_records([ruling_record(name, **overrides)])
    return Ruling.objects.get(source_id=f"{overrides.get('source', 'courtlistener')}-{name}")


def test_a_value_read_from_the_text_shows_the_sentence(client):
    facts = _facts(client, _imported("us_cafc_aff_rev_remand"))

    assert "Affirmed in part" in facts
    assert "read from the text" in facts
    assert "“AFFIRMED-IN-PART, REVERSED-IN-PART, AND REMANDED”" in facts
    assert 'class="badge mixed"' in facts


def test_the_paragraph_is_given_where_the_text_numbers_its_paragraphs(client):
    run_import("uk-fcl", ["tests/data/uk-fcl/ewca_civ_2021_990.xml"])
    facts = _facts(client, Ruling.objects.get(source_id="ewca/civ/2021/990"))

    assert "“For these reasons I would allow the appeal.” — paragraph 4" in facts


def test_an_editors_value_is_shown_as_such_beside_what_the_text_reads(client):
    ruling = _imported("us_cafc_aff_rev_remand")
    Ruling.objects.filter(pk=ruling.pk).update(rights_holder_outcome="holder_won")
    EditorCorrection.objects.create(ruling=ruling, field="rights_holder_outcome")
    settle(Ruling.objects.get(pk=ruling.pk))

    facts = _facts(client, ruling)

    assert "set by an editor" in facts
    assert "The text reads “Mixed”" in facts


def test_a_value_from_metadata_names_its_source(client):
    facts = _facts(client, _imported("us_no_decision", disposition="denied"))

    assert "Denied" in facts
    assert "source metadata (CourtListener)" in facts


def test_an_empty_value_says_why_the_text_gave_none(client):
    facts = _facts(client, _imported("us_cafc_remanded"))

    assert "— the text was read: a remand alone decides nothing for either side" in facts


def test_remedies_and_the_rights_holder_read_from_the_text_are_shown(client):
    facts = _facts(client, _imported("us_txed_enhanced_fees"))

    assert "USD 6,000,000.00" in facts
    assert "Enhanced damages</dt>" in facts
    assert "Attorney fees</dt>" in facts
    assert 'Rights holder</dt> <dd class="outcome-value">Oakmont Audio LLC' in facts
