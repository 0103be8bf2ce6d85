"""Exporting everything held about one person, as they may ask under UU PDP."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.i18n import tr
from enrollment_app.services import data_subject
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import Subject, SubjectExport
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.fit_to_text import fit_height
from enrollment_app.ui.widgets.personal_data_confirm import confirm_personal_export

DIALOG_WIDTH = 640
FOLDER_NAME = "enrollment-data-requests"


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / FOLDER_NAME


class SubjectExportDialog(QDialog):
    """``result`` holds the written files after a successful export."""

    def __init__(self, ctx: ServiceContext, subject: Subject,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._subject = subject
        self.result_files: SubjectExport | None = None
        self.setWindowTitle(self.tr("Personal data request"))
        self.setMinimumWidth(DIALOG_WIDTH)
        heading = QLabel(self.tr("Everything held about {name} (NIK {nik})").format(
            name=subject.full_name, nik=subject.nik), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Under UU PDP a person may see all data held about them. This writes two "
            "files: a readable page (HTML: opens in any browser and prints) and a data "
            "file (JSON). They hold the person's record, business, groups, applications, "
            "interviews, classes, attendance, aid, earlier requests and the history of "
            "every change. The export is recorded in the audit trail."), self)
        intro.setWordWrap(True)
        warning = QLabel(self.tr(
            "The files are not encrypted. Give them to the person (or print the page), "
            "then delete them from this laptop and any USB stick."), self)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.folder = QLineEdit(str(default_folder()), self)
        choose = QPushButton(self.tr("Choose..."), self)
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Folder"), self)
        folder_label.setBuddy(self.folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.banner = Banner(self)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("Export"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.open_button = buttons.addButton(self.tr("Open folder"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self._open_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addLayout(folder_row)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)

    def export(self) -> SubjectExport | None:
        folder = self.folder.text().strip()
        if not folder:
            self.banner.show_message(BannerKind.ERROR, self.tr("Choose a folder first."))
            return None
        if not confirm_personal_export(self, 1, self.windowTitle()):
            return None
        try:
            result = data_subject.export_subject_data(
                self._ctx, self._subject.participant_id, Path(folder), translate=tr)
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            fit_height(self)
            return None
        self.result_files = result
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "Written:\n{html}\n{json}").format(html=result.html_path, json=result.json_path))
        self.open_button.show()
        fit_height(self)
        return result

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the files"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text().strip()))
