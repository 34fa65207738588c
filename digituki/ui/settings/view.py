"""Layout of the Settings area (no logic: see widget.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digituki.ui.widgets.responsive import fit_combo

LANGUAGE_NAMES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


class SettingsView:
    """Builds the widgets of the Settings area onto `root`."""

    def __init__(self, root: QWidget) -> None:
        outer = QVBoxLayout(root)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        outer.addWidget(self.heading)

        self.this_computer = QGroupBox()
        form = QFormLayout(self.this_computer)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.font_scale_label = QLabel()
        self.font_scale = QSpinBox()
        self.font_scale.setObjectName("fontScale")
        self.font_scale.setRange(100, 200)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale_label.setBuddy(self.font_scale)
        form.addRow(self.font_scale_label, self.font_scale)
        self.theme_label = QLabel()
        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        self.theme.addItem("", "default")
        self.theme.addItem("", "high_contrast")
        self.theme_label.setBuddy(self.theme)
        fit_combo(self.theme)
        form.addRow(self.theme_label, self.theme)
        self.mode_label = QLabel()
        self.mode = QComboBox()
        self.mode.setObjectName("modeCombo")
        self.mode.addItem("", "point")
        self.mode.addItem("", "coordinator")
        self.mode_label.setBuddy(self.mode)
        fit_combo(self.mode)
        form.addRow(self.mode_label, self.mode)
        self.data_folder_label = QLabel()
        self.data_folder = QLineEdit()
        self.data_folder.setReadOnly(True)
        self.data_folder_label.setBuddy(self.data_folder)
        form.addRow(self.data_folder_label, self.data_folder)
        outer.addWidget(self.this_computer)

        self.point = QGroupBox()
        point_form = QFormLayout(self.point)
        point_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.site_name_label = QLabel()
        self.site_name = QLineEdit()
        self.site_name.setObjectName("siteName")
        self.site_name.setMaxLength(120)
        self.site_name_label.setBuddy(self.site_name)
        point_form.addRow(self.site_name_label, self.site_name)
        self.municipality_label = QLabel()
        self.municipality = QLineEdit()
        self.municipality.setMaxLength(120)
        self.municipality_label.setBuddy(self.municipality)
        point_form.addRow(self.municipality_label, self.municipality)
        # What customers see on slips and handouts (issue 16)
        self.contact_phone_label = QLabel()
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("contactPhone")
        self.contact_phone.setMaxLength(40)
        self.contact_phone_label.setBuddy(self.contact_phone)
        point_form.addRow(self.contact_phone_label, self.contact_phone)
        self.contact_place_label = QLabel()
        self.contact_place = QLineEdit()
        self.contact_place.setObjectName("contactPlace")
        self.contact_place.setMaxLength(200)
        self.contact_place_label.setBuddy(self.contact_place)
        point_form.addRow(self.contact_place_label, self.contact_place)
        self.contact_email_label = QLabel()
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("contactEmail")
        self.contact_email.setMaxLength(120)
        self.contact_email_label.setBuddy(self.contact_email)
        point_form.addRow(self.contact_email_label, self.contact_email)
        self.retention_label = QLabel()
        self.retention = QSpinBox()
        self.retention.setRange(0, 30)
        self.retention_label.setBuddy(self.retention)
        point_form.addRow(self.retention_label, self.retention)
        self.save_point = QPushButton()
        self.save_point.setObjectName("savePoint")
        point_form.addRow("", self.save_point)
        self.import_topics = QPushButton()  # a new topic list published by the coordinator
        self.import_topics.setObjectName("importTopics")
        point_form.addRow("", self.import_topics)
        outer.addWidget(self.point)

        self.status = QLabel()
        self.status.setObjectName("statusMessage")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        outer.addStretch(1)
