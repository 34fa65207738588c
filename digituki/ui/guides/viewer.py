"""The guide viewer: a readable, zoomable page with Print, PDF handout, Favourite and Edit.

`GuidePanel` is used by the Guides area and by `GuideDialog` (opened from linked guides). Guide HTML
comes from the core (raw HTML escaped); the browser never loads anything by itself: images come
only from the guide's own pack (delivered with the guide), links open only when clicked.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digituki.ui.a11y import announce
from digituki.ui.context import AppContext
from digituki.ui.guides import messages  # noqa: F401  (registers the error texts)
from digituki.ui.i18n import format_date
from digituki.ui.widgets.responsive import stack_when_large

log = logging.getLogger(__name__)

MIN_SCALE, MAX_SCALE, SCALE_STEP = 80, 250, 15
VIEWER_FACTOR = 1.15  # guide text a little larger than the rest of the window
CSS = """
h1 { font-size: x-large; }
h2 { font-size: large; margin-top: 1em; }
p, li { line-height: 140%; }
li { margin-bottom: 0.4em; }
"""


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that shows only the guide's own images and fetches nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: dict[str, Any] = {}
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(CSS)
        self.anchorClicked.connect(self._open_link)

    def set_images(self, images: Any) -> None:
        self._images = {img.name: img for img in images}

    def loadResource(self, type_: int, name: QUrl) -> Any:
        kind = getattr(type_, "value", type_)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = self._images.get(name.toString())
            if image is None:
                return None
            qimage = QImage.fromData(image.data)
            limit = max(200, int(self.viewport().width() * 0.9))
            if qimage.width() > limit:
                qimage = qimage.scaledToWidth(limit, Qt.TransformationMode.SmoothTransformation)
            return qimage
        return None  # never load files, style sheets or anything from the network

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


def page_html(detail: Any) -> str:
    return f"<html><body>{detail.html()}</body></html>"


class GuidePanel(QWidget):
    """Title, details, buttons and the guide text of one guide."""

    guide_changed = Signal(object)  # GuideSummary after a favourite change or an edit
    guide_deleted = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: Any = None
        self.scale = 100
        # Set when opened for a customer (booking, help log): the handout is given in their
        # language, or with a note in it when the guide has no version in that language.
        self.customer_language: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("guideTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("guideWarning")
        self.warning.setWordWrap(True)
        self.warning_icon = QLabel()
        self.warning_row = QWidget()
        warn_row = QHBoxLayout(self.warning_row)
        warn_row.setContentsMargins(0, 0, 0, 0)
        warn_row.addWidget(self.warning_icon)
        warn_row.addWidget(self.warning, 1)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.warning_row)

        self.print_button = QPushButton()
        self.pdf_button = QPushButton()
        self.favourite_button = QPushButton()
        self.favourite_button.setObjectName("favouriteButton")
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.smaller_button = QToolButton()
        self.larger_button = QToolButton()
        # Two short rows rather than one long one: the window must fit small screens.
        first = QHBoxLayout()
        first.addWidget(self.print_button)
        first.addWidget(self.pdf_button)
        first.addStretch(1)
        first.addWidget(self.smaller_button)
        first.addWidget(self.larger_button)
        second = QHBoxLayout()
        second.addWidget(self.favourite_button)
        second.addWidget(self.edit_button)
        second.addWidget(self.delete_button)
        second.addStretch(1)
        layout.addLayout(first)
        layout.addLayout(second)
        stack_when_large(self, first, second)
        self.browser = GuideBrowser()
        self.browser.setObjectName("guideBrowser")
        layout.addWidget(self.browser, 1)
        self.status = QLabel()
        self.status.setObjectName("guideStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.favourite_button.clicked.connect(self._toggle_favourite)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.smaller_button.clicked.connect(lambda: self.change_scale(-SCALE_STEP))
        self.larger_button.clicked.connect(lambda: self.change_scale(SCALE_STEP))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, SCALE_STEP),
            (QKeySequence("Ctrl+="), SCALE_STEP),
            (QKeySequence.StandardKey.ZoomOut, -SCALE_STEP),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(lambda step=step: self.change_scale(step))
        reset = QShortcut(QKeySequence("Ctrl+0"), self)
        reset.setContext(context)
        reset.activated.connect(lambda: self.change_scale(100 - self.scale))
        self.retranslate()
        self._apply_scale()
        self.show_detail(None)

    # --- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the guide"))
        self.pdf_button.setText(self.tr("Save as PDF &handout…"))
        self.pdf_button.setAccessibleName(self.tr("Save the guide as a large-print PDF handout"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit this guide (the change stays here)"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete this guide written here"))
        self.smaller_button.setText(self.tr("A−"))
        self.smaller_button.setAccessibleName(self.tr("Smaller text"))
        self.smaller_button.setToolTip(self.tr("Smaller text (Ctrl+−)"))
        self.larger_button.setText(self.tr("A+"))
        self.larger_button.setAccessibleName(self.tr("Larger text"))
        self.larger_button.setToolTip(self.tr("Larger text (Ctrl++)"))
        self.browser.setAccessibleName(self.tr("Guide text"))
        self._update_texts()

    def _update_texts(self) -> None:
        detail = self.detail
        if detail is None:
            self.title.setText(self.tr("No guide open"))
            self.details.setText(self.tr("Search for a guide and choose it from the list."))
            self.warning.setText("")
            self.warning_icon.clear()
            self.warning_row.setVisible(False)
            self.favourite_button.setText(self.tr("☆ Add to fa&vourites"))
            self.favourite_button.setAccessibleName(self.tr("Add to favourites"))
            return
        g = detail.guide
        self.title.setText(g.title)
        parts = [
            self.tr("Service: {service}").format(service=g.service),
            self.tr("Reviewed {date}").format(date=format_date(g.reviewed)),
        ]
        if g.source:
            parts.append(self.tr("Source: {source}").format(source=g.source))
        if g.is_local:
            parts.append(self.tr("Written here"))
        elif g.local_edit:
            parts.append(self.tr("Edited here"))
        self.details.setText(" · ".join(parts))
        if g.out_of_date:
            self.warning.setText(
                self.tr(
                    "Possibly out of date: this guide was last reviewed more than 12 months ago. "
                    "Check the steps against the service."
                )
            )
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            size = self.fontMetrics().height()
            self.warning_icon.setPixmap(icon.pixmap(size, size))
            self.warning_row.setVisible(True)
        else:
            self.warning.setText("")
            self.warning_icon.clear()
            self.warning_row.setVisible(False)
        if g.favourite:
            self.favourite_button.setText(self.tr("★ Remove from fa&vourites"))
            self.favourite_button.setAccessibleName(self.tr("Remove from favourites"))
        else:
            self.favourite_button.setText(self.tr("☆ Add to fa&vourites"))
            self.favourite_button.setAccessibleName(self.tr("Add to favourites"))

    # --- showing a guide ---------------------------------------------------------------------

    def open_guide(self, guide_id: int) -> None:
        """Load and show a guide (in the background)."""
        from digituki.core.services import guides as svc

        self.ctx.runner.run(
            svc.get_guide, self.ctx.db, guide_id, on_done=self.show_detail, parent=self
        )

    def show_detail(self, detail: Any) -> None:
        self.detail = detail
        has = detail is not None
        for button in (self.print_button, self.pdf_button, self.favourite_button, self.edit_button):
            button.setEnabled(has)
        self.delete_button.setVisible(has and detail.guide.is_local)
        self.status.setText("")
        if has:
            self.browser.set_images(detail.images)
            self.browser.setHtml(page_html(detail))
        else:
            self.browser.set_images(())
            self.browser.clear()
        self._update_texts()

    def change_scale(self, step: int) -> None:
        self.scale = max(MIN_SCALE, min(MAX_SCALE, self.scale + step))
        self._apply_scale()
        self._say(self.tr("Text size {percent} %").format(percent=self.scale))

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._apply_scale()  # the text-size setting changed: the title and text follow
        return super().event(event)

    def _apply_scale(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * VIEWER_FACTOR * self.scale / 100)
        self.browser.document().setDefaultFont(font)
        # A widget style sheet, not setFont: the application's sheet is re-applied when the text
        # size changes and would put an explicitly set font back to the old size.
        title_size = round(font.pointSizeF() * 1.4, 1)
        self.title.setStyleSheet(f"font-size: {title_size}pt; font-weight: 700;")
        if self.detail is not None:  # images are re-fitted on a fresh layout
            self.browser.setHtml(page_html(self.detail))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)

    # --- actions -------------------------------------------------------------------------------

    def _toggle_favourite(self) -> None:
        from digituki.core.services import guides as svc

        if self.detail is None:
            return
        guide_id = self.detail.guide.id
        wanted = not self.detail.guide.favourite

        def done(_: object) -> None:
            self.ctx.runner.run(
                svc.get_guide, self.ctx.db, guide_id, on_done=refreshed, parent=self
            )

        def refreshed(detail: Any) -> None:
            self.show_detail(detail)
            self._say(
                self.tr("Added to favourites.") if wanted else self.tr("Removed from favourites.")
            )
            self.guide_changed.emit(detail.guide)

        self.ctx.runner.run(
            svc.set_favourite, self.ctx.db, guide_id, wanted, on_done=done, parent=self
        )

    def _default_pdf_path(self) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        return str(Path(folder) / f"{self.detail.guide.slug}.{self.detail.guide.language}.pdf")

    def _save_pdf(self) -> None:
        if self.detail is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the guide as a PDF handout"),
            self._default_pdf_path(),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> None:
        from digituki.core.services import guides as svc

        def done(saved: Path) -> None:
            self._say(self.tr("The handout was saved: {path}").format(path=saved))

        db, guide_id, language = self.ctx.db, self.detail.guide.id, self.customer_language
        self.ctx.runner.run(
            lambda: svc.write_guide_handout(db, guide_id, path, customer_language=language),
            on_done=done,
            label=self.tr("Making the handout…"),
            parent=self,
        )

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.detail is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the guide"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
            self._say(self.tr("The guide was sent to the printer."))

    def print_to(self, printer: Any) -> None:
        """Print the guide in large print (16 pt) with its review date and source."""
        g = self.detail.guide
        document = QTextDocument()
        document.setDefaultStyleSheet(CSS)
        font = QFont(QApplication.font())
        font.setPointSizeF(16)
        document.setDefaultFont(font)
        for image in self.detail.images:
            document.addResource(
                QTextDocument.ResourceType.ImageResource.value,
                QUrl(image.name),
                QImage.fromData(image.data),
            )
        from html import escape

        from digituki.core.exports.pdf.handout import LABELS, fallback_note

        # The paper goes to the customer: its fixed texts follow the guide's language, as the PDF
        # handout's do, with the same note when the customer asked for another language.
        labels = LABELS.get(g.language, LABELS["en"])
        date = f"{g.reviewed.day}.{g.reviewed.month}.{g.reviewed.year}"
        footer = " · ".join(
            p
            for p in (
                g.service,
                labels["reviewed"].format(date=date),
                labels["source"].format(source=g.source) if g.source else "",
            )
            if p
        )
        note = fallback_note(self.customer_language, g.language) if self.customer_language else ""
        head = f"<p><b>{escape(note)}</b></p>" if note else ""
        document.setHtml(
            f"<html><body>{head}<h1>{escape(g.title)}</h1>{self.detail.html()}"
            f"<hr/><p>{escape(footer)}</p></body></html>"
        )
        document.print_(printer)

    def _edit(self) -> None:
        from digituki.ui.guides.editor import GuideEditorDialog

        if self.detail is None:
            return
        dialog = GuideEditorDialog(self.ctx, self.detail, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.show_detail(dialog.saved)
            self._say(self.tr("The guide was saved."))
            self.guide_changed.emit(dialog.saved.guide)

    def _delete(self) -> None:
        from digituki.core.services import guides as svc

        if self.detail is None or not self.detail.guide.is_local:
            return
        guide_id = self.detail.guide.id
        answer = QMessageBox.question(
            self,
            self.tr("Delete the guide"),
            self.tr("Delete the guide “{title}”? This cannot be undone.").format(
                title=self.detail.guide.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_: object) -> None:
            self.show_detail(None)
            self._say(self.tr("The guide was deleted."))
            self.guide_deleted.emit(guide_id)

        self.ctx.runner.run(
            svc.delete_local_guide, self.ctx.db, guide_id, on_done=done, parent=self
        )


class GuideDialog(QDialog):
    """One guide in its own window (opened from the linked guides of a form)."""

    def __init__(
        self,
        ctx: AppContext,
        guide_id: int,
        parent: QWidget | None = None,
        *,
        customer_language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.panel = GuidePanel(ctx, self)
        self.panel.customer_language = customer_language
        layout.addWidget(self.panel, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setWindowTitle(self.tr("Guide"))
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 36)
        self.panel.open_guide(guide_id)
