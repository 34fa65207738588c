"""`digituki coordinator …`: import bundles, the completeness matrix, the regional report, points.

Works on the coordinator's own database (`coordinator.sqlite3` in the data folder). Plain English
messages; exit code 0 on success, 1 when something failed (e.g. a rejected file), 2 for bad use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from digituki.core import clock
from digituki.core.domain.text import printable
from digituki.paths import resolve_paths

REASONS = {
    "too_large": "the file is too large to be a bundle",
    "not_utf8": "the file is not UTF-8 text",
    "not_json": "the file is damaged or not a bundle (not JSON)",
    "not_object": "the file is not a bundle",
    "schema_version": "unknown bundle format version",
    "schema": "the bundle's content does not match the format",
    "checksum": "the checksum does not match: the file was damaged or edited",
    "signature": "the signature does not match: the file was edited after signing",
    "topic_list_version": "unknown topic list version",
    "period_not_month": "the bundle covers more than one month",
    "period_too_old": "the month is implausibly old",
    "period_in_future": "the month is in the future",
    "generated_in_future": "the bundle was made in the future",
    "count_type": "a count is not a whole number of zero or more",
    "count_too_large": "a count is implausibly large",
    "table_shape": "a table has the wrong shape",
    "duplicate_table": "a table appears twice",
    "duplicate_cell": "a count appears twice in a table",
    "too_many_cells": "too many counts",
    "export_id_conflict": "an export with the same id but other content was imported before",
    "unreadable": "the file cannot be read",
    "number_too_long": "a number is too long",
    "unexpected": "the file could not be read as a bundle",
}

PENDING_REASONS = {
    "unsigned": "it is NOT SIGNED",
    "new_key": "it is signed with a NEW KEY, not the one this point used before",
}


TOPIC_REASONS = {
    "too_large": "the file is too large",
    "not_utf8": "the file is not UTF-8 text",
    "not_json": "the file is damaged (not JSON)",
    "format": "the file is not a Digituki topic list",
    "checksum": "the checksum does not match: the file was damaged or edited",
    "signature": "the signature does not match: the file was edited after signing",
    "topics": "the topic list itself is malformed",
    "version_order": "this version does not follow the list in use: import the versions in turn",
    "already_current": "this topic list (or a newer one) is already in use",
    "mapping_source": "the mapping names a code that is not in the list in use, or still in the "
    "new list",
    "mapping_target": "the mapping points to a code that is not in the new list",
    "unmapped_code": "a topic disappears without a mapping (past statistics would lose it)",
    "unreadable": "the file cannot be read",
    "number_too_long": "a number is too long",
    "not_trusted": "the list is not signed by the coordinator whose key this point keeps",
    "unsigned": "the list is not signed: ask the coordinator for a signed one",
}


_WARNINGS = {
    "unsigned": "not signed (made by an older Digituki).",
    "unsigned_after_signed": "not signed, although the point's earlier files were.",
    "unknown_topics": "topics this Digituki does not know were counted under Other: {}",
    "unknown_tables": "tables this Digituki does not know were left out: {}",
}


def _topic_result(result: object) -> None:
    r: Any = result
    print(f"topic list version {r.version} in use (was {r.previous_version})")
    if r.first_key:
        print(
            f"The list is signed by the coordinator key {r.fingerprint}. This point keeps that "
            "key from now on and refuses lists signed by another one. Compare the fingerprint "
            "with your coordinator on the phone."
        )
    elif r.key_changed:
        print(f"You accepted a NEW coordinator key {r.fingerprint}; this choice is recorded.")
    for label in ("added", "renamed", "split", "merged"):
        items = getattr(r, label)
        if items:
            print(f"  {label}: {', '.join(items)}")


def _topic_failure(exc: object) -> int:
    reason = getattr(exc, "reason", "")
    detail = getattr(exc, "detail", "")
    why = TOPIC_REASONS.get(reason, reason)
    if reason == "not_trusted":
        print(
            f"REJECTED: {why}. It is signed by the key {printable(detail)}. If your coordinator "
            "really changed keys (compare the fingerprint on the phone), import it again with "
            "--accept-new-key. Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    if reason == "unsigned":
        print(
            f"REJECTED: {why}; anyone can make such a file. Only if you are sure it comes from "
            "your coordinator: import it again with --accept-unsigned. Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    print(f"REJECTED: {why}" + (f" ({printable(detail)})" if detail else ""), file=sys.stderr)
    return 1


def _publish_topics(db: object, args: argparse.Namespace) -> int:
    import json

    from digituki.core.domain.topic_updates import TopicUpdateRejectedError
    from digituki.core.services import topic_updates

    try:
        topics = json.loads(Path(args.topics).expanduser().read_text(encoding="utf-8"))
        mapping = json.loads(Path(args.mapping).expanduser().read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"cannot read the topic list or the mapping: {exc}", file=sys.stderr)
        return 2
    if not isinstance(mapping, dict):
        print('the mapping must be a JSON object {"old.code": ["new.code", ...]}', file=sys.stderr)
        return 2
    mapping = {k: [v] if isinstance(v, str) else v for k, v in mapping.items()}
    try:
        result = topic_updates.publish_topic_list(
            db,  # type: ignore[arg-type]
            topics,
            mapping,
            Path(args.out).expanduser(),
        )
    except TopicUpdateRejectedError as exc:
        return _topic_failure(exc)
    _topic_result(result)
    print(f"wrote {args.out}: send it to the points (digituki import-topics FILE)")
    return 0


def cmd_import_topics(args: argparse.Namespace) -> int:
    """`digituki import-topics FILE`: a point starts using the coordinator's new topic list."""
    from digituki.core.domain.topic_updates import TopicUpdateRejectedError
    from digituki.core.services import topic_updates
    from digituki.core.services.settings import LocalSettingsStore
    from digituki.core.services.startup import open_configured

    paths = resolve_paths(getattr(args, "data_dir", None)).ensure()
    local = LocalSettingsStore(paths.settings_file).load()  # the desk's database (issue 19)
    db, _target = open_configured(paths.database, paths.data_dir, paths.backup_dir, local)
    try:
        result = topic_updates.import_topic_list(
            db,
            Path(args.file).expanduser(),
            accept_new_key=args.accept_new_key,
            accept_unsigned=args.accept_unsigned,
        )
    except TopicUpdateRejectedError as exc:
        return _topic_failure(exc)
    finally:
        db.close()
    _topic_result(result)
    return 0


