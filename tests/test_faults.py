"""Faults a running app must survive: the database going away mid-service (503 with a clear message, not a
stack trace; `/readyz` says which part is down) and the model server being unreachable (degraded answers)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.main import create_app
from app.services import build_services
from tests.conftest import POSTGRES_URL, fresh_postgres_database, make_settings
from tests.helpers import basic_catalog, run_import, to_csv


@pytest.fixture
def postgres_url() -> Iterator[str]:
    yield from fresh_postgres_database("stylist_fault")


@pytest.mark.postgres
def test_database_gone_gives_503_and_readiness_says_why(postgres_url: str, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path, postgres_url, llm_url="http://127.0.0.1:9/v1", llm_max_retries=0)
    services = build_services(settings, embedder)
    assert run_import(services, to_csv(basic_catalog())).status == "succeeded"
    with TestClient(create_app(services=services), raise_server_exceptions=False) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "degraded"  # no model server
        assert ready.json()["database"] == {"ok": True, "detail": "postgresql"}
        assert client.get("/api/v1/items").status_code == 200
        # the database disappears under the running app (dropped, every connection cut)
        admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{make_url(postgres_url).database}" WITH (FORCE)'))
        admin.dispose()
        down = client.get("/api/v1/items")
        assert down.status_code == 503
        assert down.headers["content-type"] == "application/problem+json" and down.headers["Retry-After"]
        assert "database is not answering" in down.json()["detail"]
        assert "Traceback" not in down.text
        not_ready = client.get("/readyz")
        assert not_ready.status_code == 503 and not_ready.json()["status"] == "unavailable"
        assert not not_ready.json()["database"]["ok"] and "OperationalError" in not_ready.json()["database"]["detail"]
    services.close()
