"""CourtListener's bulk files: every kind read in its dialect, joined across files, selected
for IP, resumable, and in memory that does not grow with the files."""

import bz2
import io
import shutil
import tracemalloc
from pathlib import Path

import pytest
from django.core.management import call_command

from ipcases.importers import courtlistener_bulk
from ipcases.importers.courtlistener_bulk import BulkRun, parse_all
from ipcases.importers.inputs import iter_inputs
from ipcases.models import Court, Ruling

SAMPLES = Path(__file__).parent / "data" / "courtlistener-bulk"


@pytest.fixture
def dump(tmp_path) -> Path:
    """The samples as CourtListener publishes them: bzip2-compressed (the citation map plain)."""
    folder = tmp_path / "dump"
    folder.mkdir()
    for sample in SAMPLES.iterdir():
        if sample.name.startswith("citation-map"):
            shutil.copy(sample, folder)
        else:
            (folder / f"{sample.name}.bz2").write_bytes(bz2.compress(sample.read_bytes()))
    return folder


def _records(*paths, **options) -> list[dict]:
    inputs = list(iter_inputs([str(p) for p in paths], courtlistener_bulk.SUFFIXES))
    return list(parse_all(inputs, **options))


def _import(*args: str) -> str:
    out = io.StringIO()
    call_command("import_rulings", "--format", "courtlistener-bulk", *args, stdout=out)
    return out.getvalue()


def test_it_joins_dockets_clusters_opinions_and_citations_of_ip_cases(dump):
    records = {r["source_id"]: r for r in _records(dump) if "source_id" in r}

    assert sorted(records) == [f"cluster:700060{n}" for n in (1, 2, 3, 4, 7)]
    nevada = records["cluster:7000601"]  # no nature of suit on the docket: the FJC's 830
    assert (nevada["court"], nevada["nature_of_suit"], nevada["ip_types"]) == (
        "nvd",
        "830",
        ["patent"],
    )
    assert 'dispute the term "diffusing lens".' in nevada["text"]  # escaped quotes read
    kestrel = records["cluster:7000603"]  # the Federal Circuit: selected by its court
    assert kestrel["citations"] == ["950 F.3d 1001", "2020 U.S.P.Q.2d 10123"]
    assert kestrel["text"].endswith("record \\ as a whole.")  # the dissent, after the lead
    assert "\n\nThe patentee disclaimed" in kestrel["text"]  # multi-line quoted values
    tidewater = records["cluster:7000604"]  # an appeal without nature of suit: by its text
    assert (tidewater["ip_types"], tidewater["decision_date_precision"]) == (["copyright"], "year")
    assert records["cluster:7000607"]["ip_types"] == []  # a veterans' appeal: not IP
    assert all(r["retrieved_at"] == "2025-06-30T00:00:00+00:00" for r in records.values())


def test_it_says_what_it_read_and_passed_over(dump):
    notes = [r["note"] for r in _records(dump) if "note" in r]

    assert "7 rows read, 5 IP dockets" in " ".join(notes)
    assert any(n.startswith("passed over (the catalogue reads") for n in notes)
    assert any("1 without their cluster in the dump" in n for n in notes)
    assert any(n.startswith("1 IP dockets have no opinion in the dump") for n in notes)


@pytest.mark.django_db
def test_a_dump_imports_and_imports_again_unchanged(dump):
    first = _import(str(dump))
    second = _import(str(dump))

    assert first.startswith("created 4, updated 0, unchanged 0, skipped 1, failed 0.")
    assert "  skipped 1: classified as not IP" in first
    assert second.startswith("created 0, updated 0, unchanged 4, skipped 1, failed 0.")
    assert Court.objects.filter(pk__in=["nvd", "nyed"]).count() == 2  # from courts-db
    assert Ruling.objects.get(source_id="cluster:7000604").decided == "2018"
    assert not Path("bulk.sqlite3").exists()


