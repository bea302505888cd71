"""/forget leaves nothing of the person in the database (issue 19, finding 4): not their id, name or handle, and not
what they wrote to others (broadcasts, messages to attendees, coalition messages, introduction notes), while the
counts other people's reports rely on stay. Both engines; the whole journey on both databases."""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from bot import admin_cli
from bot.runtime import Runtime
from handlers.kit.counts import masked
from storage import campaign_repos
from storage.models import AuditEntry, Base, Campaign, Delivery, Erasure, Event
from tests.chat import Chat
from tests.conftest import bot_settings
from tests.e2e.test_broadcast import write_message
from tests.e2e.test_privacy_messages import ASKER, ORGANISER, TITLE, journey
from tests.e2e.test_registration import register_new_org
from tests.events_support import add_event, add_member, rows, start_link, use_clock

BROADCAST = "You are invited to our roundtable."  # the texts the journey has the two write to others
COALITION_MESSAGE = "Meeting on routes and ports, Thursday."
ATTENDEE_MESSAGE = "Bring an ID, and ask at the reception."
NOTES = ("We map arms routes and would like to compare notes.", "Could we exchange on procurement monitoring?")
COALITION = "Arms Route Watch"
NOT_MEMBER_IDS = ("update_id", "message_id")  # columns named *_id whose numbers are not Telegram users


def member_columns(table: Any) -> set[str]:
    """The columns that may hold a Telegram user id."""
    return {
        c.name
        for c in table.columns
        if c.name in ("telegram_id", "answered_by") or (c.name.endswith("_id") and c.name not in NOT_MEMBER_IDS)
    }


async def traces(runtime: Runtime, ids: tuple[int, ...], words: tuple[str, ...]) -> list[str]:
    """Every cell of every table that holds one of the ids (as a number, or in a text such as `member:801`) or one
    of the words, case-insensitively."""
    found = []
    id_pattern = re.compile(r"\b(" + "|".join(map(str, ids)) + r")\b")
    await runtime.hub.mark_sent_replies_now()  # a reply is kept until it is out (a moment)
    async with runtime.hub.sessions() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).mappings():
                for column, value in row.items():
                    if column in member_columns(table) and value in ids:
                        found.append(f"{table.name}.{column} = {value}")
                        continue
                    if not isinstance(value, str | dict | list):
                        continue
                    cell = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
                    if id_pattern.search(cell) or any(word.lower() in cell.lower() for word in words):
                        found.append(f"{table.name}.{column} = {cell[:90]}")
    return found


async def broadcast(organiser: Chat, text: str, count: int, *, at: str | None = None) -> None:
    """A news broadcast with no button to everyone subscribed: now, or at the time typed. An organiser reads a count
    under 5 as "< 5"."""
    await write_message(organiser, {"English": text})
    await organiser.press("No button")
    await organiser.press("Continue")
    if at is None:
        await organiser.press(f"Send now to {masked(count)}")
        return
    await organiser.press("Send later")
    await organiser.send(at)
    await organiser.press(f"Schedule for {masked(count)}")


async def forget(chat: Chat) -> None:
    await chat.send("/forget")
    assert "What you wrote to others goes too" in chat.last_text()
    await chat.press("Yes, erase")
    assert "has been erased" in chat.last_text()


async def grant(runtime: Runtime, telegram_id: int, role: str) -> None:
    """`resilience-hub admin grant`: audited with the member as the subject."""
    args = argparse.Namespace(action="grant", telegram_id=telegram_id, role=role)
    await admin_cli.run(runtime.settings, args)


