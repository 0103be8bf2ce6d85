"""The bundles this laptop sent, and the central office's receipts for them.

Each bundle shows "received and merged at the central office (date)" once a verified
receipt names it, else "not yet confirmed". "Load receipts…" takes one or more receipt
files; each is checked (signed by the central office this laptop trusts, for this
laptop, for a bundle it wrote) and a refused one changes nothing and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.services import receipts
from enrollment_app.services.context import ServiceContext
from enrollment_app.sync.receipts import RECEIPT_SUFFIX
from enrollment_app.ui.sync.export_dialog import error_text
from enrollment_app.ui.widgets.banner import Banner, BannerKind

# (parent, title) -> the chosen files ([] when cancelled).
FilesChooser = Callable[[QWidget, str], list[str]]


def choose_receipt_files(parent: QWidget, title: str) -> list[str]:
    files, _filter = QFileDialog.getOpenFileNames(
        parent, title, str(Path.home()), QCoreApplication.translate(
            "ReceiptsDialog", "Receipts (*{suffix});;All files (*)").format(suffix=RECEIPT_SUFFIX))
    return files


def status_text(row: receipts.BundleConfirmation) -> str:
    if row.confirmed_at is None:
        return QCoreApplication.translate("ReceiptsDialog", "not yet confirmed")
    text = QCoreApplication.translate(
        "ReceiptsDialog", "received and merged at the central office ({date})").format(
        date=row.confirmed_at.astimezone().strftime("%d-%m-%Y %H:%M"))
    if row.conflicts or row.possible_duplicates:
        text += " " + QCoreApplication.translate(
            "ReceiptsDialog", "- {conflicts} conflict(s), {duplicates} possible duplicate(s) to "
                     "review there").format(conflicts=row.conflicts,
                                            duplicates=row.possible_duplicates)
    return text


class ReceiptsDialog(QDialog):
    """``loaded`` is emitted after at least one receipt was stored."""

    loaded = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 choose_files: FilesChooser | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.choose_files = choose_files or choose_receipt_files
        self.setWindowTitle(self.tr("Receipts from the central office"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The central office writes a signed receipt for every bundle it imports. Load "
            "the receipts here: a bundle is confirmed once its receipt is checked. Personal "
            "data can only be removed from this laptop for confirmed records."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = Banner(self)
        layout.addWidget(self.banner)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bundle"), self.tr("Written"), self.tr("Records"),
             self.tr("At the central office")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.load_button = QPushButton(self.tr("&Load receipts…"), self)
        buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.load_button.clicked.connect(self.load)
        layout.addWidget(buttons)
        self.load_button.setDefault(True)
        self.refresh()

    def refresh(self) -> None:
        rows = receipts.bundle_confirmations(self._ctx)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = [str(row.sequence), row.created_at.astimezone().strftime("%d-%m-%Y %H:%M"),
                     str(row.records), status_text(row)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        if not rows:
            self.banner.show_message(BannerKind.INFO, self.tr(
                "This laptop has not exported a bundle yet."))

    def status_of(self, sequence: int) -> str:
        """The status cell of bundle ``sequence`` as shown."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == str(sequence):
                return self.table.item(row, 3).text()
        return ""

    def load(self) -> None:
        files = self.choose_files(self, self.tr("Receipts from the central office"))
        if not files:
            return
        try:
            outcomes = receipts.load_receipts(self._ctx, [Path(f) for f in files])
        except Exception as error:
            self.banner.show_message(BannerKind.ERROR, error_text(error))
            return
        stored = [o for o in outcomes if isinstance(o, receipts.LoadedReceipt)]
        refused = [o for o in outcomes if not isinstance(o, receipts.LoadedReceipt)]
        lines = []
        if stored:
            lines.append(self.tr("Receipts loaded for bundle(s) {numbers}.").format(
                numbers=", ".join(str(o.sequence) for o in stored)))
        lines += [f"{Path(file).name}: {error_text(exc)}" for file, exc in refused]
        self.banner.show_message(BannerKind.ERROR if refused else BannerKind.SUCCESS,
                                 "\n".join(lines))
        self.refresh()
        if stored:
            self.loaded.emit()
