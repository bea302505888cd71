"""The inbox (models.InboxUpdate): updates taken in, and which of them were handled. Nothing here commits.

One rule in both modes: an update is applied by the transaction that marks it handled, and by no other. Polling
marks an id it never wrote down; webhook mode writes the update down first (`receive`) and the handler's mark
finds it. Statements every update runs are built once, on the table (an ORM insert given parameters would be a
bulk insert, with no rowcount).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Executable, Table, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import InboxUpdate, utcnow

INBOX: Table = InboxUpdate.__table__  # type: ignore[assignment]


def _mark_handled(insert: sqlite.Insert | postgresql.Insert) -> Executable:
    return insert.on_conflict_do_update(
        index_elements=["update_id"],
        set_={
            "handled_at": insert.excluded.handled_at,
            "reply": insert.excluded.reply,
            "body": None,
            "claimed_until": None,
        },
        where=INBOX.c.handled_at.is_(None),
    )


# INSERT … ON CONFLICT DO UPDATE … WHERE not handled yet: a row inserted or updated (rowcount 1) is this
# transaction's to apply; none (0) means it was handled before. On PostgreSQL a second process marking the same
# id waits for the first one's commit, then finds it handled.
_MARK_HANDLED = {
    "sqlite": _mark_handled(sqlite.insert(INBOX)),
    "postgresql": _mark_handled(postgresql.insert(INBOX)),
}
_RECEIVE = {
    "sqlite": sqlite.insert(INBOX).on_conflict_do_nothing(index_elements=["update_id"]),
    "postgresql": postgresql.insert(INBOX).on_conflict_do_nothing(index_elements=["update_id"]),
}


async def mark_handled(session: AsyncSession, update_id: int, reply: dict[str, Any] | None = None) -> bool:
    """Mark an update handled, in the caller's transaction, with the reply to send once it commits (and drop the
    update's text); False if it already was."""
    statement = _MARK_HANDLED[session.get_bind().dialect.name]
    now = utcnow()
    values = {"update_id": update_id, "received_at": now, "handled_at": now, "reply": reply}
    result = await session.execute(statement, values)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def mark_all_handled(session: AsyncSession, update_ids: list[int]) -> None:
    """Mark updates handled that were handled without the hub's transaction (dropped, or passed over)."""
    await session.execute(
        update(INBOX)
        .where(INBOX.c.update_id.in_(update_ids), INBOX.c.handled_at.is_(None))
        .values(handled_at=utcnow(), body=None, claimed_until=None)
    )


async def replies_sent(session: AsyncSession, update_ids: list[int]) -> None:
    await session.execute(update(INBOX).where(INBOX.c.update_id.in_(update_ids)).values(reply=None))


async def forget_replies_to(session: AsyncSession, chat_id: int) -> None:
    """/forget: the person's kept replies that no process sent (it died first) are neither kept nor sent later."""
    await session.execute(
        update(INBOX)
        .where(INBOX.c.reply.is_not(None), INBOX.c.reply["chat"].as_integer() == chat_id)
        .values(reply=None)
    )


async def take_unsent_replies(
    session: AsyncSession, handled_before: datetime, limit: int = 100
) -> list[tuple[int, datetime, dict[str, Any]]]:
    """Replies still kept for updates handled before `handled_before` (their process died before sending them):
    each is taken off the row here, so only one process sends it. On PostgreSQL rows another process is taking
    right now are skipped."""
    query = (
        select(INBOX.c.update_id, INBOX.c.handled_at, INBOX.c.reply)
        .where(INBOX.c.reply.is_not(None), INBOX.c.handled_at < handled_before)
        .order_by(INBOX.c.update_id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    rows = [(update_id, at, reply) for update_id, at, reply in (await session.execute(query)).all()]
    if rows:
        await replies_sent(session, [update_id for update_id, _, _ in rows])
    return rows


async def receive(session: AsyncSession, update_id: int, body: str, claimed_until: datetime) -> bool:
    """Write down an update that came by webhook, claimed by this process until `claimed_until`; False if it was
    written down before (Telegram posted it again), in which case whoever has it handles it."""
    statement = _RECEIVE[session.get_bind().dialect.name]
    values = {"update_id": update_id, "body": body, "received_at": utcnow(), "claimed_until": claimed_until}
    result = await session.execute(statement, values)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def claim_waiting(
    session: AsyncSession, now: datetime, claimed_until: datetime, limit: int, skip: set[int]
) -> list[tuple[int, str]]:
    """Updates written down and not handled whose claim ran out (their process died, or had no room for them),
    oldest first, claimed for this process until `claimed_until`; `skip` are those this process has in hand. On
    PostgreSQL rows another process is claiming right now are skipped (FOR UPDATE SKIP LOCKED), not waited for."""
    query = (
        select(INBOX.c.update_id, INBOX.c.body)
        .where(
            INBOX.c.handled_at.is_(None),
            INBOX.c.body.is_not(None),
            (INBOX.c.claimed_until.is_(None)) | (INBOX.c.claimed_until < now),
        )
        .order_by(INBOX.c.update_id)
        .limit(limit + len(skip))
        .with_for_update(skip_locked=True)
    )
    rows = [(update_id, body) for update_id, body in (await session.execute(query)).all() if update_id not in skip]
    rows = rows[:limit]
    if rows:
        claimed = update(INBOX).where(INBOX.c.update_id.in_([update_id for update_id, _ in rows]))
        await session.execute(claimed.values(claimed_until=claimed_until))
    return rows


async def release(session: AsyncSession, update_id: int) -> None:
    """Give up the claim on an update not handled yet, so it is taken again at the next look."""
    await session.execute(
        update(INBOX).where(INBOX.c.update_id == update_id, INBOX.c.handled_at.is_(None)).values(claimed_until=None)
    )


async def waiting_count(session: AsyncSession) -> int:
    """Updates written down and not handled yet, by every process."""
    query = select(func.count()).select_from(INBOX).where(INBOX.c.handled_at.is_(None))
    return int((await session.execute(query)).scalar_one())


async def forget_handled(session: AsyncSession, before: datetime) -> int:
    result = await session.execute(delete(INBOX).where(INBOX.c.handled_at < before))
    return int(result.rowcount)  # type: ignore[attr-defined]
