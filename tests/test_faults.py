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
from tests.helpers import basic_catalog, hung_model_server, run_import, to_csv


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


def test_corrupted_index_is_moved_aside_and_rebuilt_at_start_up(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from chromadb.api.client import SharedSystemClient

    from app.search.index import SearchFilters
    from app.search.service import search
    from app.services import start

    settings = make_settings(tmp_path)
    services = build_services(settings, embedder)
    assert run_import(services, to_csv(basic_catalog())).status == "succeeded"
    services.close()
    SharedSystemClient.clear_system_cache()  # what a restart of the process does
    (settings.chroma_path / "chroma.sqlite3").write_bytes(b"not a database" * 1000)
    restarted = start(settings, embedder)
    assert restarted.index.count() == 3  # rebuilt from SQL by the start-up reconcile
    with restarted.sessions() as session:
        assert search(session, restarted.index, "rain boots", SearchFilters(), 3)[0].product.handle == "rain-boots"
    assert len(list(tmp_path.glob("var/chroma.unreadable-*"))) == 1  # kept for a post-mortem, not deleted
    restarted.close()


def test_a_hung_model_server_still_gets_an_answer_within_the_deadline(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real socket that accepts connections and never answers: the composer finishes within the deadline."""
    import dataclasses
    import time

    with hung_model_server() as (url, _connected):
        hung = dataclasses.replace(demo_store, settings=demo_store.settings.model_copy(update={
            "llm_url": url, "llm_deadline_s": 2.0, "llm_timeout_s": 30.0}))
        with TestClient(create_app(services=hung)) as client:
            started = time.perf_counter()
            answer = client.post("/api/v1/outfits", json={"vibe": "gallery opening", "count": 2}).json()
            elapsed = time.perf_counter() - started
    assert answer["degraded"] and len(answer["outfits"]) == 2, answer
    assert "did not finish within 2 s" in answer["degraded_reason"]
    assert elapsed < 2.0 + 3.0, f"took {elapsed:.1f} s with a 2 s deadline"


def test_a_managed_model_server_refuses_a_port_another_server_holds(tmp_path: Path) -> None:
    """Another process answering on the port would pass the readiness check and serve the wrong model."""
    import asyncio
    import socket

    from app.stylist.vllm_server import ManagedVllm

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        server = ManagedVllm(["false"], port, tmp_path / "vllm.log")
        server.start()
        assert server.process is None  # nothing was started
        assert not asyncio.run(server.wait_ready(5))
        assert server.failed is not None and f"port {port} is already in use" in server.failed
