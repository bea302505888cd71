"""/mydata and /forget: the member sees everything stored about them, and can erase it."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from handlers.events.rsvp import withdraw_everywhere
from handlers.kit.actions import Action
from handlers.kit.core import Context
from handlers.kit.messages import Button, Document, Screen
from handlers.partners.introductions import requester_status
from storage import admin_repos, event_repos, followup_repos, partner_repos, repos, subscription_repos
from storage.models import Member


class ForgetAnswer(Action, prefix="fg"):
    """/forget's yes or no, for the person as they were when asked (their stamp)."""

    stamp: str
    answer: Literal["yes", "no"]


def export(member: Member | None, conversation: dict[str, Any] | None) -> dict[str, Any]:
    """Everything the hub holds about one person, as it is stored."""
    data: dict[str, Any] = {}
    if member is not None:
        data["member"] = {
            "telegram_id": member.telegram_id,
            "language": member.locale,
            "display_name": member.display_name,
            "role": member.role,
            "membership": member.membership,
            "consent_at": _iso(member.consent_at),
            "registered_at": _iso(member.registered_at),
            "first_seen_at": _iso(member.created_at),
            "share_handle_on_introductions": member.share_handle,
            "asked_how_introductions_went": member.follow_ups,
            "suspended_at": _iso(member.suspended_at),
            "unreachable_since": _iso(member.unreachable_since),
        }
        if member.organisation is not None and not member.acting:
            # asked to join, not approved: the organisation's profile is not theirs to see
            data["organisation"] = {"name": member.organisation.name}
        elif member.organisation is not None:
            organisation = member.organisation
            data["organisation"] = {
                "name": organisation.name,
                "country": organisation.country,
                "sector": organisation.sector,
                "topics": [t.topic for t in organisation.topics],
                "activities": [a.activity for a in organisation.activities],
                "description": organisation.description,
                "discoverable": organisation.discoverable,
                "vetting": organisation.vetting,
                "suspended_at": _iso(organisation.suspended_at),
            }
    if conversation is not None:
        data["unfinished_flow"] = conversation
    return data


async def mydata_command(ctx: Context) -> None:
    conversation = ctx.conversation
    flow = None
    if conversation is not None:
        flow = {"flow": conversation.flow, "step": conversation.step, "answers": conversation.data}
    data = export(ctx.member, flow)
    answers = await event_repos.member_rsvps(ctx.session, ctx.user_id)
    if answers:
        data["event_answers"] = [
            {"event_id": r.event_id, "status": r.status, "updated_at": _iso(r.updated_at)} for r in answers
        ]
    subscription = await subscription_repos.get_subscription(ctx.session, ctx.user_id)
    if subscription is not None:
        data["subscription"] = {
            "kinds": [kind for kind in subscription_repos.KINDS if getattr(subscription, kind)],
            "topics": [t.topic for t in subscription.topics],
            "countries": [c.country for c in subscription.countries],
            "rhythm": subscription.rhythm,
            "digest_day": subscription.digest_day,
            "digest_hour": subscription.digest_hour,
            "time_zone": subscription.zone,
        }
    data.update(await _partner_data(ctx))
    data.update(_records(await repos.personal_records(ctx.session, ctx.user_id)))
    if not data:
        ctx.show(Screen(ctx.tr("mydata-nothing")))
        return
    content = json.dumps(data, ensure_ascii=False, indent=2).encode()
    ctx.send_document(Document("my-data.json", content, ctx.tr("mydata-caption")))


async def _partner_data(ctx: Context) -> dict[str, Any]:
    """Introductions, coalitions and reports, as the member knows them: a decline by the other side is theirs
    to know, so a request reads as waiting, then closed."""
    data: dict[str, Any] = {}
    requests = await partner_repos.member_requests(ctx.session, ctx.user_id, limit=None)
    if requests:
        data["introduction_requests"] = [
            {
                "to_organisation": org.name,
                "note": intro.note,
                "your_handle_shared": intro.requester_handle,
                "status": requester_status(intro),
                "sent_at": _iso(intro.created_at),
            }
            for intro, org in requests
        ]
    answered = await partner_repos.answered_by(ctx.session, ctx.user_id)
    if answered:
        data["introductions_you_answered"] = [
            {
                "introduction_id": intro.id,
                "your_answer": intro.status,
                "your_handle_shared": intro.answer_handle,
                "answered_at": _iso(intro.answered_at),
            }
            for intro in answered
        ]
    followups = await followup_repos.answered_by(ctx.session, ctx.user_id)
    if followups:  # "did you get in touch?", as they answered it for their organisation
        data["introduction_follow_ups_you_answered"] = [
            {
                "introduction_id": followup.introduction_id,
                "about_organisation": organisation,
                "round": followup.round,
                "your_answer": followup.answer,
                "answered_at": _iso(followup.answered_at),
            }
            for followup, organisation in followups
        ]
    coalitions = await partner_repos.member_coalitions(ctx.session, ctx.user_id)
    if coalitions:
        data["coalitions"] = [
            {
                "name": c.name,
                "topic": c.topic,
                "partner_organisation_ids": [p.organisation_id for p in c.partners],
                "messages": [
                    {"text": m.text, "sent_at": _iso(m.created_at)}
                    for m in await partner_repos.coalition_messages(ctx.session, c.id)
                ],
            }
            for c in coalitions
        ]
    owned = {c.id for c in coalitions}
    sent = [
        (m, name)
        for m, name in await partner_repos.sent_coalition_messages(ctx.session, ctx.user_id)
        if m.coalition_id not in owned
    ]
    if sent:  # to coalitions their organisation was added to
        data["coalition_messages_you_sent"] = [
            {"coalition": name, "text": m.text, "sent_at": _iso(m.created_at)} for m, name in sent
        ]
    reports = await partner_repos.member_reports(ctx.session, ctx.user_id)
    if reports:
        data["reports"] = [
            {"organisation_id": r.organisation_id, "event_id": r.event_id, "reason": r.reason, "at": _iso(r.created_at)}
            for r in reports
        ]
    return data


