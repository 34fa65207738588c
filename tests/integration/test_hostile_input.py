"""Hostile input (issue 20), written from the attacker's side: the corpus in
tests/fixtures/hostile/ (bundles, topic lists, guide front matter, names) goes in through the
same doors a user's files do (the CLI, the services), and each case must give a plain reason, no
traceback, unchanged data, and bounded time and memory. The files are fixed bytes
(scripts/make_hostile_corpus.py made them); what each must do is in expected.json.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from digituki import cli
from digituki.coordinator_cli import PENDING_REASONS, REASONS, TOPIC_REASONS
from digituki.core.domain.stats import Period
from digituki.core.services import coordinator as coord
from digituki.core.storage.database import Database

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
NOW = dt.datetime(2026, 12, 10, 12, 0, tzinfo=dt.UTC)
MB = 1024 * 1024
CONTROL = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))]


def bounded(fn: Callable[[], Any], *, seconds: float = 5.0, megabytes: int = 100) -> Any:
    """Run `fn`; fail when it takes longer or allocates more than the budget."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = fn()
    finally:
        took = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert took < seconds, f"took {took:.2f} s"
    assert peak < megabytes * MB, f"peak {peak / MB:.0f} MB"
    return result


def raises_within(
    fn: Callable[[], Any], error: type[BaseException], seconds: float = 3.0
) -> BaseException:
    caught: list[BaseException] = []

    def call() -> None:
        try:
            fn()
        except error as exc:
            caught.append(exc)

    bounded(call, seconds=seconds)
    assert caught, f"{error.__name__} was not raised"
    return caught[0]


@pytest.fixture
def cdb() -> Iterator[Database]:
    db = Database.in_memory()
    yield db
    db.close()


def _state(db: Database) -> tuple[int, int, int]:
    points = coord.list_points(db)
    return (len(points), sum(p.bundles for p in points), len(coord.list_pending(db)))


# --- bundles -----------------------------------------------------------------------------------


def test_every_hostile_bundle_gives_its_plain_reason_and_forgeries_replace_nothing(
    cdb: Database,
) -> None:
    for name, status, reason in EXPECTED["bundles"]:
        before = _state(cdb)
        raw = (HOSTILE / "bundles" / name).read_bytes()
        result = bounded(lambda raw=raw, name=name: coord.import_bytes(cdb, raw, name, now=NOW))
        assert (result.status, result.reason) == (status, reason), name
        if status == coord.REJECTED:
            assert REASONS[reason]  # a sentence for the user, never just the code
            assert _state(cdb) == before, f"{name} changed something"
        if status == coord.PENDING:
            assert PENDING_REASONS[reason]
    sessions = coord.regional_stats(cdb, Period.month("2026-10")).stats.sessions
    # the signed 116 stay; the forged 5,000 (unsigned, or a stranger's key) count nowhere
    assert sessions == EXPECTED["regional_sessions_2026_10"]
    pending = coord.list_pending(cdb)
    assert sorted(p.reason for p in pending) == [coord.PENDING_NEW_KEY, coord.PENDING_UNSIGNED]
    assert all(p.pinned_fingerprint for p in pending)


def test_names_from_a_bundle_are_clean_and_ids_are_exact(cdb: Database) -> None:
    for name in ("01-good-signed.json", "05-control-characters-in-name.json"):
        coord.import_bytes(cdb, (HOSTILE / "bundles" / name).read_bytes(), name, now=NOW)
    names = [p.name for p in coord.list_points(cdb)]
    assert len(names) == 2
    for point_name in names:
        assert not any(c in point_name for c in CONTROL), repr(point_name)
        assert "\u202e" not in point_name
    assert any(n.startswith("Kallio library") and "second line" in n for n in names)


