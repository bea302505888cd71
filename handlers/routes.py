"""Wires the features to commands, callback prefixes and flows. Built fresh for every Hub."""

from __future__ import annotations

from handlers.admin import console, stats
from handlers.delivery import brief, broadcast, subscriptions
from handlers.events import cards, listing, myevents, newevent
from handlers.kit.actions import ActionTable, RunCommand, on
from handlers.kit.core import Context, Routes
from handlers.members import joining, privacy, profile, registration, start
from handlers.partners import coalitions, followups, introductions, reports, vouching
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
            "events": listing.events_command,
            "newevent": newevent.newevent_command,
            "myevents": myevents.myevents_command,
            "broadcast": broadcast.broadcast_command,
            "campaigns": broadcast.campaigns_command,
            "subscribe": subscriptions.subscribe_command,
            "unsubscribe": subscriptions.unsubscribe_command,
            "brief": brief.brief_command,
            "partners": introductions.partners_command,
            "coalitions": coalitions.coalitions_command,
            "admin": console.admin_command,
            "stats": stats.stats_command,
        },
        flows_text={
            registration.REGISTRATION.name: registration.REGISTRATION.on_text,
            profile.PROFILE.name: profile.PROFILE.on_text,
            newevent.NEWEVENT.name: newevent.NEWEVENT.on_text,
            myevents.MESSAGE.name: myevents.MESSAGE.on_text,
            broadcast.BROADCAST.name: broadcast.BROADCAST.on_text,
            subscriptions.SUBSCRIBE.name: subscriptions.SUBSCRIBE.on_text,
            brief.BRIEF.name: brief.BRIEF.on_text,
            introductions.PARTNERS.name: introductions.PARTNERS.on_text,
            coalitions.COALITIONS.name: coalitions.COALITIONS.on_text,
            console.ADMIN.name: console.ADMIN.on_text,
        },
        notices={
            **listing.notice_renderers(),
            DeliveryKind.CAMPAIGN: broadcast.notice_campaign,
            DeliveryKind.DIGEST: subscriptions.notice_digest,
            DeliveryKind.INTRO_REQUEST: introductions.notice_request,
            DeliveryKind.INTRO_ACCEPTED: introductions.notice_accepted,
            DeliveryKind.INTRO_CLOSED: introductions.notice_closed,
            DeliveryKind.INTRO_FOLLOWUP: followups.notice_followup,
            DeliveryKind.COALITION_MESSAGE: coalitions.notice_message,
            DeliveryKind.VETTING_DECIDED: console.notice_vetting,
            DeliveryKind.ROLE_CHANGED: console.notice_role,
            DeliveryKind.ORGANISATION_WARNED: console.notice_warning,
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
            on(introductions.IntroductionAnswer, introductions.on_answer),
            on(followups.FollowUpPress, followups.on_answer),
            on(broadcast.CampaignReport, broadcast.on_report_button),
            on(cards.EventPress, listing.on_button),
            on(cards.ManageEvent, myevents.on_button),
            on(myevents.MyEventsPage, myevents.on_page),
            on(myevents.MessageStep, myevents.MESSAGE.on_button),
            on(console.AdminStep, console.ADMIN.on_button),
            on(coalitions.CoalitionStep, coalitions.COALITIONS.on_button),
            on(introductions.PartnersStep, introductions.PARTNERS.on_button),
            on(brief.BriefStep, brief.BRIEF.on_button),
            on(subscriptions.SubscribeStep, subscriptions.SUBSCRIBE.on_button),
            on(broadcast.BroadcastStep, broadcast.BROADCAST.on_button),
            on(newevent.NewEventStep, newevent.NEWEVENT.on_button),
            on(profile.ProfileStep, profile.PROFILE.on_button),
            on(registration.RegistrationStep, registration.REGISTRATION.on_button),
        ]
    )
    return routes