def _records(records: repos.PersonalRecords) -> dict[str, Any]:
    """What they organised, wrote and vouched for, and what waits to be sent to them; empty lists left out."""
    data: dict[str, Any] = {
        "events_you_organise": [
            {
                "event_id": e.id,
                "titles": {t.locale: t.title for t in e.texts},
                "descriptions": {t.locale: t.description for t in e.texts},
                "status": e.status,
                "starts_at": _iso(e.starts_at),
                "ends_at": _iso(e.ends_at),
                "venue": e.venue,
                "online_link": e.online_link,
                "created_at": _iso(e.created_at),
            }
            for e in records.events
        ],
        "messages_you_sent_to_many": [
            {
                "campaign_id": c.id,
                "kind": c.kind,
                "status": c.status,
                "texts": c.texts,
                "titles": c.titles,
                "link": c.link,
                "event_id": c.event_id,
                "send_at": _iso(c.send_at),
                "recipients": c.recipients,
            }
            for c in records.campaigns
        ],
        "vouches_you_gave": [
            {"for_organisation_id": v.organisation_id, "as_organisation_id": v.voucher_org_id, "at": _iso(v.created_at)}
            for v in records.vouches
        ],
        "messages_waiting_for_you": [
            {"kind": d.kind, "queued_at": _iso(d.created_at), "next_attempt_at": _iso(d.next_attempt_at)}
            for d in records.waiting
        ],
        "event_reminders": [
            {"event_id": r.event_id, "kind": r.kind, "due_at": _iso(r.due_at), "done_at": _iso(r.done_at)}
            for r in records.reminders
        ],
        "updates_kept_for_your_digest": [
            {"campaign_id": i.campaign_id, "kept_at": _iso(i.created_at)} for i in records.digest
        ],
    }
    return {key: value for key, value in data.items() if value}


def _stamp(ctx: Context) -> str:
    """Ties the confirm button to this member's record, so it is stale once that record is gone."""
    created = ctx.member.created_at if ctx.member else None
    return format(int(created.timestamp()), "x") if created else "0"


async def forget_command(ctx: Context) -> None:
    if ctx.member is None and ctx.conversation is None:
        ctx.show(Screen(ctx.tr("forget-nothing")))
        return
    stamp = _stamp(ctx)
    text = ctx.tr("forget-confirm") + "\n\n" + ctx.tr("forget-confirm-sent")
    yes = Button(ctx.tr.plain("btn-forget-yes"), ForgetAnswer(stamp, "yes").pack())
    no = Button(ctx.tr.plain("btn-forget-no"), ForgetAnswer(stamp, "no").pack())
    ctx.show(Screen.of(text, [[yes, no]]))


async def on_button(ctx: Context, press: ForgetAnswer) -> None:
    if (ctx.member is None and ctx.conversation is None) or press.stamp != _stamp(ctx):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if press.answer == "no":
        ctx.show(Screen(ctx.tr("forget-kept")))
        return
    await withdraw_everywhere(ctx)  # their seats go to the waitlist before their answers are erased
    await admin_repos.forget_join_requests(ctx.session, ctx.user_id)
    if ctx.member is not None and ctx.member.suspended:  # /forget erases the person, not the admins' decision
        await repos.keep_suspension(ctx.session, ctx.user_id)
    await repos.erase_person(ctx.session, ctx.user_id)
    await repos.record_erasure(ctx.session, ctx.user_id)  # so a restored backup forgets them again
    ctx.member, ctx.conversation = None, None
    ctx.show(Screen(ctx.tr("forget-done")))


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
