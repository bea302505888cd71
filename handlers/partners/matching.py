"""Partner matching: which organisations to suggest to a member's organisation, and why.

The score is a sum of parts, and the explanation a member reads is built from the same parts, so a reason
never claims more (or less) than what ranked the suggestion. Scoring runs on a small in-memory index of the
discoverable, vetted organisations (ids and bitmasks), rebuilt from the database when it grows old or the
hub changed an organisation; who may see whom (blocks, declines, earlier introductions) is read fresh from
the database for every request and passed in as `excluded`.
"""

from __future__ import annotations

import heapq
import itertools
import math
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

from handlers.kit.taxonomy import ACTIVITIES, TOPICS

# --- the weights, in one place ---------------------------------------------------------------------------
# Shared topics count most: partners must work on the same threats. Each shared topic is weighted by how rare
# it is in the network (log(1 + N / organisations on it)), because two of the few organisations on arms
# trafficking have more to build together, and fewer other places to find each other, than two of the many on
# corruption. Complementary activities come next (one side's work feeds the other's), then a bonus for a
# partner across a border (regional coalitions are what the hub is for), then one for a different sector
# (a newsroom and a think tank reach different people).
# The order is strict: each tier outweighs all the tiers below it together, so one more shared topic (worth at
# least TOPIC_WEIGHT × log 2 ≈ 3.1) beats any mix of activities, border and sector (at most 2 + 0.6 + 0.3),
# one more complementary pair beats border and sector together, and a border beats a sector.
TOPIC_WEIGHT = 4.5
COMPLEMENT_WEIGHT = 1.0
MAX_COMPLEMENTS = 2  # pairs that count (and are named); more would outweigh a shared topic
CROSS_BORDER_BONUS = 0.6
SECTOR_BONUS = 0.3

# Activities that complete each other: (what one side does, what the other does)
COMPLEMENTARY_ACTIVITIES = (
    ("policy_research", "advocacy"),
    ("victim_support", "legal_aid"),
    ("investigative_journalism", "monitoring"),
    ("investigative_journalism", "advocacy"),
    ("prevention_campaigns", "youth_support"),
    ("community_workshops", "capacity_building"),
    ("dialogue_facilitation", "network_building"),
    ("monitoring", "legal_aid"),
)

# countries that are places (a `regional` or `other` organisation is not across a border from anyone)
BORDER_COUNTRIES = ("al", "ba", "xk", "me", "mk", "rs")
INDEX_MAX_AGE = 60.0  # seconds before the index is rebuilt from the database anyway (another process changed it)

_TOPIC_BIT = {topic: 1 << i for i, topic in enumerate(TOPICS)}
_ACTIVITY_BIT = {activity: 1 << i for i, activity in enumerate(ACTIVITIES)}


def topic_mask(topics: Iterable[str]) -> int:
    return sum(_TOPIC_BIT[t] for t in set(topics) if t in _TOPIC_BIT)


def activity_mask(activities: Iterable[str]) -> int:
    return sum(_ACTIVITY_BIT[a] for a in set(activities) if a in _ACTIVITY_BIT)


def topics_of(mask: int) -> list[str]:
    return [topic for topic, bit in _TOPIC_BIT.items() if mask & bit]


@dataclass(frozen=True)
class Profile:
    """What matching knows of an organisation: no names, no people."""

    id: int
    country: str
    sector: str
    topics: int  # bitmask over TOPICS
    activities: int  # bitmask over ACTIVITIES


@dataclass(frozen=True)
class Filters:
    topic: str | None = None
    country: str | None = None
    scope: str = "any"  # any | same (same country) | cross (across a border)
    sector: str | None = None


SCOPES = ("any", "same", "cross")


@dataclass(frozen=True)
class Match:
    """One suggestion and the parts of its score; `reason` and `score` are both read from these parts."""

    profile: Profile
    mine: Profile
    shared_topics: tuple[tuple[str, float], ...]  # (topic, its weight), rarest first
    complements: tuple[tuple[str, str], ...]  # (their activity, your activity)
    cross_border: bool
    other_sector: bool
    topic_score: float  # the shared topics' weights, summed in taxonomy order (as ranking sums them)

    @property
    def score(self) -> float:
        return _score(self.topic_score, len(self.complements), self.cross_border, self.other_sector)


def _score(topic_score: float, complements: int, cross_border: bool, other_sector: bool) -> float:
    return (
        TOPIC_WEIGHT * topic_score
        + COMPLEMENT_WEIGHT * complements
        + (CROSS_BORDER_BONUS if cross_border else 0.0)
        + (SECTOR_BONUS if other_sector else 0.0)
    )


