"""Shared fixtures: real SQLite and PostgreSQL, real Chroma, the real embedding model (loaded once)."""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.config import Settings
from app.search.embedder import Embedder
from app.services import Services, build_services

DATA = Path(__file__).parent / "data"
POSTGRES_URL = os.environ.get("STYLIST_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throw-away database on the real PostgreSQL server; skipped with a message when none is reachable."""
    yield from fresh_postgres_database("stylist_test")


def fresh_postgres_database(prefix: str) -> Iterator[str]:
    """Create a database of its own on the real server, yield its URL, drop it afterwards (a fixture body)."""
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL} ({exc.__class__.__name__}); "
                    "set STYLIST_TEST_POSTGRES_URL to run these tests")
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _reset_postgres(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'stylist.db'}"
    url: str = request.getfixturevalue("postgres_server")
    _reset_postgres(url)
    return url


def make_settings(tmp_path: Path, database_url: str = "", **overrides: object) -> Settings:
    """Test settings. The JSON API is open here (api_key_routes="none") unless a test asks for keys: the
    credential tests (tests/test_access.py) run with the shipped default, "writes"."""
    values: dict[str, object] = {"api_key_routes": "none", **overrides}
    return Settings(
        data_dir=tmp_path / "var",
        database_url=database_url,
        chroma_collection=f"products-{uuid.uuid4().hex[:8]}",
        load_demo=False,
        **values,  # type: ignore[arg-type]
    )


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return make_settings(tmp_path, database_url)


@pytest.fixture
def services(settings: Settings, embedder: Embedder) -> Iterator[Services]:
    built = build_services(settings, embedder)
    yield built
    built.close()


@pytest.fixture
def sqlite_services(tmp_path: Path, embedder: Embedder) -> Iterator[Services]:
    """SQLite only, for tests about the index or the API rather than the database engine."""
    built = build_services(make_settings(tmp_path), embedder)
    yield built
    built.close()


DEAD_LLM_URL = "http://127.0.0.1:9/v1"  # the discard port: nothing listens, connections are refused


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Services]:
    """The demo catalog (767 products) on SQLite with no model server: every answer comes from the composer."""
    from app.config import REPO_ROOT
    from tests.helpers import run_import

    settings = make_settings(tmp_path_factory.mktemp("demo"), llm_url=DEAD_LLM_URL, llm_max_retries=0,
                             llm_timeout_s=2.0, llm_failure_threshold=2, llm_recovery_s=60.0)
    services = build_services(settings, embedder)
    report = run_import(services, (REPO_ROOT / "inventory" / "demo_products.csv").read_bytes())
    assert report.status == "succeeded"
    yield services
    services.close()
