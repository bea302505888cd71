"""`resilience-hub admin import-orgs FILE.csv`: organisations from a spreadsheet, all or none.

Every row is checked first (required columns, taxonomy ids, lengths, names already taken in the file or the hub);
if any row is wrong, the errors are listed by row and nothing is imported. `--dry-run` only checks."""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.kit.fields import DESCRIPTION_LIMIT, ORG_NAME_LIMIT
from handlers.kit.taxonomy import ACTIVITIES, COUNTRIES, SECTORS, TOPICS
from storage import audit_repos, repos
from storage.models import Organisation

REQUIRED = ("name", "country", "sector", "topics")
OPTIONAL = ("activities", "description", "discoverable")
YES, NO = ("yes", "true", "1", "y"), ("no", "false", "0", "n", "")


class ImportRefused(Exception):  # noqa: N818 - it is a refusal, said to the user in one message
    """The file cannot be imported; the message lists why, one line per problem."""


@dataclass
class Checked:
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def read_rows(path: Path) -> list[dict[str, str]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ImportRefused(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise ImportRefused(f"{path} is not UTF-8 (byte {error.start}); save it as CSV UTF-8 and try again") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in REQUIRED if column not in (reader.fieldnames or [])]
    if missing:
        raise ImportRefused(f"{path}: missing column(s) {', '.join(missing)}; needed: {', '.join(REQUIRED)}")
    return [{key: (value or "").strip() for key, value in row.items() if key} for row in reader]


def _ids(value: str, known: tuple[str, ...], kind: str, errors: list[str]) -> list[str]:
    chosen = [item.strip() for item in value.split(";") if item.strip()]
    unknown = [item for item in chosen if item not in known]
    if unknown:
        errors.append(f"unknown {kind} id(s) {', '.join(unknown)}")
    return chosen


def check(rows: list[dict[str, str]], taken: set[str]) -> Checked:
    """Each row as values to store, or the reasons it cannot be stored (row 2 is the first under the header)."""
    checked, seen = Checked(), set(taken)
    for number, row in enumerate(rows, start=2):
        errors: list[str] = []
        name = " ".join(row.get("name", "").split())
        if not 2 <= len(name) <= ORG_NAME_LIMIT:
            errors.append(f"name must be 2 to {ORG_NAME_LIMIT} characters")
        elif repos.name_key(name) in seen:
            errors.append(f"the name {name!r} is already taken")
        seen.add(repos.name_key(name))
        for column, known in (("country", COUNTRIES), ("sector", SECTORS)):
            if row.get(column) not in known:
                errors.append(f"unknown {column} id {row.get(column)!r}")
        topics = _ids(row.get("topics", ""), TOPICS, "topic", errors)
        if not topics:
            errors.append("at least one topic is needed")
        activities = _ids(row.get("activities", ""), ACTIVITIES, "activity", errors)
        if len(row.get("description", "")) > DESCRIPTION_LIMIT:
            errors.append(f"description is over {DESCRIPTION_LIMIT} characters")
        discoverable = row.get("discoverable", "").lower()
        if discoverable not in YES + NO:
            errors.append(f"discoverable must be yes or no, not {row.get('discoverable')!r}")
        if errors:
            checked.errors += [f"row {number}: {error}" for error in errors]
        else:
            checked.rows.append(
                {
                    "name": name,
                    "country": row["country"],
                    "sector": row["sector"],
                    "topics": topics,
                    "activities": activities,
                    "description": row.get("description", ""),
                    "discoverable": discoverable in YES,
                }
            )
    return checked


async def import_organisations(session: AsyncSession, path: Path, vetting: str, dry_run: bool) -> str:
    rows = read_rows(path)
    taken = set(await session.scalars(select(Organisation.name_key)))
    checked = check(rows, taken)
    if checked.errors:
        raise ImportRefused("nothing imported:\n" + "\n".join(checked.errors))
    if dry_run:
        return f"{len(checked.rows)} organisations are ready to import as {vetting}; nothing was imported (dry run)"
    for done, values in enumerate(checked.rows, start=1):
        organisation = Organisation(
            name=values["name"],
            name_key=repos.name_key(values["name"]),
            country=values["country"],
            sector=values["sector"],
            description=values["description"],
            discoverable=values["discoverable"],
            vetting=vetting,
        )
        repos.set_topics(organisation, values["topics"])
        repos.set_activities(organisation, values["activities"])
        session.add(organisation)
        progress(done, len(checked.rows))
    audit_repos.audit(
        session, None, "organisations-imported", f"file:{path.name}", rows=len(checked.rows), vetting=vetting
    )
    return f"{len(checked.rows)} organisations imported as {vetting}"


def progress(done: int, total: int, width: int = 30) -> None:
    """A progress bar on a terminal; nothing when the output goes to a file or a pipe."""
    if not sys.stderr.isatty() or total == 0 or (done % -(-total // 100) and done != total):
        return  # at most about a hundred redraws, however long the file
    filled = width * done // total
    sys.stderr.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
