"""What an import says: why each record was skipped or failed, and when it failed as a whole."""

import io
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ipcases.models import Ruling

DATA = Path(__file__).parent / "data"
SEPARATE = DATA / "courtlistener" / "separate"


def _import(*args: str) -> str:
    out = io.StringIO()
    call_command("import_rulings", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_a_cluster_its_opinion_and_its_docket_in_separate_files_are_one_ruling():
    output = _import("--format", "courtlistener", str(SEPARATE))

    assert output.startswith("created 1, updated 0, unchanged 0, skipped 0, failed 0.")
    ruling = Ruling.objects.get()
    assert (ruling.case.court_id, str(ruling.decision_date)) == ("ca2", "2015-01-16")
    assert ruling.case.docket_number == "13-4829-cv"
    assert ruling.text.startswith("Marigold appeals the judgment")
    assert "\n\nWe agree" in ruling.text  # the opinion's paragraphs kept
    assert (ruling.source, ruling.source_id) == ("courtlistener", "cluster:7000500")
    assert ruling.source_url.startswith("https://www.courtlistener.com/opinion/7000500/")
    assert ruling.ip_types == ["copyright"]


@pytest.mark.django_db
def test_the_same_ruling_from_cap_joins_it_and_the_cleaner_text_stays():
    _import("--format", "courtlistener", str(SEPARATE))
    output = _import("--format", "cap", str(DATA / "provenance" / "cap-marigold.json"))

    assert "attached to rulings from other sources 1" in output
    ruling = Ruling.objects.get()
    assert sorted(ruling.source_records.values_list("source", flat=True)) == [
        "cap",
        "courtlistener",
    ]
    assert ruling.text.startswith("Marigold appeals")  # not CAP's hard-wrapped OCR text
    parties = [(p.party.name, p.role) for p in ruling.case.case_parties.all()]
    assert parties == [
        ("MARIGOLD SOFTWARE, INC.", "appellant"),
        ("TESSERA SYSTEMS CORPORATION", "appellee"),
    ]


@pytest.mark.django_db
def test_an_opinion_without_its_cluster_is_skipped_with_its_reason(tmp_path):
    shutil.copy(SEPARATE / "opinion-7100500.json", tmp_path)

    output = _import("--format", "courtlistener", str(tmp_path))

    assert output.splitlines()[:2] == [
        "created 0, updated 0, unchanged 0, skipped 1, failed 0.",
        "  skipped 1: an opinion whose cluster is in none of the files (no court, date or "
        "case name)",
    ]


@pytest.mark.django_db
def test_verbosity_2_lists_every_skipped_record_with_its_reason():
    output = _import("--format", "uk-fcl", "-v", "2", str(DATA / "uk-fcl"))

    listed = [line for line in output.splitlines() if line.startswith("  skipped: ")]
    assert len(listed) == 1
    assert "classified as not IP (not IP:" in listed[0]
    assert "  skipped 1: classified as not IP" in output


@pytest.mark.django_db
def test_an_import_in_which_every_record_failed_exits_non_zero(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "source_id,court,case_name,decision_date,ip_types\n"
        "a,atlantis,A v. B,2020-01-01,patent\n"
        "b,atlantis,C v. D,2020-01-02,patent\n"
    )

    with pytest.raises(CommandError, match="Every record failed"):
        _import("--format", "csv", str(path))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("format_name", "path", "message"),
    [
        (
            "cap",
            SEPARATE / "cluster-7000500.json",
            "this is CourtListener JSON (API responses), not Caselaw Access Project case JSON: "
            "import it with --format courtlistener",
        ),
        (
            "courtlistener",
            DATA / "cap" / "api_v1_case.json",
            "this is Caselaw Access Project case JSON, not CourtListener JSON (API responses): "
            "import it with --format cap",
        ),
        (
            "cap",
            DATA / "uk-fcl" / "ewca_civ_2021_990.xml",
            "this is Find Case Law judgment XML (LegalDocML), not Caselaw Access Project case "
            "JSON: import it with --format uk-fcl",
        ),
    ],
)
def test_a_file_given_the_wrong_format_is_named_for_what_it_is(format_name, path, message):
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_rulings", "--format", format_name, str(path), stdout=out)
    assert f"{path}: {message}" in out.getvalue()
