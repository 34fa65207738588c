"""Coordinator mode as a regional coordinator uses it: switch to it in Settings, drop the points'
real statistics files (made by the point's own export), read what happened to each file, see
who is missing, make the regional report, look after the points."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from digituki.core import clock
from digituki.core.domain.helplog import SessionDraft
from digituki.core.domain.stats import Period
from digituki.core.services import helplog
from digituki.core.services import settings as settings_service
from digituki.core.services import stats as stats_service
from digituki.core.storage.database import Database


def last_month() -> str:
    first = clock.today().replace(day=1) - dt.timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}"


def point_bundle(
    folder: Path,
    name: str,
    municipality: str,
    sessions: int,
    month: str,
    point_id: str | None = None,
    minutes_later: int = 0,
) -> Path:
    """A real bundle: a point database with `sessions` help sessions, exported like a point does
    (signed with that database's own key)."""
    db = Database.in_memory()
    try:
        changes: dict[str, Any] = {"site_name": name, "municipality": municipality}
        if point_id:
            changes["point_id"] = point_id
        settings_service.update_site_settings(db, **changes)
        year, number = (int(x) for x in month.split("-"))
        for i in range(sessions):
            helplog.log_session(
                db,
                SessionDraft(
                    date=dt.date(year, number, 1 + i % 27),
                    start_hour=11,
                    topics=("ident.bank_id",),
                    support_form="on_site_walk_in",
                    age_band="65_74",
                ),
                now=dt.datetime.now(dt.UTC),
            )
        out = folder / f"{name}-{month}-{uuid.uuid4().hex[:6]}"
        now = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes_later)
        [exported] = stats_service.export_period(db, Period.month(month), ["bundle"], out, now=now)
        return exported.path
    finally:
        db.close()


