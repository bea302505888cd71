"""The command line: one-line errors for bad settings, a rejected token, and the terminal demo."""

import asyncio
import json
import os
import re
import signal
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.fakeapi import FakeBotAPI

ROOT = Path(__file__).resolve().parents[2]


async def run_cli(*args: str, env: dict[str, str], stdin: bytes = b"", cwd: Path) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(stdin), timeout=60)
    return process.returncode or 0, out.decode(), err.decode()


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"BOT_TOKEN": ""}, "BOT_TOKEN"),
        ({"BOT_TOKEN": "1:x", "BOT_ENGINE": "telethon"}, "BOT_ENGINE"),
        ({"BOT_TOKEN": "1:x", "ADMIN_IDS": "12,abc"}, "ADMIN_IDS"),
        ({"BOT_TOKEN": "1:x", "TIMEZONE": "Mars/Olympus"}, "TIMEZONE"),
        ({"BOT_TOKEN": "1:x", "DEFAULT_LOCALE": "fr"}, "DEFAULT_LOCALE"),
        ({"BOT_TOKEN": "1:x", "WEBHOOK_URL": "http://hub.example.org"}, "WEBHOOK_URL"),
        ({"BOT_TOKEN": "1:x", "WEBHOOK_URL": "https://hub.example.org", "WEBHOOK_SECRET": "short"}, "WEBHOOK_SECRET"),
        ({"BOT_TOKEN": "1:x", "WEBHOOK_LISTEN": "8080"}, "WEBHOOK_LISTEN"),
        ({"BOT_TOKEN": "1:x", "DATABASE_URL": "mysql://hub:pw@db/hub"}, "DATABASE_URL"),
        ({"BOT_TOKEN": "1:x", "DATABASE_URL": "not a url"}, "DATABASE_URL"),
        ({"BOT_TOKEN": "1:x", "LOG_KEY": "too-short"}, "LOG_KEY"),
        ({"BOT_TOKEN": "1:x", "METRICS_TOKEN": "short"}, "METRICS_TOKEN"),
        ({"BOT_TOKEN": "1:x", "METRICS_TOKEN": "a token with spaces in it"}, "METRICS_TOKEN"),
        ({"BOT_TOKEN": "1:x", "FLOOD_LIMIT": "-1"}, "FLOOD_LIMIT"),
    ],
)
async def test_bad_settings_give_one_line_naming_the_setting(tmp_path, env, named):
    code, out, err = await run_cli("run", env={"BOT_TOKEN": "", **env}, cwd=tmp_path)
    assert code != 0 and named in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("command", [("run",), ("migrate",), ("admin", "stats"), ("demo",)])
@pytest.mark.parametrize(
    "url", ["postgresql+asyncpg://hub:s3cret@127.0.0.1:1/hub", "sqlite+aiosqlite:////proc/no/such/hub.db"]
)
async def test_a_database_that_cannot_be_reached_gives_one_line(tmp_path, command, url):
    code, out, err = await run_cli(*command, env={"BOT_TOKEN": "1:x", "DATABASE_URL": url}, cwd=tmp_path)
    assert code == 2 and "(DATABASE_URL)" in err and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and "s3cret" not in err


async def test_the_admin_command_finds_the_demos_database_beside_it(tmp_path):
    code, out, err = await run_cli(
        "demo", env={"LANG": "en_US.UTF-8", "LOG_LEVEL": "WARNING"}, stdin=b"/start\n/quit\n", cwd=tmp_path
    )
    assert code == 0, err
    code, out, err = await run_cli("admin", "stats", env={"LOG_LEVEL": "WARNING"}, cwd=tmp_path)
    assert code == 0 and "using the demo's database, data/demo.db" in err, err
    assert not (tmp_path / "data" / "hub.db").exists(), "no empty database made beside the demo's"


