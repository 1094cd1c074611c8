"""Reading import sources: files, folders and zip archives as named binary streams."""

import io
import os
import zipfile

import pytest

from ipcases.importers.inputs import Input, UnreadableInput, iter_inputs, open_source


def _tree(tmp_path):
    (tmp_path / "vol" / "cases").mkdir(parents=True)
    (tmp_path / "vol" / "cases" / "b.json").write_bytes(b'{"id": 2}')
    (tmp_path / "vol" / "cases" / "a.json").write_bytes(b'{"id": 1}')
    (tmp_path / "vol" / "notes.txt").write_bytes(b"ignore me")
    (tmp_path / "vol" / ".hidden.json").write_bytes(b"{}")
    with zipfile.ZipFile(tmp_path / "vol" / "bulk.zip", "w") as archive:
        archive.writestr("cases/c.json", b'{"id": 3}')
        archive.writestr("cases/", b"")
        archive.writestr("__MACOSX/cases/._c.json", b"junk")
    return tmp_path / "vol"


def test_it_reads_a_folder_recursively_in_order_with_zip_members(tmp_path):
    folder = _tree(tmp_path)

    inputs = list(iter_inputs([str(folder)], suffixes=(".json",)))

    names = [i.name.replace(str(folder), "") for i in inputs]
    assert names == ["/bulk.zip:cases/c.json", "/cases/a.json", "/cases/b.json"]
    with inputs[0].open() as stream:
        assert stream.read() == b'{"id": 3}'


def test_it_keeps_every_file_without_a_suffix_filter(tmp_path):
    folder = _tree(tmp_path)

    names = {i.name.rsplit("/", 1)[-1] for i in iter_inputs([str(folder)])}

    assert "notes.txt" in names
    assert ".hidden.json" not in names


def test_it_keeps_a_file_named_explicitly_whatever_its_suffix(tmp_path):
    path = tmp_path / "list.tsv"
    path.write_bytes(b"x")

    (source,) = iter_inputs([str(path)], suffixes=(".json",))

    assert source.name == str(path)
    assert source.suffix == ".tsv"


def test_it_reports_a_missing_path(tmp_path):
    with pytest.raises(UnreadableInput, match="no such file or folder"):
        list(iter_inputs([str(tmp_path / "nowhere.json")]))


def test_it_reports_a_broken_zip(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"this is not a zip")

    with pytest.raises(UnreadableInput, match="not a readable zip"):
        list(iter_inputs([str(path)]))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_it_reports_an_unreadable_file(tmp_path):
    path = tmp_path / "secret.json"
    path.write_bytes(b"{}")
    path.chmod(0)

    with pytest.raises(UnreadableInput, match="cannot be read"):
        list(iter_inputs([str(path)]))


def test_open_source_accepts_a_path_an_input_or_a_stream(tmp_path):
    path = tmp_path / "one.json"
    path.write_bytes(b"1")
    given = io.BytesIO(b"3")

    with open_source(str(path)) as (name, stream):
        assert (name, stream.read()) == (str(path), b"1")
    with open_source(Input("two", lambda: io.BytesIO(b"2"))) as (name, stream):
        assert (name, stream.read()) == ("two", b"2")
    with open_source(given) as (name, stream):
        assert (name, stream.read()) == ("<stream>", b"3")
    assert not given.closed


def test_open_source_reports_a_missing_path(tmp_path):
    with pytest.raises(UnreadableInput), open_source(str(tmp_path / "none")):
        pass
