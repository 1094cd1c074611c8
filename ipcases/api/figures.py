"""The figures of /analytics/ as data: each table with its sample size, its rows (shares with
their 95 % intervals, as the page prints them), where its values come from, and the link to
the rulings behind every row, on the site and in this API."""

from __future__ import annotations

from django.urls import reverse

from ..analytics import Table
from ..analytics.tables import Figures


def api_href(href: str | None) -> str | None:
    """The API's list for a link to the list page (the same parameters)."""
    if not href:
        return None
    page = reverse("ruling_list")
    return reverse("api:rulings") + href.removeprefix(page) if href.startswith(page) else None


def table_data(table: Table, query: str) -> dict:
    return {
        "slug": table.slug,
        "title": table.title,
        "description": table.description,
        "n": table.n,
        "sample": table.sample,
        "small_sample": table.small,
        "rulings_url": table.sample_href or None,
        "rulings_api_url": api_href(table.sample_href),
        "columns": table.columns,
        "rows": [
            {"cells": cells, "rulings_url": link, "rulings_api_url": api_href(link)}
            for cells, link in table.lines
        ],
        "notes": table.notes,
        "bases_of": table.bases_of,
        "bases": [
            {"basis": label, "n": n, "rulings_url": link, "rulings_api_url": api_href(link)}
            for label, n, link in table.bases
        ],
        "csv_url": reverse("analytics_csv", args=[table.slug]) + (f"?{query}" if query else ""),
    }


def analytics_data(figures: Figures, tables: list[Table], rulings_href: str, query: str) -> dict:
    return {
        "total": figures.total,
        "rulings_url": rulings_href,
        "rulings_api_url": api_href(rulings_href),
        "tables": [table_data(table, query) for table in tables],
    }
