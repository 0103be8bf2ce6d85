"""Send one field laptop an update: the program catalog and every class roster.

Staff choose the laptop and a folder (a USB stick); the file is written on its own
thread with a progress bar and a cancel button (a cancelled or failed update leaves no
file and no record). Laptops that have not sent a bundle yet are listed but cannot be
chosen: their encryption key is only known from a bundle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services.central import CentralOffice
from enrollment_app.services.central_updates import SentUpdate, UpdateWriteCancelledError
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.central.import_screen import error_text
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.sync.export_dialog import FolderChooser
from enrollment_app.ui.sync.worker import ProgressWorker
from enrollment_app.ui.sync.worker_dialog import WorkerDialog
from enrollment_app.ui.widgets.banner import Banner, BannerKind

DIALOG_SIZE = (640, 270)


class SendUpdateDialog(WorkerDialog):
    """``sent`` carries the SentUpdate once a file was written and recorded."""

    sent = Signal(object)

    def __init__(self, office: CentralOffice, *, operator: str = "central",
                 choose_folder: FolderChooser | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = office
        self._operator = operator
        self._choose_folder = choose_folder or self._ask_folder
        self._worker: ProgressWorker | None = None
        self.setWindowTitle(self.tr("Send an update to a device"))
        self.banner = Banner(self)
        explanation = QLabel(self.tr(
            "The update holds the program catalog and every class list with its "
            "participants, whichever laptop registered them. It is signed by the central "
            "office and only the chosen laptop can read it; a supervisor applies it there "
            "(Sync > Apply an update from the central office)."), self)
        explanation.setWordWrap(True)
        self.device = QComboBox(self)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("USB stick or folder"))
        self.choose_button = QPushButton(self.tr("Choose..."), self)
        self.choose_button.clicked.connect(self.choose_folder)
        form = QGridLayout()
        device_label = QLabel(self.tr("&Device"), self)
        device_label.setBuddy(self.device)
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.folder)
        form.addWidget(device_label, 0, 0)
        form.addWidget(self.device, 0, 1, 1, 2)
        form.addWidget(folder_label, 1, 0)
        form.addWidget(self.folder, 1, 1)
        form.addWidget(self.choose_button, 1, 2)
        form.setColumnStretch(1, 1)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.write_button = QPushButton(self.tr("&Write update"), self)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close_or_cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(*DIALOG_SIZE)
        self.load_devices()

    # -- choices ----------------------------------------------------------------------
    def load_devices(self) -> None:
        """Active devices; those without a bundle yet are shown but not selectable."""
        try:
            devices = [d for d in self._office.devices() if d["active"]]
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            devices = []
        self.device.clear()
        model = self.device.model()
        assert isinstance(model, QStandardItemModel)
        for device in devices:
            label = device["name"] + (f" ({device['team']})" if device["team"] else "")
            if device["encryption_public_key"] is None:
                label += " - " + self.tr("no bundle received yet")
            self.device.addItem(label, device["device_id"])
            item = model.item(self.device.count() - 1)
            item.setEnabled(device["encryption_public_key"] is not None)
        first = next((row for row in range(self.device.count())
                      if model.item(row).isEnabled()), -1)
        self.device.setCurrentIndex(first)
        if not devices:
            self.banner.show_message(BannerKind.INFO, self.tr(
                "No device is registered yet. Provision a laptop first."))
        elif first < 0:
            self.banner.show_message(BannerKind.INFO, self.tr(
                "No device has sent a bundle yet. Import a bundle from the laptop first: "
                "its encryption key comes with it."))

    def _ask_folder(self, parent: QWidget, current: str) -> str:
        return QFileDialog.getExistingDirectory(parent, self.tr("Folder for the update"),
                                                current)

    def choose_folder(self) -> None:
        chosen = self._choose_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    # -- the work ---------------------------------------------------------------------
    def start(self) -> None:
        if self.is_busy():
            return
        device_id = self.device.currentData()
        folder = self.folder.text().strip()
        if not device_id:
            self.banner.show_message(BannerKind.ERROR, self.tr("Choose the device."))
            self.device.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not folder:
            self.banner.show_message(BannerKind.ERROR, self.tr(
                "Choose the folder to write the update to."))
            self.folder.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        office, operator, out = self._office, self._operator, Path(folder)
        worker = ProgressWorker(lambda progress: office.write_update(
            device_id, out, None, progress, created_by=operator), self)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.done.connect(self._finished)
        self._worker = worker
        self.banner.show_message(BannerKind.INFO, self.tr("Writing the update..."))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.close_button.setText(self.tr("Cancel"))
        self._set_inputs_enabled(False)
        worker.start()

    def close_or_cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        else:
            self.close()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.device, self.folder, self.choose_button, self.write_button):
            widget.setEnabled(enabled)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _succeeded(self, sent: SentUpdate) -> None:
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "Update {sequence} for {device} written ({records} records) into the folder "
            "as {name}. Take it to the laptop.").format(
            sequence=sent.sequence, device=sent.device_name, records=sent.record_count,
            name=sent.path.name))
        self.sent.emit(sent)

    def _failed(self, error: Any) -> None:
        kind = (BannerKind.INFO if isinstance(error, UpdateWriteCancelledError)
                else BannerKind.ERROR)
        self.banner.show_message(kind, error_text(error) if isinstance(error, BaseException)
                                 else str(error))

    def _finished(self) -> None:
        self._worker = None
        self.progress.hide()
        self.close_button.setText(self.tr("Close"))
        self._set_inputs_enabled(True)
