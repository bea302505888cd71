"""Every event gets a random code for its links, so events cannot be found by counting row ids.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

events = sa.table("events", sa.column("id", sa.Integer()), sa.column("code", sa.String(16)))


def upgrade() -> None:
    # Added NOT NULL with a placeholder default rather than through batch mode: on SQLite batch mode rebuilds the
    # table, and dropping the old events table with foreign keys on would cascade to every RSVP and text.
    op.add_column("events", sa.Column("code", sa.String(16), nullable=False, server_default=""))
    connection = op.get_bind()
    for event_id in connection.scalars(sa.select(events.c.id)).all():
        # as storage.models.new_event_code does; written out so this migration stays as it is if that changes
        connection.execute(events.update().where(events.c.id == event_id).values(code=secrets.token_urlsafe(8)))
    if connection.dialect.name == "postgresql":  # SQLite cannot drop a default without rebuilding the table
        op.alter_column("events", "code", server_default=None)
    op.create_index("ix_events_code", "events", ["code"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_events_code", table_name="events")
    op.drop_column("events", "code")
