"""A restored backup forgets again whoever used /forget (issue 19): `resilience-hub restore` re-applies the erasures
recorded in the database it replaces and in the backup, keyed digests of the ids, not the ids."""

from __future__ import annotations

import json
from pathlib import Path

from bot.runtime import Runtime
from storage.models import Erasure
from tests.chat import Chat
from tests.conftest import bot_settings
from tests.e2e.test_cli import run_cli
from tests.e2e.test_forget import forget
from tests.events_support import add_event, add_member, rows

STAYS, FORGETS_AFTER, FORGOT_BEFORE, CAME_BACK = 702, 701, 703, 704


async def exported_members(url: dict[str, str], cwd: Path) -> list[int]:
    code, out, err = await run_cli("admin", "export", "members", "--format", "json", env=url, cwd=cwd)
    assert code == 0, err
    return [member["telegram_id"] for member in json.loads(out)]


async def test_restore_erases_again_those_who_used_forget_after_the_backup(
    api, engine, database_url, database, tmp_path
):
    url = {"DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
    async with Runtime(bot_settings(api, engine, database_url), polling_timeout=1, strict_translations=True) as bot:
        for user_id in (STAYS, FORGETS_AFTER, FORGOT_BEFORE, CAME_BACK):
            await add_member(bot, user_id, name=f"Person {user_id}")
            api.open_chat(user_id)
        await add_event(bot, FORGETS_AFTER, titles={"en": "Dialogue on ports"})
        for user_id in (FORGOT_BEFORE, CAME_BACK):
            await forget(Chat(api, bot.hub, user_id=user_id, language_code="en"))
        await add_member(bot, CAME_BACK, name="Person 704, back again")  # registered anew after erasing
        code, out, err = await run_cli("backup", str(tmp_path / "saved.db"), env=url, cwd=tmp_path)  # bot running
        assert code == 0, err
        await forget(Chat(api, bot.hub, user_id=FORGETS_AFTER, language_code="en"))
        digests = {e.digest for e in await rows(bot, Erasure)}
    assert len(digests) == 3 and not digests & {str(n) for n in (FORGETS_AFTER, FORGOT_BEFORE, CAME_BACK)}
    assert all(len(digest) == 64 for digest in digests), "keyed SHA-256 digests, not ids"
    assert await exported_members(url, tmp_path) == [STAYS, CAME_BACK]

    code, out, err = await run_cli("restore", str(tmp_path / "saved.db"), env=url, cwd=tmp_path)
    assert code == 0 and "erased again: 1" in out, err
    assert await exported_members(url, tmp_path) == [STAYS, CAME_BACK], "701 stays erased; 704 came back after"
    code, out, err = await run_cli("admin", "export", "events", "--format", "json", env=url, cwd=tmp_path)
    assert [e["title"] for e in json.loads(out)] == ["Dialogue on ports"], "their event stays for its attendees"

    # the restored database took over the replaced one's record: restoring the old backup again still forgets 701
    code, out, err = await run_cli("restore", str(tmp_path / "saved.db"), env=url, cwd=tmp_path)
    assert code == 0 and "erased again: 1" in out, err
    assert await exported_members(url, tmp_path) == [STAYS, CAME_BACK]
