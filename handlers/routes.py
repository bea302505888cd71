"""Wires the features to commands, callback prefixes and flows. Built fresh for every Hub."""

from __future__ import annotations

from handlers import (
    admin,
    brief,
    broadcast,
    coalitions,
    eventcards,
    events,
    joining,
    myevents,
    newevent,
    partners,
    privacy,
    profile,
    registration,
    reports,
    start,
    stats,
    subscriptions,
    vouching,
)
from handlers.core import Context, Routes
from handlers.kit import CallbackCodec
from storage.models import DeliveryKind


def build_codec() -> CallbackCodec:
    codec = CallbackCodec()
    codec.register("lang", 1)  # lang:<locale>
    codec.register("cmd", 1)  # cmd:<command> runs a command from a button
    codec.register(registration.PREFIX, 3)  # rg:<token>:<action>:<arg>
    codec.register(profile.PREFIX, 3)  # pf:<token>:<action>:<arg>
    codec.register(privacy.PREFIX, 2)  # fg:<stamp>:<yes|no>
    codec.register(eventcards.PREFIX, 3)  # ev:<action>:<event id or page>:<arg>
    codec.register(myevents.PREFIX, 3)  # oe:<action>:<event id>:<arg>
    codec.register(newevent.PREFIX, 3)  # ne:<token>:<action>:<arg>
    codec.register(broadcast.PREFIX, 3)  # bc:<token>:<action>:<arg>
    codec.register(broadcast.REPORT_PREFIX, 2)  # cp:<action>:<campaign id>
    codec.register(subscriptions.PREFIX, 3)  # sb:<token>:<action>:<arg>
    codec.register(brief.PREFIX, 3)  # br:<token>:<action>:<arg>
    codec.register(partners.PREFIX, 3)  # pt:<token>:<action>:<arg>
    codec.register(partners.ANSWER_PREFIX, 2)  # in:<acc|dec|blk>:<introduction id>
    codec.register(coalitions.PREFIX, 3)  # co:<token>:<action>:<arg>
    codec.register(admin.PREFIX, 3)  # ad:<token>:<action>:<arg>
    codec.register(vouching.PREFIX, 2)  # vo:<organisation id>:<its vouch code, or no>
    codec.register(reports.PREFIX, 2)  # rp:<organisation id>:<reason, - to ask, no to cancel>
    codec.register(reports.EVENT_PREFIX, 2)  # re:<event id>:<reason, - to ask, no to cancel>
    codec.register(joining.PREFIX, 3)  # jn:<joiner's telegram id, 0 for the oldest>:<request stamp>:<ok|no|next>
    return codec


def build_routes() -> Routes:
    routes = Routes(
        commands={
            "start": start.start_command,
            "help": start.help_command,
            "language": start.language_command,
            "cancel": start.cancel_command,
            "register": registration.register_command,
            "profile": profile.profile_command,
            "mydata": privacy.mydata_command,
            "forget": privacy.forget_command,
            "events": events.events_command,
            "newevent": newevent.newevent_command,
            "myevents": myevents.myevents_command,
            "broadcast": broadcast.broadcast_command,
            "campaigns": broadcast.campaigns_command,
            "subscribe": subscriptions.subscribe_command,
            "unsubscribe": subscriptions.unsubscribe_command,
            "brief": brief.brief_command,
            "partners": partners.partners_command,
            "coalitions": coalitions.coalitions_command,
            "admin": admin.admin_command,
            "stats": stats.stats_command,
        },
        flows_text={
            registration.FLOW: registration.on_text,
            profile.FLOW: profile.on_text,
            newevent.FLOW: newevent.on_text,
            myevents.MESSAGE_FLOW: myevents.on_message_text,
            broadcast.FLOW: broadcast.on_text,
            subscriptions.FLOW: subscriptions.on_text,
            brief.FLOW: brief.on_text,
            partners.FLOW: partners.on_text,
            coalitions.FLOW: coalitions.on_text,
            admin.FLOW: admin.on_text,
        },
        notices={
            **events.notice_renderers(),
            DeliveryKind.CAMPAIGN: broadcast.notice_campaign,
            DeliveryKind.DIGEST: subscriptions.notice_digest,
            DeliveryKind.INTRO_REQUEST: partners.notice_request,
            DeliveryKind.INTRO_ACCEPTED: partners.notice_accepted,
            DeliveryKind.INTRO_CLOSED: partners.notice_closed,
            DeliveryKind.COALITION_MESSAGE: coalitions.notice_message,
            DeliveryKind.VETTING_DECIDED: admin.notice_vetting,
            DeliveryKind.ROLE_CHANGED: admin.notice_role,
            DeliveryKind.ORGANISATION_WARNED: admin.notice_warning,
            DeliveryKind.JOIN_REQUEST: joining.notice_request,
            DeliveryKind.JOIN_DECIDED: joining.notice_decided,
        },
        open_when_suspended=frozenset({"mydata", "forget", privacy.PREFIX}),
        free_text=start.free_text,
    )
    button_commands = {
        "register",
        "language",
        "help",
        "profile",
        "events",
        "newevent",
        "myevents",
        "campaigns",
        "subscribe",
        "partners",
        "coalitions",
    }

    async def run_command(ctx: Context, fields: list[str]) -> None:
        if fields[0] not in button_commands:
            ctx.toast(ctx.tr.plain("error-button-expired"))
            return
        await routes.commands[fields[0]](ctx)

    routes.callbacks.update(
        {
            "lang": start.on_language,
            "cmd": run_command,
            registration.PREFIX: registration.on_button,
            profile.PREFIX: profile.on_button,
            privacy.PREFIX: privacy.on_button,
            eventcards.PREFIX: events.on_button,
            myevents.PREFIX: myevents.on_button,
            newevent.PREFIX: newevent.on_button,
            broadcast.PREFIX: broadcast.on_button,
            broadcast.REPORT_PREFIX: broadcast.on_report_button,
            subscriptions.PREFIX: subscriptions.on_button,
            brief.PREFIX: brief.on_button,
            partners.PREFIX: partners.on_button,
            partners.ANSWER_PREFIX: partners.on_answer,
            coalitions.PREFIX: coalitions.on_button,
            reports.PREFIX: reports.on_report,
            reports.EVENT_PREFIX: reports.on_event_report,
            admin.PREFIX: admin.on_button,
            vouching.PREFIX: vouching.on_vouch,
            joining.PREFIX: joining.on_button,
        }
    )
    return routes
