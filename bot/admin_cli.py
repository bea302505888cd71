"""`resilience-hub admin grant | revoke | vet | unsuspend …`: the admins' decisions from the server's command
line, with the same rules, audit entries and notices as /admin. A notice waits in the outbox until the bot runs."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from bot import admin_import, backup
from bot.config import Settings
from handlers.admin import console
from handlers.admin.stats import protected
from handlers.kit.messages import spreadsheet_safe
from storage import audit_repos, export_repos, repos, stats_repos
from storage.db import PRIVATE_FILE, check_connection, create_engine, migrate, session_factory, sqlite_companions
from storage.models import Delivery, DeliveryKind, Member, Organisation, Role, Vetting, utcnow

# plain strings for argparse, which names the choices by their repr when one is wrong
GRANTABLE = (Role.ORGANISER.value, Role.ADMIN.value)
ARTICLE = {Role.MEMBER: "a", Role.ORGANISER: "an", Role.ADMIN: "an"}


class AdminError(Exception):
    """A refused admin command, said in one line."""


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "admin",
        help="grant or revoke roles and vet organisations",
        description="Admin decisions from the command line; each is audited.",
    )
    actions = parser.add_subparsers(dest="action", required=True)
    for name, verb in (("grant", "give"), ("revoke", "take back")):
        action = actions.add_parser(
            name,
            help=f"{verb} the organiser or admin role",
            description=f"{verb.capitalize()} a member's organiser or admin role.",
        )
        action.add_argument("telegram_id", type=int, help="the member's Telegram user id")
        action.add_argument("role", choices=GRANTABLE)
    vet = actions.add_parser(
        "vet",
        help="approve or reject an organisation waiting for vetting",
        description="Decide on an organisation waiting for vetting; its members are told.",
    )
    vet.add_argument("organisation_id", type=int, help="the organisation's id (see /admin → vetting queue)")
    decision = vet.add_mutually_exclusive_group(required=True)
    decision.add_argument("--approve", action="store_true", help="vet the organisation")
    decision.add_argument("--reject", metavar="REASON", help="reject it; the reason is sent to its members")
    unsuspend = actions.add_parser(
        "unsuspend",
        help="lift a member's or an organisation's suspension",
        description="Lift a suspension (the way back for an admin suspended by mistake); audited.",
    )
    unsuspend.add_argument(
        "id", type=int, help="the member's Telegram user id, or with --organisation the organisation's id"
    )
    unsuspend.add_argument("--organisation", action="store_true", help="ID is an organisation's id")
    export = actions.add_parser(
        "export",
        help="members, organisations, events or the audit log as CSV or JSON",
        description="Write a table to a file (or standard output); each export is audited.",
    )
    export.add_argument("table", choices=sorted(export_repos.EXPORTS))
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--output", metavar="FILE", help="where to write it (default: standard output)")
    importing = actions.add_parser(
        "import-orgs",
        help="import organisations from a CSV file, all or none",
        description="Columns: name, country, sector, topics (ids separated by ;), and "
        "optionally activities, description, discoverable (yes/no). Every "
        "row is checked first; one bad row and nothing is imported.",
    )
    importing.add_argument("file", type=Path, metavar="FILE.csv")
    importing.add_argument(
        "--as",
        dest="vetting",
        choices=(Vetting.PENDING.value, Vetting.VETTED.value),
        default=Vetting.PENDING.value,
        help="import them waiting for vetting (default) or already vetted",
    )
    importing.add_argument("--dry-run", action="store_true", help="only check the file and report")
    actions.add_parser(
        "stats",
        help='network statistics as JSON (counts from 1 to 4 read "< 5")',
        description="Counts of members, organisations, events, deliveries and introductions. As on "
        '/stats, a count of 5 or more that would give a smaller one away reads "≥ 5", '
        "and a breakdown that would anyway is null.",
    )


async def run(settings: Settings, args: argparse.Namespace) -> str:
    """Carry out one admin command; returns what was done, for the terminal."""
    engine = create_engine(settings.database_url)
    try:
        await check_connection(engine)
        await migrate(engine)
        async with session_factory(engine).begin() as session:

            def notify(telegram_id: int, kind: DeliveryKind, **payload: Any) -> None:
                session.add(Delivery(telegram_id=telegram_id, kind=kind, payload=payload, next_attempt_at=utcnow()))

            if args.action == "stats":
                return json.dumps(
                    protected(await stats_repos.network_counts(session, utcnow())), indent=2, ensure_ascii=False
                )
            if args.action == "import-orgs":
                return await admin_import.import_organisations(session, args.file, args.vetting, args.dry_run)
            if args.action == "export":
                return await _export(session, args, settings.database_url)
            if args.action == "vet":
                return await _vet(session, args, notify)
            if args.action == "unsuspend":
                return await _unsuspend(session, args)
            return await _role(session, args, notify)
    finally:
        await engine.dispose()


async def _export(session: Any, args: argparse.Namespace, database_url: str) -> str:
    """The table as CSV (cells typed by members made spreadsheet-safe) or JSON; the export is audited."""
    rows = await export_repos.EXPORTS[args.table](session)
    if args.format == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        if rows:
            writer.writerow(rows[0].keys())
        for done, row in enumerate(rows, start=1):
            writer.writerow(
                [
                    spreadsheet_safe(value)
                    if isinstance(value, str)
                    else json.dumps(value, ensure_ascii=False)
                    if isinstance(value, dict)
                    else value
                    for value in row.values()
                ]
            )
            admin_import.progress(done, len(rows))
        text = buffer.getvalue()
    audit_repos.audit(session, None, "exported", f"table:{args.table}", rows=len(rows), format=args.format)
    if args.output is None:
        return text.rstrip("\n")
    _write_private(Path(args.output), text, database_url)
    return f"{len(rows)} rows of {args.table} written to {args.output}"


def _write_private(path: Path, text: str, database_url: str) -> None:
    """An export holds members' data: readable by the hub's user only, also when it replaces an older file. Never
    through a symlink (one planted in a shared folder would send members' data, or the CSV, where it points) and
    never over the hub's own database."""
    if _is_database(path, database_url):
        raise AdminError(f"{path} is the hub's database; choose another file")
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, PRIVATE_FILE)
    except OSError as error:
        if path.is_symlink():
            raise AdminError(f"{path} is a symbolic link; give the file's own path") from None
        raise AdminError(f"cannot write {path}: {error.strerror}") from None
    os.fchmod(descriptor, PRIVATE_FILE)  # the mode of a file that was there before is kept by open()
    with open(descriptor, "w", encoding="utf-8") as file:
        file.write(text)


