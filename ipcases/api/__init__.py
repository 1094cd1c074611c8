"""The read-only JSON API (/api/v1/): the same searches, filters and figures as the pages,
through the same FilterSet and page layer. docs/api.md describes it.

    params.py       the list's parameters (Listing's, and cursor, page_size, fields)
    pagination.py   cursors: the last row's sort key, or a position for computed orders
    conditional.py  ETag, Last-Modified and 304s
    serializers.py  rulings, courts, parties (as the catalogue shows them), rights
    network.py      a ruling's citations both ways, statutes and rights mentioned
    figures.py      the analytics figures; rights.py one right; lookup.py citation look-up
    results.py      the list page's answer, and the schema of answers without a serializer
    schema.py       OpenAPI parameters read from the FilterSet
    throttling.py   rates from the settings; docs.py the index and Swagger UI
    views.py        a few lines per endpoint; urls.py
"""