def test_accepting_a_new_key_is_explicit_and_recorded(cdb: Database) -> None:
    for name in ("01-good-signed.json", "03-stranger-key-newer.json"):
        coord.import_bytes(cdb, (HOSTILE / "bundles" / name).read_bytes(), name, now=NOW)
    assert coord.regional_stats(cdb, Period.month("2026-10")).stats.sessions == 116
    [held] = coord.list_pending(cdb)
    assert held.fingerprint and held.fingerprint != held.pinned_fingerprint
    with pytest.raises(coord.ValidationError):
        coord.accept_point(cdb, held.point_id, fingerprint="0000 0000 0000 0000 0000")
    result = coord.accept_point(cdb, held.point_id, fingerprint=held.fingerprint, now=NOW)
    assert (result.accepted, result.counted, result.fingerprint) == (1, 1, held.fingerprint)
    assert coord.regional_stats(cdb, Period.month("2026-10")).stats.sessions == 5000
    [decision] = coord.trust_decisions(cdb)
    assert decision[:3] == (held.point_id, coord.DECISION_NEW_KEY, held.fingerprint)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_cli_batch_good_5000_digits_good_imports_two_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    b = HOSTILE / "bundles"
    files = [b / "01-good-signed.json", b / "04-5000-digit-count.json", b / "10-second-good.json"]
    home = str(tmp_path / "coordinator")
    code, out, _ = run_cli(capsys, "coordinator", "import", *map(str, files), "--data-dir", home)
    assert code == 1
    assert "2 of 3 file(s) accepted" in out
    assert "a number is too long" in out

    # an unsigned newer bundle: held, said loudly, non-zero exit, the signed month stays
    code, out, _ = run_cli(
        capsys, "coordinator", "import", str(b / "02-unsigned-newer.json"), "--data-dir", home
    )
    assert code == 1
    assert "PENDING" in out and "NOT SIGNED" in out and "replaces nothing" in out
    assert "replaced" not in out.split("PENDING")[0]
    code, out, _ = run_cli(capsys, "coordinator", "pending", "--data-dir", home)
    assert code == 0 and "Kallio library" in out and "NOT SIGNED" in out
    db = Database.open_file(Path(home) / coord.DATABASE_NAME)
    try:
        assert coord.regional_stats(db, Period.month("2026-10")).stats.sessions == 116 + 3
    finally:
        db.close()


def test_cli_output_escapes_what_a_terminal_would_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "c")
    bad = HOSTILE / "bundles" / "05-control-characters-in-name.json"
    run_cli(capsys, "coordinator", "import", str(bad), "--data-dir", home)
    for action in ("points", "matrix", "pending"):
        code, out, err = run_cli(capsys, "coordinator", action, "--data-dir", home)
        assert code == 0
        for c in CONTROL:
            if c != "\n":
                assert c not in out + err, (action, repr(c))


# --- exports with control characters -----------------------------------------------------------


def test_a_vertical_tab_in_a_site_name_gives_files_that_open(tmp_path: Path) -> None:
    from digituki.core.services import settings as settings_service
    from digituki.core.services import stats as stats_service

    db = Database.in_memory()
    try:
        settings_service.update_site_settings(
            db, site_name="Kallio\x0blibrary\x1b[31m", municipality="Hel\r\nsinki"
        )
        site = settings_service.get_site_settings(db)
        assert not any(c in site.site_name + site.municipality for c in CONTROL)
        files = stats_service.export_period(
            db, Period.month("2026-10"), ["pdf", "xlsx", "csv", "bundle"], tmp_path
        )
        assert sorted(f.format for f in files) == ["bundle", "csv", "pdf", "xlsx"]
        xlsx = next(f.path for f in files if f.format == "xlsx")
        openpyxl.load_workbook(xlsx)
    finally:
        db.close()


def test_a_control_character_already_stored_never_breaks_the_coordinators_xlsx(
    cdb: Database, tmp_path: Path
) -> None:
    """A name stored by an earlier build (before cleaning at the door) is cleaned at export."""
    from sqlalchemy import update

    from digituki.core.storage.orm import CoordPoint

    name = "01-good-signed.json"
    coord.import_bytes(cdb, (HOSTILE / "bundles" / name).read_bytes(), name, now=NOW)
    assert [p.bundles for p in coord.list_points(cdb)] == [1]
    with cdb.unit_of_work() as uow:
        uow.session.execute(update(CoordPoint).values(name="Kallio\x0blibrary\x1b[2J\x7f"))
        uow.commit()
    files = coord.export_regional(
        cdb, Period.month("2026-10"), ["xlsx", "csv", "pdf"], tmp_path, now=NOW
    )
    assert sorted(f.format for f in files) == ["csv", "pdf", "xlsx"]
    matrix = coord.export_completeness(cdb, 2026, tmp_path / "matrix.xlsx")
    for path in (next(f.path for f in files if f.format == "xlsx"), matrix):
        book = openpyxl.load_workbook(path)
        cells = [str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row]
        assert any("Kallio library" in c for c in cells), path.name


# --- topic lists -------------------------------------------------------------------------------


