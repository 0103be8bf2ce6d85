"""Quota progress per kecamatan as horizontal bars: each bar is as long as the kecamatan's
quota, filled with the places taken and light where places are still open; the percent
stands next to the kecamatan's name. A kecamatan over its quota shows a longer filled bar.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from enrollment_app.services.program_dashboard import KecamatanProgress, ProgramDashboard
from enrollment_app.ui.programs.progress_model import percent_text

TAKEN_COLOUR = QColor("#1f6fb2")
OPEN_COLOUR = QColor("#d3dde8")
MIN_AXIS = 10  # an empty program still gets a readable scale


class QuotaChart(QChartView):
    """Shows one ``ProgramDashboard``; ``show_dashboard(None)`` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.setBackgroundRoundness(0)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Below this the axis elides the kecamatan names of 13 bars.
        self.setMinimumSize(360, 340)
        self.categories: list[str] = []  # the axis labels, top to bottom

    def show_dashboard(self, dashboard: ProgramDashboard | None) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        rows = list(dashboard.kecamatan) if dashboard is not None else []
        self.categories = [self._category(row) for row in rows]
        if not rows:
            return
        taken = QBarSet(self.tr("Places taken"))
        taken.setColor(TAKEN_COLOUR)
        taken.setBorderColor(TAKEN_COLOUR)
        still_open = QBarSet(self.tr("Open places within the quota"))
        still_open.setColor(OPEN_COLOUR)
        still_open.setBorderColor(OPEN_COLOUR)
        for row in reversed(rows):  # the chart draws the first category at the bottom
            taken.append(row.places_taken)
            still_open.append(max(row.quota - row.places_taken, 0))
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        series.append(taken)
        series.append(still_open)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(list(reversed(self.categories)))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        places = QValueAxis()
        top = max([MIN_AXIS] + [max(row.quota, row.places_taken) for row in rows])
        places.setRange(0, top)
        places.setLabelFormat("%d")
        places.applyNiceNumbers()
        chart.addAxis(places, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(places)

    def _category(self, row: KecamatanProgress) -> str:
        if row.percent is None:
            return row.name
        return self.tr("{kecamatan} ({percent})").format(kecamatan=row.name,
                                                          percent=percent_text(row.percent))
