"""Help log area: the fast form, the sessions list, the paper sheet, volunteers and topics."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import math
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QTreeWidgetItem,
    QWidget,
)

from digituki.core.domain import helplog as rules
from digituki.core.domain.errors import DigitukiError, ValidationError
from digituki.core.domain.helplog import (
    ExportedMonthError,
    SessionDraft,
    TallyBatch,
    TallyLine,
    month_of,
    previous_month,
    tally_numbers,
)
from digituki.core.domain.prefill import HelpPrefill
from digituki.core.domain.topics import is_hideable, load_topics
from digituki.core.security.note_cipher import DatabaseNoteKey
from digituki.core.services import helplog as service
from digituki.core.services.helplog import (
    HELSINKI,
    SaveResult,
    SessionDetail,
    SessionFilter,
    UndoToken,
    VolunteerRow,
)
from digituki.ui.a11y import announce
from digituki.ui.context import AppContext
from digituki.ui.errors import message_for, register_validation_messages, show_error
from digituki.ui.guides.linked import LinkedGuides
from digituki.ui.helplog import labels
from digituki.ui.helplog.model import COLUMNS, SessionTableModel, month_label
from digituki.ui.helplog.view import (
    FormView,
    HelpLogView,
    ManageView,
    PaperView,
    SessionsView,
    shrinkable,
)
from digituki.ui.i18n import format_date
from digituki.ui.widgets.area import Area

log = logging.getLogger(__name__)

TIMER_TICK_MS = 15_000
# The timer fills the duration only when it plausibly measured one customer.
TIMER_MIN_MINUTES = 3
TIMER_MAX_MINUTES = 180

# Topics of the "acting on someone's behalf" group and the "acting on behalf" value they imply.
BEHALF_OF_TOPIC = {
    "behalf.suomifi_authorization": "suomifi_authorization",
    "behalf.power_of_attorney": "power_of_attorney",
    "behalf.guardianship": "guardian",
}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _fill(combo: QComboBox, items: list[tuple[Any, str]], keep: bool = True) -> None:
    """Replace a combo's items (data, text), keeping the current choice when it still exists."""
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def _select(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _say(label: Any, text: str) -> None:
    label.setText(text)
    announce(label, text)


class _Tab(QWidget):
    def __init__(self, area: HelpLogArea) -> None:
        super().__init__()
        self.area = area
        self.ctx: AppContext = area.ctx

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.ctx.runner.run(fn, *args, parent=self, **kwargs)

    def retranslate(self) -> None:
        pass

    def activate(self) -> None:
        pass


# --- the fast form -------------------------------------------------------------------------------


class FormTab(_Tab):
    def __init__(self, area: HelpLogArea) -> None:
        super().__init__(area)
        self.view = v = FormView(self)
        self.linked_guides = LinkedGuides(area.ctx)
        v.guides_slot.addWidget(self.linked_guides)
        self._editing: SessionDetail | None = None
        self._chosen: list[str] = []
        self._booking_id: int | None = None
        self._dismissed: set[str] = set()
        self._scope_hint = False
        self._saving = False
        # when this customer's session began: the booking's start, the walk-in / restart press or
        # the form's first key; None until then (never "since the last save", issue 23)
        self._timer_start: dt.datetime | None = None
        self._duration_auto = True
        self._setting = False
        self._last_turned: str | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TIMER_TICK_MS)
        self._tick.timeout.connect(self._update_timer)
        self._tick.start()

        v.topic_search.textChanged.connect(self._search)
        v.topic_search.installEventFilter(self)
        v.topic_results.itemActivated.connect(self._pick_item)
        v.topic_results.itemClicked.connect(self._pick_item)
        v.chosen_topics.installEventFilter(self)
        v.remove_topic.clicked.connect(self._remove_topic)
        v.support_form.currentIndexChanged.connect(self._form_changed)
        v.next_step.currentIndexChanged.connect(self._next_step_changed)
        v.on_behalf.currentIndexChanged.connect(self._update_reminders)
        # The guides offered (and their handouts) follow the customer's language of service.
        v.language.currentIndexChanged.connect(
            lambda _i: self.linked_guides.set_customer_language(v.language.currentData())
        )
        v.duration.valueChanged.connect(self._duration_edited)
        v.topic_search.textEdited.connect(self._first_key)
        v.note.textEdited.connect(self._first_key)
        v.restart_timer.clicked.connect(self._restart_timer)
        v.save.clicked.connect(lambda: self._save(like_this=False))
        v.save_another.clicked.connect(lambda: self._save(like_this=True))
        v.clear.clicked.connect(self._clear)
        v.undo.clicked.connect(self.area.undo_last_save)
        v.cancel_edit.clicked.connect(self._cancel_edit)
        for key, reminder in v.reminders.items():
            reminder.dismiss.clicked.connect(functools.partial(self._dismiss, key))
        for reason, button in v.turned_buttons.items():
            button.clicked.connect(functools.partial(self._turned_away, reason))
        v.turned_take_back.clicked.connect(self._take_back_turned_away)
        for button in (v.save, v.save_another, v.clear, v.undo, v.remove_topic, v.restart_timer):
            button.setAutoDefault(True)  # Enter on a focused button presses that button
        save = QShortcut(QKeySequence("Ctrl+S"), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(lambda: self._save(like_this=False))
        again = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        again.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        again.activated.connect(lambda: self._save(like_this=True))
        self._fill_lists()
        self.reset()

    # --- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        v = self.view
        self._fill_lists()
        v.topic_label.setText(self.tr("&Topic: type a word, then press Enter"))
        v.topic_search.setAccessibleName(self.tr("Search for a topic"))
        v.topic_search.setPlaceholderText(self.tr("for example: omakanta, valtuutus, scam"))
        v.topic_results.setAccessibleName(self.tr("Matching topics"))
        v.chosen_label.setText(self.tr("Chosen topics:"))
        v.chosen_topics.setAccessibleName(self.tr("Chosen topics"))
        v.remove_topic.setText(self.tr("Remove topic"))
        v.remove_topic.setAccessibleName(self.tr("Remove the selected topic"))
        texts = {
            "date": self.tr("&Date:"),
            "start_hour": self.tr("Start h&our:"),
            "duration": self.tr("Duration (&minutes):"),
            "support_form": self.tr("Form of &support:"),
            "participants": self.tr("Number of &people:"),
            "age_band": self.tr("&Age:"),
            "language": self.tr("&Language:"),
            "device": self.tr("Dev&ice:"),
            "on_behalf": self.tr("Acting on &behalf:"),
            "outcome": self.tr("Out&come:"),
            "next_step": self.tr("Ne&xt step:"),
            "referral_target": self.tr("Referr&ed to:"),
            "volunteer": self.tr("&Volunteer:"),
            "note": self.tr("Private &note:"),
        }
        names = {
            "date": self.tr("Date"),
            "start_hour": self.tr("Start hour"),
            "duration": self.tr("Duration in minutes"),
            "support_form": self.tr("Form of support"),
            "participants": self.tr("Number of people"),
            "age_band": self.tr("Customer's age"),
            "language": self.tr("Language of service"),
            "device": self.tr("Device used"),
            "on_behalf": self.tr("Acting on someone's behalf"),
            "outcome": self.tr("Outcome"),
            "next_step": self.tr("Next step"),
            "referral_target": self.tr("Referred to"),
            "volunteer": self.tr("Volunteer"),
            "note": self.tr("Private note"),
        }
        for key, text in texts.items():
            v.labels[key].setText(text)
            self._field_widget(key).setAccessibleName(names[key])
        v.duration.setSuffix(self.tr(" min"))
        v.note.setPlaceholderText(self.tr("Only for this point; never sent; deleted automatically"))
        v.restart_timer.setText(self.tr("Restart timer"))
        v.restart_timer.setAccessibleName(self.tr("Restart the timer from zero"))
        v.save.setText(self.tr("Save (Ctrl+S)"))
        v.save.setAccessibleName(self.tr("Save the session"))
        v.save_another.setText(self.tr("Save and log another like this (Ctrl+Shift+S)"))
        v.save_another.setAccessibleName(self.tr("Save and log another session like this"))
        v.clear.setText(self.tr("Clea&r"))
        v.clear.setAccessibleName(self.tr("Clear the form"))
        v.undo.setText(self.tr("&Undo last save"))
        v.undo.setAccessibleName(self.tr("Undo the last save"))
        v.cancel_edit.setText(self.tr("Stop correcting"))
        v.cancel_edit.setAccessibleName(self.tr("Stop correcting and start a new session"))
        reminders = {
            "behalf": self.tr(
                "Acting on someone's behalf: the customer logs in with their own codes. For "
                "lasting help, Suomi.fi e-Authorizations is the right tool."
            ),
            "banking": self.tr(
                "Banking: never handle the customer's bank codes or passwords. The customer types "
                "them in."
            ),
            "scope": self.tr(
                "Out of scope? Refer the customer to Kansalaisneuvonta (citizens' advice), "
                "kansalaisneuvonta.fi."
            ),
        }
        for key, reminder in v.reminders.items():
            reminder.text.setText(reminders[key])
            reminder.dismiss.setText(self.tr("OK, hide"))
            reminder.dismiss.setAccessibleName(self.tr("Hide this reminder"))
        v.today_box.setTitle(self.tr("Today"))
        v.turned_box.setTitle(self.tr("Walk-ins turned away"))
        v.turned_help.setText(self.tr("One click for each customer you could not help today."))
        v.turned_take_back.setText(self.tr("Take back the last click"))
        v.turned_take_back.setAccessibleName(self.tr("Take back the last turned-away click"))
        self.show_turned_counts(self.area.turned_counts)
        self._update_timer()
        self._update_banner()
        self._refresh_chosen()
        self._search(v.topic_search.text())

    def _fill_lists(self) -> None:
        v = self.view
        for field in (
            "support_form",
            "age_band",
            "language",
            "device",
            "on_behalf",
            "outcome",
            "next_step",
            "referral_target",
        ):
            _fill(getattr(v, field), labels.choices(field))
        self.fill_volunteers()

    def usual_language_changed(self) -> None:
        """The point's usual customer language changed: an untouched form follows it."""
        if self._editing is None and not self.has_input():
            _select(self.view.language, self.area.customer_language)

    def fill_volunteers(self) -> None:
        items: list[tuple[Any, str]] = [(0, self.tr("Not recorded"))]
        current = self.view.volunteer.currentData()
        for volunteer in self.area.volunteers:
            if volunteer.active or volunteer.id == current:
                items.append((volunteer.id, volunteer.display_name))
        _fill(self.view.volunteer, items)

    def _field_widget(self, field: str) -> QWidget:
        return getattr(self.view, field)  # type: ignore[no-any-return]

    # --- topics --------------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        results = self.view.topic_results
        results.clear()
        language = self.area.language()
        found = self.area.topics.search(text, language, hidden=self.area.hidden)
        for topic in found:
            if topic.code in self._chosen:
                continue
            group = self.area.topics.group_of(topic.code).name(language)
            item = QListWidgetItem(f"{topic.name(language)}  —  {group}")
            item.setData(Qt.ItemDataRole.UserRole, topic.code)
            results.addItem(item)
        if results.count():
            results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.view.topic_search:
                results = self.view.topic_results
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and results.count():
                    step = 1 if key == Qt.Key.Key_Down else -1
                    row = min(max(results.currentRow() + step, 0), results.count() - 1)
                    results.setCurrentRow(row)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                ):
                    if self.view.topic_search.text().strip():
                        item = results.currentItem()
                        if item is not None:
                            self._pick_item(item)
                    else:
                        self._save(like_this=False)
                    return True
                if key == Qt.Key.Key_Escape and self.view.topic_search.text():
                    self.view.topic_search.clear()
                    return True
            elif watched is self.view.chosen_topics and key in (
                Qt.Key.Key_Delete,
                Qt.Key.Key_Backspace,
            ):
                self._remove_topic()
                return True
        return super().eventFilter(watched, event)

    def _pick_item(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        self._first_key()
        if code and code not in self._chosen:
            self._chosen.append(code)
            self._behalf_from_topic(code)
        self.view.topic_search.clear()
        self._refresh_chosen()
        self._search("")
        self.view.topic_search.setFocus()
        name = self.area.topic_name(code)
        _say(
            self.view.status,
            self.tr("Topic chosen: {topic}. Press Enter to save.").format(topic=name),
        )

    def _behalf_from_topic(self, code: str) -> None:
        """A topic of the "acting on someone's behalf" group says how (the user can change it)."""
        how = BEHALF_OF_TOPIC.get(code)
        if how is not None and self.view.on_behalf.currentData() == "no":
            _select(self.view.on_behalf, how)

    def _remove_topic(self) -> None:
        row = self.view.chosen_topics.currentRow()
        if 0 <= row < len(self._chosen):
            del self._chosen[row]
            self._refresh_chosen()
            self._search(self.view.topic_search.text())

    def _refresh_chosen(self) -> None:
        chosen = self.view.chosen_topics
        chosen.clear()
        for code in self._chosen:
            item = QListWidgetItem(self.area.topic_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            chosen.addItem(item)
        if self._chosen:
            chosen.setCurrentRow(len(self._chosen) - 1)
        self.view.remove_topic.setEnabled(bool(self._chosen))
        self.linked_guides.set_topics(self._chosen)
        self._update_reminders()

    # --- fields --------------------------------------------------------------------------------

    def _form_changed(self) -> None:
        group = self.view.support_form.currentData() == rules.GROUP_FORM
        self.view.participants.setEnabled(group)
        if not group:
            self.view.participants.setValue(1)

    def _next_step_changed(self) -> None:
        referred = self.view.next_step.currentData() == rules.REFERRED
        self.view.referral_target.setEnabled(referred)

    def _update_reminders(self) -> None:
        chosen = set(self._chosen)
        wanted = {
            "behalf": self.view.on_behalf.currentData() not in (None, "no"),
            "banking": any(c.startswith("bank.") or c == "ident.bank_id" for c in chosen),
            "scope": self._scope_hint or "other.other" in chosen,
        }
        for key, reminder in self.view.reminders.items():
            reminder.setVisible(wanted[key] and key not in self._dismissed)

    def _dismiss(self, key: str) -> None:
        self._dismissed.add(key)
        self.view.reminders[key].hide()
        self.view.topic_search.setFocus()

    # --- timer ---------------------------------------------------------------------------------

    def _elapsed_minutes(self) -> int:
        if self._timer_start is None:
            return 0
        seconds = (service.utc_now() - self._timer_start).total_seconds()
        return max(0, math.ceil(seconds / 60))

    def _first_key(self) -> None:
        """The first key of a new session starts its timer (not the previous save)."""
        if self._timer_start is None and not self._setting:
            self._timer_start = service.utc_now()
            self._update_timer()

    def _update_timer(self) -> None:
        minutes = self._elapsed_minutes()
        if self._timer_start is None:
            text = self.tr("Timer: starts with the first key")
        else:
            text = self.tr("Timer: {minutes} min").format(minutes=minutes)
        self.view.timer_text.setText(text)
        if self._duration_auto and self._editing is None:
            if TIMER_MIN_MINUTES <= minutes <= TIMER_MAX_MINUTES:
                value = minutes
            else:
                value = rules.DEFAULT_DURATION
            self._setting = True
            self.view.duration.setValue(value)
            self._setting = False
        self._show_duration()

    def _show_duration(self) -> None:
        """The duration that will be saved, beside the Save button (the field is further down)."""
        self.view.duration_hint.setText(
            self.tr("Duration to save: {minutes} min").format(minutes=self.view.duration.value())
        )

    def _duration_edited(self) -> None:
        if not self._setting:
            self._duration_auto = False
        self._show_duration()

    def _restart_timer(self) -> None:
        self._timer_start = service.utc_now()
        self._duration_auto = True
        self._update_timer()

    # --- the draft kept over a restart ---------------------------------------------------------

    def keep_draft(self, path: Path) -> None:
        """Write the unsaved form to `path`, to come back at the next start. The private note is
        left out: it may hold personal details, and only the encrypted database may hold those."""
        import json

        from digituki.core.exports.safety import write_atomically

        values = dataclasses.asdict(dataclasses.replace(self.draft(), note=""))
        values["date"] = values["date"].isoformat()
        values["topics"] = list(values["topics"])
        text = json.dumps({"draft": values, "search": self.view.topic_search.text()})
        write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))

    def restore_draft(self, path: Path) -> bool:
        """Bring back a draft kept at the last close (then delete its file)."""
        import json

        if not path.exists():
            return False
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            values = dict(stored["draft"])
            values["date"] = dt.date.fromisoformat(values["date"])
            values["topics"] = tuple(str(code) for code in values["topics"])
            draft = SessionDraft(**values)
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("the help-log draft kept at the last close could not be read")
            path.unlink(missing_ok=True)
            return False
        path.unlink(missing_ok=True)
        self.reset(draft)
        self.view.topic_search.setText(str(stored.get("search", "")))
        self._timer_start = service.utc_now()
        _say(
            self.view.status,
            self.tr(
                "The session you had not saved when Digituki closed is back. Save it or clear it."
            ),
        )
        return True

    @property
    def editing(self) -> bool:
        return self._editing is not None

    def has_input(self) -> bool:
        """Whether the form holds something the user typed or chose and has not saved."""
        v = self.view
        return bool(self._chosen or v.topic_search.text().strip() or v.note.text().strip()) or (
            self._editing is not None
        )

    # --- filling and reading the form ----------------------------------------------------------

    def _set_draft(self, draft: SessionDraft) -> None:
        v = self.view
        self._setting = True
        try:
            v.date.setDate(_qdate(draft.date))
            v.start_hour.setValue(draft.start_hour)
            v.duration.setValue(draft.duration_minutes)
            for field in (
                "support_form",
                "age_band",
                "language",
                "device",
                "on_behalf",
                "outcome",
                "next_step",
            ):
                _select(getattr(v, field), getattr(draft, field))
            _select(v.referral_target, draft.referral_target or rules.REFERRAL_TARGETS[0])
            self.fill_volunteers()
            _select(v.volunteer, draft.volunteer_id or 0)
            v.participants.setValue(draft.participants)
            v.note.setText(draft.note)
        finally:
            self._setting = False
        self._chosen = list(draft.topics)
        self._booking_id = draft.booking_id
        self._form_changed()
        v.participants.setValue(draft.participants)
        self._next_step_changed()
        self._refresh_chosen()
        self._search("")

    def draft(self) -> SessionDraft:
        v = self.view
        volunteer = v.volunteer.currentData()
        return SessionDraft(
            date=_pydate(v.date.date()),
            start_hour=v.start_hour.value(),
            topics=tuple(self._chosen),
            duration_minutes=v.duration.value(),
            support_form=v.support_form.currentData(),
            participants=v.participants.value(),
            age_band=v.age_band.currentData(),
            language=v.language.currentData(),
            device=v.device.currentData(),
            on_behalf=v.on_behalf.currentData(),
            outcome=v.outcome.currentData(),
            next_step=v.next_step.currentData(),
            referral_target=v.referral_target.currentData()
            if v.next_step.currentData() == rules.REFERRED
            else None,
            volunteer_id=volunteer or None,
            note=v.note.text(),
            booking_id=self._booking_id,
        )

    def _default_draft(self) -> SessionDraft:
        now = service.utc_now()
        return SessionDraft(
            date=service.local_today(now),
            start_hour=service.local_hour(now),
            topics=(),
            language=self.area.customer_language,
        )

    def reset(self, draft: SessionDraft | None = None) -> None:
        """Start a new session: defaults (or `draft`), timer from zero, search focused."""
        self._editing = None
        self._scope_hint = False
        self._set_draft(draft or self._default_draft())
        self._timer_start = None
        self._duration_auto = True
        self._update_timer()
        self._update_banner()

    def start_from(self, prefill: HelpPrefill) -> None:
        now = service.utc_now()
        start = prefill.started_at.astimezone(HELSINKI) if prefill.started_at else None
        draft = rules.draft_from_prefill(
            prefill,
            today=start.date() if start else service.local_today(now),
            hour=start.hour if start else service.local_hour(now),
            default_language=self._default_draft().language,
        )
        self.reset(draft)
        if prefill.started_at is not None:
            self._timer_start = prefill.started_at
        if prefill.duration_minutes:
            self._duration_auto = False
            self._setting = True
            self.view.duration.setValue(draft.duration_minutes)
            self._setting = False
        self._update_timer()
        self.view.status.clear()
        self.view.topic_search.setFocus()

    def load_for_edit(self, detail: SessionDetail) -> None:
        self.reset(detail.draft)
        self._editing = detail
        self._duration_auto = False
        self._update_banner()
        if detail.note_unreadable:
            _say(
                self.view.status,
                self.tr("The private note cannot be opened on this computer; it stays as it is."),
            )
        self.view.topic_search.setFocus()

    def _update_banner(self) -> None:
        v = self.view
        if self._editing is None:
            v.editing_banner.hide()
            return
        row = self._editing.row
        text = self.tr("You are correcting a session of {date}.").format(date=format_date(row.date))
        if row.exported:
            text += " " + self.tr("The statistics of this month were already sent.")
        v.editing_text.setText(text)
        v.editing_banner.show()

    def _cancel_edit(self) -> None:
        self.reset()
        self.view.status.clear()
        self.view.topic_search.setFocus()

    def _clear(self) -> None:
        self.reset()
        _say(self.view.status, self.tr("The form was cleared."))
        self.view.topic_search.setFocus()

    # --- saving --------------------------------------------------------------------------------

    def _save(self, like_this: bool, confirmed: bool = False) -> None:
        if self._saving or self.ctx.db is None:
            return
        draft = self.draft()
        editing = self._editing
        db, notes = self.ctx.db, self.area.notes
        if editing is not None:
            fn = functools.partial(
                service.update_session,
                db,
                editing.row.id,
                draft,
                notes=notes,
                confirm_exported=confirmed,
            )
        client_id: str | None = None
        if editing is None:
            # made when the form is saved: a retry or the offline queue sends the same id, so a
            # save whose answer was lost after the server committed it is not stored twice
            client_id = str(uuid.uuid4())
            fn = functools.partial(
                service.log_session,
                db,
                draft,
                notes=notes,
                confirm_exported=confirmed,
                client_id=client_id,
            )
        self._saving = True
        self.run(
            fn,
            on_done=lambda result: self._saved(result, draft, like_this, editing is not None),
            on_error=lambda error: self._save_failed(
                error, like_this, draft, editing is None, client_id
            ),
        )

    def _saved(
        self, result: SaveResult, draft: SessionDraft, like_this: bool, edited: bool
    ) -> None:
        self._saving = False
        topics = ", ".join(self.area.topic_name(code) for code in draft.topics)
        if edited:
            text = self.tr("Correction saved: {topics}.").format(topics=topics)
        else:
            text = self.tr("Saved: {topics}, {minutes} min.").format(
                topics=topics, minutes=draft.duration_minutes
            )
        self.area.set_undo(result.undo)
        if like_this and not edited:
            again = dataclasses.replace(draft, note="", booking_id=None)
            self.reset(again)
            text += " " + self.tr("The next one has the same values.")
        else:
            self.reset()
        _say(self.view.status, text)
        self.area.sessions_changed()
        if edited:
            self.area.show_tab(self.area.sessions)
        else:
            self.view.topic_search.setFocus()

    def _save_failed(
        self,
        error: BaseException,
        like_this: bool,
        draft: SessionDraft | None = None,
        new: bool = False,
        client_id: str | None = None,
    ) -> None:
        self._saving = False
        if new and draft is not None:  # shared server unreachable: keep it in the offline queue
            from digituki.ui.offline import queue_if_offline

            offline = queue_if_offline(self.ctx, draft, error, client_id)
            if offline is not None:
                queued, text = offline
                if queued:
                    self.reset()
                _say(self.view.status, text)
                return
        if isinstance(error, ExportedMonthError):
            if self.area.confirm_exported(error.params.get("month", "")):
                self._save(like_this, confirmed=True)
            else:
                _say(self.view.status, self.tr("Nothing was changed."))
            return
        if isinstance(error, ValidationError):
            _say(self.view.status, self.tr("Not saved. {reason}").format(reason=message_for(error)))
            target = {
                "topics": self.view.topic_search,
                "duration_minutes": self.view.duration,
                "volunteer_id": self.view.volunteer,
            }.get(error.field)
            if target is None and hasattr(self.view, error.field):
                target = getattr(self.view, error.field)
            (target or self.view.topic_search).setFocus()
            return
        show_error(self, error)

    # --- turned away ---------------------------------------------------------------------------

    def _turned_away(self, reason: str) -> None:
        if self.ctx.db is None:
            return
        self._last_turned = reason
        if reason == "out_of_scope":
            self._scope_hint = True
            self._update_reminders()
        self.run(
            service.record_turned_away,
            self.ctx.db,
            reason,
            on_done=lambda counts: self._turned_saved(counts, reason),
        )

    def _turned_saved(self, counts: dict[str, int], reason: str) -> None:
        self.area.turned_counts = counts
        self.show_turned_counts(counts)
        self.view.turned_take_back.setEnabled(True)
        _say(
            self.view.status,
            self.tr("Counted: one customer turned away ({reason}).").format(
                reason=labels.label("reason", reason)
            ),
        )
        self.area.refresh_today()

    def _take_back_turned_away(self) -> None:
        reason = self._last_turned
        if reason is None or self.ctx.db is None:
            return
        db = self.ctx.db

        def take_back() -> dict[str, int]:
            service.undo_turned_away(db, reason)
            today = service.local_today()
            return service.turned_away_counts(db, today, today)

        self.run(take_back, on_done=self._taken_back)

    def _taken_back(self, counts: dict[str, int]) -> None:
        self._last_turned = None
        self.view.turned_take_back.setEnabled(False)
        self.area.turned_counts = counts
        self.show_turned_counts(counts)
        _say(self.view.status, self.tr("The last turned-away click was taken back."))
        self.area.refresh_today()

    def show_turned_counts(self, counts: dict[str, int]) -> None:
        for reason, button in self.view.turned_buttons.items():
            name = labels.label("reason", reason)
            text = self.tr("{reason} (today {count})").format(
                reason=name, count=counts.get(reason, 0)
            )
            button.setText(text)
            button.setAccessibleName(
                self.tr("Count a customer turned away: {reason}").format(reason=name)
            )

    def show_today(self, sessions: int, turned: int) -> None:
        self.view.today_text.setText(
            self.tr("Sessions logged: {sessions}. Customers turned away: {turned}.").format(
                sessions=sessions, turned=turned
            )
        )


