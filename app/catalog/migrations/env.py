"""Alembic environment: the engine comes from the app (`app.catalog.db.migrate`)."""

from alembic import context
from sqlalchemy import create_engine

from app.catalog.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # `alembic` run by hand: take the URL from the app's settings
        from app.config import get_settings

        engine = create_engine(get_settings().resolved_database_url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
