"""The page layer: what the pages show, built from validated parameters.

Between search and the views: views call these and render, the API and exports will reuse the
same pieces (the listing of rulings, its facets, its links).

- listing.py: the rulings a list's parameters select, counted by facet and ordered;
- links.py: a page's query string with one value changed;
- facets.py: facet options and active-filter chips, with their links;
- selection.py: the filters in use as one sentence (analytics pages and CSV files);
- rulings.py: the list page and the ruling page;
- citations.py: what the ruling page shows of the citation network;
- rights.py: the page of one patent or mark;
- courts.py: the courts page, grouped by country and level;
- analytics.py: the parameters of the analytics pages, validated.
"""
