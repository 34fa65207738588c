"""Take the README's screenshots: run by scripts/screenshots under Xvfb (a real X11 window).

Each shot opens the real main window on a fresh demo database (fixed seed and date, so the pictures
only change when the app does), shows one area, lets it load, and saves `window.grab()`.
Documents (PDF) are rendered to PNG with pdftoppm.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DEMO_TODAY = dt.date.today()  # the app shows the real today; demo data opens the point today
SIZE = (1280, 800)

# name → (area key, optional function(window) run after the area is shown)
Shot = tuple[str, str, Callable[[object], None] | None]


def guides_search(window) -> None:  # type: ignore[no-untyped-def]
    """Search "valtuu" and open the first guide in the viewer."""
    area = window.areas["guides"]
    area.view.search.setText("valtuu")
    for _ in range(100):
        wait(50)
        if area.view.results.model().rowCount() > 0 and not window.ctx.runner.busy():
            break
    area.view.results.setCurrentIndex(area.view.results.model().index(0, 0))
    wait(400)


def handout_of(slug: str, language: str) -> Callable[[Path, Path], None]:
    """A document maker for the handout of one built-in guide in one language."""

    def make(data_dir: Path, pdf: Path) -> None:
        from digituki.core.services import guides
        from digituki.core.storage.database import Database

        db = Database.open_file(data_dir / "digituki.sqlite3")
        try:
            guides.ensure_builtin_guides(db)
            guide_id = guides.find_guide(db, slug, language)
            assert guide_id is not None
            guides.write_guide_handout(db, guide_id, pdf)
        finally:
            db.close()

    return make


guide_handout = handout_of("omakanta-reseptin-uusiminen", "fi")


def tally_sheet(data_dir: Path, pdf: Path) -> None:
    from digituki.core.exports.pdf.tally_sheet import render_tally_sheet

    render_tally_sheet(pdf, "fi", site_name="Kirjaston digitukipiste (demo)", day=DEMO_TODAY)


def confirmation_slip(data_dir: Path, pdf: Path) -> None:
    """The slip of an upcoming demo booking, in the customer's language (Swedish if any)."""
    from digituki.core.security import keys
    from digituki.core.services import bookings
    from digituki.core.storage.database import Database

    db = Database.open_file(data_dir / "digituki.sqlite3")
    try:
        keys.register_key_folder(db, data_dir)  # the bookings are read with their contacts
        week = bookings.week_agenda(db, DEMO_TODAY + dt.timedelta(days=7))
        booked = [b for b in week.bookings if b.status == "booked"]
        booking = next((b for b in booked if b.needs.language == "sv"), booked[0])
        written = bookings.write_confirmation_slip(db, booking.id, pdf.parent)
        shutil.move(written, pdf)
    finally:
        db.close()


def customer_search(window) -> None:  # type: ignore[no-untyped-def]
    """Bookings → Customers: the desk searched for "Aino" (the demo's invented names)."""
    area = window.areas["bookings"]
    area.find_customer()
    panel = area.view.customers
    panel.query.setText("Aino")
    panel.run_search()
    for _ in range(100):
        if panel.customer_model.rowCount() and not window.ctx.runner.busy():
            break
        wait(50)


def privacy_notice(data_dir: Path, pdf: Path) -> None:
    """The privacy notice (tietosuojaseloste) in Finnish, filled from the demo point's settings."""
    from digituki.core.services import privacy
    from digituki.core.storage.database import Database

    db = Database.open_file(data_dir / "digituki.sqlite3")
    try:
        written = privacy.write_privacy_notice(db, pdf.parent, "fi", today=DEMO_TODAY)
        shutil.move(written, pdf)
    finally:
        db.close()


def what_we_hold(data_dir: Path, pdf: Path) -> None:
    """ "What we hold about you" for a demo customer with an upcoming booking."""
    from digituki.core.security import keys
    from digituki.core.services import bookings, customers
    from digituki.core.storage.database import Database

    db = Database.open_file(data_dir / "digituki.sqlite3")
    try:
        keys.register_key_folder(db, data_dir)
        week = bookings.week_agenda(db, DEMO_TODAY + dt.timedelta(days=7))
        booked = [b for b in week.bookings if b.status == "booked" and b.name]
        written = customers.write_what_we_hold(db, booked[0].id, pdf.parent, language="fi")
        shutil.move(written, pdf)
    finally:
        db.close()


