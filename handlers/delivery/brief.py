"""/brief: an organiser publishes a brief or report (a title and a summary in one or more languages, a link,
its topics and countries); it reaches matching subscribers at once, or in their weekly digest."""

from __future__ import annotations

from typing import Any

from handlers.delivery.broadcast import CampaignReport, reach_shown, render_campaign
from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import (
    Field,
    field_buttons,
    language_picker,
    length_error,
    link_error,
    nav_row,
    toggle,
    written_in,
)
from handlers.kit.i18n import LANGUAGE_NAMES, LOCALES
from handlers.kit.messages import Button, Screen, utf16_length
from handlers.kit.taxonomy import COUNTRIES, TOPICS
from storage import audit_repos, campaign_repos
from storage.models import Campaign, CampaignKind, CampaignStatus

FLOW = "brief"


class BriefStep(WizardStep, prefix="br"):
    """A press in this wizard."""


TITLE_LIMIT = 120
SUMMARY_LIMIT = 1500  # UTF-16 units: with the title and header, well inside one message
LINK_LIMIT = 300
SUBJECTS = {
    f.name: f for f in (Field("topics", "multi", TOPICS, "topic"), Field("countries", "multi", COUNTRIES, "country"))
}
BACK = {
    "title": "lang",
    "summary": "title",
    "link": "lang",
    "topics": "link",
    "countries": "topics",
    "confirm": "countries",
}


async def brief_command(ctx: Context) -> None:
    if not ctx.is_organiser:
        ctx.show(Screen(ctx.tr("event-organisers-only")))
        return
    await ctx.start_flow(FLOW, "lang", {"titles": {}, "texts": {}, "link": None, "topics": [], "countries": []})
    await show(ctx)


def draft_brief(data: dict[str, Any]) -> Campaign:
    return Campaign(
        kind=CampaignKind.BRIEF,
        titles=data["titles"],
        texts=data["texts"],
        link=data["link"],
        audience={},
        topics=data["topics"],
        countries=data["countries"],
    )


async def show(ctx: Context) -> None:
    assert ctx.conversation is not None
    step, data, token = ctx.conversation.step, ctx.conversation.data, ctx.conversation.token
    tr, nav = ctx.tr, nav_row(ctx, BriefStep, token)
    if step == "lang":
        screen = Screen.of(
            tr("brief-ask-lang") + written_in(ctx, data["texts"]),
            [*language_picker(ctx, data["texts"], BriefStep, token), nav_row(ctx, BriefStep, token, back=False)],
        )
    elif step in ("title", "summary"):
        stored = data["titles" if step == "title" else "texts"].get(data["cur"], "")
        hint = "\n\n" + tr("field-current-value", value=stored) if stored else ""
        limit = TITLE_LIMIT if step == "title" else SUMMARY_LIMIT
        screen = Screen.of(tr(f"brief-ask-{step}", language=LANGUAGE_NAMES[data["cur"]], limit=limit) + hint, [nav])
    elif step == "link":
        screen = Screen.of(tr("brief-ask-link"), [[Button(tr.plain("btn-skip"), BriefStep.data(token, "skip"))], nav])
    elif step in SUBJECTS:
        rows = field_buttons(ctx, SUBJECTS[step], data[step], BriefStep, token)
        screen = Screen.of(tr(f"brief-ask-{step}"), [*rows, nav])
    else:
        reach = reach_shown(ctx, await campaign_repos.count_audience(ctx.session, draft_brief(data)))
        screen = Screen.of(
            tr("brief-confirm", count=reach),
            [
                [Button(tr.plain("broadcast-preview"), BriefStep.data(token, "preview"))],
                [Button(tr.plain("brief-publish", count=reach), BriefStep.data(token, "publish"))],
                nav,
            ],
        )
    ctx.show(screen)


async def on_text(ctx: Context) -> None:
    assert ctx.conversation is not None and ctx.incoming.text is not None
    if not ctx.is_organiser:
        await ctx.end_flow_refused("event-organisers-only")
        return
    step, data, text = ctx.conversation.step, dict(ctx.conversation.data), ctx.incoming.text.strip()
    error: str | None = ctx.tr("error-use-buttons")
    if step == "title":
        text = " ".join(text.split())
        error = length_error(ctx.tr, text, TITLE_LIMIT)
        data["titles"] = {**data["titles"], data["cur"]: text}
        step = "summary"
    elif step == "summary":
        error = length_error(ctx.tr, text, SUMMARY_LIMIT, measure=utf16_length)
        data["texts"] = {**data["texts"], data["cur"]: text}
        step = "lang"
    elif step == "link":
        error = link_error(ctx.tr, text, LINK_LIMIT)
        data["link"] = text
        step = "topics"
    if error:  # the draft is left as it was
        ctx.reply(Screen(error))
        await show(ctx)
        return
    await _go(ctx, data, step)


async def _go(ctx: Context, data: dict[str, Any], step: str) -> None:
    assert ctx.conversation is not None
    ctx.conversation.data, ctx.conversation.step = data, step
    await show(ctx)


async def on_button(ctx: Context, press: BriefStep) -> None:
    token, action, arg = press.token, press.action, press.arg
    conversation = ctx.flow_run(FLOW, token)
    if conversation is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if not ctx.is_organiser:
        await ctx.end_flow_refused("event-organisers-only")
        return
    data, step = dict(conversation.data), conversation.step
    if action == "cancel":
        await ctx.end_flow()
        ctx.show(Screen(ctx.tr("brief-cancelled")))
    elif action == "back":
        await _go(ctx, data, BACK.get(step, "lang"))
    elif action == "lang" and step == "lang" and arg in LOCALES:
        await _go(ctx, {**data, "cur": arg}, "title")
    elif action == "textsdone" and step == "lang" and data["texts"]:
        await _go(ctx, data, "link")
    elif action == "skip" and step == "link":
        await _go(ctx, {**data, "link": None}, "topics")
    elif action == "tog" and step in SUBJECTS and (chosen := toggle(SUBJECTS[step], data[step], arg)) is not None:
        await _go(ctx, {**data, step: chosen}, step)
    elif action == "done" and step in SUBJECTS:
        await _go(ctx, data, "countries" if step == "topics" else "confirm")
    elif action == "preview" and step == "confirm":
        ctx.toast(ctx.tr.plain("broadcast-preview-sent"))
        await render_campaign(ctx, draft_brief(data))
    elif action == "publish" and step == "confirm":
        await _publish(ctx, data)
    else:
        ctx.toast(ctx.tr.plain("error-button-expired"))


async def _publish(ctx: Context, data: dict[str, Any]) -> None:
    campaign = draft_brief(data)
    if not await campaign_repos.count_audience(ctx.session, campaign):
        ctx.toast(ctx.tr.plain("brief-nobody"))
        return
    await ctx.ensure_member()
    await ctx.session.flush()
    campaign.organiser_id, campaign.status, campaign.send_at = ctx.user_id, CampaignStatus.SCHEDULED, ctx.now
    ctx.session.add(campaign)
    await ctx.session.flush()
    count = await campaign_repos.queue_campaign(ctx.session, campaign, ctx.now)
    ctx.queued_deliveries += count
    audit_repos.audit(
        ctx.session, ctx.user_id, "brief-published", f"campaign:{campaign.id}", audience=count, at=ctx.now
    )
    await ctx.end_flow()
    ctx.show(
        Screen.of(
            ctx.tr("brief-published", count=reach_shown(ctx, count)),
            [[Button(ctx.tr.plain("btn-campaign-report"), CampaignReport("open", campaign.id).pack())]],
        )
    )
