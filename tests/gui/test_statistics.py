"""The Statistics area as a coordinator-minded volunteer uses it: choose a month, read the counts
(small ones hidden), save the files with a progress indicator, see what was saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from digituki.core.domain.helplog import SessionDraft
from digituki.core.domain.stats import Period
from digituki.core.services import helplog
from digituki.core.services.helplog import HELSINKI


def _last_month() -> str:
    first = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}"


def _seed(db, month: str) -> None:  # type: ignore[no-untyped-def]
    year, number = (int(x) for x in month.split("-"))
    now = dt.datetime.now(HELSINKI)
    for day, topic, form in [(d, "ident.bank_id", "on_site_walk_in") for d in range(1, 12)] + [
        (12, "health.omakanta", "remote_phone"),
        (13, "health.omakanta", "remote_phone"),
        (14, "health.omakanta", "remote_video"),
        (15, "health.omakanta", "remote_video"),
        (16, "health.omakanta", "remote_video"),
    ]:
        helplog.log_session(
            db,
            SessionDraft(
                date=dt.date(year, number, day),
                start_hour=11,
                topics=(topic,),
                support_form=form,
                age_band="65_74",
            ),
            now=now,
        )


def _area(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(language="en")
    month = _last_month()
    _seed(window.ctx.db, month)
    window.show_area("statistics")
    area = window.areas["statistics"]
    area.set_period(Period.month(month))
    qtbot.waitUntil(
        lambda: area.report is not None and area.report.period.first == month, timeout=15_000
    )
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=15_000)
    return window, area, month


def test_choose_a_month_and_see_its_counts(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    _window, area, month = _area(qtbot, make_window)
    v = area.view
    assert v.summary_labels["sessions"][1].text() == "16"
    assert v.summary_labels["customers"][1].text() == "16"
    assert "<5" in v.summary_labels["privacy"][1].text()
    titles = [v.tables.item(i).text() for i in range(v.tables.count())]
    assert "Form of support" in titles
    v.tables.setCurrentRow(titles.index("Form of support"))
    model = area.table_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Form of support"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Sessions"
    shown = {model.text_at(r, 0): model.text_at(r, 1) for r in range(model.rowCount())}
    assert shown["At the point, walk-in"] == "11"
    assert shown["By phone"] == "<5"  # 2 sessions: hidden as on paper
    assert shown["By video"] == "<5"
    assert shown["Total"] == "16"
    assert model.data(model.index(2, 1), Qt.ItemDataRole.AccessibleTextRole) == "<5 (hidden)"
    assert ("By phone", "<5") in v.chart.bars()
    assert v.table.accessibleName() and v.chart.accessibleName()
    # A whole year and several months can be chosen too.
    area.set_period(Period.year(int(month[:4])))
    qtbot.waitUntil(lambda: area.report.period.kind == "year", timeout=15_000)
    assert v.year.isVisible() and not v.first.isVisible()


def test_export_with_progress_and_see_it_listed(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window, area, month = _area(qtbot, make_window)
    runs: list[dict[str, object]] = []
    original = window.ctx.runner.run

    def spy(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        runs.append(kwargs)
        return original(fn, *args, **kwargs)

    monkeypatch.setattr(window.ctx.runner, "run", spy)
    out = tmp_path / "saved"
    monkeypatch.setattr(area, "choose_folder", lambda: out)
    qtbot.mouseClick(area.view.export_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in area.view.status.text(), timeout=20_000)
    assert any(r.get("progress") is True and r.get("label") for r in runs)
    assert sorted(p.suffix for p in out.iterdir()) == [".csv", ".json", ".pdf", ".xlsx"]
    assert all(month in p.name for p in out.iterdir())
    qtbot.waitUntil(lambda: area.history_model.rowCount() == 4, timeout=15_000)
    states = {area.history_model.index(r, 3).data() for r in range(4)}
    assert states == {"Up to date"}
    assert area.history_model.headerData(3, Qt.Orientation.Horizontal) == "State"
    assert set(helplog.exported_months(window.ctx.db)) == {month}


def test_privacy_threshold_changes_what_is_shown(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from digituki.core.services.settings import get_site_settings

    window, area, _ = _area(qtbot, make_window)
    area.view.k.setValue(3)
    qtbot.waitUntil(lambda: area.report is not None and area.report.k == 3, timeout=15_000)
    assert get_site_settings(window.ctx.db).suppression_k == 3
    titles = [area.view.tables.item(i).text() for i in range(area.view.tables.count())]
    area.view.tables.setCurrentRow(titles.index("Form of support"))
    model = area.table_model
    shown = {model.text_at(r, 0): model.text_at(r, 1) for r in range(model.rowCount())}
    assert shown["By phone"] == "<3"
    assert shown["By video"] == "×"  # so that the 2 cannot be worked out from the total
    assert "<3" in area.view.summary_labels["privacy"][1].text()
