"""The supervisors' Backups screen: every backup of this laptop (newest first) with its
date, kind, participants and size; restoring one; a backup by hand; and the settings
(USB folder, how many daily and weekly backups are kept).

The list is read on a background thread: each backup file is opened read-only to count
its participants.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.i18n import tr
from enrollment_app.services import backups
from enrollment_app.services.backups import BackupInfo, BackupSettings, DailyBackup
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.audit.background import run_in_background
from enrollment_app.ui.backups.backups_model import DATE_FORMAT, BackupsTableModel
from enrollment_app.ui.backups.restore_flow import (
    Confirm,
    RestoreRunner,
    ask_to_restore,
    confirmation_text,
    failure_text,
)
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.rows_model import rows_table_view, table_with_buttons
from enrollment_app.ui.sync.worker import ProgressWorker
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.page_title import page_title

FolderChooser = Callable[[QWidget, str], str]


class BackupsView(QWidget):
    """``restored`` carries the services.backups.Restored once a backup is back."""

    restored = Signal(object)
    listed = Signal()  # the list was (re)loaded
    backed_up = Signal()  # a backup by hand ended (written or not)

    def __init__(self, ctx: ServiceContext, *, confirm: Confirm = ask_to_restore,
                 choose_folder: FolderChooser | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._confirm = confirm
        self._choose_folder = choose_folder or self._ask_folder
        self.model = BackupsTableModel(self)
        self.runner = RestoreRunner(self)
        self.runner.restored.connect(self._restored)
        self.runner.failed.connect(lambda text: self.banner.show_message(BannerKind.ERROR,
                                                                         text))
        self._loading = False
        self._backup_worker: ProgressWorker | None = None
        self._build()
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self._shown_once = False

    def showEvent(self, event: QShowEvent) -> None:
        """Read the settings and the list when the screen is first opened, not when the
        main window is built."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.show_settings(backups.backup_settings(self._ctx.db))
            self.refresh()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        title = page_title(self.tr("Backups"), self)
        self.banner = Banner(self)
        text = self.tr(
            "A backup of the database is made automatically once a day, after the first "
            "sign-in of the day, and kept in the data folder (and in the USB folder below, "
            "if one is chosen). Restoring a backup replaces everything on this laptop with "
            "the data of that moment.")
        if self._ctx.db.key is not None:
            text += " " + self.tr("Backups are encrypted like the database: a backup file "
                                  "cannot be read without this laptop's key file and a "
                                  "password.")
        self.intro = intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #505050;")
        self.table = rows_table_view(self, self.model)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.restore_button = QPushButton(self.tr("Restore..."), self)
        self.restore_button.setToolTip(self.tr("Put the selected backup back in place of "
                                               "the current database"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        middle = table_with_buttons(self.table, (self.restore_button, self.backup_button,
                                                 self.refresh_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addLayout(middle, 1)
        layout.addWidget(self._build_settings())

    def _build_settings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Settings"), self)
        form = QFormLayout(box)
        self.usb_folder = QLineEdit(box)
        self.usb_folder.setPlaceholderText(self.tr("none: backups stay on this laptop only"))
        self.choose_button = QPushButton(self.tr("Choose..."), box)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.usb_folder, 1)
        folder_row.addWidget(self.choose_button)
        form.addRow(self.tr("Copy to USB folder"), folder_row)
        self.keep_daily = QSpinBox(box)
        self.keep_daily.setRange(*backups.KEEP_DAILY_RANGE)
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_weekly = QSpinBox(box)
        self.keep_weekly.setRange(*backups.KEEP_WEEKLY_RANGE)
        self.keep_weekly.setSuffix(self.tr(" weeks"))
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_daily)
        keep_row.addWidget(QLabel(self.tr("of daily backups, then one backup a week for"),
                                  box))
        keep_row.addWidget(self.keep_weekly)
        keep_row.addStretch(1)
        form.addRow(self.tr("Keep"), keep_row)
        self.save_button = QPushButton(self.tr("Save settings"), box)
        self.save_button.clicked.connect(self.save_settings)
        save_row = QHBoxLayout()
        hint = QLabel(self.tr("Each laptop writes into its own sub-folder of the USB folder. "
                              "Backups made by hand or before an update or a restore are "
                              "never deleted automatically."), box)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        save_row.addWidget(hint, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        form.addRow(save_row)
        self.usb_folder.returnPressed.connect(self.save_settings)
        return box

    # -- list -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.status.setText(self.tr("Reading the backups..."))
        self._update_buttons()
        db = self._ctx.db
        run_in_background(lambda: backups.list_backups(db), self, self._listed,
                          self._list_failed)

    def _listed(self, found: list[BackupInfo]) -> None:
        self._loading = False
        selected = self.selected_backup()
        self.model.set_backups(found)
        if found:
            self.status.setText(self.tr("{count} backups, newest first.").format(
                count=QLocale().toString(len(found))))
        else:
            self.status.setText(self.tr("No backup yet."))
        row = next((i for i, b in enumerate(found)
                    if selected is not None and b.path == selected.path), 0 if found else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        self.listed.emit()

    def _list_failed(self, error: Exception) -> None:
        self._loading = False
        self.status.setText("")
        self.banner.show_message(BannerKind.ERROR, failure_text(error))
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return self.model.backup_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.runner.is_busy()
        self.restore_button.setEnabled(not busy and not self._loading
                                       and self.selected_backup() is not None)
        self.backup_button.setEnabled(not busy and self._backup_worker is None)
        self.refresh_button.setEnabled(not busy and not self._loading)

    # -- actions ----------------------------------------------------------------------
    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or self.runner.is_busy():
            return
        try:
            impact = backups.restore_impact(self._ctx, backup)
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        question, details = confirmation_text(backup, impact)
        if not self._confirm(self, question, details):
            return
        self.banner.show_message(BannerKind.INFO, self.tr("Restoring the backup taken on "
                                                          "{taken}...").format(
            taken=backup.taken_at.strftime(DATE_FORMAT)))
        ctx, path = self._ctx, backup.path
        self.runner.run(lambda: backups.restore(ctx, path))
        self._update_buttons()

    def _restored(self, result: backups.Restored) -> None:
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "The backup is restored. The database before it was saved as {path}.").format(
                path=result.previous_saved_as))
        self._update_buttons()
        self.restored.emit(result)

    def back_up_now(self) -> None:
        """A backup by hand, on its own thread (seconds for a large file)."""
        if self._backup_worker is not None:
            return
        self.banner.show_message(BannerKind.INFO, self.tr("Writing the backup..."))
        ctx = self._ctx
        worker = ProgressWorker(lambda _progress: backups.back_up_now(ctx), self)
        worker.succeeded.connect(self.show_backup_result)
        worker.failed.connect(lambda error: self.banner.show_message(
            BannerKind.ERROR, failure_text(error)))
        worker.done.connect(self._backup_done)
        self._backup_worker = worker
        self._update_buttons()
        worker.start()

    def _backup_done(self) -> None:
        self._backup_worker = None
        self.backed_up.emit()
        self.refresh()

    def show_backup_result(self, result: DailyBackup) -> None:
        if result.problems:
            self.banner.show_message(BannerKind.ERROR, "\n".join(
                user_message(p) for p in result.problems))
        elif result.taken is not None:
            self.banner.show_message(BannerKind.SUCCESS, self.tr(
                "Backup written to {path}").format(path=result.taken))

    # -- settings ---------------------------------------------------------------------
    def show_settings(self, settings: BackupSettings) -> None:
        self.usb_folder.setText(settings.usb_folder)
        self.keep_daily.setValue(settings.keep_daily)
        self.keep_weekly.setValue(settings.keep_weekly)

    def choose_folder(self) -> None:
        chosen = self._choose_folder(self, self.usb_folder.text())
        if chosen:
            self.usb_folder.setText(chosen)

    def _ask_folder(self, parent: QWidget, current: str) -> str:
        return QFileDialog.getExistingDirectory(parent, self.tr("USB folder for backups"),
                                                current)

    def save_settings(self) -> None:
        wanted = BackupSettings(self.usb_folder.text(), self.keep_daily.value(),
                                self.keep_weekly.value())
        try:
            saved = backups.save_backup_settings(self._ctx, wanted)
        except ValidationError as exc:
            self.banner.show_message(BannerKind.ERROR, "\n".join(
                p.render(tr) for p in exc.problems))
            return
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self.show_settings(saved)
        self.banner.show_message(BannerKind.SUCCESS, self.tr("Backup settings saved."))
        self.refresh()
