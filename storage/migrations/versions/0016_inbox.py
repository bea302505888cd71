"""The inbox: webhook updates written down before Telegram is answered, the handled mark of every update in both
modes (handled_updates' rows move into it), and each reply from its commit until it is sent.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("update_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("claimed_until", UtcDateTime(), nullable=True),
        sa.Column("handled_at", UtcDateTime(), nullable=True),
        sa.Column("reply", sa.JSON(none_as_null=True), nullable=True),
    )
    op.create_index("ix_inbox_handled_at", "inbox", ["handled_at"])
    op.execute(
        "INSERT INTO inbox (update_id, received_at, handled_at) SELECT update_id, handled_at, handled_at"
        " FROM handled_updates"
    )
    op.drop_index("ix_handled_updates_handled_at", table_name="handled_updates")
    op.drop_table("handled_updates")


def downgrade() -> None:
    op.create_table(
        "handled_updates",
        sa.Column("update_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("handled_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_handled_updates_handled_at", "handled_updates", ["handled_at"])
    op.execute(
        "INSERT INTO handled_updates (update_id, handled_at) SELECT update_id, handled_at FROM inbox"
        " WHERE handled_at IS NOT NULL"
    )
    op.drop_index("ix_inbox_handled_at", table_name="inbox")
    op.drop_table("inbox")
