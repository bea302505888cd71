"""Campaigns: one organiser message to many members, delivered through the outbox.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "organiser_id",
            sa.BigInteger(),
            sa.ForeignKey("members.telegram_id", ondelete="SET NULL"),
            nullable=True,
            index=True,
        ),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="SET NULL"), nullable=True),
        sa.Column("link", sa.String(300), nullable=True),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("send_at", UtcDateTime(), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("campaign_id", sa.Integer(), nullable=True))
        batch.create_index("ix_deliveries_campaign_id", ["campaign_id"])
        batch.create_foreign_key("fk_deliveries_campaign_id", "campaigns", ["campaign_id"], ["id"], ondelete="CASCADE")


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_constraint("fk_deliveries_campaign_id", type_="foreignkey")
        batch.drop_index("ix_deliveries_campaign_id")
        batch.drop_column("campaign_id")
    op.drop_table("campaigns")
