"""What a record may hold: a value no database would keep the same fails its record with a
message, and the batch and the file go on; text is kept as both databases can store it.

Each case here once aborted a batch on PostgreSQL, or was stored on SQLite and refused on
PostgreSQL (issue 23).
"""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import DataError

from ipcases.courts import ensure_courts
from ipcases.importers import store
from ipcases.models import Case, Party, Ruling
from tests.test_store import record

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def courts():
    ensure_courts()


def _saved(bad: dict, **options) -> store.Summary:
    """The summary of a batch of three records, the middle one `bad`."""
    records = [
        record(source_id="before"),
        record(**{"source_id": "bad", "position": "list.csv:line 3", **bad}),
        record(source_id="after"),
    ]
    return store.save_records(records, **options)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"damages_currency": "USDX"}, "damages_currency 'USDX' is not an ISO 4217 code"),
        ({"damages_currency": "XYZ"}, "damages_currency 'XYZ' is not an ISO 4217 code"),
        (
            {"damages_currency": '=HYPERLINK("http://evil")'},
            "damages_currency '=HYPERLINK(\"http://evil\")' is not an ISO 4217 code",
        ),
        ({"damages_amount": "1e20"}, "damages_amount '1e20' is more than 99,999,999,999,999.99"),
        ({"source_id": "x" * 201}, "source_id is longer than 200 characters"),
        ({"source_id": "row\x00-1"}, "source_id contains control characters"),
        ({"docket_number": "1" * 201}, "docket_number is longer than 200 characters"),
        ({"source_url": "https://example.org/" + "x" * 500}, "source_url is longer than 500"),
        ({"source_url": "https://example.org/\x00"}, "source_url contains control characters"),
        ({"language": "english-please"}, "language 'english-please' is not a language code"),
        ({"citations": ["1 F.3d " + "9" * 200]}, "citation '1 F.3d 9999"),
        ({"citations": [{"cite": "1 F.3d 1"}]}, "citations must be a list of text"),
        ({"ip_types": [{"kind": "patent"}]}, "ip_types must be a list of text"),
        ({"ip_types": "patent"}, "ip_types must be a list of text"),
        ({"parties": [{"name": "X" * 501, "role": "plaintiff"}]}, "longer than 500 characters"),
        (
            {"parties": [{"name": "X", "role": "plaintiff", "is_natural_person": "yes"}]},
            "is_natural_person must be true, false or empty",
        ),
        ({"parties": ["plaintiff: X"]}, "parties must be a list of objects"),
        (
            {"rights": [{"kind": "utility_patent", "office": "USPTO-OFFICE", "number": "1"}]},
            "office",
        ),
        ({"rights": [{"kind": "utility_patent", "number": "1" * 41}]}, "number"),
        ({"case_name": {"en": "A v. B"}}, "case_name must be text"),
        ({"summary": ["A", "B"]}, "summary must be text"),
    ],
)
def test_a_bad_value_fails_its_record_and_the_batch_goes_on(bad, message):
    summary = _saved(bad)

    assert (summary.created, summary.failed) == (2, 1), summary.errors
    assert summary.errors[0].startswith("list.csv:line 3: ")
    assert message in summary.errors[0]
    assert sorted(Ruling.objects.values_list("source_id", flat=True)) == ["after", "before"]


def test_under_strict_a_bad_value_rolls_everything_back():
    with pytest.raises(store.InvalidRecord, match="is not an ISO 4217 code"):
        _saved({"damages_currency": "USDX"}, strict=True, batch_size=1)
    assert not Ruling.objects.exists()


def test_a_currency_is_read_in_capitals():
    store.save_records([record(damages_currency=" usd ")])
    assert Ruling.objects.get().damages_currency == "USD"


