"""Progress of a long import on a terminal: one tqdm bar per file, in bytes read with the rows
per second beside it, then one for the records written (see courtlistener_bulk.Progress)."""

from __future__ import annotations

import time
from typing import TextIO

from tqdm import tqdm


class BarProgress:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self.bar: tqdm | None = None
        self.started = 0.0
        self.done = 0

    def start(self, name: str, total: int, unit: str) -> None:
        self.finish()
        self.started, self.done = time.monotonic(), 0
        self.bar = tqdm(
            desc=name,
            total=total or None,
            unit=unit,
            unit_scale=unit == "B",
            unit_divisor=1024 if unit == "B" else 1000,
            file=self.stream,
            leave=True,
        )

    def update(self, done: int, rows: int) -> None:
        if self.bar is None:
            return
        self.bar.update(max(0, done - self.done))
        self.done = max(self.done, done)
        elapsed = max(time.monotonic() - self.started, 1e-9)
        self.bar.set_postfix_str(f"{rows:,} rows, {rows / elapsed:,.0f} rows/s", refresh=False)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