def test_topic_lists_need_the_pinned_coordinator_key(tmp_path: Path) -> None:
    from digituki.core.domain.topic_updates import TopicUpdateRejectedError
    from digituki.core.domain.topics import set_active_topics
    from digituki.core.services import topic_updates

    point = Database.in_memory()
    try:
        shipped = topic_updates.current_topics(point).version
        for name, reason in EXPECTED["topic_lists"]:
            path = HOSTILE / "topic-lists" / name
            if not reason:
                result = bounded(
                    lambda path=path: topic_updates.import_topic_list(point, path), seconds=20
                )
                assert result.first_key and len(result.fingerprint) == 24
                assert topic_updates.pinned_publisher(point) == result.fingerprint
                continue
            before = topic_updates.current_topics(point).version
            error = raises_within(
                lambda path=path: topic_updates.import_topic_list(point, path),
                TopicUpdateRejectedError,
            )
            assert error.reason == reason, name  # type: ignore[attr-defined]
            assert TOPIC_REASONS[reason]
            assert topic_updates.current_topics(point).version == before
        assert topic_updates.current_topics(point).version == shipped + 1
        assert "HUIJAUS" not in topic_updates.current_topics(point).name("ident.bank_id")
        # only the point's explicit choice lets the stranger's list in, and it is recorded
        stranger = HOSTILE / "topic-lists" / "03-stranger-signed-v3.json"
        result = topic_updates.import_topic_list(point, stranger, accept_new_key=True)
        assert result.key_changed and result.version == shipped + 2
    finally:
        set_active_topics(None)
        point.close()


def test_cli_refuses_an_unsigned_topic_list_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from digituki.core.domain.topics import set_active_topics

    scam = HOSTILE / "topic-lists" / "01-unsigned-scam-label.json"
    try:
        code, _, err = run_cli(capsys, "import-topics", str(scam), "--data-dir", str(tmp_path))
        assert code == 1 and "not signed" in err and "Nothing was changed" in err
    finally:
        set_active_topics(None)


# --- guides ------------------------------------------------------------------------------------


def test_a_yaml_alias_bomb_is_refused_in_under_a_second_and_100_mb() -> None:
    from digituki.core.domain.errors import ValidationError
    from digituki.core.domain.guides import GuidePackError, parse_manifest, split_front_matter

    bomb = (HOSTILE / "guides" / "01-alias-bomb-10-levels.md").read_text(encoding="utf-8")
    raises_within(lambda: split_front_matter(bomb), ValidationError, seconds=1.0)
    pack = (HOSTILE / "guides" / "pack-alias-bomb.yaml").read_bytes()
    raises_within(lambda: parse_manifest(pack), GuidePackError, seconds=1.0)
    digits = (HOSTILE / "guides" / "02-5000-digit-version.md").read_text(encoding="utf-8")
    raises_within(lambda: split_front_matter(digits), ValidationError)


# --- names typed or pasted at the desk ---------------------------------------------------------


@pytest.mark.parametrize("name", json.loads((HOSTILE / "names.json").read_text("ascii")))
def test_names_are_clean_at_the_door(name: str) -> None:
    import unicodedata

    from digituki.core.services import helplog
    from digituki.core.services import settings as settings_service

    db = Database.in_memory()
    try:
        site = settings_service.update_site_settings(db, site_name=name)
        volunteer = helplog.add_volunteer(db, name)
        for stored in (site.site_name, volunteer.display_name):
            assert stored and stored == stored.strip()
            assert not any(c in stored for c in CONTROL), repr(stored)
            assert not any(c in stored for c in "\u200b\u200d\u202e")
            assert unicodedata.is_normalized("NFC", stored)
    finally:
        db.close()


# --- personal data left behind -----------------------------------------------------------------


