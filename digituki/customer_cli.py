"""`digituki customer find|show|erase`: a customer's rights at the desk from the command line.

- `customer find QUERY` lists the customers whose name or phone number matches, with their
  bookings' ids;
- `customer show QUERY|--booking ID` lists that customer's bookings; `--pdf` also writes the
  "what we hold" printout (to the private printouts folder unless `--out DIR`);
- `customer erase QUERY|--booking ID` erases their name, phone and notes now (asks first unless
  `--yes`); upcoming bookings are cancelled, or kept without a name with `--keep-upcoming`.

Plain English; exit code 0 on success, 1 when nothing or several customers match or it failed,
2 for a bad command line. The terminal shows personal data the desk asked for; the log never.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digituki.paths import printouts_dir, resolve_paths

if TYPE_CHECKING:
    from digituki.core.services.customers import Customer
    from digituki.core.storage.database import Database

_STATUS = {"booked": "booked", "arrived": "arrived", "in_progress": "in progress",
           "done": "done", "no_show": "did not come", "cancelled": "cancelled"}  # fmt: skip
_YES = ("y", "yes", "k", "kyllä", "j", "ja")


def add_parser(sub: Any, common: Any) -> None:
    customer = sub.add_parser(
        "customer",
        help="find, show or erase one customer's data (their rights at the desk)",
        description="Search by name or phone number, the way the desk says them "
        '("Aino", "040 111"). A customer is every booking with the same name and phone.',
    )
    common(customer, top=False)
    csub = customer.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    find = csub.add_parser("find", help="list the customers whose name or phone matches QUERY")
    common(find, top=False)
    find.add_argument("query", metavar="QUERY")
    show = csub.add_parser("show", help="list one customer's bookings; --pdf writes the printout")
    erase = csub.add_parser(
        "erase", help="erase one customer's name, phone and notes from all bookings now"
    )
    for action in (show, erase):
        common(action, top=False)
        which = action.add_mutually_exclusive_group(required=True)
        which.add_argument("query", metavar="QUERY", nargs="?", help="a name or phone number")
        which.add_argument("--booking", type=int, metavar="ID", help="any booking of the customer")
    show.add_argument("--pdf", action="store_true", help='write the "what we hold" printout')
    show.add_argument("--out", metavar="DIR", help="folder for the printout (default: private)")
    show.add_argument(
        "--language", choices=("fi", "sv", "en"), help="printout language (default: theirs)"
    )
    erase.add_argument(
        "--keep-upcoming",
        action="store_true",
        help="keep upcoming appointments without a name (default: cancel them)",
    )
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _phone(e164: str | None) -> str:
    from digituki.core.domain.booking import display_phone

    return display_phone(e164) if e164 else "no phone"


def _summary(c: Customer, now: dt.datetime) -> str:
    counts = (
        f"{len(c.past(now))} past, {len(c.future(now))} upcoming, {len(c.cancelled())} cancelled"
    )
    ids = ", ".join(str(i) for i in c.booking_ids)
    return f"{c.name or '(no name)'} · {_phone(c.phone)} — {counts}; bookings {ids}"


def _when(start: dt.datetime) -> str:
    from digituki.core.domain.schedule import LOCAL_TZ

    return start.astimezone(LOCAL_TZ).strftime("%a %d.%m.%Y %H.%M")


def _pick(db: Database, args: argparse.Namespace, now: dt.datetime) -> Customer | None:
    from digituki.core.services import customers

    if args.booking is not None:
        return customers.customer_of_booking(db, args.booking)
    found = customers.find_customers(db, args.query)
    if len(found) == 1:
        return customers.customer_of_booking(db, found[0].booking_ids[0])
    if not found:
        print("No customer matches; nothing was changed.", file=sys.stderr)
    else:
        print(f"{len(found)} customers match; give one of their bookings with --booking ID:",
              file=sys.stderr)  # fmt: skip
        for c in found:
            print(f"  {_summary(c, now)}", file=sys.stderr)
    return None


def cmd_customer(args: argparse.Namespace) -> int:
    from digituki.cli import _configured, _open_checked, _setup_cli_logging
    from digituki.core import clock
    from digituki.core.services import customers

    paths = resolve_paths(getattr(args, "data_dir", None))
    target = _configured(paths)  # the database the window opens: a shared server, or the file
    if target.file is not None and not target.file.exists():
        print(f"no database at {target.file}", file=sys.stderr)
        return 1
    _setup_cli_logging(paths)
    now = clock.now()
    db, _ = _open_checked(paths)
    try:
        if args.customer_command == "find":
            found = customers.find_customers(db, args.query)
            if not found:
                print("No customer matches.")
            for c in found:
                print(_summary(c, now))
            return 0
        who = _pick(db, args, now)
        if who is None:
            return 1
        if args.customer_command == "show":
            print(_summary(who, now))
            for b in who.bookings:
                notes = f"; {len(b.notes)} note(s)" if b.notes else ""
                print(f"  #{b.id}  {_when(b.start)}  {_STATUS.get(b.status, b.status)}{notes}")
            print(f"Name and phone are kept until {who.retained_until:%d.%m.%Y} at the latest.")
            if args.pdf:
                folder = Path(args.out).expanduser() if args.out else printouts_dir(paths)
                path = customers.write_what_we_hold(
                    db, who.booking_ids[0], folder, language=args.language
                )
                print(f"Printout written: {path}")
            return 0
        return _erase(db, who, args, now)
    finally:
        db.close()


def _erase(db: Database, who: Customer, args: argparse.Namespace, now: dt.datetime) -> int:
    from digituki.core.services import customers

    upcoming = len(who.future(now))
    fate = "kept without a name" if args.keep_upcoming else "cancelled"
    print(f"Erase the name, phone number and notes of {who.name or '(no name)'} "
          f"({_phone(who.phone)}) from {len(who.bookings)} bookings; "
          f"{upcoming} upcoming booking(s) will be {fate}. This cannot be undone.")  # fmt: skip
    if not args.yes:
        try:
            answer = input("Erase now? [y/N] ")
        except EOFError:  # no one to answer: the safe answer
            answer = ""
            print()
        if answer.strip().lower() not in _YES:
            print("Nothing was changed.")
            return 1
    done = customers.erase_customer(
        db, who.booking_ids[0], keep_upcoming=args.keep_upcoming, now=now
    )
    print(f"Erased customer data from {done.bookings} bookings ({done.cancelled} cancelled, "
          f"{done.kept} kept without a name, {done.notes} notes). Older backups keep it until "
          "they rotate out.")  # fmt: skip
    return 0
