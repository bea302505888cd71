"""The audit log: who did what to whom, and what is left of it once a member used /forget."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry, utcnow


def audit(
    session: AsyncSession, actor_id: int | None, action: str, subject: str, *, at: datetime | None = None, **detail: Any
) -> None:
    """An audit entry; `actor_id` None is the command line, run by whoever runs the server (or, with
    `via="vouches"`, vouching). `at` is the hub's clock when a member acted; the command line's is the wall's."""
    session.add(AuditEntry(actor_id=actor_id, action=action, subject=subject, detail=detail, at=at or utcnow()))


# what an audit entry about a member reads once they used /forget
ERASED_MEMBER = "member:erased"


async def forget_actor(session: AsyncSession, telegram_id: int) -> None:
    """Keep what was done, not who did it nor to whom: /forget removes the member's id from the audit log, as its
    actor and as its subject. The subject reads the same for everyone erased: a keyed hash there would still tell
    one erased person's entries from another's, and with the key in the same database could be tested against a
    guessed id (only `erasures` keeps such a hash, because a restore needs it)."""
    await session.execute(update(AuditEntry).where(AuditEntry.actor_id == telegram_id).values(actor_id=None))
    await session.execute(
        update(AuditEntry).where(AuditEntry.subject == f"member:{telegram_id}").values(subject=ERASED_MEMBER)
    )
