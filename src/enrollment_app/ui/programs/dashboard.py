"""The Dashboard screen: for the chosen program, how full every kecamatan's quota is (a bar
chart and the same figures as a table) and how many applications stand at each step of
the pipeline (big number tiles).

The figures are one grouped query (services.program_dashboard). The screen reloads them
whenever ``DataChanges`` announces a change, coalesced into one reload per burst, and only
while it is visible; a hidden screen reloads when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QMetaMethod, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.application_status import STATUS_CONTEXT, STATUS_LABELS
from enrollment_app.i18n import translate
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.program_dashboard import (
    PIPELINE,
    ProgramChoice,
    ProgramDashboard,
)
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.programs.progress_model import ProgressModel, percent_text
from enrollment_app.ui.programs.quota_chart import QuotaChart
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.page_title import page_title

TILE_NUMBER_SCALE = 2.0
HINT_STYLE = "color: #505050;"


@dataclass(frozen=True)
class DashboardSource:
    """Where the figures come from: this device's database or the central office's."""

    programs: Callable[[], list[ProgramChoice]]
    figures: Callable[[str], ProgramDashboard]


class NumberTile(QFrame):
    """A caption over a big number."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("numberTile")
        self.setStyleSheet("#numberTile { background: #f4f7fb; border: 1px solid #c9d6e6;"
                           " border-radius: 4px; }")
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.value = QLabel("–", self)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * TILE_NUMBER_SCALE)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def set_number(self, number: int | None) -> None:
        self.value.setText("–" if number is None else QLocale().toString(number))
        self.setAccessibleName(f"{self.caption.text()}: {self.value.text()}")


class ProgramDashboardView(QWidget):
    """Choose a program; see its quota progress per kecamatan and its pipeline."""

    def __init__(self, source: DashboardSource, changes: DataChanges,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._programs_stale = True  # the program list is read again when shown
        self._figures_stale = True
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self._load_figures)
        self._build()
        self.program.currentIndexChanged.connect(lambda _index: self._load_figures())
        self.copy_button.clicked.connect(self.copy_table)
        _connect_every_signal(changes, self.data_changed)

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.program = QComboBox(self)
        self.program.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.program.setMinimumContentsLength(40)
        program_label = QLabel(self.tr("Pro&gram"), self)
        program_label.setBuddy(self.program)
        self.updated_label = QLabel(self)
        self.updated_label.setStyleSheet(HINT_STYLE)
        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Dashboard"), self))
        top.addStretch(1)
        top.addWidget(program_label)
        top.addWidget(self.program)
        top.addWidget(self.updated_label)
        self.banner = Banner(self)
        self.headline = QLabel(self)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.chart = QuotaChart(self)
        self.model = ProgressModel(self)
        self.table = self._build_table()
        self.copy_button = QPushButton(self.tr("&Copy table"), self)
        self.copy_button.setToolTip(self.tr("Copy the table for a spreadsheet (Ctrl+C copies "
                                            "the selected rows)"))
        table_side = QWidget(self)
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addWidget(self.chart, 1)
        body.addWidget(table_side)  # as wide as its columns: the chart takes the rest
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(self._build_tiles())
        layout.addWidget(self.headline)
        layout.addLayout(body, 1)

    def _build_tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.tiles: dict[str, NumberTile] = {}
        for status in PIPELINE:
            tile = NumberTile(translate(STATUS_CONTEXT, STATUS_LABELS[status]), self)
            self.tiles[status] = tile
            row.addWidget(tile, 1)
        return row

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Quota progress per kecamatan"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # As wide as its columns (the chart takes the rest), whatever the language.
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        copy = QShortcut(QKeySequence.StandardKey.Copy, table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selection)
        return table

    # -- refreshing -------------------------------------------------------------------
    def data_changed(self, *_args: object) -> None:
        """Something was saved: reload the figures now if shown, else when shown."""
        self._figures_stale = True
        if self.isVisible():
            self._reload.start()

    def refresh(self) -> None:
        """Reload the figures of the chosen program (now, if the screen is visible)."""
        self.data_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._programs_stale:
            self._load_programs()
        if self._figures_stale:
            self._reload.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._programs_stale = True  # the catalog may change meanwhile (a central update)

    def current_program_id(self) -> str:
        value = self.program.currentData()
        return "" if value is None else str(value)

    def _load_programs(self) -> None:
        try:
            choices = self._source.programs()
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self._programs_stale = False
        chosen = self.current_program_id()
        self.program.blockSignals(True)
        self.program.clear()
        for choice in choices:
            self.program.addItem(choice.name or choice.code, choice.id)
        self.program.setCurrentIndex(max(self.program.findData(chosen), 0)
                                     if choices else -1)
        self.program.blockSignals(False)
        if self.current_program_id() != chosen:
            self._figures_stale = True
        if not choices:
            self.banner.show_message(BannerKind.INFO, self.tr(
                "There is no program in the catalog yet, so there is nothing to show."))

    def _load_figures(self) -> None:
        program_id = self.current_program_id()
        dashboard: ProgramDashboard | None = None
        if program_id:
            try:
                dashboard = self._source.figures(program_id)
            except (ServiceError, StorageError) as exc:
                self.banner.show_message(BannerKind.ERROR, user_message(exc))
                return
            self.banner.clear_message()
        self._figures_stale = False
        self._show(dashboard)

    def _show(self, dashboard: ProgramDashboard | None) -> None:
        for status, tile in self.tiles.items():
            tile.set_number(dashboard.pipeline[status] if dashboard else None)
        self.headline.setText(self._headline(dashboard))
        self.model.set_dashboard(dashboard)
        self.chart.show_dashboard(dashboard)
        self.updated_label.setText(self.tr("Updated {time}").format(
            time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)))

    def _headline(self, dashboard: ProgramDashboard | None) -> str:
        if dashboard is None:
            return ""
        number = QLocale().toString
        target = dashboard.overall_target
        if target:
            return self.tr("Places taken: {taken} of {target} ({percent}). Applications: "
                           "{applications}.").format(
                taken=number(dashboard.places_taken), target=number(target),
                percent=percent_text(100.0 * dashboard.places_taken / target),
                applications=number(dashboard.applications))
        return self.tr("Places taken: {taken} (this program has no quota per kecamatan; "
                       "its targets are on the Programs screen). Applications: "
                       "{applications}.").format(
            taken=number(dashboard.places_taken),
            applications=number(dashboard.applications))

    # -- copying ----------------------------------------------------------------------
    def copy_table(self) -> None:
        """The whole table, tab-separated, for a spreadsheet."""
        QGuiApplication.clipboard().setText(self.model.as_text())

    def copy_selection(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        QGuiApplication.clipboard().setText(self.model.as_text(rows or None))


def _connect_every_signal(changes: DataChanges, slot: Callable[..., None]) -> None:
    """Listen to every signal the hub declares, including ones added later (a catalog
    change moves quotas just as an application moves counts)."""
    meta = changes.metaObject()
    for number in range(QObject.staticMetaObject.methodCount(), meta.methodCount()):
        method = meta.method(number)
        if method.methodType() == QMetaMethod.MethodType.Signal:
            getattr(changes, bytes(method.name().data()).decode()).connect(slot)
