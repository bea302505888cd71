"""Partner-matching benchmark: a seeded network of organisations with a skewed topic distribution (a few topics
everyone works on, a long tail of niche ones), on SQLite, and the same query path /partners runs.

    python benchmarks/matching.py [--organisations 10000] [--queries 300] [--seed 7]

Prints: the time to build the matching index from cold, p50/p95 of one member's top 5 with filters (exclusions
read from the database, ranking, the re-check of what is shown), and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from handlers.kit.taxonomy import ACTIVITIES, COUNTRIES, SECTORS, TOPICS  # noqa: E402
from handlers.partners.introductions import load_index, top_partners  # noqa: E402
from handlers.partners.matching import Filters, IndexCache  # noqa: E402
from storage.db import create_engine, migrate, session_factory  # noqa: E402
from storage.models import (  # noqa: E402
    Introduction,
    Member,
    Organisation,
    OrganisationActivity,
    OrganisationBlock,
    OrganisationTopic,
    utcnow,
)

PLACES = [c for c in COUNTRIES if c != "other"]


def zipf_weights(count: int, exponent: float = 1.1) -> list[float]:
    """Popularity falling off with rank: topic 1 is common, the last ones are niche."""
    return [1 / (rank**exponent) for rank in range(1, count + 1)]


def organisation_rows(count: int, rng: random.Random) -> tuple[list[dict], list[dict], list[dict]]:
    topics_by_rank = rng.sample(TOPICS, len(TOPICS))
    weights = zipf_weights(len(TOPICS))
    now = utcnow()
    orgs, topics, activities = [], [], []
    for number in range(1, count + 1):
        orgs.append(
            {
                "id": number,
                "name": f"Organisation {number}",
                "name_key": f"organisation {number}",
                "country": rng.choices(PLACES, weights=[3, 2, 2, 1, 2, 3, 1])[0],
                "sector": rng.choices(SECTORS, weights=[3, 6, 2, 2, 2, 1, 1, 1])[0],
                "description": "",
                "discoverable": rng.random() < 0.8,
                "vetting": "vetted" if rng.random() < 0.85 else "pending",
                "created_at": now,
            }
        )
        chosen = set()
        while len(chosen) < rng.randint(1, 5):
            chosen.add(rng.choices(topics_by_rank, weights=weights)[0])
        topics += [{"organisation_id": number, "topic": topic} for topic in chosen]
        activities += [{"organisation_id": number, "activity": a} for a in rng.sample(ACTIVITIES, rng.randint(1, 3))]
    return orgs, topics, activities


async def seed(url: str, count: int, rng: random.Random) -> None:
    engine = create_engine(url)
    await migrate(engine)
    orgs, topics, activities = organisation_rows(count, rng)
    now = utcnow()
    async with session_factory(engine).begin() as session:
        await session.execute(insert(Organisation), orgs)
        await session.execute(insert(OrganisationTopic), topics)
        await session.execute(insert(OrganisationActivity), activities)
        await session.execute(
            insert(Member),
            [
                {
                    "telegram_id": number,
                    "organisation_id": number,
                    "locale": "en",
                    "membership": "founder",
                    "role": "member",
                    "consent_at": now,
                    "registered_at": now,
                    "created_at": now,
                }
                for number in range(1, count + 1)
            ],
        )
        # some history to exclude: introductions made and declined, and blocks
        await session.execute(
            insert(Introduction),
            [
                {
                    "requester_id": a,
                    "requester_org_id": a,
                    "target_org_id": b,
                    "note": "",
                    "status": rng.choice(["accepted", "declined", "pending"]),
                    "created_at": now - timedelta(days=3),
                    "answered_at": now - timedelta(days=2),
                }
                for a, b in (rng.sample(range(1, count + 1), 2) for _ in range(count))
            ],
        )
        await session.execute(
            insert(OrganisationBlock),
            [
                {"blocker_org_id": a, "blocked_org_id": b, "created_at": now}
                for a, b in {tuple(rng.sample(range(1, count + 1), 2)) for _ in range(count // 10)}
            ],
        )
    await engine.dispose()


def random_filters(rng: random.Random) -> Filters:
    kind = rng.choice(["none", "topic", "country", "cross", "same", "sector", "topic+country"])
    return Filters(
        topic=rng.choice(TOPICS) if "topic" in kind else None,
        country=rng.choice(PLACES) if "country" in kind else None,
        scope=kind if kind in ("cross", "same") else "any",
        sector=rng.choice(SECTORS) if kind == "sector" else None,
    )


async def run(count: int, queries: int, seed_value: int) -> None:
    rng = random.Random(seed_value)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.db"
        started = time.perf_counter()
        await seed(url, count, rng)
        print(f"organisations={count} seed={seed_value} (database written in {time.perf_counter() - started:.1f} s)")
        engine = create_engine(url)
        sessions = session_factory(engine)
        cache = IndexCache()
        async with sessions() as session:
            started = time.perf_counter()
            index = await load_index(session, cache)
            cold = time.perf_counter() - started
        timings, shown = [], 0
        for _ in range(queries):
            async with sessions() as session:
                organisation = await session.get(Organisation, rng.randint(1, count))
                assert organisation is not None
                filters, page = random_filters(rng), rng.choice([0, 0, 0, 1])
                started = time.perf_counter()
                found, _more = await top_partners(session, cache, organisation, filters, page, utcnow())
                timings.append(time.perf_counter() - started)
                shown += len(found)
        async with sessions() as session:
            suggestable = len(index.profiles)
            total = len((await session.scalars(select(Organisation.id))).all())
        await engine.dispose()
    cuts = statistics.quantiles(timings, n=20)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  index from cold: {cold * 1000:.0f} ms ({suggestable} of {total} organisations discoverable and vetted)")
    print(
        f"  top 5 with filters: p50 {statistics.median(timings) * 1000:.1f} ms, p95 {cuts[-1] * 1000:.1f} ms "
        f"over {queries} queries ({shown / queries:.1f} suggestions a page on average)"
    )
    print(f"  peak RSS of this process: {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--organisations", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    asyncio.run(run(args.organisations, args.queries, args.seed))


if __name__ == "__main__":
    main()