def test_the_call_list_pdf_is_private_and_gone_after_the_purge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from digituki import paths as paths_module
    from digituki.core.services import backup, bookings

    monkeypatch.setenv("DIGITUKI_HOME", str(tmp_path / "home"))
    paths = paths_module.resolve_paths().ensure()
    db = Database.open_file(paths.database)
    try:
        folder = paths_module.printouts_dir()
        assert folder.parent == paths.data_dir and not str(folder).startswith("/tmp/digituki-print")
        day = dt.date.today()
        pdf = bookings.write_call_list_pdf(db, day, folder, "fi")
        assert pdf.exists() and pdf.parent == folder
        if os.name == "posix":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
        backup.run_purge(db, printouts=folder)  # the same day: the list is still needed
        assert pdf.exists()
        tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        report = backup.run_purge(db, tomorrow, printouts=folder)
        assert not pdf.exists() and report.printouts == 1
    finally:
        db.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_files_are_private_whatever_the_umask_and_an_existing_folder_is_not_chmodded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from digituki.core.services import backup
    from digituki.core.services.settings import LocalSettingsStore
    from digituki.paths import resolve_paths

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    old = os.umask(0o022)
    try:
        code, _, err = run_cli(capsys, "demo", "--months", "1", "--data-dir", str(shared))
        assert code == 0
        assert "other users of this computer can read" in err
        assert stat.S_IMODE(shared.stat().st_mode) == 0o755  # not chmodded behind the user's back
        paths = resolve_paths(shared)
        LocalSettingsStore(paths.settings_file).update(language="sv")
        db = Database.open_file(paths.database)
        try:
            usb = tmp_path / "usb" / "digituki"
            made = backup.backup_now(db, usb)
        finally:
            db.close()
        for path in (paths.database, paths.log_file, paths.settings_file, made):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        for folder in (paths.log_dir, paths.backup_dir, usb):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    finally:
        os.umask(old)


def test_a_phone_number_with_an_extension_is_refused_not_cut() -> None:
    from digituki.core.domain.booking import normalize_phone
    from digituki.core.domain.errors import ValidationError

    assert normalize_phone("040 123 4567") == "+358401234567"
    with pytest.raises(ValidationError):
        normalize_phone("040 123 4567 ext. 5")


def test_a_whole_pack_of_bombs_is_refused_within_the_budget() -> None:
    """Each guide's front matter is bounded before YAML reads it, so a pack of 2,000 files
    costs little more than its bytes."""
    from digituki.core.domain.guides import GuidePackError, parse_pack
    from digituki.core.domain.topics import load_topics

    bomb = (HOSTILE / "guides" / "01-alias-bomb-10-levels.md").read_bytes()
    huge_head = b"---\n" + b"a: b\n" * 20_000 + b"---\n\nbody\n"
    files = {"pack.yaml": b"id: bombs\nname: Bombs\nversion: 1\n"}
    files |= {f"g{i:04d}.md": (bomb if i % 2 else huge_head) for i in range(1999)}
    raises_within(lambda: parse_pack(files, load_topics()), GuidePackError)


def test_the_cli_export_uses_the_active_topic_list_and_names_a_wrong_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from digituki.core.domain.topics import set_active_topics
    from digituki.core.exports.bundle import read_bundle
    from digituki.core.security import keys

    home = str(tmp_path / "point")
    out = tmp_path / "out"
    v2 = HOSTILE / "topic-lists" / "02-coordinator-signed-v2.json"
    try:
        from digituki.paths import resolve_paths

        paths = resolve_paths(home).ensure()  # a real point, its key wrapped by the passphrase
        db = Database.open_file(paths.database)
        keys.data_key(db)
        db.close()
        code, out_text, _ = run_cli(capsys, "import-topics", str(v2), "--data-dir", home)
        assert code == 0 and "keeps that key" in out_text
        set_active_topics(None)  # the export runs as a new process would
        args = ["export", "--month", "2026-10", "--format", "bundle", "--out", str(out)]
        code, out_text, _ = run_cli(capsys, *args, "--data-dir", home)
        assert code == 0 and "signed with this point's key" in out_text
        [bundle] = out.glob("*.json")
        assert read_bundle(bundle)["topic_list_version"] == 2

        keys.forget_session_keys()
        monkeypatch.setenv(keys.ENV_PASSPHRASE, "not the passphrase at all")
        for f in out.iterdir():
            f.unlink()
        code, _, err = run_cli(capsys, *args, "--data-dir", home)
        assert code == 1 and "the passphrase is not right" in err
        assert list(out.iterdir()) == []  # no unsigned file instead
    finally:
        keys.forget_session_keys()
        set_active_topics(None)


def test_a_manual_backup_says_it_keeps_customers_details_until_deleted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "point")
    assert run_cli(capsys, "--data-dir", home, "demo", "--months", "1")[0] == 0
    code, out, _ = run_cli(capsys, "--data-dir", home, "backup", "--out", str(tmp_path / "usb"))
    assert code == 0 and "until you delete it" in out


def test_a_nul_in_a_customer_name_is_not_stored() -> None:
    from digituki.core.domain.booking import CustomerInput, clean_customer
    from digituki.core.domain.topics import load_topics

    clean = clean_customer(CustomerInput(name="Aino\x00 Esi\x0bmerkki", phone=""), load_topics())
    assert clean.name == "Aino Esi merkki"
