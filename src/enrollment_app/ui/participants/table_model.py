"""Participants as a table, fetched a page at a time from the search service.

Only the rows the user scrolls to are loaded (``canFetchMore``/``fetchMore``); sorting
and filtering are done by the database, so 200,000 people cost one page of memory. The
count stops above ``COUNT_CAP`` ("1.000+"); scrolling on still fetches every match, and
the count becomes exact once the last page has come.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from enrollment_app.domain.birth_date import format_date
from enrollment_app.domain.choices import CHOICES_CONTEXT, SEX
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import load_regions
from enrollment_app.i18n import tr
from enrollment_app.services.participant_search import (
    COUNT_CAP,
    PAGE_SIZE,
    ParticipantRow,
    SearchQuery,
    SortKey,
    count_participants,
    search_participants,
)
from enrollment_app.storage.database import Database

ModelIndex = QModelIndex | QPersistentModelIndex
PARTICIPANT_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column:
    title: str  # English source text, translated in headerData
    sort_key: str | None  # a SortKey value; columns the service cannot sort by have None


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"), "name"),
    Column(QT_TRANSLATE_NOOP("ParticipantTableModel", "NIK"), "nik"),
    Column(QT_TRANSLATE_NOOP("ParticipantTableModel", "Sex"), "sex"),
    Column(QT_TRANSLATE_NOOP("ParticipantTableModel", "Birth date"), "birth_date"),
    Column(QT_TRANSLATE_NOOP("ParticipantTableModel", "Kecamatan"), "kecamatan"),
    Column(QT_TRANSLATE_NOOP("ParticipantTableModel", "Kelurahan"), "kelurahan"),
    Column(QT_TRANSLATE_NOOP("ParticipantTableModel", "Phone"), "phone"),
)
NAME, NIK, SEX_COLUMN, BIRTH_DATE, KECAMATAN, KELURAHAN, PHONE = range(len(COLUMNS))


def sort_key_of(column: int) -> SortKey | None:
    """The service's sort key for a column, or None when the service cannot sort by it."""
    value = COLUMNS[column].sort_key if 0 <= column < len(COLUMNS) else None
    try:
        return SortKey(value) if value else None
    except ValueError:
        return None


class ParticipantTableModel(QAbstractTableModel):
    """Rows of ``search_participants`` for the current query, loaded page by page."""

    total_changed = Signal()  # after a reload, and when scrolling made a capped count exact

    def __init__(self, db: Database, *, page_size: int = PAGE_SIZE,
                 count_cap: int = COUNT_CAP, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._count_cap = count_cap
        self._query = SearchQuery()
        self._rows: list[ParticipantRow] = []
        self._total = 0
        self._more = False  # a capped count: fetch until a page comes back short
        self._regions = load_regions()

    # -- queries ----------------------------------------------------------------------

    @property
    def query(self) -> SearchQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many participants match the query (loaded or not); when ``capped``, at
        least this many."""
        return self._total

    @property
    def capped(self) -> bool:
        """True while the count only says "more than ``count_cap``"."""
        return self._more

    @property
    def count_cap(self) -> int:
        return self._count_cap

    def set_filter(self, text: str, kecamatan_code: str) -> None:
        self._query = replace(self._query, text=text, kecamatan_code=kecamatan_code)
        self.reload()

    def reload(self) -> None:
        """Run the query again from the first page (after a search or a save)."""
        self.beginResetModel()
        total = count_participants(self._db, self._query, cap=self._count_cap)
        self._rows = search_participants(self._db, self._query, offset=0,
                                         limit=self._page_size)
        self._more = total > self._count_cap
        self._total = max(total, len(self._rows))
        self.endResetModel()
        self.total_changed.emit()

    def participant_id(self, row: int) -> str:
        return self._rows[row].id

    # -- paging -----------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and (self._more or len(self._rows) < self._total)

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = search_participants(self._db, self._query, offset=len(self._rows),
                                   limit=self._page_size)
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        if len(page) < self._page_size:  # the last page: now the count is exact
            self._more = False
            self._total = len(self._rows)  # also when rows were deleted meanwhile
            self.total_changed.emit()
        elif self._more:
            self._total = max(self._total, len(self._rows))

    # -- table ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ParticipantTableModel", COLUMNS[section].title)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == PARTICIPANT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and row.outside_city:
            return QCoreApplication.translate("ParticipantTableModel",
                                              "Lives outside Kota Tangerang")
        return None

    def _text(self, row: ParticipantRow, column: int) -> str:
        if column == NAME:
            return row.full_name
        if column == NIK:
            return row.nik
        if column == SEX_COLUMN:
            return tr(CHOICES_CONTEXT, SEX.get(row.sex, row.sex))
        if column == BIRTH_DATE:
            return format_date(row.birth_date) if row.birth_date else ""
        if column == KECAMATAN:
            if row.outside_city:
                return QCoreApplication.translate("ParticipantTableModel", "Outside Kota Tangerang")
            return self._regions.kecamatan_name(row.kecamatan_code) or row.kecamatan_code
        if column == KELURAHAN:
            if row.outside_city:
                return ""
            return self._regions.kelurahan_name(row.kelurahan_code) or row.kelurahan_code
        if column == PHONE:
            return row.phone
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = sort_key_of(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        self._query = replace(self._query, sort=key, descending=descending)
        self.reload()

    def is_sortable(self, column: int) -> bool:
        return sort_key_of(column) is not None
