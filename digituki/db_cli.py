"""`digituki db …`: move a desk's data to a shared PostgreSQL database, point this computer at it.

- `db migrate-to-server URL [--from FILE]` copies the SQLite database (the data folder's, or FILE)
  into an EMPTY PostgreSQL database: progress per table, row counts verified, the file untouched.
- `db use-server URL` makes this computer use the server (the password, if in the URL, goes to the
  OS secret store, never to a file); `db use-local` goes back to the SQLite file.

Plain English messages; exit code 0 on success, 1 when something failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from digituki.paths import resolve_paths

_REASONS = {
    "target_not_empty": "the server database is not empty (table {table} has rows). "
    "Give an empty database; nothing was copied.",
    "copy_mismatch": "after copying, table {table} holds {found} rows instead of {expected}; "
    "the copy was not finished. Nothing in the SQLite file changed.",
}
_CHECKS = {
    "unreachable": "the server cannot be reached (check the address, the port and the network)",
    "login_failed": "the server refused the user name or password",
    "no_database": "there is no such database on the server",
    "not_allowed": "the user may not use this database (ask the library's IT for rights)",
    "too_new": "the database was set up by a newer Digituki",
    "failed": "the connection failed",
}


def add_parser(sub: Any, common: Any) -> None:
    db = sub.add_parser("db", help="shared PostgreSQL database: copy data to it, use it")
    common(db, top=False)
    dsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    move = dsub.add_parser(
        "migrate-to-server",
        help="copy this computer's database into an empty PostgreSQL database",
        description="URL: postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE (or set PGPASSWORD). "
        "The SQLite file is kept as it is.",
    )
    common(move, top=False)
    move.add_argument("url", metavar="URL")
    move.add_argument("--from", dest="source", metavar="FILE", help="another SQLite file to copy")
    use = dsub.add_parser("use-server", help="make this computer use the shared database at URL")
    common(use, top=False)
    use.add_argument("url", metavar="URL")
    local = dsub.add_parser("use-local", help="make this computer use its own SQLite file again")
    common(local, top=False)


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    from digituki.core.services.shared_db import normalize_url

    return make_url(normalize_url(url)).render_as_string(hide_password=True)


def cmd_db(args: argparse.Namespace) -> int:
    paths = resolve_paths(getattr(args, "data_dir", None))
    if args.db_command == "migrate-to-server":
        return _migrate(args, paths.database)
    if args.db_command == "use-server":
        return _use_server(args, paths.settings_file)
    from digituki.core.services.settings import LocalSettingsStore

    LocalSettingsStore(paths.settings_file).update(database_url="")
    print(f"This computer now uses its own database file {paths.database}.")
    return 0


def _migrate(args: argparse.Namespace, default_source: Path) -> int:
    from digituki.core.domain.errors import DigitukiError
    from digituki.core.services import shared_db

    source = Path(args.source).expanduser() if args.source else default_source
    if not shared_db.is_server_url(args.url):
        print("digituki: the URL must start with postgresql://", file=sys.stderr)
        return 1
    if not source.exists():
        print(f"digituki: no database at {source}: nothing to copy", file=sys.stderr)
        return 1
    print(f"Copying {source} to {_safe(args.url)} …")

    def progress(table: str, done: int, total: int) -> None:
        if done == total:
            print(f"  {table:<20} {total:>8} rows", flush=True)

    try:
        result = shared_db.copy_to_server(source, shared_db.connect_url(args.url), progress)
    except DigitukiError as exc:
        from digituki.cli import cli_message

        text = _REASONS.get(exc.code)
        print(
            f"digituki: {text.format(**exc.params) if text else cli_message(exc)}", file=sys.stderr
        )
        return 1
    except Exception as exc:
        from sqlalchemy.exc import OperationalError

        if not isinstance(exc, OperationalError):  # not a connection problem: logged by main()
            raise
        reason = _CHECKS[shared_db._failure_code(exc)]
        print(f"digituki: {reason}; nothing was copied.", file=sys.stderr)
        return 1
    print(f"Done: {result.rows} rows in {len(result.tables)} tables, every count checked.")
    print(f"The file {source} was not changed.")
    if not result.key_wrapped:
        print(
            "Note: customers' names and phone numbers can be read only on this computer until a "
            "site passphrase is set (Settings → Data safety); other desks need it once."
        )
    print(f"Use it here: digituki db use-server {_safe(args.url)}")
    return 0


def _use_server(args: argparse.Namespace, settings_file: Path) -> int:
    from sqlalchemy.engine import make_url

    from digituki.core.security.secrets import SecureStoreUnavailable
    from digituki.core.services import shared_db
    from digituki.core.services.settings import LocalSettingsStore

    conn = shared_db.parse(args.url)
    if conn is None:
        print("digituki: the URL must start with postgresql://", file=sys.stderr)
        return 1
    shared_db.validate(conn)
    password = make_url(shared_db.normalize_url(args.url)).password
    check = shared_db.check_connection(conn, str(password) if password else None)
    if not check.ok:
        print(f"digituki: {_CHECKS.get(check.code, check.code)}; nothing changed.", file=sys.stderr)
        return 1
    if password:
        try:
            shared_db.save_password(conn, str(password))
        except SecureStoreUnavailable:
            print(
                "digituki: this computer has no secure password store; put the password in "
                "the PGPASSWORD variable or a ~/.pgpass file instead. Nothing changed.",
                file=sys.stderr,
            )
            return 1
    LocalSettingsStore(settings_file).update(database_url=conn.url())
    print(f"This computer now uses the shared database {_safe(conn.url())}. Restart Digituki.")
    return 0
