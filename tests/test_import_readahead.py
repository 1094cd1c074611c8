"""Reading ahead in a thread: the same bytes, its errors raised in the reader, and no thread
left behind."""

import io
import threading

import pytest

from ipcases.importers.readahead import readahead


class Failing(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, target):
        raise OSError("the disk is gone")


def test_it_gives_the_same_bytes_in_order():
    data = bytes(range(256)) * 5000
    with readahead(io.BytesIO(data), chunk=1000, depth=2) as stream:
        assert stream.readline() == data[: data.index(b"\n") + 1]
        assert stream.read() == data[data.index(b"\n") + 1 :]


def test_an_error_of_the_source_is_raised_to_the_reader():
    with readahead(io.BufferedReader(Failing())) as stream, pytest.raises(OSError, match="gone"):
        stream.read()


def test_closing_early_stops_the_thread():
    before = threading.active_count()
    stream = readahead(io.BytesIO(b"x" * 10_000_000), chunk=1000, depth=2)
    assert stream.read(10) == b"x" * 10
    stream.close()
    assert threading.active_count() == before
