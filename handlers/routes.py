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
from handlers.actions import ActionTable, RunCommand, on
from handlers.core import Context, Routes
from handlers.kit import CallbackCodec


def build_codec() -> CallbackCodec:
    codec = CallbackCodec()
    codec.register(registration.PREFIX, 3)  # rg:<token>:<action>:<arg>
    codec.register(profile.PREFIX, 3)  # pf:<token>:<action>:<arg>
    codec.register(newevent.PREFIX, 3)  # ne:<token>:<action>:<arg>
    codec.register(broadcast.PREFIX, 3)  # bc:<token>:<action>:<arg>
    codec.register(subscriptions.PREFIX, 3)  # sb:<token>:<action>:<arg>
    codec.register(brief.PREFIX, 3)  # br:<token>:<action>:<arg>
    codec.register(partners.PREFIX, 3)  # pt:<token>:<action>:<arg>
    codec.register(coalitions.PREFIX, 3)  # co:<token>:<action>:<arg>
    codec.register(admin.PREFIX, 3)  # ad:<token>:<action>:<arg>
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
            "campaign": broadcast.notice_campaign,
            "digest": subscriptions.notice_digest,
            "intro-request": partners.notice_request,
            "intro-accepted": partners.notice_accepted,
            "intro-closed": partners.notice_closed,
            "coalition-message": coalitions.notice_message,
            "vetting-decided": admin.notice_vetting,
            "role-changed": admin.notice_role,
            "organisation-warned": admin.notice_warning,
            "join-request": joining.notice_request,
            "join-decided": joining.notice_decided,
        },
        open_when_suspended=frozenset({"mydata", "forget", privacy.ForgetAnswer.prefix}),
        free_text=start.free_text,
    )

    async def run_command(ctx: Context, press: RunCommand) -> None:
        await routes.commands[press.name](ctx)

    routes.actions = ActionTable(
        [
            on(start.PickLanguage, start.on_language),
            on(RunCommand, run_command),
            on(privacy.ForgetAnswer, privacy.on_button),
            on(vouching.Vouching, vouching.on_vouch),
            on(reports.ReportOrganisation, reports.on_report),
            on(reports.ReportEvent, reports.on_event_report),
            on(joining.JoinDecision, joining.on_button),
            on(partners.IntroductionAnswer, partners.on_answer),
            on(broadcast.CampaignReport, broadcast.on_report_button),
            on(eventcards.EventPress, events.on_button),
            on(eventcards.ManageEvent, myevents.on_button),
        ]
    )
    routes.callbacks.update(
        {
            registration.PREFIX: registration.on_button,
            profile.PREFIX: profile.on_button,
            newevent.PREFIX: newevent.on_button,
            broadcast.PREFIX: broadcast.on_button,
            subscriptions.PREFIX: subscriptions.on_button,
            brief.PREFIX: brief.on_button,
            partners.PREFIX: partners.on_button,
            coalitions.PREFIX: coalitions.on_button,
            admin.PREFIX: admin.on_button,
        }
    )
    return routes
