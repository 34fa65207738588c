"""Command line: `digituki [--data-dir DIR] [COMMAND …]`; no command opens the GUI.

Every command accepts `--data-dir DIR` before or after its name; it wins over DIGITUKI_HOME.
Messages go to the terminal in plain English; exit code 0 means success.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import pathlib
import sys
from collections.abc import Sequence
from typing import Any

from digituki import __version__
from digituki.paths import Paths, resolve_paths

log = logging.getLogger(__name__)


# The global options: one definition, added to the top-level parser and to every sub-command's
# parser (nested ones too), so each is accepted before or after the command's name. Sub-parsers
# use SUPPRESS defaults: a value given before the command is not overwritten by the sub-parser.
GLOBAL_OPTIONS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "--data-dir",
        {
            "metavar": "DIR",
            "default": None,
            "help": "folder for the database, settings, logs and backups (overrides DIGITUKI_HOME)",
        },
    ),
    (
        "--passphrase-stdin",
        {
            "action": "store_true",
            "default": False,
            "help": "read the point's passphrase from the first line of standard input "
            "(or set DIGITUKI_PASSPHRASE); needed where the system has no secure key store",
        },
    ),
    (
        "--quit-after-ms",
        {
            "type": int,
            "metavar": "MS",
            "default": None,
            "help": "when a window opens: close it by itself MS milliseconds after the data is "
            "shown (smoke tests)",
        },
    ),
    (
        "--report-startup",
        {
            "action": "store_true",
            "default": False,
            "help": "when a window opens: print when it is shown and when the data is ready "
            "(benchmarks)",
        },
    ),
)
WINDOW_OPTIONS = ("quit_after_ms", "report_startup")  # only meaningful where a window opens


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Add every global option to `parser` (the top-level one keeps the real defaults)."""
    group = parser.add_argument_group("global options (before or after the command)")
    for flag, spec in GLOBAL_OPTIONS:
        options = dict(spec)
        if not top:
            options["default"] = argparse.SUPPRESS
        group.add_argument(flag, **options)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digituki",
        description="Digituki: bookings, help log, guides and statistics for digital-support "
        "points. Without a command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"Digituki {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill a database with synthetic demo data")
    _common(demo, top=False)
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    demo.add_argument("--months", type=int, default=3, help="months of history (1–24)")
    demo.add_argument(
        "--today", type=dt.date.fromisoformat, default=None, help="pretend today is YYYY-MM-DD"
    )
    demo.add_argument("--open", action="store_true", help="open the window afterwards")

    selftest = sub.add_parser("self-test", help="check that this installation works (headless)")
    _common(selftest, top=False)

    export = sub.add_parser(
        "export",
        help="export anonymous statistics (PDF, XLSX, CSV, coordinator bundle)",
        description="Export a month, a range of months or a year. Person-readable formats hide "
        "small counts; the coordinator bundle holds exact counts for merging.",
    )
    _common(export, top=False)
    when = export.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", metavar="YYYY-MM", help="one month, e.g. 2026-10")
    when.add_argument("--from", dest="first", metavar="YYYY-MM", help="first month of a range")
    when.add_argument("--year", type=int, metavar="YYYY", help="a whole calendar year")
    export.add_argument("--to", dest="last", metavar="YYYY-MM", help="last month of a range")
    export.add_argument(
        "--format",
        default="pdf,xlsx,csv,bundle",
        help="comma-separated: pdf, xlsx, csv, bundle (default: all)",
    )
    export.add_argument("--out", required=True, metavar="DIR", help="folder for the files")
    export.add_argument(
        "--language", default="fi", choices=("fi", "sv", "en"), help="language of the documents"
    )

    _coordinator_parser(sub)
    from digituki import db_cli

    db_cli.add_parser(sub, _common)
    from digituki import customer_cli

    customer_cli.add_parser(sub, _common)
    backup = sub.add_parser("backup", help="write a verified backup of the database to DIR")
    _common(backup, top=False)
    backup.add_argument("--out", metavar="DIR", required=True, help="folder for the backup")

    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current file is kept aside)"
    )
    _common(restore, top=False)
    restore.add_argument("file", metavar="FILE", help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    check = sub.add_parser("check", help="check the database file for damage (quick_check)")
    _common(check, top=False)

    gui = sub.add_parser("gui", help="open the application window (the default)")
    _common(gui, top=False)
    return parser


def _coordinator_parser(sub: Any) -> None:
    coordinator = sub.add_parser(
        "coordinator",
        help="collect points' bundles into a regional report (separate coordinator database)",
    )
    _common(coordinator, top=False)
    csub = coordinator.add_subparsers(dest="coord_command", metavar="ACTION", required=True)
    imp = csub.add_parser("import", help="import bundle files or folders of them")
    _common(imp, top=False)
    imp.add_argument("files", nargs="+", metavar="FILE")
    matrix = csub.add_parser("matrix", help="which points delivered which months")
    _common(matrix, top=False)
    matrix.add_argument("--year", type=int, default=None, help="calendar year (default: this)")
    rep = csub.add_parser("report", help="write the regional report")
    _common(rep, top=False)
    when = rep.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", metavar="YYYY-MM")
    when.add_argument("--quarter", metavar="YYYY-Qn", help="e.g. 2026-Q3")
    when.add_argument("--year", type=int, metavar="YYYY")
    rep.add_argument("--format", default="pdf,xlsx,csv,bundle")
    rep.add_argument("--out", required=True, metavar="DIR")
    rep.add_argument("--language", default="fi", choices=("fi", "sv", "en"))
    points = csub.add_parser("points", help="list the points")
    _common(points, top=False)
    pending = csub.add_parser(
        "pending", help="bundles held back: unsigned, or signed by a point's new key"
    )
    _common(pending, top=False)
    accept = csub.add_parser(
        "accept", help="accept a point's new key (or its unsigned files) after checking with it"
    )
    _common(accept, top=False)
    accept.add_argument("point", metavar="POINT_ID")
    accept.add_argument(
        "--fingerprint", default="", help="the new key's fingerprint the point read out"
    )
    publish = csub.add_parser(
        "publish-topics",
        help="publish a new topic-list version (with an old -> new mapping) for the points",
    )
    _common(publish, top=False)
    publish.add_argument("--topics", required=True, metavar="FILE", help="the new topics.json")
    publish.add_argument(
        "--mapping", required=True, metavar="FILE", help='JSON {"old.code": ["new.code", ...]}'
    )
    publish.add_argument("--out", required=True, metavar="FILE", help="the file for the points")
    topics = sub.add_parser(
        "import-topics", help="use a new topic list published by the coordinator (a point)"
    )
    _common(topics, top=False)
    topics.add_argument("file", metavar="FILE")
    topics.add_argument(
        "--accept-new-key",
        action="store_true",
        help="accept a list signed by another coordinator key (after checking its fingerprint)",
    )
    topics.add_argument(
        "--accept-unsigned", action="store_true", help="accept a list that is not signed"
    )


def _paths(args: argparse.Namespace) -> Paths:
    return resolve_paths(getattr(args, "data_dir", None))


def _open_configured(paths: Paths):  # type: ignore[no-untyped-def]
    """The database this desk's settings point at: the same one the window opens (issue 19)."""
    from digituki.core.services.settings import LocalSettingsStore
    from digituki.core.services.startup import open_configured

    return open_configured(
        paths.database,
        paths.data_dir,
        paths.backup_dir,
        LocalSettingsStore(paths.settings_file).load(),
    )


def _configured(paths: Paths):  # type: ignore[no-untyped-def]
    from digituki.core.services.settings import LocalSettingsStore
    from digituki.core.services.startup import configured_database

    return configured_database(
        paths.database, paths.data_dir, LocalSettingsStore(paths.settings_file).load()
    )


def _setup_cli_logging(paths: Paths) -> None:
    from digituki.logs import setup_logging

    paths.ensure()
    warn_if_exposed(paths)
    setup_logging(paths.log_file)


def warn_if_exposed(paths: Paths) -> None:
    """Say so when other users of this computer can read the data folder (never chmodded)."""
    for folder in paths.exposed():
        print(
            f"digituki: WARNING: other users of this computer can read {folder}. It holds "
            f"customers' details (encrypted): make it private (chmod 700 {folder}) or choose "
            "another folder.",
            file=sys.stderr,
        )


def _open_checked(paths: Paths, *, desk: bool = True, prepare_key: bool = True) -> tuple[Any, Any]:
    """Open the database as the window does: the one the desk's settings point at (issue 19;
    `desk=False`: the local file, for `demo`), quick damage check first, then migrate.

    Returns the database and what it is (`ConfiguredDatabase`, None for the local file). Says on
    stderr what the upgrade repaired (issue 22). A damaged file raises `DatabaseDamagedError`;
    `report_failure` then names the newest good backup.
    """
    from digituki.core.services import startup
    from digituki.core.services.upgrade_notes import describe, take_upgrade_notes
    from digituki.core.storage.engine import sqlite_url

    target = None
    if desk:
        db, target = _open_configured(paths)
    else:
        db = startup.open_checked(
            sqlite_url(paths.database), paths.backup_dir, prepare_key=prepare_key
        )
    if getattr(db, "read_only", False):
        return db, target
    try:
        for note in take_upgrade_notes(db):
            print(f"digituki: {describe(note)}", file=sys.stderr)
    except Exception:  # a note that cannot be read must not stop the command
        log.exception("could not read the upgrade notes")
    return db, target


def cmd_self_test(args: argparse.Namespace) -> int:
    from digituki.core.services.selftest import run_self_test

    checks = run_self_test()
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        detail = f" ({check.detail})" if check.detail else ""
        print(f"{mark} {check.name}{detail}")
    failed = [c for c in checks if not c.ok]
    print("self-test passed" if not failed else f"self-test failed: {len(failed)} check(s)")
    return 0 if not failed else 1


def cmd_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.months <= 24:
        print("--months must be between 1 and 24", file=sys.stderr)
        return 2
    paths = _paths(args)
    _setup_cli_logging(paths)
    from digituki.core.services.demo import generate_demo
    from digituki.core.storage import instance_lock

    with instance_lock.acquire(paths.data_dir, "digituki demo"):
        db, _ = _open_checked(paths, desk=False, prepare_key=False)  # the demo key
        try:
            summary = generate_demo(db, seed=args.seed, months=args.months, today=args.today)
        finally:
            db.close()
    parts = ", ".join(f"{n} {what}" for what, n in summary.counts.items())
    print(f"Demo data written to {paths.database}: {parts}")
    print(
        "This is a demo point: its data is made up and its key is public, so it needs no "
        "passphrase. Never enter real customers in it."
    )
    if args.open:
        from digituki.app import run_gui

        return run_gui(paths, quit_after_ms=args.quit_after_ms, report_startup=args.report_startup)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from digituki.core.domain.errors import ValidationError
    from digituki.core.domain.stats import Period
    from digituki.core.services.stats import FORMATS

    formats = [f.strip().lower() for f in args.format.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if not formats or unknown:
        print(f"--format: choose from {', '.join(FORMATS)} (got {args.format!r})", file=sys.stderr)
        return 2
    if args.last and not args.first:
        print("--to needs --from", file=sys.stderr)
        return 2
    try:
        if args.month:
            period = Period.month(args.month)
        elif args.year is not None:
            period = Period.year(args.year)
        else:
            period = Period.range(args.first, args.last or args.first)
    except ValidationError as exc:
        print(f"the period is not valid: {cli_message(exc)}", file=sys.stderr)
        return 2
    paths = _paths(args)
    target = _configured(paths)
    if target.file is not None and not target.file.exists():
        print(f"no database at {target.file}: nothing to export", file=sys.stderr)
        return 1
    _setup_cli_logging(paths)
    from pathlib import Path

    from digituki.core.services import stats

    out = Path(args.out).expanduser()
    db, target = _open_checked(paths)
    try:
        from digituki.core.services import topic_updates

        topic_updates.activate(db)  # the coordinator's newer list, as in the GUI
        files, exported = stats.export_period_with_stats(
            db, period, formats, out, language=args.language
        )
        sessions = exported.sessions
        fingerprint = ""
        if "bundle" in formats:
            from digituki.core.security.signing import own_fingerprint

            fingerprint = own_fingerprint(db)
    except OSError as exc:
        print(f"could not write to {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"Exported {period.label} ({sessions} help sessions) from {target.where}:")
    for f in files:
        print(f"  {f.format:<6} {f.path}  sha256 {f.checksum}")
    if fingerprint:
        print(f"The coordinator file is signed with this point's key {fingerprint}.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    paths = _paths(args)
    _setup_cli_logging(paths)
    from digituki.core.services import backup

    target = _configured(paths)
    if target.kind == "shared":  # never a stale local copy instead of the desk's real data
        print(
            f"This desk uses {target.where}. Back it up on the server with PostgreSQL's own "
            "tools (pg_dump), as the server's administrator does. Nothing was written.",
            file=sys.stderr,
        )
        return 1
    if target.file is None or not target.file.exists():
        print(f"No database at {target.file}", file=sys.stderr)
        return 1
    db, target = _open_checked(paths)
    try:
        made = backup.backup_now(db, Path(args.out).expanduser())
    finally:
        db.close()
    print(f"Backup of {target.where} written and verified: {made}")
    print(
        "This copy holds customers' names and phone numbers (encrypted) until you delete it; "
        "the retention purge reaches only the copies in Digituki's own backup folder."
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Refused while the window (or another command) uses the data folder (issue 22)."""
    from digituki.core.storage import instance_lock

    paths = _paths(args)
    paths.ensure()
    with instance_lock.acquire(paths.data_dir, "digituki restore"):
        return _restore(args)


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    paths = _paths(args)
    _setup_cli_logging(paths)
    from digituki.core.services import backup

    source = Path(args.file).expanduser()
    if not args.yes:
        try:
            answer = input(
                f"Replace {paths.database} with {source}? The current file is kept. [y/N] "
            )
        except EOFError:  # no one to answer (input closed): the safe answer
            answer = ""
            print()
        if answer.strip().lower() not in ("y", "yes", "k", "kyllä", "j", "ja"):
            print("Nothing was changed.")
            return 1
    aside = backup.restore(source, paths.database)
    print(f"Restored from {source}." + (f" The previous file is kept at {aside}" if aside else ""))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    paths = _paths(args)
    from digituki.core.services import backup

    target = _configured(paths)
    if target.file is None:  # a shared server checks its own data
        from digituki.core.services.settings import LocalSettingsStore
        from digituki.core.services.shared_db import check_connection, parse

        conn = parse(LocalSettingsStore(paths.settings_file).load().database_url)
        assert conn is not None  # a "shared" target always has a server connection
        found = check_connection(conn, None)
        print(f"{target.where}: {found.code}")
        return 0 if found.ok else 1
    result = backup.check(target.file)
    print(f"{target.file}: {result}")
    if result != "ok":
        return 1
    stale = _stale_statistics(target.file)
    if stale:
        # a cache: the next read counts these months again from the sessions
        print(f"kept monthly statistics differ from the sessions: {', '.join(stale)}")
        return 1
    return 0


def _stale_statistics(path: pathlib.Path) -> list[str]:
    """Months whose kept statistics (stats_month) differ from a fresh count; read only."""
    from sqlalchemy import inspect

    from digituki.core.services import stats
    from digituki.core.storage.database import Database

    if not path.exists():
        return []
    db = Database.open_read_only(path)
    try:
        if not inspect(db.engine).has_table("stats_month"):
            return []  # a database from before the monthly store: nothing kept to check
        return stats.check_month_store(db)
    finally:
        db.close()


def _read_passphrase(args: argparse.Namespace) -> None:
    if getattr(args, "passphrase_stdin", False):
        from digituki.core.security import keys

        keys.set_session_passphrase(sys.stdin.readline().rstrip("\r\n"))


_CLI_MESSAGES = {
    "key_unavailable": "customers' details are locked and this computer has no secure key store. "
    "Give the point's passphrase with --passphrase-stdin or the DIGITUKI_PASSPHRASE variable.",
    "wrong_passphrase": "the passphrase is not right.",
    "signing_key_locked": "the coordinator file must be signed, and the point's signing key is "
    "locked. Give the point's passphrase with --passphrase-stdin or the DIGITUKI_PASSPHRASE "
    "variable. Nothing was written.",
    "demo_key": "this is a demo point: its data key is public and cannot protect a real "
    "point's data; start a real point in its own data folder. Nothing was changed.",
    "demo_on_real_point": "this data folder holds a real point's bookings or help log, so no "
    "demo data was added. Give the demo its own folder with --data-dir DIR.",
    "backup_failed": "the backup could not be made or read (check the folder and free space).",
    "not_a_backup": "that file is not a working Digituki backup; nothing was changed.",
    "database_damaged": "the database file is damaged: restore a backup with "
    "`digituki restore FILE` (the damaged file is kept aside).",
    "database_missing": "the database file is missing or empty, but a backup or its journal "
    "files remain: restore a backup with `digituki restore FILE` (files left beside it are kept "
    "aside).",
    "database_not_writable": "Digituki cannot write to {path} (read-only); nothing was saved.",
    "disk_full": "the disk is full: free space and try again; nothing was lost.",
    "already_open": "Digituki is open on this data folder ({program}, process {pid} on {host}, "
    "since {started}). Close it first; nothing was changed.",
    "database_too_new": "the database was saved by a newer Digituki; nothing was changed.",
    "server_unreachable": "the shared database server cannot be reached: check the network "
    "and the server; nothing was changed.",
    "not_found": "there is no such booking; nothing was changed.",
    "decryption": "this booking's name and phone cannot be opened with this computer's key.",
}


_CLI_VALIDATION = {
    "out_of_range": "{field} must be between {low} and {high}.",
    "too_long": "{field} is too long: at most {limit} characters.",
    "required": "{field} is needed.",
    "passphrase_short": "the passphrase must be at least {low} characters long.",
    "passphrase_mismatch": "the two passphrases are not the same.",
    "pin_format": "the PIN must be 4 to 12 digits.",
    "month_invalid": "use months like 2026-10 and years like 2026.",
    "period_reversed": "--from is after --to.",
    "period_too_long": "at most {limit} months at a time.",
    "query_too_short": "give at least {minimum} letters of a name or digits of a phone number.",
    "customer_erased": "this booking's customer data has already been erased.",
}


def cli_message(exc: Exception) -> str:
    """A plain sentence for a typed error (never its code); the details stay in the log."""
    from digituki.core.domain.errors import DigitukiError, ValidationError

    if isinstance(exc, ValidationError):
        text = _CLI_VALIDATION.get(
            exc.message_code, "the value given for {field} is not valid; nothing was changed."
        )
        values = {**exc.params, "field": (exc.field or "a value").replace("_", " ")}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return "a value given is not valid; nothing was changed."
    if isinstance(exc, DigitukiError):
        text = _CLI_MESSAGES.get(exc.code, "that did not work; nothing was changed.")
        try:
            return text.format(**exc.params) if "{" in text else text
        except (KeyError, IndexError, ValueError):
            return "that did not work; nothing was changed."
    return "something unexpected went wrong."


def report_failure(exc: Exception, command: str, data_dir: str | None = None) -> int:
    """Say plainly on stderr what went wrong (the details go to the log file); returns 1."""
    from digituki.core.domain.errors import DigitukiError
    from digituki.logs import current_log_file

    if isinstance(exc, DigitukiError):
        print(f"digituki: {cli_message(exc)}", file=sys.stderr)
        if exc.code in ("database_damaged", "database_missing"):
            _name_newest_backup(data_dir)
        return 1
    log.exception("unexpected error in %s", command)
    where = current_log_file()
    print(
        f"digituki: something unexpected went wrong ({type(exc).__name__})."
        + (f" Details are in {where}" if where else ""),
        file=sys.stderr,
    )
    return 1


def _name_newest_backup(data_dir: str | None) -> None:
    """After a damaged-database failure: which backup to restore (the newest that checks out)."""
    try:
        from digituki.core.services import backup

        good = backup.newest_good_backup(resolve_paths(data_dir).backup_dir)
    except Exception:
        log.exception("could not look for a backup")
        return
    if good is None:
        print("digituki: no good backup was found in the backup folder.", file=sys.stderr)
    else:
        print(
            f"digituki: the newest good backup is {good.path}; restore it with "
            f"`digituki restore {good.path}`.",
            file=sys.stderr,
        )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    args = parser.parse_args(arguments)
    command = args.command or "gui"
    opens_window = command == "gui" or (command == "demo" and args.open)
    if not opens_window and (args.quit_after_ms is not None or args.report_startup):
        parser.error(
            f"--quit-after-ms and --report-startup apply only when a window opens "
            f"(no command, gui, or demo --open), not to {command}"
        )
    try:
        _read_passphrase(args)
        if command == "gui":
            from digituki.app import run_gui

            return run_gui(
                _paths(args),
                quit_after_ms=args.quit_after_ms,
                report_startup=args.report_startup,
            )
        if command == "self-test":
            return cmd_self_test(args)
        if command == "demo":
            return cmd_demo(args)
        if command == "export":
            return cmd_export(args)
        if command == "coordinator":
            from digituki.coordinator_cli import cmd_coordinator

            return cmd_coordinator(args)
        if command == "import-topics":
            from digituki.coordinator_cli import cmd_import_topics

            return cmd_import_topics(args)
        if command == "db":
            from digituki.db_cli import cmd_db

            return cmd_db(args)
        if command == "customer":
            from digituki.customer_cli import cmd_customer

            return cmd_customer(args)
        if command == "backup":
            return cmd_backup(args)
        if command == "restore":
            return cmd_restore(args)
        if command == "check":
            return cmd_check(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # no stack trace for the user: log it, say it plainly
        return report_failure(exc, command, getattr(args, "data_dir", None))
    build_parser().error(f"unknown command {command}")
    return 2
