"""Planner statistics: every bulk write (an import run, the synthetic loader, `reindex_search`,
`extract_citations`) analyses the tables it changed, so that no page's speed depends on a
manual ANALYZE or on autovacuum having passed by (on a fresh server the planner otherwise
guesses, and a search page took 121 ms at the median instead of 101 ms at 100,000 rulings).
The benchmarks refuse a database whose tables hold rows without statistics (`unanalyzed`)."""

from __future__ import annotations

from collections.abc import Iterable

from django.apps import apps
from django.db.models import Model

from .engines import engine


def tables(models: Iterable[type[Model]] | None = None) -> list[str]:
    """The tables of these models (default: every table of the catalogue, the search index's
    and the many-to-many ones included)."""
    if models is None:
        models = apps.get_app_config("ipcases").get_models(include_auto_created=True)
    return sorted({model._meta.db_table for model in models})


def analyze(models: Iterable[type[Model]] | None = None) -> None:
    """Gather the planner's statistics of these models' tables (default: all of them)."""
    engine().analyze(tables(models))


def unanalyzed() -> list[str]:
    """The catalogue's tables that hold rows but have no planner statistics."""
    return engine().unanalyzed(tables())