async def test_webhook_flag_needs_an_address(tmp_path):
    code, out, err = await run_cli("run", "--webhook", env={"BOT_TOKEN": "1:x", "WEBHOOK_URL": ""}, cwd=tmp_path)
    assert code != 0 and "WEBHOOK_URL" in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("engine", ["aiogram", "ptb"])
async def test_rejected_token_is_one_line_not_a_traceback(tmp_path, engine):
    async with FakeBotAPI() as api:
        env = {"BOT_TOKEN": "999:wrong", "TELEGRAM_API_URL": api.base_url, "BOT_ENGINE": engine, "LOG_LEVEL": "ERROR"}
        code, out, err = await run_cli("run", env=env, cwd=tmp_path)
    assert code != 0 and "BOT_TOKEN was rejected" in err and "Traceback" not in err, err


async def test_migrate_creates_the_database(tmp_path):
    code, out, _ = await run_cli(
        "migrate", env={"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/x/hub.db"}, cwd=tmp_path
    )
    assert code == 0 and (tmp_path / "x" / "hub.db").exists()


async def test_a_person_registers_in_the_terminal_demo(tmp_path):
    typed = (
        "\n".join(
            [
                "/start",
                "/register",
                "Ana",
                "Balkan Watch",
                "#1",
                "#3",
                "#2",
                "#6",
                "#16",
                "#7",
                "#13",
                "We monitor.",
                "#2",
                "#1",
                "#1",
                "/profile",
                "/quit",
            ]
        )
        + "\n"
    )
    code, out, err = await run_cli(
        "demo", env={"LANG": "en_US.UTF-8", "LOG_LEVEL": "WARNING"}, stdin=typed.encode(), cwd=tmp_path
    )
    assert code == 0, err
    assert "Welcome to Resilience Hub" in out and "[#1] English" in out
    assert "Please check your details" in out and "You are registered" in out
    assert "Your profile" in out and "Kosovo" in out and "Environmental crime" in out
    assert (tmp_path / "data" / "demo.db").exists()


async def test_an_organiser_announces_and_a_member_rsvps_in_the_terminal_demo(tmp_path):
    start = (datetime.now(ZoneInfo("Europe/Belgrade")) + timedelta(days=3, minutes=30)).strftime("%Y-%m-%d %H:%M")
    organiser = [
        "/newevent",
        "#1",
        "Dialogue on extortion",
        "#1",
        "#6",
        "#2",
        "#1",
        "#5",
        "#2",
        "#16",
        start,
        "23:59",
        "Hotel Continental",
        "#1",
        "#2",
        "#2",
        "#1",
        "#1",
    ]
    member = [
        ":as 2",
        "/register",
        "Ana",
        "Balkan Watch",
        "#1",
        "#3",
        "#2",
        "#6",
        "#16",
        "#7",
        "#13",
        "We monitor.",
        "#2",
        "#1",
        "#1",
        "/events",
        "#1",
        "#1",
        ":wait 49h",
        "/quit",
    ]
    code, out, err = await run_cli(
        "demo",
        env={"LANG": "en_US.UTF-8", "LOG_LEVEL": "WARNING"},
        stdin=("\n".join(organiser + member) + "\n").encode(),
        cwd=tmp_path,
    )
    assert code == 0, err
    assert "The event is published" in out and re.search(r"\?start=ev_[A-Za-z0-9_-]{11}", out)
    assert "(you are now person 2)" in out and "You are registered" in out
    assert "Your answer: going" in out and "Venue: Hotel Continental" in out
    assert "Reminder: Dialogue on extortion starts in 24 hours" in out