@dataclass
class PartnerIndex:
    """The discoverable, vetted organisations as bitmasks, with how many work on each topic."""

    profiles: list[Profile] = field(default_factory=list)
    topic_counts: dict[str, int] = field(default_factory=dict)
    built_at: float = -math.inf
    stale: bool = True

    @classmethod
    def of(cls, profiles: list[Profile], now: float = 0.0) -> PartnerIndex:
        counts = {topic: sum(1 for p in profiles if p.topics & bit) for topic, bit in _TOPIC_BIT.items()}
        return cls(profiles, counts, now, stale=False)

    def rarity(self, topic: str) -> float:
        """log(1 + N / n): a topic few organisations share weighs more than a common one."""
        return math.log(1 + len(self.profiles) / max(self.topic_counts.get(topic, 0), 1))

    def suggest(
        self, mine: Profile, filters: Filters, excluded: set[int], *, offset: int = 0, limit: int = 5
    ) -> list[Match]:
        """The best `limit` partners after `offset`, highest score first, ties by organisation id. Every
        organisation is scored from its bitmasks (memoised per mask); only the ones shown are explained."""
        scorer = _Scorer(mine, {topic: self.rarity(topic) for topic in topics_of(mine.topics)})
        topic_bit = _TOPIC_BIT.get(filters.topic, 0) if filters.topic else 0
        ranked: list[tuple[float, int, Profile]] = []
        for other in self.profiles:
            if other.id == mine.id or other.id in excluded or not _passes(other, mine, filters, topic_bit):
                continue
            if mine.topics & other.topics or topic_bit:  # without a topic asked for, a partner shares one
                ranked.append((-scorer.score(other), other.id, other))
        best = heapq.nsmallest(offset + limit, ranked)
        return [explain(mine, other, scorer.weights) for _score, _id, other in best[offset:]]


class _Scorer:
    """One member's scores of every other organisation, with the sums per topic and activity mask memoised."""

    def __init__(self, mine: Profile, weights: dict[str, float]) -> None:
        self.mine, self.weights = mine, weights
        self._topic_sums: dict[int, float] = {}
        self._complements: dict[int, int] = {}

    def score(self, other: Profile) -> float:
        shared = self.mine.topics & other.topics
        topic_score = self._topic_sums.get(shared)
        if topic_score is None:
            topic_score = self._topic_sums[shared] = _topic_sum(shared, self.weights)
        complements = self._complements.get(other.activities)
        if complements is None:
            complements = self._complements[other.activities] = len(_complements(self.mine, other))
        return _score(topic_score, complements, _across_border(self.mine, other), other.sector != self.mine.sector)


def _topic_sum(shared: int, weights: dict[str, float]) -> float:
    return sum(weights[topic] for topic in topics_of(shared))


def _complements(mine: Profile, other: Profile) -> tuple[tuple[str, str], ...]:
    """The complementary pairs that count, the first MAX_COMPLEMENTS in the table's order."""
    pairs = (
        (theirs, yours)
        for a, b in COMPLEMENTARY_ACTIVITIES
        for theirs, yours in ((a, b), (b, a))
        if other.activities & _ACTIVITY_BIT[theirs] and mine.activities & _ACTIVITY_BIT[yours]
    )
    return tuple(itertools.islice(pairs, MAX_COMPLEMENTS))


def _passes(other: Profile, mine: Profile, filters: Filters, topic_bit: int) -> bool:
    if topic_bit and not other.topics & topic_bit:
        return False
    if filters.country and other.country != filters.country:
        return False
    if filters.sector and other.sector != filters.sector:
        return False
    if filters.scope == "same":
        return other.country == mine.country
    if filters.scope == "cross":
        return _across_border(mine, other)
    return True


def _across_border(mine: Profile, other: Profile) -> bool:
    return mine.country in BORDER_COUNTRIES and other.country in BORDER_COUNTRIES and mine.country != other.country


def explain(mine: Profile, other: Profile, weights: dict[str, float]) -> Match:
    """The parts of `other`'s score as a partner for `mine`; `weights` are the rarities of mine's topics."""
    shared = mine.topics & other.topics
    shared_topics = tuple(
        sorted(((topic, weights[topic]) for topic in topics_of(shared)), key=lambda item: (-item[1], item[0]))
    )
    return Match(
        other,
        mine,
        shared_topics,
        _complements(mine, other),
        _across_border(mine, other),
        other.sector != mine.sector,
        _topic_sum(shared, weights),
    )


class IndexCache:
    """Keeps one `PartnerIndex`, rebuilt when it is older than INDEX_MAX_AGE or the hub changed an
    organisation (`invalidate`). Suggestions are re-checked against the database before they are shown, so a
    stale index can rank, but never show, an organisation that stopped being discoverable."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.index = PartnerIndex()

    def invalidate(self) -> None:
        self.index.stale = True

    async def get(self, load: Callable[[], Awaitable[list[Profile]]]) -> PartnerIndex:
        now = self.clock()
        if self.index.stale or now - self.index.built_at > INDEX_MAX_AGE:
            self.index = PartnerIndex.of(await load(), now)
        return self.index
