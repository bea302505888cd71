"""Partner scoring: rare topics count more, exclusions hold, the order is deterministic, reasons match scores."""

import random

import pytest

from handlers.kit.taxonomy import ACTIVITIES, COUNTRIES, SECTORS, TOPICS
from handlers.partners.matching import (
    COMPLEMENT_WEIGHT,
    CROSS_BORDER_BONUS,
    MAX_COMPLEMENTS,
    SECTOR_BONUS,
    TOPIC_WEIGHT,
    Filters,
    IndexCache,
    PartnerIndex,
    Profile,
    activity_mask,
    topic_mask,
    topics_of,
)


def org(
    id_: int, country: str = "al", sector: str = "ngo", topics: tuple[str, ...] = (), activities: tuple[str, ...] = ()
) -> Profile:
    return Profile(id_, country, sector, topic_mask(topics), activity_mask(activities))


MINE = org(1, "al", "ngo", ("corruption", "arms_trafficking"), ("advocacy",))


def network(*others: Profile, crowd: int = 20) -> PartnerIndex:
    """`others` plus a crowd of organisations that all work on corruption (so corruption is common)."""
    filler = [org(1000 + i, "rs", "media", ("corruption",)) for i in range(crowd)]
    return PartnerIndex.of([MINE, *others, *filler])


def test_a_shared_rare_topic_outranks_a_shared_common_one():
    common = org(2, "al", "ngo", ("corruption",))
    rare = org(3, "al", "ngo", ("arms_trafficking",))
    index = network(common, rare)
    ranked = index.suggest(MINE, Filters(), excluded=set(), limit=30)
    ids = [m.profile.id for m in ranked]
    assert ids.index(3) < ids.index(2)
    assert index.rarity("arms_trafficking") > index.rarity("corruption")


def test_complementary_work_and_a_border_and_another_sector_each_add_in_that_order():
    base = org(2, "al", "ngo", ("corruption",))
    research = org(3, "al", "ngo", ("corruption",), ("policy_research",))  # complements our advocacy
    across = org(4, "mk", "ngo", ("corruption",))
    other_sector = org(5, "al", "media", ("corruption",))
    index = network(base, research, across, other_sector)
    scores = {m.profile.id: m.score for m in index.suggest(MINE, Filters(), set(), limit=50)}
    assert scores[3] - scores[2] == pytest.approx(COMPLEMENT_WEIGHT)
    assert scores[4] - scores[2] == pytest.approx(CROSS_BORDER_BONUS)
    assert scores[5] - scores[2] == pytest.approx(SECTOR_BONUS)


def test_each_tier_outweighs_every_tier_below_it_together():
    mine = org(1, "al", "ngo", ("corruption", "youth"), ("advocacy", "victim_support", "investigative_journalism"))
    everything_but_topics = org(
        2,
        "mk",
        "media",
        ("corruption",),  # one shared topic, every other bonus
        ("policy_research", "legal_aid", "monitoring", "advocacy"),
    )
    two_topics = org(3, "al", "ngo", ("corruption", "youth"))
    one_pair = org(4, "al", "ngo", ("corruption",), ("policy_research",))
    border_and_sector = org(5, "xk", "media", ("corruption",))
    border = org(6, "xk", "ngo", ("corruption",))
    sector = org(7, "al", "media", ("corruption",))
    crowd = [org(100 + i, "rs", "ngo", ("corruption", "youth")) for i in range(50)]  # both topics common
    index = PartnerIndex.of(
        [mine, everything_but_topics, two_topics, one_pair, border_and_sector, border, sector, *crowd]
    )
    scores = {m.profile.id: m for m in index.suggest(mine, Filters(), set(), limit=100)}
    assert len(scores[2].complements) == MAX_COMPLEMENTS, "only the first pairs count"
    assert scores[3].score > scores[2].score, "one more shared topic beats every lower bonus together"
    assert scores[4].score > scores[5].score, "a complementary pair beats a border and a sector together"
    assert scores[6].score > scores[7].score, "a border beats a sector"


def test_without_a_shared_topic_nobody_is_suggested_unless_a_topic_was_asked_for():
    stranger = org(2, "mk", "media", ("youth",), ("policy_research",))
    index = network(stranger)
    assert 2 not in [m.profile.id for m in index.suggest(MINE, Filters(), set(), limit=50)]
    asked = index.suggest(MINE, Filters(topic="youth"), set())
    assert [m.profile.id for m in asked] == [2]


