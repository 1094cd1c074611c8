"""Synthetic IP rulings for the demo and for benchmarks: deterministic, seeded and realistic in
shape (courts, dates, parties, rights, outcomes, damages, citations and long opinion texts).

Ruling i depends only on (seed, i): ``generate_ruling(i, seed)`` returns it as an importer
record (see ``ipcases.importers``), and ``load_synthetic(count, seed)`` writes rulings 1..count
in bulk, creating only the missing ones. Every record says it is synthetic."""

from .generate import GENERATOR_VERSION, generate_ruling, generate_rulings
from .loader import load_synthetic

__all__ = ["GENERATOR_VERSION", "generate_ruling", "generate_rulings", "load_synthetic"]
