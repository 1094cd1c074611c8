"""Views: read the request, ask the page layer, render. A few lines each.

- rulings.py: the list (search), a ruling, the search help;
- catalogue.py: the start page, courts, rights, about;
- analytics.py: the analytics pages and their CSV tables.
"""
