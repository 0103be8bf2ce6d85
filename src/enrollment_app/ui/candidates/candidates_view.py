"""The Candidates page: who on the registry lists is still to be visited, per kelurahan.

Left, the count per kelurahan (pick one to list its people); right, the candidates in
visiting order. Enter opens one in the registration form pre-filled; "Not found" and
"Refused" record a visit that did not end in a registration, with a note.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.regions import load_regions
from enrollment_app.i18n import translate
from enrollment_app.services import candidates
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.candidates.prompts import CandidatePrompts
from enrollment_app.ui.candidates.table_models import CandidateListModel, KelurahanCountModel
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.choice_combo import ChoiceCombo
from enrollment_app.ui.widgets.page_title import page_title

SEARCH_DELAY_MS = 150


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


class CandidatesView(QWidget):
    open_requested = Signal(str)  # candidate id

    def __init__(self, ctx: ServiceContext, prompts: CandidatePrompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._prompts = prompts
        self.counts_model = KelurahanCountModel(self)
        self.list_model = CandidateListModel(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect()
        self.refresh()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.program = ChoiceCombo(placeholder=self.tr("All programs"), parent=self)
        self.kecamatan = ChoiceCombo(placeholder=self.tr("All kecamatan"), parent=self)
        self.kecamatan.set_items(load_regions().kecamatan())
        self.status = ChoiceCombo(parent=self)
        self.status.set_items((code, translate("candidates", label))
                              for code, label in candidates.STATUS_LABELS.items())
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("NIK or name"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for text, widget, stretch in ((self.tr("&Program"), self.program, 2),
                                      (self.tr("&Kecamatan"), self.kecamatan, 1),
                                      (self.tr("S&how"), self.status, 1),
                                      (self.tr("&Search"), self.search, 2)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
        self.counts = _table(self)
        self.counts.setModel(self.counts_model)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table = _table(self)
        self.table.setModel(self.list_model)
        self.table.horizontalHeader().setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(("Siti Nurhaliza Rahmawati", "3671015502900001",
                                         "Jl. Flamboyan No. 54, RT 009/RW 005",
                                         "Cipondoh Makmur, Cipondoh", "Not found",
                                         "Pindah ke luar kota")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 20)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.counts)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 920])
        self.open_button = QPushButton(self.tr("Open in the registration form (Enter)"), self)
        self.not_found_button = QPushButton(self.tr("Not found..."), self)
        self.refused_button = QPushButton(self.tr("Refused..."), self)
        self.back_button = QPushButton(self.tr("Back to the list to visit"), self)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.not_found_button, self.refused_button,
                       self.back_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        self.banner = Banner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(page_title(self.tr("Candidates to visit"), self))
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        for combo in (self.program, self.kecamatan, self.status):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._debounce.timeout.connect(self._load_list)
        self.search.returnPressed.connect(self._focus_list)
        self.counts.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._load_list())
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._enable_buttons())
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.not_found_button.clicked.connect(lambda: self._mark(candidates.NOT_FOUND))
        self.refused_button.clicked.connect(lambda: self._mark(candidates.REFUSED))
        self.back_button.clicked.connect(lambda: self._mark(candidates.TO_VISIT))

    # -- public -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the counts and the list (after a registration, an update, a mark)."""
        def load() -> None:
            programs = candidates.candidate_programs(self._ctx)
            if [self.program.itemData(i) for i in range(1, self.program.count())] != [
                    pid for pid, _name in programs]:
                chosen = self.program.code()
                self.program.set_items(programs)
                self.program.set_code(chosen)
            kelurahan = self.selected_kelurahan()
            self.counts_model.set_counts(candidates.kelurahan_counts(
                self._ctx, kecamatan_code=self.kecamatan.code(),
                program_id=self.program.code()))
            self.counts.selectRow(self.counts_model.row_of(kelurahan))
        if self._guard(load):
            self._load_list()

    def selected_kelurahan(self) -> str:
        return self.counts_model.kelurahan_code(self.counts.currentIndex().row())

    def to_visit_in(self, kelurahan_code: str) -> int:
        """The count the page shows for a kelurahan ("" for every kelurahan)."""
        return self.counts_model.to_visit(self.counts_model.row_of(kelurahan_code)
                                          if kelurahan_code else 0)

    def show_search(self, text: str) -> None:
        self.status.set_code(candidates.TO_VISIT)
        self.kecamatan.set_code("")
        self.counts.selectRow(0)
        self.search.setText(text)
        self._load_list()
        self._focus_list()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- internals --------------------------------------------------------------------
    def _load_list(self) -> None:
        self._debounce.stop()

        def load() -> None:
            self.list_model.set_rows(candidates.search_candidates(
                self._ctx, text=self.search.text(), kecamatan_code=self.kecamatan.code(),
                kelurahan_code=self.selected_kelurahan(), program_id=self.program.code(),
                statuses=[self.status.code() or candidates.TO_VISIT]))
        self._guard(load)
        shown = self.list_model.rowCount()
        self.count_label.setText(self.tr("%n candidate(s) shown", "", shown))
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        row = self.table.currentIndex().row()
        status = self.list_model.candidate(row).status if 0 <= row < \
            self.list_model.rowCount() else None
        self.open_button.setEnabled(status == candidates.TO_VISIT)
        self.not_found_button.setEnabled(status == candidates.TO_VISIT)
        self.refused_button.setEnabled(status == candidates.TO_VISIT)
        self.back_button.setEnabled(status in (candidates.NOT_FOUND, candidates.REFUSED))

    def _focus_list(self) -> None:
        if self.list_model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            candidate = self.list_model.candidate(index.row())
            if candidate.status == candidates.TO_VISIT:
                self.open_requested.emit(candidate.id)

    def _mark(self, outcome: str) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.list_model.rowCount():
            return
        candidate = self.list_model.candidate(row)
        note = ""
        if outcome != candidates.TO_VISIT:
            label = translate("candidates", candidates.STATUS_LABELS[outcome])
            answer = self._prompts.visit_note(self, candidate.full_name, label)
            if answer is None:
                return
            note = answer
        if self._guard(lambda: candidates.mark_visit(self._ctx, candidate.id, outcome, note)):
            self.refresh()
            self.banner.show_message(BannerKind.SUCCESS, self.tr(
                "{name}: recorded as \"{status}\".").format(
                    name=candidate.full_name,
                    status=translate("candidates", candidates.STATUS_LABELS[outcome])))

    def _guard(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return False
        return True
