"""The curated-list parser: CSV, TSV and JSON Lines with a header naming our fields."""

import io
from pathlib import Path

from ipcases.importers import curated
from ipcases.importers.inputs import Input

DATA = Path(__file__).parent / "data" / "csv"


def _parse_text(name: str, text: str) -> list[dict]:
    return list(curated.parse(Input(name, lambda: io.BytesIO(text.encode()))))


def test_it_reads_a_csv_row_with_lists_in_cells():
    first = next(curated.parse(str(DATA / "rulings.csv")))

    assert first["source"] == "csv"
    assert first["source_id"] == "acme-2019-01"
    assert first["court"] == "txed"
    assert first["ip_types"] == ["patent"]
    assert first["ip_classification"] == "curated list"
    assert first["parties"] == [
        {"name": "Acme Widgets, Inc.", "role": "plaintiff", "is_natural_person": None},
        {"name": "Bolt Tools Co.", "role": "defendant", "is_natural_person": None},
        {"name": "Jane Doe", "role": "defendant", "is_natural_person": True},
    ]
    assert first["rights"] == [{"kind": "utility_patent", "office": "US", "number": "7,654,321"}]
    assert first["damages_amount"] == "1250000.50"
    assert first["position"].endswith("rulings.csv:line 2")
    assert "disposition" not in first


def test_it_classifies_rows_that_give_no_ip_types():
    rows = list(curated.parse(str(DATA / "rulings.csv")))

    assert rows[1]["ip_types"] == ["design", "copyright"]
    assert rows[2]["ip_types"] == ["copyright"]
    assert rows[2]["ip_classification"].startswith("copyright: 17 U.S.C.")
    assert rows[3]["ip_types"] == []


def test_it_reads_json_lines_with_lists_or_strings_and_skips_blank_lines():
    records = list(curated.parse(str(DATA / "rulings.jsonl")))

    assert [r["source_id"] for r in records] == ["firm-42", "firm-43"]
    assert records[0]["rights"][0]["number"] == "9,876,543"
    assert records[1]["ip_types"] == ["trademark"]
    assert records[1]["parties"][0]["role"] == "applicant"
    assert records[1]["position"].endswith("rulings.jsonl:line 3")


def test_it_rejects_a_header_with_an_unknown_column():
    (record,) = _parse_text("list.csv", "source_id,court,case_name,decision_date,colour\n")

    assert record["position"] == "list.csv:line 1"
    assert record["error"].startswith("unknown column 'colour' (known: source_id, court,")


def test_it_rejects_a_header_without_a_required_column():
    (record,) = _parse_text("list.csv", "source_id,court,case_name\nx,cafc,A v. B\n")

    assert record["error"] == "missing column 'decision_date'"


def test_it_reports_bad_rows_and_goes_on():
    text = (
        "source_id,court,case_name,decision_date,parties\n"
        "a,cafc,A v. B,2020-01-01,Acme Inc.\n"
        "b,cafc,C v. D\n"
        "c,cafc,E v. F,2020-01-03,plaintiff: E\n"
    )

    bad_party, short_row, good = _parse_text("list.csv", text)

    assert bad_party["error"] == "party 'Acme Inc.' should read 'role: name'"
    assert bad_party["position"] == "list.csv:line 2"
    assert short_row == {"position": "list.csv:line 3", "error": "3 cells for 5 columns"}
    assert good["source_id"] == "c"


def test_it_reports_a_json_line_that_is_not_an_object():
    records = _parse_text("list.jsonl", '["a"]\n{not json\n')

    assert [r["error"][:20] for r in records] == ["each line must be a ", "not valid JSON (Expe"]


def test_it_reads_tab_separated_files_and_a_byte_order_mark():
    text = (
        "\ufeffsource_id\tcourt\tcase_name\tdecision_date\tip_types\n"
        "t1\tcafc\tA v. B\t2020-01-01\tpatent\n"
    )

    (record,) = _parse_text("list.tsv", text)

    assert record["source_id"] == "t1"
    assert record["ip_types"] == ["patent"]


def test_it_reports_text_that_is_not_utf8():
    records = list(curated.parse(io.BytesIO(b"source_id,court\n\xff\xfe\n")))

    assert records[-1]["error"].startswith("not UTF-8 text")


def test_it_stores_a_list_under_the_source_it_is_given():
    line = (
        '{"source_id": "feist-1991", "court": "scotus", "case_name": "Feist v. Rural", '
        '"decision_date": "1991-03-27", "ip_types": ["copyright"]}\n'
    )

    def stream():
        return io.BytesIO(line.encode())

    default = list(curated.parse(Input("list.jsonl", stream)))
    ours = list(curated.parse(Input("list.jsonl", stream), record_source="landmark"))
    assert [r["source"] for r in default + ours] == ["csv", "landmark"]
