"""Introductions that follow through: each side of an accepted introduction is asked, two weeks on, whether it got
in touch with the other; a member may stop these questions in /profile.

Introductions accepted before this revision are not asked: their two weeks are long past, and a question about an
introduction months old would come out of nowhere.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("members", sa.Column("follow_ups", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.create_table(
        "introduction_followups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "introduction_id", sa.Integer(), sa.ForeignKey("introductions.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=False),
        sa.Column("asked_at", UtcDateTime(), nullable=True),
        sa.Column("answer", sa.String(16), nullable=True),
        sa.Column(
            "answered_by", sa.BigInteger(), sa.ForeignKey("members.telegram_id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("answered_at", UtcDateTime(), nullable=True),
        sa.UniqueConstraint("introduction_id", "organisation_id", "round"),
    )
    for column in ("introduction_id", "organisation_id", "due_at", "answered_by"):
        op.create_index(f"ix_introduction_followups_{column}", "introduction_followups", [column])


def downgrade() -> None:
    op.drop_table("introduction_followups")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("follow_ups")