@pytest.mark.both_databases
async def test_after_forget_no_table_holds_the_person_nor_what_they_wrote_to_others(api, runtime, new_chat):
    """The privacy journey (two introductions, a coalition message, an event with a broadcast invitation and a
    message to its attendees), then an admin's decision about the organiser; then the asker and the organiser
    forget. Every table is read, cell by cell."""
    await journey(api, runtime, new_chat)
    await grant(runtime, ORGANISER.user_id, "admin")
    people = (ASKER, ORGANISER)
    ids = tuple(p.user_id for p in people)
    personal = tuple(w for p in people for w in (*p.name_traces(), p.handle))
    written = (BROADCAST, COALITION_MESSAGE, ATTENDEE_MESSAGE, *NOTES, COALITION)
    before = await traces(runtime, ids, personal + written)
    for expected in (
        "members.display_name",
        "audit_log.subject = member:831",
        "audit_log.actor_id = 831",
        f"campaigns.texts = {json.dumps({'en': BROADCAST})}",
        "coalition_messages.text",
        "introductions.note",
        "introductions.requester_handle",
    ):
        assert any(place.startswith(expected) for place in before), f"{expected} not found before: {before}"
    # the message to attendees was delivered, and the outbox let go of its text then (test_outbox_retention.py);
    # one still waiting when its organiser forgets is test_a_message_to_attendees_leaves_the_outbox_…
    assert not [place for place in before if ATTENDEE_MESSAGE in place]
    [campaign] = await rows(runtime, Campaign)
    recipients, sent_before = campaign.recipients, (await _report(runtime, campaign.id))["sent"]
    audit_before = len(await rows(runtime, AuditEntry))

    for person in people:
        await forget(new_chat(person.user_id, username=person.handle))
    assert await traces(runtime, ids, personal + written) == []

    # what others rely on is still there: the audit entries, the broadcast's counts, the event they answered
    assert len(await rows(runtime, AuditEntry)) == audit_before
    [campaign] = await rows(runtime, Campaign)
    assert campaign.recipients == recipients
    assert (await _report(runtime, campaign.id))["sent"] == sent_before - 2, "less only the two who forgot"
    [event] = await rows(runtime, Event)
    assert (event.status, [t.title for t in event.texts]) == ("published", [TITLE])
    assert len(await rows(runtime, Erasure)) == 2


async def _report(runtime: Runtime, campaign_id: int) -> dict[str, int]:
    async with runtime.hub.sessions() as session:
        return await campaign_repos.report(session, campaign_id)


async def test_audit_entries_about_a_member_who_forgot_say_what_was_done_not_to_whom(runtime, new_chat):
    use_clock(runtime)
    for user_id in (700, 701):
        await add_member(runtime, user_id)
        await grant(runtime, user_id, "organiser")
    await add_event(runtime, 700)
    await forget(new_chat(700))
    entries = [(a.action, a.actor_id, a.subject) for a in await rows(runtime, AuditEntry)]
    assert entries == [("role-changed", None, "member:erased"), ("role-changed", None, "member:701")]


async def test_a_forgotten_organisers_broadcast_loses_its_text_and_the_admins_report_keeps_its_counts(
    runtime, api, new_chat
):
    use_clock(runtime)
    await add_member(runtime, 900, role="organiser")
    await add_member(runtime, 950, role="admin", subscribed=False)
    for user_id in (901, 902):
        await add_member(runtime, user_id)
        api.open_chat(user_id)
    organiser = new_chat(900)
    mark = len(api.calls)
    await broadcast(organiser, "Our secret plans for Friday", 3)
    await api.wait_until(lambda: len([c for c in api.calls[mark:] if c.method == "sendMessage"]) >= 3)
    await runtime.due.deliver_due()
    await forget(organiser)

    [campaign] = await rows(runtime, Campaign)
    assert (campaign.texts, campaign.titles, campaign.link, campaign.organiser_id) == ({}, {}, None, None)
    admin = new_chat(950)
    await admin.send("/campaigns")
    await admin.press(f"#{campaign.id}")
    assert "recipients: 3" in admin.last_text() and "sent: 2" in admin.last_text(), admin.last_text()


