"""Reading a compressed stream ahead in a thread, so that decompression runs beside parsing.

bz2 and zlib release the interpreter lock while they decompress, so a second core can unpack
the next megabytes of a bulk file (CourtListener publishes them as ``.csv.bz2``) while this
one parses the last. At most ``depth`` chunks wait in between: memory stays bounded.

    with readahead(bz2.open(raw)) as stream:
        header = stream.readline()
"""

from __future__ import annotations

import io
import queue
import threading
from typing import BinaryIO

CHUNK = 1 << 20
DEPTH = 4


class _ReadAhead(io.RawIOBase):
    def __init__(self, source: BinaryIO, chunk: int, depth: int):
        self._chunks: queue.Queue = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._left = memoryview(b"")
        self._finished = False
        self._thread = threading.Thread(target=self._fill, args=(source, chunk), daemon=True)
        self._thread.start()

    def _fill(self, source: BinaryIO, chunk: int) -> None:
        try:
            while not self._stop.is_set():
                data = source.read(chunk)
                self._put(data)
                if not data:
                    return
        except Exception as error:  # noqa: BLE001 - handed to the reader, which raises it
            self._put(error)

    def _put(self, item) -> None:
        while not self._stop.is_set():
            try:
                self._chunks.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        if not self._left:
            if self._finished:
                return 0
            item = self._chunks.get()
            if isinstance(item, Exception):
                self._finished = True
                raise item
            if not item:
                self._finished = True
                return 0
            self._left = memoryview(item)
        size = min(len(target), len(self._left))
        target[:size] = self._left[:size]
        self._left = self._left[size:]
        return size

    def close(self) -> None:
        """Stop the thread before the caller closes the stream it reads."""
        self._stop.set()
        self._thread.join()
        super().close()


def readahead(source: BinaryIO, chunk: int = CHUNK, depth: int = DEPTH) -> io.BufferedReader:
    """A buffered binary stream over ``source``, read ahead by a thread; closing it stops the
    thread (``source`` itself stays open)."""
    return io.BufferedReader(_ReadAhead(source, chunk, depth), buffer_size=1 << 16)
