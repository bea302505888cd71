"""Suspending a member or an organisation.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("members", "organisations"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("suspended_at", UtcDateTime(), nullable=True))


def downgrade() -> None:
    for table in ("members", "organisations"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("suspended_at")
