"""Foundation: organisations, members, conversations.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("name_key", sa.String(120), nullable=False, unique=True),
        sa.Column("country", sa.String(16), nullable=False),
        sa.Column("sector", sa.String(32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("discoverable", sa.Boolean(), nullable=False),
        sa.Column("vetting", sa.String(16), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    for table, column in (("organisation_topics", "topic"), ("organisation_activities", "activity")):
        op.create_table(
            table,
            sa.Column(
                "organisation_id",
                sa.Integer(),
                sa.ForeignKey("organisations.id", ondelete="CASCADE"),
                primary_key=True,
            ),
            sa.Column(column, sa.String(32), primary_key=True),
        )
        op.create_index(f"ix_{table}_{column}", table, [column])
    op.create_table(
        "members",
        sa.Column("telegram_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("locale", sa.String(16), nullable=True),
        sa.Column("display_name", sa.String(64), nullable=True),
        sa.Column(
            "organisation_id",
            sa.Integer(),
            sa.ForeignKey("organisations.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("membership", sa.String(16), nullable=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("consent_at", UtcDateTime(), nullable=True),
        sa.Column("registered_at", UtcDateTime(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_members_organisation_id", "members", ["organisation_id"])
    op.create_table(
        "conversations",
        sa.Column("telegram_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("flow", sa.String(32), nullable=False),
        sa.Column("step", sa.String(32), nullable=False),
        sa.Column("token", sa.String(16), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in ("conversations", "members", "organisation_activities", "organisation_topics", "organisations"):
        op.drop_table(table)
