"""One waiting introduction request at a time from an organisation to another.

Two processes could each count a member's open requests before either saved its own, and send two requests to one
organisation (or one over the limit). Duplicates made so far are removed first, keeping the oldest request, which
is the one the other organisation was told of first.

Revision ID: 0012_intro_unique
Revises: 0011
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_intro_unique"
down_revision = "0011"
branch_labels = None
depends_on = None

OPEN_REQUEST = "status = 'pending' AND closed_at IS NULL"  # as storage.models.OPEN_REQUEST when this was written


def upgrade() -> None:
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


def downgrade() -> None:
    op.drop_index("uq_introductions_open_pair", table_name="introductions")
