"""The long-lived parts of a running app, built once (lifespan or CLI command) and passed explicitly."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.catalog.db import make_engine, make_session_factory, migrate, session_scope
from app.catalog.lookbooks import load_lookbook
from app.catalog.models import Look, Product
from app.config import Settings
from app.ingest.service import fail_interrupted_jobs, import_inventory
from app.search.embedder import Embedder
from app.search.index import ProductIndex, ReconcileResult, make_client

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    embedder: Embedder
    index: ProductIndex

    def close(self) -> None:
        self.engine.dispose()


def open_database(settings: Settings) -> tuple[Engine, sessionmaker[Session]]:
    engine = make_engine(settings.resolved_database_url)
    migrate(engine)
    return engine, make_session_factory(engine)


def build_services(settings: Settings, embedder: Embedder | None = None) -> Services:
    """Database (migrated), embedding model and index. Does not touch the catalog's contents."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine, sessions = open_database(settings)
    embedder = embedder or Embedder(
        settings.embedding_model_path or None, settings.embedding_batch_size, settings.embedding_dtype
    )
    index = open_index(settings, embedder)
    return Services(settings, engine, sessions, embedder, index)


def open_index(settings: Settings, embedder: Embedder) -> ProductIndex:
    """The Chroma index. An embedded index that cannot be opened (a corrupted file) is moved aside, never
    deleted, and started empty: the start-up reconcile then rebuilds it from SQL, the source of truth."""
    try:
        return ProductIndex(make_client(settings), settings.chroma_collection, embedder)
    except Exception as exc:  # noqa: BLE001 - whatever broke it, SQL can rebuild it
        if settings.chroma_url:
            raise  # a Chroma server's own storage is its operator's to repair; say so loudly
        aside = settings.chroma_path.with_name(f"chroma.unreadable-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}")
        log.error("the search index in %s cannot be opened (%s); moved it to %s and rebuilding it from the "
                  "database", settings.chroma_path, exc, aside)
        settings.chroma_path.rename(aside)
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()  # Chroma caches the broken client by path within a process
        return ProductIndex(make_client(settings), settings.chroma_collection, embedder)


def load_demo_store(services: Services) -> None:
    """Import the demo catalog and lookbooks into an empty catalog."""
    settings = services.settings
    with session_scope(services.sessions) as session:
        has_products = session.scalar(select(func.count()).select_from(Product)) or 0
    if not has_products and settings.demo_products_csv.exists():
        log.info("empty catalog: loading the demo store from %s", settings.demo_products_csv)
        report = import_inventory(
            services.sessions, services.index, settings.demo_products_csv.read_bytes(),
            settings.demo_products_csv.name, actor="demo-loader", max_bytes=settings.max_upload_bytes,
        )
        log.info("demo store: %s", report.message)
    with session_scope(services.sessions) as session:
        has_looks = session.scalar(select(func.count()).select_from(Look)) or 0
        if not has_looks:
            load_lookbooks(session, settings.lookbooks_dir)


def load_lookbooks(session: Session, folder: Path) -> None:
    for path in sorted(folder.glob("*.csv")):
        report = load_lookbook(session, path)
        log.info("lookbook %s: %d looks loaded, %d skipped", report.lookbook, report.loaded, len(report.errors))
        for error in report.errors[:20]:
            log.warning("lookbook %s: %s", report.lookbook, error)


def reconcile_index(services: Services) -> ReconcileResult:
    with session_scope(services.sessions) as session:
        result = services.index.reconcile(session)
    if result.fixed:
        log.warning(
            "index reconciled with SQL: %d missing added, %d stale refreshed, %d orphaned removed",
            len(result.missing), len(result.stale), len(result.orphaned),
        )
    else:
        log.info("index matches SQL (%d products checked)", result.checked)
    return result


def start(settings: Settings, embedder: Embedder | None = None) -> Services:
    """Everything the app does before it takes its first request."""
    services = build_services(settings, embedder)
    failed = fail_interrupted_jobs(services.sessions)
    if failed:
        log.warning("%d import job(s) were interrupted by a previous stop and are marked failed", failed)
    if settings.reconcile_on_startup:
        reconcile_index(services)
    if settings.load_demo:
        load_demo_store(services)
    return services
