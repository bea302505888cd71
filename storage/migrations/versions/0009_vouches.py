"""Vouches for organisations waiting for vetting, and the code in the link their founders share.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("vouch_code", sa.String(16), nullable=True))
    op.create_table(
        "vouches",
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "voucher_org_id", sa.Integer(), sa.ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "voucher_id",
            sa.BigInteger(),
            sa.ForeignKey("members.telegram_id", ondelete="SET NULL"),
            nullable=True,
            index=True,
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("vouches")
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("vouch_code")