def helplog_form(window) -> None:  # type: ignore[no-untyped-def]
    """Choose a topic so the form shows its reminders and linked guides."""
    form = window.areas["helplog"].form
    form.view.topic_search.setText("pankkitunnu")
    wait(300)
    form._pick_item(form.view.topic_results.item(0))
    wait(500)


def statistics_report(data_dir: Path, pdf: Path) -> None:
    """The PDF report of last month for the demo point."""
    from digituki.core.domain.stats import Period
    from digituki.core.exports.pdf.report import render_pdf
    from digituki.core.services import stats
    from digituki.core.storage.database import Database

    last_month = DEMO_TODAY.replace(day=1) - dt.timedelta(days=1)
    db = Database.open_file(data_dir / "digituki.sqlite3")
    try:
        report = stats.report(db, Period.month(f"{last_month:%Y-%m}"))
        pdf.write_bytes(render_pdf(report, "fi"))
    finally:
        db.close()


def large_text(window) -> None:  # type: ignore[no-untyped-def]
    """Text size 200 %, as set in Settings (the window stays 1280×800: areas scroll if needed)."""
    from digituki.ui.style import apply_font_scale, apply_theme

    apply_theme("default")
    apply_font_scale(200)
    window.resize(*SIZE)
    window.activateWindow()
    window.areas["today"].view.walk_in.setFocus()  # the focus frame shows in the picture


def large_text_week(window) -> None:  # type: ignore[no-untyped-def]
    """The week's bookings at 200 % text, 1280×800."""
    from digituki.ui.style import apply_font_scale, apply_theme

    apply_theme("default")
    apply_font_scale(200)
    window.resize(*SIZE)


def large_text_guide(window) -> None:  # type: ignore[no-untyped-def]
    """A guide open at 200 % text, 1280×800 (the guide goes below the list)."""
    from digituki.ui.style import apply_font_scale, apply_theme

    apply_theme("default")
    apply_font_scale(200)
    window.resize(*SIZE)
    guides_search(window)


def high_contrast(window) -> None:  # type: ignore[no-untyped-def]
    """The high-contrast theme (black, white, yellow) at the normal text size."""
    from digituki.ui.style import apply_font_scale, apply_theme

    apply_font_scale(100)
    apply_theme("high_contrast")
    window.resize(*SIZE)
    window.activateWindow()
    window.areas["today"].view.new_booking.setFocus()
    window.areas["today"].view.walk_in.setFocus()


# --- coordinator mode: 12 demo points, January to last month, a few files missing ----------------

COORDINATOR_POINTS = (
    ("Kallion kirjasto", "Helsinki"),
    ("Itäkeskuksen kirjasto", "Helsinki"),
    ("Malmin asukastalo", "Helsinki"),
    ("Sellon kirjasto", "Espoo"),
    ("Espoon keskuksen palvelupiste", "Espoo"),
    ("Tikkurilan kirjasto", "Vantaa"),
    ("Myyrmäen seniorikeskus", "Vantaa"),
    ("Keravan kirjasto", "Kerava"),
    ("Järvenpään Eläkeläiset ry", "Järvenpää"),
    ("Porvoon kirjasto", "Porvoo"),
    ("Lohjan asiointipiste", "Lohja"),
    ("Kirkkonummen kirjasto", "Kirkkonummi"),
)


def _scaled(document: dict, factor: float, point: tuple[str, str, str], generated: str) -> dict:  # type: ignore[type-arg]
    """A point's bundle made from the demo point's month: every count scaled, new identity."""
    import copy
    import uuid

    doc = copy.deepcopy(document)
    for key, value in doc["totals"].items():
        if isinstance(value, int):
            doc["totals"][key] = round(value * factor)
    for table in doc["tables"]:
        for cell in table["cells"]:
            cell[-1] = round(cell[-1] * factor)
    doc["point"] = {"id": point[0], "name": point[1], "municipality": point[2]}
    doc["export_id"] = str(uuid.uuid4())
    doc["generated_at"] = generated
    return doc


