"""The import_rulings command: the shared write path seen through every format."""

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ipcases.models import Court, Ruling

DATA = Path(__file__).parent / "data"
CSV_HEADER = "source_id,court,case_name,decision_date,ip_types,summary\n"


def _import(*args: str) -> str:
    out = io.StringIO()
    err = io.StringIO()
    call_command("import_rulings", *args, stdout=out, stderr=err)
    assert err.getvalue() == ""  # no progress bar when stderr is not a terminal
    return out.getvalue()


def _csv(tmp_path: Path, *rows: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(CSV_HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


@pytest.mark.django_db
def test_it_imports_a_folder_skipping_non_ip_and_listing_failures():
    output = _import("--format", "uk-fcl", str(DATA / "uk-fcl"))

    assert output.splitlines()[0] == ("created 1, updated 0, unchanged 0, skipped 1, failed 1.")
    assert "failed: " in output and "ewhc_kb_2022_12.xml: court 'EWHC-KBD'" in output
    ruling = Ruling.objects.get()
    assert ruling.source_id == "ewca/civ/2021/990"
    assert ruling.ip_types == ["patent"]
    assert ruling.ip_classification.startswith("patent: Patents Act")
    assert ruling.case.docket_number_normalized == "a3/2020/1234"
    assert sorted(ruling.case.case_parties.values_list("party__is_natural_person", flat=True)) == [
        False,
        False,
        True,
    ]


@pytest.mark.django_db
def test_a_second_run_changes_nothing():
    _import("--format", "cap", str(DATA / "cap"))
    before = list(Ruling.objects.values_list("id", "date_modified"))

    output = _import("--format", "cap", str(DATA / "cap"))

    assert output.startswith("created 0, updated 0, unchanged 2, skipped 2, failed 0.")
    assert list(Ruling.objects.values_list("id", "date_modified")) == before


@pytest.mark.django_db
def test_all_keeps_rulings_classified_as_not_ip():
    _import("--format", "uk-fcl", "--all", str(DATA / "uk-fcl"))

    family = Ruling.objects.get(source_id="ewca/civ/2021/1005")
    assert family.ip_types == []
    assert family.ip_classification.startswith("not IP")


@pytest.mark.django_db
def test_a_changed_record_is_updated_and_the_others_left_alone(tmp_path):
    rows = ["a,cafc,A v. B,2020-01-01,patent,First", "b,cafc,C v. D,2020-01-02,patent,Second"]
    _import("--format", "csv", str(_csv(tmp_path, *rows)))

    rows[1] = "b,cafc,C v. D,2020-01-02,patent,Second revised"
    output = _import("--format", "csv", str(_csv(tmp_path, *rows)))

    assert output.startswith("created 0, updated 1, unchanged 1,")
    assert Ruling.objects.get(source_id="b").summary == "Second revised"


@pytest.mark.django_db
def test_strict_stops_at_the_first_bad_record_and_leaves_the_database_as_it_was(tmp_path):
    path = _csv(
        tmp_path,
        "a,cafc,A v. B,2020-01-01,patent,",
        "b,nowhere,C v. D,2020-01-02,patent,",
        "c,cafc,E v. F,2020-01-03,patent,",
    )

    with pytest.raises(
        CommandError, match=r"nothing was written: .*list.csv:line 3: unknown court"
    ):
        _import("--format", "csv", "--strict", str(path))

    assert Ruling.objects.count() == 0
    assert Court.objects.count() == 0


@pytest.mark.django_db
def test_without_strict_a_bad_record_fails_and_the_rest_is_imported(tmp_path):
    path = _csv(tmp_path, "a,cafc,A v. B,2020-01-01,patent,", "b,cafc,C v. D,someday,patent,")

    output = _import("--format", "csv", str(path))

    assert output.splitlines() == [
        "created 1, updated 0, unchanged 0, skipped 0, failed 1.",
        "  failed 1: decision_date '…' is not a date",
        f"  failed: {path}:line 3: decision_date 'someday' is not a date",
    ]


@pytest.mark.django_db
def test_dry_run_reports_without_writing():
    output = _import("--format", "csv", "--dry-run", str(DATA / "csv"))

    assert output.startswith("Dry run, nothing written: created 5, updated 0, unchanged 0, ")
    assert "skipped 1, failed 0." in output
    assert Ruling.objects.count() == 0
    assert Court.objects.count() == 0


@pytest.mark.django_db
def test_it_reads_zip_archives(tmp_path):
    archive = tmp_path / "bulk.zip"
    with zipfile.ZipFile(archive, "w") as opened:
        opened.write(DATA / "cap" / "api_v1_case.json", "cases/0345-01.json")
        opened.write(DATA / "cap" / "volume" / "CasesMetadata.json", "CasesMetadata.json")

    output = _import("--format", "cap", str(archive))

    assert output.startswith("created 1,")
    assert Ruling.objects.get().source_id == "4100001"


@pytest.mark.django_db
def test_it_imports_json_lines_through_the_same_path():
    _import("--format", "csv", str(DATA / "csv" / "rulings.jsonl"))

    ruling = Ruling.objects.get(source_id="firm-42")
    assert ruling.citation == "22 F.4th 1001"
    assert list(ruling.case.rights.values_list("number", flat=True)) == ["9876543"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "westlaw", "x.json"], "unknown format 'westlaw' (known: cafc-rss, cap,"),
        (["--format", "cap", "/no/such/file.json"], "/no/such/file.json: no such file or folder"),
    ],
)
@pytest.mark.django_db
def test_bad_arguments_give_a_clear_error(args, message):
    with pytest.raises(CommandError, match=message.replace("(", r"\(")):
        _import(*args)


@pytest.mark.django_db
def test_a_broken_archive_stops_the_run_before_anything_is_written(tmp_path):
    shutil.copy(DATA / "csv" / "rulings.csv", tmp_path / "a.csv")
    (tmp_path / "b.zip").write_bytes(b"not a zip")

    with pytest.raises(CommandError, match="b.zip: not a readable zip archive"):
        _import("--format", "csv", str(tmp_path))

    assert Ruling.objects.count() == 0


@pytest.mark.django_db
def test_all_still_skips_records_a_parser_set_aside_rather_than_failing_them():
    output = _import("--format", "ttab", "--all", str(DATA / "ttab" / "proceedings.xml"))

    assert ", failed 0." in output.splitlines()[0]
    assert "skipped 0," not in output