def test_nul_bytes_and_control_characters_are_dropped_from_texts_alike_on_both_databases():
    text = "The patent\x00 was\x07 infringed.\x0cSecond page.\ud800"
    store.save_records(
        [
            record(
                case_name="Acme\x00 v. Bolt",
                text=text,
                summary="Held\x1b infringed.",
                judges="Rader,\x00 J.",
                parties=[{"name": "Acme\x00 Inc.", "role": "plaintiff"}],
            )
        ]
    )
    ruling = Ruling.objects.get()
    assert ruling.text == "The patent was infringed.\nSecond page.\ufffd"
    assert ruling.case.name == "Acme v. Bolt"
    assert (ruling.summary, ruling.judges) == ("Held infringed.", "Rader, J.")
    assert Party.objects.get().name == "Acme Inc."


def test_one_record_the_database_refuses_fails_alone(monkeypatch):
    save_record = store.save_record

    def refused_for_bad(rec, doubts=None):
        if rec["source_id"] == "bad":
            Case.objects.create(court_id="txed", name="half-written")
            raise DataError("value too long for type character varying(3)")
        return save_record(rec, doubts)

    monkeypatch.setattr(store, "save_record", refused_for_bad)
    summary = _saved({})

    assert (summary.created, summary.failed) == (2, 1)
    assert "could not be stored (value too long" in summary.errors[0]
    assert not Case.objects.filter(name="half-written").exists()


CSV_HEADER = "source_id,court,case_name,decision_date,ip_types,source_url,text\n"


def _import_csv(tmp_path: Path, rows: list[str]) -> str:
    path = tmp_path / "list.csv"
    path.write_text(CSV_HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    out = io.StringIO()
    call_command("import_rulings", "--format", "csv", str(path), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_a_csv_field_of_any_size_is_read_and_the_rows_after_it_too(tmp_path):
    long_text = "The patent claims a widget. " * 20_000  # 560 KB, past csv's 128 KiB default
    rows = [
        "a,cafc,A v. B,2020-01-01,patent,,short",
        f'b,cafc,C v. D,2020-01-02,patent,,"{long_text}"',
        "c,cafc,E v. F,2020-01-03,patent,,short",
    ]
    output = _import_csv(tmp_path, rows)

    assert output.startswith("created 3, updated 0, unchanged 0"), output
    assert len(Ruling.objects.get(source_id="b").text) == len(long_text.strip())


def test_a_csv_that_breaks_off_says_where_and_that_the_rest_was_not_read(tmp_path):
    rows = ["a,cafc,A v. B,2020-01-01,patent,,short", 'b,cafc,C v. D,2020-01-02,patent,,"open']
    path = tmp_path / "list.csv"
    path.write_text(CSV_HEADER + "\n".join(rows), encoding="utf-8")
    out = io.StringIO()
    call_command("import_rulings", "--format", "csv", str(path), stdout=out, stderr=io.StringIO())

    assert "failed 1" in out.getvalue()
    assert "the rest of the file was not read" in out.getvalue()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(5)",
        "JavaScript:alert(5)",
        " javascript:alert(5)",
        "data:text/html,<script>alert(5)</script>",
        "vbscript:msgbox(5)",
        "//evil.example/x",
    ],
)
def test_a_source_url_that_is_not_http_is_kept_as_text_and_never_linked(client, tmp_path, url):
    _import_csv(tmp_path, [f'a,cafc,A v. B,2020-01-01,patent,"{url}",'])
    ruling = Ruling.objects.get()
    html = client.get(f"/rulings/{ruling.pk}/").content.decode()

    assert ruling.source_url == url.strip()
    assert 'href="javascript' not in html.lower().replace(" ", "")
    assert 'href="data:' not in html and 'href="vbscript:' not in html
    assert 'href="//evil' not in html and "read it at" not in html


def test_an_http_source_url_is_linked(client, tmp_path):
    _import_csv(tmp_path, ['a,cafc,A v. B,2020-01-01,patent,"HTTPS://example.org/op/1",'])
    html = client.get(f"/rulings/{Ruling.objects.get().pk}/").content.decode()
    assert 'href="HTTPS://example.org/op/1"' in html
    assert "read it at" in html
