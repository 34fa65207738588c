"""A simple guide editor: the details as form fields, Markdown text with a live preview."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digituki.core import clock
from digituki.core.domain.errors import ValidationError
from digituki.ui.context import AppContext
from digituki.ui.errors import show_error
from digituki.ui.guides.viewer import GuideBrowser

LANGUAGES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))
TEMPLATE = {
    "fi": "Lyhyt johdanto.\n\n## Näin teet\n\n1. Ensimmäinen vaihe.\n2. Toinen vaihe.\n\n"
    "## Muista\n\n- Tärkeä asia.\n",
    "sv": "En kort inledning.\n\n## Så här gör du\n\n1. Första steget.\n2. Andra steget.\n\n"
    "## Kom ihåg\n\n- En viktig sak.\n",
    "en": "A short introduction.\n\n## What to do\n\n1. First step.\n2. Second step.\n\n"
    "## Remember\n\n- An important point.\n",
}


class GuideEditorDialog(QDialog):
    """Edit a guide (`detail`) or write a new one (`detail` None); `saved` holds the result."""

    def __init__(self, ctx: AppContext, detail: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.saved: Any = None
        self.setObjectName("guideEditor")
        outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        form = QFormLayout()
        self.title_label, self.title = QLabel(), QLineEdit()
        self.title.setMaxLength(200)
        self.language_label, self.language = QLabel(), QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.service_label, self.service = QLabel(), QLineEdit()
        self.service.setMaxLength(200)
        self.source_label, self.source = QLabel(), QLineEdit()
        self.source.setMaxLength(200)
        self.reviewed_label, self.reviewed = QLabel(), QDateEdit()
        self.reviewed.setCalendarPopup(True)
        self.summary_label, self.summary = QLabel(), QLineEdit()
        self.summary.setMaxLength(500)
        self.topics_label, self.topics = QLabel(), QListWidget()
        self.topics.setObjectName("editorTopics")
        for label, widget in (
            (self.title_label, self.title),
            (self.language_label, self.language),
            (self.service_label, self.service),
            (self.source_label, self.source),
            (self.reviewed_label, self.reviewed),
            (self.summary_label, self.summary),
            (self.topics_label, self.topics),
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        outer.addLayout(form)

        self.body_label = QLabel()
        outer.addWidget(self.body_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.body = QPlainTextEdit()
        self.body.setObjectName("editorBody")
        self.body.setTabChangesFocus(True)
        self.body_label.setBuddy(self.body)
        self.preview = GuideBrowser()
        self.preview.setObjectName("editorPreview")
        splitter.addWidget(self.body)
        splitter.addWidget(self.preview)
        outer.addWidget(splitter, 1)
        self.help = QLabel()
        self.help.setWordWrap(True)
        outer.addWidget(self.help)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self._update_preview)
        self.body.textChanged.connect(self._preview_timer.start)

        self._fill_topics()
        self._load()
        self.retranslate()
        self._update_preview()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.height() * 40)

    def retranslate(self) -> None:
        new = self.detail is None
        self.setWindowTitle(self.tr("New guide") if new else self.tr("Edit guide"))
        if new:
            self.intro.setText(self.tr("Write a guide for this point. Numbered steps work best."))
        elif self.detail.guide.is_local:
            self.intro.setText(self.tr("This guide was written here."))
        else:
            self.intro.setText(
                self.tr(
                    "Your changes stay at this point. Later versions of the guide pack will not "
                    "overwrite them."
                )
            )
        self.title_label.setText(self.tr("&Title:"))
        self.title.setAccessibleName(self.tr("Title"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.service_label.setText(self.tr("Ser&vice:"))
        self.service.setAccessibleName(self.tr("Service the guide is about"))
        self.service.setPlaceholderText(self.tr("For example: OmaKanta (Kela)"))
        self.source_label.setText(self.tr("&Source:"))
        self.source.setAccessibleName(self.tr("Source"))
        self.reviewed_label.setText(self.tr("&Reviewed on:"))
        self.reviewed.setAccessibleName(self.tr("Date the guide was last checked"))
        self.summary_label.setText(self.tr("S&ummary:"))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.topics_label.setText(self.tr("T&opics:"))
        self.topics.setAccessibleName(self.tr("Topics of the guide (tick one or more)"))
        self.body_label.setText(self.tr("&Text (left) and how it will look (right):"))
        self.body.setAccessibleName(self.tr("Guide text in Markdown"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.help.setText(
            self.tr(
                "Write steps as 1. 2. 3. on their own lines. ## starts a heading, - starts a "
                "bullet point, **text** is bold."
            )
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setAccessibleName(self.tr("Save the guide"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self._fill_topic_names()

    # --- data ----------------------------------------------------------------------------------

    def _fill_topics(self) -> None:
        from digituki.core.domain.topics import load_topics

        for topic in load_topics().all_topics():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, topic.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)

    def _fill_topic_names(self) -> None:
        from digituki.core.domain.topics import load_topics

        topics = load_topics()
        language = self.ctx.translations.language
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            group = topics.group_of(code).name(language)
            item.setText(f"{group}: {topics.name(code, language)}")

    def _load(self) -> None:
        today = clock.today()
        if self.detail is None:
            language = self.ctx.translations.language
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
            self.reviewed.setDate(QDate(today.year, today.month, today.day))
            self.body.setPlainText(TEMPLATE.get(language, TEMPLATE["fi"]))
            self.preview.set_images(())
            return
        g = self.detail.guide
        self.title.setText(g.title)
        self.language.setCurrentIndex(max(0, self.language.findData(g.language)))
        self.service.setText(g.service)
        self.source.setText(g.source)
        self.reviewed.setDate(QDate(today.year, today.month, today.day))
        self.summary.setText(g.summary)
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in g.topics:
                item.setCheckState(Qt.CheckState.Checked)
        self.body.setPlainText(self.detail.body)
        self.preview.set_images(self.detail.images)

    def checked_topics(self) -> tuple[str, ...]:
        return tuple(
            self.topics.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.topics.count())
            if self.topics.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_topics(self, codes: tuple[str, ...]) -> None:
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def draft(self) -> Any:
        from digituki.core.services.guides import GuideDraft

        date = self.reviewed.date()
        return GuideDraft(
            title=self.title.text().strip(),
            language=self.language.currentData(),
            topics=self.checked_topics(),
            service=self.service.text().strip(),
            body=self.body.toPlainText(),
            summary=self.summary.text().strip(),
            source=self.source.text().strip(),
            reviewed=dt.date(date.year(), date.month(), date.day()),
        )

    def _update_preview(self) -> None:
        from digituki.core.domain.guide_markdown import render_html

        images = {img.name for img in self.detail.images} if self.detail is not None else set()
        self.preview.setHtml(
            f"<html><body>{render_html(self.body.toPlainText(), images)}</body></html>"
        )

    # --- saving --------------------------------------------------------------------------------

    def _save(self) -> None:
        from digituki.core.services import guides as svc

        guide_id = self.detail.guide.id if self.detail is not None else None
        self.buttons.setEnabled(False)

        def done(detail: Any) -> None:
            self.saved = detail
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(error, ValidationError) and self._explain(error):
                return
            show_error(self, error)

        self.ctx.runner.run(
            svc.save_guide,
            self.ctx.db,
            self.draft(),
            guide_id,
            on_done=done,
            on_error=failed,
            parent=self,
        )

    def _explain(self, error: ValidationError) -> bool:
        """Say which field needs attention and put the cursor there; False if not a field."""
        fields = {
            "title": (self.title, self.tr("Please write a title.")),
            "service": (self.service, self.tr("Please name the service the guide is about.")),
            "topics": (self.topics, self.tr("Please tick at least one topic.")),
            "body": (self.body, self.tr("Please write the steps of the guide.")),
            "summary": (self.summary, self.tr("The summary is too long.")),
            "language": (self.language, None),
        }
        target = fields.get(error.field)
        if target is None:
            return False
        widget, text = target
        if error.message_code == "too_long":
            text = self.tr("This text is too long.")
        if text is None:
            return False
        QMessageBox.warning(self, self.windowTitle(), text)
        widget.setFocus()
        return True
