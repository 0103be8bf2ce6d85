"""The program catalog screen: the programs on the left, the chosen one on the right with
who may join (in words), its targets, skills and places per kecamatan. Supervisors (and
the central office) edit the places in the table and save with Ctrl+S, and change the
program's details and skills with "Edit program..." (Ctrl+Shift+P)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.domain.eligibility import describe_rules
from enrollment_app.domain.regions import load_regions
from enrollment_app.i18n import tr, translate
from enrollment_app.services import programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.services.programs import ProgramInfo
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.programs.program_dialog import ProgramDialog
from enrollment_app.ui.programs.quota_table import QuotaTable
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.field_message import FieldMessage
from enrollment_app.ui.widgets.page_title import page_title

if TYPE_CHECKING:
    from enrollment_app.ui.main_window import MainWindow

LIST_WIDTH = 300
HINT_STYLE = "color: #505050;"


class CatalogView(QWidget):
    """Browse the programs; edit the places per kecamatan when the role may."""

    quotas_saved = Signal(str)  # the program id
    program_saved = Signal(str)  # the program id, after "Edit program..."

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._programs: dict[str, ProgramInfo] = {}
        self._current: ProgramInfo | None = None
        self.may_edit = allowed(ctx.actor.role, Permission.EDIT_CATALOG)
        self._build()
        self.refresh()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = Banner(self)
        self.show_inactive = QCheckBox(self.tr("Show inactive programs"), self)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.program_list = QListWidget(self)
        self.program_list.setFixedWidth(LIST_WIDTH)
        self.program_list.setWordWrap(True)
        self.program_list.setSpacing(2)
        self.program_list.currentItemChanged.connect(lambda *_: self._show_selected())
        heading = QHBoxLayout()
        heading.addWidget(page_title(self.tr("Programs"), self))
        heading.addStretch(1)
        heading.addWidget(self.show_inactive)
        self.edit_button = QPushButton(self.tr("&Edit program..."), self)
        self.edit_button.setToolTip(self.tr("Change the program's details and skills "
                                            "(Ctrl+Shift+P)"))
        self.edit_button.clicked.connect(self.edit_program)
        self.edit_button.setVisible(self.may_edit)
        heading.addWidget(self.edit_button)
        middle = QHBoxLayout()
        middle.addWidget(self.program_list)
        middle.addWidget(self._details_area(), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)

    def _details_area(self) -> QScrollArea:
        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.organiser = QLabel(self)
        self.period = QLabel(self)
        self.interview = QLabel(self)
        self.packages = QLabel(self)
        self.completion = QLabel(self)
        facts = QFormLayout()
        facts.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Organiser"), self.organiser),
                              (self.tr("Period"), self.period),
                              (self.tr("Selection interview"), self.interview),
                              (self.tr("Starter packages"), self.packages),
                              (self.tr("Completion"), self.completion)):
            widget.setWordWrap(True)
            facts.addRow(label, widget)
        self.description = _wrapped_label(self)
        self.description.setStyleSheet(HINT_STYLE)
        self.rules = _wrapped_label(self)
        self.targets = _wrapped_label(self)
        self.skills = _wrapped_label(self)
        left = QVBoxLayout()
        left.addWidget(self.name_label)
        left.addLayout(facts)
        left.addWidget(self.description)
        for title, label in ((self.tr("Who may join"), self.rules),
                             (self.tr("Targets"), self.targets),
                             (self.tr("Skills offered"), self.skills)):
            left.addWidget(_group(title, label, self))
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self._quota_box(), 2)
        page = QWidget(self)
        page.setLayout(columns)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _quota_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Places per kecamatan"), self)
        self.quota_table = QuotaTable(load_regions().kecamatan_names, box)
        self.quota_table.set_editable(self.may_edit)
        self.quota_table.validity_changed.connect(self._quotas_typed)
        self.total = QLabel(box)
        self.total.setWordWrap(True)
        self.quota_message = FieldMessage(box)
        self.save_button = QPushButton(self.tr("Save places"), box)
        self.undo_button = QPushButton(self.tr("Undo changes"), box)
        self.save_button.clicked.connect(self.save_quotas)
        self.undo_button.clicked.connect(self._undo)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_quotas,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.quota_table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.quota_message)
        if self.may_edit:
            layout.addLayout(buttons)
            hint = self.tr("Type the places and press Ctrl+S. An empty cell means no quota "
                           "for that kecamatan.")
        else:
            self.save_button.hide()
            self.undo_button.hide()
            hint = self.tr("Only a supervisor can change the places.")
        note = _wrapped_label(box, hint)
        note.setStyleSheet(HINT_STYLE)
        layout.addWidget(note)
        box.setMinimumWidth(300)
        return box

    # -- public -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the catalog again, keeping the chosen program."""
        chosen = self._current.id if self._current else None
        try:
            found = programs.list_programs(self._ctx,
                                           active_only=not self.show_inactive.isChecked())
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return
        self._programs = {p.id: p for p in found}
        self.program_list.blockSignals(True)
        self.program_list.clear()
        for program in found:
            item = QListWidgetItem(f"{program.name}\n{program.organiser}", self.program_list)
            item.setData(Qt.ItemDataRole.UserRole, program.id)
            if not program.active:
                item.setForeground(Qt.GlobalColor.gray)
        self.program_list.blockSignals(False)
        self.select(chosen if chosen in self._programs else next(iter(self._programs), None))

    def select(self, program_id: str | None) -> None:
        for row in range(self.program_list.count()):
            item = self.program_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == program_id:
                self.program_list.setCurrentItem(item)
                self._show_selected()  # also when it was current already
                return
        self._show(None)

    def current_program(self) -> ProgramInfo | None:
        return self._current

    def edit_program(self) -> ProgramDialog | None:
        """Open the chosen program's details and skills; after Save the screen shows them
        with a banner. Returns the dialog (for tests) or None when nothing can be edited."""
        if not self.may_edit or self._current is None:
            return None
        dialog = ProgramDialog(self._ctx, self._current, self)
        dialog.accepted.connect(lambda: self._program_edited(dialog))
        dialog.open()
        return dialog

    def _program_edited(self, dialog: ProgramDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        if not saved.active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)  # keep the edited program in sight
        self._current = saved
        self.refresh()
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "Program {program} saved.").format(program=saved.name))
        self.program_saved.emit(saved.id)

    def save_quotas(self) -> bool:
        """Save the changed places in one go; False (with the reason shown) when refused."""
        if not self.may_edit or self._current is None:
            return False
        if self.quota_table.unreadable():
            self._quotas_typed()
            self.banner.show_message(BannerKind.ERROR, self.tr(
                "Nothing was saved: correct the places marked in red first."))
            return False
        edited = self.quota_table.edited()
        if not edited:
            return True
        try:
            saved = programs.set_quotas(self._ctx, self._current.id, edited)
        except ValidationError as exc:
            self.quota_message.show_problems(exc.problems)
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return False
        except (ServiceError, StorageError) as exc:
            self.banner.show_message(BannerKind.ERROR, user_message(exc))
            return False
        self._programs[saved.id] = saved
        self._show(saved)
        self.banner.show_message(BannerKind.SUCCESS, self.tr(
            "Places for {program} saved: {total} in all.").format(
                program=saved.name, total=_number(saved.total_quota)))
        self.quotas_saved.emit(saved.id)
        return True

    # -- internals --------------------------------------------------------------------
    def _show_selected(self) -> None:
        item = self.program_list.currentItem()
        program_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.banner.clear_message()
        self._show(self._programs.get(program_id))

    def _show(self, program: ProgramInfo | None) -> None:
        self._current = program
        if program is None:
            self.name_label.setText(self.tr("No program in the catalog yet."))
            for label in (self.organiser, self.period, self.interview, self.packages,
                          self.completion, self.description, self.rules, self.targets,
                          self.skills):
                label.clear()
            self.quota_table.set_quotas({})
            self.edit_button.setEnabled(False)
            return
        self.edit_button.setEnabled(self.may_edit)
        self.name_label.setText(program.name)
        self.organiser.setText(program.organiser)
        self.period.setText(self._period_text(program.period_start, program.period_end))
        self.interview.setText(self.tr("Required") if program.requires_interview
                               else self.tr("Not required"))
        self.packages.setText(self.tr("For the best {n} of every class").format(
            n=program.starter_package_top_n) if program.starter_package_top_n
            else self.tr("None"))
        self.completion.setText(self.tr("At least {percent}% attendance").format(
            percent=program.completion_threshold))
        self.description.setText(program.description)
        self.rules.setText("\n".join(f"• {line}" for line in describe_rules(
            program.eligibility, tr)))
        self.targets.setText("\n".join(self._target_text(t) for t in program.targets)
                             or self.tr("No targets set."))
        self.skills.setText(", ".join(s.name for s in program.skills)
                            or self.tr("No skills listed yet."))
        self.quota_table.set_quotas(program.quotas)
        self.quota_message.clear_problems()

    def _quotas_typed(self) -> None:
        bad = self.quota_table.unreadable()
        if bad:
            self.quota_message.show_problems([], [self.tr(
                "Type a whole number of places from 0 to {max}, or leave the cell empty, "
                "for: {kecamatan}.").format(max=_number(programs.MAX_QUOTA),
                                             kecamatan=", ".join(bad))])
        else:
            self.quota_message.clear_problems()
        changed = bool(self.quota_table.edited())
        self.save_button.setEnabled(self.may_edit and changed and not bad)
        self.undo_button.setEnabled(self.may_edit and (changed or bool(bad)))
        if any(value is not None for value in self.quota_table.typed().values()):
            self.total.setText(self.tr("Total: {total} places").format(
                total=_number(self.quota_table.total())))
        else:
            self.total.setText(self.tr("No places per kecamatan: the program's targets "
                                       "count for the whole city."))

    def _undo(self) -> None:
        if self._current is not None:
            self.quota_table.set_quotas(self._current.quotas)
            self.banner.clear_message()

    def _period_text(self, start: date | None, end: date | None) -> str:
        if start is None and end is None:
            return self.tr("Not set")
        shown = [format_short_date(d, tr) if d else "…" for d in (start, end)]
        return " – ".join(shown)

    def _target_text(self, target: Mapping[str, Any]) -> str:
        units = {"persons": self.tr("persons"), "business_units": self.tr("business units"),
                 "groups": self.tr("groups"), "events": self.tr("events")}
        unit = units.get(str(target.get("unit")), str(target.get("unit", "")))
        count = target.get("count")
        if count is None:
            return self.tr("• {label} (number not set, counted in {unit})").format(
                label=target.get("label", ""), unit=unit)
        return self.tr("• {label}: {count} {unit}").format(
            label=target.get("label", ""), count=_number(int(count)), unit=unit)


def _number(value: int) -> str:
    return QLocale().toString(value)


def _wrapped_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _group(title: str, content: QWidget, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    return box


def add_catalog_page(main_window: MainWindow, ctx: ServiceContext) -> CatalogView:
    """Put the catalog screen in the main window's navigation (every role may read it)."""
    view = CatalogView(ctx, main_window)
    main_window.add_page(translate("CatalogView", "Programs"), view)
    return view
