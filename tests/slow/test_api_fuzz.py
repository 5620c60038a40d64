"""Schemathesis over the JSON API's OpenAPI schema, against the real app on loopback (demo store, composer
answers): no request it generates may get a 5xx, and every response must match the documented schema."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from app.main import create_app
from app.services import Services
from tests.helpers import serve_in_thread

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base_url(demo_store: Services) -> Iterator[str]:
    relaxed = dataclasses.replace(demo_store, settings=demo_store.settings.model_copy(
        update={"rate_limit_outfits": "100000/minute", "max_concurrent_generations": 64}))
    with serve_in_thread(create_app(services=relaxed)) as url:
        yield url


def test_api_never_fails_and_matches_its_schema(base_url: str) -> None:
    """Each operation of /api/v1 with Hypothesis-generated requests (valid and invalid ones)."""
    from hypothesis import given

    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json").include(path_regex="^/api/v1/")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 8  # every /api/v1 route (tests/test_access.py lists them)
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case) -> None:  # type: ignore[no-untyped-def]
            case.call_and_validate(base_url=base_url, timeout=60,
                                   checks=[not_a_server_error, response_schema_conformance, content_type_conformance])

        check()
