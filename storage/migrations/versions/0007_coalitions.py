"""Coalitions of partner organisations, their messages, and reports of organisations.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _member(name: str) -> sa.Column:
    return sa.Column(
        name, sa.BigInteger(), sa.ForeignKey("members.telegram_id", ondelete="CASCADE"), nullable=False, index=True
    )


def _organisation(name: str, *, primary_key: bool = False) -> sa.Column:
    return sa.Column(
        name,
        sa.Integer(),
        sa.ForeignKey("organisations.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary_key,
        index=True,
    )


def upgrade() -> None:
    op.create_table(
        "coalitions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _member("owner_id"),
        _organisation("organisation_id"),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("topic", sa.String(32), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "coalition_partners",
        sa.Column("coalition_id", sa.Integer(), sa.ForeignKey("coalitions.id", ondelete="CASCADE"), primary_key=True),
        _organisation("organisation_id", primary_key=True),
    )
    op.create_table(
        "coalition_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "coalition_id", sa.Integer(), sa.ForeignKey("coalitions.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        _member("sender_id"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), primary_key=True),
        _member("reporter_id"),
        _organisation("organisation_id"),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in ("reports", "coalition_messages", "coalition_partners", "coalitions"):
        op.drop_table(table)