def _is_database(path: Path, database_url: str) -> bool:
    """Whether `path` is the SQLite database or its write-ahead log (also by another name: a hard link)."""
    try:
        database = backup.sqlite_path(database_url)
    except backup.BackupError:  # PostgreSQL: no file of ours
        return False
    if not path.exists():
        return False
    return any(kept.exists() and os.path.samefile(path, kept) for kept in (database, *sqlite_companions(database)))


async def _role(session: Any, args: argparse.Namespace, notify: console.Notify) -> str:
    member = await session.get(Member, args.telegram_id)
    role = Role(args.role) if args.action == "grant" else Role.MEMBER
    if args.action == "revoke" and member is not None and member.role != args.role:
        raise AdminError(f"member {args.telegram_id} is not {ARTICLE[args.role]} {args.role}")
    problem = console.role_problem(member, role)
    if problem == "admin-no-member" or member is None:
        raise AdminError(f"no registered member with Telegram id {args.telegram_id}")
    if problem == "admin-role-needs-approval":
        raise AdminError(f"member {args.telegram_id} asked to join their organisation and is not approved yet")
    if problem is not None:
        raise AdminError(f"member {args.telegram_id}'s organisation is not vetted; vet it first")
    if member.role != role:
        console.set_role(session, member, role, actor=None, notify=notify)
    return f"member {member.telegram_id} is now {ARTICLE[role]} {role}"


async def _unsuspend(session: Any, args: argparse.Namespace) -> str:
    kind = Organisation if args.organisation else Member
    found = await session.get(kind, args.id)
    what = f"{'organisation' if args.organisation else 'member'} {args.id}"
    if found is None:
        raise AdminError(f"no {what}")
    if found.suspended_at is None:
        raise AdminError(f"{what} is not suspended")
    found.suspended_at = None
    if not args.organisation:
        await repos.lift_kept_suspension(session, args.id)
    action = "organisation-unsuspend" if args.organisation else "member-unsuspended"
    audit_repos.audit(session, None, action, f"{'organisation' if args.organisation else 'member'}:{args.id}")
    return f"{what} is no longer suspended"


async def _vet(session: Any, args: argparse.Namespace, notify: console.Notify) -> str:
    organisation = await session.get(Organisation, args.organisation_id)
    if organisation is None:
        raise AdminError(f"no organisation with id {args.organisation_id}")
    if organisation.vetting != Vetting.PENDING:
        raise AdminError(f"organisation {organisation.id} is already {organisation.vetting}")
    reason = (args.reject or "").strip()
    if args.reject is not None and not 0 < len(reason) <= console.REASON_LIMIT:
        raise AdminError(f"the reason must be 1 to {console.REASON_LIMIT} characters")
    vetting = Vetting.VETTED if args.approve else Vetting.REJECTED
    await console.decide(session, organisation, vetting, reason or None, actor=None, notify=notify)
    return f"organisation {organisation.id} ({organisation.name}) is now {vetting}; its members will be told"