def test_own_and_excluded_organisations_never_appear():
    index = network(org(2, topics=("corruption",)), org(3, topics=("corruption",)))
    ids = [m.profile.id for m in index.suggest(MINE, Filters(), excluded={3}, limit=50)]
    assert 1 not in ids and 3 not in ids and 2 in ids


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(country="mk"), {3}),
        (Filters(scope="same"), {2}),
        (Filters(scope="cross"), {3, 5}),
        (Filters(sector="media"), {3}),
        (Filters(topic="arms_trafficking"), {5}),
    ],
)
def test_filters(filters, expected):
    index = PartnerIndex.of(
        [
            MINE,
            org(2, "al", "ngo", ("corruption",)),
            org(3, "mk", "media", ("corruption",)),
            org(4, "regional", "ngo", ("corruption",)),
            org(5, "xk", "ngo", ("arms_trafficking",)),
        ]
    )
    assert {m.profile.id for m in index.suggest(MINE, filters, set(), limit=50)} == expected


def test_a_regional_organisation_is_not_across_a_border():
    index = PartnerIndex.of([MINE, org(2, "regional", "ngo", ("corruption",))])
    (match,) = index.suggest(MINE, Filters(), set())
    assert not match.cross_border


def random_network(seed: int, size: int = 300) -> list[Profile]:
    rng = random.Random(seed)
    return [
        Profile(
            i,
            rng.choice(COUNTRIES),
            rng.choice(SECTORS),
            topic_mask(rng.sample(TOPICS, rng.randint(1, 4))),
            activity_mask(rng.sample(ACTIVITIES, rng.randint(0, 3))),
        )
        for i in range(1, size + 1)
    ]


def test_the_order_is_deterministic_and_ties_go_to_the_lower_id():
    profiles = random_network(7)
    mine = profiles[0]
    first = PartnerIndex.of(profiles).suggest(mine, Filters(), set(), limit=300)
    shuffled = profiles[:]
    random.Random(1).shuffle(shuffled)
    assert [m.profile.id for m in PartnerIndex.of(shuffled).suggest(mine, Filters(), set(), limit=300)] == [
        m.profile.id for m in first
    ]
    for a, b in zip(first, first[1:], strict=False):
        assert a.score > b.score or (a.score == b.score and a.profile.id < b.profile.id)


def test_paging_continues_where_the_last_page_stopped():
    profiles = random_network(3)
    index = PartnerIndex.of(profiles)
    everything = index.suggest(profiles[0], Filters(), set(), limit=300)
    pages = [m for page in range(4) for m in index.suggest(profiles[0], Filters(), set(), offset=page * 5, limit=5)]
    assert [m.profile.id for m in pages] == [m.profile.id for m in everything[:20]]


def test_each_explanation_accounts_for_exactly_its_score():
    profiles = random_network(11)
    index = PartnerIndex.of(profiles)
    mine = profiles[5]
    for match in index.suggest(mine, Filters(), set(), limit=300):
        other = match.profile
        assert {topic for topic, _w in match.shared_topics} == set(topics_of(mine.topics & other.topics))
        for theirs, yours in match.complements:
            assert other.activities & activity_mask([theirs]) and mine.activities & activity_mask([yours])
        expected = (
            TOPIC_WEIGHT * sum(index.rarity(topic) for topic, _w in match.shared_topics)
            + COMPLEMENT_WEIGHT * len(match.complements)
            + CROSS_BORDER_BONUS
            * (
                mine.country != other.country
                and "regional" not in (mine.country, other.country)
                and "other" not in (mine.country, other.country)
            )
            + SECTOR_BONUS * (mine.sector != other.sector)
        )
        assert match.score == pytest.approx(expected)
        weights = [weight for _topic, weight in match.shared_topics]
        assert weights == sorted(weights, reverse=True), "the rarest shared topic is named first"


async def test_the_cache_rebuilds_when_told_or_when_old():
    now = [0.0]
    loads = []

    async def load():
        loads.append(now[0])
        return [MINE]

    cache = IndexCache(clock=lambda: now[0])
    await cache.get(load)
    await cache.get(load)
    assert len(loads) == 1
    cache.invalidate()
    await cache.get(load)
    now[0] += 61
    await cache.get(load)
    assert len(loads) == 3