async def test_the_demo_tells_a_typed_number_from_a_press_and_shows_toasts_and_protection(tmp_path):
    start = (datetime.now(ZoneInfo("Europe/Belgrade")) + timedelta(days=3, minutes=30)).strftime("%Y-%m-%d %H:%M")
    typed = [
        "/newevent",
        "#1",
        "Closed-door dialogue",
        "#1",
        "#6",
        "#2",
        "#1",
        "#5",
        "#2",
        "#16",
        start,
        "23:59",
        "Hotel Continental",
        "1",
        "#2",
        "#1",
        "#1",
        "#1",
        "#1",
        "#2.1",
        "#99",
        "/quit",
    ]
    code, out, err = await run_cli(
        "demo",
        env={"LANG": "en_US.UTF-8", "LOG_LEVEL": "WARNING"},
        stdin=("\n".join(typed) + "\n").encode(),
        cwd=tmp_path,
    )
    assert code == 0, err
    assert "Seats left: 1 of 1" in out and "Seats: no limit" not in out, "a typed 1 is one seat, not Skip"
    assert "(live buttons: #1–" in out and "── message 2 " in out, "which message's buttons are live"
    assert "🔒 protected: it cannot be forwarded or saved" in out, "a Chatham House card is marked"
    assert "(💬 This button has expired.)" in out, "a press's toast, here of an old message's button"
    assert "(no button #99 on message" in out


@pytest.mark.parametrize("engine", ["aiogram", "ptb"])
async def test_run_serves_any_bot_api_server_and_stops_cleanly_on_sigterm(tmp_path, engine):
    async with FakeBotAPI() as api:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": api.token,
            "TELEGRAM_API_URL": api.base_url,
            "BOT_ENGINE": engine,
            "LOG_LEVEL": "WARNING",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=tmp_path,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await api.wait_for(lambda c: c.method == "setMyCommands", timeout=30)
            api.send_text(4242, "/start", language_code="sq")
            reply = await api.wait_for(lambda c: c.method == "sendMessage", timeout=30)
            assert "Resilience Hub" in reply.params["text"] and "Mirë se vini" in reply.params["text"]
        finally:
            process.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, err.decode()
    assert (tmp_path / "data" / "hub.db").exists()


async def test_backup_and_restore_a_sqlite_database(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path}/hub.db"
    env = {"DATABASE_URL": url, "LOG_LEVEL": "WARNING"}
    code, out, err = await run_cli("migrate", env=env, cwd=tmp_path)
    assert code == 0, err
    code, out, err = await run_cli("admin", "import-orgs", str(_orgs_csv(tmp_path)), env=env, cwd=tmp_path)
    assert code == 0, err
    code, out, err = await run_cli("backup", str(tmp_path / "saved.db"), env=env, cwd=tmp_path)
    assert code == 0 and "backed up" in out, err
    code, out, err = await run_cli("backup", str(tmp_path / "saved.db"), env=env, cwd=tmp_path)
    assert code == 2 and "exists already" in err, "a backup never overwrites a file"

    (tmp_path / "hub.db").unlink()  # the disk died
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"hub.db{suffix}").unlink(missing_ok=True)
    (tmp_path / "junk.db").write_text("not a database")
    code, out, err = await run_cli("restore", str(tmp_path / "junk.db"), env=env, cwd=tmp_path)
    assert code == 2 and "not a backup" in err
    code, out, err = await run_cli("restore", str(tmp_path / "saved.db"), env=env, cwd=tmp_path)
    assert code == 0 and "restored" in out, err
    code, out, err = await run_cli("admin", "export", "orgs", "--format", "json", env=env, cwd=tmp_path)
    assert [org["name"] for org in json.loads(out)] == ["Qendra Ligjore"], "the organisation came back"

    postgres = {"DATABASE_URL": "postgresql+asyncpg://hub@/hub?host=/nowhere"}
    code, out, err = await run_cli("backup", str(tmp_path / "pg.dump"), env=postgres, cwd=tmp_path)
    assert code == 2 and "pg_dump" in err


def _orgs_csv(folder: Path) -> Path:
    path = folder / "orgs.csv"
    path.write_text("name,country,sector,topics,activities,discoverable\nQendra Ligjore,al,ngo,corruption,,yes\n")
    return path