def coordinator_demo(data_dir: Path, tmp: Path) -> list[str]:
    """Fill the coordinator's database (coordinator.sqlite3 in `data_dir`): one demo point's real
    monthly bundles, scaled and re-signed for 12 points (each its own key), a few months missing,
    one re-sent month, one point closed in the summer. Returns the months."""
    import json
    import random
    import uuid

    from digituki.core.domain.stats import Period
    from digituki.core.exports import bundle as fmt
    from digituki.core.security import signing
    from digituki.core.services import coordinator as coord
    from digituki.core.services import settings as settings_service
    from digituki.core.services import stats
    from digituki.core.services.demo import generate_demo
    from digituki.core.storage.database import Database

    last = DEMO_TODAY.replace(day=1) - dt.timedelta(days=1)
    months = [f"{last.year:04d}-{m:02d}" for m in range(1, last.month + 1)]
    point_db = Database.open_file(tmp / "demo-point.sqlite3")
    documents = {}
    try:
        generate_demo(point_db, seed=7, months=len(months) + 1, today=DEMO_TODAY)
        for month in months:
            [exported] = stats.export_period(
                point_db, Period.month(month), ["bundle"], tmp / "bundles" / month
            )
            documents[month] = json.loads(exported.path.read_text(encoding="utf-8"))
    finally:
        point_db.close()
    rng = random.Random(3)
    n = len(months)
    missing = {(2, n - 1), (7, n - 1), (10, n - 1), (4, n - 3), (4, n - 4)}
    closed_point, closed_from = 8, max(1, n - 4)
    resent = (0, n - 2)
    cdb = Database.open_file(coord.coordinator_database_path(data_dir))
    try:
        settings_service.update_site_settings(
            cdb, site_name="Uudenmaan digitukiverkosto (demo)", municipality="Uusimaa"
        )
        for i, (name, municipality) in enumerate(COORDINATOR_POINTS):
            key = signing.new_private_key()
            point = (str(uuid.UUID(int=rng.getrandbits(128))), name, municipality)
            factor = 0.25 + 1.5 * rng.random()
            for j, month in enumerate(months):
                if (i, j) in missing or (i == closed_point and j >= closed_from):
                    continue
                sent = dt.date(int(month[:4]), int(month[5:]), 1) + dt.timedelta(days=33)
                sends = [sent] + ([sent + dt.timedelta(days=5)] if (i, j) == resent else [])
                latest = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
                for k, day in enumerate(sends):
                    # never in the future (the importer refuses that): last month's file "today"
                    moment = dt.datetime.combine(day, dt.time(9), dt.UTC)
                    moment = min(moment, latest + dt.timedelta(minutes=30 * k))
                    doc = _scaled(documents[month], factor, point, f"{moment:%Y-%m-%dT%H:%M:%SZ}")
                    doc = {k: v for k, v in doc.items() if k not in ("checksum", "signature")}
                    doc["checksum"] = {"algorithm": "sha256", "value": fmt.checksum_of(doc)}
                    doc["signature"] = signing.sign(key, fmt.canonical_bytes(doc))
                    result = coord.import_bytes(cdb, fmt.bundle_bytes(doc), f"{name}.json")
                    assert result.status in (coord.IMPORTED, coord.REPLACED), result
            if i == closed_point:
                coord.set_point_closed(cdb, point[0], True)
    finally:
        cdb.close()
    return months


def coordinator_completeness(window) -> None:  # type: ignore[no-untyped-def]
    """Coordinator mode (as chosen in Settings), the "who has sent" matrix of this year."""
    from digituki.ui.style import apply_font_scale, apply_theme

    apply_theme("default")
    apply_font_scale(100)
    window.ctx.local_settings.update(mode="coordinator")
    window.switch_mode()
    for _ in range(200):
        wait(50)
        if window.ctx.db is not None and not window.ctx.runner.busy():
            break
    area = window.areas["coordinator"]
    area.view.matrix_year.setValue(DEMO_TODAY.year)
    area.view.tabs.setCurrentIndex(1)
    window.resize(1500, SIZE[1])  # twelve months side by side (a 1280 window scrolls sideways)
    for _ in range(100):
        wait(50)
        if area.matrix_data is not None and not window.ctx.runner.busy():
            break
    window.show_area("coordinator")


def regional_report(data_dir: Path, pdf: Path) -> None:
    """The regional report's PDF for the months of this year so far (all points summed)."""
    from digituki.core.domain.stats import Period
    from digituki.core.services import coordinator as coord
    from digituki.core.storage.database import Database

    last = DEMO_TODAY.replace(day=1) - dt.timedelta(days=1)
    db = Database.open_file(coord.coordinator_database_path(data_dir))
    try:
        period = Period.range(f"{last.year:04d}-01", f"{last:%Y-%m}")
        [written] = coord.export_regional(db, period, ["pdf"], pdf.parent / "regional")
        shutil.move(written.path, pdf)
    finally:
        db.close()


