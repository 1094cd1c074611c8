"""Stand-ins for a database server in trouble, on the loopback interface of the test process.

- TcpProxy forwards connections to the real server, and can be cut (every connection closed,
  new ones refused, as when the server stops) and restored (as when it starts again).
- SilentServer accepts connections and never answers, as a server that hangs.
- closed_port() is a port where nothing listens, as a server that is down.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading

LOOPBACK = "127.0.0.1"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def _listener(port: int = 0) -> socket.socket:
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((LOOPBACK, port))
    server.listen(16)
    return server


class SilentServer:
    """Accepts connections and holds them open without a word."""

    def __init__(self):
        self.server = _listener()
        self.port = self.server.getsockname()[1]
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                self.held.append(self.server.accept()[0])

    def close(self) -> None:
        self.server.close()
        for held in self.held:
            held.close()


class TcpProxy:
    """Forwards LOOPBACK:port to (host, port) of the real server until cut."""

    def __init__(self, host: str, port: int):
        self.upstream = (host, port)
        self.port = closed_port()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.lock = threading.Lock()
        self.restore()

    def restore(self) -> None:
        """Listen again on the same port, as a server that has started."""
        self.server = _listener(self.port)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, args=(self.server,), daemon=True)
        self.thread.start()

    def cut(self) -> None:
        """Close every connection and stop listening, as a server that has stopped."""
        self.stopped.set()
        self.thread.join()
        self.server.close()
        with self.lock:
            pairs, self.pairs = self.pairs, []
        for pair in pairs:
            for end in pair:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

    def _accept(self, server: socket.socket) -> None:
        # Polled, so that cut() can stop it: closing a socket does not wake a blocked accept().
        with selectors.DefaultSelector() as selector, contextlib.suppress(OSError):
            selector.register(server, selectors.EVENT_READ)
            while not self.stopped.is_set():
                if not selector.select(timeout=0.05):
                    continue
                client = server.accept()[0]
                upstream = socket.create_connection(self.upstream, timeout=5)
                with self.lock:
                    self.pairs.append((client, upstream))
                threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    @staticmethod
    def _pump(client: socket.socket, upstream: socket.socket) -> None:
        other = {client: upstream, upstream: client}
        with selectors.DefaultSelector() as selector:
            for end in other:
                selector.register(end, selectors.EVENT_READ)
            with contextlib.suppress(OSError, ValueError):
                while True:
                    for key, _ in selector.select(timeout=1):
                        data = key.fileobj.recv(65536)
                        if not data:
                            return
                        other[key.fileobj].sendall(data)