@pytest.fixture
def coordinator(qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The window switched to coordinator mode from Settings, as a user does it."""
    window = make_window(language="en")
    window.show_area("settings")
    settings = window.areas["settings"]
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    combo = settings.view.mode
    combo.setCurrentIndex(combo.findData("coordinator"))
    assert asked and "coordinator" in asked[0]
    qtbot.waitUntil(lambda: "coordinator" in window.areas, timeout=10_000)
    qtbot.waitUntil(lambda: window.ctx.db is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)
    return window


def import_and_wait(qtbot: Any, area: Any, paths: list[Path]) -> None:
    before = area.import_result
    area.import_paths(paths)
    qtbot.waitUntil(lambda: area.import_result is not before, timeout=20_000)


def test_switching_to_coordinator_mode_shows_the_coordinator_area(
    qtbot: Any, coordinator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = coordinator
    items = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert items == ["Coordinator", "Settings"]
    assert window.ctx.local_settings.load().mode == "coordinator"
    assert Path(str(window.ctx.db.engine.url.database)).name == "coordinator.sqlite3"
    assert "coordinator" in window.windowTitle()
    assert not window.actions_menu.new_booking.isEnabled()
    tabs = window.areas["coordinator"].view.tabs
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == [
        "Import files",
        "Who has sent",
        "Regional report",
        "Points",
    ]
    # and back to the desk: the point's areas return
    window.show_area("settings")
    combo = window.areas["settings"].view.mode
    combo.setCurrentIndex(combo.findData("point"))
    qtbot.waitUntil(lambda: "today" in window.areas, timeout=10_000)
    qtbot.waitUntil(lambda: window.ctx.db is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)
    assert window.navigation.item(0).text() == "Today"
    assert Path(str(window.ctx.db.engine.url.database)).name == "digituki.sqlite3"


def test_saying_no_keeps_the_desk(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(language="en")
    window.show_area("settings")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    combo = window.areas["settings"].view.mode
    combo.setCurrentIndex(combo.findData("coordinator"))
    assert combo.currentData() == "point"
    assert window.ctx.local_settings.load().mode == "point"
    assert "today" in window.areas


def test_drop_files_and_read_what_happened(
    qtbot: Any, coordinator: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = coordinator.areas["coordinator"]
    month = last_month()
    a = point_bundle(tmp_path, "Kallio library", "Helsinki", 12, month)
    b = point_bundle(tmp_path, "Espoo office", "Espoo", 7, month)
    broken = tmp_path / "broken.json"
    broken.write_bytes(a.read_bytes()[:200])
    edited = tmp_path / "edited.json"
    document = json.loads(b.read_text(encoding="utf-8"))
    document["totals"]["sessions"] += 1
    edited.write_text(json.dumps(document), encoding="utf-8")

    # drag and drop onto the drop zone, the way a file manager does it
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (a, b, broken, edited)])
    zone = area.view.drop_zone
    event = QDropEvent(
        QPointF(QPoint(5, 5)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    zone.dropEvent(event)  # (offscreen Qt does not route a synthetic drop through notify)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: area.import_result is not None, timeout=20_000)

    model = area.results_model
    rows = {model.text(r, 0): [model.text(r, c) for c in range(4)] for r in range(4)}
    assert rows[a.name][1] == "✓ Imported"
    assert rows[a.name][2].startswith("Kallio library, ")
    assert rows[broken.name][1] == "✗ Refused"
    assert "damaged" in rows[broken.name][3]
    assert rows[edited.name][1] == "✗ Refused"
    assert "changed after" in rows[edited.name][3]
    assert "2 imported" in area.view.import_summary.text()
    assert "2 refused" in area.view.import_summary.text()
    assert "2 of 4" in area.view.status.text()

    # the same files again: nothing changes, and it says so
    import_and_wait(qtbot, area, [a])
    assert model.text(0, 1) == "= Already imported, nothing changed"


def test_a_new_signing_key_is_a_loud_warning(
    qtbot: Any, coordinator: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = coordinator.areas["coordinator"]
    month = last_month()
    pid = str(uuid.uuid4())
    first = point_bundle(tmp_path, "Kallio library", "Helsinki", 12, month, point_id=pid)
    import_and_wait(qtbot, area, [first])
    assert not area.view.key_warning.isVisibleTo(area)
    # the point "reinstalled": same identity, another database and so another key, newer file
    second = point_bundle(
        tmp_path, "Kallio library", "Helsinki", 13, month, point_id=pid, minutes_later=5
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text)
    )
    import_and_wait(qtbot, area, [second])
    assert warnings and "NEW key" in warnings[0] and "Kallio library" in warnings[0]
    assert area.view.key_warning.isVisibleTo(area)
    assert "WARNING" in area.view.key_warning.text()
    # issue 20: held back (the first file still counts) until the coordinator accepts the key
    assert area.results_model.text(0, 1) == "⚠ Held back: counts only once you accept it"
    assert "NEW key" in area.results_model.text(0, 3)
    from digituki.core.services import coordinator as coord

    db = coordinator.ctx.db
    assert coord.regional_stats(db, Period.month(month)).stats.sessions == 12
    assert area.view.accept_key.isVisibleTo(area)
    questions: list[str] = []

    def say_yes(parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", say_yes)
    area.view.accept_key.click()
    qtbot.waitUntil(lambda: not coord.list_pending(db), timeout=10_000)
    assert "NEW key" in questions[0] and "Kallio library" in questions[0]
    assert coord.regional_stats(db, Period.month(month)).stats.sessions == 13
    assert [d[1] for d in coord.trust_decisions(db)] == [coord.DECISION_NEW_KEY]


def test_completeness_matrix_in_words_and_saved(
    qtbot: Any, coordinator: Any, tmp_path: Path
) -> None:
    area = coordinator.areas["coordinator"]
    month = last_month()
    files = [
        point_bundle(tmp_path, "Kallio library", "Helsinki", 12, month),
        point_bundle(tmp_path, "Espoo office", "Espoo", 7, month),
    ]
    import_and_wait(qtbot, area, files)
    area.view.matrix_year.setValue(int(month[:4]))
    area.view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: area.matrix_data is not None, timeout=10_000)
    qtbot.waitUntil(lambda: area.matrix_model.rowCount() == 2, timeout=10_000)
    model = area.matrix_model
    column = 1 + int(month[5:]) - 1
    names = [model.text(r, 0) for r in range(2)]
    assert sorted(names) == ["Espoo office", "Kallio library"]
    assert model.text(0, column) == "✓ received"
    other = 1 if column != 1 else 2
    assert model.text(0, other) == "✗ missing"
    spoken = model.data(model.index(0, column), Qt.ItemDataRole.AccessibleTextRole)
    assert "received" in spoken and names[0] in spoken
    assert "missing" in area.view.matrix_summary.text()
    assert "✓ received" in area.view.matrix_legend.text()

    target = tmp_path / "out" / "matrix.csv"
    target.parent.mkdir()
    area.choose_save_file = lambda *a: target  # type: ignore[method-assign]
    area.view.matrix_save.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    text = target.read_text(encoding="utf-8-sig")
    assert "Kallio library" in text and "delivered" in text and "missing" in text


def test_regional_report_preview_and_save(qtbot: Any, coordinator: Any, tmp_path: Path) -> None:
    area = coordinator.areas["coordinator"]
    month = last_month()
    files = [
        point_bundle(tmp_path, "Kallio library", "Helsinki", 12, month),
        point_bundle(tmp_path, "Espoo office", "Espoo", 3, month),
    ]
    import_and_wait(qtbot, area, files)
    area.view.tabs.setCurrentIndex(2)
    area.set_period("month", month)
    qtbot.waitUntil(
        lambda: area.report is not None and area.report.period.first == month, timeout=15_000
    )
    summary = area.view.report_summary.text()
    assert "15 help sessions at 2 point(s)" in summary
    titles = [
        area.view.report_tables.item(i).text() for i in range(area.view.report_tables.count())
    ]
    assert "Help sessions per point" in titles
    area.view.report_tables.setCurrentRow(titles.index("Help sessions per point"))
    model = area.report_model
    cells = {model.text(r, 0): model.text(r, 1) for r in range(model.rowCount())}
    # the small point shows in the per-point totals (points publish their totals themselves)
    assert cells["Espoo office"] == "3" and cells["Kallio library"] == "12"
    assert cells["Total"] == "15"

    # a whole year: the month-by-month trend comes first, with the change from month to month
    area.set_period("year", int(month[:4]))
    qtbot.waitUntil(lambda: area.report.period.kind == "year", timeout=15_000)
    assert area.view.report_tables.item(0).text() == "Help sessions by month"
    area.view.report_tables.setCurrentRow(0)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Change from the month before"
    row = int(month[5:]) - 1
    assert model.text(row, 1) == "15"
    area.set_period("month", month)
    qtbot.waitUntil(lambda: area.report.period.kind != "year", timeout=15_000)

    out = tmp_path / "report"
    out.mkdir()
    area.choose_folder = lambda: out  # type: ignore[method-assign]
    area.view.save_all.click()
    qtbot.waitUntil(lambda: "Saved" in area.view.status.text(), timeout=30_000)
    suffixes = sorted(p.suffix for p in out.iterdir())
    assert suffixes == [".csv", ".json", ".pdf", ".xlsx"]


def test_points_rename_close_and_merge(
    qtbot: Any, coordinator: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from digituki.core.services import coordinator as coord

    area = coordinator.areas["coordinator"]
    month = last_month()
    files = [
        point_bundle(tmp_path, "Kallio library", "Helsinki", 12, month),
        point_bundle(tmp_path, "Kallion kirjasto", "Helsinki", 4, month),
    ]
    import_and_wait(qtbot, area, files)
    area.view.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: area.points_model.rowCount() == 2, timeout=10_000)
    ids = {p.name: p.id for p in area.points_data}

    area.choose_point(ids["Kallio library"])
    area.view.point_name.setText("Kallio Library")
    area.view.rename.click()
    qtbot.waitUntil(lambda: "name was saved" in area.view.status.text(), timeout=10_000)
    qtbot.waitUntil(
        lambda: any(p.name == "Kallio Library" for p in area.points_data), timeout=10_000
    )

    area.choose_point(ids["Kallio library"])
    assert area.view.toggle_closed.text().replace("&", "") == "Mark as closed"
    area.view.toggle_closed.click()
    qtbot.waitUntil(
        lambda: any(p.closed for p in coord.list_points(coordinator.ctx.db)), timeout=10_000
    )
    qtbot.waitUntil(lambda: "closed" in [area.points_model.text(r, 2) for r in range(2)])

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    area.choose_point(ids["Kallion kirjasto"])
    combo = area.view.merge_target
    combo.setCurrentIndex(combo.findData(ids["Kallio library"]))
    area.view.merge.click()
    qtbot.waitUntil(lambda: "Merged: 1 file(s)" in area.view.status.text(), timeout=10_000)
    points = {p.id: p for p in coord.list_points(coordinator.ctx.db)}
    assert points[ids["Kallion kirjasto"]].merged_into == ids["Kallio library"]
    qtbot.waitUntil(
        lambda: any(area.points_model.text(r, 2).startswith("merged into") for r in range(2)),
        timeout=10_000,
    )


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_widget_of_the_coordinator_area_has_a_name(
    qtbot: Any, coordinator: Any, tmp_path: Path, language: str
) -> None:
    """The same screen-reader walk as the desk areas get (tests/gui/test_accessibility.py)."""
    from a11y_walk import unnamed
    from PySide6.QtWidgets import QTabWidget

    window = coordinator
    window.ctx.translations.apply(language)
    area = window.areas["coordinator"]
    import_and_wait(qtbot, area, [point_bundle(tmp_path, "Kallio", "Helsinki", 12, last_month())])
    problems: list[str] = []
    tabs = area.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
        problems += [f"tab {index}: {text}" for text in unnamed(area)]
    assert problems == []


def test_keyboard_and_accessible_names(coordinator: Any) -> None:
    area = coordinator.areas["coordinator"]
    v = area.view
    for widget in (
        v.add_files,
        v.add_folder,
        v.results,
        v.matrix,
        v.matrix_year,
        v.matrix_save,
        v.kind,
        v.month,
        v.save_pdf,
        v.save_all,
        v.points,
        v.point_name,
        v.rename,
        v.merge,
        v.merge_target,
    ):
        assert widget.accessibleName(), widget.objectName()
    assert v.matrix_year_label.buddy() is v.matrix_year
    assert "&" in v.add_files.text()


def test_a_point_imports_the_coordinators_topic_list_in_settings(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))
    from test_topic_governance import MAPPING, version_2

    from digituki.core.domain.topics import load_topics, set_active_topics
    from digituki.core.services import topic_updates

    coordinator_db = Database.in_memory()
    out = tmp_path / "topics-v2.json"
    try:
        topic_updates.publish_topic_list(coordinator_db, version_2(), MAPPING, out)
    finally:
        coordinator_db.close()
    set_active_topics(None)
    try:
        window = make_window(language="en")
        window.show_area("settings")
        area = window.areas["settings"]
        area.choose_topic_file = lambda: str(out)  # type: ignore[method-assign]
        area.view.import_topics.click()
        qtbot.waitUntil(
            lambda: "version 2 is now in use" in area.view.status.text(), timeout=10_000
        )
        assert load_topics().is_valid("ident.passkey")
        area.view.import_topics.click()
        qtbot.waitUntil(lambda: "already in use" in area.view.status.text(), timeout=10_000)
        assert "Nothing was changed." in area.view.status.text()
    finally:
        set_active_topics(None)
