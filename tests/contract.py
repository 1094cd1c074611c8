"""The API's contract checks, shared by test_api_contract.py (a few examples per operation)
and bench/api_contract.py (many): every operation of the schema the API serves, requests
generated from it by schemathesis, and the checks that matter here: no server error, and a
status code, content type and body that the schema documents.

Schemathesis's other checks are left out on purpose: the schema cannot say which texts the
query language accepts, so a schema-valid `q` may rightly be refused with a 400."""

from __future__ import annotations

from contextlib import contextmanager

import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def operations() -> list:
    """Each operation of the schema the API serves."""
    with connection_kept():
        schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())
    return [result.ok() for result in schema.get_all_operations()]


def check(operation, examples: int, seed: int | None = None) -> int:
    """Send `examples` generated requests to one operation; raise on the first failure.
    Returns how many requests were sent."""
    sent = []

    @given(case=operation.as_strategy())
    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=seed is None,
        database=None,
    )
    def answers_as_the_schema_says(case):
        sent.append(1)
        case.call_and_validate(checks=CHECKS)

    if seed is not None:
        answers_as_the_schema_says._hypothesis_internal_use_seed = seed
    with connection_kept():
        answers_as_the_schema_says()
    return len(sent)


@contextmanager
def connection_kept():
    """Requests sent straight to the WSGI application keep the test's database connection
    (and its transaction) open, as Django's test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
