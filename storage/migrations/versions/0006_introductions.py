"""Partner introductions, organisation blocks, and whether a member's handle may be shared.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("share_handle", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "introductions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "requester_id",
            sa.BigInteger(),
            sa.ForeignKey("members.telegram_id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "requester_org_id",
            sa.Integer(),
            sa.ForeignKey("organisations.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "target_org_id",
            sa.Integer(),
            sa.ForeignKey("organisations.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("requester_handle", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column(
            "answered_by", sa.BigInteger(), sa.ForeignKey("members.telegram_id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("answer_handle", sa.String(32), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False, index=True),
        sa.Column("answered_at", UtcDateTime(), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
    )
    op.create_table(
        "organisation_blocks",
        sa.Column(
            "blocker_org_id", sa.Integer(), sa.ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "blocked_org_id",
            sa.Integer(),
            sa.ForeignKey("organisations.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("organisation_blocks")
    op.drop_table("introductions")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("share_handle")
