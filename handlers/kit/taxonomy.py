"""Stable taxonomy ids (DOMAIN.md). Store and match on these; labels live in locales/*/taxonomy.ftl."""

from storage.models import EventFormat, EventScope

COUNTRIES = ("al", "ba", "xk", "me", "mk", "rs", "regional", "other")
TOPICS = (
    "corruption",
    "extortion",
    "drug_trafficking",
    "migrant_smuggling",
    "human_trafficking",
    "environmental_crime",
    "money_laundering",
    "cybercrime",
    "arms_trafficking",
    "illicit_finance",
    "youth",
    "gender",
    "asset_reuse",
    "rule_of_law",
    "media_freedom",
)
ACTIVITIES = (
    "victim_support",
    "prevention_campaigns",
    "youth_support",
    "community_workshops",
    "capacity_building",
    "network_building",
    "advocacy",
    "policy_research",
    "dialogue_facilitation",
    "investigative_journalism",
    "monitoring",
    "legal_aid",
)
SECTORS = (
    "grassroots",
    "ngo",
    "think_tank",
    "media",
    "academia",
    "government",
    "private_sector",
    "international",
)
EVENT_SCOPES = tuple(EventScope)
EVENT_FORMATS = tuple(EventFormat)


def label_id(kind: str, value: str) -> str:
    """The Fluent id of a taxonomy label: `topic-drug-trafficking`."""
    return f"{kind}-{value.replace('_', '-')}"
