"""Settings → Privacy: the privacy notice (tietosuojaseloste) as a PDF in fi/sv/en, and its wording.

The notice is filled from the point's settings (name, municipality, contact, retention period);
each section's text can be the point's own ("Edit the wording…"), per language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digituki.ui.context import AppContext
from digituki.ui.errors import show_error
from digituki.ui.widgets.responsive import stack_when_large

translate = QCoreApplication.translate


def _languages() -> list[tuple[str, str]]:
    return [
        ("fi", translate("PrivacySection", "Finnish")),
        ("sv", translate("PrivacySection", "Swedish")),
        ("en", translate("PrivacySection", "English")),
    ]


class PrivacySection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("privacyNotice")
        self.editor: NoticeEditor | None = None
        self.last_pdf: Any = None
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("noticeLanguage")
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        buttons = QHBoxLayout()
        self.pdf = QPushButton()
        self.pdf.setObjectName("privacyNoticePdf")
        self.edit = QPushButton()
        self.edit.setObjectName("editPrivacyNotice")
        buttons.addWidget(self.pdf)
        buttons.addWidget(self.edit)
        buttons.addStretch(1)
        form.addRow(buttons)
        stack_when_large(self, buttons)
        self.pdf.clicked.connect(self.open_pdf)
        self.edit.clicked.connect(self.open_editor)
        self.retranslate()
        self.setEnabled(ctx.db is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Privacy"))
        self.intro.setText(
            self.tr(
                "The privacy notice tells customers what is kept about them, why, for how long "
                "and how to use their rights. Print it for the desk or give it on request."
            )
        )
        self.language_label.setText(self.tr("Lan&guage of the notice:"))
        self.language.setAccessibleName(self.tr("Language of the privacy notice"))
        current = self.language.currentData() or self.ctx.translations.language
        self.language.clear()
        for code, text in _languages():
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.pdf.setText(self.tr("Privacy &notice (PDF)"))
        self.pdf.setAccessibleName(self.tr("Open the privacy notice as a PDF"))
        self.edit.setText(self.tr("Edit the &wording…"))
        self.edit.setAccessibleName(self.tr("Edit the wording of the privacy notice"))

    def open_pdf(self) -> None:
        from digituki.core.services import privacy
        from digituki.ui.bookings import common

        db = self.ctx.db
        if db is None:
            return
        language = str(self.language.currentData() or "fi")
        folder = common.pdf_folder()

        def opened(path: Any) -> None:
            self.last_pdf = path
            common.open_file(path)

        self.ctx.runner.run(
            lambda: privacy.write_privacy_notice(db, folder, language), on_done=opened, parent=self
        )

    def open_editor(self) -> NoticeEditor | None:
        if self.ctx.db is None:
            return None
        self.editor = NoticeEditor(self.ctx, str(self.language.currentData() or "fi"), self)
        self.editor.open()
        return self.editor


class NoticeEditor(QDialog):
    """The notice's sections in one language; an emptied text goes back to the default."""

    def __init__(self, ctx: AppContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from digituki.core.exports.pdf.privacy_notice import SECTIONS, TITLES

        self.ctx = ctx
        self.language = language
        self.setObjectName("noticeEditor")
        self.setWindowTitle(self.tr("Wording of the privacy notice"))
        outer = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Plain words help customers. {point}, {controller}, {contact} and {days} are "
                "filled in from the settings. Empty a box to use the default text."
            )
        )
        hint.setWordWrap(True)
        outer.addWidget(hint)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.boxes: dict[str, QPlainTextEdit] = {}
        for section in SECTIONS:
            label = QLabel(TITLES[language][section] + ":")
            box = QPlainTextEdit()
            box.setObjectName(f"notice_{section}")
            box.setTabChangesFocus(True)
            box.setAccessibleName(TITLES[language][section])
            label.setBuddy(box)
            form.addRow(label, box)
            self.boxes[section] = box
        outer.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        outer.addWidget(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        from digituki.core.services import privacy

        self.ctx.runner.run(privacy.notice_texts, ctx.db, language, on_done=self._show, parent=self)

    def _show(self, texts: dict[str, str]) -> None:
        for section, box in self.boxes.items():
            box.setPlainText(texts.get(section, ""))

    def _save(self) -> None:
        from digituki.core.services import privacy

        db, language = self.ctx.db, self.language
        texts = {s: b.toPlainText() for s, b in self.boxes.items()}
        self.ctx.runner.run(
            lambda: privacy.set_notice_texts(db, language, texts),  # type: ignore[arg-type]
            on_done=lambda _t: self.accept(),
            on_error=lambda e: show_error(self, e),
            parent=self,
        )
