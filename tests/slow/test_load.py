"""A short load test (bench/load.py) in the slow suite: at the capacity limit no request fails; above it the
only refusals are 503s with Retry-After. The 60-second figures are in docs/reliability.md."""

from __future__ import annotations

import pytest

from bench.load import CAPACITY, run

pytestmark = pytest.mark.slow


def test_capacity_limit_and_overload_answer_cleanly() -> None:
    at_limit, overloaded = run(10, [CAPACITY, CAPACITY * 4])
    assert at_limit["errors"] == 0 and overloaded["errors"] == 0
    assert at_limit["answers_per_s"] > 1 and overloaded["answers_per_s"] > 1  # type: ignore[operator]
    for result in (at_limit, overloaded):
        statuses = result["statuses"]
        assert set(statuses) <= {"200", "503"}, statuses  # type: ignore[arg-type]
        assert result["503_without_retry_after"] == 0
    assert overloaded["statuses"].get("503", 0) > 0  # type: ignore[union-attr]  # the cap really engages
