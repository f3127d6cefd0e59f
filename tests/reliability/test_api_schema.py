"""Promise 3: schemathesis generates requests from /openapi.json; none gets a server error, and
every answer's status and body are the documented ones."""

from __future__ import annotations

import os

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from app.archive import Archive
from app.web.app import create_app

pytestmark = pytest.mark.reliability
# Per operation: `make test` 20, `make reliability` 100.
EXAMPLES = int(os.environ.get("GEONEWS_SCHEMA_EXAMPLES", "20"))


def test_every_operation_answers_as_documented(seeded_archive: Archive) -> None:
    config = seeded_archive.settings.model_copy(update={"api_token": "schema-test-token"})
    seeded_archive.close()
    app = create_app(config)
    with TestClient(app):  # Runs the lifespan: the archive is opened as a server opens it.
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 5
        for operation in operations:
            _check(operation)


def _check(operation: schemathesis.APIOperation) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def answers_as_documented(case: schemathesis.Case) -> None:
        # `q` is a query language: a schema-valid string can be a query that cannot run (400).
        case.call_and_validate(excluded_checks=[positive_data_acceptance])

    answers_as_documented()
