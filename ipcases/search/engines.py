"""The engine of the connection's database (see engine.py for what an engine answers)."""

from __future__ import annotations

from django.db import connection

from .engine import Engine
from .postgres import PostgresEngine
from .sqlite import SqliteEngine

ENGINES: dict[str, Engine] = {engine.name: engine for engine in (PostgresEngine(), SqliteEngine())}


def engine() -> Engine:
    return ENGINES[connection.vendor]