def _period(args: argparse.Namespace) -> object:
    from digituki.core.domain.stats import Period

    if args.month:
        return Period.month(args.month)
    if args.quarter:
        year, _, q = args.quarter.upper().partition("-Q")
        n = int(q)
        if not 1 <= n <= 4:
            raise ValueError
        first = 3 * (n - 1) + 1
        return Period.range(f"{int(year):04d}-{first:02d}", f"{int(year):04d}-{first + 2:02d}")
    return Period.year(args.year)


def _import(db: object, args: argparse.Namespace) -> int:
    """Exit 0 when every file counts (or was in already), 1 when any was rejected or is pending."""
    from digituki.core.services import coordinator as coord

    result = coord.import_files(db, [Path(f).expanduser() for f in args.files])  # type: ignore[arg-type]
    for f in result.files:
        name = printable(f.file_name)
        if f.status == coord.REJECTED:
            why = REASONS.get(f.reason, f.reason)
            print(f"REJECTED  {name}: {why}" + (f" ({printable(f.detail)})" if f.detail else ""))
            continue
        if f.status == coord.PENDING:
            why = PENDING_REASONS.get(f.reason, f.reason)
            print(
                f"PENDING   {name}: {printable(f.point_name)} {f.month} is held back because "
                f"{why}. It counts nowhere and replaces nothing. Check with the point (read the "
                "key's fingerprint out on the phone: `digituki coordinator pending`), then "
                "`digituki coordinator accept POINT_ID` if it is genuine."
            )
            continue
        extra = f" (replaces {f.replaced_export_id})" if f.replaced_export_id else ""
        print(f"{f.status:<9} {name}: {printable(f.point_name)} {f.month}{extra}")
        for w in f.warnings:
            print(f"  note: {printable(_WARNINGS.get(w.code, w.code).format(w.detail))}")
    done = len(result.files) - len(result.rejected) - len(result.pending)
    if not result.files:
        print(
            "No statistics files (.json) were found there, nor in its subfolders. "
            "Nothing was imported."
        )
    else:
        print(f"{done} of {len(result.files)} file(s) accepted.")
    if result.pending:
        print(f"{len(result.pending)} file(s) PENDING: not counted until you accept them.")
    return 1 if result.rejected or result.pending else 0


