"""The audit log as an admin reads it: times in the hub's zone, actions, subjects and details in the admin's
language. What is stored stays plain ids (`organisation-vetted`, `member:611`, `before=admin`), so entries read
the same whoever wrote them and in whatever language they are read later."""

from __future__ import annotations

import html
from typing import Any

from handlers.kit.core import Context
from storage.models import AuditEntry, Role, Vetting

DETAIL_LIMIT = 120  # characters of an entry's details: a page of 15 entries stays well inside one message

# every action the hub records; an entry with another one (from a newer version) shows it as it is stored
ACTIONS = frozenset(
    {
        "organisation-vetted",
        "organisation-rejected",
        "organisation-dismiss",
        "organisation-warn",
        "organisation-suspend",
        "organisation-unsuspend",
        "organisation-reapplied",
        "organisation-vouched",
        "role-changed",
        "member-suspended",
        "member-unsuspended",
        "member-approved",
        "member-declined",
        "brief-published",
        "broadcast-sent",
        "broadcast-scheduled",
        "broadcast-cancelled",
        "attendees-exported",
        "attendees-messaged",
        "event-cancelled",
        "event-published",
        "event-edited",
        "organisations-imported",
        "exported",
    }
)
FIELDS = frozenset(
    {
        "reason",
        "reports",
        "rows",
        "told",
        "recipients",
        "audience",
        "before",
        "after",
        "format",
        "organisation",
        "by_organisation",
        "vetting",
    }
)
SUBJECTS = frozenset({"member", "organisation", "event", "campaign", "table", "file"})
VIA_VOUCHES = "vouches"  # `detail["via"]` of a vetting that vouches decided, with no admin behind it


def audit_line(ctx: Context, entry: AuditEntry) -> str:
    """One entry: when, what, on what, by whom, and its details (never message content), all escaped."""
    tr = ctx.tr
    when = f"{entry.at.astimezone(ctx.zone):%d.%m.%Y %H:%M}"
    action = tr.plain(f"audit-action-{entry.action}") if entry.action in ACTIONS else entry.action
    detail = ", ".join(_field(ctx, key, value) for key, value in sorted(entry.detail.items()) if key != "via")
    detail = detail if len(detail) <= DETAIL_LIMIT else detail[: DETAIL_LIMIT - 1] + "…"
    line = f"{when} · {action} · {_subject(ctx, entry.subject)} · {_actor(ctx, entry)}"
    return html.escape(line + (f" · {detail}" if detail else ""), quote=False)


def _actor(ctx: Context, entry: AuditEntry) -> str:
    if entry.actor_id is not None:
        return ctx.tr.plain("audit-by-member", id=str(entry.actor_id))
    if entry.detail.get("via") == VIA_VOUCHES:
        return ctx.tr.plain("admin-audit-vouches")
    return ctx.tr.plain("admin-audit-cli")


def _subject(ctx: Context, subject: str) -> str:
    kind, _, key = subject.partition(":")
    if kind == "member" and key == "erased":
        return ctx.tr.plain("audit-subject-member-erased")
    return ctx.tr.plain(f"audit-subject-{kind}", id=key) if kind in SUBJECTS else subject


def _field(ctx: Context, key: str, value: Any) -> str:
    """`label: value`; roles and vetting in words, the rest (counts, ids, a rejection's reason) as stored."""
    label = ctx.tr.plain(f"audit-field-{key.replace('_', '-')}") if key in FIELDS else key
    if key in ("before", "after") and value in (Role.MEMBER, Role.ORGANISER, Role.ADMIN):
        value = ctx.tr.plain(f"admin-role-{value}")
    elif key == "vetting" and value in (Vetting.VETTED, Vetting.PENDING):
        value = ctx.tr.plain(f"vetting-{value}")
    return f"{label}: {value}"
