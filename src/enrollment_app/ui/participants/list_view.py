"""The participant list: instant search, a kecamatan filter, sortable columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.regions import load_regions
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.participants.table_model import (
    COLUMNS,
    NAME,
    ParticipantTableModel,
)
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.page_title import page_title

SEARCH_DELAY_MS = 150  # long enough to skip searches for half-typed words


class SearchBox(QLineEdit):
    """Down arrow moves to the results, so the keyboard never has to leave the keys."""

    move_to_results = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.move_to_results.emit()
            return
        super().keyPressEvent(event)


class ParticipantListView(QWidget):
    """Search people by NIK, name or phone; Enter or double-click opens one for editing."""

    open_requested = Signal(str)  # participant id

    def __init__(self, ctx: ServiceContext, changes: DataChanges,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = ParticipantTableModel(ctx.db, parent=self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._build()
        self.model.total_changed.connect(self._show_count)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._search_now_and_show_results)
        self.search.move_to_results.connect(self._focus_results)
        self.kecamatan.currentIndexChanged.connect(lambda _index: self.apply_search())
        self.table.activated.connect(self._open_index)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable)
        changes.participants_changed.connect(lambda _id: self.refresh())
        self.apply_search()  # the one load while building: count and first page

    def _build(self) -> None:
        self.search = SearchBox(self)
        self.search.setPlaceholderText(self.tr("Search by NIK, name or phone number"))
        self.search.setClearButtonEnabled(True)
        self.kecamatan = ChoiceCombo(placeholder=self.tr("All kecamatan"), parent=self)
        self.kecamatan.set_items(load_regions().kecamatan())
        self.count_label = QLabel(self)
        self.banner = Banner(self)
        top = QHBoxLayout()
        search_label = QLabel(self.tr("Search"), self)
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 3)
        kecamatan_label = QLabel(self.tr("Kecamatan"), self)
        kecamatan_label.setBuddy(self.kecamatan)
        top.addWidget(kecamatan_label)
        top.addWidget(self.kecamatan, 1)
        top.addWidget(self.count_label)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # The model's own order already: enabling sorting then loads nothing.
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._size_columns()
        hint = QLabel(self.tr("Enter or double-click opens the person for corrections. "
                              "Ctrl+F: search, Ctrl+N: new registration."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        title = page_title(self.tr("Participants"), self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        samples = ("Siti Nurhaliza Rahmawati Putri", "3671015502900001", "Perempuan",
                   "15-02-1990", "Karang Tengah", "Panunggangan Barat", "081234567890")
        for column, sample in enumerate(samples[: len(COLUMNS)]):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)

    # -- public -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        """Run the search now (the debounce timer calls this after typing stops)."""
        self._debounce.stop()
        self._load(lambda: self.model.set_filter(self.search.text(), self.kecamatan.code()))

    def refresh(self) -> None:
        """Reload after data changed elsewhere, keeping the search and the sort."""
        self._load(self.model.reload)

    # -- internals --------------------------------------------------------------------

    def _load(self, action: Callable[[], None]) -> None:
        try:
            action()
        except StorageError as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        if self.model.total == 0 and self.search.text().strip():
            self.banner.show_message(BannerKind.INFO, self.tr(
                "Nobody matches \"{text}\". Check the spelling, or register the person "
                "with Ctrl+N.").format(text=self.search.text().strip()))
        else:
            self.banner.clear_message()

    def _show_count(self) -> None:
        if self.model.capped:  # "1.000+ participants": the count stopped there
            self.count_label.setText(self.tr("{count}+ participants").format(
                count=QLocale().toString(self.model.count_cap)))
        else:
            self.count_label.setText(self.tr("%n participant(s)", "", self.model.total))

    def _search_now_and_show_results(self) -> None:
        self.apply_search()
        self._focus_results()

    def _focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.participant_id(index.row()))

    def _keep_sortable(self, column: int, order: Qt.SortOrder) -> None:
        """Columns the service cannot sort by put the indicator back where it was."""
        if self.model.is_sortable(column):
            return
        query = self.model.query
        previous = next((c for c in range(len(COLUMNS))
                         if self.model.is_sortable(c)
                         and COLUMNS[c].sort_key == query.sort.value), NAME)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(previous, Qt.SortOrder.DescendingOrder if query.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
