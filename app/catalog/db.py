"""Engine, sessions and schema migrations (Alembic, run programmatically at start-up)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine for SQLite (foreign keys on, WAL) or PostgreSQL."""
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits on success and rolls back on any exception."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


# PostgreSQL advisory-lock namespace of this app (first key); the second key says what is locked.
LOCK_NAMESPACE = 7_731_001
MIGRATION_LOCK = 0


def migrate(engine: Engine) -> None:
    """Bring the database schema to the newest migration.

    Several replicas may start at once: on PostgreSQL they queue on an advisory lock, so one migrates and
    the others find the schema current. SQLite is one process's file: nothing to coordinate.
    """
    with held_lock(engine, MIGRATION_LOCK):
        command.upgrade(alembic_config(engine), "head")


@contextmanager
def held_lock(engine: Engine, key: int) -> Iterator[Connection | None]:
    """Hold a PostgreSQL session advisory lock on its own connection while the block runs.

    PostgreSQL releases it when the connection ends, also when the process holding it dies; that is how
    another process tells a running import from one cut off by a crash (`lock_is_free`). No-op on SQLite.
    """
    if engine.dialect.name != "postgresql":
        yield None
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:ns, :key)"), {"ns": LOCK_NAMESPACE, "key": key})
        conn.commit()
        try:
            yield conn
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:ns, :key)"), {"ns": LOCK_NAMESPACE, "key": key})
            conn.commit()


def lock_is_free(engine: Engine, key: int) -> bool:
    """True when no live connection holds the advisory lock `key` (always True on SQLite)."""
    if engine.dialect.name != "postgresql":
        return True
    with engine.connect() as conn:
        got = bool(conn.scalar(text("SELECT pg_try_advisory_lock(:ns, :key)"), {"ns": LOCK_NAMESPACE, "key": key}))
        if got:
            conn.execute(text("SELECT pg_advisory_unlock(:ns, :key)"), {"ns": LOCK_NAMESPACE, "key": key})
        conn.commit()
        return got
