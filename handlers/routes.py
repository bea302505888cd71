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
from storage.models import DeliveryKind


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
            on(admin.AdminStep, admin.on_button),
            on(coalitions.CoalitionStep, coalitions.on_button),
            on(partners.PartnersStep, partners.on_button),
            on(brief.BriefStep, brief.on_button),
            on(subscriptions.SubscribeStep, subscriptions.on_button),
            on(broadcast.BroadcastStep, broadcast.on_button),
            on(newevent.NewEventStep, newevent.on_button),
            on(profile.ProfileStep, profile.on_button),
            on(registration.RegistrationStep, registration.on_button),
        ]
    )
    return routes
