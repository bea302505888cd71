"""Events, RSVPs, reminders (due work), the outbox of deliveries, and the audit log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _event_fk() -> sa.ForeignKey:
    return sa.ForeignKey("events.id", ondelete="CASCADE")


def _member_fk() -> sa.ForeignKey:
    return sa.ForeignKey("members.telegram_id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "organiser_id",
            sa.BigInteger(),
            sa.ForeignKey("members.telegram_id", ondelete="SET NULL"),
            nullable=True,
            index=True,
        ),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("country", sa.String(16), nullable=False, index=True),
        sa.Column("starts_at", UtcDateTime(), nullable=False, index=True),
        sa.Column("ends_at", UtcDateTime(), nullable=False),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("online_link", sa.String(300), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("needs_approval", sa.Boolean(), nullable=False),
        sa.Column("chatham_house", sa.Boolean(), nullable=False),
        sa.Column("reveal_hours", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "event_texts",
        sa.Column("event_id", sa.Integer(), _event_fk(), primary_key=True),
        sa.Column("locale", sa.String(16), primary_key=True),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
    )
    op.create_table(
        "event_topics",
        sa.Column("event_id", sa.Integer(), _event_fk(), primary_key=True),
        sa.Column("topic", sa.String(32), primary_key=True, index=True),
    )
    op.create_table(
        "rsvps",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), _event_fk(), nullable=False, index=True),
        sa.Column("telegram_id", sa.BigInteger(), _member_fk(), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("queued_at", UtcDateTime(), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("event_id", "telegram_id"),
    )
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), _event_fk(), nullable=False, index=True),
        sa.Column("telegram_id", sa.BigInteger(), _member_fk(), nullable=False, index=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=False, index=True),
        sa.Column("done_at", UtcDateTime(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.UniqueConstraint("event_id", "telegram_id", "kind"),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("telegram_id", sa.BigInteger(), _member_fk(), nullable=False, index=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("actor_id", sa.BigInteger(), nullable=True, index=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in ("audit_log", "deliveries", "reminders", "rsvps", "event_topics", "event_texts", "events"):
        op.drop_table(table)
