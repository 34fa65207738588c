"""Statistics on a real database: aggregation against hand-computed counts, published reports,
every export format read back, export records, privacy of every exported byte."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from digituki.core.domain.errors import ValidationError
from digituki.core.domain.helplog import ExportedMonthError, SessionDraft
from digituki.core.domain.stats import Period
from digituki.core.exports import bundle as bundle_mod
from digituki.core.exports.csv_out import HEADER, render_csv
from digituki.core.exports.pdf.report import render_pdf
from digituki.core.exports.xlsx_out import build_workbook, render_xlsx
from digituki.core.security.note_cipher import StaticNoteKey
from digituki.core.services import helplog
from digituki.core.services import stats as service
from digituki.core.services.helplog import HELSINKI
from digituki.core.services.settings import get_site_settings, update_site_settings
from digituki.core.storage.database import Database

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=HELSINKI)
OCTOBER = Period.month("2026-10")


def _log(db: Database, times: int, *, day: int = 5, month: int = 10, **values: object) -> None:
    fields: dict[str, object] = {"date": dt.date(2026, month, day), "start_hour": 11}
    fields.update(values)
    for _ in range(times):
        helplog.log_session(db, SessionDraft(**fields), now=NOW)  # type: ignore[arg-type]


def seed_october(db: Database) -> None:
    """13 sessions in October 2026 (20 customers), one in September, one in November."""
    _log(db, 6, topics=("ident.bank_id",), duration_minutes=20, age_band="65_74")
    _log(
        db,
        4,
        day=12,
        topics=("ident.bank_id", "health.omakanta"),
        duration_minutes=30,
        age_band="75_84",
        support_form="on_site_booked",
        outcome="partly_solved",
        next_step="referred",
        referral_target="kela",
    )
    _log(
        db,
        1,
        day=14,
        topics=("device.phone",),
        duration_minutes=90,
        support_form="group",
        participants=8,
    )
    _log(
        db,
        2,
        day=31,
        topics=("security.scams",),
        duration_minutes=10,
        age_band="45_64",
        support_form="remote_phone",
        language="sv",
        outcome="not_solved",
        next_step="new_appointment",
        on_behalf="suomifi_authorization",
    )
    _log(db, 1, day=30, month=9, topics=("tax.tax_card",), age_band="85_plus")
    _log(db, 1, day=1, month=11, topics=("tax.tax_card",), age_band="85_plus")
    with db.unit_of_work() as uow:
        uow.session.execute(
            text(
                "INSERT INTO turned_away (day, hour, reason, created_at) VALUES "
                "('2026-10-02', 10, 'queue_full', '2026-10-02 08:00:00'),"
                "('2026-10-03', 10, 'queue_full', '2026-10-03 08:00:00'),"
                "('2026-10-09', 12, 'queue_full', '2026-10-09 08:00:00'),"
                "('2026-10-09', 13, 'out_of_scope', '2026-10-09 08:00:00'),"
                "('2026-11-02', 13, 'out_of_scope', '2026-11-02 08:00:00')"
            )
        )
        uow.commit()
    helplog.record_shift(db, dt.date(2026, 10, 5), 120, now=NOW)
    helplog.record_shift(db, dt.date(2026, 10, 12), 90, now=NOW)
    helplog.record_shift(db, dt.date(2026, 11, 2), 60, now=NOW)


@pytest.fixture
def october(db: Database) -> Database:
    update_site_settings(db, site_name="Kallion kirjasto", municipality="Helsinki")
    seed_october(db)
    return db


def create_booking_table(db: Database, rows: list[tuple[str, str, str, str]]) -> None:
    """Rows in the real `booking` table — with the contact columns holding PLAINTEXT (worse than
    the app ever stores), to prove that statistics never read them."""
    with db.unit_of_work() as uow:
        for number, (slot, status, name, phone) in enumerate(rows, start=1):
            place = None if status in ("cancelled", "no_show") else number
            uow.session.execute(
                text(
                    "INSERT INTO booking (slot_start, duration_minutes, place, status, name_enc, "
                    "phone_enc, topics, language, interpreter, hearing, vision, device_phone, "
                    "device_tablet, device_laptop, created_at, updated_at, version) VALUES "
                    "(:slot, 45, :place, :status, :name, :phone, '[]', 'fi', false, false, false, "
                    "false, false, false, "
                    ":slot, :slot, 1)"
                ),
                {
                    "slot": slot,
                    "place": place,
                    "status": status,
                    "name": name.encode(),
                    "phone": phone.encode(),
                },
            )
        uow.commit()


# --- aggregation ---------------------------------------------------------------------------------


def test_counts_of_a_month_match_the_hand_count(october: Database) -> None:
    s = service.period_stats(october, OCTOBER)
    assert (s.sessions, s.customers, s.total_minutes) == (13, 20, 350)
    assert s.median_minutes == 20  # 10 10 20 20 20 20 20 [20] 30 30 30 30 90
    assert s.volunteer_minutes == 210
    assert s.bookings_known and s.table("bookings").total() == 0  # none booked in the fixture
    age = s.table("age_band")
    assert {c: age.count(c) for c in age.rows if age.count(c)} == {
        "45_64": 2,
        "65_74": 6,
        "75_84": 4,
        "not_asked": 8,  # the group's participants
    }
    topics = s.table("topics")
    assert topics.count("ident") == 10 and topics.count("ident.bank_id") == 10
    assert topics.count("health") == 4 and topics.count("device") == 1
    assert topics.count("security.scams") == 2
    assert "tax.tax_card" not in topics.rows  # September/November only
    assert topics.total() == 17  # topic mentions
    form = s.table("support_form")
    assert [form.count(c) for c in form.rows] == [4, 6, 2, 0, 0, 1]
    assert [s.table("language").count(c) for c in ("fi", "sv", "en", "other")] == [11, 2, 0, 0]
    assert [s.table("outcome").count(c) for c in ("solved", "partly_solved", "not_solved")] == [
        7,
        4,
        2,
    ]
    steps = s.table("next_step")
    assert (steps.count("none"), steps.count("new_appointment"), steps.count("referred")) == (
        7,
        2,
        4,
    )
    assert steps.count("referred.kela") == 4 and steps.count("referred.bank") == 0
    assert s.table("on_behalf").count("suomifi_authorization") == 2
    turned = s.table("turned_away")
    assert (turned.count("queue_full"), turned.count("out_of_scope"), turned.total()) == (3, 1, 4)
    assert s.trend.rows == ("2026-10",) and s.trend.counts == ((13,),)


def test_a_range_and_a_year_count_their_months(october: Database) -> None:
    autumn = service.period_stats(october, Period.range("2026-09", "2026-11"))
    assert autumn.sessions == 15
    assert autumn.trend.counts == ((1,), (13,), (1,))
    year = service.period_stats(october, Period.year(2026))
    assert year.sessions == 15 and len(year.trend.rows) == 12
    assert year.table("turned_away").total() == 5
    assert year.volunteer_minutes == 270


def test_bookings_and_no_shows_from_the_booking_table(october: Database) -> None:
    # Helsinki is UTC+3 until 25 Oct: 30 Sep 21:30 UTC is already 1 Oct 00:30 in Helsinki.
    create_booking_table(
        october,
        [
            ("2026-09-30 21:30:00.000000", "done", "A", "1"),
            ("2026-10-10 08:00:00.000000", "done", "B", "2"),
            ("2026-10-11 08:00:00.000000", "arrived", "C", "3"),
            ("2026-10-12 08:00:00.000000", "no_show", "D", "4"),
            ("2026-10-13 08:00:00.000000", "cancelled", "E", "5"),
            ("2026-10-31 22:30:00.000000", "booked", "F", "6"),  # 1 Nov 00:30 in Helsinki
            ("2026-09-30 20:30:00.000000", "done", "G", "7"),  # 30 Sep 23:30 in Helsinki
        ],
    )
    s = service.period_stats(october, OCTOBER)
    assert s.bookings_known
    bookings = s.table("bookings")
    assert [bookings.count(c) for c in ("came", "no_show", "cancelled", "open")] == [3, 1, 1, 0]


def test_aggregation_runs_in_sql_not_over_session_rows(
    october: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No ORM session objects are loaded: every query is an aggregate."""
    from sqlalchemy import event

    statements: list[str] = []

    def remember(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(october.engine, "before_cursor_execute", remember)
    try:
        service.period_stats(october, OCTOBER)
    finally:
        event.remove(october.engine, "before_cursor_execute", remember)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    for statement in selects:
        upper = statement.upper()
        catalog = "SQLITE_MASTER" in upper or "PG_CATALOG" in upper  # has_table("booking")
        assert "COUNT(" in upper or "SUM(" in upper or catalog, statement


# --- the published report -----------------------------------------------------------------------


def test_published_report_hides_small_counts(october: Database) -> None:
    report = service.report(october, OCTOBER)
    assert report.detail and report.k == 5
    assert (report.sessions, report.customers, report.median_minutes) == (13, 20, 20)
    age = report.table("age_band")
    texts = {code: age.cell(code).text(5) for code in age.rows}
    for code, value in texts.items():
        assert value == "0" or value.startswith("<") or value == "×" or int(value) >= 5, code
    assert age.total.value == 20
    form = report.table("support_form")
    assert form.cell("on_site_walk_in").value == 6
    assert form.cell("group").text(5) == "<5"
    assert form.cell("remote_video").text(5) == "0"
    # 3 + 1 turned away: with the total hidden a reader still knows the sum is at most 4, so
    # each "<5" could only be 1…3; the table is withheld rather than narrowed.
    turned = report.table("turned_away")
    assert turned.withheld
    assert turned.cell("queue_full").value is None and turned.total.value is None


def test_a_month_with_fewer_than_ten_sessions_publishes_only_its_total(db: Database) -> None:
    _log(db, 9, topics=("ident.bank_id",))
    report = service.report(db, OCTOBER)
    assert not report.detail
    assert report.sessions == 9
    assert report.tables == () and report.customers is None and report.median_minutes is None
    rows = list(csv.reader(io.StringIO(render_csv(report).decode("utf-8-sig"))))
    assert {r[1] for r in rows[1:]} == {"summary", "trend"}


def test_k_is_a_site_setting(october: Database) -> None:
    assert get_site_settings(october).suppression_k == 5
    service.set_suppression_k(october, 7)
    report = service.report(october, OCTOBER)
    assert report.k == 7
    assert report.table("support_form").cell("on_site_walk_in").text(7) == "<7"
    with pytest.raises(ValidationError):
        service.set_suppression_k(october, 2)


def test_point_id_is_made_once(db: Database) -> None:
    first = service.ensure_point_id(db)
    assert service.ensure_point_id(db) == first
    assert len(first) == 36


# --- exports -------------------------------------------------------------------------------------


def test_export_all_formats_and_record_them(october: Database, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    files = service.export_period(
        october,
        OCTOBER,
        ["pdf", "xlsx", "csv", "bundle"],
        tmp_path,
        language="fi",
        now=NOW,
        progress=lambda done, total: steps.append((done, total)),
    )
    names = sorted(f.path.name for f in files)
    assert names == [
        "digituki-kallion-kirjasto-2026-10.csv",
        "digituki-kallion-kirjasto-2026-10.json",
        "digituki-kallion-kirjasto-2026-10.pdf",
        "digituki-kallion-kirjasto-2026-10.xlsx",
    ]
    assert steps[0] == (0, 5) and steps[-1] == (5, 5)
    assert not list(tmp_path.glob(".*tmp"))  # no temporary files left behind
    history = service.export_history(october)
    assert {(r.format, r.period) for r in history} == {
        ("pdf", "2026-10"),
        ("xlsx", "2026-10"),
        ("csv", "2026-10"),
        ("bundle", "2026-10"),
    }
    import hashlib

    for f in files:
        assert f.checksum == hashlib.sha256(f.path.read_bytes()).hexdigest()
        assert any(r.checksum == f.checksum and r.file_name == f.path.name for r in history)
    assert helplog.exported_months(october)["2026-10"].outdated is False

    # A later correction of an October session marks every October export as changed.
    session_id = helplog.list_sessions(october, helplog.SessionFilter(month="2026-10"))[0].id
    detail = helplog.get_session(october, session_id)
    helplog.update_session(
        october,
        session_id,
        detail.draft.__class__(**{**detail.draft.__dict__, "duration_minutes": 45}),
        now=NOW,
        confirm_exported=True,
    )
    assert all(r.outdated for r in service.export_history(october))
    assert helplog.exported_months(october)["2026-10"].outdated is True


def test_a_range_export_covers_each_of_its_months(october: Database, tmp_path: Path) -> None:
    period = Period.range("2026-09", "2026-11")
    [pdf] = service.export_period(october, period, ["pdf"], tmp_path, language="en", now=NOW)
    assert pdf.path.name == "digituki-kallion-kirjasto-2026-09_2026-11.pdf"
    [record] = service.export_history(october)
    assert (record.format, record.period) == ("pdf", "2026-09..2026-11")
    assert set(helplog.exported_months(october)) == {"2026-09", "2026-10", "2026-11"}
    with pytest.raises(ExportedMonthError):  # the help log asks before changing them
        _log(october, 1, day=3, month=11, topics=("ident.bank_id",))


def test_unknown_format_is_refused(october: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        service.export_period(october, OCTOBER, ["docx"], tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_xlsx_cell_by_cell(october: Database) -> None:
    report = service.report(october, OCTOBER, now=NOW)
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(report, "en")))
    names = book.sheetnames
    assert names[0] == "Information"
    assert all(len(n) <= 31 for n in names)
    assert len(set(n.lower() for n in names)) == len(names)
    info = {row[0].value: row[1].value for row in book["Information"].iter_rows(min_row=2)}
    assert info["Support point"] == "Kallion kirjasto"
    assert info["Sessions"] == 13 and info["Customers"] == 20
    assert info["Median time per session (min)"] == 20
    forms = book["Form of support"]
    assert forms.freeze_panes == "A2"
    assert [c.value for c in forms[1]] == ["Form of support", "Sessions", "Code"]
    rows = {r[2].value: r[1].value for r in forms.iter_rows(min_row=2) if r[2].value}
    assert rows == {
        "on_site_booked": "<5",
        "on_site_walk_in": 6,
        "remote_phone": "<5",
        "remote_video": 0,
        "home_visit": 0,
        "group": "<5",
        "total": 13,
    }
    for sheet in book.worksheets[1:]:
        for row in sheet.iter_rows(min_row=2):
            if len(row) < 3 or not row[-1].value:  # notes under the table have no code
                continue
            value = row[1].value
            if isinstance(value, str):
                assert value in ("<5", "×"), (sheet.title, value)
            else:
                assert value is None or isinstance(value, int)
        assert sheet.column_dimensions["A"].width >= 10
    published = report.table("support_form")
    assert published.cell("on_site_walk_in").value == rows["on_site_walk_in"]


def test_csv_round_trip(october: Database) -> None:
    report = service.report(october, OCTOBER, now=NOW)
    data = render_csv(report, "sv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == HEADER
    parsed: dict[tuple[str, str, str], str] = {(r[1], r[3], r[5]): r[6] for r in rows[1:]}
    assert any(table.withheld for table in report.tables)
    for table in report.tables:
        if table.withheld:  # a withheld table has neither rows nor a hidden total in the file
            assert not any(key[0] == table.key for key in parsed)
            continue
        for code in table.rows:
            assert parsed[(table.key, code, "")] == table.cell(code).text(report.k)
        assert parsed[(table.key, "total", "")] == table.total.text(report.k)
    assert parsed[("summary", "sessions", "")] == "13"
    assert parsed[("trend", "2026-10", "")] == "13"
    assert all(r[0] == "2026-10" for r in rows[1:])


def test_bundle_has_exact_counts_a_valid_schema_and_checksum(
    october: Database, tmp_path: Path
) -> None:
    [written] = service.export_period(october, OCTOBER, ["bundle"], tmp_path, now=NOW)
    document = bundle_mod.read_bundle(written.path)
    assert written.path.name == "digituki-kallion-kirjasto-2026-10.json"
    assert document["schema_version"] == 1
    assert document["point"]["id"] == get_site_settings(october).point_id
    assert document["generated_at"] == "2026-11-20T10:00:00Z"
    assert document["totals"]["sessions"] == 13 and document["totals"]["turned_away"] == 4
    tables = {t["key"]: t for t in document["tables"]}
    assert {"age_band", "topics", "topic_x_outcome", "duration_minutes"} <= set(tables)
    # Exact, unsuppressed counts (2 is below k).
    assert ["45_64", 2] in tables["age_band"]["cells"]
    assert ["ident.bank_id", "partly_solved", 4] in tables["topic_x_outcome"]["cells"]
    assert all(len(t["dimensions"]) <= 2 for t in document["tables"])
    expected = bundle_mod.checksum_of(document)
    assert document["checksum"]["value"] == expected
    # A changed count breaks the checksum; a broken shape breaks the schema.
    tampered = json.loads(written.path.read_text(encoding="utf-8"))
    tampered["totals"]["sessions"] = 14
    with pytest.raises(bundle_mod.BundleInvalidError):
        bundle_mod.validate_bundle(tampered)
    broken = json.loads(written.path.read_text(encoding="utf-8"))
    broken["tables"][0]["cells"].append(["x", "y", "z", 1])
    with pytest.raises(bundle_mod.BundleInvalidError):
        bundle_mod.validate_bundle(broken)
    schema = bundle_mod.schema()
    assert schema["properties"]["schema_version"]["const"] == 1


def test_formula_injection_is_neutralised(october: Database, tmp_path: Path) -> None:
    update_site_settings(october, site_name='=HYPERLINK("http://x","y")', municipality="@SUM(A1)")
    report = service.report(october, OCTOBER, now=NOW)
    rows = list(csv.reader(io.StringIO(render_csv(report).decode("utf-8-sig"))))
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    book = build_workbook(report, "fi")
    seen = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    seen.append(cell.value)
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert '\'=HYPERLINK("http://x","y")' in seen and "'@SUM(A1)" in seen
    # The file name is a safe slug.
    [pdf] = service.export_period(october, OCTOBER, ["pdf"], tmp_path, now=NOW)
    assert pdf.path.name == "digituki-hyperlink-http-x-y-2026-10.pdf"


def test_safe_cell_text_rules() -> None:
    from digituki.core.exports.safety import safe_cell_text

    assert safe_cell_text("=1+2") == "'=1+2"
    assert safe_cell_text("+358 40 123") == "'+358 40 123"
    assert safe_cell_text("-2+3") == "'-2+3"
    assert safe_cell_text("@cmd") == "'@cmd"
    assert safe_cell_text("\tx") == "'\tx"
    assert safe_cell_text("\rx") == "'\rx"
    assert safe_cell_text("-12") == "-12"  # a number stays a number
    assert safe_cell_text("-1.5") == "-1.5"
    assert safe_cell_text("Kela") == "Kela"
    assert safe_cell_text("<5") == "<5"


# --- privacy -------------------------------------------------------------------------------------

SECRETS = (
    "Zyxwanda Quorrell",
    "+358401234567",
    "040 765 4321",
    "Salainen muistiinpano Qwzx",
    "VolunteerZebulon",
)


def _all_text_bytes(path: Path) -> bytes:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return b"".join(archive.read(name) for name in archive.namelist())
    return path.read_bytes()


def test_no_name_phone_or_note_in_any_exported_byte(db: Database, tmp_path: Path) -> None:
    update_site_settings(db, site_name="Piste", municipality="Kunta")
    volunteer = helplog.add_volunteer(db, SECRETS[4])
    notes = StaticNoteKey()
    for day in range(1, 13):
        helplog.log_session(
            db,
            SessionDraft(
                date=dt.date(2026, 10, day),
                start_hour=12,
                topics=("ident.bank_id",),
                note=f"{SECRETS[3]} {SECRETS[0]} {SECRETS[1]}",
                volunteer_id=volunteer.id,
            ),
            notes=notes,
            now=NOW,
        )
    helplog.record_shift(db, dt.date(2026, 10, 3), 120, volunteer.id, now=NOW)
    create_booking_table(
        db,
        [("2026-10-05 08:00:00.000000", "done", SECRETS[0], SECRETS[1])] * 6
        + [("2026-10-06 08:00:00.000000", "no_show", SECRETS[0], SECRETS[2])] * 5,
    )
    out = tmp_path / "out"
    files = service.export_period(db, OCTOBER, ["pdf", "xlsx", "csv", "bundle"], out, now=NOW)
    # The PDF once more without compression, so that any text would be readable in its bytes.
    plain_pdf = render_pdf(service.report(db, OCTOBER, now=NOW), "fi", compress=False)
    assert b"Tukikertoja" in plain_pdf  # the check can see text
    blobs = [_all_text_bytes(f.path) for f in files] + [plain_pdf]
    assert any(b"<sheetData>" in b or b"sheetData" in b for b in blobs)
    for blob in blobs:
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-be", "latin-1"):
                assert secret.encode(encoding, "ignore") not in blob, secret
        assert b"Zyxwanda" not in blob and b"4012345" not in blob
    # The bookings were counted all the same.
    report = service.report(db, OCTOBER, now=NOW)
    assert report.table("bookings").cell("came").value == 6
    assert report.table("bookings").cell("no_show").value == 5


def test_pdf_report_states_point_period_rule_and_page_numbers(october: Database) -> None:
    report = service.report(october, OCTOBER, now=NOW)
    data = render_pdf(report, "en", compress=False)
    assert data.startswith(b"%PDF")
    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")
    for needed in (
        b"Digital support: monthly report",
        b"Kallion kirjasto",
        b"October 2026",
        b"Privacy",
        b"are shown as <",
        b"Page 1 of ",
        b"Form of support",
        b"(<) Tj",  # a hidden number in a table
    ):
        assert needed in data, needed
    assert pages >= 2
    # The summary uses published numbers only and says what is common.
    from digituki.core.exports.pdf.report import summary_sentences

    text = " ".join(summary_sentences(report, "en"))
    assert "13 times" in text and "20 customers" in text
    assert "Strong identification" in text


def test_pdf_for_a_small_month_says_only_the_total(db: Database) -> None:
    _log(db, 4, topics=("ident.bank_id",))
    data = render_pdf(service.report(db, OCTOBER, now=NOW), "fi", compress=False)
    assert b"(Form of support)" not in data and b"Tuen muoto" not in data
    assert b"alle 10" in data


def test_sheet_names_are_valid_and_unique() -> None:
    from digituki.core.exports.xlsx_out import sheet_name

    taken: set[str] = set()
    long = "Käännytetyt asiakkaat syyn mukaan ja muuta"
    first, second = sheet_name(long, taken), sheet_name(long, taken)
    assert len(first) <= 31 and len(second) <= 31 and first != second
    assert sheet_name("a/b:c*d?[e]", taken) == "a b c d  e"


def test_a_ten_year_trend_and_every_topic_fit_on_the_pages(db: Database) -> None:
    """Charts longer than a page (120 months; dozens of topics) continue on the next page."""
    from digituki.core.domain.topics import load_topics

    codes = [t.code for g in load_topics().groups for t in g.topics][:40]
    assert len(codes) == 40
    for code in codes:
        _log(db, 5, topics=(code,))
    for year in (2017, 2021, 2025):
        _log(db, 12, month=3, topics=(codes[0],), date=dt.date(year, 3, 9))
    period = Period.range("2016-11", "2026-10")  # the longest period allowed, 120 months
    report = service.report(db, period, now=NOW)
    assert len(report.trend.rows) == 120
    data = render_pdf(report, "en", compress=False)
    assert data.startswith(b"%PDF")
    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")
    assert pages >= 6


def test_pdf_charts_show_the_same_markers_as_the_tables(october: Database, tmp_path: Path) -> None:
    """Issue 18: a hidden number's bar is labelled with its marker, never with 0."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    report = service.report(october, OCTOBER, now=NOW)
    path = tmp_path / "r.pdf"
    path.write_bytes(render_pdf(report, "en"))
    words = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split()
    words = [w.strip(".,;:()") for w in words]
    from digituki.core.exports.pdf.report import summary_sentences

    expected = {"<5": 2, "×": 1}  # the privacy rule names each marker; the guarantee names <5
    for word in " ".join(summary_sentences(report, "en")).split():
        if word.strip(".,") in expected:
            expected[word.strip(".,")] += 1
    for table in report.tables:
        if table.withheld:
            continue
        top = [r for r in range(len(table.rows)) if table.level(r) == 0]
        charted = top if len(top) > 1 else []
        for r in range(len(table.rows)):
            text = table.cells[r][0].text(5)
            if text in expected:
                expected[text] += 2 if r in charted else 1  # the table, and the chart's bar
        if table.total.text(5) in expected:
            expected[table.total.text(5)] += 1
    assert sum(expected.values()) > 3  # the report does hide numbers
    assert {marker: words.count(marker) for marker in expected} == expected
