"""Subscriptions, weekly digests, and the kind and subject of campaigns (briefs, invitations, news).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaigns") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="news"))
        batch.add_column(sa.Column("titles", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("topics", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("countries", sa.JSON(), nullable=False, server_default="[]"))
    op.create_table(
        "subscriptions",
        sa.Column(
            "telegram_id",
            sa.BigInteger(),
            sa.ForeignKey("members.telegram_id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("invitations", sa.Boolean(), nullable=False),
        sa.Column("briefs", sa.Boolean(), nullable=False),
        sa.Column("news", sa.Boolean(), nullable=False),
        sa.Column("rhythm", sa.String(8), nullable=False),
        sa.Column("digest_day", sa.Integer(), nullable=False),
        sa.Column("digest_hour", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("next_digest_at", UtcDateTime(), nullable=True, index=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "subscription_topics",
        sa.Column(
            "telegram_id",
            sa.BigInteger(),
            sa.ForeignKey("subscriptions.telegram_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("topic", sa.String(32), primary_key=True),
    )
    op.create_table(
        "subscription_countries",
        sa.Column(
            "telegram_id",
            sa.BigInteger(),
            sa.ForeignKey("subscriptions.telegram_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("country", sa.String(16), primary_key=True),
    )
    op.create_table(
        "digest_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "telegram_id",
            sa.BigInteger(),
            sa.ForeignKey("members.telegram_id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "campaign_id", sa.Integer(), sa.ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column(
            "delivery_id", sa.Integer(), sa.ForeignKey("deliveries.id", ondelete="SET NULL"), nullable=True, index=True
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("telegram_id", "campaign_id"),
    )


def downgrade() -> None:
    op.drop_table("digest_items")
    op.drop_table("subscription_countries")
    op.drop_table("subscription_topics")
    op.drop_table("subscriptions")
    with op.batch_alter_table("campaigns") as batch:
        for column in ("countries", "topics", "titles", "kind"):
            batch.drop_column(column)