def test_an_interrupted_run_resumes_from_its_checkpoint(dump, tmp_path, monkeypatch):
    state = tmp_path / "state.sqlite3"
    monkeypatch.setattr(courtlistener_bulk, "COMMIT_ROWS", 2)
    calls = {"docket": 0, "opinion": 0}
    real_docket, real_opinion = BulkRun._docket, BulkRun._opinion

    def docket(self, row, counts):
        calls["docket"] += 1
        return real_docket(self, row, counts)

    def opinion(self, row, counts):
        calls["opinion"] += 1
        if calls["opinion"] == 5 and not state.with_suffix(".resumed").exists():
            state.with_suffix(".resumed").touch()
            raise KeyboardInterrupt
        return real_opinion(self, row, counts)

    monkeypatch.setitem(courtlistener_bulk.READERS, "dockets", docket)
    monkeypatch.setitem(courtlistener_bulk.READERS, "opinions", opinion)
    with pytest.raises(KeyboardInterrupt):
        _records(dump, state_path=str(state))
    assert state.exists()
    read_before = dict(calls)

    resumed = {r["source_id"] for r in _records(dump, state_path=str(state)) if "source_id" in r}

    assert resumed == {f"cluster:700060{n}" for n in (1, 2, 3, 4, 7)}
    assert calls["docket"] == read_before["docket"]  # the dockets were not read again
    assert calls["opinion"] - read_before["opinion"] == 8 - 4  # nor the opinions checkpointed
    assert not state.exists()  # the run ended: its staging file is gone


def test_a_dump_of_before_2025_quoted_with_backticks_is_read(tmp_path):
    text = (SAMPLES / "citations-2025-06-30.csv").read_text()
    (tmp_path / "citations-2024-12-31.csv").write_text(text.replace('"', "`"))
    shutil.copy(SAMPLES / "opinion-clusters-2025-06-30.csv", tmp_path)
    shutil.copy(SAMPLES / "dockets-2025-06-30.csv", tmp_path)

    records = {r["source_id"]: r for r in _records(tmp_path) if "source_id" in r}

    assert records["cluster:7000603"]["citations"] == ["950 F.3d 1001", "2020 U.S.P.Q.2d 10123"]


def test_a_cut_file_and_a_file_of_no_known_table_are_reported(tmp_path):
    lines = (SAMPLES / "dockets-2025-06-30.csv").read_text().split("\n")
    (tmp_path / "dockets-2025-06-30.csv").write_text("\n".join(lines[:3]) + '\n"6000699","x"\n')
    (tmp_path / "notes-2025.csv").write_text("a,b\n1,2\n")

    errors = [r["error"] for r in _records(tmp_path) if "error" in r]

    assert errors[0].startswith("not a CourtListener bulk file")
    assert "stopped reading" in errors[1] and "has 2 values for 54 columns" in errors[1]


def test_memory_stays_flat_as_the_opinions_file_grows(tmp_path):
    peaks = []
    for rows in (100, 800):
        folder = tmp_path / f"dump{rows}"
        folder.mkdir()
        shutil.copy(SAMPLES / "dockets-2025-06-30.csv", folder)
        shutil.copy(SAMPLES / "opinion-clusters-2025-06-30.csv", folder)
        _write_opinions(folder / "opinions-2025-06-30.csv.bz2", rows)
        tracemalloc.start()
        records = _records(folder)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert len([r for r in records if "source_id" in r]) == 5
    assert peaks[1] < peaks[0] * 1.25 + 512 * 1024, peaks


def _write_opinions(path: Path, rows: int) -> None:
    header, *sample = (SAMPLES / "opinions-2025-06-30.csv").read_text().split("\n", 1)
    body = "word " * 1000
    filler = "".join(
        f'"{9000000 + n}","","","","f","","010combined","",,,"","{body}","","","","","","",'
        f'"f",,"7000605"\n'
        for n in range(rows)
    )
    path.write_bytes(bz2.compress(f"{header}\n{sample[0]}{filler}".encode()))


def test_a_run_interrupted_while_it_gives_records_resumes_after_those_stored(
    dump, tmp_path, monkeypatch
):
    state = tmp_path / "state.sqlite3"
    monkeypatch.setattr(courtlistener_bulk, "PROGRESS_ROWS", 1)
    monkeypatch.setattr(courtlistener_bulk, "EMITTED_BACK", 2)
    given = []
    for record in parse_all(
        list(iter_inputs([str(dump)], courtlistener_bulk.SUFFIXES)), state_path=str(state)
    ):
        if "source_id" in record:
            given.append(record["source_id"])
            if len(given) == 4:
                break  # the run stops while the fourth record is being stored
    assert state.exists()

    resumed = [r["source_id"] for r in _records(dump, state_path=str(state)) if "source_id" in r]

    # Two records back from the last one given is stored for certain: the run starts after it.
    assert resumed == ["cluster:7000603", "cluster:7000604", "cluster:7000607"]