# --- the sessions list ---------------------------------------------------------------------------


class SessionsTab(_Tab):
    def __init__(self, area: HelpLogArea) -> None:
        super().__init__(area)
        self.view = v = SessionsView(self)
        self.model = SessionTableModel(area.topic_name, self)
        v.table.setModel(self.model)
        header = v.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("topics"), QHeaderView.ResizeMode.Stretch)
        self._loading = False
        for combo in (v.month, v.topic, v.volunteer, v.outcome):
            combo.currentIndexChanged.connect(self.reload)
        v.table.activated.connect(lambda _index: self._edit())
        v.edit.clicked.connect(self._edit)
        v.delete.clicked.connect(self._delete)

    def retranslate(self) -> None:
        v = self.view
        v.month_label.setText(self.tr("Mo&nth:"))
        v.month.setAccessibleName(self.tr("Month"))
        v.topic_label.setText(self.tr("&Topic:"))
        v.topic.setAccessibleName(self.tr("Topic"))
        v.volunteer_label.setText(self.tr("&Volunteer:"))
        v.volunteer.setAccessibleName(self.tr("Volunteer"))
        v.outcome_label.setText(self.tr("Out&come:"))
        v.outcome.setAccessibleName(self.tr("Outcome"))
        v.table.setAccessibleName(self.tr("Logged sessions"))
        v.edit.setText(self.tr("&Correct…"))
        v.edit.setAccessibleName(self.tr("Correct the selected session"))
        v.delete.setText(self.tr("&Delete…"))
        v.delete.setAccessibleName(self.tr("Delete the selected session"))
        self.fill_filters()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def fill_filters(self) -> None:
        v = self.view
        language = self.area.language()
        this_month = month_of(service.local_today())
        months = (this_month, previous_month(this_month))
        self._loading = True
        _fill(v.month, [(m, month_label(m)) for m in months])
        topic_items: list[tuple[Any, str]] = [("", self.tr("All topics"))]
        for group in self.area.topics.groups:
            topic_items.append((group.code, group.name(language)))
            topic_items.extend(
                (t.code, "    " + t.name(language))
                for t in group.topics
                if not self.area.topics.is_hidden(t.code, self.area.hidden)
            )
        _fill(v.topic, topic_items)
        volunteer_items: list[tuple[Any, str]] = [(0, self.tr("All volunteers"))]
        volunteer_items.extend((vol.id, vol.display_name) for vol in self.area.volunteers)
        _fill(v.volunteer, volunteer_items)
        _fill(v.outcome, [("", self.tr("All outcomes")), *labels.choices("outcome")])
        self._loading = False

    def activate(self) -> None:
        self.reload()

    def current_filter(self) -> SessionFilter:
        v = self.view
        return SessionFilter(
            month=v.month.currentData() or None,
            topic=v.topic.currentData() or None,
            volunteer_id=v.volunteer.currentData() or None,
            outcome=v.outcome.currentData() or None,
        )

    def reload(self) -> None:
        if self._loading or self.ctx.db is None:
            return
        self.run(service.list_sessions, self.ctx.db, self.current_filter(), on_done=self._show)

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        month = self.view.month.currentData()
        exported = any(row.exported for row in rows)
        text = self.tr("Sessions: {count}").format(count=len(rows))
        if exported and month:
            text += " · " + self.tr("the statistics of this month were already sent")
        self.view.summary.setText(text)
        if rows and not self.view.table.currentIndex().isValid():
            self.view.table.selectRow(0)

    def _selected(self) -> Any:
        index = self.view.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _edit(self) -> None:
        row = self._selected()
        if row is None:
            _say(self.view.status, self.tr("Choose a session in the list first."))
            return
        self.area.edit_session(row.id)

    def _delete(self, confirmed_export: bool = False) -> None:
        row = self._selected()
        if row is None or self.ctx.db is None:
            _say(self.view.status, self.tr("Choose a session in the list first."))
            return
        if not confirmed_export:
            answer = QMessageBox.question(
                self,
                self.tr("Delete session"),
                self.tr("Delete the session of {date} ({topics})? You can undo this.").format(
                    date=format_date(row.date),
                    topics=", ".join(self.area.topic_name(c) for c in row.topics),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run(
            functools.partial(
                service.delete_session, self.ctx.db, row.id, confirm_exported=confirmed_export
            ),
            on_done=self._deleted,
            on_error=self._delete_failed,
        )

    def _deleted(self, token: UndoToken) -> None:
        self.area.set_undo(token)
        _say(self.view.status, self.tr('The session was deleted. "Undo last save" brings it back.'))
        self.area.sessions_changed()

    def _delete_failed(self, error: BaseException) -> None:
        if isinstance(error, ExportedMonthError):
            if self.area.confirm_exported(error.params.get("month", "")):
                self._delete(confirmed_export=True)
            return
        show_error(self, error)


# --- the paper tally sheet ----------------------------------------------------------------------


class PaperTab(_Tab):
    def __init__(self, area: HelpLogArea) -> None:
        super().__init__(area)
        self.view = v = PaperView(self)
        self._numbers = tally_numbers(area.topics)
        self._sheet_path: Path | None = None
        v.date.setDate(_qdate(service.local_today()))
        v.start_hour.setValue(12)
        v.print_sheet.clicked.connect(self._print)
        v.add_line.clicked.connect(self.add_line)
        v.remove_line.clicked.connect(self._remove_line)
        v.save_batch.clicked.connect(lambda: self._save())
        for button in (v.print_sheet, v.add_line, v.remove_line, v.save_batch):
            button.setAutoDefault(True)

    def retranslate(self) -> None:
        v = self.view
        v.print_box.setTitle(self.tr("Paper sheet for days without a computer"))
        v.print_help.setText(
            self.tr(
                "Print the one-page sheet. It has the same topics and questions as the form. "
                "Enter the filled sheet below later."
            )
        )
        v.print_sheet.setText(self.tr("&Make the sheet (PDF)…"))
        v.print_sheet.setAccessibleName(self.tr("Make the paper sheet as a PDF file"))
        v.batch_box.setTitle(self.tr("Enter a filled paper sheet"))
        v.batch_help.setText(
            self.tr(
                "One line for each kind of customer: topic number, age and outcome, and how many "
                "customers were like that. The values above apply to the whole sheet."
            )
        )
        v.date_label.setText(self.tr("&Date on the sheet:"))
        v.date.setAccessibleName(self.tr("Date on the sheet"))
        v.start_hour_label.setText(self.tr("Start h&our:"))
        v.start_hour.setAccessibleName(self.tr("Start hour"))
        v.support_form_label.setText(self.tr("Form of &support:"))
        v.support_form.setAccessibleName(self.tr("Form of support"))
        v.language_label.setText(self.tr("&Language:"))
        v.language.setAccessibleName(self.tr("Language of service"))
        v.device_label.setText(self.tr("Dev&ice:"))
        v.device.setAccessibleName(self.tr("Device used"))
        v.volunteer_label.setText(self.tr("&Volunteer:"))
        v.volunteer.setAccessibleName(self.tr("Volunteer"))
        v.lines.setHorizontalHeaderLabels(
            [
                self.tr("Topic"),
                self.tr("Age"),
                self.tr("Outcome"),
                self.tr("Minutes each"),
                self.tr("How many"),
            ]
        )
        v.lines.setAccessibleName(self.tr("Lines of the paper sheet"))
        v.add_line.setText(self.tr("&Add a line"))
        v.add_line.setAccessibleName(self.tr("Add a line"))
        v.remove_line.setText(self.tr("&Remove the line"))
        v.remove_line.setAccessibleName(self.tr("Remove the selected line"))
        v.save_batch.setText(self.tr("&Save the sheet"))
        v.save_batch.setAccessibleName(self.tr("Save all lines of the sheet"))
        first = v.support_form.count() == 0
        _fill(v.support_form, labels.choices("support_form"))
        _fill(v.language, labels.choices("language"))
        _fill(v.device, labels.choices("device"))
        if first:  # paper days are mostly walk-in days, in the point's usual language
            _select(v.support_form, "on_site_walk_in")
            _select(v.language, self.area.customer_language)
        self.fill_volunteers()
        for row in range(v.lines.rowCount()):
            self._fill_line(row)
        self._update_total()

    def fill_volunteers(self) -> None:
        items: list[tuple[Any, str]] = [(0, self.tr("Not recorded"))]
        items.extend((vol.id, vol.display_name) for vol in self.area.volunteers if vol.active)
        _fill(self.view.volunteer, items)

    def usual_language_changed(self) -> None:
        """The point's usual customer language changed (Settings): the sheet's default follows."""
        _select(self.view.language, self.area.customer_language)

    def _topic_items(self) -> list[tuple[Any, str]]:
        language = self.area.language()
        return [
            (t.code, f"{self._numbers[t.code]}  {t.name(language)}")
            for t in self.area.topics.visible_topics(self.area.hidden)
        ]

    def _fill_line(self, row: int) -> None:
        lines = self.view.lines
        combos = {
            0: self._topic_items(),
            1: labels.choices("age_band"),
            2: labels.choices("outcome"),
        }
        for column, items in combos.items():
            combo = lines.cellWidget(row, column)
            if isinstance(combo, QComboBox):
                _fill(combo, items)
        names = (self.tr("Topic"), self.tr("Age"), self.tr("Outcome"), self.tr("Minutes each"))
        for column, name in enumerate((*names, self.tr("How many"))):
            widget = lines.cellWidget(row, column)
            if widget is not None:
                widget.setAccessibleName(
                    self.tr("Line {line}: {field}").format(line=row + 1, field=name)
                )

    def add_line(self) -> None:
        lines = self.view.lines
        row = lines.rowCount()
        previous = self.line(row - 1) if row else None
        lines.insertRow(row)
        for column in range(3):
            lines.setCellWidget(row, column, QComboBox())
        minutes = QSpinBox()
        minutes.setRange(1, rules.MAX_DURATION)
        minutes.setValue(previous.duration_minutes if previous else rules.DEFAULT_DURATION)
        count = QSpinBox()
        count.setRange(1, rules.MAX_TALLY_COUNT)
        count.valueChanged.connect(self._update_total)
        lines.setCellWidget(row, 3, minutes)
        lines.setCellWidget(row, 4, count)
        self._fill_line(row)
        shrinkable(lines)
        header = lines.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            widget = lines.cellWidget(row, column)
            if widget is not None:
                width = max(widget.sizeHint().width(), header.sectionSizeHint(column))
                lines.setColumnWidth(column, max(lines.columnWidth(column), width))
        age = lines.cellWidget(row, 1)
        if isinstance(age, QComboBox):
            _select(age, previous.age_band if previous else "65_74")
        if previous is not None:
            outcome = lines.cellWidget(row, 2)
            if isinstance(outcome, QComboBox):
                _select(outcome, previous.outcome)
        lines.setCurrentCell(row, 0)
        topic = lines.cellWidget(row, 0)
        if topic is not None:
            topic.setFocus()
        self._update_total()

    def line(self, row: int) -> TallyLine:
        lines = self.view.lines

        def value(column: int) -> Any:
            widget = lines.cellWidget(row, column)
            if isinstance(widget, QComboBox):
                return widget.currentData()
            if isinstance(widget, QSpinBox):
                return widget.value()
            return None

        return TallyLine(
            topic=value(0),
            age_band=value(1),
            outcome=value(2),
            duration_minutes=value(3),
            count=value(4),
        )

    def _remove_line(self) -> None:
        row = self.view.lines.currentRow()
        if row >= 0:
            self.view.lines.removeRow(row)
            self._update_total()

    def _update_total(self) -> None:
        total = sum(self.line(row).count for row in range(self.view.lines.rowCount()))
        self.view.total.setText(self.tr("Customers on the sheet: {count}").format(count=total))

    def batch(self) -> TallyBatch:
        v = self.view
        return TallyBatch(
            date=_pydate(v.date.date()),
            lines=tuple(self.line(row) for row in range(v.lines.rowCount())),
            start_hour=v.start_hour.value(),
            support_form=v.support_form.currentData(),
            language=v.language.currentData(),
            device=v.device.currentData(),
            volunteer_id=v.volunteer.currentData() or None,
        )

    def _save(self, confirmed: bool = False) -> None:
        if self.ctx.db is None:
            return
        batch = self.batch()
        self.run(
            functools.partial(service.log_tally, self.ctx.db, batch, confirm_exported=confirmed),
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, result: SaveResult) -> None:
        self.area.set_undo(result.undo)
        self.view.lines.setRowCount(0)
        self._update_total()
        _say(
            self.view.status,
            self.tr("Sessions saved from the paper sheet: {count}.").format(
                count=len(result.session_ids)
            ),
        )
        self.area.sessions_changed()

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, ExportedMonthError):
            if self.area.confirm_exported(error.params.get("month", "")):
                self._save(confirmed=True)
            return
        if isinstance(error, ValidationError):
            reason = message_for(error)
            line = error.params.get("line")
            template = labels.validation_messages(error.message_code) or ""
            if line and "{line}" not in template:
                reason = self.tr("Line {line}: {reason}").format(line=line, reason=reason)
            _say(self.view.status, self.tr("Not saved. {reason}").format(reason=reason))
            return
        show_error(self, error)

    def _print(self) -> None:
        default = Path.home() / (self.tr("digital-support-sheet") + ".pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the paper sheet"), str(default), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.write_sheet(Path(path))

    def write_sheet(self, path: Path) -> None:
        """Write the sheet (in the UI language) to `path` and open it for printing."""
        from digituki.core.exports.pdf.tally_sheet import render_tally_sheet
        from digituki.core.services.settings import get_site_settings

        db, language, hidden = self.ctx.db, self.area.language(), self.area.hidden
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")

        def write() -> Path:
            site = get_site_settings(db).site_name if db is not None else ""
            return render_tally_sheet(path, language, site_name=site, hidden=hidden)

        self.run(write, on_done=self._sheet_written)

    def _sheet_written(self, path: Path) -> None:
        self._sheet_path = path
        _say(
            self.view.status,
            self.tr("The sheet was saved as {path}. It opens now so you can print it.").format(
                path=path
            ),
        )
        if self.area.open_files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# --- volunteers, shifts and topics --------------------------------------------------------------


class ManageTab(_Tab):
    def __init__(self, area: HelpLogArea) -> None:
        super().__init__(area)
        self.view = v = ManageView(self)
        v.shift_date.setDate(_qdate(service.local_today()))
        v.volunteers.currentItemChanged.connect(self._volunteer_selected)
        v.add_volunteer.clicked.connect(self._add)
        v.name.returnPressed.connect(self._add)
        v.rename_volunteer.clicked.connect(self._rename)
        v.toggle_active.clicked.connect(self._toggle)
        v.record_shift.clicked.connect(self._record_shift)
        v.save_topics.clicked.connect(self._save_topics)
        v.topic_tree.itemChanged.connect(self._topic_item_changed)
        self._filling_tree = False

    def retranslate(self) -> None:
        v = self.view
        v.volunteers_box.setTitle(self.tr("Volunteers"))
        v.volunteers_help.setText(
            self.tr("First names or initials only. The names stay on this computer.")
        )
        v.volunteers.setAccessibleName(self.tr("Volunteers of this point"))
        v.name_label.setText(self.tr("&Name:"))
        v.name.setAccessibleName(self.tr("Volunteer's first name or initials"))
        v.add_volunteer.setText(self.tr("&Add"))
        v.add_volunteer.setAccessibleName(self.tr("Add a volunteer"))
        v.rename_volunteer.setText(self.tr("Re&name"))
        v.rename_volunteer.setAccessibleName(self.tr("Rename the selected volunteer"))
        v.toggle_active.setText(self.tr("Ac&tive or not"))
        v.toggle_active.setAccessibleName(self.tr("Mark the selected volunteer active or not"))
        v.shift_box.setTitle(self.tr("Volunteer hours"))
        v.shift_date_label.setText(self.tr("&Day:"))
        v.shift_date.setAccessibleName(self.tr("Day of the shift"))
        v.shift_volunteer_label.setText(self.tr("&Volunteer:"))
        v.shift_volunteer.setAccessibleName(self.tr("Volunteer of the shift"))
        v.shift_minutes_label.setText(self.tr("&Length:"))
        v.shift_minutes.setAccessibleName(self.tr("Length of the shift in minutes"))
        v.shift_minutes.setSuffix(self.tr(" min"))
        v.record_shift.setText(self.tr("&Record the shift"))
        v.record_shift.setAccessibleName(self.tr("Record the shift"))
        v.topics_box.setTitle(self.tr("Topics shown in the form"))
        v.topics_help.setText(
            self.tr(
                'Untick topics this point never deals with. The "other" topics are always '
                "shown. Statistics use the same codes at every point."
            )
        )
        v.topic_tree.setAccessibleName(self.tr("Topics shown in the form"))
        v.save_topics.setText(self.tr("Save the topic choices"))
        v.save_topics.setAccessibleName(self.tr("Save the topic choices"))
        self.fill()

    def activate(self) -> None:
        if self.ctx.db is not None:
            self.run(
                service.volunteer_hours,
                self.ctx.db,
                month_of(service.local_today()),
                on_done=self._show_hours,
            )

    def fill(self) -> None:
        v = self.view
        current = v.volunteers.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        v.volunteers.blockSignals(True)
        v.volunteers.clear()
        for volunteer in self.area.volunteers:
            text = volunteer.display_name
            if not volunteer.active:
                text = self.tr("{name} (not active)").format(name=text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, volunteer.id)
            v.volunteers.addItem(item)
            if volunteer.id == current_id:
                v.volunteers.setCurrentItem(item)
        v.volunteers.blockSignals(False)
        items: list[tuple[Any, str]] = [(0, self.tr("Not named"))]
        items.extend((vol.id, vol.display_name) for vol in self.area.volunteers if vol.active)
        _fill(v.shift_volunteer, items)
        self._fill_tree()

    def _fill_tree(self) -> None:
        tree = self.view.topic_tree
        language = self.area.language()
        self._filling_tree = True
        tree.clear()
        for group in self.area.topics.groups:
            parent = QTreeWidgetItem([group.name(language)])
            parent.setFlags(parent.flags() | Qt.ItemFlag.ItemIsAutoTristate)
            tree.addTopLevelItem(parent)
            for topic in group.topics:
                child = QTreeWidgetItem([topic.name(language)])
                child.setData(0, Qt.ItemDataRole.UserRole, topic.code)
                hidden = self.area.topics.is_hidden(topic.code, self.area.hidden)
                child.setCheckState(0, Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
                if not is_hideable(topic.code):
                    child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                    child.setToolTip(0, self.tr("Always shown"))
                parent.addChild(child)
        self._filling_tree = False

    def _topic_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._filling_tree:
            return
        code = item.data(0, Qt.ItemDataRole.UserRole)
        if code and not is_hideable(code) and item.checkState(0) != Qt.CheckState.Checked:
            self._filling_tree = True
            item.setCheckState(0, Qt.CheckState.Checked)
            self._filling_tree = False

    def hidden_codes(self) -> set[str]:
        tree = self.view.topic_tree
        hidden: set[str] = set()
        for g in range(tree.topLevelItemCount()):
            parent = tree.topLevelItem(g)
            for t in range(parent.childCount()):
                child = parent.child(t)
                code = child.data(0, Qt.ItemDataRole.UserRole)
                if child.checkState(0) != Qt.CheckState.Checked and is_hideable(code):
                    hidden.add(code)
        return hidden

    def _save_topics(self) -> None:
        if self.ctx.db is None:
            return
        self.run(
            service.set_hidden_topics,
            self.ctx.db,
            self.hidden_codes(),
            on_done=self._topics_saved,
        )

    def _topics_saved(self, hidden: frozenset[str]) -> None:
        self.area.set_hidden(hidden)
        _say(self.view.status, self.tr("The topic choices were saved."))

    def _selected_volunteer(self) -> VolunteerRow | None:
        item = self.view.volunteers.currentItem()
        if item is None:
            return None
        vid = item.data(Qt.ItemDataRole.UserRole)
        return next((vol for vol in self.area.volunteers if vol.id == vid), None)

    def _volunteer_selected(self) -> None:
        volunteer = self._selected_volunteer()
        if volunteer is not None:
            self.view.name.setText(volunteer.display_name)

    def _add(self) -> None:
        if self.ctx.db is None:
            return
        self.run(
            service.add_volunteer,
            self.ctx.db,
            self.view.name.text(),
            on_done=lambda vol: self._volunteers_changed(
                self.tr("{name} was added.").format(name=vol.display_name)
            ),
            on_error=self._failed,
        )

    def _rename(self) -> None:
        volunteer = self._selected_volunteer()
        if volunteer is None or self.ctx.db is None:
            _say(self.view.status, self.tr("Choose a volunteer in the list first."))
            return
        self.run(
            functools.partial(
                service.update_volunteer,
                self.ctx.db,
                volunteer.id,
                display_name=self.view.name.text(),
            ),
            on_done=lambda vol: self._volunteers_changed(
                self.tr("The name was changed to {name}.").format(name=vol.display_name)
            ),
            on_error=self._failed,
        )

    def _toggle(self) -> None:
        volunteer = self._selected_volunteer()
        if volunteer is None or self.ctx.db is None:
            _say(self.view.status, self.tr("Choose a volunteer in the list first."))
            return
        self.run(
            functools.partial(
                service.update_volunteer, self.ctx.db, volunteer.id, active=not volunteer.active
            ),
            on_done=lambda vol: self._volunteers_changed(
                (
                    self.tr("{name} is active again.")
                    if vol.active
                    else self.tr("{name} is no longer active. Their sessions stay as they are.")
                ).format(name=vol.display_name)
            ),
            on_error=self._failed,
        )

    def _volunteers_changed(self, text: str) -> None:
        _say(self.view.status, text)
        self.view.name.clear()
        self.area.reload_shared()

    def _record_shift(self) -> None:
        if self.ctx.db is None:
            return
        v = self.view
        db = self.ctx.db
        day, minutes = _pydate(v.shift_date.date()), v.shift_minutes.value()
        volunteer = v.shift_volunteer.currentData() or None

        def record() -> list[Any]:
            service.record_shift(db, day, minutes, volunteer)
            return service.volunteer_hours(db, month_of(service.local_today()))

        self.run(record, on_done=self._shift_recorded, on_error=self._failed)

    def _shift_recorded(self, hours: list[Any]) -> None:
        _say(self.view.status, self.tr("The shift was recorded."))
        self._show_hours(hours)

    def _show_hours(self, hours: list[Any]) -> None:
        if not hours:
            self.view.hours.setText(self.tr("No shifts recorded this month yet."))
            return
        parts = []
        for entry in hours:
            name = entry.display_name or self.tr("not named")
            parts.append(
                self.tr("{name}: {hours} h {minutes} min").format(
                    name=name, hours=entry.minutes // 60, minutes=entry.minutes % 60
                )
            )
        self.view.hours.setText(self.tr("This month: {list}").format(list="; ".join(parts)))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DigitukiError):
            _say(self.view.status, self.tr("Not saved. {reason}").format(reason=message_for(error)))
            return
        show_error(self, error)


# --- the area ------------------------------------------------------------------------------------


class HelpLogArea(Area):
    """The Help log area. `start_from(prefill)` opens the form with a booking's or walk-in's
    values (the main window calls it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        register_validation_messages(labels.validation_messages)
        self.topics = load_topics()
        self.hidden: frozenset[str] = frozenset()
        self.volunteers: list[VolunteerRow] = []
        self.turned_counts: dict[str, int] = {}
        # the point's usual customer language (Settings), not the UI's: a volunteer who reads the
        # UI in Swedish still serves mostly Finnish-speaking customers at a Finnish point
        self.customer_language = "fi"
        assert ctx.db is not None
        self.notes = DatabaseNoteKey(ctx.db)
        self.open_files = True  # open the written PDF for printing (tests switch it off)
        self._undo: UndoToken | None = None
        self.view = HelpLogView(self)
        self.form = FormTab(self)
        from digituki.ui.privacy import privacy_lock

        privacy_lock().protect(self.form.view.note)  # the private note hides with the lock
        self.sessions = SessionsTab(self)
        self.paper = PaperTab(self)
        self.manage = ManageTab(self)
        self._pages: dict[QWidget, _Tab] = {}
        for tab in self._tabs():
            # Each tab scrolls, so large text sizes and small screens never cut the form off.
            page = QScrollArea()
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setWidget(tab)
            self._pages[page] = tab
            self.view.tabs.addTab(page, "")
        self.view.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()
        self.form.restore_draft(self.draft_path)  # what was left unsaved at the last close

    @property
    def draft_path(self) -> Path:
        return self.ctx.paths.data_dir / "helplog-draft.json"

    def unsaved_work(self) -> str | None:
        """What would be lost if the window closed now (None: nothing)."""
        if not self.form.has_input():
            return None
        if self.form.editing:
            return self.tr("A correction of a help session has not been saved.")
        return self.tr("The help session in the form has not been saved.")

    def keep_unsaved_work(self) -> bool:
        """Keep the unsaved form for the next start (False: it cannot be kept)."""
        if not self.form.has_input() or self.form.editing:
            return False
        try:
            self.form.keep_draft(self.draft_path)
        except OSError:
            log.exception("could not keep the unsaved help session")
            return False
        return True

    def _tabs(self) -> tuple[_Tab, ...]:
        return (self.form, self.sessions, self.paper, self.manage)

    # --- shared state ----------------------------------------------------------------------------

    def language(self) -> str:
        return self.ctx.translations.language

    def topic_name(self, code: str) -> str:
        try:
            return self.topics.name(code, self.language())
        except KeyError:
            return code

    def retranslate(self) -> None:
        self.view.heading.setText(self.tr("Help log"))
        titles = (
            self.tr("New session"),
            self.tr("Sessions"),
            self.tr("Paper sheet"),
            self.tr("Volunteers and topics"),
        )
        for index, title in enumerate(titles):
            self.view.tabs.setTabText(index, title)
        self.view.tabs.setAccessibleName(self.tr("Parts of the help log"))
        for tab in self._tabs():
            tab.retranslate()

    def activate(self) -> None:
        self.reload_shared()
        self.refresh_today()
        current = self.current_tab()
        if current is not None:
            current.activate()
        focus = QApplication.focusWidget()
        in_navigation = focus is not None and focus.objectName() == "navigation"
        by_shortcut = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
        if current is self.form and (by_shortcut or not in_navigation):
            self.form.view.topic_search.setFocus()

    def current_tab(self) -> _Tab | None:
        return self._pages.get(self.view.tabs.currentWidget())

    def _tab_changed(self, _index: int) -> None:
        current = self.current_tab()
        if current is not None:
            current.activate()

    def show_tab(self, tab: _Tab) -> None:
        for page, candidate in self._pages.items():
            if candidate is tab:
                self.view.tabs.setCurrentWidget(page)

    def reload_shared(self) -> None:
        """Reload the volunteers and hidden topics every tab uses."""
        db = self.ctx.db
        if db is None:
            return

        def load() -> tuple[frozenset[str], list[VolunteerRow], str]:
            from digituki.core.services.settings import get_site_settings

            usual = get_site_settings(db).customer_language
            return service.hidden_topics(db), service.list_volunteers(db), usual

        self.ctx.runner.run(load, on_done=self._shared_loaded, parent=self)

    def _shared_loaded(self, loaded: tuple[frozenset[str], list[VolunteerRow], str]) -> None:
        self.hidden, self.volunteers, usual = loaded
        if usual != self.customer_language:
            self.customer_language = usual
            self.form.usual_language_changed()
            self.paper.usual_language_changed()
        self.form.fill_volunteers()
        self.paper.fill_volunteers()
        self.sessions.fill_filters()
        self.manage.fill()
        self.form._search(self.form.view.topic_search.text())

    def set_hidden(self, hidden: frozenset[str]) -> None:
        self.hidden = hidden
        self.sessions.fill_filters()
        self.form._search(self.form.view.topic_search.text())

    def refresh_today(self) -> None:
        db = self.ctx.db
        if db is None:
            return

        def load() -> tuple[int, dict[str, int]]:
            today = service.local_today()
            return (
                service.count_sessions(db, SessionFilter(day=today)),
                service.turned_away_counts(db, today, today),
            )

        def show(result: tuple[int, dict[str, int]]) -> None:
            sessions, turned = result
            self.turned_counts = turned
            self.form.show_turned_counts(turned)
            self.form.show_today(sessions, sum(turned.values()))

        self.ctx.runner.run(load, on_done=show, parent=self)

    def sessions_changed(self) -> None:
        self.refresh_today()
        if self.current_tab() is self.sessions:
            self.sessions.reload()

    # --- undo ------------------------------------------------------------------------------------

    def set_undo(self, token: UndoToken | None) -> None:
        self._undo = token
        self.form.view.undo.setEnabled(token is not None)
        # Actions → Undo last save (Ctrl+Shift+Z), reachable without Tabbing to the button
        actions = getattr(self.window(), "actions_menu", None)
        if actions is not None:
            actions.undo_save.setEnabled(token is not None)

    def undo_last_save(self) -> None:
        token, db = self._undo, self.ctx.db
        if token is None or db is None:
            return
        self.ctx.runner.run(
            service.undo_last_save, db, token, on_done=lambda _r: self._undone(), parent=self
        )

    def _undone(self) -> None:
        self.set_undo(None)
        _say(self.form.view.status, self.tr("The last save was undone."))
        self.sessions_changed()
        self.sessions.reload()

    # --- coming from elsewhere -------------------------------------------------------------------

    def start_from(self, prefill: HelpPrefill) -> None:
        """Open the form prefilled from a booking or the walk-in button."""
        self.show_tab(self.form)
        self.form.start_from(prefill)

    def edit_session(self, session_id: int) -> None:
        db = self.ctx.db
        if db is None:
            return
        self.ctx.runner.run(
            functools.partial(service.get_session, db, session_id, notes=self.notes),
            on_done=self._edit_loaded,
            parent=self,
        )

    def _edit_loaded(self, detail: SessionDetail) -> None:
        self.show_tab(self.form)
        self.form.load_for_edit(detail)

    def confirm_exported(self, month: str) -> bool:
        """Ask before changing a month whose statistics were already sent."""
        shown = month_label(month) if month else ""
        answer = QMessageBox.question(
            self,
            self.tr("Statistics already sent"),
            labels.exported_question().format(month=shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
