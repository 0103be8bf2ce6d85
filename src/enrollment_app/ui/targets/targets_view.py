"""The Targets screen: for the chosen program, every target counted in its own unit
(persons, business units, groups or events), reached against the number the catalog
states with a progress bar; the chosen target per kecamatan and per month.

The figures come from services.targets (on a device its own records, at the central
office every device's). The screen reloads on every ``DataChanges`` signal while it is
visible, and when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import load_regions
from enrollment_app.domain.target_specs import BUSINESS_UNITS, EVENTS, GROUPS, PERSONS
from enrollment_app.i18n import translate
from enrollment_app.services import program_dashboard, targets
from enrollment_app.services.central import CentralOffice
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.program_dashboard import ProgramChoice
from enrollment_app.services.targets import ProgramTargets, TargetProgress
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.groups.groups_view import fill_table, read_only_table
from enrollment_app.ui.programs.dashboard import _connect_every_signal
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.page_title import page_title

UNIT_CONTEXT = "target_unit"
UNIT_LABELS = {
    PERSONS: QT_TRANSLATE_NOOP("target_unit", "persons"),
    BUSINESS_UNITS: QT_TRANSLATE_NOOP("target_unit", "business units"),
    GROUPS: QT_TRANSLATE_NOOP("target_unit", "groups"),
    EVENTS: QT_TRANSLATE_NOOP("target_unit", "events"),
}
TARGET, UNIT, REACHED, GOAL, PROGRESS = range(5)
SIDE_WIDTH = 300


@dataclass(frozen=True)
class TargetsSource:
    """Where the figures come from: this device's database or the central office's."""

    programs: Callable[[], list[ProgramChoice]]
    figures: Callable[[str], ProgramTargets]


def device_source(ctx: ServiceContext) -> TargetsSource:
    return TargetsSource(lambda: program_dashboard.dashboard_programs(ctx),
                         lambda program_id: targets.program_targets(ctx, program_id))


def central_source(office: CentralOffice) -> TargetsSource:
    return TargetsSource(lambda: program_dashboard.central_dashboard_programs(office),
                         lambda program_id: targets.central_program_targets(office,
                                                                            program_id))


def unit_label(unit: str) -> str:
    return translate(UNIT_CONTEXT, UNIT_LABELS.get(unit, unit))


class TargetsView(QWidget):
    def __init__(self, source: TargetsSource, changes: DataChanges,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.figures: ProgramTargets | None = None
        self._stale = True
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self.load)
        self._build()
        self.program.currentIndexChanged.connect(lambda _i: self.load())
        self.targets_table.currentCellChanged.connect(lambda *_: self._show_breakdown())
        _connect_every_signal(changes, self.data_changed)

    def _build(self) -> None:
        self.program = QComboBox(self)
        self.program.setMinimumContentsLength(40)
        self.program.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        program_label = QLabel(self.tr("Pro&gram"), self)
        program_label.setBuddy(self.program)
        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Targets"), self))
        top.addStretch(1)
        top.addWidget(program_label)
        top.addWidget(self.program)
        self.banner = Banner(self)
        hint = QLabel(self.tr("Each target counts what it states: a business unit trained "
                              "twice, or with two owners trained, counts once."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        self.targets_table = read_only_table(self, (
            self.tr("Target"), self.tr("Counts"), self.tr("Reached"), self.tr("Target number"),
            self.tr("Progress")))
        self.targets_table.setAccessibleName(self.tr("Targets of the program"))
        self.targets_table.horizontalHeader().setStretchLastSection(True)
        self.kecamatan_table = read_only_table(self, (self.tr("Kecamatan"),
                                                      self.tr("Reached")))
        self.month_table = read_only_table(self, (self.tr("Month"), self.tr("First reached")))
        side = QVBoxLayout()
        for title, table in ((self.tr("Per kecamatan"), self.kecamatan_table),
                             (self.tr("Per month"), self.month_table)):
            box = QGroupBox(title, self)
            box.setFixedWidth(SIDE_WIDTH)
            QVBoxLayout(box).addWidget(table)
            side.addWidget(box, 1)
        self.side_title = QLabel(self)
        self.side_title.setWordWrap(True)
        self.side_title.setFixedWidth(SIDE_WIDTH)
        side.insertWidget(0, self.side_title)
        body = QHBoxLayout()
        body.addWidget(self.targets_table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(hint)
        layout.addLayout(body, 1)

    # -- refreshing -------------------------------------------------------------------
    def data_changed(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self._reload.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_programs()
        if self._stale:
            self._reload.start()

    def _load_programs(self) -> None:
        try:
            choices = self._source.programs()
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        chosen = self.program.currentData()
        self.program.blockSignals(True)
        self.program.clear()
        for choice in choices:
            self.program.addItem(choice.name or choice.code, choice.id)
        self.program.setCurrentIndex(max(self.program.findData(chosen), 0) if choices else -1)
        self.program.blockSignals(False)
        if self.program.currentData() != chosen:
            self._stale = True

    def load(self) -> None:
        """Count the chosen program's targets again."""
        program_id = self.program.currentData()
        figures = None
        if program_id:
            try:
                figures = self._source.figures(str(program_id))
            except (ServiceError, StorageError) as exc:
                self.banner.show_message(BannerKind.ERROR, user_message(exc))
                return
        self.banner.clear_message()
        if figures is not None and not figures.targets:
            self.banner.show_message(BannerKind.INFO, self.tr(
                "The catalog states no targets for this program."))
        self._stale = False
        self._show(figures)

    def _show(self, figures: ProgramTargets | None) -> None:
        row = max(self.targets_table.currentRow(), 0)
        self.figures = figures
        targets = figures.targets if figures else ()
        number = QLocale().toString
        self.targets_table.setRowCount(0)  # drops the progress bars of the last program
        fill_table(self.targets_table, [
            (t.label, unit_label(t.unit), number(t.reached),
             number(t.target) if t.target else self.tr("(no number)"), "")
            for t in targets])
        for n, target in enumerate(targets):
            self.targets_table.setCellWidget(n, PROGRESS, self._bar(target))
            for column in (REACHED, GOAL):
                self.targets_table.item(n, column).setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if targets:
            self.targets_table.selectRow(min(row, len(targets) - 1))
        self._show_breakdown()

    def _bar(self, target: TargetProgress) -> QProgressBar:
        bar = QProgressBar(self.targets_table)
        bar.setRange(0, max(target.target or 0, 1))
        bar.setValue(min(target.reached, bar.maximum()) if target.target else 0)
        bar.setTextVisible(True)
        percent = target.percent
        bar.setFormat(self.tr("{percent}%").format(percent=QLocale().toString(percent, "f", 1))
                      if percent is not None else self.tr("no target number"))
        bar.setAccessibleName(f"{target.label}: {bar.text()}")
        return bar

    def selected_target(self) -> TargetProgress | None:
        row = self.targets_table.currentRow()
        targets = self.figures.targets if self.figures else ()
        return targets[row] if 0 <= row < len(targets) else None

    def _show_breakdown(self) -> None:
        target = self.selected_target()
        regions = load_regions()
        number = QLocale().toString
        if target is None:
            self.side_title.clear()
            fill_table(self.kecamatan_table, [])
            fill_table(self.month_table, [])
            return
        self.side_title.setText(self.tr("<b>{target}</b>: {reached} {unit}").format(
            target=target.label, reached=number(target.reached), unit=unit_label(target.unit)))
        places = sorted(target.per_kecamatan.items(), key=lambda item: -item[1])
        fill_table(self.kecamatan_table, [
            (regions.kecamatan_name(code) or code or self.tr("(no kecamatan)"), number(count))
            for code, count in places])
        fill_table(self.month_table, [(month, number(count))
                                      for month, count in sorted(target.per_month.items())])
        for table in (self.kecamatan_table, self.month_table):
            for row in range(table.rowCount()):
                table.item(row, 1).setTextAlignment(Qt.AlignmentFlag.AlignRight
                                                    | Qt.AlignmentFlag.AlignVCenter)