async def test_what_a_forgotten_organiser_had_not_delivered_yet_never_goes_out(runtime, api, new_chat):
    """A broadcast scheduled for tomorrow, and one a weekly subscriber's digest was just put together with."""
    from tests.e2e.test_subscriptions import FRIDAY_1800, subscribe, texts_to

    clock = use_clock(runtime)
    await add_member(runtime, 900, role="organiser")
    for user_id in (961, 962):
        await add_member(runtime, user_id)
        api.open_chat(user_id)
    await subscribe(runtime, 962, rhythm="weekly", digest_day=4, digest_hour=18, next_digest_at=FRIDAY_1800)
    organiser = new_chat(900)
    await broadcast(organiser, "News for the digest", 3)
    await broadcast(organiser, "News for tomorrow", 3, at="2026-11-26 09:00")
    assert runtime.due is not None
    await runtime.due.stop()  # from here on the test says when the due work runs
    await runtime.due.deliver_due()
    assert texts_to(api, 961, "News for the digest")
    clock.now = FRIDAY_1800
    await runtime.due.queue_due_work()  # the digest is put together, and the scheduled broadcast queued
    assert {d.kind for d in await rows(runtime, Delivery, status="pending")} == {"digest", "campaign"}

    await forget(organiser)
    await runtime.due.deliver_due()
    assert texts_to(api, 961, "News for tomorrow") == [] and texts_to(api, 962, "News") == []
    assert not [d for d in await rows(runtime, Delivery) if d.status in ("pending", "failed")]


async def test_a_message_to_attendees_leaves_the_outbox_when_its_organiser_forgets(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, 900, role="organiser")
    await add_member(runtime, 911)
    event = await add_event(runtime, 900, titles={"en": "Dialogue on ports"})
    attendee = new_chat(911)
    await attendee.send(await start_link(runtime.hub, event))
    await attendee.press("Going")
    organiser = new_chat(900)
    assert runtime.due is not None
    await runtime.due.stop()  # the message waits in the outbox
    await organiser.send("/myevents")
    await organiser.press("Dialogue on ports")
    await organiser.press("Message attendees")
    await organiser.send("The back door, at seven; ask for Mira.")
    await organiser.press("Send")
    assert [d.payload.get("text") for d in await rows(runtime, Delivery, kind="event-message")] == [
        "The back door, at seven; ask for Mira."
    ]
    await forget(organiser)
    [message] = await rows(runtime, Delivery, kind="event-message")
    assert (message.status, message.payload) == ("cancelled", {})
    await runtime.due.deliver_due()
    assert not [m for m in attendee.messages() if "Mira" in m.get("text", "")]


async def test_erased_names_are_overwritten_in_the_sqlite_file(api, engine, database_url, database, monkeypatch):
    """Deleted rows are zeroed (secure_delete), not left in free pages for anyone with a copy of the file. Some
    SQLite builds zero them anyway (Debian's); the hub must not depend on it, so here SQLite starts with its own
    default, off."""
    opened = sqlite3.connect

    def sqlite_default(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = opened(*args, **kwargs)
        connection.execute("PRAGMA secure_delete=OFF")
        return connection

    monkeypatch.setattr(sqlite3, "connect", sqlite_default)
    async with Runtime(bot_settings(api, engine, database_url), polling_timeout=1, strict_translations=True) as bot:
        chat = Chat(api, bot.hub, user_id=987654321, language_code="en")
        await register_new_org(chat, name="Zorana Quillhaven", org="Quillhaven Watch", description="Quillhaven's")
        await chat.press("Confirm")
        assert b"Quillhaven" in await _checkpointed(bot, database), "the name is in the file while it is stored"
        await forget(chat)
        assert b"Quillhaven" not in await _checkpointed(bot, database), "the erased name is still in the file"


async def _checkpointed(runtime: Runtime, database: Path) -> bytes:
    """The database file once the write-ahead log is written back into it (and emptied)."""
    async with runtime.database.connect() as connection:  # the bot's own connection
        await connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    wal = database.with_name(database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return database.read_bytes()
