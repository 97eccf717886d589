"""Alembic environment: always run with a connection handed in by rjdesk.store.migrate (or the dev CLI)."""

from alembic import context
from sqlalchemy import create_engine

from rjdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # developer use: `alembic revision --autogenerate` against a scratch URL
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
