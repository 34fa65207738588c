"""Layout of the Help log area (no logic: see widget.py). Texts are set in the widgets'
`retranslate()`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from digituki.core.domain import helplog as rules
from digituki.ui.widgets.responsive import (
    ShortcutButton,
    fewer_columns_when_large,
    fit_combo,
    stack_when_large,
)


def shrinkable(root: QWidget) -> None:
    """Let every combo box of `root` be narrower than its longest item (no sideways scrolling)."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)


def _label(buddy: QWidget | None = None) -> QLabel:
    label = QLabel()
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def _status() -> QLabel:
    status = QLabel()
    status.setWordWrap(True)
    status.setObjectName("statusMessage")
    status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return status


class Reminder(QFrame):
    """A short good-practice reminder with a button to dismiss it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("reminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.dismiss = QPushButton()
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()


class FormView:
    """The fast form: topic search first, then the other fields with their defaults."""

    def __init__(self, root: QWidget) -> None:
        outer = QHBoxLayout(root)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        right = QVBoxLayout()
        outer.addLayout(right, 1)
        stack_when_large(root, outer)  # at large text the right column goes below

        self.editing_banner = QFrame()
        self.editing_banner.setObjectName("editingBanner")
        self.editing_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.editing_banner)
        self.editing_text = QLabel()
        self.editing_text.setWordWrap(True)
        self.cancel_edit = QPushButton()
        banner.addWidget(self.editing_text, 1)
        banner.addWidget(self.cancel_edit)
        self.editing_banner.hide()
        left.addWidget(self.editing_banner)

        # Topics: search as you type, results, chosen topics.
        self.topic_label = QLabel()
        self.topic_search = QLineEdit()
        self.topic_search.setObjectName("topicSearch")
        self.topic_search.setClearButtonEnabled(True)
        self.topic_label.setBuddy(self.topic_search)
        left.addWidget(self.topic_label)
        left.addWidget(self.topic_search)
        self.topic_results = QListWidget()
        self.topic_results.setObjectName("topicResults")
        self.topic_results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.topic_results.setMaximumHeight(root.fontMetrics().lineSpacing() * 7)
        left.addWidget(self.topic_results)
        chosen_row = QHBoxLayout()
        self.chosen_label = QLabel()
        self.chosen_topics = QListWidget()
        self.chosen_topics.setObjectName("chosenTopics")
        self.chosen_topics.setMaximumHeight(root.fontMetrics().lineSpacing() * 3)
        self.chosen_label.setBuddy(self.chosen_topics)
        self.remove_topic = QPushButton()
        chosen_row.addWidget(self.chosen_topics, 1)
        chosen_row.addWidget(self.remove_topic, 0, Qt.AlignmentFlag.AlignTop)
        left.addWidget(self.chosen_label)
        left.addLayout(chosen_row)

        # the duration that will be saved, right above Save (the field itself is further down)
        self.duration_hint = QLabel()
        self.duration_hint.setObjectName("durationHint")
        self.duration_hint.setWordWrap(True)
        left.addWidget(self.duration_hint)
        buttons = QGridLayout()
        self.save = QPushButton()
        self.save.setObjectName("saveSession")
        self.save.setDefault(True)
        self.save_another = ShortcutButton()
        self.clear = QPushButton()
        self.undo = QPushButton()
        self.undo.setObjectName("undoSave")
        self.undo.setEnabled(False)
        fewer_columns_when_large(
            root, buttons, [(self.save,), (self.save_another,), (self.clear,), (self.undo,)]
        )
        left.addLayout(buttons)
        self.status = _status()
        left.addWidget(self.status)
        # FormTab puts the guides linked to the chosen topics here (LinkedGuides needs the context).
        self.guides_slot = QVBoxLayout()
        left.addLayout(self.guides_slot)

        self.reminders = {key: Reminder(key) for key in ("behalf", "banking", "scope")}
        for reminder in self.reminders.values():
            left.addWidget(reminder)

        timer_row = QHBoxLayout()
        self.timer_text = QLabel()
        self.timer_text.setWordWrap(True)  # (long before the first key, at 200 % text)
        self.restart_timer = QPushButton()
        timer_row.addWidget(self.timer_text, 1)
        timer_row.addWidget(self.restart_timer)
        left.addLayout(timer_row)

        # The other fields, all with defaults.
        fields = QGridLayout()
        fields.setColumnStretch(1, 1)
        fields.setColumnStretch(3, 1)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.start_hour = QSpinBox()
        self.start_hour.setRange(-1, 99)  # out-of-range input reaches validation and its message
        self.duration = QSpinBox()
        self.duration.setRange(0, 9999)
        self.duration.setObjectName("duration")
        self.support_form = QComboBox()
        self.participants = QSpinBox()
        self.participants.setRange(0, 999)
        self.age_band = QComboBox()
        self.language = QComboBox()
        self.device = QComboBox()
        self.on_behalf = QComboBox()
        self.outcome = QComboBox()
        self.next_step = QComboBox()
        self.referral_target = QComboBox()
        self.volunteer = QComboBox()
        self.note = QLineEdit()
        self.note.setMaxLength(rules.NOTE_LIMIT)
        self.labels: dict[str, QLabel] = {}
        grid = (
            ("date", self.date, "start_hour", self.start_hour),
            ("duration", self.duration, "support_form", self.support_form),
            ("participants", self.participants, "age_band", self.age_band),
            ("language", self.language, "device", self.device),
            ("on_behalf", self.on_behalf, "outcome", self.outcome),
            ("next_step", self.next_step, "referral_target", self.referral_target),
            ("volunteer", self.volunteer, "note", self.note),
        )
        pairs: list[tuple[QWidget, ...]] = []
        for name_a, widget_a, name_b, widget_b in grid:
            for name, widget in ((name_a, widget_a), (name_b, widget_b)):
                label = _label(widget)
                self.labels[name] = label
                pairs.append((label, widget))
        # two label–field pairs a row; one at large text sizes
        fewer_columns_when_large(root, fields, pairs)
        left.addLayout(fields)

        left.addStretch(1)

        # Right column: today at a glance and the turned-away counter.
        self.today_box = QGroupBox()
        today = QVBoxLayout(self.today_box)
        self.today_text = QLabel()
        self.today_text.setWordWrap(True)
        today.addWidget(self.today_text)
        right.addWidget(self.today_box)
        self.turned_box = QGroupBox()
        turned = QVBoxLayout(self.turned_box)
        self.turned_help = QLabel()
        self.turned_help.setWordWrap(True)
        turned.addWidget(self.turned_help)
        self.turned_buttons: dict[str, QPushButton] = {}
        for reason in rules.TURNED_AWAY_REASONS:
            button = QPushButton()
            button.setObjectName(f"turnedAway_{reason}")
            self.turned_buttons[reason] = button
            turned.addWidget(button)
        self.turned_take_back = QPushButton()
        self.turned_take_back.setEnabled(False)
        turned.addWidget(self.turned_take_back)
        right.addWidget(self.turned_box)
        right.addStretch(1)
        shrinkable(root)


class SessionsView:
    """Sessions of the current and previous month, with filters."""

    def __init__(self, root: QWidget) -> None:
        outer = QVBoxLayout(root)
        filters = QGridLayout()
        self.month_label, self.month = QLabel(), QComboBox()
        self.topic_label, self.topic = QLabel(), QComboBox()
        self.volunteer_label, self.volunteer = QLabel(), QComboBox()
        self.outcome_label, self.outcome = QLabel(), QComboBox()
        pairs: list[tuple[QWidget, ...]] = []
        for label, combo in (
            (self.month_label, self.month),
            (self.topic_label, self.topic),
            (self.volunteer_label, self.volunteer),
            (self.outcome_label, self.outcome),
        ):
            label.setBuddy(combo)
            fit_combo(combo, 10)
            pairs.append((label, combo))
        # the four filters in a row; one under the other at large text sizes
        fewer_columns_when_large(root, filters, pairs, normal=4)
        for column in (1, 3, 5, 7):
            filters.setColumnStretch(column, 1)
        outer.addLayout(filters)
        self.table = QTableView()
        self.table.setObjectName("sessionsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        outer.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.summary = QLabel()
        self.edit = QPushButton()
        self.delete = QPushButton()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.edit)
        buttons.addWidget(self.delete)
        outer.addLayout(buttons)
        self.status = _status()
        outer.addWidget(self.status)
        shrinkable(root)


class PaperView:
    """Printing the tally sheet, and entering a filled one."""

    def __init__(self, root: QWidget) -> None:
        outer = QVBoxLayout(root)
        self.print_box = QGroupBox()
        printing = QHBoxLayout(self.print_box)
        self.print_help = QLabel()
        self.print_help.setWordWrap(True)
        self.print_sheet = QPushButton()
        printing.addWidget(self.print_help, 1)
        printing.addWidget(self.print_sheet)
        stack_when_large(self.print_box, printing)
        outer.addWidget(self.print_box)

        self.batch_box = QGroupBox()
        batch = QVBoxLayout(self.batch_box)
        self.batch_help = QLabel()
        self.batch_help.setWordWrap(True)
        batch.addWidget(self.batch_help)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        self.date, self.date_label = QDateEdit(), QLabel()
        self.date.setCalendarPopup(True)
        self.start_hour, self.start_hour_label = QSpinBox(), QLabel()
        self.start_hour.setRange(0, 23)
        self.support_form, self.support_form_label = QComboBox(), QLabel()
        self.language, self.language_label = QComboBox(), QLabel()
        self.device, self.device_label = QComboBox(), QLabel()
        self.volunteer, self.volunteer_label = QComboBox(), QLabel()
        for label, widget in (
            (self.date_label, self.date),
            (self.start_hour_label, self.start_hour),
            (self.support_form_label, self.support_form),
            (self.language_label, self.language),
            (self.device_label, self.device),
            (self.volunteer_label, self.volunteer),
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        batch.addLayout(form)
        self.lines = QTableWidget(0, 5)
        self.lines.setObjectName("tallyLines")
        self.lines.verticalHeader().hide()
        self.lines.setTabKeyNavigation(False)
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setStretchLastSection(True)
        batch.addWidget(self.lines, 1)
        buttons = QHBoxLayout()
        self.add_line = QPushButton()
        self.remove_line = QPushButton()
        self.total = QLabel()
        self.save_batch = QPushButton()
        self.save_batch.setObjectName("saveTally")
        buttons.addWidget(self.add_line)
        buttons.addWidget(self.remove_line)
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.save_batch)
        batch.addLayout(buttons)
        stack_when_large(self.batch_box, buttons)
        outer.addWidget(self.batch_box, 1)
        self.status = _status()
        outer.addWidget(self.status)
        shrinkable(root)


class ManageView:
    """Volunteers, their shifts, and which topics the form shows."""

    def __init__(self, root: QWidget) -> None:
        outer = QHBoxLayout(root)
        left = QVBoxLayout()
        outer.addLayout(left, 1)
        stack_when_large(root, outer)  # at large text the topic choices go below

        self.volunteers_box = QGroupBox()
        vol = QVBoxLayout(self.volunteers_box)
        self.volunteers_help = QLabel()
        self.volunteers_help.setWordWrap(True)
        vol.addWidget(self.volunteers_help)
        self.volunteers = QListWidget()
        self.volunteers.setObjectName("volunteers")
        vol.addWidget(self.volunteers, 1)
        name_row = QHBoxLayout()
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setMaxLength(rules.VOLUNTEER_NAME_LIMIT)
        self.name_label.setBuddy(self.name)
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name, 1)
        vol.addLayout(name_row)
        vol_buttons = QHBoxLayout()
        self.add_volunteer = QPushButton()
        self.rename_volunteer = QPushButton()
        self.toggle_active = QPushButton()
        for button in (self.add_volunteer, self.rename_volunteer, self.toggle_active):
            vol_buttons.addWidget(button)
        vol.addLayout(vol_buttons)
        stack_when_large(self.volunteers_box, vol_buttons)
        left.addWidget(self.volunteers_box, 1)

        self.shift_box = QGroupBox()
        shift = QFormLayout(self.shift_box)
        self.shift_date, self.shift_date_label = QDateEdit(), QLabel()
        self.shift_date.setCalendarPopup(True)
        self.shift_volunteer, self.shift_volunteer_label = QComboBox(), QLabel()
        self.shift_minutes, self.shift_minutes_label = QSpinBox(), QLabel()
        self.shift_minutes.setRange(15, rules.MAX_SHIFT_MINUTES)
        self.shift_minutes.setSingleStep(15)
        self.shift_minutes.setValue(180)
        for label, widget in (
            (self.shift_date_label, self.shift_date),
            (self.shift_volunteer_label, self.shift_volunteer),
            (self.shift_minutes_label, self.shift_minutes),
        ):
            label.setBuddy(widget)
            shift.addRow(label, widget)
        self.record_shift = QPushButton()
        shift.addRow("", self.record_shift)
        self.hours = QLabel()
        self.hours.setWordWrap(True)
        shift.addRow(self.hours)
        left.addWidget(self.shift_box)

        self.topics_box = QGroupBox()
        topics = QVBoxLayout(self.topics_box)
        self.topics_help = QLabel()
        self.topics_help.setWordWrap(True)
        topics.addWidget(self.topics_help)
        self.topic_tree = QTreeWidget()
        self.topic_tree.setObjectName("topicVisibility")
        self.topic_tree.setHeaderHidden(True)
        topics.addWidget(self.topic_tree, 1)
        self.save_topics = QPushButton()
        topics.addWidget(self.save_topics)
        outer.addWidget(self.topics_box, 1)
        self.status = _status()
        left.addWidget(self.status)
        shrinkable(root)


class HelpLogView:
    """The area: a heading and four tabs."""

    def __init__(self, root: QWidget) -> None:
        outer = QVBoxLayout(root)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        outer.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("helplogTabs")
        outer.addWidget(self.tabs, 1)
