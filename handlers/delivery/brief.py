"""/brief: an organiser publishes a brief or report (a title and a summary in one or more languages, a link,
its topics and countries); it reaches matching subscribers at once, or in their weekly digest."""

from __future__ import annotations

from dataclasses import dataclass, field

from handlers.delivery.broadcast import CampaignReport, reach_shown, render_campaign
from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import Field, length_error, link_error
from handlers.kit.flow import ORGANISERS, Draft, Flow, Run, Step, field_step, languages_step, reads, written_step
from handlers.kit.messages import Button, Screen, utf16_length
from handlers.kit.taxonomy import COUNTRIES, TOPICS
from storage import audit_repos, campaign_repos
from storage.models import Audience, Campaign, CampaignKind, CampaignStatus


class BriefStep(WizardStep, prefix="br"):
    """A press in this wizard."""


TITLE_LIMIT = 120
SUMMARY_LIMIT = 1500  # UTF-16 units: with the title and header, well inside one message
LINK_LIMIT = 300


@dataclass
class BriefDraft(Draft):
    """The brief being written: its title and summary by locale, its link, and the topics and countries of the
    subscribers it is for."""

    titles: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # the summaries
    cur: str = ""  # the locale being written
    link: str | None = None
    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


async def brief_command(ctx: Context) -> None:
    await BRIEF.start(ctx)


def draft_brief(data: BriefDraft) -> Campaign:
    return Campaign(
        kind=CampaignKind.BRIEF,
        titles=data.titles,
        texts=data.texts,
        link=data.link,
        audience=Audience(),
        topics=data.topics,
        countries=data.countries,
    )


def _read_title(run: Run[BriefDraft], text: str) -> str | None:
    text = " ".join(text.split())
    run.data.titles[run.data.cur] = text
    return length_error(run.tr, text, TITLE_LIMIT)


def _read_summary(run: Run[BriefDraft], text: str) -> str | None:
    text = text.strip()
    run.data.texts[run.data.cur] = text
    return length_error(run.tr, text, SUMMARY_LIMIT, measure=utf16_length)


def _link_screen(run: Run[BriefDraft]) -> Screen:
    return Screen.of(run.tr("brief-ask-link"), [[run.labelled("btn-skip", "skip")], run.nav()])


def _read_link(run: Run[BriefDraft], text: str) -> str | None:
    run.data.link = text = text.strip()
    return link_error(run.tr, text, LINK_LIMIT)


async def _skip_link(run: Run[BriefDraft], arg: str) -> None:
    run.data.link = None
    await run.next()


async def _confirm_screen(run: Run[BriefDraft]) -> Screen:
    reach = reach_shown(run.ctx, await campaign_repos.count_audience(run.ctx.session, draft_brief(run.data)))
    return Screen.of(
        run.tr("brief-confirm", count=reach),
        [
            [run.labelled("broadcast-preview", "preview")],
            [run.labelled("brief-publish", "publish", count=reach)],
            run.nav(),
        ],
    )


async def _preview(run: Run[BriefDraft], arg: str) -> None:
    run.ctx.toast(run.tr.plain("broadcast-preview-sent"))
    await render_campaign(run.ctx, draft_brief(run.data))


async def _publish(run: Run[BriefDraft], arg: str) -> None:
    ctx, campaign = run.ctx, draft_brief(run.data)
    if not await campaign_repos.count_audience(ctx.session, campaign):
        ctx.toast(ctx.tr.plain("brief-nobody"))
        return
    await ctx.ensure_member()
    campaign.organiser_id, campaign.status, campaign.send_at = ctx.user_id, CampaignStatus.SCHEDULED, ctx.now
    await campaign_repos.add_campaign(ctx.session, campaign)
    count = await campaign_repos.queue_campaign(ctx.session, campaign, ctx.now)
    ctx.queued_deliveries += count
    audit_repos.audit(
        ctx.session, ctx.user_id, "brief-published", f"campaign:{campaign.id}", audience=count, at=ctx.now
    )
    await run.finish(
        Screen.of(
            ctx.tr("brief-published", count=reach_shown(ctx, count)),
            [[Button(ctx.tr.plain("btn-campaign-report"), CampaignReport("open", campaign.id).pack())]],
        )
    )


BRIEF = Flow(
    "brief",
    BriefStep,
    first="lang",
    draft=BriefDraft,
    cancelled="brief-cancelled",
    guard=ORGANISERS,
    order=lambda data: ["lang", "title", "summary", "link", "topics", "countries", "confirm"],
    steps={
        "lang": languages_step("brief-ask-lang", texts="texts", write="title", then="link"),
        "title": written_step("brief-ask-title", "titles", _read_title, limit=TITLE_LIMIT),
        "summary": written_step("brief-ask-summary", "texts", _read_summary, limit=SUMMARY_LIMIT, then="lang"),
        "link": Step(_link_screen, {"skip": _skip_link}, reads(_read_link), back="lang"),
        "topics": field_step(Field("topics", "multi", TOPICS, "topic"), "brief-ask-topics"),
        "countries": field_step(Field("countries", "multi", COUNTRIES, "country"), "brief-ask-countries"),
        "confirm": Step(_confirm_screen, {"preview": _preview, "publish": _publish}),
    },
)
