"""Suspensions that outlive /forget: a suspended person who erased their data is suspended again on return.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suspended_people",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("suspended_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("suspended_people")
