"""One waiting introduction request at a time from an organisation to another.

Two processes could each count a member's open requests before either saved its own, and send two requests to one
organisation (or one over the limit). Duplicates made so far are removed first, keeping the oldest request, which
is the one the other organisation was told of first.

Also records which organisations were vetted by vouches rather than by an admin: those may not vouch themselves.
Organisations vetted so far with any vouch recorded for them count as vetted by vouches (an admin's approval left
no different trace): the safe side, as such an organisation keeps every right but vouching.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

OPEN_REQUEST = "status = 'pending' AND closed_at IS NULL"  # as storage.models.OPEN_REQUEST when this was written


def upgrade() -> None:
    _one_waiting_request_per_pair()
    _vetted_by_vouches()


def _one_waiting_request_per_pair() -> None:
    op.execute(
        "DELETE FROM introductions WHERE " + OPEN_REQUEST + " AND id NOT IN "
        "(SELECT MIN(id) FROM introductions WHERE " + OPEN_REQUEST + " GROUP BY requester_org_id, target_org_id)"
    )
    op.create_index(
        "uq_introductions_open_pair",
        "introductions",
        ["requester_org_id", "target_org_id"],
        unique=True,
        postgresql_where=sa.text(OPEN_REQUEST),
        sqlite_where=sa.text(OPEN_REQUEST),
    )


def _vetted_by_vouches() -> None:
    # a plain ALTER TABLE, not a batch: for a default SQLite's ALTER TABLE cannot take, a batch rebuilds the table,
    # and dropping the old one would delete, by their ON DELETE CASCADE, every row that refers to an organisation
    op.add_column(
        "organisations", sa.Column("vetted_by_vouches", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    organisations = sa.table("organisations", sa.column("id"), sa.column("vetting"), sa.column("vetted_by_vouches"))
    vouches = sa.table("vouches", sa.column("organisation_id"))
    vouched = sa.select(vouches.c.organisation_id)
    op.execute(
        organisations.update()
        .where(organisations.c.vetting == "vetted", organisations.c.id.in_(vouched))
        .values(vetted_by_vouches=sa.true())
    )


def downgrade() -> None:
    op.drop_column("organisations", "vetted_by_vouches")  # SQLite has DROP COLUMN since 3.35; no rebuild either
    op.drop_index("uq_introductions_open_pair", table_name="introductions")
