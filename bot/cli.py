"""`resilience-hub run | migrate | demo | admin` (also `python -m bot`)."""

from __future__ import annotations

import argparse
import asyncio
import gc
import signal
import sys
from pathlib import Path

from pydantic import ValidationError

from bot import admin_cli, admin_import, backup, logs
from bot.config import Settings, describe_error
from bot.engines.base import ServerUnreachable, TokenRejected
from storage.db import DatabaseUnavailable

DEMO_DATABASE = Path("data/demo.db")  # where `resilience-hub demo` keeps its data


class CliError(Exception):
    """An error to show as one line, without a traceback."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="resilience-hub", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="run the bot (needs BOT_TOKEN): long polling, or a webhook")
    run_parser.add_argument(
        "--webhook",
        action="store_true",
        help="receive updates on a webhook (needs WEBHOOK_URL; also on when WEBHOOK_URL is set)",
    )
    commands.add_parser("migrate", help="upgrade the database schema")
    commands.add_parser("demo", help="chat with the bot in this terminal, no token needed")
    commands.add_parser("backup", help="copy the SQLite database to FILE, safely while the bot runs").add_argument(
        "file", type=Path, metavar="FILE"
    )
    commands.add_parser(
        "restore", help="replace the SQLite database with the backup FILE (stop the bot first)"
    ).add_argument("file", type=Path, metavar="FILE")
    admin_cli.add_parser(commands)
    args = parser.parse_args(argv)
    try:
        settings = Settings()
        logs.configure(settings.log_level, settings.log_format)
        if args.command in ("admin", "backup"):
            settings = _beside_the_demo(settings)
        if args.command == "admin":
            print(asyncio.run(admin_cli.run(settings, args)))  # noqa: T201 - the CLI talks to its user
        elif args.command in ("backup", "restore"):
            copy = backup.backup if args.command == "backup" else backup.restore
            print(copy(settings.database_url, args.file))  # noqa: T201
        elif args.command == "run" and args.webhook and settings.webhook_url is None:
            raise CliError("--webhook needs WEBHOOK_URL: the public https:// address Telegram should post to")
        else:
            asyncio.run(_COMMANDS[args.command](settings))
    except ValidationError as error:
        return _fail(describe_error(error))
    except (
        CliError,
        admin_cli.AdminError,
        admin_import.ImportRefused,
        backup.BackupError,
        DatabaseUnavailable,
    ) as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        pass
    return 0


def _beside_the_demo(settings: Settings) -> Settings:
    """Run beside the demo (its ./data/demo.db, no ./data/hub.db, no DATABASE_URL), work on the demo's database."""
    if "database_url" in settings.model_fields_set or Path("data/hub.db").exists() or not DEMO_DATABASE.exists():
        return settings
    print(f"resilience-hub: using the demo's database, {DEMO_DATABASE}", file=sys.stderr)  # noqa: T201
    return settings.model_copy(update={"database_url": f"sqlite+aiosqlite:///./{DEMO_DATABASE}"})


def _fail(message: str) -> int:
    print(f"resilience-hub: {message}", file=sys.stderr)  # noqa: T201 - the CLI talks to its user
    return 2


async def run(settings: Settings) -> None:
    from bot.runtime import Runtime

    if settings.bot_token is None:
        raise CliError("BOT_TOKEN is not set. Get one from @BotFather, or try `resilience-hub demo` without one.")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        async with Runtime(settings):
            # Everything loaded so far (the engines' hundreds of pydantic models, the catalogs) lives as long as
            # the process: keep it out of the garbage collector's full passes, which otherwise stop the event loop
            # for a quarter of a second now and then, in the middle of a broadcast
            gc.freeze()
            await stop.wait()
    except TokenRejected as error:
        raise CliError(f"BOT_TOKEN was rejected by the Bot API server ({error})") from None
    except ServerUnreachable as error:
        raise CliError(f"cannot reach the Bot API server (TELEGRAM_API_URL): {error}") from None


async def migrate(settings: Settings) -> None:
    from storage.db import check_connection, create_engine
    from storage.db import migrate as upgrade

    database = create_engine(settings.database_url)
    try:
        await check_connection(database)
        await upgrade(database)
    finally:
        await database.dispose()
    print("database is up to date")  # noqa: T201


async def demo(settings: Settings) -> None:
    from bot.demo import run_demo

    await run_demo(settings)


_COMMANDS = {"run": run, "migrate": migrate, "demo": demo}

if __name__ == "__main__":
    sys.exit(main())