SHOTS: list[Shot] = [
    ("main-window", "today", None),
    ("bookings-week", "bookings", None),
    ("customer-search", "bookings", customer_search),
    ("helplog", "helplog", helplog_form),
    ("guides", "guides", guides_search),
    ("statistics", "statistics", None),
    ("settings", "settings", None),
    # accessibility: keep these last, they change the look for the shots after them
    ("today-200", "today", large_text),
    ("week-200", "bookings", large_text_week),
    ("guide-200", "guides", large_text_guide),
    ("today-high-contrast", "today", high_contrast),
    # coordinator mode: switches the window over, so after every desk shot
    ("coordinator-completeness", "settings", coordinator_completeness),
]
# name → function(data_dir, out_pdf_path) writing a PDF whose first page becomes <name>.png
DOCUMENTS: list[tuple[str, Callable[[Path, Path], None]]] = [
    ("guide-handout", guide_handout),
    ("guide-handout-sv-fullmakt", handout_of("suomifi-valtuuden-antaminen", "sv")),
    ("guide-handout-sv-apotek", handout_of("e-resepti-apteekissa", "sv")),
    ("tally-sheet", tally_sheet),
    ("confirmation-slip", confirmation_slip),
    ("privacy-notice", privacy_notice),
    ("what-we-hold", what_we_hold),
    ("statistics-report", statistics_report),
    ("regional-report", regional_report),
]


FIRST_RUN = ("first-run-1-point", "first-run-2-hours", "first-run-3-key")


def first_run_steps(app: QApplication, tmp: Path) -> None:
    """The first-run set-up of a new, empty point: one picture per step (README)."""
    from digituki.app import create_window
    from digituki.paths import resolve_paths

    paths = resolve_paths(tmp / "new-point").ensure()
    window = create_window(paths, app)
    window.resize(*SIZE)
    window.show()
    window.open_database()
    for _ in range(600):
        if getattr(window, "first_run_dialog", None) is not None:
            break
        wait(50)
    else:
        from digituki.core.services.first_run import setup_needed

        raise SystemExit(f"no first-run page (needed: {setup_needed(window.ctx.db)})")
    dialog = window.first_run_dialog
    dialog.resize(760, 520)
    dialog.name.setText("Kallion kirjaston digitukipiste")
    dialog.municipality.setText("Helsinki")
    dialog.phone.setText("09 123 4567")
    dialog.place.setText("Pääkirjasto, 2. krs, neuvonta")
    for index, name in enumerate(FIRST_RUN):
        if index:
            dialog.next.click()
            for _ in range(100):
                if dialog.pages.currentIndex() == index and not window.ctx.runner.busy():
                    break
                wait(50)
        wait(400)
        path = OUT / f"{name}.png"
        dialog.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")
    dialog.reject()
    window.ctx.runner.wait()
    window.close()
    if window.ctx.db is not None:
        window.ctx.db.close()


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    from digituki.app import create_window
    from digituki.core.services.demo import generate_demo
    from digituki.core.storage.database import Database
    from digituki.paths import resolve_paths

    OUT.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    app = QApplication(sys.argv[:1])
    if only and only <= {"first-run", *FIRST_RUN}:  # only the set-up's pictures
        with tempfile.TemporaryDirectory(prefix="digituki-shots-") as tmp:
            first_run_steps(app, Path(tmp))
        return 0
    with tempfile.TemporaryDirectory(prefix="digituki-shots-") as tmp:
        paths = resolve_paths(Path(tmp) / "home").ensure()
        db = Database.open_file(paths.database)
        generate_demo(db, seed=42, months=3, today=DEMO_TODAY)
        db.close()
        if not only or only & {"coordinator-completeness", "regional-report"}:
            coordinator_demo(paths.data_dir, Path(tmp))
        window = create_window(paths, app)
        window.resize(*SIZE)
        window.show()
        window.open_database()
        for _ in range(200):
            if window.ctx.db is not None and not window.ctx.runner.busy():
                break
            wait(50)
        for name, area, setup in SHOTS:
            if only and name not in only:
                continue
            window.show_area(area)
            if setup is not None:
                setup(window)
            wait(600)
            path = OUT / f"{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT)}")
        window.close()
        if DOCUMENTS and shutil.which("pdftoppm"):
            for name, make in DOCUMENTS:
                if only and name not in only:
                    continue
                pdf = Path(tmp) / f"{name}.pdf"
                make(paths.data_dir, pdf)
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                     str(OUT / name)],
                    check=True,
                )  # fmt: skip
                print(f"wrote docs/screenshots/{name}.png")
        if window.ctx.db is not None:
            window.ctx.db.close()
        if not only or only & {"first-run", *FIRST_RUN}:
            first_run_steps(app, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