def _pending(db: object) -> int:
    from digituki.core.services import coordinator as coord

    rows = coord.list_pending(db)  # type: ignore[arg-type]
    if not rows:
        print("No bundles are pending.")
        return 0
    for r in rows:
        why = PENDING_REASONS.get(r.reason, r.reason)
        print(f"{r.point_id}  {printable(r.point_name)} {r.month}: {why}")
        if r.fingerprint:
            print(f"    key of this file:   {r.fingerprint}")
        print(f"    key kept so far:    {r.pinned_fingerprint or '(none)'}")
    print(
        "Ask the point to read out its key's fingerprint (Settings → Data safety, or the line "
        "`digituki export` prints); accept with "
        "`digituki coordinator accept POINT_ID [--fingerprint 'XXXX XXXX …']`."
    )
    return 0


def _accept(db: object, args: argparse.Namespace) -> int:
    from digituki.core.domain.errors import NotFoundError, ValidationError
    from digituki.core.services import coordinator as coord

    try:
        result = coord.accept_point(db, args.point, fingerprint=args.fingerprint or "")  # type: ignore[arg-type]
    except NotFoundError:
        print(f"nothing is pending for point {printable(args.point)}", file=sys.stderr)
        return 1
    except ValidationError:
        print("no pending file of that point has that fingerprint", file=sys.stderr)
        return 1
    key = f" Key {result.fingerprint} is now kept for this point." if result.fingerprint else ""
    print(
        f"Accepted {result.accepted} file(s) of point {result.point_id}; {result.counted} now "
        f"count (the others are older than what is in).{key} This decision is recorded."
    )
    return 0


def cmd_coordinator(args: argparse.Namespace) -> int:
    from digituki.cli import warn_if_exposed
    from digituki.core.domain.errors import ValidationError
    from digituki.core.services import coordinator as coord
    from digituki.core.storage.database import Database

    paths = resolve_paths(getattr(args, "data_dir", None)).ensure()
    warn_if_exposed(paths)
    db = Database.open_file(
        coord.coordinator_database_path(paths.data_dir), backup_dir=paths.backup_dir
    )
    try:
        from digituki.core.services import topic_updates

        topic_updates.activate(db)
        action = args.coord_command
        if action == "publish-topics":
            return _publish_topics(db, args)
        if action == "import":
            return _import(db, args)
        if action == "pending":
            return _pending(db)
        if action == "accept":
            return _accept(db, args)
        if action == "matrix":
            year = args.year or clock.today().year
            matrix = coord.completeness(db, year)
            marks = {
                coord.DELIVERED: "x",
                coord.REPLACED: "r",
                coord.MISSING: "-",
                coord.NOT_DUE: ".",
            }
            print(f"{'point':<30} " + " ".join(m[5:] for m in matrix.months))
            for row in matrix.rows:
                cells = "  ".join(marks[c] for c in row.cells)
                closed = " (closed)" if row.closed else ""
                print(f"{printable(row.name or row.point_id)[:30]:<30}  {cells}{closed}")
            print(
                f"x delivered, r replaced by a newer export, - missing ({matrix.missing()}), "
                ". not due yet"
            )
            return 0
        if action == "points":
            for p in coord.list_points(db):
                state = "closed" if p.closed else "open"
                merged = f" merged into {p.merged_into}" if p.merged_into else ""
                print(
                    f"{p.id}  {printable(p.name)} ({printable(p.municipality)}) {state}, "
                    f"{p.bundles} bundle(s){merged}"
                )
            return 0
        formats = [f.strip().lower() for f in args.format.split(",") if f.strip()]
        try:
            period = _period(args)
        except (ValueError, ValidationError):
            print("the period is not valid: use YYYY-MM, YYYY-Qn or YYYY", file=sys.stderr)
            return 2
        try:
            files = coord.export_regional(
                db,
                period,
                formats,
                Path(args.out).expanduser(),
                language=args.language,  # type: ignore[arg-type]
            )
        except ValidationError:
            print(f"--format: choose from {', '.join(coord.FORMATS)}", file=sys.stderr)
            return 2
        for f in files:
            print(f"  {f.format:<6} {f.path}")
        return 0
    finally:
        db.close()
